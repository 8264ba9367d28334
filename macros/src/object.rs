//! [`Object`]: any boxed value of a schema, its type known at run time.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::any::Any;
use core::fmt;
use core::marker::PhantomData;

use crate::codec::WireSize;
use crate::registry::{DynValue, Schema};
use crate::{DecodeError, Deserializable, EncodeError, LenCheck, Reader, Serializable, TextWriter, TlText, Writer};

/// Any boxed value of schema `S`: a constructor or a method call, decoded
/// by its leading constructor id through `S`'s
/// [`Registry`](crate::registry::Registry).
///
/// Encoding and printing need no registry: an `Object` made with
/// [`Object::new`] or from a `Box<dyn DynValue>` re-encodes and prints
/// whatever it holds. Decoding looks the id up in `S::registry()`, so an id
/// none of `S`'s tables declares is a
/// [`DecodeErrorKind::UnknownConstructor`](crate::DecodeErrorKind::UnknownConstructor)
/// naming it, never a wrong value.
///
/// ```
/// # mod types { #![allow(unused_imports)] use super::enums; tlwire_dsl::tl_constructor! { updatesTooLong #0xe317af7e = Updates; } }
/// # mod enums { use super::types; tlwire_dsl::tl_type! { Updates = updatesTooLong; } }
/// # mod functions {}
/// # mod definitions { #![allow(unused_imports)] use super::{enums, functions, types}; tlwire_dsl::tl_definitions! { constructor updatesTooLong: Updates, } }
/// use tlwire_dsl::{Deserializable, Object, Serializable, tl_schema, tl_text};
///
/// tl_schema! { pub struct MySchema = [definitions::Definitions]; }
///
/// fn main() {
///     let bytes = [0x7e, 0xaf, 0x17, 0xe3]; // updatesTooLong#e317af7e
///     let obj = Object::<MySchema>::from_bytes(&bytes).unwrap();
///     assert_eq!(tl_text(&obj).to_string(), "updatesTooLong");
///     assert_eq!(obj.to_bytes().unwrap(), bytes);
///     assert!(Object::<MySchema>::from_bytes(&[1, 2, 3, 4]).is_err());
/// }
/// ```
pub struct Object<S> {
    value: Box<dyn DynValue>,
    // `fn() -> S`: an `Object` is `Send` and `Sync` whatever `S` is.
    schema: PhantomData<fn() -> S>,
}

impl<S> Object<S> {
    /// Wraps a declared value.
    pub fn new(value: impl DynValue) -> Self {
        Self::from(Box::new(value) as Box<dyn DynValue>)
    }

    /// The value's constructor id.
    pub fn id(&self) -> u32 {
        self.value.constructor().0
    }

    /// The value's TL name.
    pub fn name(&self) -> &'static str {
        self.value.constructor().1
    }

    /// The value as a `T`, if it is one. A decoded constructor is held as
    /// its boxed type, so ask for the enum (`enums::User`, then match); a
    /// method call as its struct (`functions::contacts::AddContact`); a
    /// value given to [`Object::new`] as what it was.
    pub fn downcast_ref<T: 'static>(&self) -> Option<&T> {
        let value: &dyn Any = &*self.value;
        value.downcast_ref()
    }

    /// The type-erased value.
    pub fn as_dyn(&self) -> &dyn DynValue {
        &*self.value
    }

    /// The type-erased value, unwrapped.
    pub fn into_dyn(self) -> Box<dyn DynValue> {
        self.value
    }

    /// The same value, as an object of another schema (decoding it again
    /// would look its id up there).
    pub fn cast<T>(self) -> Object<T> {
        Object::from(self.value)
    }
}

impl<S> From<Box<dyn DynValue>> for Object<S> {
    fn from(value: Box<dyn DynValue>) -> Self {
        Self { value, schema: PhantomData }
    }
}

impl<S> Serializable for Object<S> {
    fn measure(&self, check: &mut LenCheck) -> usize {
        self.value.measure(check)
    }
    fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a> {
        self.value.serialize(w)
    }
}

impl<S: Schema> Deserializable for Object<S> {
    #[inline]
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        S::registry().decode(r).map(Self::from)
    }
}

impl<S> WireSize for Object<S> {}

impl<S> TlText for Object<S> {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        self.value.write_tl(t)
    }
}

/// Debug output is the value's TL text: a registry value's Rust `Debug`
/// would cost a `Debug` implementation of every type of the schema.
impl<S> fmt::Debug for Object<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Object({})", crate::tl_text(self))
    }
}

/// Two objects are equal when they encode to the same bytes.
impl<S> PartialEq for Object<S> {
    fn eq(&self, other: &Self) -> bool {
        let bytes = |o: &Self| -> Result<Vec<u8>, EncodeError> { o.value.to_bytes() };
        self.id() == other.id() && bytes(self).ok() == bytes(other).ok()
    }
}
