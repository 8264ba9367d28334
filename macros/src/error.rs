//! Typed errors for encoding and decoding.

use alloc::boxed::Box;
use alloc::vec::Vec;

/// Why a value could not be decoded, and where: [`offset`](Self::offset)
/// is the byte offset into the input at which the offending item starts
/// (the constructor id, the length prefix, the flags word...), and
/// [`kind`](Self::kind) what was wrong with it.
///
/// ```
/// use tlwire_dsl::{DecodeErrorKind, Deserializable};
///
/// // A `string` whose length prefix (5) runs past the three bytes left.
/// let err = String::from_bytes(&[5, b'a', b'b', b'c']).unwrap_err();
/// assert_eq!(err.offset(), 0);
/// assert_eq!(*err.kind(), DecodeErrorKind::StringTooLong { len: 5, remaining: 3 });
/// assert_eq!(err.to_string(), "at offset 0: string of 5 bytes runs past the end of input (3 bytes left)");
/// assert_eq!(
///     format!("{err:?}"),
///     "DecodeError { offset: 0, kind: StringTooLong { len: 5, remaining: 3 } }"
/// );
/// ```
///
/// One pointer wide: every reader returns `Result<_, DecodeError>` and every
/// field's `?` passes the error up, so a small error keeps the success path
/// small (a `Result<u32, DecodeError>` comes back in two registers) and the
/// generated decoders short. The details are allocated only when decoding
/// fails.
///
/// An error from inside a value also says where in the value it was: its
/// [`path`](Self::path), the constructors, fields and vector indexes from
/// the outermost value down to the failing item. The path is gathered while
/// the error travels up, in the error path alone, so decoding that succeeds
/// pays nothing for it.
///
/// ```
/// use tlwire_dsl::{DecodeErrorKind, Deserializable, PathStep};
/// # mod types {
/// #     #![allow(unused_imports)]
/// #     use super::{enums, types};
/// #     tlwire_dsl::tl_constructor! { inputUser #0xf21158c6 user_id:long access_hash:long = InputUser; }
/// # }
/// # mod enums {
/// #     use super::types;
/// #     tlwire_dsl::tl_type! { InputUser = inputUser; }
/// # }
/// # mod functions {
/// #     #![allow(unused_imports)]
/// #     use super::{enums, types};
/// #     tlwire_dsl::tl_function! { contacts.acceptContact id:InputUser = InputUser; }
/// # }
/// # use tlwire_dsl::Serializable;
/// # fn main() {
/// let call = functions::AcceptContact { id: types::InputUser { user_id: 7, access_hash: -1 }.into() };
/// let bytes = call.to_bytes().unwrap();
/// // Cut inside `access_hash`, the last 8 bytes.
/// let err = functions::AcceptContact::from_bytes(&bytes[..bytes.len() - 3]).unwrap_err();
/// assert_eq!(err.offset(), 16); // where access_hash starts
/// assert_eq!(
///     err.path().collect::<Vec<_>>(),
///     [&PathStep::Constructor("contacts.acceptContact"), &PathStep::Field("id"),
///      &PathStep::Constructor("inputUser"), &PathStep::Field("access_hash")]
/// );
/// assert_eq!(
///     err.to_string(),
///     "at offset 16, in contacts.acceptContact › id › inputUser › access_hash: \
///      unexpected end of input: needed 8 more bytes, 5 left"
/// );
/// # }
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct DecodeError(Box<Located>);

impl core::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "at offset {}", self.0.offset)?;
        if !self.0.path.is_empty() {
            f.write_str(", in ")?;
            let mut first = true;
            for step in self.path() {
                match step {
                    PathStep::Index(i) => write!(f, "[{i}]")?,
                    PathStep::Constructor(name) | PathStep::Field(name) => {
                        if !first {
                            f.write_str(" › ")?;
                        }
                        f.write_str(name)?;
                    }
                }
                first = false;
            }
        }
        write!(f, ": {}", self.0.kind)
    }
}

impl core::error::Error for DecodeError {}

/// Printed as the struct of offset and kind it was before it was boxed,
/// without the box, and the path when there is one:
/// `DecodeError { offset: 12, kind: NonZeroPadding }`.
impl core::fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut s = f.debug_struct("DecodeError");
        s.field("offset", &self.0.offset).field("kind", &self.0.kind);
        if !self.0.path.is_empty() {
            s.field("path", &self.path().collect::<Vec<_>>());
        }
        s.finish()
    }
}

