//! How each TL type is written: the primitives' trait impls, and the codecs
//! the DSL picks per field.
//!
//! A field's Rust type does not always say how it is written: `Vec<T>` is a
//! boxed `Vector<T>` or a bare `vector<T>`, a struct is written boxed or bare
//! (`%T`), `Vec<u8>` is `bytes`. So the DSL maps each field's TL type to a
//! [`Codec`] (`Vector<Boxed<i64>>` for `Vector<long>`), and the generated
//! code calls it. Codecs are zero-sized and all their functions inline.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::marker::PhantomData;

use crate::call::Bare;
use crate::error::{DecodeError, DecodeErrorKind, EncodeError};
use crate::read::{Deserializable, Reader};
use crate::text::{TextWriter, TlText};
use crate::write::{LenCheck, Run, Serializable, Writer, string_len};

/// `vector#1cb5c415`: the header of a boxed `Vector<T>`.
pub const VECTOR_ID: u32 = 0x1cb5_c415;
/// `boolTrue#997275b5`.
pub const BOOL_TRUE_ID: u32 = 0x9972_75b5;
/// `boolFalse#bc799737`.
pub const BOOL_FALSE_ID: u32 = 0xbc79_9737;

/// How one TL type is written, read and printed.
pub trait Codec {
    /// The Rust type holding the value.
    type Value;
    /// Fewest bytes a value takes on the wire (bounds vector allocations).
    const MIN_LEN: usize;
    /// The length of every value, when it is fixed (`int`, `long`...).
    const FIXED_LEN: Option<usize> = None;
    /// Whether reading a value never reads a boxed value inside it (see
    /// [`WireSize::LEAF`]).
    const LEAF: bool = false;
    /// The three above as one value, for a constructor to sum over its
    /// fields ([`Shape::of`](crate::Shape::of)) with one projection per
    /// field instead of three.
    #[doc(hidden)]
    const FIELD: crate::call::FieldShape =
        crate::call::FieldShape { min_len: Self::MIN_LEN, fixed_len: Self::FIXED_LEN, leaf: Self::LEAF };
    /// Encoded length; what makes the value unencodable goes to `check`.
    fn len(v: &Self::Value, check: &mut LenCheck) -> usize;
    /// Writes the value.
    fn write<'a>(v: &Self::Value, w: Writer<'a>) -> Writer<'a>;
    /// Writes the value as a field, after the fixed-size fields in `run`
    /// (see [`Run`]).
    #[inline(always)]
    fn write_in_run<'a>(v: &Self::Value, mut w: Writer<'a>, run: &mut Run) -> Writer<'a> {
        run.flush(&mut w);
        Self::write(v, w)
    }
    /// Reads a value.
    fn read(r: &mut Reader<'_>) -> Result<Self::Value, DecodeError>;
    /// Reads a value and appends it to `out` (see
    /// [`Deserializable::deserialize_push`]).
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<Self::Value>) -> Result<(), DecodeError> {
        out.push(Self::read(r)?);
        Ok(())
    }
    /// See [`WireSize::write_run`].
    #[inline]
    fn write_run(values: &[Self::Value], w: &mut Writer<'_>) -> bool {
        let _ = (values, w);
        false
    }
    /// See [`WireSize::extend_from_run`].
    fn extend_from_run(bytes: &[u8], out: &mut Vec<Self::Value>) -> bool {
        let _ = (bytes, out);
        false
    }
}

/// The codec slot of a `flags.N?true` field, which has no bytes of its own.
pub struct Unused;

/// The codec slot of a generic `!X` field: its codec is `Boxed<X>`, named
/// where it is used, since the slot cannot name `X`. Counts for no bytes
/// and is never a leaf: `X` may be anything, another `!X` method included.
pub struct GenericQuery;

/// The codec slot of a `flags:#` field: counts its 4 bytes.
pub struct FlagsWord;

