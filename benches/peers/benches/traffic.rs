//! A client's traffic at layer 230, tlwire against grammers-tl-types 0.11
//! on the same bytes: the answers a client decodes all day (a channel's
//! history of 100 messages with their users and chats, 50 dialogs, 200
//! contacts, a difference, the config, a sticker set, `users.getUsers`) and
//! an `updates` batch. The messages are `benches/peers/data/traffic230.txt`,
//! written by `tools/gramjs/gen-traffic.js` as a server fills them.
//!
//! Per message: owned decode, tlwire's view (read in place, allocating
//! nothing), encode into a fresh buffer and into a reused one, each against
//! grammers, and memcpy of the message's bytes as the bound. Checked once
//! before timing: both decode the message and re-encode it to the same
//! bytes, and the view's owned value is tlwire's owned decode.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use grammers_tl_types as gt;
use tlwire::{Deserializable, HasView, Serializable};
use tlwire_peers::{harness, traffic, with_traffic_types};

/// The group of one message, decoded as `T` by tlwire and `G` by grammers.
fn group<T, G>(c: &mut Criterion, label: &str, bytes: &[u8])
where
    T: Deserializable + Serializable + HasView + PartialEq + std::fmt::Debug,
    G: gt::Deserializable + gt::Serializable,
{
    // Checked once, outside the timed loops.
    let ours = T::from_bytes(bytes).unwrap();
    assert_eq!(ours.to_bytes().unwrap(), bytes, "{label}: tlwire round trip");
    assert_eq!(T::from_view(traffic::view::<T>(bytes).unwrap()), ours, "{label}: the view's owned value");
    let theirs = G::from_bytes(bytes).unwrap();
    assert_eq!(theirs.to_bytes(), bytes, "{label}: grammers round trip");

    let mut g = c.benchmark_group(format!("traffic {label}"));
    harness::bytes(&mut g, bytes.len());
    g.bench_function("decode tlwire", |b| b.iter(|| black_box(T::from_bytes(black_box(bytes)).unwrap())));
    g.bench_function("view tlwire", |b| b.iter(|| black_box(traffic::view::<T>(black_box(bytes)).unwrap())));
    g.bench_function("decode grammers", |b| b.iter(|| black_box(G::from_bytes(black_box(bytes)).unwrap())));
    harness::tlwire_encode(&mut g, &ours);
    g.bench_function("grammers fresh", |b| b.iter(|| black_box(black_box(&theirs).to_bytes())));
    let mut buf = Vec::new();
    g.bench_function("grammers reused", |b| {
        b.iter(|| {
            buf.clear();
            black_box(&theirs).serialize(&mut buf);
            black_box(&buf);
        })
    });
    harness::memcpy(&mut g, bytes.len());
    g.finish();
}

fn traffic(c: &mut Criterion) {
    for m in traffic::messages() {
        with_traffic_types!(m.ty, group(c, m.label, &m.bytes));
    }
}

criterion_group!(benches, traffic);
criterion_main!(benches);
