// The second `peer` is the ninth field: the check takes four fields a step,
// and compares each with every field before it. The error is the only
// one: the struct is still declared (without its fields), so the other
// line of the block and the boxed type that lists both still compile.
#![allow(dead_code)]
mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        noteEmpty = Note;
        note flags:# id:int peer:long date:int text:string
            pinned:flags.0?true views:flags.1?int forwards:flags.2?int
            peer:int
            edit_date:flags.3?int = Note;
    }
}
mod enums {
    use super::types;
    tlwire_dsl::tl_type! { Note = noteEmpty | note; }
}
fn main() {}
