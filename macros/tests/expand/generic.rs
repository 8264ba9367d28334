// A generic method (layer 122): `{X:Type}`, the query `!X`, the answer `X`'s.
mod enums {}

mod types {}

mod functions {
    #[allow(unused_imports)]
    use crate::{enums, functions, types};

    tlwire_dsl::tl_function! { invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X; }
}
