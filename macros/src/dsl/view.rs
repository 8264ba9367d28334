//! `tl_view!`: a borrowed twin of a declared line (see [`View`](crate::View)).
//!
//! The line goes through the same parser as `tl_constructor!`; `__tl_item!`
//! hands lines of kind `view` here. Only the `string` and `bytes` fields
//! (plain or `flags.N?`) borrow; the rest use the owned field code.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_view_names {
    (
        $name:ident $ns:tt $tlname:tt $id:tt $unchecked:tt $text:tt $canonical:tt [] $result:tt $doc:tt $call:tt
        $badid:tt $words:tt $all:tt $stored:tt $flags:tt
    ) => { $crate::__private::paste! {
        $crate::__tl_view_item! {
            [deny(deprecated)] [<$name:camel>] [<$name:camel Ref>] $tlname $id $unchecked $text $canonical $words $badid
            $all $stored $flags
        }
    }};
    // The same line with a type parameter in the generic slot.
    ($name:ident $ns:tt [$tlname:expr] $id:tt $unchecked:tt $text:tt $canonical:tt [$x:ident] $($rest:tt)*) => {
        $crate::__private::core::compile_error!(concat!(
            "tlwire: `", $tlname, "` is generic (`{", stringify!($x), ":Type}`), and tl_view! only reads ",
            "lines without a type parameter; decode it owned"
        ));
    };
}

/// The view `$view` of the declared struct `$item`.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_view_item {
    (
        $lint:tt $item:ident $view:ident [$tlname:expr] [$($id:literal)?] [$($unchecked:ident $($u:tt)*)?]
        [($text:expr) $($computed:tt)*] [$canonical:expr] [$($w:ident)*] [$($badid:ident)?]
        [$(($f:ident $tl:ident [$($ty:tt)*] $fa:tt $codec:ident))*]
        [$(($sf:ident $stl:ident [$($sty:tt)*] [$($sfa:tt)*]))*]
        [$(($flag:ident))*]
    ) => {
        $( $crate::__tl_bad_id! { $tlname, $badid } )?
        #[doc = concat!(
            "TL `", $tlname, "` read in place: its `string` and `bytes` fields borrow from the input. ",
            "[`View::into_owned`](", stringify!($crate), "::View::into_owned) gives the owned [`",
            stringify!($item), "`].\n\n```text\n", $text, "\n```"
        )]
        #[derive(Debug, Clone, PartialEq)]
        #[allow(non_snake_case)]
        #$lint
        pub struct $view<'a> {
            $( $($sfa)* pub $sf: $crate::__tl_view_ty!('a $($sty)*), )*
        }

        #$lint
        const _: () = {
            $( #[allow(non_camel_case_types)] type $codec = $crate::__tl_codec!($($ty)*); )*
            const ID: $crate::__private::u32 = $crate::schema::check_id(
                $text, $canonical, $crate::__private::first(&[$($id)?]), $crate::__private::none(&[$(stringify!($unchecked))?]),
            );
            $crate::__private::core::assert!(
                ID == <$item as $crate::Identifiable>::CONSTRUCTOR_ID,
                concat!("tlwire: the view of `", $tlname, "` has another id than its declaration")
            );

            #[allow(unused_mut, unused_variables, non_snake_case)]
            impl<'a> $crate::View<'a> for $view<'a> {
                type Owned = $item;

                fn deserialize_bare(r: &mut $crate::Reader<'a>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    $crate::__tl_read_body! { __tl_view_field r $tlname, $item, [$($w)*] [$(($f $tl [$($ty)*] $fa $codec))*] [$($sf)*] [$(($flag))*] }
                }

                #[inline]
                fn into_owned(self) -> $item {
                    $item { $( $sf: $crate::__tl_view_field!(@owned self $sf [$($sty)*]), )* }
                }
            }

            impl $crate::__private::From<$view<'_>> for $item {
                #[inline]
                fn from(v: $view<'_>) -> Self {
                    $crate::View::into_owned(v)
                }
            }
        };
    };
}

/// A view field's Rust type: borrowed for `string` and `bytes`, the owned
/// type otherwise.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_view_ty {
    ($a:lifetime bytes) => { &$a [$crate::__private::core::primitive::u8] };
    ($a:lifetime string) => { &$a $crate::__private::core::primitive::str };
    ($a:lifetime $c:ident . $bit:literal ? bytes) => { $crate::__private::Option<&$a [$crate::__private::core::primitive::u8]> };
    ($a:lifetime $c:ident . $bit:literal ? string) => { $crate::__private::Option<&$a $crate::__private::core::primitive::str> };
    ($a:lifetime $($t:tt)+) => { $crate::__tl_ty!($($t)+) };
}

/// Reading a view field, and converting it to the owned field.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_view_field {
    (@read $r:ident $name:expr, ($f:ident $tl:ident [bytes] $a:tt $k:ident)) => {
        let $f = $crate::__tl_try!($r.read_bytes_inline(), $name, $tl);
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [string] $a:tt $k:ident)) => {
        let $f = $crate::__tl_try!($r.read_str(), $name, $tl);
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? bytes] $a:tt $k:ident)) => {
        $c.2 |= 1 << $bit;
        let $f = if $c.1 & (1 << $bit) != 0 { $crate::__private::Some($crate::__tl_try!($r.read_bytes_inline(), $name, $tl)) } else { $crate::__private::None };
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? string] $a:tt $k:ident)) => {
        $c.2 |= 1 << $bit;
        let $f = if $c.1 & (1 << $bit) != 0 { $crate::__private::Some($crate::__tl_try!($r.read_str(), $name, $tl)) } else { $crate::__private::None };
    };
    (@read $r:ident $name:expr, $field:tt) => {
        $crate::__tl_field!(@read $r $name, $field);
    };

    (@owned $s:ident $f:ident [bytes]) => { $crate::__private::Vec::from($s.$f) };
    (@owned $s:ident $f:ident [string]) => { $crate::__private::String::from($s.$f) };
    (@owned $s:ident $f:ident [$c:ident . $bit:literal ? bytes]) => { $s.$f.map($crate::__private::Vec::from) };
    (@owned $s:ident $f:ident [$c:ident . $bit:literal ? string]) => { $s.$f.map($crate::__private::String::from) };
    (@owned $s:ident $f:ident [$($t:tt)+]) => { $s.$f };
}