/// The codec of a conditional field `flags.N?T`: `T`'s, but it may be absent
/// (counts for no bytes in [`Codec::MIN_LEN`]).
pub struct Optional<C>(PhantomData<C>);

impl<C: Codec> Codec for Optional<C> {
    type Value = C::Value;
    const MIN_LEN: usize = 0;
    const LEAF: bool = C::LEAF;
    #[inline]
    fn len(v: &C::Value, check: &mut LenCheck) -> usize {
        C::len(v, check)
    }
    #[inline]
    fn write<'a>(v: &C::Value, w: Writer<'a>) -> Writer<'a> {
        C::write(v, w)
    }
    #[inline]
    fn read(r: &mut Reader<'_>) -> Result<C::Value, DecodeError> {
        C::read(r)
    }
}

/// Implements a codec slot that reads and writes nothing.
macro_rules! empty_slot {
    ($slot:ident, fixed: $fixed:expr, leaf: $leaf:literal) => {
        impl Codec for $slot {
            type Value = ();
            const MIN_LEN: usize = 0;
            const FIXED_LEN: Option<usize> = $fixed;
            const LEAF: bool = $leaf;
            fn len(_: &(), _: &mut LenCheck) -> usize {
                0
            }
            fn write<'a>(_: &(), w: Writer<'a>) -> Writer<'a> {
                w
            }
            fn read(_: &mut Reader<'_>) -> Result<(), DecodeError> {
                Ok(())
            }
        }
    };
}

// A `flags.N?true` field never takes bytes; a generic `!X` field takes as
// many as the wrapped call.
empty_slot!(Unused, fixed: Some(0), leaf: true);
empty_slot!(GenericQuery, fixed: None, leaf: false);

impl Codec for FlagsWord {
    type Value = u32;
    const MIN_LEN: usize = 4;
    const FIXED_LEN: Option<usize> = Some(4);
    const LEAF: bool = true;
    fn len(_: &u32, _: &mut LenCheck) -> usize {
        4
    }
    fn write<'a>(v: &u32, mut w: Writer<'a>) -> Writer<'a> {
        w.put_u32(*v);
        w
    }
    fn read(r: &mut Reader<'_>) -> Result<u32, DecodeError> {
        r.read_u32()
    }
}

/// Implements [`Codec`] for a wrapper `$codec<T>` whose value is a `T`,
/// read and written by the methods of `T` the table names; `LEAF` is
/// `T`'s. Functions after the table go into the impl as they are.
macro_rules! forwarding_codec {
    (
        $codec:ident<T: $first:ident $(+ $bound:ident)*> {
            min_len: $min:expr, fixed_len: $fixed:expr,
            len: $len:ident, write: $write:ident, read: $read:ident,
        }
        $($more:tt)*
    ) => {
        impl<T: $first $(+ $bound)*> Codec for $codec<T> {
            type Value = T;
            const MIN_LEN: usize = $min;
            const FIXED_LEN: Option<usize> = $fixed;
            const LEAF: bool = T::LEAF;
            #[inline]
            fn len(v: &T, check: &mut LenCheck) -> usize {
                v.$len(check)
            }
            #[inline]
            fn write<'a>(v: &T, w: Writer<'a>) -> Writer<'a> {
                v.$write(w)
            }
            #[inline]
            fn read(r: &mut Reader<'_>) -> Result<T, DecodeError> {
                T::$read(r)
            }
            $($more)*
        }
    };
}

/// Writes a value through its own [`Serializable`]/[`Deserializable`]: the
/// boxed form of TL types, and the primitives.
pub struct Boxed<T>(PhantomData<T>);

