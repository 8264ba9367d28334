//! Borrowed decoding: values read in place, without copying their
//! `string` and `bytes` fields out of the input or allocating.

mod lazy;
mod value;
mod vector;

pub use lazy::Lazy;
pub use value::{HasView, ViewOf, ViewValue};
pub use vector::{VecView, VecViewIter};

use crate::call::{Bare, Identifiable};
use crate::error::DecodeError;
use crate::read::Reader;

/// A constructor decoded in place: its `string` fields are `&'a str` and its
/// `bytes` fields `&'a [u8]` into the input. Declared with
/// [`tl_view!`](crate::tl_view) from the same line as the owned struct,
/// which [`into_owned`](Self::into_owned) gives back; its other fields are
/// then decoded as usual. With the feature `views` every line has one
/// (`types::UserRef<'a>`), whose other fields are views too: vectors are
/// [`VecView`]s, fields of a boxed type that type's view ([`ViewOf`]).
///
/// Decoding a view checks everything the owned decoder checks (canonical
/// lengths, zero padding, unknown flag bits), so a view that decodes
/// converts to the owned value without failing. Its text is read strictly:
/// a `&'a str` into the input cannot hold the U+FFFD that an owned
/// `String` gets in place of invalid UTF-8 by default (see
/// [`Reader`]), so a view fails with
/// [`InvalidUtf8`](crate::DecodeErrorKind::InvalidUtf8) where the owned
/// decoder replaces. [`from_bytes`](Self::from_bytes) reads every field
/// strictly, the owned ones too, and gives what the owned struct's
/// [`from_bytes_strict`](crate::Deserializable::from_bytes_strict) gives:
/// the same value or the same error. Read through a reader of your own,
/// a view's `string` fields are strict and its owned fields follow the
/// reader's setting.
pub trait View<'a>: Sized {
    /// The owned struct declared from the same line.
    type Owned: Bare + From<Self>;

    /// Reads the fields (the bare form).
    fn deserialize_bare(r: &mut Reader<'a>) -> Result<Self, DecodeError>;

    /// Copies the borrowed fields into the owned struct.
    fn into_owned(self) -> Self::Owned;

    /// Reads the boxed form: the constructor id of [`Owned`](Self::Owned),
    /// then the fields.
    #[inline]
    fn deserialize(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        // Inline, unlike the owned decoders' shared `expect_constructor`:
        // views are few and are used where every call counts.
        let at = r.offset();
        let id = r.read_u32()?;
        if id != Self::Owned::CONSTRUCTOR_ID {
            return Err(crate::__private::unknown(at, id, Self::Owned::NAME));
        }
        r.nested(at, Self::Owned::LEAF, Self::deserialize_bare)
    }

    /// Reads one boxed value that must span all of `bytes`, with a
    /// [`strict_utf8`](Reader::strict_utf8) reader.
    #[inline]
    fn from_bytes(bytes: &'a [u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes).strict_utf8();
        let v = Self::deserialize(&mut r)?;
        r.finish()?;
        Ok(v)
    }
}

/// A constructor's view is read bare where a field or a vector holds it
/// (`%user`, `Vector<%user>`): a boxed one is a type's view.
impl<'a, T: View<'a>> ViewValue<'a> for T {
    type Owned = <T as View<'a>>::Owned;
    const MIN_LEN: usize = <<T as View<'a>>::Owned as Bare>::MIN_BARE_LEN;
    #[inline]
    fn read_view(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        T::deserialize_bare(r)
    }
}