/// The details behind a [`DecodeError`].
#[derive(Clone, PartialEq, Eq)]
struct Located {
    offset: usize,
    kind: DecodeErrorKind,
    /// Innermost step first: each level pushes its own on the way up.
    path: Vec<PathStep>,
}

/// One step of a [`DecodeError`]'s path into the value being decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathStep {
    /// A constructor or method, by its TL name (`contacts.addContact`).
    Constructor(&'static str),
    /// A field of the constructor before it, by its TL name.
    Field(&'static str),
    /// An element of the vector field before it.
    Index(usize),
}

/// What was wrong with the input. See [`DecodeError`] for where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The input ended inside an item.
    #[error("unexpected end of input: needed {needed} more bytes, {remaining} left")]
    UnexpectedEnd {
        /// Bytes the item needed.
        needed: usize,
        /// Bytes that were left.
        remaining: usize,
    },
    /// A constructor id that is not one of the expected type's constructors.
    #[error("unknown constructor id {id:#010x} for type {ty}")]
    UnknownConstructor {
        /// The id that was read.
        id: u32,
        /// The TL type (or constructor, for a bare read) being read.
        ty: &'static str,
    },
    /// A `Bool` that is neither `boolTrue#997275b5` nor `boolFalse#bc799737`.
    #[error("invalid Bool: constructor id {id:#010x} is neither boolTrue nor boolFalse")]
    InvalidBool {
        /// The id that was read.
        id: u32,
    },
    /// A boxed `Vector` without its `vector#1cb5c415` header.
    #[error("missing vector header: expected 0x1cb5c415, found {found:#010x}")]
    MissingVectorHeader {
        /// The id found instead.
        found: u32,
    },
    /// A vector count that is negative or that the rest of the input cannot hold.
    #[error("vector of {count} elements cannot fit in the {remaining} bytes left")]
    VectorTooLong {
        /// The count that was read (as a signed TL `int`).
        count: i64,
        /// Bytes that were left after the count.
        remaining: usize,
    },
    /// A `string`/`bytes` length prefix that runs past the end of the input.
    #[error("string of {len} bytes runs past the end of input ({remaining} bytes left)")]
    StringTooLong {
        /// The length the prefix announced.
        len: usize,
        /// Bytes that were left after the prefix.
        remaining: usize,
    },
    /// A length prefix in a form TL never writes (`0xfe` prefix for a length
    /// below 254, or the reserved `0xff` prefix).
    #[error("non-canonical length prefix {prefix:#04x} for a string of {len} bytes")]
    NonCanonicalLength {
        /// The first byte of the prefix.
        prefix: u8,
        /// The length it announced.
        len: usize,
    },
    /// Padding after a `string`/`bytes` value that is not zero.
    #[error("non-zero padding after a string")]
    NonZeroPadding,
    /// A `string` whose bytes are not valid UTF-8, read strictly: by a
    /// [`strict_utf8`](crate::Reader::strict_utf8) reader (as
    /// [`from_bytes_strict`](crate::Deserializable::from_bytes_strict)
    /// uses), or as a borrowed `&str` (a [`View`](crate::View)'s field),
    /// which cannot hold the U+FFFD an owned `String` gets by default. Use
    /// a `bytes` field for binary data.
    #[error(
        "string is not valid UTF-8 (first bad byte at string offset {valid_up_to}); \
         strict decoding and borrowed views do not replace it"
    )]
    InvalidUtf8 {
        /// Length of the valid prefix.
        valid_up_to: usize,
    },
    /// A flags word with bits that no field of the constructor uses.
    #[error("{constructor}: `{field}` has bits {bits:#x} that no field uses")]
    UnknownFlags {
        /// The constructor being read.
        constructor: &'static str,
        /// The flags field (`flags`, `flags2`).
        field: &'static str,
        /// The unknown bits.
        bits: u32,
    },
    /// Boxed values nested deeper than the reader's limit.
    #[error("nesting deeper than {limit} boxed values")]
    TooDeep {
        /// The limit in force.
        limit: u32,
    },
    /// Bytes left over after a whole message was read.
    #[error("{count} trailing bytes after the value")]
    TrailingBytes {
        /// How many bytes were left.
        count: usize,
    },
    /// A message or container that is malformed in a way specific to it
    /// (used by MTProto envelopes: containers, gzip, rpc results).
    #[error("{0}")]
    Malformed(&'static str),
}

