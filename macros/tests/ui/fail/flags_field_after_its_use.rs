// A conditional field names a flags field declared after it.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        note text:flags.0?string flags:# = Note;
    }
}
fn main() {}
