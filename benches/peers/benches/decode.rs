//! Decoding into owned values: tlwire against grammers-tl-types and
//! tl-proto, with memcpy of the input's byte count as the bound. One group
//! per message; upload.file and updateShortMessage18 also decoded borrowed
//! (tlwire's views against tl-proto's borrowed structs).
//!
//! Checked once before timing: every decoder accepts its input and
//! re-encodes it to the same bytes; grammers' input is the same message in
//! its layer (`tlwire_peers::gram`), equal to the converted tlwire value.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};
use grammers_tl_types::{self as gt, Deserializable as _, Serializable as _};
use tlwire::{Deserializable, Serializable, View, enums, types, views};
use tlwire_peers::tlp_full::borrowed;
use tlwire_peers::tlp_support::{BoxedVec, decode_all};
use tlwire_peers::{data, gram, harness, tlp_full};

/// Adds the benches for one message: `ours` decodes `bytes` (also the
/// tl-proto input), `theirs` decodes `grammers_bytes`.
fn decode_group<T, G, P>(
    c: &mut Criterion,
    name: &str,
    bytes: &[u8],
    grammers_bytes: &[u8],
    extra: impl FnOnce(&mut BenchmarkGroup<'_, WallTime>),
) where
    T: Deserializable + Serializable,
    G: gt::Deserializable + gt::Serializable,
    P: for<'a> tl_proto::TlRead<'a> + tl_proto::TlWrite,
{
    // Checked once, outside the timed loops.
    let ours = T::from_bytes(bytes).unwrap();
    assert_eq!(ours.to_bytes().unwrap(), bytes, "{name}: tlwire round trip");
    let p: P = decode_all(bytes).unwrap();
    assert_eq!(tl_proto::serialize(&p), bytes, "{name}: tl-proto round trip");
    let g = G::from_bytes(grammers_bytes).unwrap();
    assert_eq!(g.to_bytes(), grammers_bytes, "{name}: grammers round trip");

    let mut group = c.benchmark_group(format!("decode {name}"));
    harness::bytes(&mut group, bytes.len());
    group.bench_function("tlwire", |b| b.iter(|| black_box(T::from_bytes(black_box(bytes)).unwrap())));
    harness::bytes(&mut group, grammers_bytes.len());
    group.bench_function("grammers", |b| b.iter(|| black_box(G::from_bytes(black_box(grammers_bytes)).unwrap())));
    harness::bytes(&mut group, bytes.len());
    group.bench_function("tl-proto", |b| b.iter(|| black_box(decode_all::<P>(black_box(bytes)).unwrap())));
    extra(&mut group);
    harness::memcpy(&mut group, bytes.len());
    group.finish();
}

/// The borrowed rows of a group: `tlwire` (a view) and `tl_proto` (a
/// borrowed struct), each decoding `input` in place and dropping the value.
fn borrowed_rows(
    input: Vec<u8>,
    tlwire: impl Fn(&[u8]),
    tl_proto: impl Fn(&[u8]),
) -> impl FnOnce(&mut BenchmarkGroup<'_, WallTime>) {
    move |g| {
        g.bench_function("tlwire borrowed", |b| b.iter(|| tlwire(black_box(&input))));
        g.bench_function("tl-proto borrowed", |b| b.iter(|| tl_proto(black_box(&input))));
    }
}

fn update_short_message(c: &mut Criterion) {
    let bytes = data::usm18_bytes();
    let gbytes = gram::patched(&bytes, gram::UPDATE_SHORT_MESSAGE_PATCHES);
    let expected = gram::updates(&enums::Updates::from_bytes(&bytes).unwrap());
    assert_eq!(gt::enums::Updates::from_bytes(&gbytes).unwrap(), expected);
    let view = views::root::UpdateShortMessageRef::from_bytes(&bytes).unwrap();
    assert!(bytes.as_ptr_range().contains(&view.message.as_ptr()), "the view borrows the text");
    assert_eq!(enums::Updates::from(view.into_owned()), enums::Updates::from_bytes(&bytes).unwrap());
    let r: borrowed::UpdateShortMessage<'_> = decode_all(&bytes).unwrap();
    assert_eq!(tl_proto::serialize(&r), bytes, "tl-proto borrowed round trip");
    // Both borrowing the text from the input; the entities are owned in both.
    let rows = borrowed_rows(
        bytes.clone(),
        |b| _ = black_box(views::root::UpdateShortMessageRef::from_bytes(b).unwrap()),
        |b| _ = black_box(decode_all::<borrowed::UpdateShortMessage<'_>>(b).unwrap()),
    );
    decode_group::<enums::Updates, gt::enums::Updates, tlp_full::Updates>(
        c,
        "updateShortMessage18",
        &bytes,
        &gbytes,
        rows,
    );
}

fn updates100(c: &mut Criterion) {
    let bytes = data::updates100_bytes();
    let expected = gram::updates(&enums::Updates::from_bytes(&bytes).unwrap());
    let gbytes = expected.to_bytes();
    assert_eq!(gt::enums::Updates::from_bytes(&gbytes).unwrap(), expected);
    eprintln!("updates100: {} bytes in layer 122, {} bytes in grammers' layer 230", bytes.len(), gbytes.len());
    decode_group::<enums::Updates, gt::enums::Updates, tlp_full::Updates>(c, "updates100", &bytes, &gbytes, |_| {});
}

fn vector_long(c: &mut Criterion) {
    let bytes = data::vector_long_bytes();
    decode_group::<Vec<i64>, Vec<i64>, BoxedVec<i64>>(c, "Vector<long> 1000", &bytes, &bytes, |_| {});
}

fn upload_file(c: &mut Criterion) {
    let bytes = data::upload_file_bytes();
    let r: borrowed::UploadFile<'_> = decode_all(&bytes).unwrap();
    assert_eq!(r.bytes.len(), data::PART);
    let view = views::upload::FileRef::from_bytes(&bytes).unwrap();
    assert!(bytes.as_ptr_range().contains(&view.bytes.as_ptr()), "the view borrows the part");
    assert_eq!(view.into_owned(), types::upload::File::from_bytes(&bytes).unwrap());
    // Both borrowing the part from the input.
    let rows = borrowed_rows(
        bytes.clone(),
        |b| _ = black_box(views::upload::FileRef::from_bytes(b).unwrap()),
        |b| _ = black_box(decode_all::<borrowed::UploadFile<'_>>(b).unwrap()),
    );
    decode_group::<types::upload::File, gt::enums::upload::File, tlp_full::UploadFile>(
        c,
        "upload.file 512KiB",
        &bytes,
        &bytes,
        rows,
    );
}

criterion_group!(benches, update_short_message, updates100, vector_long, upload_file);
criterion_main!(benches);
