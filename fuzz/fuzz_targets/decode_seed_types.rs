//! The two types the golden seeds exercise most, decoded directly (not via
//! the registry): `Updates` (deep, wide) and `InputUser` (recursive through
//! `inputUserFromMessage`'s `InputPeer`). Must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{Deserializable, Serializable, enums};

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = enums::Updates::from_bytes(data) {
        assert_eq!(v.to_bytes().expect("decoded Updates re-encodes"), data, "Updates round trip");
    }
    if let Ok(v) = enums::InputUser::from_bytes(data) {
        assert_eq!(v.to_bytes().expect("decoded InputUser re-encodes"), data, "InputUser round trip");
    }
});
