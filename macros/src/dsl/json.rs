//! What a line and a boxed type add with the `serde` feature: the list of
//! their fields and constructors, for the generic code of `crate::json`.
//! Without the feature each macro expands to nothing, so nothing of serde
//! is compiled; the feature is this crate's, whatever crate the line is in.

/// A line's JSON: `JsonObject` (its fields, read and written by name),
/// `TlJson`, `Serialize`, `Deserialize`. A field arrives as
/// `(rust_name tl_name [type tokens])`, stored fields only.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_struct {
    ($item:ident [$($x:ident)?] [$(($f:ident $tl:ident [$($ty:tt)*]))*]) => {
        impl $(<$x: $crate::TlValue + $crate::json::TlJson>)? $crate::json::JsonObject for $item $(<$x>)? {
            const JSON_FIELDS: &'static [&'static str] = &[$(stringify!($tl)),*];
            fn write_fields<M: $crate::__private::serde::ser::SerializeMap>(
                &self,
                map: &mut M,
            ) -> $crate::__private::Result<(), M::Error> {
                $( $crate::json::JsonField::write_field($crate::__tl_json_field!(@value self $f [$($ty)*]), stringify!($tl), map)?; )*
                $crate::__private::Ok(())
            }
            #[allow(non_snake_case)]
            fn read_fields<'de, A: $crate::__private::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> $crate::__private::Result<Self, A::Error> {
                $( let mut $f = $crate::__private::None; )*
                while let $crate::__private::Some(key) = map.next_key_seed($crate::json::Key::<Self>::new())? {
                    match key {
                        $( stringify!($tl) => $crate::json::put(&mut $f, &mut map, stringify!($tl))?, )*
                        _ => $crate::json::tag::<Self, A>(&mut map)?,
                    }
                }
                $( let $f: $crate::__private::Result<_, A::Error> = $crate::__tl_json_field!(@take [$($ty)*])($f, stringify!($tl)); )*
                $crate::json::checked(Self { $($f: $f?),* })
            }
        }
        impl $(<$x: $crate::TlValue + $crate::json::TlJson>)? $crate::json::TlJson for $item $(<$x>)? {
            fn to_json<S: $crate::__private::serde::Serializer>(&self, s: S) -> $crate::__private::Result<S::Ok, S::Error> {
                $crate::json::serialize_object(self, s)
            }
            fn from_json<'de, D: $crate::__private::serde::Deserializer<'de>>(d: D) -> $crate::__private::Result<Self, D::Error> {
                $crate::json::deserialize_object(d)
            }
        }
        $crate::__tl_json_serde! { [$($x: $crate::TlValue + $crate::json::TlJson)?] $item [$($x)?] }
    };
}

/// A boxed type's JSON: `JsonVariants` (its constructors by name),
/// `TlJson`, `Serialize`, `Deserialize`.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_enum {
    ($t:ident [$tlname:expr] [$(($v:ident [$($path:tt)*]))+]) => {
        impl $crate::json::JsonVariants for $t {
            const TL_TYPE: &'static str = $tlname;
            const NAMES: &'static [&'static str] = &[$(<$($path)* as $crate::Identifiable>::NAME),+];
            fn read_variant<'de, A: $crate::__private::serde::de::MapAccess<'de>>(
                index: $crate::__private::usize,
                map: A,
            ) -> $crate::__private::Result<Self, A::Error> {
                // The constructors in the order of `NAMES`.
                let mut left = index;
                $(
                    if left == 0 {
                        return <$($path)* as $crate::json::JsonObject>::read_fields(map)
                            .map(|v| Self::$v($crate::__private::From::from(v)));
                    }
                    left -= 1;
                )+
                let _ = left;
                $crate::__private::Err($crate::__private::serde::de::Error::custom("no such constructor"))
            }
        }
        impl $crate::json::TlJson for $t {
            fn to_json<S: $crate::__private::serde::Serializer>(&self, s: S) -> $crate::__private::Result<S::Ok, S::Error> {
                match self { $( Self::$v(v) => $crate::json::serialize_object::<$($path)*, S>(v, s), )+ }
            }
            fn from_json<'de, D: $crate::__private::serde::Deserializer<'de>>(d: D) -> $crate::__private::Result<Self, D::Error> {
                $crate::json::deserialize_variants(d)
            }
        }
        $crate::__tl_json_serde! { [] $t [] }
    };
}

/// `Serialize` and `Deserialize` through `TlJson`.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_serde {
    ([$($bounds:tt)*] $t:ident [$($x:ident)?]) => {
        impl<$($bounds)*> $crate::__private::serde::Serialize for $t $(<$x>)? {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, s: S) -> $crate::__private::Result<S::Ok, S::Error> {
                $crate::json::TlJson::to_json(self, s)
            }
        }
        impl<'de, $($bounds)*> $crate::__private::serde::Deserialize<'de> for $t $(<$x>)? {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(d: D) -> $crate::__private::Result<Self, D::Error> {
                $crate::json::TlJson::from_json(d)
            }
        }
    };
}

/// One field's part: `@value`, what `write_field` takes (a `flags.N?true`
/// field as a [`Flag`](crate::Flag)); `@take`, what a missing key means.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_field {
    (@value $s:ident $f:ident [$c:ident . $bit:literal ? true]) => {
        &$crate::Flag($s.$f)
    };
    (@value $s:ident $f:ident [$($t:tt)+]) => {
        &$s.$f
    };
    (@take [$c:ident . $bit:literal ? true]) => {
        $crate::json::flag
    };
    (@take [$c:ident . $bit:literal ? $($t:tt)+]) => {
        $crate::json::optional
    };
    (@take [$($t:tt)+]) => {
        $crate::json::required
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_struct {
    ($($t:tt)*) => {};
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_json_enum {
    ($($t:tt)*) => {};
}