/// A size hint for [`Boxed`] values: the fewest and the fixed wire length.
pub trait WireSize {
    /// Fewest bytes a value takes.
    const MIN_LEN: usize = 4;
    /// The length of every value, when fixed.
    const FIXED_LEN: Option<usize> = None;
    /// Whether reading a value never reads a boxed value inside it, so
    /// that it cannot nest: primitives, strings, vectors of them, and
    /// constructors whose fields are all such. Reading a leaf skips the
    /// depth count. Types (enums) are never leaves: a type's constructors
    /// may be recursive, and asking would be a cycle.
    const LEAF: bool = false;
    /// Decodes a run of fixed-size values laid end to end (`bytes` holds a
    /// whole number of them) into `out`, in one pass with no per-value
    /// bounds checks; `false` when the type has no such fast path.
    fn extend_from_run(bytes: &[u8], out: &mut Vec<Self>) -> bool
    where
        Self: Sized,
    {
        let _ = (bytes, out);
        false
    }
    /// Encodes `values` laid end to end, the encoder's twin of
    /// [`extend_from_run`](Self::extend_from_run): one bulk store, no
    /// per-value length check. Returns false, having written nothing, for a
    /// type without a fixed size.
    #[doc(hidden)]
    #[inline]
    fn write_run(values: &[Self], w: &mut Writer<'_>) -> bool
    where
        Self: Sized,
    {
        let _ = (values, w);
        false
    }
}

forwarding_codec! {
    Boxed<T: Serializable + Deserializable + TlText + WireSize> {
        min_len: T::MIN_LEN, fixed_len: T::FIXED_LEN,
        len: measure, write: serialize, read: deserialize,
    }
    #[inline(always)]
    fn write_in_run<'a>(v: &T, w: Writer<'a>, run: &mut Run) -> Writer<'a> {
        v.serialize_in_run(w, run)
    }
    #[inline]
    fn read_push(r: &mut Reader<'_>, out: &mut Vec<T>) -> Result<(), DecodeError> {
        T::deserialize_push(r, out)
    }
    #[inline]
    fn write_run(values: &[T], w: &mut Writer<'_>) -> bool {
        T::write_run(values, w)
    }
    #[inline]
    fn extend_from_run(bytes: &[u8], out: &mut Vec<T>) -> bool {
        T::extend_from_run(bytes, out)
    }
}

/// A constructor written bare (`%T`, or an element of `vector<%T>`): no id.
pub struct BareOf<T>(PhantomData<T>);

// The constructor's own bare decoder names it in the error's path.
forwarding_codec! {
    BareOf<T: Bare + TlText> {
        min_len: T::MIN_BARE_LEN, fixed_len: None,
        len: bare_len, write: serialize_bare, read: deserialize_bare,
    }
}

/// TL `bytes`, held as `Vec<u8>`.
pub struct Bytes;

impl Codec for Bytes {
    type Value = Vec<u8>;
    const MIN_LEN: usize = 4;
    const LEAF: bool = true;
    #[inline]
    fn len(v: &Vec<u8>, check: &mut LenCheck) -> usize {
        string_len(v.len(), "bytes", check)
    }
    #[inline]
    fn write<'a>(v: &Vec<u8>, mut w: Writer<'a>) -> Writer<'a> {
        w.put_bytes(v);
        w
    }
    #[inline]
    fn read(r: &mut Reader<'_>) -> Result<Vec<u8>, DecodeError> {
        let data = r.read_bytes()?;
        let mut out = Vec::with_capacity(data.len());
        crate::write::extend_aligned(&mut out, data);
        Ok(out)
    }
}

/// A boxed `Vector<T>`: `vector#1cb5c415`, a count, the elements; with
/// `BOXED` false, a bare `vector<T>` ([`BareVector`]).
pub struct Vector<C, const BOXED: bool = true>(PhantomData<C>);

/// A bare `vector<T>`: a count, the elements.
pub type BareVector<C> = Vector<C, false>;

#[inline]
fn elements_len<C: Codec>(v: &[C::Value], check: &mut LenCheck) -> usize {
    if v.len() > i32::MAX as usize {
        check.fail(EncodeError::TooLong { what: "vector", len: v.len() });
    }
    match C::FIXED_LEN {
        Some(each) => 4 + each * v.len(),
        None => {
            let mut n = 4;
            for item in v {
                n += C::len(item, check);
            }
            n
        }
    }
}

