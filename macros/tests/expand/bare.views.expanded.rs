#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// Two constructors (MTProto), the second with a bare vector of the first
// (`vector<%future_salt>`).
mod enums {}

mod types {
    #[allow(unused_imports)]
    use crate::{enums, types};

    macro_rules! __tl_distinct_step {
        (valid_since valid_since salt __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { valid_until $item }
        };
        (valid_since valid_until valid_since __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { salt $item }
        };
        (valid_since valid_until valid_until __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { salt $item }
        };
        (valid_since valid_until salt valid_since $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (valid_since valid_until salt valid_until $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (valid_since valid_until salt salt $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (valid_since valid_until salt __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$valid_since valid_until salt __tl_end_1]
                [__tl_end_2 __tl_end_3] $item
            }
        };
    }
    #[doc = "\n\nTL constructor `future_salt`:\n\n```text\nfuture_salt#0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt\n```"]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    pub struct FutureSalt {
        #[doc = "`valid_since:int`"]
        pub valid_since: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`valid_until:int`"]
        pub valid_until: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`salt:long`"]
        pub salt: ::tlwire_dsl::__private::core::primitive::i64,
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::fmt::Debug for FutureSalt {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
            ::core::fmt::Formatter::debug_struct_field3_finish(
                f,
                "FutureSalt",
                "valid_since",
                &self.valid_since,
                "valid_until",
                &self.valid_until,
                "salt",
                &&self.salt,
            )
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::clone::Clone for FutureSalt {
        #[inline]
        fn clone(&self) -> FutureSalt {
            FutureSalt {
                valid_since: ::core::clone::Clone::clone(&self.valid_since),
                valid_until: ::core::clone::Clone::clone(&self.valid_until),
                salt: ::core::clone::Clone::clone(&self.salt),
            }
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::marker::StructuralPartialEq for FutureSalt {}
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::cmp::PartialEq for FutureSalt {
        #[inline]
        fn eq(&self, other: &FutureSalt) -> bool {
            self.valid_since == other.valid_since && self.valid_until == other.valid_until && self.salt == other.salt
        }
    }
    #[deny(deprecated)]
    const _: () = {
        #[allow(non_camel_case_types)]
        type valid_since = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type valid_until = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type salt = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i64>;
        #[allow(non_camel_case_types)]
        type __Declared = FutureSalt;
        let _ = <__Declared as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID;
        impl ::tlwire_dsl::Identifiable for FutureSalt {
            const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(
                "future_salt#0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt",
                "future_salt".len(),
            );
            const CONSTRUCTOR_ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                Self::SCHEMA.dsl(),
                "future_salt valid_since:int valid_until:int salt:long = FutureSalt",
                ::tlwire_dsl::__private::first(&[0x0949d9dc]),
                ::tlwire_dsl::__private::none(&[]),
            );
        }
        #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
        impl ::tlwire_dsl::Bare for FutureSalt {
            const SHAPE: ::tlwire_dsl::Shape = ::tlwire_dsl::Shape::of(Self::FIELDS);
            const FIELDS: &'static [::tlwire_dsl::FieldShape] = &[
                <valid_since as ::tlwire_dsl::codec::Codec>::FIELD,
                <valid_until as ::tlwire_dsl::codec::Codec>::FIELD,
                <salt as ::tlwire_dsl::codec::Codec>::FIELD,
            ];
            const FIELD_NAMES: &'static [&'static str] = &["valid_since", "valid_until", "salt"];
            #[inline]
            fn bare_len(&self, check: &mut ::tlwire_dsl::LenCheck) -> ::tlwire_dsl::__private::usize {
                let mut n = 0;
                n += <valid_since as ::tlwire_dsl::codec::Codec>::len(&self.valid_since, check);
                n += <valid_until as ::tlwire_dsl::codec::Codec>::len(&self.valid_until, check);
                n += <salt as ::tlwire_dsl::codec::Codec>::len(&self.salt, check);
                n
            }
            #[inline]
            fn serialize_fields<'a, const BOXED: bool>(
                &self,
                mut w: ::tlwire_dsl::Writer<'a>,
            ) -> ::tlwire_dsl::Writer<'a> {
                let mut run = ::tlwire_dsl::__private::Run::new();
                if BOXED {
                    run.push_id::<Self>(&mut w);
                }
                w = <valid_since as ::tlwire_dsl::codec::Codec>::write_in_run(&self.valid_since, w, &mut run);
                w = <valid_until as ::tlwire_dsl::codec::Codec>::write_in_run(&self.valid_until, w, &mut run);
                w = <salt as ::tlwire_dsl::codec::Codec>::write_in_run(&self.salt, w, &mut run);
                run.flush(&mut w);
                w
            }
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'_>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<Self>(r)?;
                let valid_since = match <valid_since as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "valid_since"));
                    }
                };
                let valid_until = match <valid_until as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "valid_until"));
                    }
                };
                let salt = match <salt as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "salt"));
                    }
                };
                ::tlwire_dsl::__private::Ok(Self { valid_since, valid_until, salt })
            }
        }
        impl ::tlwire_dsl::TlText for FutureSalt {
            #[inline]
            fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                t.object_fields(
                    "future_salt",
                    &[
                        ("valid_since", &self.valid_since as &dyn ::tlwire_dsl::TlField),
                        ("valid_until", &self.valid_until as &dyn ::tlwire_dsl::TlField),
                        ("salt", &self.salt as &dyn ::tlwire_dsl::TlField),
                    ],
                )
            }
        };
    };
    #[doc = "TL `future_salt` read in place, the view of [`FutureSalt`]: `string` and `bytes` borrow from the input, vectors are `VecView`s, boxed types their views.\n\n```text\nfuture_salt#0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt\n```"]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    pub struct FutureSaltRef<'a> {
        #[doc = "`valid_since:int`"]
        pub valid_since: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`valid_until:int`"]
        pub valid_until: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`salt:long`"]
        pub salt: ::tlwire_dsl::__private::core::primitive::i64,
        _input: ::tlwire_dsl::__private::PhantomData<&'a ()>,
    }
    #[automatically_derived]
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    unsafe impl<'a> ::core::clone::TrivialClone for FutureSaltRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::clone::Clone for FutureSaltRef<'a> {
        #[inline]
        fn clone(&self) -> FutureSaltRef<'a> {
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i32>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i32>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i64>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::PhantomData<&'a ()>>;
            *self
        }
    }
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::Copy for FutureSaltRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::StructuralPartialEq for FutureSaltRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::cmp::PartialEq for FutureSaltRef<'a> {
        #[inline]
        fn eq(&self, other: &FutureSaltRef<'a>) -> bool {
            self.valid_since == other.valid_since
                && self.valid_until == other.valid_until
                && self.salt == other.salt
                && self._input == other._input
        }
    }
    #[deny(deprecated)]
    const _: () = {
        impl ::tlwire_dsl::__private::fmt::Debug for FutureSaltRef<'_> {
            fn fmt(&self, f: &mut ::tlwire_dsl::__private::fmt::Formatter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                f.debug_struct("FutureSaltRef")
                    .field("valid_since", &self.valid_since)
                    .field("valid_until", &self.valid_until)
                    .field("salt", &self.salt)
                    .finish()
            }
        }
        impl ::tlwire_dsl::HasView for FutureSalt {
            type View<'a> = FutureSaltRef<'a>;
        }
        #[allow(unused_mut, unused_variables, non_snake_case)]
        impl<'a> ::tlwire_dsl::View<'a> for FutureSaltRef<'a> {
            type Owned = FutureSalt;
            #[inline]
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'a>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<FutureSalt>(r)?;
                let valid_since =
                    match <::tlwire_dsl::__private::core::primitive::i32 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "valid_since"));
                        }
                    };
                let valid_until =
                    match <::tlwire_dsl::__private::core::primitive::i32 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "valid_until"));
                        }
                    };
                let salt =
                    match <::tlwire_dsl::__private::core::primitive::i64 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("future_salt", "salt"));
                        }
                    };
                ::tlwire_dsl::__private::Ok(Self {
                    valid_since,
                    valid_until,
                    salt,
                    _input: ::tlwire_dsl::__private::PhantomData,
                })
            }
            #[inline]
            fn into_owned(self) -> FutureSalt {
                FutureSalt {
                    valid_since: ::tlwire_dsl::__private::From::from(self.valid_since),
                    valid_until: ::tlwire_dsl::__private::From::from(self.valid_until),
                    salt: ::tlwire_dsl::__private::From::from(self.salt),
                }
            }
        }
        impl ::tlwire_dsl::__private::From<FutureSaltRef<'_>> for FutureSalt {
            #[inline]
            fn from(v: FutureSaltRef<'_>) -> Self {
                ::tlwire_dsl::View::into_owned(v)
            }
        }
    };
    macro_rules! __tl_distinct_step {
        (req_msg_id req_msg_id salts __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { now $item }
        };
        (req_msg_id now req_msg_id __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { salts $item }
        };
        (req_msg_id now now __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { salts $item }
        };
        (req_msg_id now salts req_msg_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (req_msg_id now salts now $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (req_msg_id now salts salts $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (req_msg_id now salts __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$req_msg_id now salts __tl_end_1] [__tl_end_2 __tl_end_3]
                $item
            }
        };
    }
    #[doc = "\n\nTL constructor `future_salts`:\n\n```text\nfuture_salts#0xae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts\n```"]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    pub struct FutureSalts {
        #[doc = "`req_msg_id:long`"]
        pub req_msg_id: ::tlwire_dsl::__private::core::primitive::i64,
        #[doc = "`now:int`"]
        pub now: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`salts:vector<future_salt>`"]
        pub salts: ::tlwire_dsl::__private::Vec<types::FutureSalt>,
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::fmt::Debug for FutureSalts {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
            ::core::fmt::Formatter::debug_struct_field3_finish(
                f,
                "FutureSalts",
                "req_msg_id",
                &self.req_msg_id,
                "now",
                &self.now,
                "salts",
                &&self.salts,
            )
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::clone::Clone for FutureSalts {
        #[inline]
        fn clone(&self) -> FutureSalts {
            FutureSalts {
                req_msg_id: ::core::clone::Clone::clone(&self.req_msg_id),
                now: ::core::clone::Clone::clone(&self.now),
                salts: ::core::clone::Clone::clone(&self.salts),
            }
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::marker::StructuralPartialEq for FutureSalts {}
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::cmp::PartialEq for FutureSalts {
        #[inline]
        fn eq(&self, other: &FutureSalts) -> bool {
            self.req_msg_id == other.req_msg_id && self.now == other.now && self.salts == other.salts
        }
    }
    #[deny(deprecated)]
    const _: () = {
        #[allow(non_camel_case_types)]
        type req_msg_id = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i64>;
        #[allow(non_camel_case_types)]
        type now = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type salts = ::tlwire_dsl::codec::BareVector<::tlwire_dsl::codec::BareOf<types::FutureSalt>>;
        #[allow(non_camel_case_types)]
        type __Declared = FutureSalts;
        let _ = <__Declared as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID;
        impl ::tlwire_dsl::Identifiable for FutureSalts {
            const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(
                "future_salts#0xae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts",
                "future_salts".len(),
            );
            const CONSTRUCTOR_ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                Self::SCHEMA.dsl(),
                "future_salts req_msg_id:long now:int salts:vector future_salt = FutureSalts",
                ::tlwire_dsl::__private::first(&[0xae500895]),
                ::tlwire_dsl::__private::none(&[]),
            );
        }
        #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
        impl ::tlwire_dsl::Bare for FutureSalts {
            const SHAPE: ::tlwire_dsl::Shape = ::tlwire_dsl::Shape::of(Self::FIELDS);
            const FIELDS: &'static [::tlwire_dsl::FieldShape] = &[
                <req_msg_id as ::tlwire_dsl::codec::Codec>::FIELD,
                <now as ::tlwire_dsl::codec::Codec>::FIELD,
                <salts as ::tlwire_dsl::codec::Codec>::FIELD,
            ];
            const FIELD_NAMES: &'static [&'static str] = &["req_msg_id", "now", "salts"];
            #[inline]
            fn bare_len(&self, check: &mut ::tlwire_dsl::LenCheck) -> ::tlwire_dsl::__private::usize {
                let mut n = 0;
                n += <req_msg_id as ::tlwire_dsl::codec::Codec>::len(&self.req_msg_id, check);
                n += <now as ::tlwire_dsl::codec::Codec>::len(&self.now, check);
                n += <salts as ::tlwire_dsl::codec::Codec>::len(&self.salts, check);
                n
            }
            #[inline]
            fn serialize_fields<'a, const BOXED: bool>(
                &self,
                mut w: ::tlwire_dsl::Writer<'a>,
            ) -> ::tlwire_dsl::Writer<'a> {
                let mut run = ::tlwire_dsl::__private::Run::new();
                if BOXED {
                    run.push_id::<Self>(&mut w);
                }
                w = <req_msg_id as ::tlwire_dsl::codec::Codec>::write_in_run(&self.req_msg_id, w, &mut run);
                w = <now as ::tlwire_dsl::codec::Codec>::write_in_run(&self.now, w, &mut run);
                w = <salts as ::tlwire_dsl::codec::Codec>::write_in_run(&self.salts, w, &mut run);
                run.flush(&mut w);
                w
            }
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'_>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<Self>(r)?;
                let req_msg_id = match <req_msg_id as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "req_msg_id"));
                    }
                };
                let now = match <now as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "now"));
                    }
                };
                let salts = match <salts as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "salts"));
                    }
                };
                ::tlwire_dsl::__private::Ok(Self { req_msg_id, now, salts })
            }
        }
        impl ::tlwire_dsl::TlText for FutureSalts {
            #[inline]
            fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                t.object_fields(
                    "future_salts",
                    &[
                        ("req_msg_id", &self.req_msg_id as &dyn ::tlwire_dsl::TlField),
                        ("now", &self.now as &dyn ::tlwire_dsl::TlField),
                        ("salts", &self.salts as &dyn ::tlwire_dsl::TlField),
                    ],
                )
            }
        };
    };
    #[doc = "TL `future_salts` read in place, the view of [`FutureSalts`]: `string` and `bytes` borrow from the input, vectors are `VecView`s, boxed types their views.\n\n```text\nfuture_salts#0xae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts\n```"]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    pub struct FutureSaltsRef<'a> {
        #[doc = "`req_msg_id:long`"]
        pub req_msg_id: ::tlwire_dsl::__private::core::primitive::i64,
        #[doc = "`now:int`"]
        pub now: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`salts:vector<future_salt>`"]
        pub salts: ::tlwire_dsl::VecView<'a, ::tlwire_dsl::ViewOf<'a, types::FutureSalt>>,
        _input: ::tlwire_dsl::__private::PhantomData<&'a ()>,
    }
    #[automatically_derived]
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    unsafe impl<'a> ::core::clone::TrivialClone for FutureSaltsRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::clone::Clone for FutureSaltsRef<'a> {
        #[inline]
        fn clone(&self) -> FutureSaltsRef<'a> {
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i64>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i32>;
            let _: ::core::clone::AssertParamIsClone<
                ::tlwire_dsl::VecView<'a, ::tlwire_dsl::ViewOf<'a, types::FutureSalt>>,
            >;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::PhantomData<&'a ()>>;
            *self
        }
    }
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::Copy for FutureSaltsRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::StructuralPartialEq for FutureSaltsRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::cmp::PartialEq for FutureSaltsRef<'a> {
        #[inline]
        fn eq(&self, other: &FutureSaltsRef<'a>) -> bool {
            self.req_msg_id == other.req_msg_id
                && self.now == other.now
                && self.salts == other.salts
                && self._input == other._input
        }
    }
    #[deny(deprecated)]
    const _: () = {
        impl ::tlwire_dsl::__private::fmt::Debug for FutureSaltsRef<'_> {
            fn fmt(&self, f: &mut ::tlwire_dsl::__private::fmt::Formatter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                f.debug_struct("FutureSaltsRef")
                    .field("req_msg_id", &self.req_msg_id)
                    .field("now", &self.now)
                    .field("salts", &self.salts)
                    .finish()
            }
        }
        impl ::tlwire_dsl::HasView for FutureSalts {
            type View<'a> = FutureSaltsRef<'a>;
        }
        #[allow(unused_mut, unused_variables, non_snake_case)]
        impl<'a> ::tlwire_dsl::View<'a> for FutureSaltsRef<'a> {
            type Owned = FutureSalts;
            #[inline]
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'a>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<FutureSalts>(r)?;
                let req_msg_id =
                    match <::tlwire_dsl::__private::core::primitive::i64 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "req_msg_id"));
                        }
                    };
                let now =
                    match <::tlwire_dsl::__private::core::primitive::i32 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "now"));
                        }
                    };
                let salts = match ::tlwire_dsl::VecView::<'_, ::tlwire_dsl::ViewOf<'_, types::FutureSalt>>::read_bare(r)
                {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("future_salts", "salts"));
                    }
                };
                ::tlwire_dsl::__private::Ok(Self {
                    req_msg_id,
                    now,
                    salts,
                    _input: ::tlwire_dsl::__private::PhantomData,
                })
            }
            #[inline]
            fn into_owned(self) -> FutureSalts {
                FutureSalts {
                    req_msg_id: ::tlwire_dsl::__private::From::from(self.req_msg_id),
                    now: ::tlwire_dsl::__private::From::from(self.now),
                    salts: ::tlwire_dsl::__private::From::from(self.salts),
                }
            }
        }
        impl ::tlwire_dsl::__private::From<FutureSaltsRef<'_>> for FutureSalts {
            #[inline]
            fn from(v: FutureSaltsRef<'_>) -> Self {
                ::tlwire_dsl::View::into_owned(v)
            }
        }
    };
}
