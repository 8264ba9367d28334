//! Keyword tables: a field's TL type to its Rust type (`__tl_ty!`) and to its
//! codec (`__tl_codec!`). One rule per keyword, no recursion beyond the
//! nesting of the type itself (`Vector<…>`, `flags.N?…`).
//!
//! Type tokens arrive normalized by the line parser: a vector's element is
//! wrapped in parentheses (`Vector < (long) >`), a generic `!X` is `(!X)`,
//! a bare type outside a vector `(%name)`.
//!
//! A boxed type resolves as `enums::T` with `T` the user's own token, not a
//! camel-cased copy: a misspelt type is rustc's "cannot find type" at the
//! line that misspells it, and a lowercase name (a constructor written
//! without `%`) never names an enum. `tl_type!` makes the TL spelling of
//! each type a name in its module (`enums::ResPQ` for the enum `ResPq`),
//! and each constructor it lists a deprecated poison name (`enums::username`)
//! whose deprecation note is the error. Bare constructors (`%name`) resolve
//! as `types::Name`. Both at the call site: the declaring module has
//! `enums` and `types` modules in scope.

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
    ((% $($t:tt)+)) => { $crate::__tl_ty!(% $($t)+) };
    // A Rust keyword cannot end a path (`enums::fn`): the codec's rule for
    // it is the error, the field a type that needs no other.
    (Self) => { $crate::schema::LowercaseType };
    (self) => { $crate::schema::LowercaseType };
    (super) => { $crate::schema::LowercaseType };
    (crate) => { $crate::schema::LowercaseType };
    (as) => { $crate::schema::LowercaseType };
    (async) => { $crate::schema::LowercaseType };
    (await) => { $crate::schema::LowercaseType };
    (break) => { $crate::schema::LowercaseType };
    (const) => { $crate::schema::LowercaseType };
    (continue) => { $crate::schema::LowercaseType };
    (dyn) => { $crate::schema::LowercaseType };
    (else) => { $crate::schema::LowercaseType };
    (enum) => { $crate::schema::LowercaseType };
    (extern) => { $crate::schema::LowercaseType };
    (false) => { $crate::schema::LowercaseType };
    (fn) => { $crate::schema::LowercaseType };
    (for) => { $crate::schema::LowercaseType };
    (gen) => { $crate::schema::LowercaseType };
    (if) => { $crate::schema::LowercaseType };
    (impl) => { $crate::schema::LowercaseType };
    (in) => { $crate::schema::LowercaseType };
    (let) => { $crate::schema::LowercaseType };
    (loop) => { $crate::schema::LowercaseType };
    (match) => { $crate::schema::LowercaseType };
    (mod) => { $crate::schema::LowercaseType };
    (move) => { $crate::schema::LowercaseType };
    (mut) => { $crate::schema::LowercaseType };
    (pub) => { $crate::schema::LowercaseType };
    (ref) => { $crate::schema::LowercaseType };
    (return) => { $crate::schema::LowercaseType };
    (static) => { $crate::schema::LowercaseType };
    (struct) => { $crate::schema::LowercaseType };
    (trait) => { $crate::schema::LowercaseType };
    (try) => { $crate::schema::LowercaseType };
    (type) => { $crate::schema::LowercaseType };
    (unsafe) => { $crate::schema::LowercaseType };
    (use) => { $crate::schema::LowercaseType };
    (where) => { $crate::schema::LowercaseType };
    (while) => { $crate::schema::LowercaseType };
    (abstract) => { $crate::schema::LowercaseType };
    (become) => { $crate::schema::LowercaseType };
    (box) => { $crate::schema::LowercaseType };
    (do) => { $crate::schema::LowercaseType };
    (final) => { $crate::schema::LowercaseType };
    (macro) => { $crate::schema::LowercaseType };
    (override) => { $crate::schema::LowercaseType };
    (priv) => { $crate::schema::LowercaseType };
    (typeof) => { $crate::schema::LowercaseType };
    (unsized) => { $crate::schema::LowercaseType };
    (virtual) => { $crate::schema::LowercaseType };
    (yield) => { $crate::schema::LowercaseType };
    ($ns:ident . $t:ident) => { enums::$ns::$t };
    ($t:ident) => { enums::$t };
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
    ((% $($t:tt)+)) => { $crate::codec::BareOf<$crate::__tl_ty!(% $($t)+)> };
    // The primitives, before the keywords' rules.
    (int) => { $crate::codec::Boxed<$crate::__private::core::primitive::i32> };
    (long) => { $crate::codec::Boxed<$crate::__private::core::primitive::i64> };
    (string) => { $crate::codec::Boxed<$crate::__private::String> };
    (Bool) => { $crate::codec::Boxed<$crate::__private::core::primitive::bool> };
    (Self) => { $crate::__tl_keyword_type!(Self) };
    (self) => { $crate::__tl_keyword_type!(self) };
    (super) => { $crate::__tl_keyword_type!(super) };
    (crate) => { $crate::__tl_keyword_type!(crate) };
    (as) => { $crate::__tl_keyword_type!(as) };
    (async) => { $crate::__tl_keyword_type!(async) };
    (await) => { $crate::__tl_keyword_type!(await) };
    (break) => { $crate::__tl_keyword_type!(break) };
    (const) => { $crate::__tl_keyword_type!(const) };
    (continue) => { $crate::__tl_keyword_type!(continue) };
    (dyn) => { $crate::__tl_keyword_type!(dyn) };
    (else) => { $crate::__tl_keyword_type!(else) };
    (enum) => { $crate::__tl_keyword_type!(enum) };
    (extern) => { $crate::__tl_keyword_type!(extern) };
    (false) => { $crate::__tl_keyword_type!(false) };
    (fn) => { $crate::__tl_keyword_type!(fn) };
    (for) => { $crate::__tl_keyword_type!(for) };
    (gen) => { $crate::__tl_keyword_type!(gen) };
    (if) => { $crate::__tl_keyword_type!(if) };
    (impl) => { $crate::__tl_keyword_type!(impl) };
    (in) => { $crate::__tl_keyword_type!(in) };
    (let) => { $crate::__tl_keyword_type!(let) };
    (loop) => { $crate::__tl_keyword_type!(loop) };
    (match) => { $crate::__tl_keyword_type!(match) };
    (mod) => { $crate::__tl_keyword_type!(mod) };
    (move) => { $crate::__tl_keyword_type!(move) };
    (mut) => { $crate::__tl_keyword_type!(mut) };
    (pub) => { $crate::__tl_keyword_type!(pub) };
    (ref) => { $crate::__tl_keyword_type!(ref) };
    (return) => { $crate::__tl_keyword_type!(return) };
    (static) => { $crate::__tl_keyword_type!(static) };
    (struct) => { $crate::__tl_keyword_type!(struct) };
    (trait) => { $crate::__tl_keyword_type!(trait) };
    (try) => { $crate::__tl_keyword_type!(try) };
    (type) => { $crate::__tl_keyword_type!(type) };
    (unsafe) => { $crate::__tl_keyword_type!(unsafe) };
    (use) => { $crate::__tl_keyword_type!(use) };
    (where) => { $crate::__tl_keyword_type!(where) };
    (while) => { $crate::__tl_keyword_type!(while) };
    (abstract) => { $crate::__tl_keyword_type!(abstract) };
    (become) => { $crate::__tl_keyword_type!(become) };
    (box) => { $crate::__tl_keyword_type!(box) };
    (do) => { $crate::__tl_keyword_type!(do) };
    (final) => { $crate::__tl_keyword_type!(final) };
    (macro) => { $crate::__tl_keyword_type!(macro) };
    (override) => { $crate::__tl_keyword_type!(override) };
    (priv) => { $crate::__tl_keyword_type!(priv) };
    (typeof) => { $crate::__tl_keyword_type!(typeof) };
    (unsized) => { $crate::__tl_keyword_type!(unsized) };
    (virtual) => { $crate::__tl_keyword_type!(virtual) };
    (yield) => { $crate::__tl_keyword_type!(yield) };
    ($($t:tt)+) => { $crate::codec::Boxed<$crate::__tl_ty!($($t)+)> };
}

/// A Rust keyword written as a TL type: the error, from the field's codec
/// (the struct's field is `schema::LowercaseType`, which needs no other).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_keyword_type {
    ($k:tt) => {
        $crate::schema::KeywordCodec<{
            $crate::__private::core::compile_error!(concat!(
                "tlwire: `", stringify!($k), "` is a Rust keyword, not a TL type: a field's type is a primitive ",
                "(`int`, `string`, …), a boxed type declared by `tl_type!` (`InputUser`), or a bare constructor `%name`"
            ));
            0
        }>
    };
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
