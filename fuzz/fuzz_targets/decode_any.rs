//! `Object::from_bytes` of both layers on arbitrary input, with invalid
//! UTF-8 replaced (the default) and refused (`from_bytes_strict`): any
//! result is fine, a panic, abort, stack overflow or out-of-memory is a
//! bug. The two modes must agree but for the strings replaced: where
//! strict decoding succeeds the default does too, and the default never
//! gives `InvalidUtf8`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{DecodeErrorKind, Deserializable, layer122, layer230};

fn both<T: Deserializable>(data: &[u8]) {
    let lossy = T::from_bytes(data);
    let strict = T::from_bytes_strict(data);
    if let Err(e) = &lossy {
        assert!(!matches!(e.kind(), DecodeErrorKind::InvalidUtf8 { .. }), "the default decoder refused text: {e}");
    }
    assert!(strict.is_err() || lossy.is_ok(), "strict decoding succeeded, the default failed");
}

fuzz_target!(|data: &[u8]| {
    both::<layer122::Object>(data);
    both::<layer230::Object>(data);
});
