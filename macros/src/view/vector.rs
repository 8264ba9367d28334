//! [`VecView`]: a `Vector<T>` read in place.

use alloc::vec::Vec;
use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;

use super::value::ViewValue;
use crate::codec::VECTOR_ID;
use crate::error::{DecodeError, DecodeErrorKind};
use crate::read::Reader;

/// A TL `Vector<T>` (or bare `vector<T>`) read in place: its elements are
/// checked once, when the vector is read, and read again, without
/// allocating, each time they are iterated.
///
/// Reading it checks every element as the owned decoder would (a vector of
/// `int`, `long`, `double`, `int128` or `int256` by its length alone), so
/// iterating cannot fail. Iterating reads each element again: the
/// elements of a vector inside the elements (a message's entities) are
/// checked again then, so walking a value whose vectors nest `d` deep
/// reads the innermost `d + 1` times. [`into_owned`](Self::into_owned)
/// gives the `Vec` the owned decoder gives.
///
/// ```
/// use tlwire_dsl::{Reader, VecView, ViewValue};
///
/// // Vector<string> ["ab", "c"]
/// let wire = [0x15, 0xc4, 0xb5, 0x1c, 2, 0, 0, 0, 2, b'a', b'b', 0, 1, b'c', 0, 0];
/// let v = VecView::<&str>::read_view(&mut Reader::new(&wire)).unwrap();
/// assert_eq!(v.len(), 2);
/// assert_eq!(v.iter().collect::<Vec<_>>(), ["ab", "c"]);
/// assert_eq!(v.into_owned(), ["ab".to_string(), "c".to_string()]);
/// ```
pub struct VecView<'a, T> {
    /// The elements, checked.
    elements: &'a [u8],
    len: usize,
    /// The nesting levels that were left where the elements start.
    depth_left: u32,
    element: PhantomData<fn() -> T>,
}

impl<'a, T: ViewValue<'a>> VecView<'a, T> {
    /// Reads a bare `vector<T>`: the count, then the elements.
    pub fn read_bare(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let len = r.read_count(T::MIN_LEN)?;
        let depth_left = r.depth_left();
        let start = r.rest();
        if let Some(each) = T::FIXED_LEN {
            // `read_count` checked that `len * MIN_LEN` bytes are left.
            let elements = r.take(len * each)?;
            return Ok(Self { elements, len, depth_left, element: PhantomData });
        }
        for i in 0..len {
            if let Err(e) = T::read_view(r) {
                return Err(e.at_index(i));
            }
        }
        let elements = &start[..start.len() - r.remaining()];
        Ok(Self { elements, len, depth_left, element: PhantomData })
    }

    /// The number of elements.
    #[inline]
    pub const fn len(&self) -> usize {
        self.len
    }

    /// Whether there is no element.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The elements' bytes on the wire, after the count.
    #[inline]
    pub const fn as_bytes(&self) -> &'a [u8] {
        self.elements
    }

    /// The elements, read again one by one.
    #[inline]
    pub fn iter(&self) -> VecViewIter<'a, T> {
        VecViewIter {
            r: Reader::new(self.elements).strict_utf8().with_max_depth(self.depth_left),
            left: self.len,
            element: PhantomData,
        }
    }

    /// Element `index`: read in place for fixed-size elements, after
    /// reading the ones before it otherwise.
    pub fn get(&self, index: usize) -> Option<T> {
        if index >= self.len {
            return None;
        }
        match T::FIXED_LEN {
            Some(each) => T::read_view(&mut Reader::new(self.elements.get(index * each..)?)).ok(),
            None => self.iter().nth(index),
        }
    }

    /// The owned `Vec`, each element copied out of the input.
    pub fn into_owned(self) -> Vec<T::Owned> {
        self.iter().map(T::Owned::from).collect()
    }
}

impl<'a, T: ViewValue<'a>> ViewValue<'a> for VecView<'a, T> {
    type Owned = Vec<T::Owned>;
    const MIN_LEN: usize = 8;

    /// Reads a boxed `Vector<T>`: `vector#1cb5c415`, the count, the elements.
    fn read_view(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        let at = r.offset();
        let id = r.read_u32()?;
        if id != VECTOR_ID {
            return Err(r.error_at(at, DecodeErrorKind::MissingVectorHeader { found: id }));
        }
        Self::read_bare(r)
    }
}

impl<'a, T: ViewValue<'a>> From<VecView<'a, T>> for Vec<T::Owned> {
    #[inline]
    fn from(v: VecView<'a, T>) -> Self {
        v.into_owned()
    }
}

impl<T> Clone for VecView<'_, T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for VecView<'_, T> {}

impl<'a, T: ViewValue<'a> + fmt::Debug> fmt::Debug for VecView<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// Element by element, as the owned `Vec`s compare.
impl<'a, T: ViewValue<'a> + PartialEq> PartialEq for VecView<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<'a, T: ViewValue<'a>> IntoIterator for VecView<'a, T> {
    type Item = T;
    type IntoIter = VecViewIter<'a, T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T: ViewValue<'a>> IntoIterator for &VecView<'a, T> {
    type Item = T;
    type IntoIter = VecViewIter<'a, T>;
    #[inline]
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The elements of a [`VecView`], read again one at a time.
pub struct VecViewIter<'a, T> {
    r: Reader<'a>,
    left: usize,
    element: PhantomData<fn() -> T>,
}

impl<'a, T: ViewValue<'a>> Iterator for VecViewIter<'a, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        // The elements read once when the vector was read, from the same
        // bytes, with the same nesting left: they read again. Were it not
        // so, the iteration would end here rather than fail.
        match T::read_view(&mut self.r) {
            Ok(v) => Some(v),
            Err(_) => {
                self.left = 0;
                None
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, T: ViewValue<'a>> ExactSizeIterator for VecViewIter<'a, T> {}

impl<'a, T: ViewValue<'a>> FusedIterator for VecViewIter<'a, T> {}
