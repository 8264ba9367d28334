// A Rust keyword written as a type.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        node next:fn = Node;
    }
}
fn main() {}
