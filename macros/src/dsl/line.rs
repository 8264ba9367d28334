//! From schema lines to items.
//!
//! `__tl_lines!` parses a block of lines with one repetition (no munching):
//! each line becomes one `__tl_fields!` call carrying its parts in fixed
//! `[..]` slots, its schema text built from the tokens, and its fields
//! wrapped one per group. Only two kinds of line are irregular: the builtin
//! `vector` line, and generic methods (`{X:Type} … query:!X`), whose `!X`
//! cannot follow a field in a single repetition; `__tl_generic!` munches that
//! one line, wrapping `!X` as `(!X)`, then hands it back.
//!
//! `__tl_fields!` walks the fields once to drop the `flags:#` fields from the
//! struct and to give Rust keywords a usable name (`type` → `r#type`,
//! `self` → `is_self`): at most one step per field, so even the 52-field
//! `channelFull` stays far below the default recursion limit.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_lines {
    ($kind:ident) => {};
    // `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`: TL's builtin vector,
    // implemented by the runtime (`Vec<T>`); declared for the registry.
    ($kind:ident vector # $id:literal { t : Type } # [ t ] = Vector t ; $($rest:tt)*) => {
        $crate::__tl_builtin_vector! { $id }
        $crate::__tl_lines! { $kind $($rest)* }
    };
    ($kind:ident
        $(# $attr:tt)*
        $name:ident $(. $name2:ident)? $(# $id:literal)? { $x:ident : Type }
        $($rest:tt)*
    ) => {
        $crate::__tl_generic! {
            [$kind [] [$(# $attr)*]
                [$name $(. $name2)? $(# $id)? { $x : Type }]
                [concat!(stringify!($name) $(, ".", stringify!($name2))? $(, "#", stringify!($id))?, " {", stringify!($x), ":Type}")]]
            [] $($rest)*
        }
    };
    ($kind:ident $(
        $(@text($pre:expr))?
        $(#[doc = $doc:expr])* $(#[unchecked_id $($u:tt)*])?
        $(#[error($code:literal $error:ident $(= $edoc:literal)?)])*
        $(#[bots($bots:ident)])?
        $(#[related($rkind:ident $rname:ident $(. $rname2:ident)?)])*
        $name:ident $(. $name2:ident)? $(# $id:literal)? $({ $x:ident : Type })?
        $(
            $(#[doc = $fdoc:expr])*
            $fname:ident : $a:tt $(. $b:tt)? $(? $c:tt $(. $d:tt)?)? $(< $e0:tt $(. $e1:ident)? $($e2:ident)? >)?
        )*
        = $r:ident $(. $r2:ident)? $(< $re0:tt $(. $re1:ident)? $($re2:ident)? >)? ;
    )*) => {$(
        $crate::__tl_fields! {
            [$kind
                [$name $(. $name2)?]
                [concat!(stringify!($name) $(, ".", stringify!($name2))?)]
                [$($id)?]
                [$(unchecked $($u)*)?]
                [$(($pre))? (concat!(
                    stringify!($name) $(, ".", stringify!($name2))? $(, "#", stringify!($id))?
                    $(, " {", stringify!($x), ":Type}")?
                    $(
                        , " ", stringify!($fname), ":", stringify!($a) $(, ".", stringify!($b))?
                        $(, "?", stringify!($c) $(, ".", stringify!($d))?)?
                        $(, "<", $crate::__tl_spelled!($e0) $(, ".", stringify!($e1))? $(, stringify!($e2))?, ">")?
                    )*
                    , " = ", stringify!($r) $(, ".", stringify!($r2))?
                    $(, "<", stringify!($re0) $(, ".", stringify!($re1))? $(, stringify!($re2))?, ">")?
                ))]
                [concat!(
                    stringify!($name) $(, ".", stringify!($name2))?
                    $(, " ", stringify!($x), ":Type")?
                    $(, $crate::__tl_canonical_field!(
                        $fname : $a $(. $b)? $(? $c $(. $d)?)? $(< ($e0 $(. $e1)? $($e2)?) >)?
                    ))*
                    , " = ", $crate::__tl_canonical_type!($r $(. $r2)? $(< ($re0 $(. $re1)? $($re2)?) >)?)
                )]
                [$($x)?]
                [$r $(. $r2)? $(< ($re0 $(. $re1)? $($re2)?) >)?]
                [$(#[doc = $doc])* $(#[doc = concat!(
                    "\n\nSee also [`", stringify!($rname) $(, ".", stringify!($rname2))?, "`](",
                    $crate::__tl_link!($rkind $rname $(. $rname2)?), ")."
                )])*]
                [[$(($code $error [$($edoc)?]))*] [$($bots)?]]
            ]
            [$((
                [$(#[doc = $fdoc])* #[doc = concat!(
                    "`", stringify!($fname), ":", stringify!($a) $(, ".", stringify!($b))?
                    $(, "?", stringify!($c) $(, ".", stringify!($d))?)?
                    $(, "<", $crate::__tl_spelled!($e0) $(, ".", stringify!($e1))? $(, stringify!($e2))?, ">")?, "`"
                )]]
                $fname [$a $(. $b)? $(? $c $(. $d)?)? $(< ($e0 $(. $e1)? $($e2)?) >)?]
            ))*]
            [] [] []
        }
    )*};
}

/// One generic line, munched a token at a time until its `;`: `q:!X`
/// becomes `q:(!X)` and the schema text is built alongside.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_generic {
    ([$kind:ident [$($doc:tt)*] [$($unchecked:tt)*] [$($head:tt)*] [$text:expr]] [$($done:tt)*] ; $($rest:tt)*) => {
        $crate::__tl_lines! { $kind @text($text) $($doc)* $($unchecked)* $($head)* $($done)* ; }
        $crate::__tl_lines! { $kind $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr]] [$($done:tt)*] $f:ident : ! $x:ident $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":!", stringify!($x))]] [$($done)* $f : (!$x)] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr]] [$($done:tt)*] $f:ident : $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":")]] [$($done)* $f :] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr]] [$($done:tt)*] = $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " = ")]] [$($done)* =] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr]] [$($done:tt)*] $t:tt $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, stringify!($t))]] [$($done)* $t] $($rest)* }
    };
}

