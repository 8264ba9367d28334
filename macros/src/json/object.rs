//! Constructors and methods as JSON objects, and the generic code the DSL's
//! generated impls call: a line only lists its fields (see
//! `__tl_json_struct!`), the reading and writing is here.

use alloc::string::String;
use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::{AsJson, JsonSeed, TlJson};
use crate::text::Flag;
use crate::{Bare, LenCheck};

/// A constructor or method as a JSON object: what the DSL implements for
/// each line. `_` is handled here; the line lists its own fields.
pub trait JsonObject: Bare {
    /// The TL names of the fields that have a key (every field but the
    /// `flags:#` words), in schema order.
    const JSON_FIELDS: &'static [&'static str];

    /// Writes each field's entry (`_` is written before).
    fn write_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Reads the rest of an object whose `_` named this constructor (or
    /// is still to come): each key once, any order.
    fn read_fields<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// A boxed type's enum as a JSON object: which constructor `_` names.
pub trait JsonVariants: Sized {
    /// The TL type's name, for errors.
    const TL_TYPE: &'static str;

    /// The constructors' TL names, in the order of the enum.
    const NAMES: &'static [&'static str];

    /// Reads the fields of constructor `NAMES[index]`.
    fn read_variant<'de, A: MapAccess<'de>>(index: usize, map: A) -> Result<Self, A::Error>;
}

/// Writes a constructor or method: `_`, then its fields.
pub fn serialize_object<T: JsonObject, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(None)?;
    map.serialize_entry("_", T::NAME)?;
    value.write_fields(&mut map)?;
    map.end()
}

/// Reads constructor or method `T`.
pub fn deserialize_object<'de, T: JsonObject, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(MapVisitor::<T, ByFields>(PhantomData))
}

/// Reads a boxed type's enum `T`: `_` first picks the constructor; an
/// object whose `_` comes later is read into memory, then decoded.
pub fn deserialize_variants<'de, T: JsonVariants, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_map(MapVisitor::<T, ByName>(PhantomData))
}

/// How a JSON object becomes a `T`, and how an error names what was
/// expected.
trait ReadMap<T> {
    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result;
    fn read<'de, A: MapAccess<'de>>(map: A) -> Result<T, A::Error>;
}

/// A constructor or method: straight to its fields.
struct ByFields;

impl<T: JsonObject> ReadMap<T> for ByFields {
    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object of TL constructor `{}`", T::NAME)
    }
    fn read<'de, A: MapAccess<'de>>(map: A) -> Result<T, A::Error> {
        T::read_fields(map)
    }
}

/// A boxed type: `_` picks the constructor.
struct ByName;

impl<T: JsonVariants> ReadMap<T> for ByName {
    fn expecting(f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object of TL type `{}`, its constructor's name in `_`", T::TL_TYPE)
    }
    fn read<'de, A: MapAccess<'de>>(mut map: A) -> Result<T, A::Error> {
        match map.next_key::<String>()? {
            None => Err(de::Error::missing_field("_")),
            Some(key) if key == "_" => {
                let index = map.next_value_seed(NameSeed::<T>(PhantomData))?;
                T::read_variant(index, map)
            }
            Some(key) => super::dynamic::read_late_tag::<T, A>(key, map),
        }
    }
}

/// The one visitor of both kinds of object; `R` is which.
struct MapVisitor<T, R>(PhantomData<(T, R)>);

impl<'de, T, R: ReadMap<T>> Visitor<'de> for MapVisitor<T, R> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        R::expecting(f)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        R::read(map)
    }
}

/// Reads the value of `_` as the index of one of `T`'s constructors.
pub(super) struct NameSeed<T>(pub(super) PhantomData<T>);

impl<'de, T: JsonVariants> DeserializeSeed<'de> for NameSeed<T> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_str(self)
    }
}

impl<T: JsonVariants> Visitor<'_> for NameSeed<T> {
    type Value = usize;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the name of a constructor of TL type `{}`", T::TL_TYPE)
    }
    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        T::NAMES
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| E::custom(format_args!("`{name}` is not a constructor of TL type `{}`", T::TL_TYPE)))
    }
}

/// A key of constructor `T`'s object: one of its field names, or `_`.
/// Any other is an error naming the constructor.
pub struct Key<T>(PhantomData<T>);

impl<T> Key<T> {
    /// The key seed of `T`.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

impl<'de, T: JsonObject> DeserializeSeed<'de> for Key<T> {
    type Value = &'static str;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'static str, D::Error> {
        d.deserialize_str(self)
    }
}

impl<T: JsonObject> Visitor<'_> for Key<T> {
    type Value = &'static str;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a field name of TL constructor `{}`", T::NAME)
    }
    fn visit_str<E: de::Error>(self, key: &str) -> Result<&'static str, E> {
        if key == "_" {
            return Ok("_");
        }
        match T::JSON_FIELDS.iter().find(|f| **f == key) {
            Some(field) => Ok(field),
            None => Err(E::custom(format_args!("`{key}` is not a field of TL constructor `{}`", T::NAME))),
        }
    }
}

/// Reads a field's value into its slot; a second value is an error.
pub fn put<'de, T: TlJson, A: MapAccess<'de>>(
    slot: &mut Option<T>,
    map: &mut A,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value_seed(JsonSeed::<T>::new())?);
    Ok(())
}

/// Checks a `_` met among constructor `T`'s fields: it must name `T`.
pub fn tag<'de, T: JsonObject, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    let name: String = map.next_value()?;
    if name == T::NAME {
        Ok(())
    } else {
        Err(de::Error::custom(format_args!("`_` is `{name}` in an object of TL constructor `{}`", T::NAME)))
    }
}

/// A field every value has: an error when its key is missing.
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// A `flags.N?T` field: absent when its key is.
pub fn optional<T, E: de::Error>(slot: Option<T>, _name: &'static str) -> Result<Option<T>, E> {
    Ok(slot)
}

/// A `flags.N?true` field: unset when its key is absent.
pub fn flag<E: de::Error>(slot: Option<bool>, _name: &'static str) -> Result<bool, E> {
    Ok(slot.unwrap_or(false))
}

/// A value read from JSON, checked as encoding would check it: fields that
/// share a flag bit, lengths TL can carry.
pub fn checked<T: Bare, E: de::Error>(value: T) -> Result<T, E> {
    let mut check = LenCheck::default();
    let len = value.bare_len(&mut check);
    match check.finish(len) {
        Ok(_) => Ok(value),
        Err(problem) => Err(E::custom(format_args!("{}: {problem}", T::NAME))),
    }
}

/// One field of a constructor as written: a value, an optional value
/// (written when present) or a [`Flag`] (written when set). The JSON twin
/// of [`TlField`](crate::TlField).
pub trait JsonField {
    /// Writes `name: value` into `map`, or nothing when absent.
    fn write_field<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error>;
}

impl<T: TlJson> JsonField for T {
    #[inline]
    fn write_field<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error> {
        map.serialize_entry(name, &AsJson(self))
    }
}

impl<T: TlJson> JsonField for Option<T> {
    #[inline]
    fn write_field<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error> {
        match self {
            Some(v) => map.serialize_entry(name, &AsJson(v)),
            None => Ok(()),
        }
    }
}

impl JsonField for Flag {
    #[inline]
    fn write_field<M: SerializeMap>(&self, name: &'static str, map: &mut M) -> Result<(), M::Error> {
        if self.0 { map.serialize_entry(name, &true) } else { Ok(()) }
    }
}
