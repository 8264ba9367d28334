//! The feature `views`: a view of every line and every boxed type, read in
//! place (see [`View`](crate::View) and [`ViewValue`](crate::ViewValue)).
//!
//! A line `user … = User;` gets `types::UserRef<'a>`, whose `string` and
//! `bytes` fields borrow from the input, vectors are
//! [`VecView`](crate::VecView)s, and fields of a boxed type are that
//! type's view. `tl_type! { User = userEmpty | #[boxed] user; }` gets
//! `enums::UserRef<'a>`, an enum of the constructors' views, where a
//! `#[boxed]` constructor is a [`Lazy`](crate::Lazy): its checked bytes,
//! since a view allocates nothing. Lines with a type parameter
//! (`invokeWithLayer {X:Type}`) get none. Without the feature each macro
//! expands to nothing; the feature is this crate's, whatever crate the
//! line is in.

/// A line's view: the struct `$view<'a>`, `View`, `HasView` for `$item`,
/// `From` the view. Fields arrive as in `__tl_item_named!`.
#[cfg(feature = "views")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_item {
    ($lint:tt $item:ident $view:ident $tlname:tt [$x:ident] $($rest:tt)*) => {};
    (
        $lint:tt $item:ident $view:ident [$tlname:expr] [] [$text:expr] [$($w:ident)*]
        [$($field:tt)*]
        [$(($sf:ident $stl:ident [$($sty:tt)*] [$($sfa:tt)*]))*]
        [$(($flag:ident))*]
    ) => {
        #[doc = concat!(
            "TL `", $tlname, "` read in place, the view of [`", stringify!($item), "`]: `string` and `bytes` ",
            "borrow from the input, vectors are `VecView`s, boxed types their views.\n\n```text\n", $text, "\n```"
        )]
        #[derive(Clone, Copy, PartialEq)]
        #[allow(non_snake_case)]
        #$lint
        pub struct $view<'a> {
            $( $($sfa)* pub $sf: $crate::__tl_ref_ty!('a $($sty)*), )*
            _input: $crate::__private::PhantomData<&'a ()>,
        }

        #$lint
        const _: () = {
            impl $crate::__private::fmt::Debug for $view<'_> {
                fn fmt(&self, f: &mut $crate::__private::fmt::Formatter<'_>) -> $crate::__private::fmt::Result {
                    f.debug_struct(stringify!($view)) $(.field(stringify!($sf), &self.$sf))* .finish()
                }
            }

            impl $crate::HasView for $item {
                type View<'a> = $view<'a>;
            }

            #[allow(unused_mut, unused_variables, non_snake_case)]
            impl<'a> $crate::View<'a> for $view<'a> {
                type Owned = $item;

                #[inline]
                fn deserialize_bare(r: &mut $crate::Reader<'a>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    $crate::__tl_read_body! {
                        __tl_ref_field r $tlname, $item, [$($w)*] [$($field)*] [$($sf)*] [$(($flag))*]
                        _input: $crate::__private::PhantomData
                    }
                }

                #[inline]
                fn into_owned(self) -> $item {
                    $item { $( $sf: $crate::__tl_ref_field!(@owned self $sf [$($sty)*]), )* }
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

#[cfg(not(feature = "views"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_item {
    ($($line:tt)*) => {};
}

/// A boxed type's view: the enum `$tref<'a>`, `ViewValue` (read boxed),
/// `HasView` for `$t`, `From` the view.
#[cfg(feature = "views")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_enum {
    ($t:ident $tref:ident [$tlname:expr] [$(($c:ident $v:ident [$($path:tt)*] [$($boxed:ident)?]))+]) => {
        #[doc = concat!(
            "TL type `", $tlname, "` read in place, the view of [`", stringify!($t), "`]: one of its constructors' views ",
            "(a `Lazy` for those the owned enum boxes)."
        )]
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum $tref<'a> {
            $(
                #[doc = concat!("[`", stringify!($c), "`](", stringify!($($path)*), ")")]
                $v($crate::__tl_ref_variant!(@ty [$($boxed)?] 'a $($path)*)),
            )+
        }

        const _: () = {
            impl $crate::HasView for $t {
                type View<'a> = $tref<'a>;
            }

            impl<'a> $crate::ViewValue<'a> for $tref<'a> {
                type Owned = $t;
                const MIN_LEN: $crate::__private::usize = 4;
                fn read_view(r: &mut $crate::Reader<'a>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    let at = r.offset();
                    let id = r.read_u32()?;
                    $crate::__private::Ok(match id {
                        $(
                            <$($path)* as $crate::Identifiable>::CONSTRUCTOR_ID =>
                                Self::$v($crate::__tl_ref_variant!(@read [$($boxed)?] $($path)*)(r, at)?),
                        )+
                        _ => return $crate::__private::Err($crate::__private::unknown(at, id, $tlname)),
                    })
                }
            }

            impl<'a> $tref<'a> {
                /// Reads one boxed value that must span all of `bytes`.
                #[inline]
                pub fn from_bytes(bytes: &'a [u8]) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    $crate::__private::view_from_bytes(bytes)
                }

                /// The owned value, every borrowed field copied.
                pub fn into_owned(self) -> $t {
                    match self {
                        $( Self::$v(v) => $t::$v($crate::__private::From::from($crate::__tl_ref_variant!(@owned [$($boxed)?] v))), )+
                    }
                }

                /// The constructor id of the value's constructor.
                #[inline]
                pub fn constructor_id(&self) -> u32 {
                    match self { $( Self::$v(_) => <$($path)* as $crate::Identifiable>::CONSTRUCTOR_ID, )+ }
                }

                /// The TL name of the value's constructor.
                #[inline]
                pub fn constructor_name(&self) -> &'static str {
                    match self { $( Self::$v(_) => <$($path)* as $crate::Identifiable>::NAME, )+ }
                }
            }

            impl $crate::__private::From<$tref<'_>> for $t {
                #[inline]
                fn from(v: $tref<'_>) -> Self {
                    v.into_owned()
                }
            }
        };
    };
}

