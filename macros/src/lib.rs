//! Declare Telegram TL schema lines inline and get exact, fast MTProto
//! serialization from them. (Full guide below, being written.)
#![no_std]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod call;
pub mod codec;
mod dsl;
mod error;
mod read;
pub mod registry;
pub mod schema;
mod text;
mod write;

pub use call::{Bare, Identifiable, RemoteCall};
pub use error::{DecodeError, DecodeErrorKind, EncodeError};
pub use read::{DEFAULT_MAX_DEPTH, Deserializable, Reader};
pub use text::{ObjectWriter, TextWriter, TlText, tl_text};
pub use write::{MAX_STRING_LEN, Serializable, Writer, string_len};

/// Everything a TL value is: encodable, decodable, printable, sized. The
/// bound on generic methods' `X`.
pub trait TlValue: Serializable + Deserializable + TlText + codec::WireSize {}
impl<T: Serializable + Deserializable + TlText + codec::WireSize> TlValue for T {}

/// What the macros expand to refers to, so callers need no dependency but
/// this crate and survive a shadowed prelude.
#[doc(hidden)]
pub mod __private {
    pub use ::core;
    pub use ::paste::paste;
    pub use alloc::boxed::Box;
    pub use alloc::string::String;
    pub use alloc::vec::Vec;
    pub use core::clone::Clone;
    pub use core::cmp::PartialEq;
    pub use core::convert::{From, TryFrom};
    pub use core::fmt;
    pub use core::option::Option::{self, None, Some};
    pub use core::primitive::{u32, usize};
    pub use core::result::Result::{self, Err, Ok};

    use crate::{Bare, DecodeError, DecodeErrorKind, EncodeError, Reader, Writer};

    /// The first id of an optional `#0x…` (none when omitted).
    pub const fn first(ids: &[u32]) -> Option<u32> {
        match ids {
            [id, ..] => Some(*id),
            [] => None,
        }
    }

    /// Boxed length: the id, then the fields.
    #[inline]
    pub fn boxed_len<T: Bare>(v: &T) -> Result<usize, EncodeError> {
        Ok(4 + v.bare_len()?)
    }

    /// Boxed form: the id, then the fields.
    #[inline]
    pub fn serialize_boxed<T: Bare>(v: &T, w: &mut Writer<'_>) {
        w.put_u32(T::CONSTRUCTOR_ID);
        v.serialize_bare(w)
    }

    /// Reads a boxed value of one known constructor.
    #[inline]
    pub fn deserialize_boxed<T: Bare>(r: &mut Reader<'_>) -> Result<T, DecodeError> {
        let at = r.offset();
        let id = r.read_u32()?;
        if id != T::CONSTRUCTOR_ID {
            return Err(unknown(at, id, T::NAME));
        }
        r.enter()?;
        let v = T::deserialize_bare(r)?;
        r.leave();
        Ok(v)
    }

    /// The error for an id that is none of a type's constructors.
    #[cold]
    pub fn unknown(at: usize, id: u32, ty: &'static str) -> DecodeError {
        DecodeError::new(at, DecodeErrorKind::UnknownConstructor { id, ty })
    }

}
