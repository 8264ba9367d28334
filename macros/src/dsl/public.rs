//! The public DSL: thin dispatchers to the `__tl_*` helpers.

/// Declares TL constructors, one schema line each: a struct per line with
/// its encoding, decoding, id and schema line. See the [crate docs](crate)
/// for the spelling.
///
/// A block that starts with `#![converted]` was written by `tl convert`,
/// which has checked the whole `.tl` file: the DSL skips its own check
/// that no two fields of a line share a name (see the [crate
/// docs](crate#what-tl-convert-has-checked)).
#[macro_export]
macro_rules! tl_constructor {
    (#![converted] $($line:tt)*) => { $crate::__tl_lines! { constructor [converted] $($line)* } };
    ($($line:tt)*) => { $crate::__tl_lines! { constructor [] $($line)* } };
}

/// Declares TL methods, one schema line each: a struct per line that
/// encodes as the request and names its answer type (`RemoteCall::Return`).
/// `#![converted]` as for [`tl_constructor!`].
#[macro_export]
macro_rules! tl_function {
    (#![converted] $($line:tt)*) => { $crate::__tl_lines! { function [converted] $($line)* } };
    ($($line:tt)*) => { $crate::__tl_lines! { function [] $($line)* } };
}

/// Declares borrowed views of lines already declared with
/// `tl_constructor!` or `tl_function!`: the same line gives
/// `NameRef<'a>`, whose `string` and `bytes` fields point into the input,
/// implementing [`View`](crate::View). The owned struct must be in scope
/// under its own name; the line's id is checked against it.
#[macro_export]
macro_rules! tl_view {
    ($($line:tt)*) => { $crate::__tl_lines! { view [] $($line)* } };
}

/// Declares boxed TL types: `Type = ctorA | ctorB;` gives an enum over the
/// constructors' structs that decodes by dispatching on the constructor id.
/// A constructor written `#[boxed] ctorB` is held in a `Box` (large or
/// recursive ones; see the [crate docs](crate)), the others in the enum.
#[macro_export]
macro_rules! tl_type {
    ($($entries:tt)*) => { $crate::__tl_types! { $($entries)* } };
}

/// The builtin `vector` line: `Vec<T>` in Rust; declared for the registry.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_builtin_vector {
    ($id:literal) => {
        /// TL's builtin `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
        ///
        /// Values of `Vector<T>` are Rust `Vec<T>`; this type only names the
        /// definition (its id and schema line) for listings.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Vector {}

        const _: () = {
            const LINE: &str = concat!("vector#", stringify!($id), " {t:Type} # [ t ] = Vector t");
            // The canonical form the CRC is taken of (TL drops the braces).
            const CANONICAL: &str = "vector t:Type # [ t ] = Vector t";
            const ID: u32 = $crate::schema::check_id(LINE, CANONICAL, $crate::__private::Some($id), true);
            assert!(ID == $crate::codec::VECTOR_ID, "the builtin vector's id is 0x1cb5c415");
            impl $crate::Identifiable for Vector {
                const CONSTRUCTOR_ID: u32 = ID;
                const NAME: &'static str = "vector";
                const SCHEMA: $crate::SchemaLine = $crate::SchemaLine::from_dsl(LINE, "vector".len());
            }
        };
    };
}