/// Walks the fields: `flags:#` fields go to the full list only, keywords
/// get a Rust name. Then hands both lists to `__tl_item!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_fields {
    ($line:tt [($fa:tt $f:ident [#]) $($rest:tt)*] [$($all:tt)*] $stored:tt [$($flags:tt)*]) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [#] $fa)] $stored [$($flags)* ($f)] }
    };
    ($line:tt [($fa:tt self $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (is_self self $ty $fa)] [$($stored)* (is_self self $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt Self $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (is_Self Self $ty $fa)] [$($stored)* (is_Self Self $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt super $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (super_ super $ty $fa)] [$($stored)* (super_ super $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt crate $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (crate_ crate $ty $fa)] [$($stored)* (crate_ crate $ty $fa)] $flags }
    };
    // Rust keywords other than the four above become raw identifiers.
    ($line:tt [($fa:tt as $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#as as $ty $fa)] [$($stored)* (r#as as $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt async $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#async async $ty $fa)] [$($stored)* (r#async async $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt await $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#await await $ty $fa)] [$($stored)* (r#await await $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt break $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#break break $ty $fa)] [$($stored)* (r#break break $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt const $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#const const $ty $fa)] [$($stored)* (r#const const $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt continue $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#continue continue $ty $fa)] [$($stored)* (r#continue continue $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt dyn $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#dyn dyn $ty $fa)] [$($stored)* (r#dyn dyn $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt else $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#else else $ty $fa)] [$($stored)* (r#else else $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt enum $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#enum enum $ty $fa)] [$($stored)* (r#enum enum $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt extern $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#extern extern $ty $fa)] [$($stored)* (r#extern extern $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt false $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#false false $ty $fa)] [$($stored)* (r#false false $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt fn $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#fn fn $ty $fa)] [$($stored)* (r#fn fn $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt for $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#for for $ty $fa)] [$($stored)* (r#for for $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt gen $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#gen gen $ty $fa)] [$($stored)* (r#gen gen $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt if $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#if if $ty $fa)] [$($stored)* (r#if if $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt impl $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#impl impl $ty $fa)] [$($stored)* (r#impl impl $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt in $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#in in $ty $fa)] [$($stored)* (r#in in $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt let $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#let let $ty $fa)] [$($stored)* (r#let let $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt loop $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#loop loop $ty $fa)] [$($stored)* (r#loop loop $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt match $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#match match $ty $fa)] [$($stored)* (r#match match $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt mod $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#mod mod $ty $fa)] [$($stored)* (r#mod mod $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt move $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#move move $ty $fa)] [$($stored)* (r#move move $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt mut $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#mut mut $ty $fa)] [$($stored)* (r#mut mut $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt pub $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#pub pub $ty $fa)] [$($stored)* (r#pub pub $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt ref $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#ref ref $ty $fa)] [$($stored)* (r#ref ref $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt return $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#return return $ty $fa)] [$($stored)* (r#return return $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt static $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#static static $ty $fa)] [$($stored)* (r#static static $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt struct $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#struct struct $ty $fa)] [$($stored)* (r#struct struct $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt trait $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#trait trait $ty $fa)] [$($stored)* (r#trait trait $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt true $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#true true $ty $fa)] [$($stored)* (r#true true $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt try $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#try try $ty $fa)] [$($stored)* (r#try try $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt type $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#type type $ty $fa)] [$($stored)* (r#type type $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt unsafe $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#unsafe unsafe $ty $fa)] [$($stored)* (r#unsafe unsafe $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt use $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#use use $ty $fa)] [$($stored)* (r#use use $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt where $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#where where $ty $fa)] [$($stored)* (r#where where $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt while $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#while while $ty $fa)] [$($stored)* (r#while while $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt abstract $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#abstract abstract $ty $fa)] [$($stored)* (r#abstract abstract $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt become $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#become become $ty $fa)] [$($stored)* (r#become become $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt box $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#box box $ty $fa)] [$($stored)* (r#box box $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt do $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#do do $ty $fa)] [$($stored)* (r#do do $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt final $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#final final $ty $fa)] [$($stored)* (r#final final $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt macro $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#macro macro $ty $fa)] [$($stored)* (r#macro macro $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt override $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#override override $ty $fa)] [$($stored)* (r#override override $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt priv $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#priv priv $ty $fa)] [$($stored)* (r#priv priv $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt typeof $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#typeof typeof $ty $fa)] [$($stored)* (r#typeof typeof $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt unsized $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#unsized unsized $ty $fa)] [$($stored)* (r#unsized unsized $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt virtual $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#virtual virtual $ty $fa)] [$($stored)* (r#virtual virtual $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt yield $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* (r#yield yield $ty $fa)] [$($stored)* (r#yield yield $ty $fa)] $flags }
    };
    ($line:tt [($fa:tt $f:ident $ty:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f $ty $fa)] [$($stored)* ($f $f $ty $fa)] $flags }
    };
    ([$kind:ident [$name:ident] $($line:tt)*] [] $all:tt $stored:tt $flags:tt) => {
        $crate::__tl_item! { $kind $name [] $($line)* $all $stored $flags }
    };
    ([$kind:ident [$ns:ident . $name:ident] $($line:tt)*] [] $all:tt $stored:tt $flags:tt) => {
        $crate::__tl_item! { $kind $name [$ns] $($line)* $all $stored $flags }
    };
}

/// A field in the canonical form its id is the CRC32 of: `flags.N?true`
/// fields left out, the type as [`__tl_canonical_type!`] writes it.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_canonical_field {
    // The common shapes first, each in one step.
    ($f:ident : bytes) => { concat!(" ", stringify!($f), ":string") };
    ($f:ident : $t:ident) => { concat!(" ", stringify!($f), ":", stringify!($t)) };
    ($f:ident : $c:ident . $bit:tt ? true) => { "" };
    ($f:ident : $c:ident . $bit:tt ? bytes) => { concat!(" ", stringify!($f), ":", stringify!($c), ".", stringify!($bit), "?string") };
    ($f:ident : $c:ident . $bit:tt ? $t:ident) => { concat!(" ", stringify!($f), ":", stringify!($c), ".", stringify!($bit), "?", stringify!($t)) };
    ($f:ident : $($t:tt)+) => { concat!(" ", stringify!($f), ":", $crate::__tl_canonical_type!($($t)+)) };
}

/// A type in canonical form: `Vector<T>` as `Vector T`, no `%`, and a
/// field's or result's own `bytes` as `string` (a vector's `bytes` elements
/// stay `bytes`: `options:Vector<bytes>` hashes as `options:Vector bytes`).
/// Built while the macro expands, so the compile-time id check only runs
/// CRC32 over the result instead of tokenizing the line in the const
/// evaluator (which cost 2 s per build of layer 122).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_canonical_type {
    (@element $v:ident < ($($e:tt)+) >) => { concat!(stringify!($v), " ", $crate::__tl_canonical_type!(@element $($e)+)) };
    (@element % $($t:tt)+) => { $crate::__tl_canonical_type!(@element $($t)+) };
    (@element $ns:ident . $t:ident) => { concat!(stringify!($ns), ".", stringify!($t)) };
    (@element $t:tt) => { stringify!($t) };
    (bytes) => { "string" };
    ($c:ident . $bit:tt ? $($t:tt)+) => { concat!(stringify!($c), ".", stringify!($bit), "?", $crate::__tl_canonical_type!($($t)+)) };
    ((! $x:ident)) => { concat!("!", stringify!($x)) };
    ($($t:tt)+) => { $crate::__tl_canonical_type!(@element $($t)+) };
}

/// A vector element's first token as `.tl` spells it: the `%` the DSL puts
/// before a bare constructor (`vector<%future_salt>`) is not part of the line.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_spelled {
    (%) => {
        ""
    };
    ($t:tt) => {
        stringify!($t)
    };
}
