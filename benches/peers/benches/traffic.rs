//! A client's traffic at layer 230, tlwire against grammers-tl-types 0.11
//! on the same bytes: the answers a client decodes all day (a channel's
//! history of 100 messages with their users and chats, 50 dialogs, 200
//! contacts, a difference, the config, a sticker set, `users.getUsers`) and
//! an `updates` batch. The messages are `benches/peers/data/traffic230.txt`,
//! written by `tools/gramjs/gen-traffic.js` as a server fills them.
//!
//! Per message: owned decode, encode into a fresh buffer and into a reused
//! one, each against grammers, and memcpy of the message's bytes as the
//! bound. Checked once before timing: both decode the message and
//! re-encode it to the same bytes.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use grammers_tl_types::{self as gt, Deserializable as _, Serializable as _};
use tlwire::layer230::enums;
use tlwire::{Deserializable, Serializable};
use tlwire_peers::harness;

/// The messages: label, TL type, bytes.
fn messages() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    include_str!("../data/traffic230.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split('\t');
            let (label, ty, hex) = (cols.next().unwrap(), cols.next().unwrap(), cols.next().unwrap());
            let bytes = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
            (label, ty, bytes)
        })
        .collect()
}

/// The group of one message, decoded as `T` by tlwire and `G` by grammers.
fn group<T, G>(c: &mut Criterion, label: &str, bytes: &[u8])
where
    T: Deserializable + Serializable,
    G: gt::Deserializable + gt::Serializable,
{
    // Checked once, outside the timed loops.
    let ours = T::from_bytes(bytes).unwrap();
    assert_eq!(ours.to_bytes().unwrap(), bytes, "{label}: tlwire round trip");
    let theirs = G::from_bytes(bytes).unwrap();
    assert_eq!(theirs.to_bytes(), bytes, "{label}: grammers round trip");

    let mut g = c.benchmark_group(format!("traffic {label}"));
    harness::bytes(&mut g, bytes.len());
    g.bench_function("decode tlwire", |b| b.iter(|| black_box(T::from_bytes(black_box(bytes)).unwrap())));
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
    for (label, ty, bytes) in messages() {
        match ty {
            "messages.Messages" => group::<enums::messages::Messages, gt::enums::messages::Messages>(c, label, &bytes),
            "messages.Dialogs" => group::<enums::messages::Dialogs, gt::enums::messages::Dialogs>(c, label, &bytes),
            "contacts.Contacts" => group::<enums::contacts::Contacts, gt::enums::contacts::Contacts>(c, label, &bytes),
            "updates.Difference" => group::<enums::updates::Difference, gt::enums::updates::Difference>(c, label, &bytes),
            "Config" => group::<enums::Config, gt::enums::Config>(c, label, &bytes),
            "messages.StickerSet" => {
                group::<enums::messages::StickerSet, gt::enums::messages::StickerSet>(c, label, &bytes)
            }
            "Vector<User>" => group::<Vec<enums::User>, Vec<gt::enums::User>>(c, label, &bytes),
            "Updates" => group::<enums::Updates, gt::enums::Updates>(c, label, &bytes),
            other => panic!("{label}: no decoder for type {other}"),
        }
    }
}

criterion_group!(benches, traffic);
criterion_main!(benches);
