//! One line's item: the struct and the impls that forward to the runtime.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_item {
    (view $($line:tt)*) => { $crate::__tl_view_names! { $($line)* } };
    // `paste!` makes the Rust names here, over this macro's input only:
    // wrapped around the expansion instead, it walked every generated
    // token (4.2 s of a 55 s `cargo check` of layer 122).
    (
        $kind:ident $name:ident $ns:tt $tlname:tt $id:tt $unchecked:tt $text:tt $canonical:tt $x:tt $result:tt $doc:tt $call:tt
        $badid:tt $words:tt $all:tt $stored:tt $flags:tt
    ) => { $crate::__private::paste! {
        $crate::__tl_item_named! {
            [deny(deprecated)] [<$name:camel>] [<$name:camel Error>] [<$name:camel Ref>] $kind $ns $tlname $id $unchecked $text $canonical $x $result $doc $call
            $words $badid $all $stored $flags
        }
    }};
}

/// One line's item, its names made: the struct `$item`, its method's error
/// enum `$error`, its view `$view` (with the feature `views`). A field's fifth slot names its codec alias (the field's
/// own name, from the user's token), its fourth the `#` fields declared
/// before it. `$words` are the flags words the conditional fields name
/// (see `__tl_fields!`): each function declares a local for each first,
/// which a `#` field of the same name shadows, so that naming a word the
/// line does not declare is `check_flag`'s error instead of rustc's.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_item_named {
    (
        $lint:tt $item:ident $error:ident $view:ident $kind:ident [$($ns:ident)?] [$tlname:expr] [$($id:literal)?] [$($unchecked:ident $($u:tt)*)?]
        [($text:expr) $($computed:tt)*] [$canonical:expr] [$($x:ident)?] [$($result:tt)*] [$($doc:tt)*] $call:tt
        [$($w:ident)*] [$($badid:ident)?]
        [$(($f:ident $tl:ident [$($ty:tt)*] $fa:tt $codec:ident))*]
        [$(($sf:ident $stl:ident [$($sty:tt)*] [$($sfa:tt)*]))*]
        [$(($flag:ident))*]
    ) => {
        $( $crate::__tl_bad_id! { $tlname, $badid } )?
        $crate::__tl_struct! {
            [$($doc)* #[doc = concat!("\n\nTL ", $crate::__tl_kind!(@noun $kind), " `", $tlname, "`:\n\n```text\n", $text, "\n```")] #$lint]
            $item [$($x)?] [$(($sf [$($sty)*] [$($sfa)*]))*]
        }

        // A lowercase name written as a boxed type (`x:username`) names a
        // deprecated alias (see `tl_type!`): its note is the error. The
        // struct and this block deny the lint with the same tokens, so that
        // the field's two uses of the name make one error.
        #$lint
        const _: () = {
            // Each field's codec, named once and used by every function below.
            $( #[allow(non_camel_case_types)] type $codec = $crate::__tl_codec!($($ty)*); )*
            // The item, its type parameter (if any) filled in, for the checks.
            // No TL name camel-cases to a name that starts with `_`, so this
            // never hides the item it names.
            #[allow(non_camel_case_types)]
            type __Declared = $item $(<$crate::__tl_kind!(@any $x)>)?;
            // The id is checked where it is defined; naming it here runs the
            // check whether or not anything uses the id.
            let _ = <__Declared as $crate::Identifiable>::CONSTRUCTOR_ID;
            $( $crate::__tl_field!(@check __Declared ($f $tl [$($ty)*] $fa $codec)); )*

            impl $(<$x>)? $crate::Identifiable for $item $(<$x>)? {
                const SCHEMA: $crate::SchemaLine = $crate::SchemaLine::from_dsl($text, $tlname.len());
                const CONSTRUCTOR_ID: $crate::__private::u32 = $crate::schema::check_id(
                    Self::SCHEMA.dsl(), $canonical, $crate::__private::first(&[$($id)?]), $crate::__private::none(&[$(stringify!($unchecked))?]),
                );
            }

            #[allow(unused_mut, unused_variables, non_snake_case, clippy::identity_op)]
            impl $(<$x: $crate::TlValue>)? $crate::Bare for $item $(<$x>)? {
                const SHAPE: $crate::Shape = $crate::Shape::of(Self::FIELDS);
                const FIELDS: &'static [$crate::FieldShape] = &[$(<$codec as $crate::codec::Codec>::FIELD),*];
                const FIELD_NAMES: &'static [&'static str] = &[$(stringify!($tl)),*];
                #[inline]
                fn bare_len(&self, check: &mut $crate::LenCheck) -> $crate::__private::usize {
                    let mut n = 0;
                    $crate::__tl_flag_words! { [$($w)*] [$(($f $tl [$($ty)*] $fa $codec))*] }
                    $( $crate::__tl_field!(@len self n check ($f $tl [$($ty)*] $fa $codec)); )*
                    $( $crate::__tl_field!(@shared check $tlname, ($w $w [#] [] __unused)); )*
                    n
                }
                #[inline]
                fn serialize_fields<'a, const BOXED: bool>(&self, mut w: $crate::Writer<'a>) -> $crate::Writer<'a> {
                    $( let mut $w: ($crate::__private::u32, $crate::__private::FlagsWord<'a>) = (0, $crate::__private::FlagsWord::NONE); )*
                    let mut run = $crate::__private::Run::new();
                    if BOXED {
                        run.push_id::<Self>(&mut w);
                    }
                    $( $crate::__tl_field!(@write self w run ($f $tl [$($ty)*] $fa $codec)); )*
                    run.flush(&mut w);
                    $( $w.1.set($w.0); )*
                    w
                }
                $crate::__tl_kind! { @decoder $kind {
                    fn deserialize_bare(r: &mut $crate::Reader<'_>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                        $crate::__tl_read_body! { __tl_field r $tlname, Self, [$($w)*] [$(($f $tl [$($ty)*] $fa $codec))*] [$($sf)*] [$(($flag))*] }
                    }
                }}
            }

            impl $(<$x: $crate::TlValue>)? $crate::TlText for $item $(<$x>)? {
                #[inline]
                fn write_tl(&self, t: &mut $crate::TextWriter<'_>) -> $crate::__private::fmt::Result {
                    t.object_fields($tlname, &[
                        $( (stringify!($stl), $crate::__tl_field!(@text self $sf [$($sty)*])), )*
                    ])
                }
            }

            $crate::__tl_json_struct! { $item [$($x)?] [$(($sf $stl [$($sty)*]))*] }

            $crate::__tl_kind!(@impl $kind $item $error [$($x)?] [$($result)*] $call);
        };
        $crate::__tl_kind!(@errors $kind $item $error $tlname, $call);
        $crate::__tl_ref_item! {
            $lint $item $view [$tlname] [$($x)?] [$text] [$($w)*]
            [$(($f $tl [$($ty)*] $fa $codec))*] [$(($sf $stl [$($sty)*] [$($sfa)*]))*] [$(($flag))*]
        }
    };
}

/// The body of a `deserialize_bare`: the fixed-size prefix checked once,
/// each field read by `$read!(@read …)` (`__tl_field` for the owned struct,
/// `__tl_view_field` for a `tl_view!`, `__tl_ref_field` for a generated
/// view), the unused-flags check, the value (`$more`: fields that are not
/// the line's).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_read_body {
    (
        $read:ident $r:ident $tlname:expr, $owned:ty, [$($w:ident)*] [$($field:tt)*] [$($sf:ident)*] [$(($flag:ident))*]
        $($more:tt)*
    ) => {
        $crate::__private::need_fields::<$owned>($r)?;
        $( let mut $w: ($crate::__private::usize, $crate::__private::u32, $crate::__private::u32) = (0, 0, 0); )*
        $( $crate::$read!(@read $r $tlname, $field); )*
        $( $crate::__tl_field!(@known $r $tlname, ($flag $flag [#] [] __unused)); )*
        $crate::__private::Ok(Self { $($sf,)* $($more)* })
    };
}

/// The struct. Generic ones (`invokeWithLayer<X>`) get hand-written
/// `Debug`/`Clone`/`PartialEq`, because `derive` cannot see through the
/// field-type macros of a generic item.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_struct {
    ([$($attr:tt)*] $name:ident [] [$(($f:ident [$($ty:tt)*] [$($fa:tt)*]))*]) => {
        $($attr)*
        #[derive(Debug, Clone, PartialEq)]
        #[allow(non_snake_case)]
        pub struct $name {
            $( $($fa)* pub $f: $crate::__tl_ty!($($ty)*), )*
        }
    };
    ([$($attr:tt)*] $name:ident [$x:ident] [$(($f:ident [$($ty:tt)*] [$($fa:tt)*]))*]) => {
        $($attr)*
        #[allow(non_snake_case)]
        pub struct $name<$x> {
            $( $($fa)* pub $f: $crate::__tl_ty!($($ty)*), )*
        }
        impl<$x: $crate::__private::fmt::Debug> $crate::__private::fmt::Debug for $name<$x> {
            fn fmt(&self, f: &mut $crate::__private::fmt::Formatter<'_>) -> $crate::__private::fmt::Result {
                f.debug_struct(stringify!($name)) $(.field(stringify!($f), &self.$f))* .finish()
            }
        }
        impl<$x: $crate::__private::Clone> $crate::__private::Clone for $name<$x> {
            fn clone(&self) -> Self {
                Self { $($f: $crate::__private::Clone::clone(&self.$f)),* }
            }
        }
        impl<$x: $crate::__private::PartialEq> $crate::__private::PartialEq for $name<$x> {
            fn eq(&self, other: &Self) -> bool {
                true $(&& self.$f == other.$f)*
            }
        }
    };
}

/// What differs between constructors and methods.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_kind {
    (@noun constructor) => { "constructor" };
    (@noun function) => { "method" };
    // Any type, to name a generic item's constants.
    (@any $x:ident) => { () };
    // A constructor's decoder is compiled with the layer: answers are
    // decoded by every client. A method's is `#[inline]`, compiled only in
    // a crate that decodes requests (a server, a proxy, the registry).
    (@decoder constructor { $($decoder:tt)* }) => { $($decoder)* };
    (@decoder function { $($decoder:tt)* }) => { #[inline] $($decoder)* };
    (@impl constructor $ty:ident $error:ident [$($x:ident)?] $result:tt $call:tt) => {};
    (@impl function $ty:ident $error:ident [] [$($result:tt)*] [$errors:tt [$($bots:ident)?]]) => {
        impl $crate::RemoteCall for $ty {
            type Return = $crate::__tl_ty!($($result)*);
            type Error = $crate::__tl_kind!(@error_type $error $errors);
            $(const BOTS_CAN_CALL: $crate::__private::Option<$crate::__private::core::primitive::bool> = $crate::__tl_kind!(@bots $bots);)?
        }
    };
    (@impl function $ty:ident $error:ident [$x:ident] [$($result:tt)*] $call:tt) => {
        impl<$x: $crate::RemoteCall + $crate::TlValue> $crate::RemoteCall for $ty<$x> {
            type Return = <$x as $crate::RemoteCall>::Return;
            type Error = <$x as $crate::RemoteCall>::Error;
            const BOTS_CAN_CALL: $crate::__private::Option<$crate::__private::core::primitive::bool> = <$x as $crate::RemoteCall>::BOTS_CAN_CALL;
        }
    };
    (@bots yes) => { $crate::__private::Some(true) };
    (@bots no) => { $crate::__private::Some(false) };
    (@error_type $error:ident []) => { $crate::RpcError };
    (@error_type $error:ident $errors:tt) => { $error };

    // The enum of a method's documented errors.
    (@errors $kind:ident $ty:ident $name:ident $tlname:expr, [[] $bots:tt]) => {};
    (@errors function $ty:ident $name:ident $tlname:expr, [[$(($code:literal $error:ident [$($edoc:literal)?]))+] $bots:tt]) => {
        $crate::__private::paste! {
            #[doc = concat!("The errors [`", $tlname, "`](", stringify!($ty), ") is documented to return; any other comes as `Other`.")]
            #[derive(Debug, Clone, PartialEq, Eq)]
            pub enum $name {
                $(
                    #[doc = concat!("`", stringify!($code), " ", stringify!($error), "`", $(": ", $edoc)?)]
                    [<$error:camel>],
                )+
                /// An error the method's documentation does not list.
                Other($crate::RpcError),
            }
        }
        const _: () = { $crate::__private::paste! {
            impl $crate::__private::From<$crate::RpcError> for $name {
                fn from(e: $crate::RpcError) -> Self {
                    match (e.code, e.name.as_str()) {
                        $( ($code, stringify!($error)) => Self::[<$error:camel>], )+
                        _ => Self::Other(e),
                    }
                }
            }
            impl $crate::__private::fmt::Display for $name {
                fn fmt(&self, f: &mut $crate::__private::fmt::Formatter<'_>) -> $crate::__private::fmt::Result {
                    match self {
                        $( Self::[<$error:camel>] => f.write_str(concat!(
                            stringify!($code), " ", stringify!($error) $(, ": ", $edoc)?
                        )), )+
                        Self::Other(e) => $crate::__private::fmt::Display::fmt(e, f),
                    }
                }
            }
            impl $crate::__private::core::error::Error for $name {}
        }};
    };
}

/// The error of an id written as a word (`name #e317af7e`, or `name#e317af7e`,
/// which the lexer refuses and then reads so): the line is declared without
/// it (its id computed), so that this is its one error.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_bad_id {
    ($tlname:expr, $badid:ident) => {
        $crate::__private::core::compile_error!(concat!(
            "tlwire: `",
            $tlname,
            "`: the id `#",
            stringify!($badid),
            "` is not a Rust literal: write it `#0x",
            stringify!($badid),
            "`, after a space (`",
            $tlname,
            " #0x",
            stringify!($badid),
            "`)"
        ));
    };
}
