// `is_self` first, then `self`, which is the Rust field `is_self`: the
// second field's Rust name is made by the DSL, so the error points at the
// call; its message names the line and the field (`types::user::is_self`).
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        user flags:# is_self:flags.11?true self:flags.10?true id:long = User;
    }
}
fn main() {}
