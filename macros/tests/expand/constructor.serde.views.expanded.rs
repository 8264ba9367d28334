#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// A constructor (layer 122): a flags field, a `flags.N?true` field sharing
// its bit with a conditional `int`, an optional vector of a boxed type.
// The types a line names are stand-ins here: expanding resolves paths only.
mod enums {
    pub enum Peer {}
}

mod types {
    #[allow(unused_imports)]
    use crate::{enums, types};

    macro_rules! __tl_distinct_step {
        (flags flags replies replies_pts $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { comments $item }
        };
        (flags comments flags replies_pts $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { replies $item }
        };
        (flags comments comments replies_pts $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { replies $item }
        };
        (flags comments replies flags $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { replies_pts $item }
        };
        (flags comments replies comments $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { replies_pts $item }
        };
        (flags comments replies replies $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { replies_pts $item }
        };
        (flags comments replies replies_pts $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$flags comments replies replies_pts]
                [recent_repliers channel_id max_id read_max_id __tl_end_1
                __tl_end_2 __tl_end_3] $item
            }
        };
    }
    macro_rules! __tl_distinct_step {
        (flags channel_id max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { recent_repliers $item }
        };
        (comments channel_id max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { recent_repliers $item }
        };
        (replies channel_id max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { recent_repliers $item }
        };
        (replies_pts channel_id max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { recent_repliers $item }
        };
        (recent_repliers flags max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { channel_id $item }
        };
        (recent_repliers comments max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { channel_id $item }
        };
        (recent_repliers replies max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { channel_id $item }
        };
        (recent_repliers replies_pts max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { channel_id $item }
        };
        (recent_repliers recent_repliers max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { channel_id $item }
        };
        (recent_repliers channel_id flags read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id comments read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id replies read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id replies_pts read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id recent_repliers read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id channel_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { max_id $item }
        };
        (recent_repliers channel_id max_id flags $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id comments $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id replies $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id replies_pts $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id recent_repliers $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id channel_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id max_id $item : tt) => {
            ::tlwire_dsl::__tl_duplicate_field! { read_max_id $item }
        };
        (recent_repliers channel_id max_id read_max_id $item : tt) => {
            ::tlwire_dsl::__tl_distinct! {
                [$flags comments replies replies_pts recent_repliers channel_id
                max_id read_max_id] [__tl_end_1 __tl_end_2 __tl_end_3] $item
            }
        };
    }
    #[doc = "\n\nTL constructor `messageReplies`:\n\n```text\nmessageReplies#0x4128faac flags:# comments:flags.0?true replies:int replies_pts:int recent_repliers:flags.1?Vector<Peer> channel_id:flags.0?int max_id:flags.2?int read_max_id:flags.3?int = MessageReplies\n```"]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    pub struct MessageReplies {
        #[doc = "`comments:flags.0?true`"]
        pub comments: ::tlwire_dsl::__private::core::primitive::bool,
        #[doc = "`replies:int`"]
        pub replies: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`replies_pts:int`"]
        pub replies_pts: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`recent_repliers:flags.1?Vector<Peer>`"]
        pub recent_repliers: ::tlwire_dsl::__private::core::option::Option<::tlwire_dsl::__private::Vec<enums::Peer>>,
        #[doc = "`channel_id:flags.0?int`"]
        pub channel_id: ::tlwire_dsl::__private::core::option::Option<::tlwire_dsl::__private::core::primitive::i32>,
        #[doc = "`max_id:flags.2?int`"]
        pub max_id: ::tlwire_dsl::__private::core::option::Option<::tlwire_dsl::__private::core::primitive::i32>,
        #[doc = "`read_max_id:flags.3?int`"]
        pub read_max_id: ::tlwire_dsl::__private::core::option::Option<::tlwire_dsl::__private::core::primitive::i32>,
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::fmt::Debug for MessageReplies {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
            let names: &'static _ =
                &["comments", "replies", "replies_pts", "recent_repliers", "channel_id", "max_id", "read_max_id"];
            let values: &[&dyn ::core::fmt::Debug] = &[
                &self.comments,
                &self.replies,
                &self.replies_pts,
                &self.recent_repliers,
                &self.channel_id,
                &self.max_id,
                &&self.read_max_id,
            ];
            ::core::fmt::Formatter::debug_struct_fields_finish(f, "MessageReplies", names, values)
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::clone::Clone for MessageReplies {
        #[inline]
        fn clone(&self) -> MessageReplies {
            MessageReplies {
                comments: ::core::clone::Clone::clone(&self.comments),
                replies: ::core::clone::Clone::clone(&self.replies),
                replies_pts: ::core::clone::Clone::clone(&self.replies_pts),
                recent_repliers: ::core::clone::Clone::clone(&self.recent_repliers),
                channel_id: ::core::clone::Clone::clone(&self.channel_id),
                max_id: ::core::clone::Clone::clone(&self.max_id),
                read_max_id: ::core::clone::Clone::clone(&self.read_max_id),
            }
        }
    }
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::marker::StructuralPartialEq for MessageReplies {}
    #[automatically_derived]
    #[deny(deprecated)]
    #[allow(non_snake_case)]
    impl ::core::cmp::PartialEq for MessageReplies {
        #[inline]
        fn eq(&self, other: &MessageReplies) -> bool {
            self.comments == other.comments
                && self.replies == other.replies
                && self.replies_pts == other.replies_pts
                && self.recent_repliers == other.recent_repliers
                && self.channel_id == other.channel_id
                && self.max_id == other.max_id
                && self.read_max_id == other.read_max_id
        }
    }
    #[deny(deprecated)]
    const _: () = {
        #[allow(non_camel_case_types)]
        type flags = ::tlwire_dsl::codec::FlagsWord;
        #[allow(non_camel_case_types)]
        type comments = ::tlwire_dsl::codec::Unused;
        #[allow(non_camel_case_types)]
        type replies = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type replies_pts = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
        #[allow(non_camel_case_types)]
        type recent_repliers =
            ::tlwire_dsl::codec::Optional<::tlwire_dsl::codec::Vector<::tlwire_dsl::codec::Boxed<enums::Peer>>>;
        #[allow(non_camel_case_types)]
        type channel_id =
            ::tlwire_dsl::codec::Optional<::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>>;
        #[allow(non_camel_case_types)]
        type max_id =
            ::tlwire_dsl::codec::Optional<::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>>;
        #[allow(non_camel_case_types)]
        type read_max_id =
            ::tlwire_dsl::codec::Optional<::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>>;
        #[allow(non_camel_case_types)]
        type __Declared = MessageReplies;
        let _ = <__Declared as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID;
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "comments",
            "flags",
            0,
            &["flags"],
        );
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "recent_repliers",
            "flags",
            1,
            &["flags"],
        );
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "channel_id",
            "flags",
            0,
            &["flags"],
        );
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "max_id",
            "flags",
            2,
            &["flags"],
        );
        ::tlwire_dsl::schema::check_flag(
            <__Declared as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
            "read_max_id",
            "flags",
            3,
            &["flags"],
        );
        impl ::tlwire_dsl::Identifiable for MessageReplies {
            const SCHEMA: ::tlwire_dsl::SchemaLine = ::tlwire_dsl::SchemaLine::from_dsl(
                "messageReplies#0x4128faac flags:# comments:flags.0?true replies:int replies_pts:int recent_repliers:flags.1?Vector<Peer> channel_id:flags.0?int max_id:flags.2?int read_max_id:flags.3?int = MessageReplies",
                "messageReplies".len(),
            );
            const CONSTRUCTOR_ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                Self::SCHEMA.dsl(),
                "messageReplies flags:# replies:int replies_pts:int recent_repliers:flags.1?Vector Peer channel_id:flags.0?int max_id:flags.2?int read_max_id:flags.3?int = MessageReplies",
                ::tlwire_dsl::__private::first(&[0x4128faac]),
                ::tlwire_dsl::__private::none(&[]),
            );
        }
        #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
        impl ::tlwire_dsl::Bare for MessageReplies {
            const SHAPE: ::tlwire_dsl::Shape = ::tlwire_dsl::Shape::of(Self::FIELDS);
            const FIELDS: &'static [::tlwire_dsl::FieldShape] = &[
                <flags as ::tlwire_dsl::codec::Codec>::FIELD,
                <comments as ::tlwire_dsl::codec::Codec>::FIELD,
                <replies as ::tlwire_dsl::codec::Codec>::FIELD,
                <replies_pts as ::tlwire_dsl::codec::Codec>::FIELD,
                <recent_repliers as ::tlwire_dsl::codec::Codec>::FIELD,
                <channel_id as ::tlwire_dsl::codec::Codec>::FIELD,
                <max_id as ::tlwire_dsl::codec::Codec>::FIELD,
                <read_max_id as ::tlwire_dsl::codec::Codec>::FIELD,
            ];
            const FIELD_NAMES: &'static [&'static str] = &[
                "flags",
                "comments",
                "replies",
                "replies_pts",
                "recent_repliers",
                "channel_id",
                "max_id",
                "read_max_id",
            ];
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
                            &[
                                ("", 0),
                                ("flags", 0),
                                ("", 0),
                                ("", 0),
                                ("flags", 1),
                                ("flags", 0),
                                ("flags", 2),
                                ("flags", 3),
                            ],
                        )
                    },
                );
                n += 4;
                if flags.2 & (1 << 0) != 0 {
                    if self.comments { flags.0 |= 1 << 0 } else { flags.1 |= 1 << 0 }
                };
                n += <replies as ::tlwire_dsl::codec::Codec>::len(&self.replies, check);
                n += <replies_pts as ::tlwire_dsl::codec::Codec>::len(&self.replies_pts, check);
                match &self.recent_repliers {
                    ::tlwire_dsl::__private::Some(v) => {
                        if flags.2 & (1 << 1) != 0 {
                            flags.0 |= 1 << 1
                        }
                        n += <recent_repliers as ::tlwire_dsl::codec::Codec>::len(v, check);
                    }
                    ::tlwire_dsl::__private::None => {
                        if flags.2 & (1 << 1) != 0 {
                            flags.1 |= 1 << 1
                        }
                    }
                };
                match &self.channel_id {
                    ::tlwire_dsl::__private::Some(v) => {
                        if flags.2 & (1 << 0) != 0 {
                            flags.0 |= 1 << 0
                        }
                        n += <channel_id as ::tlwire_dsl::codec::Codec>::len(v, check);
                    }
                    ::tlwire_dsl::__private::None => {
                        if flags.2 & (1 << 0) != 0 {
                            flags.1 |= 1 << 0
                        }
                    }
                };
                match &self.max_id {
                    ::tlwire_dsl::__private::Some(v) => {
                        if flags.2 & (1 << 2) != 0 {
                            flags.0 |= 1 << 2
                        }
                        n += <max_id as ::tlwire_dsl::codec::Codec>::len(v, check);
                    }
                    ::tlwire_dsl::__private::None => {
                        if flags.2 & (1 << 2) != 0 {
                            flags.1 |= 1 << 2
                        }
                    }
                };
                match &self.read_max_id {
                    ::tlwire_dsl::__private::Some(v) => {
                        if flags.2 & (1 << 3) != 0 {
                            flags.0 |= 1 << 3
                        }
                        n += <read_max_id as ::tlwire_dsl::codec::Codec>::len(v, check);
                    }
                    ::tlwire_dsl::__private::None => {
                        if flags.2 & (1 << 3) != 0 {
                            flags.1 |= 1 << 3
                        }
                    }
                };
                if flags.0 & flags.1 != 0 {
                    check.fail(::tlwire_dsl::EncodeError::flag_conflict("messageReplies", "flags", flags.0 & flags.1));
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
                flags.0 |= (self.comments as ::tlwire_dsl::__private::u32) << 0;
                w = <replies as ::tlwire_dsl::codec::Codec>::write_in_run(&self.replies, w, &mut run);
                w = <replies_pts as ::tlwire_dsl::codec::Codec>::write_in_run(&self.replies_pts, w, &mut run);
                run.flush(&mut w);
                if let ::tlwire_dsl::__private::Some(v) = &self.recent_repliers {
                    flags.0 |= 1 << 1;
                    w = <recent_repliers as ::tlwire_dsl::codec::Codec>::write(v, w);
                };
                run.flush(&mut w);
                if let ::tlwire_dsl::__private::Some(v) = &self.channel_id {
                    flags.0 |= 1 << 0;
                    w = <channel_id as ::tlwire_dsl::codec::Codec>::write(v, w);
                };
                run.flush(&mut w);
                if let ::tlwire_dsl::__private::Some(v) = &self.max_id {
                    flags.0 |= 1 << 2;
                    w = <max_id as ::tlwire_dsl::codec::Codec>::write(v, w);
                };
                run.flush(&mut w);
                if let ::tlwire_dsl::__private::Some(v) = &self.read_max_id {
                    flags.0 |= 1 << 3;
                    w = <read_max_id as ::tlwire_dsl::codec::Codec>::write(v, w);
                };
                run.flush(&mut w);
                flags.1.set(flags.0);
                w
            }
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
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "flags"));
                        }
                    },
                    0,
                );
                flags.2 |= 1 << 0;
                let comments = flags.1 & (1 << 0) != 0;
                let replies = match <replies as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "replies"));
                    }
                };
                let replies_pts = match <replies_pts as ::tlwire_dsl::codec::Codec>::read(r) {
                    ::tlwire_dsl::__private::Ok(v) => v,
                    ::tlwire_dsl::__private::Err(e) => {
                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "replies_pts"));
                    }
                };
                flags.2 |= 1 << 1;
                let recent_repliers = if flags.1 & (1 << 1) != 0 {
                    ::tlwire_dsl::__private::Some(match <recent_repliers as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "recent_repliers"));
                        }
                    })
                } else {
                    ::tlwire_dsl::__private::None
                };
                flags.2 |= 1 << 0;
                let channel_id = if flags.1 & (1 << 0) != 0 {
                    ::tlwire_dsl::__private::Some(match <channel_id as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "channel_id"));
                        }
                    })
                } else {
                    ::tlwire_dsl::__private::None
                };
                flags.2 |= 1 << 2;
                let max_id = if flags.1 & (1 << 2) != 0 {
                    ::tlwire_dsl::__private::Some(match <max_id as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "max_id"));
                        }
                    })
                } else {
                    ::tlwire_dsl::__private::None
                };
                flags.2 |= 1 << 3;
                let read_max_id = if flags.1 & (1 << 3) != 0 {
                    ::tlwire_dsl::__private::Some(match <read_max_id as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "read_max_id"));
                        }
                    })
                } else {
                    ::tlwire_dsl::__private::None
                };
                if flags.1 & !flags.2 != 0 {
                    return ::tlwire_dsl::__private::Err(
                        r.error_at(
                            flags.0,
                            ::tlwire_dsl::DecodeErrorKind::UnknownFlags {
                                constructor: "messageReplies",
                                field: "flags",
                                bits: flags.1 & !flags.2,
                            },
                        )
                        .in_field_of("messageReplies", "flags"),
                    );
                };
                ::tlwire_dsl::__private::Ok(Self {
                    comments,
                    replies,
                    replies_pts,
                    recent_repliers,
                    channel_id,
                    max_id,
                    read_max_id,
                })
            }
        }
        impl ::tlwire_dsl::TlText for MessageReplies {
            #[inline]
            fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                t.object_fields(
                    "messageReplies",
                    &[
                        ("comments", &::tlwire_dsl::Flag(self.comments) as &dyn ::tlwire_dsl::TlField),
                        ("replies", &self.replies as &dyn ::tlwire_dsl::TlField),
                        ("replies_pts", &self.replies_pts as &dyn ::tlwire_dsl::TlField),
                        ("recent_repliers", &self.recent_repliers as &dyn ::tlwire_dsl::TlField),
                        ("channel_id", &self.channel_id as &dyn ::tlwire_dsl::TlField),
                        ("max_id", &self.max_id as &dyn ::tlwire_dsl::TlField),
                        ("read_max_id", &self.read_max_id as &dyn ::tlwire_dsl::TlField),
                    ],
                )
            }
        }
        impl ::tlwire_dsl::json::JsonObject for MessageReplies {
            const JSON_FIELDS: &'static [&'static str] =
                &["comments", "replies", "replies_pts", "recent_repliers", "channel_id", "max_id", "read_max_id"];
            fn write_fields<M: ::tlwire_dsl::__private::serde::ser::SerializeMap>(
                &self,
                map: &mut M,
            ) -> ::tlwire_dsl::__private::Result<(), M::Error> {
                ::tlwire_dsl::json::JsonField::write_field(&::tlwire_dsl::Flag(self.comments), "comments", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.replies, "replies", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.replies_pts, "replies_pts", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.recent_repliers, "recent_repliers", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.channel_id, "channel_id", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.max_id, "max_id", map)?;
                ::tlwire_dsl::json::JsonField::write_field(&self.read_max_id, "read_max_id", map)?;
                ::tlwire_dsl::__private::Ok(())
            }
            #[allow(non_snake_case)]
            fn read_fields<'de, A: ::tlwire_dsl::__private::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::tlwire_dsl::__private::Result<Self, A::Error> {
                let mut comments = ::tlwire_dsl::__private::None;
                let mut replies = ::tlwire_dsl::__private::None;
                let mut replies_pts = ::tlwire_dsl::__private::None;
                let mut recent_repliers = ::tlwire_dsl::__private::None;
                let mut channel_id = ::tlwire_dsl::__private::None;
                let mut max_id = ::tlwire_dsl::__private::None;
                let mut read_max_id = ::tlwire_dsl::__private::None;
                while let ::tlwire_dsl::__private::Some(key) =
                    map.next_key_seed(::tlwire_dsl::json::Key::<Self>::new())?
                {
                    match key {
                        "comments" => ::tlwire_dsl::json::put(&mut comments, &mut map, "comments")?,
                        "replies" => ::tlwire_dsl::json::put(&mut replies, &mut map, "replies")?,
                        "replies_pts" => ::tlwire_dsl::json::put(&mut replies_pts, &mut map, "replies_pts")?,
                        "recent_repliers" => {
                            ::tlwire_dsl::json::put(&mut recent_repliers, &mut map, "recent_repliers")?
                        }
                        "channel_id" => ::tlwire_dsl::json::put(&mut channel_id, &mut map, "channel_id")?,
                        "max_id" => ::tlwire_dsl::json::put(&mut max_id, &mut map, "max_id")?,
                        "read_max_id" => ::tlwire_dsl::json::put(&mut read_max_id, &mut map, "read_max_id")?,
                        _ => ::tlwire_dsl::json::tag::<Self, A>(&mut map)?,
                    }
                }
                let comments: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::flag(comments, "comments");
                let replies: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::required(replies, "replies");
                let replies_pts: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::required(replies_pts, "replies_pts");
                let recent_repliers: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::optional(recent_repliers, "recent_repliers");
                let channel_id: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::optional(channel_id, "channel_id");
                let max_id: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::optional(max_id, "max_id");
                let read_max_id: ::tlwire_dsl::__private::Result<_, A::Error> =
                    ::tlwire_dsl::json::optional(read_max_id, "read_max_id");
                ::tlwire_dsl::json::checked(Self {
                    comments: comments?,
                    replies: replies?,
                    replies_pts: replies_pts?,
                    recent_repliers: recent_repliers?,
                    channel_id: channel_id?,
                    max_id: max_id?,
                    read_max_id: read_max_id?,
                })
            }
        }
        impl ::tlwire_dsl::json::TlJson for MessageReplies {
            fn to_json<S: ::tlwire_dsl::__private::serde::Serializer>(
                &self,
                s: S,
            ) -> ::tlwire_dsl::__private::Result<S::Ok, S::Error> {
                ::tlwire_dsl::json::serialize_object(self, s)
            }
            fn from_json<'de, D: ::tlwire_dsl::__private::serde::Deserializer<'de>>(
                d: D,
            ) -> ::tlwire_dsl::__private::Result<Self, D::Error> {
                ::tlwire_dsl::json::deserialize_object(d)
            }
        }
        impl ::tlwire_dsl::__private::serde::Serialize for MessageReplies {
            fn serialize<S: ::tlwire_dsl::__private::serde::Serializer>(
                &self,
                s: S,
            ) -> ::tlwire_dsl::__private::Result<S::Ok, S::Error> {
                ::tlwire_dsl::json::TlJson::to_json(self, s)
            }
        }
        impl<'de> ::tlwire_dsl::__private::serde::Deserialize<'de> for MessageReplies {
            fn deserialize<D: ::tlwire_dsl::__private::serde::Deserializer<'de>>(
                d: D,
            ) -> ::tlwire_dsl::__private::Result<Self, D::Error> {
                ::tlwire_dsl::json::TlJson::from_json(d)
            }
        };
    };
    #[doc = "TL `messageReplies` read in place, the view of [`MessageReplies`]: `string` and `bytes` borrow from the input, vectors are `VecView`s, boxed types their views.\n\n```text\nmessageReplies#0x4128faac flags:# comments:flags.0?true replies:int replies_pts:int recent_repliers:flags.1?Vector<Peer> channel_id:flags.0?int max_id:flags.2?int read_max_id:flags.3?int = MessageReplies\n```"]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    pub struct MessageRepliesRef<'a> {
        #[doc = "`comments:flags.0?true`"]
        pub comments: ::tlwire_dsl::__private::core::primitive::bool,
        #[doc = "`replies:int`"]
        pub replies: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`replies_pts:int`"]
        pub replies_pts: ::tlwire_dsl::__private::core::primitive::i32,
        #[doc = "`recent_repliers:flags.1?Vector<Peer>`"]
        pub recent_repliers:
            ::tlwire_dsl::__private::Option<::tlwire_dsl::VecView<'a, ::tlwire_dsl::ViewOf<'a, enums::Peer>>>,
        #[doc = "`channel_id:flags.0?int`"]
        pub channel_id: ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
        #[doc = "`max_id:flags.2?int`"]
        pub max_id: ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
        #[doc = "`read_max_id:flags.3?int`"]
        pub read_max_id: ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
        _input: ::tlwire_dsl::__private::PhantomData<&'a ()>,
    }
    #[automatically_derived]
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    unsafe impl<'a> ::core::clone::TrivialClone for MessageRepliesRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::clone::Clone for MessageRepliesRef<'a> {
        #[inline]
        fn clone(&self) -> MessageRepliesRef<'a> {
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::bool>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i32>;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::core::primitive::i32>;
            let _: ::core::clone::AssertParamIsClone<
                ::tlwire_dsl::__private::Option<::tlwire_dsl::VecView<'a, ::tlwire_dsl::ViewOf<'a, enums::Peer>>>,
            >;
            let _: ::core::clone::AssertParamIsClone<
                ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
            >;
            let _: ::core::clone::AssertParamIsClone<
                ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
            >;
            let _: ::core::clone::AssertParamIsClone<
                ::tlwire_dsl::__private::Option<::tlwire_dsl::__private::core::primitive::i32>,
            >;
            let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::__private::PhantomData<&'a ()>>;
            *self
        }
    }
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::Copy for MessageRepliesRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::marker::StructuralPartialEq for MessageRepliesRef<'a> {}
    #[automatically_derived]
    #[allow(non_snake_case)]
    #[deny(deprecated)]
    impl<'a> ::core::cmp::PartialEq for MessageRepliesRef<'a> {
        #[inline]
        fn eq(&self, other: &MessageRepliesRef<'a>) -> bool {
            self.comments == other.comments
                && self.replies == other.replies
                && self.replies_pts == other.replies_pts
                && self.recent_repliers == other.recent_repliers
                && self.channel_id == other.channel_id
                && self.max_id == other.max_id
                && self.read_max_id == other.read_max_id
                && self._input == other._input
        }
    }
    #[deny(deprecated)]
    const _: () = {
        impl ::tlwire_dsl::__private::fmt::Debug for MessageRepliesRef<'_> {
            fn fmt(&self, f: &mut ::tlwire_dsl::__private::fmt::Formatter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                f.debug_struct("MessageRepliesRef")
                    .field("comments", &self.comments)
                    .field("replies", &self.replies)
                    .field("replies_pts", &self.replies_pts)
                    .field("recent_repliers", &self.recent_repliers)
                    .field("channel_id", &self.channel_id)
                    .field("max_id", &self.max_id)
                    .field("read_max_id", &self.read_max_id)
                    .finish()
            }
        }
        impl ::tlwire_dsl::HasView for MessageReplies {
            type View<'a> = MessageRepliesRef<'a>;
        }
        #[allow(unused_mut, unused_variables, non_snake_case)]
        impl<'a> ::tlwire_dsl::View<'a> for MessageRepliesRef<'a> {
            type Owned = MessageReplies;
            #[inline]
            fn deserialize_bare(
                r: &mut ::tlwire_dsl::Reader<'a>,
            ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                ::tlwire_dsl::__private::need_fields::<MessageReplies>(r)?;
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
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "flags"));
                        }
                    },
                    0,
                );
                flags.2 |= 1 << 0;
                let comments = flags.1 & (1 << 0) != 0;
                let replies =
                    match <::tlwire_dsl::__private::core::primitive::i32 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "replies"));
                        }
                    };
                let replies_pts =
                    match <::tlwire_dsl::__private::core::primitive::i32 as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies", "replies_pts"));
                        }
                    };
                flags.2 |= 1 << 1;
                let recent_repliers = if flags.1 & (1 << 1) != 0 {
                    ::tlwire_dsl::__private::Some(match <::tlwire_dsl::VecView<'_,
                                            ::tlwire_dsl::ViewOf<'_, enums::Peer>> as
                                            ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                                    ::tlwire_dsl::__private::Ok(v) => v,
                                    ::tlwire_dsl::__private::Err(e) =>
                                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies",
                                                    "recent_repliers")),
                                })
                } else {
                    ::tlwire_dsl::__private::None
                };
                flags.2 |= 1 << 0;
                let channel_id =
                    if flags.1 & (1 << 0) != 0 {
                        ::tlwire_dsl::__private::Some(match <::tlwire_dsl::__private::core::primitive::i32
                                            as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                                    ::tlwire_dsl::__private::Ok(v) => v,
                                    ::tlwire_dsl::__private::Err(e) =>
                                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies",
                                                    "channel_id")),
                                })
                    } else {
                        ::tlwire_dsl::__private::None
                    };
                flags.2 |= 1 << 2;
                let max_id =
                    if flags.1 & (1 << 2) != 0 {
                        ::tlwire_dsl::__private::Some(match <::tlwire_dsl::__private::core::primitive::i32
                                            as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                                    ::tlwire_dsl::__private::Ok(v) => v,
                                    ::tlwire_dsl::__private::Err(e) =>
                                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies",
                                                    "max_id")),
                                })
                    } else {
                        ::tlwire_dsl::__private::None
                    };
                flags.2 |= 1 << 3;
                let read_max_id =
                    if flags.1 & (1 << 3) != 0 {
                        ::tlwire_dsl::__private::Some(match <::tlwire_dsl::__private::core::primitive::i32
                                            as ::tlwire_dsl::ViewValue<'_>>::read_view(r) {
                                    ::tlwire_dsl::__private::Ok(v) => v,
                                    ::tlwire_dsl::__private::Err(e) =>
                                        return ::tlwire_dsl::__private::Err(e.in_field_of("messageReplies",
                                                    "read_max_id")),
                                })
                    } else {
                        ::tlwire_dsl::__private::None
                    };
                if flags.1 & !flags.2 != 0 {
                    return ::tlwire_dsl::__private::Err(
                        r.error_at(
                            flags.0,
                            ::tlwire_dsl::DecodeErrorKind::UnknownFlags {
                                constructor: "messageReplies",
                                field: "flags",
                                bits: flags.1 & !flags.2,
                            },
                        )
                        .in_field_of("messageReplies", "flags"),
                    );
                };
                ::tlwire_dsl::__private::Ok(Self {
                    comments,
                    replies,
                    replies_pts,
                    recent_repliers,
                    channel_id,
                    max_id,
                    read_max_id,
                    _input: ::tlwire_dsl::__private::PhantomData,
                })
            }
            #[inline]
            fn into_owned(self) -> MessageReplies {
                MessageReplies {
                    comments: self.comments,
                    replies: ::tlwire_dsl::__private::From::from(self.replies),
                    replies_pts: ::tlwire_dsl::__private::From::from(self.replies_pts),
                    recent_repliers: self.recent_repliers.map(::tlwire_dsl::__private::From::from),
                    channel_id: self.channel_id.map(::tlwire_dsl::__private::From::from),
                    max_id: self.max_id.map(::tlwire_dsl::__private::From::from),
                    read_max_id: self.read_max_id.map(::tlwire_dsl::__private::From::from),
                }
            }
        }
        impl ::tlwire_dsl::__private::From<MessageRepliesRef<'_>> for MessageReplies {
            #[inline]
            fn from(v: MessageRepliesRef<'_>) -> Self {
                ::tlwire_dsl::View::into_owned(v)
            }
        }
    };
}
