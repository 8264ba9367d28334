//! `tl_type!`: a boxed type as an enum over its constructors.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_types {
    (@each $(
        $(#[doc = $doc:expr])*
        $t:ident $(. $t2:ident)? = $( $(#[boxed] $bc:ident $(. $bc2:ident)?)? $($c:ident $(. $c2:ident)?)? )|+ ;
    )*) => {$(
        $crate::__tl_enum! {
            [$t $(. $t2)?] [concat!(stringify!($t) $(, ".", stringify!($t2))?)] [$(#[doc = $doc])*]
            [$(([$($bc $(. $bc2)?)?] [$($c $(. $c2)?)?]))+]
        }
    )*};
    // The names of the call's types as TL spells them, and its
    // constructors' poison names, in a module named after its first type
    // and glob-imported: an enum of the same name shadows its alias.
    ($(#[doc = $d:expr])* $first:ident $(. $first2:ident)? = $($rest:tt)*) => {
        $crate::__private::paste! {
            #[doc(hidden)]
            #[allow(non_camel_case_types, dead_code, deprecated)]
            mod [<__tl_names_ $first $(_ $first2)?>] {
                $crate::__tl_names! { $first $(. $first2)? = $($rest)* }
            }
            #[doc(hidden)]
            #[allow(unused_imports)]
            pub use self::[<__tl_names_ $first $(_ $first2)?>]::*;
        }
        $crate::__tl_types! { @each $(#[doc = $d])* $first $(. $first2)? = $($rest)* }
    };
    () => {};
}

/// The module of a `tl_type!` call's names: each type's TL name, an alias
/// of its enum, so that a field names `enums::ResPQ` as the `.tl` file
/// does; each constructor's name, a deprecated alias whose note tells to
/// write `%name` (a field type `username` without `%` would otherwise be
/// read boxed). The poison is uninhabited and never decodes, so no value
/// is written even where the lint is capped.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_names {
    ($(
        $(#[doc = $doc:expr])*
        $t:ident $(. $t2:ident)? = $( $(#[boxed] $bc:ident $(. $bc2:ident)?)? $($c:ident $(. $c2:ident)?)? )|+ ;
    )*) => {$(
        $crate::__tl_name_aliases! { [$t $(. $t2)?] [$(([$($bc $(. $bc2)?)?] [$($c $(. $c2)?)?]))+] }
    )*};
}

/// One type's names (see `__tl_names!`): an alias by its last segment,
/// and a poison alias per constructor. TL's builtin `true` (`True = true`)
/// is a keyword, and a field typed `true` is never a path: no poison.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_name_aliases {
    ([$t:ident] [([] [true])]) => { $crate::__private::paste! { pub type $t = super::[<$t:camel>]; } };
    ([$t:ident] $ctors:tt) => { $crate::__tl_name_aliases! { @ $t [stringify!($t)] $ctors } };
    ([$tns:ident . $t:ident] $ctors:tt) => {
        $crate::__tl_name_aliases! { @ $t [concat!(stringify!($tns), ".", stringify!($t))] $ctors }
    };
    (@ $t:ident [$tname:expr] [$(([$($b:ident)?] [$($i:ident)?]))+]) => { $crate::__private::paste! {
        pub type $t = super::[<$t:camel>];
        $(
            #[deprecated = concat!(
                "tlwire: `", stringify!($($b)? $($i)?), "` is a constructor, and a lowercase field type is a bare constructor ",
                "(no id on the wire), which the DSL writes with `%`: write `%", stringify!($($b)? $($i)?),
                "`, or its boxed type `", $tname, "`"
            )]
            pub(crate) type $($b)? $($i)? = $crate::schema::LowercaseType;
        )+
    }};
    (@ $t:ident [$tname:expr] [$(([$($bns:ident . $b:ident)?] [$($ins:ident . $i:ident)?]))+]) => { $crate::__private::paste! {
        pub type $t = super::[<$t:camel>];
        $(
            #[deprecated = concat!(
                "tlwire: `", $(stringify!($bns), ".", stringify!($b),)? $(stringify!($ins), ".", stringify!($i),)?
                "` is a constructor, and a lowercase field type is a bare constructor (no id on the wire), ",
                "which the DSL writes with `%`: write `%", $(stringify!($bns), ".", stringify!($b),)?
                $(stringify!($ins), ".", stringify!($i),)? "`, or its boxed type `", $tname, "`"
            )]
            pub(crate) type $($b)? $($i)? = $crate::schema::LowercaseType;
        )+
    }};
}

/// Resolves the enum's name and each constructor's path, then emits. A
/// constructor arrives as `([boxed] [])` or `([] [inline])`.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum {
    ([$t:ident] $($rest:tt)*) => { $crate::__tl_enum_paths! { $t $($rest)* } };
    ([$tns:ident . $t:ident] $($rest:tt)*) => { $crate::__tl_enum_paths! { $t $($rest)* } };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum_paths {
    ($t:ident $tlname:tt $doc:tt [$(([$($b:ident)?] [$($i:ident)?]))+]) => { $crate::__private::paste! {
        $crate::__tl_enum_item! { [<$t:camel>] [<$t:camel Ref>] $tlname $doc [$(($($b)? $($i)? [<$($b)? $($i)? :camel>] [types::[<$($b)? $($i)? :camel>]] [$($b)?]))+] }
    }};
    ($t:ident $tlname:tt $doc:tt [$(([$($bns:ident . $b:ident)?] [$($ins:ident . $i:ident)?]))+]) => { $crate::__private::paste! {
        $crate::__tl_enum_item! { [<$t:camel>] [<$t:camel Ref>] $tlname $doc [$(($($b)? $($i)? [<$($b)? $($i)? :camel>] [types::$($bns)? $($ins)?::[<$($b)? $($i)? :camel>]] [$($b)?]))+] }
    }};
}

/// A variant's payload: the constructor's struct, or a `Box` of it.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_variant {
    ([] $($path:tt)*) => { $($path)* };
    ([$boxed:ident] $($path:tt)*) => { $crate::__private::Box<$($path)*> };
}

/// Reads a variant's payload: the constructor, or the constructor boxed.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_read_variant {
    ([] $($path:tt)*) => { $crate::__private::read_nested::<$($path)*> };
    ([$boxed:ident] $($path:tt)*) => { $crate::__private::read_boxed::<$($path)*> };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum_item {
    ($t:ident $tref:ident [$tlname:expr] [$($doc:tt)*] [$(($c:ident $v:ident [$($path:tt)*] [$($boxed:ident)?]))+]) => {
        $crate::__tl_ref_enum! { $t $tref [$tlname] [$(($c $v [$($path)*] [$($boxed)?]))+] }
        $($doc)*
        #[doc = concat!("\n\nTL type `", $tlname, "`: one of its constructors (large or recursive ones behind a `Box`).")]
        #[derive(Debug, Clone, PartialEq)]
        pub enum $t {
            $(
                #[doc = concat!("[`", stringify!($c), "`](", stringify!($($path)*), ")")]
                $v($crate::__tl_variant!([$($boxed)?] $($path)*)),
            )+
        }

        const _: () = $crate::__private::core::assert!(
            $crate::__private::core::mem::size_of::<$t>() <= $crate::__private::MAX_ENUM_SIZE,
            concat!("tlwire: the enum of `", $tlname, "` is larger than 64 bytes; mark its large constructors `#[boxed]`")
        );

        const _: () = {
            $( $crate::schema::check_result(<$($path)* as $crate::Identifiable>::SCHEMA.dsl(), $tlname); )+

            impl $t {
                /// The constructor id of the value's constructor.
                #[inline]
                pub fn constructor_id(&self) -> u32 {
                    $crate::registry::Constructed::constructor(self).0
                }
                /// The TL name of the value's constructor.
                #[inline]
                pub fn constructor_name(&self) -> &'static str {
                    $crate::registry::Constructed::constructor(self).1
                }
            }

            impl $crate::registry::Constructed for $t {
                #[inline]
                fn constructor(&self) -> (u32, &'static str) {
                    match self { $(
                        Self::$v(_) => (
                            <$($path)* as $crate::Identifiable>::CONSTRUCTOR_ID,
                            <$($path)* as $crate::Identifiable>::NAME,
                        ),
                    )+ }
                }
            }

            impl $crate::Serializable for $t {
                #[inline]
                fn measure(&self, check: &mut $crate::LenCheck) -> $crate::__private::usize {
                    match self { $( Self::$v(v) => <$($path)* as $crate::Serializable>::measure(v, check), )+ }
                }
                #[inline]
                fn serialize<'a>(&self, w: $crate::Writer<'a>) -> $crate::Writer<'a> {
                    match self { $( Self::$v(v) => <$($path)* as $crate::Serializable>::serialize(v, w), )+ }
                }
            }

            impl $crate::Deserializable for $t {
                fn deserialize(r: &mut $crate::Reader<'_>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    let at = r.offset();
                    let id = r.read_u32()?;
                    $crate::__private::Ok(match id {
                        $(
                            <$($path)* as $crate::Identifiable>::CONSTRUCTOR_ID =>
                                Self::$v($crate::__tl_read_variant!([$($boxed)?] $($path)*)(r, at)?),
                        )+
                        _ => return $crate::__private::Err($crate::__private::unknown(at, id, $tlname)),
                    })
                }
                $crate::__tl_enum_push! { $tlname, [$(($v [$($path)*] [$($boxed)?]))+] }
            }

            impl $crate::codec::WireSize for $t {}

            $crate::__tl_json_enum! { $t [$tlname] [$(($v [$($path)*]))+] }

            impl $crate::TlText for $t {
                #[inline]
                fn write_tl(&self, t: &mut $crate::TextWriter<'_>) -> $crate::__private::fmt::Result {
                    match self { $( Self::$v(v) => <$($path)* as $crate::TlText>::write_tl(v, t), )+ }
                }
            }

            $(
                impl $crate::__private::From<$($path)*> for $t {
                    #[inline]
                    fn from(v: $($path)*) -> Self {
                        Self::$v($crate::__private::From::from(v))
                    }
                }

                impl $crate::__private::TryFrom<$t> for $($path)* {
                    /// The value itself, when it holds another constructor.
                    type Error = $t;
                    #[inline]
                    fn try_from(v: $t) -> $crate::__private::Result<Self, $t> {
                        #[allow(unreachable_patterns)]
                        match v {
                            $t::$v(x) => $crate::__private::Ok($crate::__private::Unbox::unbox(x)),
                            other => $crate::__private::Err(other),
                        }
                    }
                }
            )+
        };
    };
}