#[cfg(not(feature = "views"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_enum {
    ($($type:tt)*) => {};
}

/// A variant of a type's view: the constructor's view, or for a `#[boxed]`
/// constructor a `Lazy` of it.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_variant {
    (@ty [] $a:lifetime $($path:tt)*) => { $crate::ViewOf<$a, $($path)*> };
    (@ty [$boxed:ident] $a:lifetime $($path:tt)*) => { $crate::Lazy<$a, $crate::ViewOf<$a, $($path)*>> };
    (@read [] $($path:tt)*) => { $crate::__private::read_nested_view::<$crate::ViewOf<'_, $($path)*>> };
    (@read [$boxed:ident] $($path:tt)*) => { $crate::Lazy::<$crate::ViewOf<'_, $($path)*>>::read_nested };
    (@owned [] $v:ident) => { $crate::View::into_owned($v) };
    (@owned [$boxed:ident] $v:ident) => { $v.into_owned() };
}

/// A view field's Rust type (see `__tl_ty!` for the owned one): `&'a str`,
/// `&'a [u8]`, `VecView`, a view by `ViewOf`, or the primitive itself.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_ty {
    ($a:lifetime $c:ident . $bit:literal ? true) => { $crate::__private::core::primitive::bool };
    ($a:lifetime $c:ident . $bit:literal ? $($t:tt)+) => { $crate::__private::Option<$crate::__tl_ref_ty!($a $($t)+)> };
    ($a:lifetime int) => { $crate::__private::core::primitive::i32 };
    ($a:lifetime long) => { $crate::__private::core::primitive::i64 };
    ($a:lifetime string) => { &$a $crate::__private::core::primitive::str };
    ($a:lifetime Bool) => { $crate::__private::core::primitive::bool };
    ($a:lifetime bytes) => { &$a [$crate::__private::core::primitive::u8] };
    ($a:lifetime double) => { $crate::__private::core::primitive::f64 };
    ($a:lifetime int128) => { [$crate::__private::core::primitive::u8; 16] };
    ($a:lifetime int256) => { [$crate::__private::core::primitive::u8; 32] };
    ($a:lifetime true) => { $crate::__private::core::primitive::bool };
    ($a:lifetime Vector < ($($e:tt)+) >) => { $crate::VecView<$a, $crate::__tl_ref_ty!($a $($e)+)> };
    ($a:lifetime vector < ($($e:tt)+) >) => { $crate::VecView<$a, $crate::__tl_ref_ty!($a $($e)+)> };
    ($a:lifetime ($($t:tt)+)) => { $crate::ViewOf<$a, $crate::__tl_ty!(($($t)+))> };
    ($a:lifetime $($t:tt)+) => { $crate::ViewOf<$a, $crate::__tl_ty!($($t)+)> };
}

/// Reading a view's field (`@read`), and the owned field from it (`@owned`).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_ref_field {
    (@read $r:ident $name:expr, ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        $crate::__tl_field!(@read $r $name, ($f $tl [#] $a $k));
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? true] $a:tt $k:ident)) => {
        $crate::__tl_field!(@read $r $name, ($f $tl [$c . $bit ? true] $a $k));
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] $a:tt $k:ident)) => {
        $c.2 |= 1 << $bit;
        let $f = if $c.1 & (1 << $bit) != 0 {
            $crate::__private::Some($crate::__tl_try!($crate::__tl_ref_field!(@one $r $($t)+), $name, $tl))
        } else {
            $crate::__private::None
        };
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$($t:tt)+] $a:tt $k:ident)) => {
        let $f = $crate::__tl_try!($crate::__tl_ref_field!(@one $r $($t)+), $name, $tl);
    };
    // A bare vector has no id: read it so, not as a `ViewValue`.
    (@one $r:ident vector < ($($e:tt)+) >) => {
        $crate::VecView::<'_, $crate::__tl_ref_ty!('_ $($e)+)>::read_bare($r)
    };
    (@one $r:ident $($t:tt)+) => {
        <$crate::__tl_ref_ty!('_ $($t)+) as $crate::ViewValue<'_>>::read_view($r)
    };

    (@owned $s:ident $f:ident [$c:ident . $bit:literal ? true]) => { $s.$f };
    (@owned $s:ident $f:ident [$c:ident . $bit:literal ? $($t:tt)+]) => { $s.$f.map($crate::__private::From::from) };
    (@owned $s:ident $f:ident [$($t:tt)+]) => { $crate::__private::From::from($s.$f) };
}