#[inline]
fn write_elements<'a, C: Codec>(v: &[C::Value], mut w: Writer<'a>) -> Writer<'a> {
    w.put_u32(v.len() as u32);
    // `int`, `long`, `double`: the whole run at once.
    if C::write_run(v, &mut w) {
        return w;
    }
    for item in v {
        w = C::write(item, w);
    }
    w
}

#[inline]
fn read_elements<C: Codec>(r: &mut Reader<'_>) -> Result<Vec<C::Value>, DecodeError> {
    let count = r.read_count(C::MIN_LEN)?;
    let mut out = Vec::with_capacity(count);
    // `int`, `long`, `double`: the whole run at once (read_count checked it fits).
    if let Some(each) = C::FIXED_LEN {
        let mut ahead = r.clone();
        if C::extend_from_run(ahead.take(count * each)?, &mut out) {
            *r = ahead;
            return Ok(out);
        }
    }
    // The element's decoder pushes it (see `Deserializable::deserialize_push`).
    // The loop leaves at the first error as a bare `?` does; the failing
    // element's index, `out.len()`, is added after it, so that the loop is
    // compiled as it would be without the path.
    let read_all = |r: &mut Reader<'_>, out: &mut Vec<C::Value>| {
        for _ in 0..count {
            C::read_push(r, out)?;
        }
        Ok(())
    };
    match read_all(r, &mut out) {
        Ok(()) => Ok(out),
        Err(e) => Err(DecodeError::at_index(e, out.len())),
    }
}

impl<C: Codec, const BOXED: bool> Codec for Vector<C, BOXED> {
    type Value = Vec<C::Value>;
    const MIN_LEN: usize = if BOXED { 8 } else { 4 };
    const LEAF: bool = C::LEAF;
    #[inline]
    fn len(v: &Self::Value, check: &mut LenCheck) -> usize {
        (if BOXED { 4 } else { 0 }) + elements_len::<C>(v, check)
    }
    #[inline]
    fn write<'a>(v: &Self::Value, mut w: Writer<'a>) -> Writer<'a> {
        if BOXED {
            w.put_u32(VECTOR_ID);
        }
        write_elements::<C>(v, w)
    }
    fn read(r: &mut Reader<'_>) -> Result<Self::Value, DecodeError> {
        if BOXED {
            let at = r.offset();
            let id = r.read_u32()?;
            if id != VECTOR_ID {
                return Err(r.error_at(at, DecodeErrorKind::MissingVectorHeader { found: id }));
            }
        }
        read_elements::<C>(r)
    }
}

/// Implements the boxed traits for a fixed-size primitive.
macro_rules! fixed {
    ($ty:ty, $len:literal, $get:ident, $from:path, $to:path, |$v:ident, $t:ident| $text:expr) => {
        impl WireSize for $ty {
            const MIN_LEN: usize = $len;
            const FIXED_LEN: Option<usize> = Some($len);
            const LEAF: bool = true;
            #[inline]
            fn extend_from_run(bytes: &[u8], out: &mut Vec<Self>) -> bool {
                let (values, _) = bytes.as_chunks::<$len>();
                out.extend(values.iter().map(|b| $from(*b)));
                true
            }
            #[inline]
            fn write_run(values: &[Self], w: &mut Writer<'_>) -> bool {
                w.put_run(values, $to);
                true
            }
        }
        impl Serializable for $ty {
            #[inline]
            fn measure(&self, _: &mut LenCheck) -> usize {
                $len
            }
            #[inline]
            fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
                w.put_slice(&$to(*self));
                w
            }
            #[inline(always)]
            fn serialize_in_run<'a>(&self, mut w: Writer<'a>, run: &mut Run) -> Writer<'a> {
                run.push(&mut w, $to(*self));
                w
            }
        }
        impl Deserializable for $ty {
            #[inline]
            fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
                r.$get()
            }
        }
        impl TlText for $ty {
            fn write_tl(&self, $t: &mut TextWriter<'_>) -> fmt::Result {
                let $v = self;
                $text
            }
        }
    };
}

