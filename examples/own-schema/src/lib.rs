//! A schema crate of one's own, on the tlwire runtime alone.
//!
//! `types/`, `enums/`, `functions/` and `definitions.rs` are the output of
//! `tl convert notes.tl src` (CI converts again and compares); this file is
//! the only one written by hand. It is the path to take when Telegram
//! publishes a layer tlwire does not ship yet: convert its `api.tl` the
//! same way, and list the MTProto service schema's table beside it if the
//! crate reads server answers that need it.
//!
//! ```
//! use own_schema::{Object, types};
//! use tlwire_dsl::{Deserializable, Serializable, tl_text};
//!
//! let note = types::Note { pinned: true, id: 7, text: "hi".into(), author: None };
//! let bytes = note.to_bytes().unwrap();
//! let any = Object::from_bytes(&bytes).unwrap(); // looked up by id
//! assert_eq!(tl_text(&any).to_string(), r#"note{pinned: true, id: 7, text: "hi"}"#);
//! assert_eq!(any.to_bytes().unwrap(), bytes);
//! ```
#![warn(missing_docs)]

mod definitions;
pub mod enums;
pub mod functions;
pub mod types;

pub use definitions::Definitions;

tlwire_dsl::tl_schema! {
    /// The schema of `notes.tl`: what [`Object`] decodes through.
    pub struct Notes = [Definitions];
}

/// Any boxed value of `notes.tl`.
pub type Object = tlwire_dsl::Object<Notes>;
