#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// TL's builtin `vector`, which Rust holds as `Vec<T>`: declared for the
// registry and the listings, with its id checked.
/// TL's builtin `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`.
///
/// Values of `Vector<T>` are Rust `Vec<T>`; this type only names the
/// definition (its id and schema line) for listings.
pub enum Vector {}
#[automatically_derived]
impl ::core::fmt::Debug for Vector {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        match *self {}
    }
}
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Vector {}
#[automatically_derived]
impl ::core::clone::Clone for Vector {
    #[inline]
    fn clone(&self) -> Vector {
        *self
    }
}
#[automatically_derived]
impl ::core::marker::Copy for Vector {}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for Vector {}
#[automatically_derived]
impl ::core::cmp::PartialEq for Vector {
    #[inline]
    fn eq(&self, other: &Vector) -> bool {
        match *self {}
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for Vector {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
const _: () = {
    const LINE: &str = "vector#0x1cb5c415 {t:Type} # [ t ] = Vector t";
    const CANONICAL: &str = "vector t:Type # [ t ] = Vector t";
    const ID: u32 = ::tlwire_dsl::schema::check_id(LINE, CANONICAL, ::tlwire_dsl::__private::Some(0x1cb5c415), true);
    if !(ID == ::tlwire_dsl::codec::VECTOR_ID) {
        {
            ::core::panicking::panic_fmt(format_args!("the builtin vector\'s id is 0x1cb5c415"));
        }
    };
    impl ::tlwire_dsl::Identifiable for Vector {
        const CONSTRUCTOR_ID: u32 = ID;
        const NAME: &'static str = "vector";
        const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(LINE, "vector".len());
    }
};
