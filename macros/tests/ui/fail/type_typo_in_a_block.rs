// A misspelt type in one field of a block: the error is at that field.
// (With its id written, the id check would also fail: the line as
// written hashes to another id.)
mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        inputPeerSelf #0x7da07ec9 = InputPeer;
        inputPeerChat #0x179be863 chat_id:int = InputPeer;
        inputPeerUser #0x7b8e7de6 user_id:int access_hash:long = InputPeer;
        inputUserEmpty #0xb98886cf = InputUser;
        inputUserSelf #0xf7c1b13f = InputUser;
        inputUser #0xd8292816 user_id:int access_hash:long = InputUser;
        inputPeerUserFromMessage peer:InputPear msg_id:int user_id:int = InputPeer;
        updatesTooLong #0xe317af7e = Updates;
    }
}
mod enums {
    #[allow(unused_imports)]
    use super::types;
    tlwire_dsl::tl_type! {
        InputPeer = inputPeerEmpty | inputPeerSelf | inputPeerChat | inputPeerUser | #[boxed] inputPeerUserFromMessage;
        InputUser = inputUserEmpty | inputUserSelf | inputUser;
        Updates = updatesTooLong;
    }
}
fn main() {}
