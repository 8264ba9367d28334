//! Criterion helpers shared by the groups, here and in the root crate's
//! `benches/encode.rs` (which includes this file as a module, having no
//! dependency on this crate): tlwire's encodes and the memcpy baselines.

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Throughput};
use tlwire::Serializable;

/// Adds tlwire's two encodes of `value` to a group: `tlwire fresh`
/// (`to_bytes`, a new `Vec`) and `tlwire reused` (`encode_into` a buffer
/// kept across iterations).
pub fn tlwire_encode<T: Serializable>(g: &mut BenchmarkGroup<'_, WallTime>, value: &T) {
    g.bench_function("tlwire fresh", |b| b.iter(|| black_box(black_box(value).to_bytes().unwrap())));
    let mut buf = Vec::new();
    g.bench_function("tlwire reused", |b| {
        b.iter(|| {
            buf.clear();
            black_box(black_box(value).encode_into(&mut buf).unwrap());
            black_box(&buf);
        })
    });
}

/// Adds the two memcpy baselines for `n` bytes to a group:
/// `memcpy reused` copies into a buffer kept across iterations (the bound
/// for encoding into a reused buffer, and for borrowing decoders),
/// `memcpy fresh` allocates a new `Vec` and copies (`to_vec`: the bound for
/// encoding into a fresh buffer and for decoding into owned values).
pub fn memcpy(g: &mut BenchmarkGroup<'_, WallTime>, n: usize) {
    let src: Vec<u8> = (0..n).map(|i| i as u8).collect();
    g.throughput(Throughput::Bytes(n as u64));
    let mut dst: Vec<u8> = Vec::with_capacity(n);
    g.bench_function("memcpy reused", |b| {
        b.iter(|| {
            dst.clear();
            dst.extend_from_slice(black_box(&src[..]));
            black_box(&dst);
        })
    });
    g.bench_function("memcpy fresh", |b| b.iter(|| black_box(black_box(&src[..]).to_vec())));
}

/// Sets the group's throughput to `n` bytes for the benches added next.
pub fn bytes(g: &mut BenchmarkGroup<'_, WallTime>, n: usize) {
    g.throughput(Throughput::Bytes(n as u64));
}
