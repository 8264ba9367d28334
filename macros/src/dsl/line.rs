//! From schema lines to items.
//!
//! `__tl_lines!` parses a block of lines with one repetition (no munching):
//! each line becomes one `__tl_fields!` call carrying its parts in fixed
//! `[..]` slots, its schema text built from the tokens, and its fields
//! wrapped one per group. Three kinds of line are irregular: the builtin
//! `vector` line; generic methods (`{X:Type} … query:!X`), whose `!X`
//! cannot follow a field in a single repetition; and lines with a bare type
//! outside a vector (`x:%c`, `x:flags.0?%c`), whose `%c` is two tokens
//! where the repetition takes one. `__tl_generic!` munches such a line, a
//! field or a token at a time, wrapping `!X` as `(!X)` and `%c` as `(%c)`,
//! and hands it back with its schema text. A block the repetition does not
//! parse is tried that way, its first line munched; if that line has no
//! `%` either, the whole block goes back to the repetition alone
//! (`[strict]`), so that a plain syntax error is reported where it is.
//! That is one of the block's modes, the slot after its kind: `[]`,
//! `[strict]`, or `[converted]` (a block `tl convert` wrote, whose lines
//! skip the duplicate-name check: see `distinct.rs`).
//!
//! `__tl_fields!` walks the fields once to drop the `flags:#` fields from the
//! struct, to give Rust keywords a usable name (`type` → `r#type`,
//! `self` → `is_self`), and to note, on each field, the `#` fields declared
//! before it (what `schema::check_flag` checks a conditional field
//! against): at most one step per field, so that the 70 fields of layer
//! 230's `channelFull` stay below the default recursion limit, with room
//! for `__tl_distinct!`'s check of the field names (`distinct.rs`). A field
//! arrives as `(attributes name name [type] first)`, its name twice so
//! that an arm can match a name and still hold the user's token, and its
//! type's first token again (the flags word of a conditional field), so
//! that an arm can match `flags` and still read the type.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_lines {
    ($kind:ident $mode:tt) => {};
    // `vector#1cb5c415 {t:Type} # [ t ] = Vector t;`: TL's builtin vector,
    // implemented by the runtime (`Vec<T>`); declared for the registry.
    ($kind:ident $mode:tt vector # $id:literal { t : Type } # [ t ] = Vector t ; $($rest:tt)*) => {
        $crate::__tl_builtin_vector! { $id }
        $crate::__tl_lines! { $kind $mode $($rest)* }
    };
    ($kind:ident $mode:tt
        $(# $attr:tt)*
        $name:ident $(. $name2:ident)? $(# $id:literal)? { $x:ident : Type }
        $($rest:tt)*
    ) => {
        $crate::__tl_generic! {
            [$kind [] [$(# $attr)*]
                [$name $(. $name2)? $(# $id)? { $x : Type }]
                [concat!(stringify!($name) $(, ".", stringify!($name2))? $(, "#", stringify!($id))?, " {", stringify!($x), ":Type}")]
                generic]
            [] $($rest)*
        }
    };
    ($kind:ident $mode:tt $(
        $(@text($pre:expr))?
        $(#[doc = $doc:expr])* $(#[unchecked_id $($u:tt)*])?
        $(#[error($code:literal $error:ident $(= $edoc:literal)?)])*
        $(#[bots($bots:ident)])?
        $(#[related($rkind:ident $rname:ident $(. $rname2:ident)?)])*
        $name:ident $(. $name2:ident)? $(# $id:literal)? $(# $badid:ident)? $({ $x:ident : Type })?
        $(
            $(#[doc = $fdoc:expr])*
            $fname:ident : $a:tt $(. $b:tt)? $(? $c:tt $(. $d:tt)?)? $(< $e0:tt $(. $e1:ident)? $($e2:ident)? >)?
        )*
        = $r:ident $(. $r2:ident)? $(< $re0:tt $(. $re1:ident)? $($re2:ident)? >)? ;
    )*) => {$(
        $crate::__tl_fields! {
            [$kind $mode
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
                [$($badid)?]
            ]
            [$((
                [$(#[doc = $fdoc])* #[doc = concat!(
                    "`", stringify!($fname), ":", stringify!($a) $(, ".", stringify!($b))?
                    $(, "?", stringify!($c) $(, ".", stringify!($d))?)?
                    $(, "<", $crate::__tl_spelled!($e0) $(, ".", stringify!($e1))? $(, stringify!($e2))?, ">")?, "`"
                )]]
                $fname $fname [$a $(. $b)? $(? $c $(. $d)?)? $(< ($e0 $(. $e1)? $($e2)?) >)?] $a
            ))*]
            [] [] [] [[] [] []]
        }
    )*};
    // A block `tl convert` wrote that the repetition does not parse (a
    // bare type outside a vector): read as any other block, its fields
    // checked.
    ($kind:ident [converted] $($rest:tt)+) => {
        $crate::__tl_lines! { $kind [] $($rest)+ }
    };
    // Not parsed by the repetition: the first line is munched (a bare
    // type outside a vector), or the block is malformed.
    ($kind:ident [] $(# $attr:tt)* $name:ident $($rest:tt)*) => {
        $crate::__tl_generic! {
            [$kind [] [$(# $attr)*] [] [stringify!($name)] (fallback [$(# $attr)* $name $($rest)*])]
            [$name] $($rest)*
        }
    };
}

/// One irregular line, munched until its `;`: `q:!X` becomes `q:(!X)`,
/// `x:%c` and `x:flags.N?%c` become `x:(%c)` and `x:flags.N?(%c)`, and the
/// schema text is built alongside (`%` is not part of it, as in a vector). The last slot of the state is the mode:
/// `generic` (a `{X:Type}` line), `(fallback [block])` (a block the
/// repetition did not parse, no `%` met yet), `bare` (a `%` met). Such a
/// line must be a call of its own: what follows its `;` is parsed again,
/// one level deeper.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_generic {
    // A block that did not parse, and whose first line has no `%`: the
    // block is malformed; the repetition alone reports where.
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] (fallback [$($block:tt)*])] $done:tt ; $($rest:tt)*) => {
        $crate::__tl_lines! { $kind [strict] $($block)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] (fallback [$($block:tt)*])] $done:tt) => {
        $crate::__tl_lines! { $kind [strict] $($block)* }
    };
    ([$kind:ident [$($doc:tt)*] [$($unchecked:tt)*] [$($head:tt)*] [$text:expr] $mode:tt] [$($done:tt)*] ; $($rest:tt)*) => {
        $crate::__tl_lines! { $kind [] @text($text) $($doc)* $($unchecked)* $($head)* $($done)* ; }
        $crate::__tl_lines! { $kind [] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $f:ident : ! $x:ident $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":!", stringify!($x))] $mode] [$($done)* $f : (!$x)] $($rest)* }
    };
    // A bare type outside a vector.
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $f:ident : % $ns:ident . $c:ident $($rest:tt)*) => {
        $crate::__tl_generic! {
            [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":", stringify!($ns), ".", stringify!($c))] bare]
            [$($done)* $f : (% $ns . $c)] $($rest)*
        }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $f:ident : % $c:ident $($rest:tt)*) => {
        $crate::__tl_generic! {
            [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":", stringify!($c))] bare]
            [$($done)* $f : (% $c)] $($rest)*
        }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] ? % $ns:ident . $c:ident $($rest:tt)*) => {
        $crate::__tl_generic! {
            [$kind $doc $unchecked $head [concat!($text, "?", stringify!($ns), ".", stringify!($c))] bare]
            [$($done)* ? (% $ns . $c)] $($rest)*
        }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] ? % $c:ident $($rest:tt)*) => {
        $crate::__tl_generic! {
            [$kind $doc $unchecked $head [concat!($text, "?", stringify!($c))] bare]
            [$($done)* ? (% $c)] $($rest)*
        }
    };
    // A field's documentation is not part of the schema text.
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] # [$($attr:tt)*] $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [$text] $mode] [$($done)* # [$($attr)*]] $($rest)* }
    };
    // A field of one or three tokens in one step: `x:int`, `x:flags.3`.
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $f:ident : $t:ident . $b:tt $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":", stringify!($t), ".", stringify!($b))] $mode] [$($done)* $f : $t . $b] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $f:ident : $t:tt $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " ", stringify!($f), ":", stringify!($t))] $mode] [$($done)* $f : $t] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] = $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, " = ")] $mode] [$($done)* =] $($rest)* }
    };
    ([$kind:ident $doc:tt $unchecked:tt $head:tt [$text:expr] $mode:tt] [$($done:tt)*] $t:tt $($rest:tt)*) => {
        $crate::__tl_generic! { [$kind $doc $unchecked $head [concat!($text, stringify!($t))] $mode] [$($done)* $t] $($rest)* }
    };
}

