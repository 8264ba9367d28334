//! What each field contributes to each generated function. A field arrives
//! as `(rust_name tl_name [type tokens] [(flags) …] codec)`, the fourth slot
//! the `#` fields declared before it; `@op` picks the job.
//!
//! Flags travel in locals named after the `#` field (`flags`, `flags2`): its
//! ident comes from the caller's tokens, so the conditional fields that name
//! it (`flags.3?…`) resolve to the same local.

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_field {
    // Length pass: adds to `$n`, and records per flags field which shared
    // bits have a field set (`.0`) and which a field unset (`.1`), for the
    // shared-bit check; `.2` is the constant mask of the bits that more
    // than one field uses, so that the tracking of the others compiles to
    // nothing. Problems go to `$check`, so no field's length is a `Result`.
    (@len $s:ident $n:ident $check:ident ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        $n += 4;
    };
    (@len $s:ident $n:ident $check:ident ($f:ident $tl:ident [$c:ident . $bit:literal ? true] $a:tt $k:ident)) => {
        if $c.2 & (1 << $bit) != 0 {
            if $s.$f { $c.0 |= 1 << $bit } else { $c.1 |= 1 << $bit }
        }
    };
    (@len $s:ident $n:ident $check:ident ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] $a:tt $k:ident)) => {
        match &$s.$f {
            $crate::__private::Some(v) => {
                if $c.2 & (1 << $bit) != 0 { $c.0 |= 1 << $bit }
                $n += <$k as $crate::codec::Codec>::len(v, $check);
            }
            $crate::__private::None => if $c.2 & (1 << $bit) != 0 { $c.1 |= 1 << $bit },
        }
    };
    (@len $s:ident $n:ident $check:ident ($f:ident $tl:ident [(! $x:ident)] $a:tt $k:ident)) => {
        $n += <$crate::codec::Boxed<$x> as $crate::codec::Codec>::len(&$s.$f, $check);
    };
    (@len $s:ident $n:ident $check:ident ($f:ident $tl:ident [$($t:tt)+] $a:tt $k:ident)) => {
        $n += <$k as $crate::codec::Codec>::len(&$s.$f, $check);
    };

    // The compile-time check of a conditional field's flags word and bit:
    // `$a` holds the `#` fields declared before it.
    (@check $item:ident ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] [$(($w:ident))*] $k:ident)) => {
        $crate::schema::check_flag(
            <$item as $crate::Identifiable>::SCHEMA.dsl(), stringify!($tl), stringify!($c), $bit, &[$(stringify!($w)),*],
        )
    };
    (@check $item:ident $field:tt) => {};

    // A field's flags word and bit, for `schema::shared_bits`.
    (@bit ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] $a:tt $k:ident)) => {
        (stringify!($c), $bit)
    };
    (@bit $field:tt) => {
        ("", 0)
    };

    // After the length pass: a bit that has fields both set and unset.
    (@shared $check:ident $name:expr, ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        if $f.0 & $f.1 != 0 {
            $check.fail($crate::EncodeError::flag_conflict($name, stringify!($tl), $f.0 & $f.1));
        }
    };

    // Writing, into the line's run of fixed-size fields (`$run`).
    // A flags word is written as zero, and its local becomes `(bits, where
    // the word is)`: each field that uses it adds its bit as it is written,
    // and the writer sets the words once every field is out. So a
    // conditional field is tested once, where a pass computing the flags
    // first tested it twice.
    // A conditional field writes the run out first, whether it is present
    // or not, so that the run's length stays the same on both paths.
    (@write $s:ident $w:ident $run:ident ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        let mut $f: ($crate::__private::u32, _) = (0, $run.flags_word(&mut $w));
    };
    (@write $s:ident $w:ident $run:ident ($f:ident $tl:ident [$c:ident . $bit:literal ? true] $a:tt $k:ident)) => {
        $c.0 |= ($s.$f as $crate::__private::u32) << $bit;
    };
    (@write $s:ident $w:ident $run:ident ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] $a:tt $k:ident)) => {
        $run.flush(&mut $w);
        if let $crate::__private::Some(v) = &$s.$f {
            $c.0 |= 1 << $bit;
            $w = <$k as $crate::codec::Codec>::write(v, $w);
        }
    };
    (@write $s:ident $w:ident $run:ident ($f:ident $tl:ident [(! $x:ident)] $a:tt $k:ident)) => {
        $w = <$crate::codec::Boxed<$x> as $crate::codec::Codec>::write_in_run(&$s.$f, $w, &mut $run);
    };
    (@write $s:ident $w:ident $run:ident ($f:ident $tl:ident [$($t:tt)+] $a:tt $k:ident)) => {
        $w = <$k as $crate::codec::Codec>::write_in_run(&$s.$f, $w, &mut $run);
    };

    // Reading: each field into a local of its own name; a flags field into
    // `(offset, value, bits used)`.
    (@read $r:ident $name:expr, ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        let mut $f: ($crate::__private::usize, $crate::__private::u32, $crate::__private::u32) =
            ($r.offset(), $crate::__tl_try!($r.read_u32(), $name, $tl), 0);
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? true] $a:tt $k:ident)) => {
        $c.2 |= 1 << $bit;
        let $f = $c.1 & (1 << $bit) != 0;
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$c:ident . $bit:literal ? $($t:tt)+] $a:tt $k:ident)) => {
        $c.2 |= 1 << $bit;
        let $f = if $c.1 & (1 << $bit) != 0 {
            $crate::__private::Some($crate::__tl_try!(<$k as $crate::codec::Codec>::read($r), $name, $tl))
        } else {
            $crate::__private::None
        };
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [(! $x:ident)] $a:tt $k:ident)) => {
        let $f = $crate::__tl_try!(<$crate::codec::Boxed<$x> as $crate::codec::Codec>::read($r), $name, $tl);
    };
    (@read $r:ident $name:expr, ($f:ident $tl:ident [$($t:tt)+] $a:tt $k:ident)) => {
        let $f = $crate::__tl_try!(<$k as $crate::codec::Codec>::read($r), $name, $tl);
    };

    // After reading: flags bits no field uses.
    (@known $r:ident $name:expr, ($f:ident $tl:ident [#] $a:tt $k:ident)) => {
        if $f.1 & !$f.2 != 0 {
            return $crate::__private::Err($r.error_at(
                $f.0,
                $crate::DecodeErrorKind::UnknownFlags {
                    constructor: $name,
                    field: stringify!($tl),
                    bits: $f.1 & !$f.2,
                },
            ).in_field_of($name, stringify!($tl)));
        }
    };

    // Printing: each stored field as `&dyn TlField`.
    (@text $s:ident $f:ident [$c:ident . $bit:literal ? true]) => {
        &$crate::Flag($s.$f) as &dyn $crate::TlField
    };
    (@text $s:ident $f:ident [$($t:tt)+]) => {
        &$s.$f as &dyn $crate::TlField
    };
}

/// A field's read, as `?` would take it, with its error two steps up the
/// path: in field `$tl` of constructor `$name` (see `DecodeError::path`).
/// The steps are added where each error of a generated decoder starts, not
/// where the decoder is called: there a cold call made the calls of small
/// decoders too big to inline. Spelt out rather than a function returning
/// the `Result`, which copied large values once more.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_try {
    ($read:expr, $name:expr, $tl:ident) => {
        match $read {
            $crate::__private::Ok(v) => v,
            $crate::__private::Err(e) => return $crate::__private::Err(e.in_field_of($name, stringify!($tl))),
        }
    };
}

/// The length pass's local per flags word: `(bits set, bits unset, the
/// bits more than one field uses)`, the last a constant (see
/// `schema::shared_bits`).
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_flag_words {
    ([$w:ident $($rest:ident)*] [$($field:tt)*]) => {
        let mut $w: ($crate::__private::u32, $crate::__private::u32, $crate::__private::u32) = (0, 0, const {
            $crate::schema::shared_bits(stringify!($w), &[$($crate::__tl_field!(@bit $field)),*])
        });
        $crate::__tl_flag_words! { [$($rest)*] [$($field)*] }
    };
    ([] $fields:tt) => {};
}
