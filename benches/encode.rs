//! Encoding requests with tlwire alone (no peer crates, so this builds with
//! the root crate's dev-dependencies only): `contacts.addContact` and
//! `contacts.acceptContact`, into a fresh buffer and into a reused one,
//! next to a memcpy of the same byte count.
//!
//! `cargo bench --bench encode`. The comparison with grammers-tl-types and
//! tl-proto lives in `benches/peers` (`cargo bench -p tlwire-peers`).

use criterion::{Criterion, criterion_group, criterion_main};
use tlwire::{Serializable, functions, types};

#[path = "peers/src/harness.rs"]
mod harness;

/// One group: tlwire fresh/reused, memcpy fresh/reused, for `value`.
fn group<T: Serializable>(c: &mut Criterion, name: &str, value: &T, expected_head: [u8; 4]) {
    let bytes = value.to_bytes().unwrap();
    assert_eq!(bytes[..4], expected_head, "{name}: constructor id");
    assert_eq!(value.serialized_len().unwrap(), bytes.len());

    let mut g = c.benchmark_group(format!("tlwire-only encode {name}"));
    harness::bytes(&mut g, bytes.len());
    harness::tlwire_encode(&mut g, value);
    harness::memcpy(&mut g, bytes.len());
    g.finish();
}

fn input_user() -> types::InputUser {
    types::InputUser { user_id: 123_456_789, access_hash: -5_394_273_829_102_718_977 }
}

fn add_contact(c: &mut Criterion) {
    let call = functions::contacts::AddContact {
        add_phone_privacy_exception: false,
        id: input_user().into(),
        first_name: "Alexander".into(),
        last_name: "Johnson-Smith".into(),
        phone: "+15551234567".into(),
    };
    group(c, "contacts.addContact", &call, 0xe8f463d0u32.to_le_bytes());
}

fn accept_contact(c: &mut Criterion) {
    let call = functions::contacts::AcceptContact { id: input_user().into() };
    group(c, "contacts.acceptContact", &call, 0xf831a20fu32.to_le_bytes());
}

criterion_group!(benches, add_contact, accept_contact);
criterion_main!(benches);
