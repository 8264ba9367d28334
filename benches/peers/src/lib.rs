//! Shared fixtures for the peer comparison benches (`benches/*.rs`):
//! the test messages, the same messages as grammers-tl-types and tl-proto
//! values, and the byte-equality checks run once before timing.
//!
//! - [`data`]: the bench messages from `tests/data/bench.txt` and the
//!   synthetic ones (512 KiB uploads, `Vector<long>` of 1000), as tlwire values.
//! - [`tlp`]: hand-written `#[derive(TlRead, TlWrite)]` declarations of the
//!   layer-122 constructors these messages use, for tl-proto.
//! - [`gram`]: the same messages in grammers' layer (230), converted field by
//!   field from the tlwire values.
//! - [`harness`]: the criterion helpers every group uses (memcpy baselines).

pub mod data;
pub mod gram;
pub mod harness;
pub mod tlp;
