//! Shared fixtures for the peer comparison benches (`benches/*.rs`):
//! the test messages, the same messages as grammers-tl-types and tl-proto
//! values, and the byte-equality checks run once before timing.
//!
//! - [`data`]: the bench messages from `tests/data/bench.txt` and the
//!   synthetic ones (512 KiB uploads, `Vector<long>` of 1000), as tlwire values.
//! - [`tlp_full`]: the tl-proto declarations, generated from layer 122 by
//!   `gen_tlp_full.py`: every type an `Updates` or an `upload.File` can
//!   contain, the requests, and borrowed twins of the constructors decoded
//!   in place.
//! - [`tlp_support`]: what those declarations use that tl-proto lacks (a
//!   boxed vector, UTF-8-checked strings), and the requests as tl-proto
//!   values.
//! - [`gram`]: the same messages in grammers' layer (230), converted field by
//!   field from the tlwire values.
//! - [`harness`]: the criterion helpers every group uses (tlwire's encodes,
//!   memcpy baselines), also included by the root crate's `benches/encode.rs`.
//! - [`traffic`]: a client's traffic at layer 230, for the `traffic` bench.

pub mod data;
pub mod gram;
pub mod harness;
pub mod tlp_full;
pub mod tlp_support;
pub mod traffic;
