//! `tl_type!`: a boxed type as an enum over its constructors.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_types {
    ($(
        $(#[doc = $doc:expr])*
        $t:ident $(. $t2:ident)? = $($c:ident $(. $c2:ident)?)|+ ;
    )*) => {$(
        $crate::__tl_enum! {
            [$t $(. $t2)?] [concat!(stringify!($t) $(, ".", stringify!($t2))?)] [$(#[doc = $doc])*]
            [$(($c $(. $c2)?))+]
        }
    )*};
}

/// Resolves the enum's name and each constructor's path, then emits.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum {
    ([$t:ident] $tlname:tt $doc:tt [$(($c:ident))+]) => {
        $crate::__tl_enum_item! { $t $tlname $doc [$(($c [types::]))+] }
    };
    ([$t:ident] $tlname:tt $doc:tt [$(($ns:ident . $c:ident))+]) => {
        $crate::__tl_enum_item! { $t $tlname $doc [$(($c [types::$ns::]))+] }
    };
    ([$tns:ident . $t:ident] $tlname:tt $doc:tt [$(($c:ident))+]) => {
        $crate::__tl_enum_item! { $t $tlname $doc [$(($c [types::]))+] }
    };
    ([$tns:ident . $t:ident] $tlname:tt $doc:tt [$(($ns:ident . $c:ident))+]) => {
        $crate::__tl_enum_item! { $t $tlname $doc [$(($c [types::$ns::]))+] }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum_item {
    ($t:ident [$tlname:expr] [$($doc:tt)*] [$(($c:ident [$($path:tt)*]))+]) => { $crate::__private::paste! {
        $($doc)*
        #[doc = concat!("\n\nTL type `", $tlname, "`: one of its constructors, each boxed so the enum stays two words.")]
        #[derive(Debug, Clone, PartialEq)]
        pub enum [<$t:camel>] {
            $(
                #[doc = concat!("[`", stringify!($c), "`](", stringify!($($path)*[<$c:camel>]), ")")]
                [<$c:camel>]($crate::__private::Box<$($path)*[<$c:camel>]>),
            )+
        }

        $crate::__private::static_assertions::const_assert!(
            $crate::__private::core::mem::size_of::<[<$t:camel>]>() <= 2 * $crate::__private::core::mem::size_of::<usize>()
        );

        const _: () = {
            $( $crate::schema::check_result(<$($path)*[<$c:camel>] as $crate::Identifiable>::SCHEMA, $tlname); )+

            impl [<$t:camel>] {
                /// The constructor id of the value's constructor.
                #[inline]
                pub fn constructor_id(&self) -> u32 {
                    $crate::registry::Constructed::constructor(self).0
                }
                /// The TL name of the value's constructor.
                #[inline]
                pub fn constructor_name(&self) -> &'static str {
                    $crate::registry::Constructed::constructor(self).1
                }
            }

            impl $crate::registry::Constructed for [<$t:camel>] {
                fn constructor(&self) -> (u32, &'static str) {
                    match self { $(
                        Self::[<$c:camel>](_) => (
                            <$($path)*[<$c:camel>] as $crate::Identifiable>::CONSTRUCTOR_ID,
                            <$($path)*[<$c:camel>] as $crate::Identifiable>::NAME,
                        ),
                    )+ }
                }
            }

            impl $crate::Serializable for [<$t:camel>] {
                #[inline]
                fn measure(&self, check: &mut $crate::LenCheck) -> $crate::__private::usize {
                    match self { $( Self::[<$c:camel>](v) => $crate::__private::boxed_len(&**v, check), )+ }
                }
                #[inline]
                fn serialize(&self, w: &mut $crate::Writer<'_>) {
                    match self { $( Self::[<$c:camel>](v) => $crate::__private::serialize_boxed(&**v, w), )+ }
                }
            }

            impl $crate::Deserializable for [<$t:camel>] {
                fn deserialize(r: &mut $crate::Reader<'_>) -> $crate::__private::Result<Self, $crate::DecodeError> {
                    let at = r.offset();
                    r.enter()?;
                    let id = r.read_u32()?;
                    let value = match id {
                        $(
                            <$($path)*[<$c:camel>] as $crate::Identifiable>::CONSTRUCTOR_ID =>
                                Self::[<$c:camel>]($crate::__private::Box::new(<$($path)*[<$c:camel>] as $crate::Bare>::deserialize_bare(r)?)),
                        )+
                        _ => return $crate::__private::Err($crate::__private::unknown(at, id, $tlname)),
                    };
                    r.leave();
                    $crate::__private::Ok(value)
                }
            }

            impl $crate::codec::WireSize for [<$t:camel>] {}

            impl $crate::TlText for [<$t:camel>] {
                fn write_tl(&self, t: &mut $crate::TextWriter<'_>) -> $crate::__private::fmt::Result {
                    match self { $( Self::[<$c:camel>](v) => $crate::TlText::write_tl(&**v, t), )+ }
                }
            }

            $(
                impl $crate::__private::From<$($path)*[<$c:camel>]> for [<$t:camel>] {
                    #[inline]
                    fn from(v: $($path)*[<$c:camel>]) -> Self {
                        Self::[<$c:camel>]($crate::__private::Box::new(v))
                    }
                }

                impl $crate::__private::TryFrom<[<$t:camel>]> for $($path)*[<$c:camel>] {
                    /// The value itself, when it holds another constructor.
                    type Error = [<$t:camel>];
                    #[inline]
                    fn try_from(v: [<$t:camel>]) -> $crate::__private::Result<Self, [<$t:camel>]> {
                        #[allow(unreachable_patterns)]
                        match v {
                            [<$t:camel>]::[<$c:camel>](x) => $crate::__private::Ok(*x),
                            other => $crate::__private::Err(other),
                        }
                    }
                }
            )+
        };
    }};
}
