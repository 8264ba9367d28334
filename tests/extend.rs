//! A library author extending the schema from outside the crate: their own
//! lines (one from a newer layer, with `flags2`) referring to tlwire's types.

mod my {
    pub mod types {
        #[allow(unused_imports)]
        use super::{enums, types};
        tlwire::tl_constructor! {
            /// A constructor from a newer layer, with a second flags field.
            peerStories flags:# peer:Peer max_read_id:flags.0?int stories:Vector<long> flags2:# pinned:flags2.3?true note:flags2.4?string = PeerStories;
            peerStoriesEmpty = PeerStories;
        }
    }
    pub mod enums {
        #[allow(unused_imports)]
        use super::types;
        pub use tlwire::enums::*;
        tlwire::tl_type! { PeerStories = #[boxed] peerStories | peerStoriesEmpty; }
    }
    pub mod functions {
        #[allow(unused_imports)]
        use super::{enums, types};
        tlwire::tl_function! {
            stories.getPeerStories peer:InputPeer = PeerStories;
        }
    }
}

use tlwire::{Deserializable, Identifiable, RemoteCall, Serializable, tl_text, types};

#[test]
fn own_lines_with_flags2_round_trip_and_use_the_crates_types() {
    let v = my::types::PeerStories {
        peer: types::PeerUser { user_id: 7 }.into(),
        max_read_id: Some(3),
        stories: vec![1, -2],
        pinned: true,
        note: Some("hi".into()),
    };
    let bytes = v.to_bytes().unwrap();
    assert_eq!(my::types::PeerStories::from_bytes(&bytes).unwrap(), v);
    let boxed = my::enums::PeerStories::from_bytes(&bytes).unwrap();
    assert_eq!(
        tl_text(&boxed).to_string(),
        r#"peerStories{peer: peerUser{user_id: 7}, max_read_id: 3, stories: [1, -2], pinned: true, note: "hi"}"#
    );
    // flags2 carries bits 3 and 4 after the stories vector.
    let flags2_at = 4 + 4 + 8 + 4 + 8 + 16;
    assert_eq!(bytes[flags2_at..flags2_at + 4], 0b11000u32.to_le_bytes());
    assert_eq!(
        my::types::PeerStoriesEmpty::SCHEMA,
        "peerStoriesEmpty = PeerStories",
        "an omitted id is computed and the line kept as written"
    );
    assert_eq!(
        my::types::PeerStoriesEmpty::CONSTRUCTOR_ID,
        tlwire::schema::schema_id("peerStoriesEmpty = PeerStories")
    );
}

#[test]
fn own_methods_name_their_answer() {
    fn answer<C: RemoteCall<Return = my::enums::PeerStories>>(_: &C) {}
    let call = my::functions::GetPeerStories { peer: types::InputPeerSelf {}.into() };
    answer(&call);
    assert_eq!(call.to_bytes().unwrap().len(), 8);
}

#[test]
fn fields_sharing_a_flag_bit_cannot_be_encoded_when_they_disagree() {
    // user#938458c1 has bot:flags.14?true and bot_info_version:flags.14?int.
    let mut user = tlwire::sample::Sampler::new(tlwire::layer122::definitions())
        .instance("user", &mut tlwire::sample::Rng::new(3))
        .map(|b| types::User::from_bytes(&b).unwrap())
        .unwrap();
    user.bot = true;
    user.bot_info_version = None;
    match user.to_bytes() {
        Err(tlwire::EncodeError::FlagConflict { constructor: "user", field: "flags", bit: 14 }) => {}
        other => panic!("{other:?}"),
    }
    user.bot_info_version = Some(1);
    assert!(user.to_bytes().is_ok());
}