/// Why a value could not be encoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// Fields that share one flag bit disagree: some are set, some are not
    /// (e.g. `user` with `bot = true` but no `bot_info_version`). Encoding it
    /// would set the bit and leave the other fields out: corrupt bytes.
    #[error("{constructor}: the fields on `{field}.{bit}` disagree (some set, some unset)")]
    FlagConflict {
        /// The constructor being written.
        constructor: &'static str,
        /// The flags field (`flags`, `flags2`).
        field: &'static str,
        /// The shared bit.
        bit: u32,
    },
    /// A `string`/`bytes` value or a vector too long for TL's length prefix
    /// (strings: 2^24 - 1 bytes; vectors: 2^31 - 1 elements).
    #[error("{what} of length {len} is longer than TL can encode")]
    TooLong {
        /// `string`, `bytes` or `vector`.
        what: &'static str,
        /// Its length.
        len: usize,
    },
    /// A hand-written [`Serializable`](crate::Serializable) whose
    /// `serialize` wrote more or fewer bytes than its `measure` announced:
    /// the two disagree, and the bytes cannot be trusted. Nothing is kept.
    #[error("serialize wrote {} bytes than the {measured} its measure announced", more_or_fewer(*.more))]
    LengthMismatch {
        /// What `measure` announced.
        measured: usize,
        /// Whether `serialize` wrote more (or fewer).
        more: bool,
    },
}

fn more_or_fewer(more: bool) -> &'static str {
    if more { "more" } else { "fewer" }
}

impl DecodeError {
    /// An error of `kind` at `offset`.
    #[cold]
    #[inline(never)]
    pub fn new(offset: usize, kind: DecodeErrorKind) -> Self {
        Self(Box::new(Located { offset, kind, path: Vec::new() }))
    }

    /// Where in the value the error was, outermost step first: empty for an
    /// error of the top level's own bytes (its constructor id, or a
    /// primitive decoded alone).
    pub fn path(&self) -> impl DoubleEndedIterator<Item = &PathStep> + ExactSizeIterator {
        self.0.path.iter().rev()
    }

    /// The error, one level up: inside the constructor or method `name`.
    /// The generated decoders add their steps on the way up with
    /// [`in_field_of`](Self::in_field_of), vectors with
    /// [`at_index`](Self::at_index); a hand-written
    /// [`Deserializable`](crate::Deserializable) can call any of these.
    #[cold]
    #[inline(never)]
    pub fn in_constructor(mut self, name: &'static str) -> Self {
        self.0.path.push(PathStep::Constructor(name));
        self
    }

    /// The error, one level up: in the field `name` (its TL name).
    #[cold]
    #[inline(never)]
    pub fn in_field(mut self, name: &'static str) -> Self {
        self.0.path.push(PathStep::Field(name));
        self
    }

    /// The error, two steps up: in the field `field` of the constructor
    /// `constructor` ([`in_field`](Self::in_field), then
    /// [`in_constructor`](Self::in_constructor)).
    #[cold]
    #[inline(never)]
    pub fn in_field_of(mut self, constructor: &'static str, field: &'static str) -> Self {
        self.0.path.push(PathStep::Field(field));
        self.0.path.push(PathStep::Constructor(constructor));
        self
    }

    /// The error, one level up: in element `index` of a vector.
    #[cold]
    #[inline(never)]
    pub fn at_index(mut self, index: usize) -> Self {
        self.0.path.push(PathStep::Index(index));
        self
    }

    /// Byte offset of the offending item in the input.
    pub fn offset(&self) -> usize {
        self.0.offset
    }

    /// What was wrong.
    pub fn kind(&self) -> &DecodeErrorKind {
        &self.0.kind
    }

    /// What was wrong, by value.
    pub fn into_kind(self) -> DecodeErrorKind {
        self.0.kind
    }
}

#[doc(hidden)]
impl EncodeError {
    /// Error for the shared-bit check the DSL generates.
    #[cold]
    pub fn flag_conflict(constructor: &'static str, field: &'static str, bits: u32) -> Self {
        Self::FlagConflict { constructor, field, bit: bits.trailing_zeros() }
    }
}

// Both go into `Box<dyn Error + Send + Sync>` and across threads.
static_assertions::assert_impl_all!(DecodeError: Send, Sync, core::error::Error);
static_assertions::assert_impl_all!(EncodeError: Send, Sync, core::error::Error);
// One pointer, so that `Result<(), DecodeError>` is one register.
static_assertions::assert_eq_size!(DecodeError, usize);