fixed!(i32, 4, read_i32, i32::from_le_bytes, i32::to_le_bytes, |v, t| t.fmt(format_args!("{v}")));
fixed!(i64, 8, read_i64, i64::from_le_bytes, i64::to_le_bytes, |v, t| t.fmt(format_args!("{v}")));
fixed!(f64, 8, read_f64, f64::from_le_bytes, f64::to_le_bytes, |v, t| t.fmt(format_args!("{v:?}")));
fixed!([u8; 16], 16, array, core::convert::identity, core::convert::identity, |v, t| t.hex(v));
fixed!([u8; 32], 32, array, core::convert::identity, core::convert::identity, |v, t| t.hex(v));

impl WireSize for bool {
    const FIXED_LEN: Option<usize> = Some(4);
    const LEAF: bool = true;
}

/// TL `Bool`: `boolTrue#997275b5` or `boolFalse#bc799737`.
impl Serializable for bool {
    #[inline]
    fn measure(&self, _: &mut LenCheck) -> usize {
        4
    }
    #[inline]
    fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
        w.put_u32(if *self { BOOL_TRUE_ID } else { BOOL_FALSE_ID });
        w
    }
    #[inline(always)]
    fn serialize_in_run<'a>(&self, mut w: Writer<'a>, run: &mut Run) -> Writer<'a> {
        run.push_u32(&mut w, if *self { BOOL_TRUE_ID } else { BOOL_FALSE_ID });
        w
    }
}

impl Deserializable for bool {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let at = r.offset();
        match r.read_u32()? {
            BOOL_TRUE_ID => Ok(true),
            BOOL_FALSE_ID => Ok(false),
            id => Err(r.error_at(at, DecodeErrorKind::InvalidBool { id })),
        }
    }
}

impl TlText for bool {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        t.raw(if *self { "true" } else { "false" })
    }
}

impl WireSize for String {
    const LEAF: bool = true;
}

/// TL `string`: UTF-8 text. Input that is not UTF-8 has each invalid
/// sequence replaced by U+FFFD and counted, or is
/// [`DecodeErrorKind::InvalidUtf8`] from a strict reader (see [`Reader`]).
impl Serializable for String {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        string_len(self.len(), "string", check)
    }
    #[inline]
    fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
        w.put_bytes(self.as_bytes());
        w
    }
}

impl Deserializable for String {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        r.read_string()
    }
}

impl TlText for String {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        t.fmt(format_args!("{self:?}"))
    }
}

impl<T: WireSize> WireSize for Vec<T> {
    const MIN_LEN: usize = 8;
    const LEAF: bool = T::LEAF;
}

/// TL `Vector<T>` (boxed).
impl<T: Serializable + Deserializable + TlText + WireSize> Serializable for Vec<T> {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        <Vector<Boxed<T>> as Codec>::len(self, check)
    }
    #[inline]
    fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a> {
        <Vector<Boxed<T>> as Codec>::write(self, w)
    }
}

impl<T: Serializable + Deserializable + TlText + WireSize> Deserializable for Vec<T> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        <Vector<Boxed<T>> as Codec>::read(r)
    }
}

impl<T: TlText> TlText for Vec<T> {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        T::write_tl_slice(self, t)
    }
}

/// Only ever printed as part of `bytes` (`Vec<u8>`), which is hex.
impl TlText for u8 {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        t.fmt(format_args!("{self}"))
    }
    fn write_tl_slice(items: &[u8], t: &mut TextWriter<'_>) -> fmt::Result {
        t.hex(items)
    }
}

impl<T: TlText + ?Sized> TlText for alloc::boxed::Box<T> {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        (**self).write_tl(t)
    }
}
