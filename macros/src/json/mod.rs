//! JSON, and any other serde format, for every declared value: the `serde`
//! feature. Without it nothing here is compiled.
//!
//! Every struct, enum and method the DSL declares implements
//! [`serde::Serialize`] and [`serde::Deserialize`], and so does
//! [`Object<S>`](crate::Object), which reads any constructor or method of
//! its schema by the TL name it carries.
//!
//! # The shape
//!
//! A value is a JSON object. Its key `_` is the constructor's TL name, and
//! each other key a field's TL name, in the order of the schema line:
//!
//! ```json
//! {"_": "contacts.addContact", "add_phone_privacy_exception": true,
//!  "id": {"_": "inputUser", "user_id": 5, "access_hash": "-7"},
//!  "first_name": "Ann", "last_name": "", "phone": "+1555"}
//! ```
//!
//! | TL | JSON |
//! |---|---|
//! | `int` | number |
//! | `long` | string of the decimal number (`"-7"`): JavaScript's numbers hold integers up to 2^53 exactly, and ids and access hashes use all 64 bits. Reading also takes a number |
//! | `double` | number; `"NaN"`, `"Infinity"` and `"-Infinity"` for what JSON's numbers cannot hold (a NaN's payload bits are not kept) |
//! | `string` | string |
//! | `bytes`, `int128`, `int256` | string, standard base64 with `=` padding (RFC 4648 §4) |
//! | `Bool` | `true` or `false` |
//! | `Vector<T>`, `vector<T>` | array |
//! | a boxed or bare type | object, with its `_` |
//! | `flags:#` | no key: the words are worked out from the fields |
//! | `flags.N?true` | `true` when set, no key when not |
//! | `flags.N?T` | the value when present, no key when absent |
//!
//! An [`Object`](crate::Object) holds a value whose type is known only at
//! run time; it is written through a `serde_json::Value`, whose keys are
//! sorted unless serde_json's `preserve_order` feature is on (the `tl`
//! tool turns it on), and read by the definition its `_` names in the
//! schema's registry.
//!
//! Reading checks what encoding checks: a missing field, an unknown or
//! repeated key, a `_` that names another constructor, fields that share a
//! flag bit but disagree (one present, one absent), a string longer than TL
//! can carry. Where the TL type is known only at run time (a boxed type's
//! enum), `_` should be the first key, as it is written; when it is not, the
//! object is read into memory first and then decoded, which costs a copy.
//!
//! ```
//! # mod types { #![allow(unused_imports)] use super::{enums, types}; tlwire_dsl::tl_constructor! { inputUser #0xd8292816 user_id:int access_hash:long = InputUser; } }
//! # mod enums { use super::types; tlwire_dsl::tl_type! { InputUser = inputUser; } }
//! fn main() {
//!     let user = types::InputUser { user_id: 5, access_hash: -7 };
//!     let json = serde_json::to_string(&user).unwrap();
//!     assert_eq!(json, r#"{"_":"inputUser","user_id":5,"access_hash":"-7"}"#);
//!     let back: enums::InputUser = serde_json::from_str(&json).unwrap();
//!     assert_eq!(back, user.into());
//! }
//! ```

mod base64;
mod dynamic;
mod object;
mod primitive;

use core::marker::PhantomData;

use serde::de::{Deserialize, DeserializeSeed, Deserializer};
use serde::ser::{Serialize, Serializer};

pub use base64::Invalid as InvalidBase64;
pub use dynamic::{FromJsonFn, JsonDyn, from_json_fn};
#[doc(hidden)]
pub use object::{
    JsonField, JsonObject, JsonVariants, Key, checked, deserialize_object, deserialize_variants, flag, optional, put,
    required, serialize_object, tag,
};

/// How a TL value is written to and read from a serde format, in the
/// shape above. Implemented for the primitives, vectors, every declared
/// type and [`Object`](crate::Object); declared types also implement
/// `Serialize` and `Deserialize` through it.
pub trait TlJson: Sized {
    /// Writes the value.
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error>;

    /// Reads a value.
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error>;

    /// Writes a vector of values: an array. `u8` overrides it, so that
    /// `bytes` (`Vec<u8>`) is base64.
    #[doc(hidden)]
    fn slice_to_json<S: Serializer>(items: &[Self], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(items.iter().map(AsJson))
    }

    /// Reads a vector of values (see [`slice_to_json`](Self::slice_to_json)).
    #[doc(hidden)]
    fn vec_from_json<'de, D: Deserializer<'de>>(d: D) -> Result<alloc::vec::Vec<Self>, D::Error> {
        d.deserialize_seq(primitive::SeqVisitor(PhantomData))
    }
}

/// A reference to a [`TlJson`] value as a `Serialize` one.
pub struct AsJson<'a, T>(pub &'a T);

impl<T: TlJson> Serialize for AsJson<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.to_json(s)
    }
}

/// Reads a [`TlJson`] value where serde asks for a seed.
pub struct JsonSeed<T>(PhantomData<T>);

impl<T> JsonSeed<T> {
    /// The seed of `T`.
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

impl<T> Default for JsonSeed<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<'de, T: TlJson> DeserializeSeed<'de> for JsonSeed<T> {
    type Value = T;
    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::from_json(d)
    }
}

/// A [`TlJson`] value as an owned `Deserialize` one.
pub struct FromJson<T>(pub T);

impl<'de, T: TlJson> Deserialize<'de> for FromJson<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::from_json(d).map(FromJson)
    }
}
