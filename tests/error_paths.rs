//! A decode error names where in the value it happened: the constructors,
//! fields and vector indexes from the outermost value down to the failing
//! item (`DecodeError::path`), beside the offset and the kind. `Display`
//! and `tl decode` print it.

use std::process::Command;

use tlwire::layer122::Object;
use tlwire::{DecodeError, DecodeErrorKind, Deserializable, PathStep, Serializable, enums, functions, mtproto, types};

/// `contacts.addContact` with `first_name` "Ivan": its bytes are the id (0),
/// flags (4), `inputUser` (8: id, `user_id` at 12, `access_hash` at 16),
/// `first_name` (24), `last_name` (32) and `phone` (40).
fn add_contact() -> Vec<u8> {
    let id = types::InputUser { user_id: 5, access_hash: -7 }.into();
    let (first_name, last_name, phone) = ("Ivan".into(), "Petrov".into(), "+7".into());
    let call = functions::contacts::AddContact { add_phone_privacy_exception: true, id, first_name, last_name, phone };
    call.to_bytes().unwrap()
}

fn path(e: &DecodeError) -> Vec<PathStep> {
    e.path().copied().collect()
}

#[test]
fn a_cut_inside_a_string_names_the_method_and_the_field() {
    let bytes = add_contact();
    assert_eq!(bytes[24], 4, "first_name's length prefix");
    let e = functions::contacts::AddContact::from_bytes(&bytes[..26]).unwrap_err();
    assert_eq!((e.offset(), e.kind()), (24, &DecodeErrorKind::StringTooLong { len: 4, remaining: 1 }));
    assert_eq!(path(&e), [PathStep::Constructor("contacts.addContact"), PathStep::Field("first_name")]);
    assert_eq!(
        e.to_string(),
        "at offset 24, in contacts.addContact › first_name: string of 4 bytes runs past the end of input (1 bytes left)"
    );
    // Through the registry, the same.
    assert_eq!(Object::from_bytes(&bytes[..26]).unwrap_err(), e);
}

#[test]
fn a_cut_inside_a_nested_constructor_names_each_level() {
    let bytes = add_contact();
    // 20 bytes: inputUser's access_hash (16..24) has 4 of its 8 bytes. The
    // fixed-size fields are checked together; the error names the one the
    // input ends in, at its own offset.
    let e = functions::contacts::AddContact::from_bytes(&bytes[..20]).unwrap_err();
    assert_eq!((e.offset(), e.kind()), (16, &DecodeErrorKind::UnexpectedEnd { needed: 8, remaining: 4 }));
    assert_eq!(
        path(&e),
        [
            PathStep::Constructor("contacts.addContact"),
            PathStep::Field("id"),
            PathStep::Constructor("inputUser"),
            PathStep::Field("access_hash"),
        ]
    );
    // Cut inside user_id: the first field of the prefix.
    let e = functions::contacts::AddContact::from_bytes(&bytes[..14]).unwrap_err();
    assert_eq!((e.offset(), e.kind()), (12, &DecodeErrorKind::UnexpectedEnd { needed: 4, remaining: 2 }));
    assert_eq!(path(&e).last(), Some(&PathStep::Field("user_id")));
    // Cut inside the flags word: the method's own first field.
    let e = functions::contacts::AddContact::from_bytes(&bytes[..6]).unwrap_err();
    assert_eq!(
        (e.offset(), path(&e)),
        (4, vec![PathStep::Constructor("contacts.addContact"), PathStep::Field("flags")])
    );
}

#[test]
fn an_error_of_the_top_levels_own_id_has_no_path() {
    let e = functions::contacts::AddContact::from_bytes(&[1, 2]).unwrap_err();
    assert_eq!(path(&e), []);
    assert_eq!(e.to_string(), "at offset 0: unexpected end of input: needed 4 more bytes, 2 left");
    let e = Object::from_bytes(&[1, 2, 3, 4]).unwrap_err();
    assert_eq!(path(&e), []);
}

#[test]
fn vector_elements_are_named_by_index() {
    // `updates` with three users, the third cut inside its id.
    let user = |id: i32| -> enums::User { types::UserEmpty { id }.into() };
    let updates: enums::Updates =
        types::Updates { updates: vec![], users: vec![user(1), user(2), user(3)], chats: vec![], date: 1, seq: 2 }
            .into();
    let bytes = updates.to_bytes().unwrap();
    let cut = bytes.len() - 16 - 2; // chats (8 bytes), date and seq (8) after the third user's id
    let e = enums::Updates::from_bytes(&bytes[..cut]).unwrap_err();
    assert_eq!(
        path(&e),
        [
            PathStep::Constructor("updates"),
            PathStep::Field("users"),
            PathStep::Index(2),
            PathStep::Constructor("userEmpty"),
            PathStep::Field("id"),
        ]
    );
    assert!(e.to_string().contains(", in updates › users[2] › userEmpty › id: "), "{e}");
}

#[test]
fn unknown_flag_bits_name_the_flags_field() {
    let mut bytes = add_contact();
    bytes[7] = 0x80; // bit 31 of contacts.addContact's flags
    let e = functions::contacts::AddContact::from_bytes(&bytes).unwrap_err();
    assert_eq!(e.offset(), 4);
    assert!(matches!(e.kind(), DecodeErrorKind::UnknownFlags { .. }));
    assert_eq!(path(&e), [PathStep::Constructor("contacts.addContact"), PathStep::Field("flags")]);
}

#[test]
fn a_vector_count_the_input_cannot_hold_is_named_at_its_field() {
    // future_salts{req_msg_id, now, salts: vector<%future_salt>} with two
    // salts of 16 bytes, cut: the count promises more than is left, which
    // is checked before any element is read.
    let salt = |n: i64| mtproto::types::FutureSalt { valid_since: 1, valid_until: 2, salt: n };
    let value = mtproto::types::FutureSalts { req_msg_id: 9, now: 3, salts: vec![salt(7), salt(8)] };
    let bytes = value.to_bytes().unwrap();
    let e = mtproto::types::FutureSalts::from_bytes(&bytes[..bytes.len() - 2]).unwrap_err();
    assert_eq!(e.offset(), 16, "the count, after the id, req_msg_id and now");
    assert!(matches!(e.kind(), DecodeErrorKind::VectorTooLong { count: 2, .. }), "{e}");
    assert_eq!(path(&e), [PathStep::Constructor("future_salts"), PathStep::Field("salts")]);
}

#[test]
fn tl_decode_prints_the_path() {
    let bytes = add_contact();
    let hex: String = bytes[..20].iter().map(|b| format!("{b:02x}")).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_tl")).args(["decode", &hex]).output().expect("run tl");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "tl: decode: at offset 16, in contacts.addContact › id › inputUser › access_hash: unexpected end of input: needed 8 more bytes, 4 left"
    );
}
