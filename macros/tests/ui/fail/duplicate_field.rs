// A field declared twice: one error, at the second.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        pair a:int a:long = Pair;
    }
}
fn main() {}
