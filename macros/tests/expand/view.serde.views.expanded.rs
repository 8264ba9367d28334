#![feature(prelude_import)]
extern crate std;
#[prelude_import]
use std::prelude::rust_2024::*;
// A borrowed view (layer 122): `bytes` borrowed from the input, the other
// fields decoded as in the owned struct, which must be in scope. The types
// are stand-ins here: expanding resolves paths only.
mod enums {
    pub mod storage {
        pub enum FileType {}
    }
}

mod types {
    pub mod upload {
        pub struct File;
    }
}

mod views {
    pub mod upload {
        #[allow(unused_imports)]
        use crate::{enums, types};

        use crate::types::upload::File;

        macro_rules! __tl_distinct_step {
            (r#type r#type bytes __tl_end_1 $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { mtime $item }
            };
            (r#type mtime r#type __tl_end_1 $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { bytes $item }
            };
            (r#type mtime mtime __tl_end_1 $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { bytes $item }
            };
            (r#type mtime bytes r#type $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
            };
            (r#type mtime bytes mtime $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
            };
            (r#type mtime bytes bytes $item : tt) => {
                ::tlwire_dsl::__tl_duplicate_field! { __tl_end_1 $item }
            };
            (r#type mtime bytes __tl_end_1 $item : tt) => {
                ::tlwire_dsl::__tl_distinct! {
                    [r#t$ype mtime bytes __tl_end_1] [__tl_end_2 __tl_end_3]
                    $item
                }
            };
        }
        #[doc = "TL `upload.file` read in place: its `string` and `bytes` fields borrow from the input. [`View::into_owned`]($crate::View::into_owned) gives the owned [`File`].\n\n```text\nupload.file#0x96a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File\n```"]
        #[allow(non_snake_case)]
        #[deny(deprecated)]
        pub struct FileRef<'a> {
            #[doc = "`type:storage.FileType`"]
            pub r#type: enums::storage::FileType,
            #[doc = "`mtime:int`"]
            pub mtime: ::tlwire_dsl::__private::core::primitive::i32,
            #[doc = "`bytes:bytes`"]
            pub bytes: &'a [::tlwire_dsl::__private::core::primitive::u8],
        }
        #[automatically_derived]
        #[allow(non_snake_case)]
        #[deny(deprecated)]
        impl<'a> ::core::fmt::Debug for FileRef<'a> {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
                ::core::fmt::Formatter::debug_struct_field3_finish(
                    f,
                    "FileRef",
                    "type",
                    &self.r#type,
                    "mtime",
                    &self.mtime,
                    "bytes",
                    &&self.bytes,
                )
            }
        }
        #[automatically_derived]
        #[allow(non_snake_case)]
        #[deny(deprecated)]
        impl<'a> ::core::clone::Clone for FileRef<'a> {
            #[inline]
            fn clone(&self) -> FileRef<'a> {
                FileRef {
                    r#type: ::core::clone::Clone::clone(&self.r#type),
                    mtime: ::core::clone::Clone::clone(&self.mtime),
                    bytes: ::core::clone::Clone::clone(&self.bytes),
                }
            }
        }
        #[automatically_derived]
        #[allow(non_snake_case)]
        #[deny(deprecated)]
        impl<'a> ::core::marker::StructuralPartialEq for FileRef<'a> {}
        #[automatically_derived]
        #[allow(non_snake_case)]
        #[deny(deprecated)]
        impl<'a> ::core::cmp::PartialEq for FileRef<'a> {
            #[inline]
            fn eq(&self, other: &FileRef<'a>) -> bool {
                self.r#type == other.r#type && self.mtime == other.mtime && self.bytes == other.bytes
            }
        }
        #[deny(deprecated)]
        const _: () = {
            #[allow(non_camel_case_types)]
            type r#type = ::tlwire_dsl::codec::Boxed<enums::storage::FileType>;
            #[allow(non_camel_case_types)]
            type mtime = ::tlwire_dsl::codec::Boxed<::tlwire_dsl::__private::core::primitive::i32>;
            #[allow(non_camel_case_types)]
            type bytes = ::tlwire_dsl::codec::Bytes;
            const ID: ::tlwire_dsl::__private::u32 = ::tlwire_dsl::schema::check_id(
                "upload.file#0x96a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File",
                "upload.file type:storage.FileType mtime:int bytes:string = upload.File",
                ::tlwire_dsl::__private::first(&[0x96a18d5]),
                ::tlwire_dsl::__private::none(&[]),
            );
            if !(ID == <File as ::tlwire_dsl::Identifiable>::CONSTRUCTOR_ID) {
                {
                    ::core::panicking::panic_fmt(format_args!(
                        "tlwire: the view of `upload.file` has another id than its declaration"
                    ));
                }
            };
            #[allow(unused_mut, unused_variables, non_snake_case)]
            impl<'a> ::tlwire_dsl::View<'a> for FileRef<'a> {
                type Owned = File;
                fn deserialize_bare(
                    r: &mut ::tlwire_dsl::Reader<'a>,
                ) -> ::tlwire_dsl::__private::Result<Self, ::tlwire_dsl::DecodeError> {
                    ::tlwire_dsl::__private::need_fields::<File>(r)?;
                    let r#type = match <r#type as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("upload.file", "type"));
                        }
                    };
                    let mtime = match <mtime as ::tlwire_dsl::codec::Codec>::read(r) {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("upload.file", "mtime"));
                        }
                    };
                    let bytes = match r.read_bytes_inline() {
                        ::tlwire_dsl::__private::Ok(v) => v,
                        ::tlwire_dsl::__private::Err(e) => {
                            return ::tlwire_dsl::__private::Err(e.in_field_of("upload.file", "bytes"));
                        }
                    };
                    ::tlwire_dsl::__private::Ok(Self { r#type, mtime, bytes })
                }
                #[inline]
                fn into_owned(self) -> File {
                    File {
                        r#type: self.r#type,
                        mtime: self.mtime,
                        bytes: ::tlwire_dsl::__private::Vec::from(self.bytes),
                    }
                }
            }
            impl ::tlwire_dsl::__private::From<FileRef<'_>> for File {
                #[inline]
                fn from(v: FileRef<'_>) -> Self {
                    ::tlwire_dsl::View::into_owned(v)
                }
            }
        };
    }
}
