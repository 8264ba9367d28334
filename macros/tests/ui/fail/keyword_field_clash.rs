// The TL field `self` is the Rust field `is_self`; a line with both
// cannot be one struct.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        user flags:# self:flags.10?true is_self:flags.11?true id:long = User;
    }
}
fn main() {}
