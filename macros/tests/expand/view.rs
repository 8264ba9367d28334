// A borrowed view (layer 122): `bytes` borrowed from the input, the other
// fields decoded as in the owned struct, which must be in scope. The types
// are stand-ins here: expanding resolves paths only.
mod enums {
    pub mod storage {
        pub enum FileType {}
    }
}

mod types {
    pub mod upload {
        pub struct File;
    }
}

mod views {
    pub mod upload {
        #[allow(unused_imports)]
        use crate::{enums, types};

        use crate::types::upload::File;

        tlwire_dsl::tl_view! {
            upload.file #0x96a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File;
        }
    }
}
