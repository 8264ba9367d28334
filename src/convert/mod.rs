//! Converting a `.tl` schema file into Rust source in the tlwire macro DSL.
//!
//! [`parse`] reads the `.tl` text into a [`Schema`] (one [`Definition`] per
//! line, errors naming the line); [`render`] writes it as three module
//! trees of macro calls, which is how the crate's own layer 122 and MTProto
//! schemas are produced (`tl convert FILE.tl OUTDIR`), and how a user
//! declares a schema of their own.
//!
//! Needs the feature `tools`.
//!
//! # Spelling of a line
//!
//! A `.tl` line becomes the same tokens, separated by single spaces:
//! - `name#id` becomes `name #0xID`, the id digits as written
//!   (`resPQ#05162463` → `resPQ #0x05162463`); a line without an id stays
//!   without one;
//! - a lowercase constructor name used as a bare type gets a `%`
//!   (`vector<future_salt>` → `vector<%future_salt>`); primitives
//!   ([`PRIMITIVES`]) and type parameters do not;
//! - a line whose declared id is not its CRC32 gets `#[unchecked_id]` before it.
//!
//! # Files
//!
//! For each tree, `types/` (constructors, in `tl_constructor!` blocks, one
//! per result type), `enums/` (boxed types, in a `tl_type!` call, keyed by the
//! type's namespace) and `functions/` (methods, in a `tl_function!` block):
//! `<tree>/mod.rs`, a `<tree>/<ns>.rs` per namespace, and the root namespace
//! in `<tree>/root/<group>.rs`, grouped by the first word of the type
//! ([`first_word`], plurals joining their singular: [`group_words`]),
//! groups smaller than [`MIN_GROUP`] in `misc`. Generic
//! definitions (the builtin `vector`, `invokeWithLayer`, ...) each get a
//! call of their own.
//!
//! Each file imports the macro it calls and, with
//! `#[allow(unused_imports)]`, `use <crate_path>::{enums, types};`
//! (`functions` too, in `functions/`, for the related pages' links): the
//! macros name a line's types as `enums::…` and `types::…` where they are
//! called, and a file whose lines name no boxed type, or no bare
//! constructor, leaves an import unused.
//!
//! ```
//! use tlwire::convert::{parse, render, Options};
//! let schema = parse("future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
//! future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;").unwrap();
//! let files = render(&schema, &Options { crate_path: "crate::mtproto".into(), macro_crate: "crate".into(), ..Default::default() });
//! let (_, misc) = files.iter().find(|(p, _)| p.ends_with("types/root/misc.rs")).unwrap();
//! assert!(misc.contains("use crate::mtproto::{enums, types};"));
//! assert!(misc.contains("    future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;\n"));
//! ```
#![warn(missing_docs)]

pub mod docs;
mod group;
mod layout;
mod parse;
mod render;

pub use group::{MIN_GROUP, MISC, first_word, group_module, group_words, is_keyword};
pub use layout::{MAX_INLINE, boxed_constructors};
pub use parse::{Definition, GenericParam, Id, PRIMITIVES, Param, ParseError, Schema, parse, parse_line};
pub use render::{BoxedType, GENERATED, MAX_LINE, Options, Tree, boxed_types, render};
