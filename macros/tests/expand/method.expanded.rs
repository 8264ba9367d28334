#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// A method (layer 122) as `tl convert --docs` writes it: its page's
// description, errors, bot flag, related page and parameter docs.
// The types a line names are stand-ins here: expanding resolves paths only.
mod enums {
    pub enum InputUser {}
    pub enum Updates {}
}

mod types {}

mod functions {
    #[allow(unused_imports)]
    use crate::{enums, functions, types};

    macro_rules! __tl_distinct_step {
        (flags flags id first_name $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { add_phone_privacy_exception $item }
        };
        (flags add_phone_privacy_exception flags first_name $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { id $item }
        };
        (flags add_phone_privacy_exception add_phone_privacy_exception
        first_name $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { id $item }
        };
        (flags add_phone_privacy_exception id flags $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { first_name $item }
        };
        (flags add_phone_privacy_exception id add_phone_privacy_exception
        $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { first_name $item }
        };
        (flags add_phone_privacy_exception id id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { first_name $item }
        };
        (flags add_phone_privacy_exception id first_name $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$flags add_phone_privacy_exception id first_name]
                [last_name phone __tl_end_1 __tl_end_2 __tl_end_3] $item
            }
        };
    }
    macro_rules! __tl_distinct_step {
        (flags phone __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { last_name $item }
        };
        (add_phone_privacy_exception phone __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { last_name $item }
        };
        (id phone __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { last_name $item }
        };
        (first_name phone __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { last_name $item }
        };
        (last_name flags __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { phone $item }
        };
        (last_name add_phone_privacy_exception __tl_end_1 __tl_end_2 $item :
        tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { phone $item }
        };
        (last_name id __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { phone $item }
        };
        (last_name first_name __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { phone $item }
        };
        (last_name last_name __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { phone $item }
        };
        (last_name phone flags __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone add_phone_privacy_exception __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone id __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone first_name __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone last_name __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone phone __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
        };
        (last_name phone __tl_end_1 flags $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 add_phone_privacy_exception $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 first_name $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 last_name $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 phone $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 __tl_end_1 $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { __tl_end_2 $item }
        };
        (last_name phone __tl_end_1 __tl_end_2 $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$flags add_phone_privacy_exception id first_name last_name
                phone __tl_end_1 __tl_end_2] [__tl_end_3] $item
            }
        };
    }
    #[doc = r" Add an existing telegram user as contact."]
    #[doc = "\n\nSee also [`contacts.importContacts`](functions :: contacts :: ImportContacts)."]
    #[doc = "\n\nTL method `contacts.addContact`:\n\n```text\ncontacts.addContact#0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates\n```"]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    pub struct AddContact {
        #[doc = r" Allow the other user to see our phone number?"]
        #[doc = "`add_phone_privacy_exception:flags.0?true`"]
        pub add_phone_privacy_exception: ::tlwire_dsl::__private::core::primitive::bool,
        #[doc = r" Telegram ID of the other user"]
        #[doc = "`id:InputUser`"]
        pub id: enums::InputUser,
        #[doc = "`first_name:string`"]
        pub first_name: ::tlwire_dsl::__private::String,
        #[doc = "`last_name:string`"]
        pub last_name: ::tlwire_dsl::__private::String,
        #[doc = "`phone:string`"]
        pub phone: ::tlwire_dsl::__private::String,
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::fmt::Debug for AddContact {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
            ::core::fmt::Formatter::debug_struct_field5_finish(
                f,
                "AddContact",
                "add_phone_privacy_exception",
                &self.add_phone_privacy_exception,
                "id",
                &self.id,
                "first_name",
                &self.first_name,
                "last_name",
                &self.last_name,
                "phone",
                &&self.phone,
            )
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::clone::Clone for AddContact {
        #[inline]
        fn clone(&self) -> AddContact {
            AddContact {
                add_phone_privacy_exception: ::core::clone::Clone::clone(&self.add_phone_privacy_exception),
                id: ::core::clone::Clone::clone(&self.id),
                first_name: ::core::clone::Clone::clone(&self.first_name),
                last_name: ::core::clone::Clone::clone(&self.last_name),
                phone: ::core::clone::Clone::clone(&self.phone),
            }
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::marker::StructuralPartialEq for AddContact {}
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::cmp::PartialEq for AddContact {
        #[inline]
        fn eq(&self, other: &AddContact) -> bool {
            self.add_phone_privacy_exception == other.add_phone_privacy_exception
                && self.id == other.id
                && self.first_name == other.first_name
                && self.last_name == other.last_name
                && self.phone == other.phone
        }
    }
    #[deny(deprecated)]
    const _: () = {
        #[allow(non_camel_case_types)]
        type flags = ::tlwire_dsl::codec::FlagsWord;
        #[allow(non_camel_case_types)]
        type add_phone_privacy_exception = ::tlwire_dsl::codec::Unused;
        #[allow(non_camel_case_types)]
        type id = ::tlwire_dsl::codec::Boxed<enums::InputUser>;
        #[allow(non_camel_case_types)]
        type first_name = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::String>;
        #[allow(non_camel_case_types)]
        type last_name = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::String>;
        #[allow(non_camel_case_types)]
        type phone = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::String>;
        #[allow(non_camel_case_types)]
        type __Declared = AddContact;
        let _ = <__Declared as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID;
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "add_phone_privacy_exception",
            "flags",
            0,
            &["flags"],
        );
        impl ::tlwire_dsl::Identifiable for AddContact {
            const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(
                "contacts.addContact#0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates",
                "contacts.addContact".len(),
            );
            const CONSTRUCTOR_ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                Self::SCHEMA.dsl(),
                "contacts.addContact flags:# id:InputUser first_name:string last_name:string phone:string = Updates",
                ::tlwire_dsl::__private::first(&[0xe8f463d0]),
                ::tlwire_dsl::__private::none(&[]),
            );
        }
        #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
        impl ::tlwire_dsl::Bare for AddContact {
            const SHAPE: ::tlwire_dsl::Shape = ::tlwire_dsl::Shape::of(Self::FIELDS);
            const FIELDS: &'static [::tlwire_dsl::FieldShape] = &[
                <flags as ::tlwire_dsl::codec::Codec>::FIELD,
                <add_phone_privacy_exception as ::tlwire_dsl::codec::Codec>::FIELD,
                <id as ::tlwire_dsl::codec::Codec>::FIELD,
                <first_name as ::tlwire_dsl::codec::Codec>::FIELD,
                <last_name as ::tlwire_dsl::codec::Codec>::FIELD,
                <phone as ::tlwire_dsl::codec::Codec>::FIELD,
            ];
            const FIELD_NAMES: &'static [&'static str] =
                &["flags", "add_phone_privacy_exception", "id", "first_name", "last_name", "phone"];
            #[inline]
            fn bare_len(&self, check: &mut ::tlwire_dsl::LenCheck) -> ::tlwire_dsl::__private::usize {
                let mut n = 0;
                let mut flags: (
                    ::tlwire_dsl::__private::u32,
                    ::tlwire_dsl::__private::u32,
                    ::tlwire_dsl::__private::u32,
                ) = (
                    0,
                    0,
                    const {
                        ::tlwire_dsl::schema::shared_bits(
                            "flags",
                            &[("", 0), ("flags", 0), ("", 0), ("", 0), ("", 0), ("", 0)],
                        )
                    },
                );
                n += 4;
                if flags.2 & (1 << 0) != 0 {
                    if self.add_phone_privacy_exception { flags.0 |= 1 << 0 } else { flags.1 |= 1 << 0 }
                };
                n += <id as ::tlwire_dsl::codec::Codec>::len(&self.id, check);
                n += <first_name as ::tlwire_dsl::codec::Codec>::len(&self.first_name, check);
                n += <last_name as ::tlwire_dsl::codec::Codec>::len(&self.last_name, check);
                n += <phone as ::tlwire_dsl::codec::Codec>::len(&self.phone, check);
                if flags.0 & flags.1 != 0 {
                    check.fail(::tlwire_dsl::EncodeError::flag_conflict(
                        "contacts.addContact",
                        "flags",
                        flags.0 & flags.1,
                    ));
                };
                n
            }
            #[inline]
            fn serialize_fields<'a, const BOXED: bool>(
                &self,
                mut w: ::tlwire_dsl::Writer<'a>,
            ) -> ::tlwire_dsl::Writer<'a> {
                let mut flags: (::tlwire_dsl::__private::u32, ::tlwire_dsl::__private::FlagsWord<'a>) =
                    (0, ::tlwire_dsl::__private::FlagsWord::NONE);
                let mut run = ::tlwire_dsl::__private::Run::new();
                if BOXED {
                    run.push_id::<Self>(&mut w);
                }
                let mut flags: (::tlwire_dsl::__private::u32, _) = (0, run.flags_word(&mut w));
                flags.0 |= (self.add_phone_privacy_exception as ::tlwire_dsl::__private::u32) << 0;
                w = <id as ::tlwire_dsl::codec::Codec>::write_in_run(&self.id, w, &mut run);
                w = <first_name as ::tlwire_dsl::codec::Codec>::write_in_run(&self.first_name, w, &mut run);
                w = <last_name as ::tlwire_dsl::codec::Codec>::write_in_run(&self.last_name, w, &mut run);
                w = <phone as ::tlwire_dsl::codec::Codec>::write_in_run(&self.phone, w, &mut run);
                run.flush(&mut w);
                flags.1.set(flags.0);
                w
            }
            #[inline]
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'_>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<Self>(r)?;
                let mut flags: (
                    ::tlwire_dsl::__private::usize,
                    ::tlwire_dsl::__private::u32,
                    ::tlwire_dsl::__private::u32,
                ) = (0, 0, 0);
                let mut flags: (
                    ::tlwire_dsl::__private::usize,
                    ::tlwire_dsl::__private::u32,
                    ::tlwire_dsl::__private::u32,
                ) = (
                    r.offset(),
                    match r.read_u32() {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("contacts.addContact", "flags"));
                        }
                    },
                    0,
                );
                flags.2 |= 1 << 0;
                let add_phone_privacy_exception = flags.1 & (1 << 0) != 0;
                let id = match <id as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("contacts.addContact", "id"));
                    }
                };
                let first_name = match <first_name as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("contacts.addContact", "first_name"));
                    }
                };
                let last_name = match <last_name as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("contacts.addContact", "last_name"));
                    }
                };
                let phone = match <phone as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("contacts.addContact", "phone"));
                    }
                };
                if flags.1 & !flags.2 != 0 {
                    return ::tlwire_dsl::__private::Err(
                        r.error_at(
                            flags.0,
                            ::tlwire_dsl::DecodeErrorKind::UnknownFlags {
                                constructor: "contacts.addContact",
                                field: "flags",
                                bits: flags.1 & !flags.2,
                            },
                        )
                        .in_field_of("contacts.addContact", "flags"),
                    );
                };
                ::tlwire_dsl::__private::Ok(Self { add_phone_privacy_exception, id, first_name, last_name, phone })
            }
        }
        impl ::tlwire_dsl::TlText for AddContact {
            #[inline]
            fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                t.object_fields(
                    "contacts.addContact",
                    &[
                        (
                            "add_phone_privacy_exception",
                            &::tlwire_dsl::Flag(self.add_phone_privacy_exception) as &dyn ::tlwire_dsl::TlField,
                        ),
                        ("id", &self.id as &dyn ::tlwire_dsl::TlField),
                        ("first_name", &self.first_name as &dyn ::tlwire_dsl::TlField),
                        ("last_name", &self.last_name as &dyn ::tlwire_dsl::TlField),
                        ("phone", &self.phone as &dyn ::tlwire_dsl::TlField),
                    ],
                )
            }
        }
        impl ::tlwire_dsl::RemoteCall for AddContact {
            type Return = enums::Updates;
            type Error = AddContactError;
            const BOTS_CAN_CALL: ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::bool> =
                ::tlwire_dsl::__private::Some(true);
        }
    };
    #[doc = "The errors [`contacts.addContact`](AddContact) is documented to return; any other comes as `Other`."]
    pub enum AddContactError {
        #[doc = "`400 CONTACT_ID_INVALID`: The provided contact ID is invalid"]
        ContactIdInvalid,

        #[doc = "`400 CONTACT_NAME_EMPTY`: Contact name empty"]
        ContactNameEmpty,

        #[doc = " An error the method\'s documentation does not list."]
        Other(::tlwire_dsl::RpcError),
    }
    #[automatically_derived]
    impl ::core::fmt::Debug for AddContactError {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
            match self {
                AddContactError::ContactIdInvalid => ::core::fmt::Formatter::write_str(f, "ContactIdInvalid"),
                AddContactError::ContactNameEmpty => ::core::fmt::Formatter::write_str(f, "ContactNameEmpty"),
                AddContactError::Other(__self_0) => {
                    ::core::fmt::Formatter::debug_tuple_field1_finish(f, "Other", &__self_0)
                }
            }
        }
    }
    #[automatically_derived]
    impl ::core::clone::Clone for AddContactError {
        #[inline]
        fn clone(&self) -> AddContactError {
            match self {
                AddContactError::ContactIdInvalid => AddContactError::ContactIdInvalid,
                AddContactError::ContactNameEmpty => AddContactError::ContactNameEmpty,
                AddContactError::Other(__self_0) => AddContactError::Other(::core::clone::Clone::clone(__self_0)),
            }
        }
    }
    #[automatically_derived]
    impl ::core::marker::StructuralPartialEq for AddContactError {}
    #[automatically_derived]
    impl ::core::cmp::PartialEq for AddContactError {
        #[inline]
        fn eq(&self, other: &AddContactError) -> bool {
            let __self_discr = ::core::intrinsics::discriminant_value(self);
            let __arg1_discr = ::core::intrinsics::discriminant_value(other);
            __self_discr == __arg1_discr
                && match (self, other) {
                    (AddContactError::Other(__self_0), AddContactError::Other(__arg1_0)) => __self_0 == __arg1_0,
                    _ => true,
                }
        }
    }
    #[automatically_derived]
    impl ::core::cmp::Eq for AddContactError {
        #[doc(hidden)]
        #[coverage(off)]
        fn assert_fields_are_eq(&self) {
            let _: ::core::cmp::AssertParamIsEq<::tlwire_dsl::RpcError>;
        }
    }
    const _: () = {
        impl ::tlwire_dsl::__private::From<::tlwire_dsl::RpcError> for AddContactError {
            fn from(e: ::tlwire_dsl::RpcError) -> Self {
                match (e.code, e.name.as_str()) {
                    (400, "CONTACT_ID_INVALID") => Self::ContactIdInvalid,
                    (400, "CONTACT_NAME_EMPTY") => Self::ContactNameEmpty,
                    _ => Self::Other(e),
                }
            }
        }
        impl ::tlwire_dsl::__private::fmt::Display for AddContactError {
            fn fmt(&self, f: &mut ::tlwire_dsl::__private::fmt::Formatter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                match self {
                    Self::ContactIdInvalid => f.write_str("400 CONTACT_ID_INVALID: The provided contact ID is invalid"),
                    Self::ContactNameEmpty => f.write_str("400 CONTACT_NAME_EMPTY: Contact name empty"),
                    Self::Other(e) => ::tlwire_dsl::__private::fmt::Display::fmt(e, f),
                }
            }
        }
        impl ::tlwire_dsl::__private::core::error::Error for AddContactError {}
    };
}
