//! JSON of values whose type is known only at run time: [`Object<S>`],
//! whose `_` is looked up in its schema's registry, and enums whose `_`
//! comes after other keys. Both go through `serde_json::Value`.

use alloc::boxed::Box;
use alloc::string::String;

use serde::de::value::MapDeserializer;
use serde::de::{self, Deserialize, Deserializer, MapAccess};
use serde::ser::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::object::JsonVariants;
use super::{AsJson, JsonObject, TlJson};
use crate::Object;
use crate::registry::{DynValue, Schema};

/// Reads a definition's fields, `_` taken out, into the value its
/// registry holds: what [`Definition::from_json`](crate::registry::Definition::from_json) points at.
pub type FromJsonFn = fn(Map<String, Value>) -> Result<Box<dyn DynValue>, serde_json::Error>;

/// A value's JSON through `dyn DynValue`: what lets [`Object`] write
/// whatever it holds.
pub trait JsonDyn {
    /// The value as a JSON tree.
    fn to_json_value(&self) -> Result<Value, serde_json::Error>;
}

impl<T: TlJson> JsonDyn for T {
    fn to_json_value(&self) -> Result<Value, serde_json::Error> {
        serde_json::to_value(AsJson(self))
    }
}

/// The fields of `T`, held as `D` (its boxed type's enum, or itself).
pub fn from_json_fn<T: JsonObject, D: DynValue + From<T>>(
    fields: Map<String, Value>,
) -> Result<Box<dyn DynValue>, serde_json::Error> {
    let value = T::read_fields(MapDeserializer::new(fields.into_iter()))?;
    Ok(Box::new(D::from(value)))
}

/// An object of a boxed type whose first key, `key`, is not `_`: the rest
/// is read into memory, then decoded by the `_` found there.
pub(super) fn read_late_tag<'de, T: JsonVariants, A: MapAccess<'de>>(key: String, mut map: A) -> Result<T, A::Error> {
    let mut fields = Map::new();
    let first: Value = map.next_value()?;
    fields.insert(key, first);
    while let Some(key) = map.next_key::<String>()? {
        let value: Value = map.next_value()?;
        if fields.insert(key.clone(), value).is_some() {
            return Err(de::Error::custom(format_args!("key `{key}` appears twice")));
        }
    }
    let name = take_name(&mut fields)?;
    let Some(index) = T::NAMES.iter().position(|n| *n == name) else {
        return Err(de::Error::custom(format_args!("`{name}` is not a constructor of TL type `{}`", T::TL_TYPE)));
    };
    T::read_variant(index, MapDeserializer::new(fields.into_iter())).map_err(de::Error::custom)
}

/// The TL name in `_`, taken out of the object's fields.
fn take_name<E: de::Error>(fields: &mut Map<String, Value>) -> Result<String, E> {
    match fields.remove("_") {
        Some(Value::String(name)) => Ok(name),
        Some(other) => Err(E::custom(format_args!("`_` is {other}, not a TL name"))),
        None => Err(E::missing_field("_")),
    }
}

/// Written as what it holds.
impl<S> TlJson for Object<S>
where
    S: Schema,
{
    fn to_json<Ser: Serializer>(&self, s: Ser) -> Result<Ser::Ok, Ser::Error> {
        let value = self.as_dyn().to_json_value().map_err(serde::ser::Error::custom)?;
        value.serialize(s)
    }

    /// Read by the definition its `_` names, looked up in `S`'s registry
    /// (the first table that declares the name wins, as for ids).
    fn from_json<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut fields = Map::<String, Value>::deserialize(d)?;
        let name = take_name(&mut fields)?;
        let definition = S::registry()
            .lookup_name(&name)
            .ok_or_else(|| de::Error::custom(format_args!("`{name}` is no definition of this schema")))?;
        let read =
            definition.from_json.ok_or_else(|| de::Error::custom(format_args!("`{name}` has no object of its own")))?;
        read(fields).map(Object::from).map_err(de::Error::custom)
    }
}

impl<S: Schema> Serialize for Object<S> {
    fn serialize<Ser: Serializer>(&self, s: Ser) -> Result<Ser::Ok, Ser::Error> {
        self.to_json(s)
    }
}

impl<'de, S: Schema> Deserialize<'de> for Object<S> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Self::from_json(d)
    }
}
