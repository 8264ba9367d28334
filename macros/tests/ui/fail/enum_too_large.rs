mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        noteEmpty = Note;
        note title:string text:string tags:Vector<long> = Note;
    }
}
mod enums {
    use super::types;
    // `note` holds 72 bytes: stored inline, the enum would be 80.
    tlwire_dsl::tl_type! { Note = noteEmpty | note; }
}
fn main() {}
