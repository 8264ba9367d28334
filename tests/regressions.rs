//! Inputs that once decoded wrongly (found by tests/hostile.rs or the fuzz
//! targets in fuzz/), each with its exact bytes and the error it must give.

use tlwire::{DecodeError, DecodeErrorKind, Deserializable, Object, Reader, enums};

/// `TooDeep` must point at the refused value's constructor id, as
/// [`DecodeError::offset`] documents ("the byte offset into the input at
/// which the offending item starts (the constructor id, …)"), like
/// `UnknownConstructor` and `InvalidBool` do.
///
/// Found by tests/hostile.rs. Every `enter()` call site (the generated enum
/// `deserialize`, `__private::deserialize_boxed`, `Object::deserialize`)
/// reads the id first and enters after, so the error reported the offset
/// just past the id: 4 bytes late, which for a 4-byte recursive header is
/// the *next* level's id.
#[test]
fn too_deep_points_at_the_refused_id() {
    // inputPeerUserFromMessage#17bae2e6 x 65: the 65th, at 256, is refused.
    let bytes: Vec<u8> = [0xe6, 0xe2, 0xba, 0x17].repeat(65);
    let expected = DecodeError { offset: 256, kind: DecodeErrorKind::TooDeep { limit: 64 } };
    assert_eq!(Object::from_bytes(&bytes).unwrap_err(), expected); // was offset 260
    assert_eq!(enums::InputPeer::from_bytes(&bytes).unwrap_err(), expected); // was offset 260

    // invokeWithoutUpdates#bf9459b7 (through `!X` = Object) with a limit of 0:
    // the very first id, at 0, is refused.
    let bytes = [0xb7, 0x59, 0x94, 0xbf];
    let mut r = Reader::new(&bytes).with_max_depth(0);
    assert_eq!(
        Object::deserialize(&mut r).unwrap_err(),
        DecodeError { offset: 0, kind: DecodeErrorKind::TooDeep { limit: 0 } } // was offset 4
    );
}
