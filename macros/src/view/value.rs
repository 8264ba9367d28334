//! What a view's fields hold: [`ViewValue`], and [`HasView`], the owned
//! type's side of the pair.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::DecodeError;
use crate::read::{Deserializable, Reader};

/// A value read in place, as a field of a view holds it: a primitive, a
/// `&'a str` or `&'a [u8]` into the input, a [`VecView`](crate::VecView),
/// a constructor's view (`types::UserRef`, read bare, as `%user`) or a
/// type's view (`enums::UserRef`, read boxed). Reading one allocates
/// nothing and checks what the owned decoder checks, strictly (text that
/// is not UTF-8 is an error).
///
/// The owned value is `Owned::from(view)`; the views the DSL declares
/// also have a method `into_owned`.
pub trait ViewValue<'a>: Sized {
    /// The owned value: `From` the view, copying what it borrows.
    type Owned: From<Self>;

    /// The fewest bytes a value takes: a vector's count is checked against
    /// it before its elements are read.
    const MIN_LEN: usize;

    /// The length of every value, when it is fixed (`int`, `long`,
    /// `double`, `int128`, `int256`): a vector of them is checked by its
    /// length alone.
    const FIXED_LEN: Option<usize> = None;

    /// Reads one value in its wire form as a field.
    fn read_view(r: &mut Reader<'a>) -> Result<Self, DecodeError>;
}

/// An owned type with a view: its [`View`](Self::View) reads in place what
/// `Self` decodes. Implemented by the primitives, `String` (`&'a str`),
/// and, with the feature `views`, by every constructor, method and type the
/// DSL declares. A view's fields name their types through it
/// ([`ViewOf`]), so that a field of type `enums::User` is
/// `ViewOf<'a, enums::User>`, that is `enums::UserRef<'a>`.
pub trait HasView: Sized {
    /// The view, which `Self` is made `From`.
    type View<'a>: ViewValue<'a, Owned = Self>;

    /// The owned value of `view`: `Self::from(view)`, which generic code
    /// cannot write (there, `From<Self>` is the one `from` it sees).
    #[inline]
    fn from_view(view: Self::View<'_>) -> Self {
        owned(view)
    }
}

/// `V::Owned::from(view)` where `V::Owned` is still opaque, so that `From<V>`
/// is the `from` found.
#[inline]
fn owned<'a, V: ViewValue<'a>>(view: V) -> V::Owned {
    V::Owned::from(view)
}

/// The view of the owned type `T`: `ViewOf<'a, enums::User>` is
/// `enums::UserRef<'a>`.
pub type ViewOf<'a, T> = <T as HasView>::View<'a>;

/// The primitives: a view holds the value itself.
macro_rules! copied {
    ($($ty:ty: $len:expr, $fixed:expr, |$r:ident| $read:expr;)*) => {$(
        impl<'a> ViewValue<'a> for $ty {
            type Owned = $ty;
            const MIN_LEN: usize = $len;
            const FIXED_LEN: Option<usize> = $fixed;
            #[inline]
            fn read_view($r: &mut Reader<'a>) -> Result<Self, DecodeError> {
                $read
            }
        }
        impl HasView for $ty {
            type View<'a> = $ty;
        }
    )*};
}

copied! {
    i32: 4, Some(4), |r| r.read_i32();
    i64: 8, Some(8), |r| r.read_i64();
    f64: 8, Some(8), |r| r.read_f64();
    [u8; 16]: 16, Some(16), |r| r.array();
    [u8; 32]: 32, Some(32), |r| r.array();
    // `Bool` is a constructor id: every value is read, to check it.
    bool: 4, None, |r| bool::deserialize(r);
}

impl<'a> ViewValue<'a> for &'a str {
    type Owned = String;
    const MIN_LEN: usize = 4;
    /// Inlined: the short ASCII strings' path is a few instructions, about
    /// what a call costs; any other string is read out of line.
    #[inline]
    fn read_view(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        r.read_str_inline()
    }
}

impl HasView for String {
    type View<'a> = &'a str;
}

/// TL `bytes`. `Vec<u8>` has no [`HasView`]: `u8` is no TL type, so a
/// `Vec<u8>` is `bytes`, which the DSL names `&'a [u8]` itself.
impl<'a> ViewValue<'a> for &'a [u8] {
    type Owned = Vec<u8>;
    const MIN_LEN: usize = 4;
    #[inline]
    fn read_view(r: &mut Reader<'a>) -> Result<Self, DecodeError> {
        r.read_bytes()
    }
}

/// A `Vector<T>`: `ViewOf<'a, Vec<enums::User>>` is
/// `VecView<'a, enums::UserRef<'a>>`.
impl<T: HasView> HasView for Vec<T> {
    type View<'a> = crate::VecView<'a, T::View<'a>>;
}
