// An id of decimal digits without `0x` is refused: it is the .tl file's
// hex, and Rust would read it as a decimal number.
mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        channelParticipantsContacts #29562865 q:string = ChannelParticipantsFilter;
    }
}
fn main() {}