/// Walks the fields: `flags:#` fields go to the full list only, keywords
/// get a Rust name, each field notes the `#` fields before it. Then hands
/// both lists to `__tl_distinct!`, which checks that no two fields share
/// a Rust name before `__tl_item!` writes them.
///
/// A slot of state rides along: `$ws` gathers the flags words the
/// conditional fields name, each of `flags` and `flags2` once (the fifth
/// token of a field repeats its type's first, to be matched by name), any
/// other word as often as it is named: every function of the line
/// declares a local for each before its fields, so that a word no `#` field declares is `check_flag`'s
/// error, not rustc's "cannot find value". Gathered here, in the step each
/// field takes anyway, rather than by a walk of their own, which would nest
/// a long line's expansion past the recursion limit.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_fields {
    ($line:tt [($fa:tt $f:ident $_f:ident [#] $_w:tt) $($rest:tt)*] [$($all:tt)*] $stored:tt [$($flags:tt)*] $ws:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [#] [$($flags)*] $f)] $stored [$($flags)* ($f)] $ws }
    };
    // The four keywords that cannot be raw identifiers take a name. A
    // field of the same name beside them is the duplicate check's error.
    ($line:tt [($fa:tt self $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { is_self self is_self $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt Self $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { is_Self Self is_Self $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt super $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { super_ super super_ $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt crate $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { crate_ crate crate_ $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    // Rust keywords other than the four above become raw identifiers.
    ($line:tt [($fa:tt as $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#as as r#as $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt async $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#async async r#async $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt await $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#await await r#await $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt break $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#break break r#break $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt const $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#const const r#const $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt continue $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#continue continue r#continue $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt dyn $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#dyn dyn r#dyn $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt else $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#else else r#else $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt enum $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#enum enum r#enum $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt extern $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#extern extern r#extern $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt false $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#false false r#false $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt fn $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#fn fn r#fn $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt for $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#for for r#for $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt gen $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#gen gen r#gen $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt if $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#if if r#if $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt impl $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#impl impl r#impl $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt in $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#in in r#in $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt let $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#let let r#let $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt loop $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#loop loop r#loop $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt match $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#match match r#match $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt mod $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#mod mod r#mod $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt move $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#move move r#move $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt mut $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#mut mut r#mut $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt pub $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#pub pub r#pub $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt ref $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#ref ref r#ref $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt return $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#return return r#return $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt static $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#static static r#static $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt struct $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#struct struct r#struct $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt trait $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#trait trait r#trait $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt true $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#true true r#true $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt try $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#try try r#try $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt type $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#type type r#type $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt unsafe $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#unsafe unsafe r#unsafe $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt use $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#use use r#use $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt where $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#where where r#where $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt while $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#while while r#while $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt abstract $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#abstract abstract r#abstract $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt become $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#become become r#become $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt box $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#box box r#box $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt do $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#do do r#do $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt final $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#final final r#final $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt macro $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#macro macro r#macro $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt override $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#override override r#override $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt priv $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#priv priv r#priv $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt typeof $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#typeof typeof r#typeof $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt unsized $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#unsized unsized r#unsized $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt virtual $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#virtual virtual r#virtual $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt yield $_f:tt $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { r#yield yield r#yield $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    // A field's codec alias is named by the field itself, so that a field
    // declared twice is "the name `a` is defined multiple times"; except
    // these two, which would hide the modules the aliases are written with.
    ($line:tt [($fa:tt enums $f:ident $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { $f $f __tl_field_enums $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    ($line:tt [($fa:tt types $f:ident $ty:tt $_w:tt) $($rest:tt)*] $all:tt $stored:tt $flags:tt $ws:tt) => {
        $crate::__tl_keyword_field! { $f $f __tl_field_types $fa $ty [$line [$($rest)*] $all $stored $flags] $ws }
    };
    // A conditional field: its word, `flags` and `flags2` once each.
    ($line:tt [($fa:tt $f:ident $_f:ident [$c:ident . $b:tt ? $($t:tt)+] flags) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt [[] $w2:tt $o:tt]) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [$c . $b ? $($t)+] $flags $f)] [$($stored)* ($f $f [$c . $b ? $($t)+] $fa)] $flags [[$c] $w2 $o] }
    };
    ($line:tt [($fa:tt $f:ident $_f:ident [$c:ident . $b:tt ? $($t:tt)+] flags) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt $ws:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [$c . $b ? $($t)+] $flags $f)] [$($stored)* ($f $f [$c . $b ? $($t)+] $fa)] $flags $ws }
    };
    ($line:tt [($fa:tt $f:ident $_f:ident [$c:ident . $b:tt ? $($t:tt)+] flags2) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt [$w1:tt [] $o:tt]) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [$c . $b ? $($t)+] $flags $f)] [$($stored)* ($f $f [$c . $b ? $($t)+] $fa)] $flags [$w1 [$c] $o] }
    };
    ($line:tt [($fa:tt $f:ident $_f:ident [$c:ident . $b:tt ? $($t:tt)+] flags2) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt $ws:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [$c . $b ? $($t)+] $flags $f)] [$($stored)* ($f $f [$c . $b ? $($t)+] $fa)] $flags $ws }
    };
    ($line:tt [($fa:tt $f:ident $_f:ident [$c:ident . $b:tt ? $($t:tt)+] $_w:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt [$w1:tt $w2:tt [$($o:ident)*]]) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f [$c . $b ? $($t)+] $flags $f)] [$($stored)* ($f $f [$c . $b ? $($t)+] $fa)] $flags [$w1 $w2 [$($o)* $c]] }
    };
    ($line:tt [($fa:tt $f:ident $_f:ident $ty:tt $_w:tt) $($rest:tt)*] [$($all:tt)*] [$($stored:tt)*] $flags:tt $ws:tt) => {
        $crate::__tl_fields! { $line [$($rest)*] [$($all)* ($f $f $ty $flags $f)] [$($stored)* ($f $f $ty $fa)] $flags $ws }
    };
    // The walk's end. A block `tl convert` wrote: the item (the converter
    // has checked that no two fields share a Rust name).
    ([$kind:ident [converted] [$name:ident] $($line:tt)*] [] $all:tt $stored:tt $flags:tt [[$($w1:ident)?] [$($w2:ident)?] [$($o:ident)*]]) => {
        $crate::__tl_item! { $kind $name [] $($line)* [$($w1)? $($w2)? $($o)*] $all $stored $flags }
    };
    ([$kind:ident [converted] [$ns:ident . $name:ident] $($line:tt)*] [] $all:tt $stored:tt $flags:tt [[$($w1:ident)?] [$($w2:ident)?] [$($o:ident)*]]) => {
        $crate::__tl_item! { $kind $name [$ns] $($line)* [$($w1)? $($w2)? $($o)*] $all $stored $flags }
    };
    // Any other: the names of all the fields, for the duplicate check,
    // and the item's parts, which it hands on.
    ([$kind:ident $mode:tt [$name:ident] $($line:tt)*] [] [$(($f:ident $($e:tt)*))*] $stored:tt $flags:tt [[$($w1:ident)?] [$($w2:ident)?] [$($o:ident)*]]) => {
        $crate::__tl_distinct! { [$] [$($f)*] [[$kind $name [] $($line)*] [$($w1)? $($w2)? $($o)*] [$(($f $($e)*))*] $stored $flags] }
    };
    ([$kind:ident $mode:tt [$ns:ident . $name:ident] $($line:tt)*] [] [$(($f:ident $($e:tt)*))*] $stored:tt $flags:tt [[$($w1:ident)?] [$($w2:ident)?] [$($o:ident)*]]) => {
        $crate::__tl_distinct! { [$] [$($f)*] [[$kind $name [$ns] $($line)*] [$($w1)? $($w2)? $($o)*] [$(($f $($e)*))*] $stored $flags] }
    };
}

/// A field named by a keyword that becomes a raw identifier (`type` →
/// `r#type`), or by `enums` or `types` (whose codec alias is renamed):
/// its entries, and its flags word noted if it is conditional. A step of
/// its own, taken by these few fields only, so that the walk's other
/// fields do not try twice as many rules.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_keyword_field {
    ($f:ident $tl:ident $alias:ident $fa:tt $ty:tt [$line:tt $rest:tt [$($all:tt)*] [$($stored:tt)*] $flags:tt] $ws:tt) => {
        $crate::__tl_record! { $ty [$line $rest [$($all)* ($f $tl $ty $flags $alias)] [$($stored)* ($f $tl $ty $fa)] $flags] $ws }
    };
}

/// Continues the walk, with the flags word of a conditional field noted
/// (as another word: `flags` noted twice only costs a local).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_record {
    ([$c:ident . $b:tt ? $($t:tt)+] [$($state:tt)*] [$w1:tt $w2:tt [$($o:ident)*]]) => {
        $crate::__tl_fields! { $($state)* [$w1 $w2 [$($o)* $c]] }
    };
    ($ty:tt [$($state:tt)*] $ws:tt) => {
        $crate::__tl_fields! { $($state)* $ws }
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
    (@element (% $($t:tt)+)) => { $crate::__tl_canonical_type!(@element $($t)+) };
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
