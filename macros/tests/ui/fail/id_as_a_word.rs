// An id whose first digit is a letter, without `0x`: a word to Rust.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        updatesTooLong #e317af7e = Updates;
    }
}
fn main() {}
