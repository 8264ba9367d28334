// A boxed type (layer 122) in a namespace: one constructor stored in the
// enum, one behind a `Box`. The constructors' structs are stand-ins here:
// expanding resolves paths only.
mod types {
    pub mod upload {
        pub struct File;
        pub struct FileCdnRedirect;
    }
}

mod enums {
    pub mod upload {
        #[allow(unused_imports)]
        use crate::{enums, types};

        tlwire_dsl::tl_type! {
            upload.File = upload.file | #[boxed] upload.fileCdnRedirect;
        }
    }
}