/// A vector element of a type whose constructors are all stored inline is
/// pushed in the arm that read it, straight from registers. Returned
/// instead, it is stored field by field and at once copied into the vector
/// with wide loads that span those stores, which the CPU cannot forward:
/// a stall per element (updateShortMessage with 18 entities: 28-37 % of its
/// decoding time). A type with boxed constructors keeps the default
/// (decode, then push): its elements are mostly pointers, and its dispatch
/// is too large to be worth a second copy.
///
/// `#[inline]`, so that it is compiled only where a vector of the type is
/// read, into that loop: the lib's LLVM IR grows 3 % (10.5 % when compiled
/// for every such type).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum_push {
    // Spelled out, not shared with `deserialize` through a generic helper:
    // the ids in a generic function's patterns are evaluated again under
    // its bounds (measured: const evaluation of the layer 1.8 s -> 4.1 s).
    ($tlname:expr, [$(($v:ident [$($path:tt)*] []))+]) => {
        #[inline]
        fn deserialize_push(
            r: &mut $crate::Reader<'_>,
            out: &mut $crate::__private::Vec<Self>,
        ) -> $crate::__private::Result<(), $crate::DecodeError> {
            let at = r.offset();
            let id = r.read_u32()?;
            match id {
                $(
                    <$($path)* as $crate::Identifiable>::CONSTRUCTOR_ID =>
                        out.push(Self::$v($crate::__private::read_nested::<$($path)*>(r, at)?)),
                )+
                _ => return $crate::__private::Err($crate::__private::unknown(at, id, $tlname)),
            }
            $crate::__private::Ok(())
        }
    };
    ($tlname:expr, $variants:tt) => {};
}
