//! Inputs that once decoded wrongly (found by tests/hostile.rs or the fuzz
//! targets in fuzz/), each with its exact bytes and the error it must give.

use tlwire::layer122::Object;
use tlwire::{DecodeErrorKind, Deserializable, Reader, enums};

/// `TooDeep` must point at the refused value's constructor id, as
/// [`DecodeError::offset`] documents ("the byte offset into the input at
/// which the offending item starts (the constructor id, …)"), like
/// `UnknownConstructor` and `InvalidBool` do.
///
/// Found by tests/hostile.rs. A boxed value's id is read before its level
/// is entered, so the error once reported the offset just past the id: 4
/// bytes late, which for a 4-byte recursive header is the *next* level's
/// id. Every decoder now enters through `Reader::nested`/`enter_at` with
/// the id's own offset.
#[test]
fn too_deep_points_at_the_refused_id() {
    // inputPeerUserFromMessage#17bae2e6 x 65: the 65th, at 256, is refused.
    let bytes: Vec<u8> = [0xe6, 0xe2, 0xba, 0x17].repeat(65);
    let expected = (256, &DecodeErrorKind::TooDeep { limit: 64 });
    let e = Object::from_bytes(&bytes).unwrap_err();
    assert_eq!((e.offset(), e.kind()), expected); // was offset 260
    let e = enums::InputPeer::from_bytes(&bytes).unwrap_err();
    assert_eq!((e.offset(), e.kind()), expected); // was offset 260

    // invokeWithoutUpdates#bf9459b7 (through `!X` = Object) with a limit of 0:
    // the very first id, at 0, is refused.
    let bytes = [0xb7, 0x59, 0x94, 0xbf];
    let mut r = Reader::new(&bytes).with_max_depth(0);
    let e = Object::deserialize(&mut r).unwrap_err();
    assert_eq!((e.offset(), e.kind()), (0, &DecodeErrorKind::TooDeep { limit: 0 })); // was offset 4
}

/// The length pass notes problems instead of returning early, so the first
/// one noted must be the one reported, from any depth, and a valid value
/// next to an invalid one must not hide it.
#[test]
fn over_long_strings_are_refused_wherever_they_are() {
    use tlwire::{EncodeError, MAX_STRING_LEN, Serializable, functions, types};
    let call = |first: String, last: String| functions::contacts::AddContact {
        add_phone_privacy_exception: false,
        id: types::InputUser { user_id: 1, access_hash: 2 }.into(),
        first_name: first,
        last_name: last,
        phone: String::new(),
    };
    let long = "x".repeat(MAX_STRING_LEN + 1);
    let at_limit = "y".repeat(MAX_STRING_LEN);
    let too_long = EncodeError::TooLong { what: "string", len: MAX_STRING_LEN + 1 };

    assert_eq!(call(long.clone(), String::new()).to_bytes(), Err(too_long.clone()));
    assert_eq!(call(String::new(), long.clone()).serialized_len(), Err(too_long.clone()));
    // Two problems: the first in field order wins.
    let shorter = "z".repeat(MAX_STRING_LEN + 2);
    assert_eq!(call(long.clone(), shorter).encode_into(&mut Vec::new()), Err(too_long.clone()));
    // The limit itself encodes: 4-byte prefix + data, padded to 4.
    assert_eq!(call(at_limit, String::new()).serialized_len().map(|n| n > MAX_STRING_LEN), Ok(true));

    // Nested inside a vector of a boxed type.
    let entity = types::MessageEntityTextUrl { offset: 0, length: 1, url: long.clone() };
    let vector: Vec<tlwire::enums::MessageEntity> =
        vec![types::MessageEntityBold { offset: 0, length: 1 }.into(), entity.into()];
    assert_eq!(vector.to_bytes(), Err(too_long));
    // A refused value leaves a reused buffer as it was.
    let mut buf = vec![1, 2, 3];
    assert!(call(long, String::new()).encode_into(&mut buf).is_err());
    assert_eq!(buf, [1, 2, 3]);
}
