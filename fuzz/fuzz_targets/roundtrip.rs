//! Strict decoding means decode → encode is the identity: whatever
//! `Object::from_bytes` accepts must re-encode, to exactly the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{Deserializable, Object, Serializable};

fuzz_target!(|data: &[u8]| {
    if let Ok(obj) = Object::from_bytes(data) {
        let bytes = match obj.to_bytes() {
            Ok(bytes) => bytes,
            Err(e) => panic!("decoded {} does not re-encode: {e}", obj.name()),
        };
        assert!(bytes == data, "{} re-encodes to {:02x?}, input was {:02x?}", obj.name(), bytes, data);
        // Printing must not panic either.
        let _ = tlwire::tl_text(&obj).to_string();
    }
});
