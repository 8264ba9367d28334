//! Strict decoding means decode → encode is the identity: whatever either
//! layer's `Object::from_bytes` accepts must re-encode, to exactly the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::registry::Schema;
use tlwire::{Deserializable, Object, Serializable, layer122::Layer122, layer230::Layer230};

fn roundtrip<S: Schema>(data: &[u8]) {
    if let Ok(obj) = Object::<S>::from_bytes(data) {
        let bytes = match obj.to_bytes() {
            Ok(bytes) => bytes,
            Err(e) => panic!("decoded {} does not re-encode: {e}", obj.name()),
        };
        assert!(bytes == data, "{} re-encodes to {:02x?}, input was {:02x?}", obj.name(), bytes, data);
        // Printing must not panic either.
        let _ = tlwire::tl_text(&obj).to_string();
    }
}

fuzz_target!(|data: &[u8]| {
    roundtrip::<Layer122>(data);
    roundtrip::<Layer230>(data);
});
