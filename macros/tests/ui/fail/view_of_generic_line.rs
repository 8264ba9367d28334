// A generic line (`{X:Type}`) has no view: its query is any value.
mod enums {}
mod functions {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_function! {
        invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X;
    }
}
mod views {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_view! {
        invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X;
    }
}
fn main() {}
