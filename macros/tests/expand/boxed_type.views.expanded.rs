#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// A boxed type (layer 122) in a namespace: one constructor stored in the
// enum, one behind a `Box`. The constructors' structs are stand-ins here:
// expanding resolves paths only.
mod types {
    pub mod upload {
        pub struct File;
        pub struct FileCdnRedirect;
    }
}

mod enums {
    pub mod upload {
        #[allow(unused_imports)]
        use crate::{enums, types};

        #[doc(hidden)]
        #[allow(non_camel_case_types, dead_code, deprecated)]
        mod __tl_names_upload_File {
            pub type File = super::File;
            #[deprecated = "tlwire: `upload.file` is a constructor, and a lowercase field type is a bare constructor (no id on the wire), which the DSL writes with `%`: write `%upload.file`, or its boxed type `upload.File`"]
            pub(crate) type file = ::tlwire_dsl::schema::LowercaseType;
            #[deprecated = "tlwire: `upload.fileCdnRedirect` is a constructor, and a lowercase field type is a bare constructor (no id on the wire), which the DSL writes with `%`: write `%upload.fileCdnRedirect`, or its boxed type `upload.File`"]
            pub(crate) type fileCdnRedirect = ::tlwire_dsl::schema::LowercaseType;
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        pub use self::__tl_names_upload_File::*;
        #[doc = "TL type `upload.File` read in place, the view of [`File`]: one of its constructors\' views (a `Lazy` for those the owned enum boxes)."]
        pub enum FileRef<'a> {
            #[doc = "[`file`](types :: upload :: File)"]
            File(::tlwire_dsl::ViewOf<'a, types::upload::File>),

            #[doc = "[`fileCdnRedirect`](types :: upload :: FileCdnRedirect)"]
            FileCdnRedirect(::tlwire_dsl::Lazy<'a, ::tlwire_dsl::ViewOf<'a, types::upload::FileCdnRedirect>>),
        }
        #[automatically_derived]
        impl<'a> ::core::fmt::Debug for FileRef<'a> {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                match self {
                    FileRef::File(__self_0) => ::core::fmt::Formatter::debug_tuple_field1_finish(f, "File", &__self_0),
                    FileRef::FileCdnRedirect(__self_0) => {
                        ::core::fmt::Formatter::debug_tuple_field1_finish(f, "FileCdnRedirect", &__self_0)
                    }
                }
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        unsafe impl<'a> ::core::clone::TrivialClone for FileRef<'a> {}
        #[automatically_derived]
        impl<'a> ::core::clone::Clone for FileRef<'a> {
            #[inline]
            fn clone(&self) -> FileRef<'a> {
                let _: ::core::clone::AssertParamIsClone<::tlwire_dsl::ViewOf<'a, types::upload::File>>;
                let _: ::core::clone::AssertParamIsClone<
                    ::tlwire_dsl::Lazy<'a, ::tlwire_dsl::ViewOf<'a, types::upload::FileCdnRedirect>>,
                >;
                *self
            }
        }
        #[automatically_derived]
        impl<'a> ::core::marker::Copy for FileRef<'a> {}
        #[automatically_derived]
        impl<'a> ::core::marker::StructuralPartialEq for FileRef<'a> {}
        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq for FileRef<'a> {
            #[inline]
            fn eq(&self, other: &FileRef<'a>) -> bool {
                let __self_discr = ::core::intrinsics::discriminant_value(self);
                let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                __self_discr == __arg1_discr
                    && match (self, other) {
                        (FileRef::File(__self_0), FileRef::File(__arg1_0)) => __self_0 == __arg1_0,
                        (FileRef::FileCdnRedirect(__self_0), FileRef::FileCdnRedirect(__arg1_0)) => {
                            __self_0 == __arg1_0
                        }
                        _ => unsafe { ::core::intrinsics::unreachable() },
                    }
            }
        }
        const _: () = {
            impl ::tlwire_dsl::HasView for File {
                type View<'a> = FileRef<'a>;
            }
            impl<'a> ::tlwire_dsl::ViewValue<'a> for FileRef<'a> {
                type Owned = File;
                const MIN_LEN: ::tlwire_dsl::__private::usize = 4;
                fn read_view(
                    r: &mut ::tlwire_dsl::Reader<'a>,
                ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                    let at = r.offset();
                    let id = r.read_u32()?;
                    ::tlwire_dsl::__private::Ok(match id {
                        <types::upload::File as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID => {
                            Self::File(::tlwire_dsl::__private::read_nested_view::<
                                ::tlwire_dsl::ViewOf<'_, types::upload::File>,
                            >(r, at)?)
                        }
                        <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID => {
                            Self::FileCdnRedirect(::tlwire_dsl::Lazy::<
                                ::tlwire_dsl::ViewOf<'_, types::upload::FileCdnRedirect>,
                            >::read_nested(r, at)?)
                        }
                        _ => {
                            return ::tlwire_dsl::__private::Err(::tlwire_dsl::__private::unknown(
                                at,
                                id,
                                "upload.File",
                            ));
                        }
                    })
                }
            }
            impl<'a> FileRef<'a> {
                /// Reads one boxed value that must span all of `bytes`.
                #[inline]
                pub fn from_bytes(bytes: &'a [u8]) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                    ::tlwire_dsl::__private::view_from_bytes(bytes)
                }
                /// The owned value, every borrowed field copied.
                pub fn into_owned(self) -> File {
                    match self {
                        Self::File(v) => {
                            File::File(::tlwire_dsl::__private::From::from(::tlwire_dsl::View::into_owned(v)))
                        }
                        Self::FileCdnRedirect(v) => {
                            File::FileCdnRedirect(::tlwire_dsl::__private::From::from(v.into_owned()))
                        }
                    }
                }
                /// The constructor id of the value's constructor.
                #[inline]
                pub fn constructor_id(&self) -> u32 {
                    match self {
                        Self::File(_) => <types::upload::File as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID,
                        Self::FileCdnRedirect(_) => {
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID
                        }
                    }
                }
                /// The TL name of the value's constructor.
                #[inline]
                pub fn constructor_name(&self) -> &'static str {
                    match self {
                        Self::File(_) => <types::upload::File as ::tlwire_dsl::Identifiable>::NAME,
                        Self::FileCdnRedirect(_) => {
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::NAME
                        }
                    }
                }
            }
            impl ::tlwire_dsl::__private::From<FileRef<'_>> for File {
                #[inline]
                fn from(v: FileRef<'_>) -> Self {
                    v.into_owned()
                }
            }
        };
        #[doc = "\n\nTL type `upload.File`: one of its constructors (large or recursive ones behind a `Box`)."]
        pub enum File {
            #[doc = "[`file`](types :: upload :: File)"]
            File(types::upload::File),

            #[doc = "[`fileCdnRedirect`](types :: upload :: FileCdnRedirect)"]
            FileCdnRedirect(::tlwire_dsl::__private::Box<types::upload::FileCdnRedirect>),
        }
        #[automatically_derived]
        impl ::core::fmt::Debug for File {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                match self {
                    File::File(__self_0) => ::core::fmt::Formatter::debug_tuple_field1_finish(f, "File", &__self_0),
                    File::FileCdnRedirect(__self_0) => {
                        ::core::fmt::Formatter::debug_tuple_field1_finish(f, "FileCdnRedirect", &__self_0)
                    }
                }
            }
        }
        #[automatically_derived]
        impl ::core::clone::Clone for File {
            #[inline]
            fn clone(&self) -> File {
                match self {
                    File::File(__self_0) => File::File(::core::clone::Clone::clone(__self_0)),
                    File::FileCdnRedirect(__self_0) => File::FileCdnRedirect(::core::clone::Clone::clone(__self_0)),
                }
            }
        }
        #[automatically_derived]
        impl ::core::marker::StructuralPartialEq for File {}
        #[automatically_derived]
        impl ::core::cmp::PartialEq for File {
            #[inline]
            fn eq(&self, other: &File) -> bool {
                let __self_discr = ::core::intrinsics::discriminant_value(self);
                let __arg1_discr = ::core::intrinsics::discriminant_value(other);
                __self_discr == __arg1_discr
                    && match (self, other) {
                        (File::File(__self_0), File::File(__arg1_0)) => __self_0 == __arg1_0,
                        (File::FileCdnRedirect(__self_0), File::FileCdnRedirect(__arg1_0)) => __self_0 == __arg1_0,
                        _ => unsafe { ::core::intrinsics::unreachable() },
                    }
            }
        }
        const _: () = if !(::tlwire_dsl::__private::core::mem::size_of::<File>()
            <= ::tlwire_dsl::__private::MAX_ENUM_SIZE)
        {
            {
                ::core::panicking::panic_fmt(format_args!(
                    "tlwire: the enum of `upload.File` is larger than 64 bytes; mark its large constructors `#[boxed]`"
                ));
            }
        };
        const _: () = {
            ::tlwire_dsl::schema::check_result(
                <types::upload::File as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
                "upload.File",
            );
            ::tlwire_dsl::schema::check_result(
                <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::SCHEMA.dsl(),
                "upload.File",
            );
            impl File {
                /// The constructor id of the value's constructor.
                #[inline]
                pub fn constructor_id(&self) -> u32 {
                    ::tlwire_dsl::registry::Constructed::constructor(self).0
                }
                /// The TL name of the value's constructor.
                #[inline]
                pub fn constructor_name(&self) -> &'static str {
                    ::tlwire_dsl::registry::Constructed::constructor(self).1
                }
            }
            impl ::tlwire_dsl::registry::Constructed for File {
                #[inline]
                fn constructor(&self) -> (u32, &'static str) {
                    match self {
                        Self::File(_) => (
                            <types::upload::File as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID,
                            <types::upload::File as ::tlwire_dsl::Identifiable>::NAME,
                        ),
                        Self::FileCdnRedirect(_) => (
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID,
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::NAME,
                        ),
                    }
                }
            }
            impl ::tlwire_dsl::Serializable for File {
                #[inline]
                fn measure(&self, check: &mut ::tlwire_dsl::LenCheck) -> ::tlwire_dsl::__private::usize {
                    match self {
                        Self::File(v) => <types::upload::File as ::tlwire_dsl::Serializable>::measure(v, check),
                        Self::FileCdnRedirect(v) => {
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Serializable>::measure(v, check)
                        }
                    }
                }
                #[inline]
                fn serialize<'a>(&self, w: ::tlwire_dsl::Writer<'a>) -> ::tlwire_dsl::Writer<'a> {
                    match self {
                        Self::File(v) => <types::upload::File as ::tlwire_dsl::Serializable>::serialize(v, w),
                        Self::FileCdnRedirect(v) => {
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::Serializable>::serialize(v, w)
                        }
                    }
                }
            }
            impl ::tlwire_dsl::Deserializable for File {
                fn deserialize(
                    r: &mut ::tlwire_dsl::Reader<'_>,
                ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                    let at = r.offset();
                    let id = r.read_u32()?;
                    ::tlwire_dsl::__private::Ok(match id {
                        <types::upload::File as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID => {
                            Self::File(::tlwire_dsl::__private::read_nested::<types::upload::File>(r, at)?)
                        }
                        <types::upload::FileCdnRedirect as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID => {
                            Self::FileCdnRedirect(
                                ::tlwire_dsl::__private::read_boxed::<types::upload::FileCdnRedirect>(r, at)?,
                            )
                        }
                        _ => {
                            return ::tlwire_dsl::__private::Err(::tlwire_dsl::__private::unknown(
                                at,
                                id,
                                "upload.File",
                            ));
                        }
                    })
                }
            }
            impl ::tlwire_dsl::codec::WireSize for File {}
            impl ::tlwire_dsl::TlText for File {
                #[inline]
                fn write_tl(&self, t: &mut ::tlwire_dsl::TextWriter<'_>) -> ::tlwire_dsl::__private::fmt::Result {
                    match self {
                        Self::File(v) => <types::upload::File as ::tlwire_dsl::TlText>::write_tl(v, t),
                        Self::FileCdnRedirect(v) => {
                            <types::upload::FileCdnRedirect as ::tlwire_dsl::TlText>::write_tl(v, t)
                        }
                    }
                }
            }
            impl ::tlwire_dsl::__private::From<types::upload::File> for File {
                #[inline]
                fn from(v: types::upload::File) -> Self {
                    Self::File(::tlwire_dsl::__private::From::from(v))
                }
            }
            impl ::tlwire_dsl::__private::TryFrom<File> for types::upload::File {
                /// The value itself, when it holds another constructor.
                type Error = File;
                #[inline]
                fn try_from(v: File) -> ::tlwire_dsl::__private::Result<Self, File> {
                    #[allow(unreachable_patterns)]
                    match v {
                        File::File(x) => ::tlwire_dsl::__private::Ok(::tlwire_dsl::__private::Unbox::unbox(x)),
                        other => ::tlwire_dsl::__private::Err(other),
                    }
                }
            }
            impl ::tlwire_dsl::__private::From<types::upload::FileCdnRedirect> for File {
                #[inline]
                fn from(v: types::upload::FileCdnRedirect) -> Self {
                    Self::FileCdnRedirect(::tlwire_dsl::__private::From::from(v))
                }
            }
            impl ::tlwire_dsl::__private::TryFrom<File> for types::upload::FileCdnRedirect {
                /// The value itself, when it holds another constructor.
                type Error = File;
                #[inline]
                fn try_from(v: File) -> ::tlwire_dsl::__private::Result<Self, File> {
                    #[allow(unreachable_patterns)]
                    match v {
                        File::FileCdnRedirect(x) => {
                            ::tlwire_dsl::__private::Ok(::tlwire_dsl::__private::Unbox::unbox(x))
                        }
                        other => ::tlwire_dsl::__private::Err(other),
                    }
                }
            }
        };
    }
}
