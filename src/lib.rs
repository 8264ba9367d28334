//! Telegram's API layer 122 and the MTProto service schema, declared line by
//! line with the [`tlwire_dsl`] macros, which this crate re-exports.
//!
//! The layout is the one TL users know: [`types`] holds a struct per
//! constructor, [`enums`] an enum per boxed type, [`functions`] a struct per
//! method; [`mtproto`] has the same three for the service schema. Each
//! namespace is a module (`functions::contacts::AddContact`).
//!
//! The feature `tools` (off by default) adds what writing or checking a
//! schema takes, and nothing a user of the layer needs: `convert` (a `.tl`
//! file to DSL source), `sample` (random instances of any definition) and
//! the `tl` command-line tool (`cargo run --features tools --bin tl -- --help`).
//!
//! ```
//! use tlwire::{Serializable, functions, types};
//!
//! let call = functions::contacts::AcceptContact {
//!     id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
//! };
//! assert_eq!(call.to_bytes().unwrap()[..4], 0xf831a20fu32.to_le_bytes());
//! ```
#![warn(missing_docs)]
// This crate's own code is safe. The runtime's one `unsafe` block is in
// `tlwire_dsl` (`read::text`); its macros expand to none
// (`macros/tests/no_unsafe.rs`).
#![forbid(unsafe_code)]

pub use tlwire_dsl::*;

#[cfg(feature = "tools")]
pub mod convert;
pub mod definitions;
pub mod enums;
pub mod envelope;
pub mod functions;
pub mod mtproto;
pub mod registry;
#[cfg(feature = "tools")]
pub mod sample;
pub mod types;
pub mod views;

pub use registry::Object;

/// The API layer these declarations come from.
pub const LAYER: i32 = 122;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExamples;
