#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// A generic method (layer 122): `{X:Type}`, the query `!X`, the answer `X`'s.
mod enums {}

mod types {}

mod functions {
    #[allow(unused_imports)]
    use crate::{enums, functions, types};

    macro_rules! __tl_distinct_step {
        (layer layer __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { query $item }
        };
        (layer query layer __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (layer query query __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (layer query __tl_end_1 layer $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (layer query __tl_end_1 query $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (layer query __tl_end_1 __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (layer query __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_distinct! { [$layer query __tl_end_1 __tl_end_2] [__tl_end_3] $item }
        };
    }
    #[doc = "\n\nTL method `invokeWithLayer`:\n\n```text\ninvokeWithLayer#0xda9b0d0d {X:Type} layer:int query:!X = X\n```"]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    pub struct InvokeWithLayer<X> {
        #[doc = "`layer:int`"]
        pub layer: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`query:(! X)`"]
        pub query: X,
    }
    impl<X: ::tlwire_dsl::__private::fmt::Debug> ::tlwire_dsl::__private::fmt::Debug for InvokeWithLayer<X> {
        fn fmt(&self, f: &mut ::tlwire_dsl::__private::fmt::Formatter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
            f.debug_struct("InvokeWithLayer").field("layer", &self.layer).field("query", &self.query).finish()
        }
    }
    impl<X: ::tlwire_dsl::__private::Clone> ::tlwire_dsl::__private::Clone for InvokeWithLayer<X> {
        fn clone(&self) -> Self {
            Self {
                layer: ::tlwire_dsl::__private::Clone::clone(&self.layer),
                query: ::tlwire_dsl::__private::Clone::clone(&self.query),
            }
        }
    }
    impl<X: ::tlwire_dsl::__private::PartialEq> ::tlwire_dsl::__private::PartialEq for InvokeWithLayer<X> {
        fn eq(&self, other: &Self) -> bool {
            true && self.layer == other.layer && self.query == other.query
        }
    }
    #[deny(deprecated)]
    const _: () = {
        #[allow(non_camel_case_types)]
        type layer = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type query = ::tlwire_dsl::codec::GenericQuery;
        #[allow(non_camel_case_types)]
        type __Declared = InvokeWithLayer<()>;
        let _ = <__Declared as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID;
        impl<X> ::tlwire_dsl::Identifiable for InvokeWithLayer<X> {
            const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(
                "invokeWithLayer#0xda9b0d0d {X:Type} layer:int query:!X = X",
                "invokeWithLayer".len(),
            );
            const CONSTRUCTOR_ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                Self::SCHEMA.dsl(),
                "invokeWithLayer X:Type layer:int query:!X = X",
                ::tlwire_dsl::__private::first(&[0xda9b0d0d]),
                ::tlwire_dsl::__private::none(&[]),
            );
        }
        #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
        impl<X: ::tlwire_dsl::TlValue> ::tlwire_dsl::Bare for InvokeWithLayer<X> {
            const SHAPE: ::tlwire_dsl::Shape = ::tlwire_dsl::Shape::of(Self::FIELDS);
            const FIELDS: &'static [::tlwire_dsl::FieldShape] =
                &[<layer as ::tlwire_dsl::codec::Codec>::FIELD, <query as ::tlwire_dsl::codec::Codec>::FIELD];
            const FIELD_NAMES: &'static [&'static str] = &["layer", "query"];
            #[inline]
            fn bare_len(&self, check: &mut ::tlwire_dsl::LenCheck) -> ::tlwire_dsl::__private::usize {
                let mut n = 0;
                n += <layer as ::tlwire_dsl::codec::Codec>::len(&self.layer, check);
                n += <::tlwire_dsl::codec::Boxed<X> as ::tlwire_dsl::codec::Codec>::len(&self.query, check);
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
                w = <layer as ::tlwire_dsl::codec::Codec>::write_in_run(&self.layer, w, &mut run);
                w = <::tlwire_dsl::codec::Boxed<X> as ::tlwire_dsl::codec::Codec>::write_in_run(
                    &self.query,
                    w,
                    &mut run,
                );
                run.flush(&mut w);
                w
            }
            #[inline]
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'_>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<Self>(r)?;
                let layer = match <layer as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("invokeWithLayer", "layer"));
                    }
                };
                let query = match <::tlwire_dsl::codec::Boxed<X> as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("invokeWithLayer", "query"));
                    }
                };
                ::tlwire_dsl::__private::Ok(Self { layer, query })
            }
        }
        impl<X: ::tlwire_dsl::TlValue> ::tlwire_dsl::TlText for InvokeWithLayer<X> {
            #[inline]
            fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                t.object_fields(
                    "invokeWithLayer",
                    &[
                        ("layer", &self.layer as &dyn ::tlwire_dsl::TlField),
                        ("query", &self.query as &dyn ::tlwire_dsl::TlField),
                    ],
                )
            }
        }
        impl<X: ::tlwire_dsl::RemoteCall + ::tlwire_dsl::TlValue> ::tlwire_dsl::RemoteCall for InvokeWithLayer<X> {
            type Return = <X as ::tlwire_dsl::RemoteCall>::Return;
            type Error = <X as ::tlwire_dsl::RemoteCall>::Error;
            const BOTS_CAN_CALL: ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::bool> =
                <X as ::tlwire_dsl::RemoteCall>::BOTS_CAN_CALL;
        }
    };
}
