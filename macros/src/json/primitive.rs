//! [`TlJson`] of the primitives and of vectors.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Unexpected, Visitor};
use serde::ser::Serializer;

use super::{JsonSeed, TlJson, base64};

/// `int`, `Bool` and `string` are what serde makes of `i32`, `bool` and
/// `String`.
macro_rules! as_serde {
    ($($ty:ty),*) => {$(
        impl TlJson for $ty {
            fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serde::Serialize::serialize(self, s)
            }
            fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                <$ty>::deserialize(d)
            }
        }
    )*};
}

as_serde!(i32, bool, String);

/// `long` is a string: see the module's table.
impl TlJson for i64 {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Scalar(PhantomData))
    }
}

/// `double` is a number, or one of three strings for what JSON's numbers
/// cannot hold.
impl TlJson for f64 {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_finite() {
            s.serialize_f64(*self)
        } else if self.is_nan() {
            s.serialize_str("NaN")
        } else if *self > 0.0 {
            s.serialize_str("Infinity")
        } else {
            s.serialize_str("-Infinity")
        }
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(Scalar(PhantomData))
    }
}

/// What `long` and `double` make of each kind of JSON scalar; `None`
/// refuses it, and the error quotes the scalar and [`Self::EXPECTING`].
trait FromScalar: Sized {
    const EXPECTING: &'static str;
    fn from_i64(v: i64) -> Option<Self>;
    fn from_u64(v: u64) -> Option<Self>;
    fn from_f64(v: f64) -> Option<Self>;
    fn from_str(v: &str) -> Option<Self>;
}

impl FromScalar for i64 {
    const EXPECTING: &'static str = "a TL long: a decimal integer that fits 64 bits, as a string or a number";
    fn from_i64(v: i64) -> Option<i64> {
        Some(v)
    }
    fn from_u64(v: u64) -> Option<i64> {
        i64::try_from(v).ok()
    }
    fn from_f64(_: f64) -> Option<i64> {
        None
    }
    fn from_str(v: &str) -> Option<i64> {
        v.parse().ok()
    }
}

impl FromScalar for f64 {
    const EXPECTING: &'static str = "a TL double: a number, \"NaN\", \"Infinity\" or \"-Infinity\"";
    fn from_i64(v: i64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_u64(v: u64) -> Option<f64> {
        Some(v as f64)
    }
    fn from_f64(v: f64) -> Option<f64> {
        Some(v)
    }
    fn from_str(v: &str) -> Option<f64> {
        match v {
            "NaN" => Some(f64::NAN),
            "Infinity" => Some(f64::INFINITY),
            "-Infinity" => Some(f64::NEG_INFINITY),
            _ => None,
        }
    }
}

/// Reads a JSON scalar as `T`: one visitor for `long` and `double`.
struct Scalar<T>(PhantomData<T>);

impl<T: FromScalar> Visitor<'_> for Scalar<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        T::from_i64(v).ok_or_else(|| E::invalid_value(Unexpected::Signed(v), &self))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        T::from_u64(v).ok_or_else(|| E::invalid_value(Unexpected::Unsigned(v), &self))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        T::from_f64(v).ok_or_else(|| E::invalid_value(Unexpected::Float(v), &self))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::from_str(v).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }
}

/// Reads base64 (see [`base64::decode`]).
struct Base64;

impl Visitor<'_> for Base64 {
    type Value = Vec<u8>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("binary data as a string of padded standard base64")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Vec<u8>, E> {
        base64::decode(v).map_err(E::custom)
    }
}

/// Only ever written as part of `bytes` (`Vec<u8>`), which is base64.
impl TlJson for u8 {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(*self)
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        u8::deserialize(d)
    }
    fn slice_to_json<S: Serializer>(items: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::encode(items))
    }
    fn vec_from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        d.deserialize_str(Base64)
    }
}

/// `int128` and `int256`: base64 of their bytes.
impl<const N: usize> TlJson for [u8; N] {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::encode(self))
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bytes = d.deserialize_str(Base64)?;
        let len = bytes.len();
        bytes.try_into().map_err(|_| de::Error::invalid_length(len, &Bytes(N)))
    }
}

/// What a fixed-size array expects, for its length error.
struct Bytes(usize);

impl de::Expected for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} bytes ({}-bit integer)", self.0, self.0 * 8)
    }
}

impl<T: TlJson> TlJson for Vec<T> {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        T::slice_to_json(self, s)
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::vec_from_json(d)
    }
}

impl<T: TlJson> TlJson for Box<T> {
    fn to_json<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).to_json(s)
    }
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::from_json(d).map(Box::new)
    }
}

/// Reads an array of `T`.
pub(super) struct SeqVisitor<T>(pub(super) PhantomData<T>);

impl<'de, T: TlJson> Visitor<'de> for SeqVisitor<T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array (a TL vector)")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // A hint, not a promise: at most 4096 slots ahead of what is read.
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element_seed(JsonSeed::<T>::new())? {
            out.push(item);
        }
        Ok(out)
    }
}
