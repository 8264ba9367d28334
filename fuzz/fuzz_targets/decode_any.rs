//! `Object::from_bytes` of both layers on arbitrary input: any result is
//! fine, a panic, abort, stack overflow or out-of-memory is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{Deserializable, layer122, layer230};

fuzz_target!(|data: &[u8]| {
    let _ = layer122::Object::from_bytes(data);
    let _ = layer230::Object::from_bytes(data);
});
