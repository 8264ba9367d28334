//! `Object` of both layers read from arbitrary JSON text (the `serde`
//! feature): any error is fine, a panic, abort, stack overflow or
//! out-of-memory is a bug. Whatever reads must be a value encoding
//! accepts, since reading checks what encoding checks: it encodes, its
//! bytes decode strictly to it again (JSON strings are UTF-8), and its own
//! JSON reads back to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::registry::Schema;
use tlwire::{Deserializable, Object, Serializable, layer122::Layer122, layer230::Layer230};

fn json<S: Schema>(data: &[u8]) {
    let Ok(obj) = serde_json::from_slice::<Object<S>>(data) else { return };
    let bytes = obj.to_bytes().unwrap_or_else(|e| panic!("{} read from JSON does not encode: {e}", obj.name()));
    let decoded = Object::<S>::from_bytes_strict(&bytes)
        .unwrap_or_else(|e| panic!("{} read from JSON encodes to {bytes:02x?}, which fails: {e}", obj.name()));
    // `Object`s are equal when they encode to the same bytes.
    assert!(decoded == obj, "{}: JSON → bytes → value changed it", obj.name());
    let text = serde_json::to_string(&obj).unwrap_or_else(|e| panic!("{}: writing JSON failed: {e}", obj.name()));
    let again = serde_json::from_str::<Object<S>>(&text)
        .unwrap_or_else(|e| panic!("{}: its own JSON does not read back: {e}\n{text}", obj.name()));
    assert!(again == obj, "{}: JSON → value → JSON → value changed it", obj.name());
}

fuzz_target!(|data: &[u8]| {
    json::<Layer122>(data);
    json::<Layer230>(data);
});
