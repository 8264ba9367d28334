//! Telegram's API layers 122 and 230 and the MTProto service schema,
//! declared line by line with the [`tlwire_dsl`] macros, whose runtime this
//! crate re-exports.
//!
//! Each layer is a Cargo feature and a module with the layout TL users
//! know: `types` holds a struct per constructor, `enums` an enum per boxed
//! type, `functions` a struct per method, one module per namespace
//! (`functions::contacts::AddContact`).
//!
//! | feature | module | schema |
//! |---|---|---|
//! | `layer-122` (default) | [`layer122`], also re-exported at the crate root | `schema/api-layer122.tl`: the seeds' layer, checked byte for byte against GramJS `telegram@1.5.27` |
//! | `layer-230` | `layer230` | `schema/api-layer230.tl`: today's layer (grammers-tl-types 0.11's `api.tl`) |
//! | always | [`mtproto`] | `schema/mtproto.tl`: the service schema, shared by both |
//!
//! A layer is compiled only when its feature is on:
//! `--no-default-features --features layer-230` builds layer 230 alone.
//! Each layer module has its [`Object`] (`layer122::Object`, any value of
//! the layer or of the service schema, decoded by id) and its `Definitions`
//! table; the response path is [`envelope`]. Both come from the runtime,
//! which belongs to no layer: a schema crate of your own, converted with
//! `tl convert`, uses them the same way with `tlwire-dsl` alone.
//!
//! The feature `tools` (off by default) adds what writing or checking a
//! schema takes, and nothing a user of a layer needs: `convert` (a `.tl`
//! file to DSL source), `sample` (random instances of any definition) and
//! the `tl` command-line tool (`cargo run --features tools --bin tl -- --help`),
//! which speaks both layers.
//!
//! The feature `serde` (off by default) adds serde's `Serialize` and
//! `Deserialize` to every type, enum and method of the built layers, the
//! service schema and [`Object`], in the JSON shape documented in
//! `tlwire_dsl::json` (re-exported as `tlwire::json`); with `tools`, the
//! `tl` tool's `--json`.
//!
//! The feature `views` (off by default) adds a view of every type,
//! constructor and method of the built layers and the service schema
//! (`enums::MessageRef<'a>`, `types::UserRef<'a>`): decoding in place,
//! borrowing `string` and `bytes` from the input and allocating nothing
//! (see the README and `tlwire_dsl`'s "Borrowed views").
//!
//! ```
//! # #[cfg(feature = "layer-122")] {
//! use tlwire::{Serializable, functions, types};
//!
//! let call = functions::contacts::AcceptContact {
//!     id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
//! };
//! assert_eq!(call.to_bytes().unwrap()[..4], 0xf831a20fu32.to_le_bytes());
//! # }
//! ```
#![warn(missing_docs)]
// This crate's own code is safe. The runtime's one `unsafe` block is in
// `tlwire_dsl` (`read::text`); its macros expand to none
// (`macros/tests/no_unsafe.rs`).
#![forbid(unsafe_code)]

pub use tlwire_dsl::*;

#[cfg(feature = "tools")]
pub mod convert;
#[cfg(feature = "layer-122")]
pub mod layer122;
#[cfg(feature = "layer-230")]
pub mod layer230;
pub mod mtproto;
#[cfg(feature = "tools")]
pub mod sample;

/// Layer 122, the default layer, at the crate root: `tlwire::types` is
/// `tlwire::layer122::types`. Enabling `layer-230` as well changes nothing
/// here; its items are under `tlwire::layer230`.
#[cfg(feature = "layer-122")]
pub use layer122::{enums, functions, types, views};

/// The README's examples, run as doctests.
#[cfg(all(doctest, feature = "layer-122"))]
#[doc = include_str!("../README.md")]
pub struct ReadmeExamples;
