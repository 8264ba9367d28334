//! `Object::from_bytes` on arbitrary input: any result is fine, a panic,
//! abort, stack overflow or out-of-memory is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{Deserializable, Object};

fuzz_target!(|data: &[u8]| {
    let _ = Object::from_bytes(data);
});
