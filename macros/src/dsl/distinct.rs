//! No two fields of a line with one Rust name.
//!
//! `macro_rules!` compares a call's tokens with its own rules, never two of
//! the call's tokens with each other. So `__tl_distinct!` writes, for the
//! next few fields, a small macro whose rules are the names already seen:
//! calling it with the new names matches a rule only if a name is equal to
//! one seen before (literal tokens in a rule match by name). The item's
//! parts ride along as the small macro's input, so that each rule can hand
//! them on; the `$` the small macro's own metavariables need comes in
//! through the walk as `[$]`, since a transcriber cannot write one
//! followed by a name.
//!
//! Four fields are checked per step, so that a long line adds one level
//! of expansion per two fields to the walk's one per field: layer 230's
//! `channelFull` (70 fields) nests 124 deep, within the default limit of
//! 128. A duplicate is one error, at the second field, and the item is
//! then declared without its fields, so that nothing else fails because
//! of it: the error stays the only one.
//!
//! Blocks that `tl convert` wrote (`#![converted]`) skip the check: the
//! converter has checked the file, and the check's small macros would add
//! about a second to a layer's build.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_distinct {
    // The start: three names no TL field has (a TL name starts with a
    // letter) end the list, so that each step takes four, and what is left
    // after the last is only those.
    ([$d:tt] [$($name:ident)*] $item:tt) => {
        $crate::__tl_distinct! { [$d] [] [$($name)* __tl_end_1 __tl_end_2 __tl_end_3] $item }
    };
    // The next four names, each against the names seen in earlier steps
    // (a repetition), then against those before it in this step.
    ([$d:tt] [$($seen:ident)*] [$n1:ident $n2:ident $n3:ident $n4:ident $($rest:ident)*] $item:tt) => {
        macro_rules! __tl_distinct_step {
            $( ($seen $n2 $n3 $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n1 $d item } }; )*
            $( ($n1 $seen $n3 $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n2 $d item } }; )*
            ($n1 $n1 $n3 $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n2 $d item } };
            $( ($n1 $n2 $seen $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n3 $d item } }; )*
            ($n1 $n2 $n1 $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n3 $d item } };
            ($n1 $n2 $n2 $n4 $d item:tt) => { $crate::__tl_duplicate_field! { $n3 $d item } };
            $( ($n1 $n2 $n3 $seen $d item:tt) => { $crate::__tl_duplicate_field! { $n4 $d item } }; )*
            ($n1 $n2 $n3 $n1 $d item:tt) => { $crate::__tl_duplicate_field! { $n4 $d item } };
            ($n1 $n2 $n3 $n2 $d item:tt) => { $crate::__tl_duplicate_field! { $n4 $d item } };
            ($n1 $n2 $n3 $n3 $d item:tt) => { $crate::__tl_duplicate_field! { $n4 $d item } };
            ($n1 $n2 $n3 $n4 $d item:tt) => {
                $crate::__tl_distinct! { [$d] [$($seen)* $n1 $n2 $n3 $n4] [$($rest)*] $d item }
            };
        }
        __tl_distinct_step! { $n1 $n2 $n3 $n4 $item }
    };
    // Fewer than four left, all of them end names: the item.
    ([$d:tt] $seen:tt [$($end:ident)*] [[$($item:tt)*] $words:tt $all:tt $stored:tt $flags:tt]) => {
        $crate::__tl_item! { $($item)* $words $all $stored $flags }
    };
}

/// A field whose Rust name an earlier field of the line has: the error, a
/// deprecated constant named by the field and used by the same token, so
/// that the lint (denied here) is reported at the user's field; it sits
/// in a function named by the line, so that the message names both
/// (``use of deprecated constant `types::note::peer` ``). Then the item
/// without its fields.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_duplicate_field {
    ($f:ident [[$kind:ident $name:ident $($item:tt)*] $words:tt $all:tt $stored:tt $flags:tt]) => {
        #[deny(deprecated)]
        #[allow(dead_code, non_snake_case)]
        fn $name() {
            #[deprecated = "tlwire: an earlier field of this line has the same Rust name, and a struct cannot have two fields of one name: rename one of them in the schema (the line's id changes with it). The TL fields `self`, `Self`, `super` and `crate` are the Rust fields `is_self`, `is_Self`, `super_` and `crate_`"]
            #[allow(non_upper_case_globals)]
            const $f: () = ();
            $f
        }
        $crate::__tl_item! { $kind $name $($item)* [] [] [] [] }
    };
}
