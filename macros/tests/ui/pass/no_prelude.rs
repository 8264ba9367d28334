//! Declarations survive a crate without the prelude, and names that shadow
//! it (`Option`, `Result`, `String`, `Vec`, `Box`).
#![no_implicit_prelude]

mod types {
    #[allow(unused_imports)]
    use super::{enums, types};
    #[allow(dead_code)]
    struct Option;
    #[allow(dead_code)]
    struct Vec;
    #[allow(dead_code)]
    struct String;
    ::tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        inputPeerUser #0x7b8e7de6 user_id:int access_hash:long = InputPeer;
        note flags:# text:flags.0?string tags:Vector<long> self:flags.1?true type:bytes = Note;
    }
}
mod enums {
    #[allow(unused_imports)]
    use super::types;
    #[allow(dead_code)]
    struct Box;
    #[allow(dead_code)]
    struct Result;
    ::tlwire_dsl::tl_type! {
        InputPeer = inputPeerEmpty | inputPeerUser;
        Note = #[boxed] note;
    }
}
mod functions {
    #[allow(unused_imports)]
    use super::{enums, types};
    ::tlwire_dsl::tl_function! {
        invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X;
    }
    ::tlwire_dsl::tl_function! {
        peers.get peer:InputPeer = Vector<InputPeer>;
    }
}

fn main() {
    let note = types::Note { text: ::core::option::Option::None, tags: ::std::vec![1], is_self: true, r#type: ::std::vec![7] };
    let bytes = ::tlwire_dsl::Serializable::to_bytes(&note).unwrap();
    let back: types::Note = ::tlwire_dsl::Deserializable::from_bytes(&bytes).unwrap();
    ::std::assert_eq!(back, note);
    let peer: enums::InputPeer = ::core::convert::From::from(types::InputPeerEmpty {});
    let _ = functions::Get { peer };
}
