//! Encoding: tlwire against grammers-tl-types and tl-proto, with memcpy of
//! the same byte count as the bound. One group per message.
//!
//! Every implementation's bytes are checked once before timing: tl-proto's
//! must equal tlwire's; grammers' must equal tlwire's patched for its layer
//! (`tlwire_peers::gram`), or equal them where the layers agree.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tlwire::Serializable;
use tlwire_peers::{data, gram, harness, tlp_full, tlp_support};

/// Adds the tlwire, grammers and tl-proto benches for one message.
fn encode_group<T, G, P>(c: &mut Criterion, name: &str, ours: &T, theirs: &G, tlp_value: &P, grammers_bytes: &[u8])
where
    T: Serializable,
    G: grammers_tl_types::Serializable,
    P: tl_proto::TlWrite,
{
    let ours_bytes = ours.to_bytes().unwrap();
    // Checked once, outside the timed loops.
    assert_eq!(tl_proto::serialize(tlp_value), ours_bytes, "{name}: tl-proto bytes differ from tlwire");
    assert_eq!(theirs.to_bytes(), grammers_bytes, "{name}: grammers bytes differ from the expected layer-230 bytes");
    let n = ours_bytes.len();
    let mut g = c.benchmark_group(format!("encode {name}"));

    harness::bytes(&mut g, n);
    harness::tlwire_encode(&mut g, ours);

    harness::bytes(&mut g, grammers_bytes.len());
    g.bench_function("grammers fresh", |b| b.iter(|| black_box(black_box(theirs).to_bytes())));
    let mut buf = Vec::new();
    g.bench_function("grammers reused", |b| {
        b.iter(|| {
            buf.clear();
            black_box(theirs).serialize(&mut buf);
            black_box(&buf);
        })
    });

    harness::bytes(&mut g, n);
    g.bench_function("tl-proto fresh", |b| b.iter(|| black_box(tl_proto::serialize(black_box(tlp_value)))));
    let mut buf = Vec::new();
    g.bench_function("tl-proto reused", |b| {
        b.iter(|| {
            tl_proto::serialize_into(black_box(tlp_value), &mut buf);
            black_box(&buf);
        })
    });

    harness::memcpy(&mut g, n);
    g.finish();
}

fn add_contact(c: &mut Criterion) {
    let (ours, theirs, tlp_value) = (data::add_contact(), gram::add_contact(), tlp_support::add_contact());
    let expected = gram::patched(&ours.to_bytes().unwrap(), gram::ADD_CONTACT_PATCHES);
    encode_group(c, "contacts.addContact", &ours, &theirs, &tlp_value, &expected);
}

fn accept_contact(c: &mut Criterion) {
    let (ours, theirs, tlp_value) = (data::accept_contact(), gram::accept_contact(), tlp_support::accept_contact());
    let expected = gram::patched(&ours.to_bytes().unwrap(), gram::ACCEPT_CONTACT_PATCHES);
    encode_group(c, "contacts.acceptContact", &ours, &theirs, &tlp_value, &expected);
}

fn update_short_message(c: &mut Criterion) {
    let bytes = data::usm18_bytes();
    let ours = data::usm18();
    let theirs = gram::updates(&ours);
    let tlp_value: tlp_full::Updates = tlp_support::decode_all(&bytes).unwrap();
    let expected = gram::patched(&bytes, gram::UPDATE_SHORT_MESSAGE_PATCHES);
    encode_group(c, "updateShortMessage18", &ours, &theirs, &tlp_value, &expected);
}

fn save_file_part(c: &mut Criterion) {
    let (ours, theirs, tlp_value) = (data::save_file_part(), gram::save_file_part(), tlp_support::save_file_part());
    // Same definition in both layers: identical bytes.
    let expected = ours.to_bytes().unwrap();
    encode_group(c, "upload.saveFilePart 512KiB", &ours, &theirs, &tlp_value, &expected);
}

/// A fixed-size vector, written in bulk: tlwire and grammers (the same
/// bytes in both layers), and memcpy of its byte count.
fn vector_group<T>(c: &mut Criterion, name: &str, values: &Vec<T>)
where
    Vec<T>: Serializable + grammers_tl_types::Serializable,
{
    let ours = values.to_bytes().unwrap();
    assert_eq!(grammers_tl_types::Serializable::to_bytes(values), ours, "{name}: grammers bytes differ from tlwire");
    let mut g = c.benchmark_group(format!("encode {name}"));
    harness::bytes(&mut g, ours.len());
    harness::tlwire_encode(&mut g, values);
    g.bench_function("grammers fresh", |b| {
        b.iter(|| black_box(grammers_tl_types::Serializable::to_bytes(black_box(values))))
    });
    let mut buf = Vec::new();
    g.bench_function("grammers reused", |b| {
        b.iter(|| {
            buf.clear();
            grammers_tl_types::Serializable::serialize(black_box(values), &mut buf);
            black_box(&buf);
        })
    });
    harness::memcpy(&mut g, ours.len());
    g.finish();
}

fn vectors(c: &mut Criterion) {
    vector_group(c, "Vector<int> 100", &data::vector_int());
    vector_group(c, "Vector<long> 1000", &data::vector_long());
}

criterion_group!(benches, add_contact, accept_contact, update_short_message, save_file_part, vectors);
criterion_main!(benches);
