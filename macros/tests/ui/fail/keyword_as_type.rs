// A Rust keyword written as a type: `Self`, then `fn`; each its own error.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        node next:Self = Node;
    }
    tlwire_dsl::tl_constructor! { leaf next:fn = Leaf; }
}
fn main() {}
