//! Lines of a newer layer, written by hand beside a shipped one: layer 230's
//! emoji statuses (three constructors of their own boxed type, and the
//! method that sets one) on top of layer 122, which has none of them. The
//! lines are copied from `schema/api-layer230.tl` with their ids; each id is
//! checked against its line when this file compiles.
//!
//! One registry, `WithEmojiStatus`, lists layer 122, the MTProto service
//! schema and these lines, so that `Object` decodes any of them by id.
//!
//! Run: `cargo run --example newer_lines`

use tlwire::layer122;
use tlwire::{Deserializable, Object, RemoteCall, Serializable, tl_schema, tl_text};

pub mod enums {
    // Layer 122's boxed types, then the type these lines add (an enum
    // declared here shadows the layer's of the same name).
    use super::types;
    pub use tlwire::layer122::enums::*;
    tlwire::tl_type! { EmojiStatus = emojiStatusEmpty | emojiStatus | #[boxed] emojiStatusCollectible; }
}

pub mod types {
    // No glob of layer 122's `types`: a constructor listed above but
    // declared nowhere here would then silently be the layer's.
    #[allow(unused_imports)]
    use super::{enums, types};
    tlwire::tl_constructor! {
        emojiStatusEmpty #0x2de11aae = EmojiStatus;
        emojiStatus #0xe7ff068a flags:# document_id:long until:flags.0?int = EmojiStatus;
        emojiStatusCollectible #0x7184603b flags:# collectible_id:long document_id:long title:string slug:string pattern_document_id:long center_color:int edge_color:int pattern_color:int text_color:int until:flags.0?int = EmojiStatus;
    }
}

pub mod functions {
    pub mod account {
        #[allow(unused_imports)]
        use crate::{enums, types};
        tlwire::tl_function! { account.updateEmojiStatus #0xfbd3de6b emoji_status:EmojiStatus = Bool; }
    }
}

mod definitions {
    #[allow(unused_imports)]
    use super::{enums, functions, types};
    tlwire::tl_definitions! {
        constructor emojiStatusEmpty: EmojiStatus,
        constructor emojiStatus: EmojiStatus,
        constructor emojiStatusCollectible: EmojiStatus,
        method account.updateEmojiStatus,
    }
}

tl_schema! {
    /// Layer 122, the MTProto service schema and the emoji-status lines.
    pub struct WithEmojiStatus = [layer122::Definitions, tlwire::mtproto::Definitions, definitions::Definitions];
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let status = types::EmojiStatus { document_id: 5_368_324_170_671_202_286, until: Some(1_767_225_600) };
    let call = functions::account::UpdateEmojiStatus { emoji_status: status.clone().into() };
    let bytes = call.to_bytes()?;
    println!("{}", tl_text(&call));
    println!("{:02x?}", bytes);

    // Layer 122's own registry does not know the method's id ...
    let unknown = layer122::Object::from_bytes(&bytes).expect_err("layer 122 has no account.updateEmojiStatus");
    println!("layer 122 alone: {unknown}");

    // ... the combined one decodes it, and re-encodes the same bytes.
    let any = Object::<WithEmojiStatus>::from_bytes(&bytes)?;
    println!("with the new lines: {}", tl_text(&any));
    assert_eq!(any.to_bytes()?, bytes);

    // A layer-122 value decodes through the combined registry as before.
    let user = layer122::types::InputUser { user_id: 5, access_hash: -7 };
    let any = Object::<WithEmojiStatus>::from_bytes(&user.to_bytes()?)?;
    assert_eq!(any.name(), "inputUser");

    // The method's answer is TL `Bool`, which the DSL reads as a Rust `bool`.
    fn returns_bool<C: RemoteCall<Return = bool>>(_: &C) {}
    returns_bool(&call);

    // The new type reads back from its bytes alone.
    let decoded = enums::EmojiStatus::from_bytes(&enums::EmojiStatus::from(status.clone()).to_bytes()?)?;
    assert_eq!(decoded, status.into());
    Ok(())
}
