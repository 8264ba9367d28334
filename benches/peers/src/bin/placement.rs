//! How fast a 512 KiB copy runs depending on where its source and
//! destination sit, with and without first aligning the destination as
//! tlwire's bulk copies do (`extend_aligned` in `macros/src/write.rs`,
//! which splits a copy of 4 KiB or more at the destination's next 64-byte
//! boundary):
//!
//! ```text
//! cargo run --release -p tlwire-peers --bin placement
//! ```
//!
//! Every 512 KiB row of the benches is one such copy, from each
//! implementation's own payload into its own buffer, so this is what
//! separates those rows (BENCHMARKS.md, "The 512 KiB rows depend on where
//! the buffers land"). Prints the best of five rounds of 2000 copies for
//! each pair of offsets.

use std::hint::black_box;
use std::time::Instant;

const LEN: usize = 512 * 1024;
const ROUNDS: usize = 5;
const COPIES: u32 = 2000;

/// Appends `src` to `dst`: in one copy, or as tlwire's bulk copies do
/// (`extend_aligned`): the bytes up to the destination's next 64-byte
/// boundary first, then the rest.
fn append(dst: &mut Vec<u8>, src: &[u8], split: bool) {
    if split {
        let (head, rest) = src.split_at((dst.as_ptr() as usize + dst.len()).wrapping_neg() & 63);
        dst.extend_from_slice(head);
        dst.extend_from_slice(rest);
    } else {
        dst.extend_from_slice(src);
    }
}

/// The index in `buf` of its first 4096-byte-aligned address.
fn page_start(buf: &[u8]) -> usize {
    (buf.as_ptr() as usize).wrapping_neg() & 4095
}

fn main() {
    let source = vec![7u8; LEN + 8192];
    let mut dst: Vec<u8> = Vec::with_capacity(LEN + 8192);
    let src_page = page_start(&source);
    let dst_page = (dst.as_ptr() as usize).wrapping_neg() & 4095;
    // The whole sweep runs twice and the second is printed: the first
    // configuration measured in a process read up to 15 % slow.
    let mut table = Vec::new();
    for _ in 0..2 {
        table.clear();
        for src_off in [0, 16] {
            for dst_off in [0, 4, 16, 20, 36, 48, 64 + 20, 4096 - 20] {
                let src = &source[src_page + src_off..][..LEN];
                let times = [false, true].map(|split| best_copy(&mut dst, dst_page + dst_off, src, split));
                table.push((src_off, dst_off, times));
            }
        }
    }
    println!("| source offset | destination offset | one copy | split at 64 |");
    println!("|---:|---:|---:|---:|");
    for (src_off, dst_off, [one, split]) in table {
        println!("| {src_off} | {dst_off} | {:.2} µs | {:.2} µs |", one * 1e6, split * 1e6);
    }
}

/// The best of [`ROUNDS`] rounds of [`COPIES`] copies of `src` to `at`
/// bytes into `dst`, in seconds per copy.
fn best_copy(dst: &mut Vec<u8>, at: usize, src: &[u8], split: bool) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..COPIES {
            dst.clear();
            // Capacity is kept, so the copy lands at the same address
            // every time.
            dst.resize(at, 0);
            append(dst, black_box(src), split);
            black_box(&*dst);
        }
        best = best.min(start.elapsed().as_secs_f64() / f64::from(COPIES));
    }
    best
}
