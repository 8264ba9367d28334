//! Keyword tables: a field's TL type to its Rust type (`__tl_ty!`) and to its
//! codec (`__tl_codec!`). One rule per keyword, no recursion beyond the
//! nesting of the type itself (`Vector<…>`, `flags.N?…`).
//!
//! Type tokens arrive normalized by the line parser: a vector's element is
//! wrapped in parentheses (`Vector < (long) >`), a generic `!X` is `(!X)`.
//! Boxed types resolve as `enums::…` and bare constructors (`%name`) as
//! `types::…`, at the call site: the declaring module has `enums` and
//! `types` modules in scope.

/// Rust type of a TL type.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ty {
    ($c:ident . $bit:literal ? true) => { $crate::__private::core::primitive::bool };
    ($c:ident . $bit:literal ? $($t:tt)+) => { $crate::__private::core::option::Option<$crate::__tl_ty!($($t)+)> };
    (int) => { $crate::__private::core::primitive::i32 };
    (long) => { $crate::__private::core::primitive::i64 };
    (string) => { $crate::__private::String };
    (Bool) => { $crate::__private::core::primitive::bool };
    (Vector < $e:tt >) => { $crate::__private::Vec<$crate::__tl_ty! $e> };
    (bytes) => { $crate::__private::Vec<$crate::__private::core::primitive::u8> };
    (double) => { $crate::__private::core::primitive::f64 };
    (int128) => { [$crate::__private::core::primitive::u8; 16] };
    (int256) => { [$crate::__private::core::primitive::u8; 32] };
    (vector < $e:tt >) => { $crate::__private::Vec<$crate::__tl_ty! $e> };
    (true) => { $crate::__private::core::primitive::bool };
    ((! $x:ident)) => { $x };
    (% $t:ident) => { $crate::__private::paste! { types::[<$t:camel>] } };
    (% $ns:ident . $t:ident) => { $crate::__private::paste! { types::$ns::[<$t:camel>] } };
    ($ns:ident . $t:ident) => { $crate::__private::paste! { enums::$ns::[<$t:camel>] } };
    ($t:ident) => { $crate::__private::paste! { enums::[<$t:camel>] } };
}

/// Codec of a TL type (see `codec`): how the field is written and read.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_codec {
    (#) => { $crate::codec::FlagsWord };
    ($c:ident . $bit:literal ? true) => { $crate::codec::Unused };
    ($c:ident . $bit:literal ? $($t:tt)+) => { $crate::codec::Optional<$crate::__tl_codec!($($t)+)> };
    ((! $x:ident)) => { $crate::codec::GenericQuery };
    (bytes) => { $crate::codec::Bytes };
    (Vector < $e:tt >) => { $crate::codec::Vector<$crate::__tl_codec! $e> };
    (vector < $e:tt >) => { $crate::codec::BareVector<$crate::__tl_codec! $e> };
    (% $($t:tt)+) => { $crate::codec::BareOf<$crate::__tl_ty!(% $($t)+)> };
    ($($t:tt)+) => { $crate::codec::Boxed<$crate::__tl_ty!($($t)+)> };
}

/// Doc-link target of a related page: `constructor c` → `types::C`,
/// `method m` → `functions::M`.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_link {
    (constructor $c:ident) => { $crate::__private::paste!(stringify!(types::[<$c:camel>])) };
    (constructor $ns:ident . $c:ident) => { $crate::__private::paste!(stringify!(types::$ns::[<$c:camel>])) };
    (method $c:ident) => { $crate::__private::paste!(stringify!(functions::[<$c:camel>])) };
    (method $ns:ident . $c:ident) => { $crate::__private::paste!(stringify!(functions::$ns::[<$c:camel>])) };
}
