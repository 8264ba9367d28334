//! Strict decoding means decode → encode is the identity: whatever either
//! layer's `Object::from_bytes_strict` accepts must re-encode, to exactly
//! the input. The default decoder, which replaces invalid UTF-8, must give
//! the same object when it replaced nothing; when it replaced a string,
//! the object must re-encode to bytes that decode strictly to it again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::registry::Schema;
use tlwire::{DecodeErrorKind, Deserializable, Object, Reader, Serializable, layer122::Layer122, layer230::Layer230};

fn roundtrip<S: Schema>(data: &[u8]) {
    let strict = Object::<S>::from_bytes_strict(data);
    if let Ok(obj) = &strict {
        let bytes = match obj.to_bytes() {
            Ok(bytes) => bytes,
            Err(e) => panic!("decoded {} does not re-encode: {e}", obj.name()),
        };
        assert!(bytes == data, "{} re-encodes to {:02x?}, input was {:02x?}", obj.name(), bytes, data);
        // Printing must not panic either.
        let _ = tlwire::tl_text(obj).to_string();
    }
    let mut r = Reader::new(data);
    let Ok(lossy) = Object::<S>::deserialize(&mut r).and_then(|obj| r.finish().map(|()| obj)) else {
        assert!(strict.is_err(), "strict decoding succeeded, the default failed");
        return;
    };
    match &strict {
        // `Object`s are equal when they encode to the same bytes.
        Ok(obj) => assert!(r.replaced_strings() == 0 && lossy == *obj, "{}: the modes disagree", obj.name()),
        Err(e) => {
            assert!(
                matches!(e.kind(), DecodeErrorKind::InvalidUtf8 { .. }) && r.replaced_strings() > 0,
                "{}: refused strictly ({e}), decoded by default with {} strings replaced",
                lossy.name(),
                r.replaced_strings()
            );
            // Fuzz inputs are far below the 16 MiB at which a string of
            // replacements (3 bytes for 1) could be too long to encode.
            let bytes =
                lossy.to_bytes().unwrap_or_else(|e| panic!("{}: replaced does not re-encode: {e}", lossy.name()));
            assert!(bytes != data, "{}: replaced re-encodes to its input", lossy.name());
            let again = Object::<S>::from_bytes_strict(&bytes)
                .unwrap_or_else(|e| panic!("{}: replaced re-encodes to {bytes:02x?}, which fails: {e}", lossy.name()));
            assert!(again == lossy, "{}: replaced does not survive a round trip", lossy.name());
            let _ = tlwire::tl_text(&lossy).to_string();
        }
    }
}

fuzz_target!(|data: &[u8]| {
    roundtrip::<Layer122>(data);
    roundtrip::<Layer230>(data);
});
