// An id whose first digit is a digit but which has letters further on
// (`77b15d1c`) is a malformed number to Rust's lexer: its error is the
// one error, and the DSL has no say (write `#0x77b15d1c`).
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        stickerSetNoCovered #77b15d1c set:long = StickerSetCovered;
    }
}
fn main() {}
