//! [`Lazy`]: a constructor that a type's view holds as its checked bytes.

use core::fmt;
use core::marker::PhantomData;

use super::View;
use crate::error::DecodeError;
use crate::read::Reader;

/// A constructor inside a type's view (`enums::MessageRef::Message`), kept
/// as its checked bytes and read when asked.
///
/// The owned enums hold their large and recursive constructors (`#[boxed]`
/// in `tl_type!`) behind a `Box`; a view, which allocates nothing, holds
/// them so instead. Their fields were read and checked when the type's
/// view was read, so [`get`](Self::get) reads them again and cannot fail;
/// each call reads them anew.
pub struct Lazy<'a, T> {
    /// The constructor's fields, after its id.
    fields: &'a [u8],
    /// The nesting levels that were left where the fields start.
    depth_left: u32,
    view: PhantomData<fn() -> T>,
}

impl<'a, T: View<'a>> Lazy<'a, T> {
    /// Reads and checks the fields of a constructor whose id, at `at`, was
    /// just read, as [`View::deserialize`] does, and keeps their bytes.
    #[doc(hidden)]
    #[inline]
    pub fn read_nested(r: &mut Reader<'a>, at: usize) -> Result<Self, DecodeError> {
        let start = r.rest();
        let mut depth_left = 0;
        r.nested(at, <T::Owned as crate::Bare>::LEAF, |r| {
            depth_left = r.depth_left();
            T::deserialize_bare(r).map(|_| ())
        })?;
        Ok(Self { fields: &start[..start.len() - r.remaining()], depth_left, view: PhantomData })
    }

    /// The constructor's view, read from the bytes checked when it was
    /// first read.
    pub fn get(&self) -> T {
        let mut r = Reader::new(self.fields).strict_utf8().with_max_depth(self.depth_left);
        match T::deserialize_bare(&mut r) {
            Ok(v) => v,
            // `read_nested` read these bytes with `deserialize_bare`, with
            // a strict reader and `depth_left` levels of nesting left;
            // decoding depends on nothing else, so it read them then and
            // reads them now.
            Err(_) => unreachable!("a view's checked bytes failed to read again"),
        }
    }

    /// The constructor's fields on the wire, without its id.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.fields
    }

    /// The owned constructor.
    #[inline]
    pub fn into_owned(self) -> T::Owned {
        self.get().into_owned()
    }
}

impl<T> Clone for Lazy<'_, T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Lazy<'_, T> {}

impl<'a, T: View<'a> + fmt::Debug> fmt::Debug for Lazy<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.get().fmt(f)
    }
}

impl<'a, T: View<'a> + PartialEq> PartialEq for Lazy<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}
