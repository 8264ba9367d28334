//! Layers 122 and 230 side by side: bytes of one read as the other, and a
//! constructor that keeps its id but changes its content.

use tlwire::{DecodeErrorKind, Deserializable, Serializable, layer122, layer230};

/// `updateShort{update: updateUserEmojiStatus{…}, date}`: the envelope is
/// in both layers with the same id, the update only in 230. Read as 122 it
/// is an error naming the type and the id at the update's offset, never a
/// wrong value.
#[test]
fn a_newer_constructor_read_as_the_older_layer_names_type_and_id() {
    let status = layer230::types::UpdateUserEmojiStatus {
        user_id: 5,
        emoji_status: layer230::types::EmojiStatusEmpty {}.into(),
    };
    let short = layer230::types::UpdateShort { update: status.into(), date: 1_700_000_000 };
    let bytes = short.to_bytes().unwrap();
    assert_eq!(layer230::Object::from_bytes(&bytes).unwrap().to_bytes().unwrap(), bytes);

    let e = layer122::Object::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.offset(), 4);
    assert_eq!(*e.kind(), DecodeErrorKind::UnknownConstructor { id: 0x2837_3599, ty: "Update" });
    let e = layer122::enums::Updates::from_bytes(&bytes).unwrap_err();
    assert_eq!(*e.kind(), DecodeErrorKind::UnknownConstructor { id: 0x2837_3599, ty: "Update" });
}

/// `updateUserTyping` changed its line, and with it its id: layer-122 bytes
/// read as 230 are refused by id, not misread with the new fields.
#[test]
fn a_changed_line_with_a_new_id_is_refused_by_the_other_layer() {
    let old =
        layer122::types::UpdateUserTyping { user_id: 5, action: layer122::types::SendMessageTypingAction {}.into() };
    let bytes = old.to_bytes().unwrap();
    let e = layer230::enums::Update::from_bytes(&bytes).unwrap_err();
    assert_eq!(
        (e.offset(), e.kind().clone()),
        (0, DecodeErrorKind::UnknownConstructor { id: 0x5c48_6927, ty: "Update" })
    );
}

/// `chatAdminRights#5fb224d5` keeps its id in 230 but gains `true` flags
/// (not hashed into the id). Each layer reads it by its own line: 230 reads
/// the new flags, 122 refuses the bits it does not know rather than dropping
/// them, and a value both lines can hold reads the same in both.
#[test]
fn same_id_different_content_is_read_by_each_layers_line() {
    let new = layer230::types::ChatAdminRights {
        change_info: true,
        post_messages: false,
        edit_messages: false,
        delete_messages: false,
        ban_users: false,
        invite_users: false,
        pin_messages: false,
        add_admins: false,
        anonymous: false,
        manage_call: false,
        other: false,
        manage_topics: false,
        post_stories: true,
        edit_stories: false,
        delete_stories: false,
        manage_direct_messages: false,
        manage_ranks: false,
        manage_linked_peers: false,
        manage_welcome_messages: false,
    };
    let bytes = new.to_bytes().unwrap();
    assert_eq!(bytes[..4], 0x5fb2_24d5u32.to_le_bytes());
    assert_eq!(bytes[4..8], ((1u32 << 0) | (1 << 14)).to_le_bytes());
    assert_eq!(layer230::types::ChatAdminRights::from_bytes(&bytes).unwrap(), new);

    let e = layer122::types::ChatAdminRights::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.offset(), 4, "{e}");
    assert!(matches!(e.kind(), DecodeErrorKind::UnknownFlags { .. }), "{e}");

    // Bits both lines declare (`change_info`, `pin_messages`): the same value in each.
    let bytes = [0x5fb2_24d5u32.to_le_bytes(), ((1u32 << 0) | (1 << 7)).to_le_bytes()].concat();
    let old = layer122::types::ChatAdminRights::from_bytes(&bytes).unwrap();
    assert!(old.change_info && old.pin_messages && !old.post_messages);
    let read = layer230::types::ChatAdminRights::from_bytes(&bytes).unwrap();
    assert!(read.change_info && read.pin_messages && !read.post_stories);
    assert_eq!(old.to_bytes().unwrap(), bytes);
    assert_eq!(read.to_bytes().unwrap(), bytes);
}

/// Each layer's schema lists its own table and the shared service schema.
#[test]
fn each_layer_registry_holds_its_layer_and_the_service_schema() {
    let ping = 0x7abe_77ec; // ping#7abe77ec, mtproto.tl
    let user_230 = 0xb1b8_cc83; // user#b1b8cc83, layer 230 only
    assert!(layer122::Layer122::registry().lookup(ping).is_some());
    assert!(layer230::Layer230::registry().lookup(ping).is_some());
    assert!(layer230::Layer230::registry().lookup(user_230).is_some());
    assert!(layer122::Layer122::registry().lookup(user_230).is_none());
    assert_eq!(layer122::definitions().len(), 1233);
    assert_eq!(layer230::definitions().len(), 2554);
    assert_eq!((layer122::LAYER, layer230::LAYER), (122, 230));
}
