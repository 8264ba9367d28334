// The `.tl` spelling `name#id`: Rust's lexer refuses the prefix, and the
// DSL says how to write the id.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        updatesTooLong#e317af7e = Updates;
    }
}
fn main() {}
