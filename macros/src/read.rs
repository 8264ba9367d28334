//! Decoding from a byte slice: bounds-checked, depth-limited, never panics.

use alloc::string::String;

use crate::error::{DecodeError, DecodeErrorKind};

/// How deep boxed values may nest before [`DecodeErrorKind::TooDeep`].
///
/// Only values that can hold boxed values count: a leaf constructor (its
/// fields are primitives, strings, and vectors of them) cannot nest
/// further, so reading one skips the count.
///
/// Real layer-122 traffic nests about a dozen levels (`updates` → `update` →
/// `message` → `messageMediaWebPage` → `webPage` → `page` → `pageBlock…` →
/// `richText…`); 64 leaves room for deep rich text while keeping a hostile
/// input from exhausting the stack.
pub const DEFAULT_MAX_DEPTH: u32 = 64;

/// The fixed-size little-endian reads, one per primitive: each takes its
/// bytes with one bounds check ([`Reader::array`]).
macro_rules! read_le {
    ($($(#[doc = $doc:literal])* $name:ident -> $t:ty;)+) => {$(
        $(#[doc = $doc])*
        #[inline]
        pub fn $name(&mut self) -> Result<$t, DecodeError> {
            Ok(<$t>::from_le_bytes(self.array()?))
        }
    )+};
}

/// A cursor over TL input.
///
/// Every read checks the bytes it needs against what is left and reports
/// the offset of the item on failure.
///
/// # Text that is not UTF-8
///
/// A TL `string` should hold UTF-8, but a peer may send other bytes (a
/// user's name cut in the middle of a character, say). By default a
/// `string` read into an owned `String` has each invalid sequence replaced
/// by U+FFFD, as [`String::from_utf8_lossy`] does, and the value decodes:
/// one bad name does not cost the rest of an `updates` batch. Such a value
/// no longer re-encodes to the bytes it was read from;
/// [`replaced_strings`](Self::replaced_strings) counts the strings that
/// were replaced, so a caller that needs the exact bytes can tell.
/// [`strict_utf8`](Self::strict_utf8) refuses them instead, with
/// [`DecodeErrorKind::InvalidUtf8`].
///
/// Borrowed text ([`read_str`](Self::read_str), the `&str` fields of
/// [`View`](crate::View)s) is always read strictly: a `&str` into the input
/// cannot hold a replacement.
///
/// ```
/// use tlwire_dsl::{DecodeErrorKind, Deserializable, Reader};
///
/// // A `string` of 3 bytes, "a", 0xff, "b": not UTF-8.
/// let wire = [3, b'a', 0xff, b'b'];
///
/// // By default the bad byte becomes U+FFFD, and the reader counts it.
/// let mut r = Reader::new(&wire);
/// assert_eq!(String::deserialize(&mut r).unwrap(), "a\u{FFFD}b");
/// r.finish().unwrap();
/// assert_eq!(r.replaced_strings(), 1);
/// assert_eq!(String::from_bytes(&wire).unwrap(), "a\u{FFFD}b");
///
/// // Strictly, it is an error.
/// let err = String::deserialize(&mut Reader::new(&wire).strict_utf8()).unwrap_err();
/// assert_eq!(*err.kind(), DecodeErrorKind::InvalidUtf8 { valid_up_to: 1 });
/// assert_eq!(String::from_bytes_strict(&wire).unwrap_err(), err);
/// ```
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    /// The unread input. Holding what is left, rather than the whole input
    /// and a position, makes each read one comparison of its length against
    /// `rest.len()`: LLVM cannot drop the overflow and end checks that
    /// `buf[pos..pos + n]` adds after a `remaining() < n` test.
    rest: &'a [u8],
    /// The whole input's length: the offset of `rest` is `len - rest.len()`.
    len: usize,
    depth: u32,
    max_depth: u32,
    /// Owned strings read so far whose invalid UTF-8 was replaced. Each
    /// takes at least 4 bytes of input, so the count cannot overflow.
    replaced: usize,
    /// Whether text that is not UTF-8 is an error rather than replaced.
    strict_utf8: bool,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`, with [`DEFAULT_MAX_DEPTH`], that
    /// replaces invalid UTF-8 in owned strings (see [`Reader`]).
    pub const fn new(buf: &'a [u8]) -> Self {
        Self { rest: buf, len: buf.len(), depth: 0, max_depth: DEFAULT_MAX_DEPTH, replaced: 0, strict_utf8: false }
    }

    /// Sets the nesting limit for boxed values.
    pub const fn with_max_depth(mut self, max_depth: u32) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// Refuses text that is not UTF-8: a `string` read into a `String`
    /// with invalid UTF-8 is [`DecodeErrorKind::InvalidUtf8`] (at the
    /// string's length prefix) instead of replaced, so that whatever
    /// decodes re-encodes to the input bytes.
    /// [`Deserializable::from_bytes_strict`] reads with such a reader.
    pub const fn strict_utf8(mut self) -> Self {
        self.strict_utf8 = true;
        self
    }

    /// How many owned strings read so far had invalid UTF-8 replaced by
    /// U+FFFD: when it is not 0, the value read does not re-encode to its
    /// input. Always 0 for a [`strict_utf8`](Self::strict_utf8) reader.
    #[inline]
    pub const fn replaced_strings(&self) -> usize {
        self.replaced
    }

    /// Offset of the next byte to read.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.len - self.rest.len()
    }

    /// Bytes not yet read.
    #[inline]
    pub const fn remaining(&self) -> usize {
        self.rest.len()
    }

    /// The unread input.
    #[inline]
    pub const fn rest(&self) -> &'a [u8] {
        self.rest
    }

    /// An error of `kind` at `offset`.
    #[cold]
    pub fn error_at(&self, offset: usize, kind: DecodeErrorKind) -> DecodeError {
        DecodeError::new(offset, kind)
    }

    #[cold]
    fn end(&self, needed: usize) -> DecodeError {
        DecodeError::new(self.offset(), DecodeErrorKind::UnexpectedEnd { needed, remaining: self.remaining() })
    }

    /// Fails with [`DecodeErrorKind::UnexpectedEnd`] unless `n` bytes are
    /// left. A constructor checks its fewest bytes once, before its fields,
    /// so that once inlined the reads of its fixed-size fields need no
    /// checks of their own.
    #[inline]
    pub fn need(&self, n: usize) -> Result<(), DecodeError> {
        if self.rest.len() < n {
            return Err(self.end(n));
        }
        Ok(())
    }

    /// The next `n` bytes.
    #[inline]
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        match self.rest.split_at_checked(n) {
            Some((out, rest)) => {
                self.rest = rest;
                Ok(out)
            }
            None => Err(self.end(n)),
        }
    }

    /// The next `N` bytes as an array.
    #[inline]
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        match self.rest.split_first_chunk::<N>() {
            Some((out, rest)) => {
                self.rest = rest;
                Ok(*out)
            }
            None => Err(self.end(N)),
        }
    }

    read_le! {
        /// A little-endian `u32` (constructor ids, flags).
        read_u32 -> u32;
        /// A little-endian `i32` (TL `int`).
        read_i32 -> i32;
        /// A little-endian `i64` (TL `long`).
        read_i64 -> i64;
        /// A little-endian `f64` (TL `double`), bit for bit.
        read_f64 -> f64;
    }

    /// The data of a TL `string`/`bytes`, borrowed from the input.
    ///
    /// Only the canonical encoding is accepted (what every TL writer
    /// produces), so that decoding and re-encoding gives the same bytes:
    /// the short form for lengths below 254, zero padding.
    pub fn read_bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        self.read_bytes_inline()
    }

    /// [`read_bytes`](Self::read_bytes), inlined where it is called: for
    /// the few decoders that read one large string and little else (the
    /// views), where the call is a fair part of the work. The owned
    /// decoders call the out-of-line one, to keep the layer's code small.
    #[doc(hidden)]
    #[inline(always)]
    pub fn read_bytes_inline(&mut self) -> Result<&'a [u8], DecodeError> {
        let start = self.offset();
        let [first] = self.array::<1>()?;
        let (len, header) = if first < 254 {
            (first as usize, 1)
        } else {
            let [b0, b1, b2] = self.array::<3>()?;
            let len = b0 as usize | (b1 as usize) << 8 | (b2 as usize) << 16;
            if first == 0xFF || len < 254 {
                return Err(DecodeError::new(start, DecodeErrorKind::NonCanonicalLength { prefix: first, len }));
            }
            (len, 4)
        };
        let Some((data, rest)) = self.rest.split_at_checked(len) else {
            return Err(DecodeError::new(start, DecodeErrorKind::StringTooLong { len, remaining: self.remaining() }));
        };
        self.rest = rest;
        let pad = (header + len).wrapping_neg() & 3;
        // The padding's bits. Where a word is left (all but the input's
        // last string), one load and a mask, not a branch on `pad`: the
        // padding varies from string to string, so a branch or jump on it
        // is mispredicted about every other string.
        let (padding, rest) = match rest.first_chunk::<4>() {
            Some(word) => {
                let mask = ((1u64 << (8 * pad)) - 1) as u32;
                (u32::from_le_bytes(*word) & mask, rest.get(pad..).unwrap_or_default())
            }
            None => match rest.split_at_checked(pad) {
                Some((padding, rest)) => (padding.iter().fold(0, |bits, &b| bits | u32::from(b)), rest),
                None => return Err(self.end(pad)),
            },
        };
        if padding != 0 {
            return Err(DecodeError::new(self.offset(), DecodeErrorKind::NonZeroPadding));
        }
        self.rest = rest;
        Ok(data)
    }

    /// The text of a TL `string`, borrowed from the input. Bytes that are not
    /// UTF-8 are [`DecodeErrorKind::InvalidUtf8`] whether or not the reader
    /// is [`strict_utf8`](Self::strict_utf8): a `&str` into the input
    /// cannot hold a replacement.
    #[inline]
    pub fn read_str(&mut self) -> Result<&'a str, DecodeError> {
        <&'a str as crate::view::ViewValue<'a>>::read_view(self)
    }

    /// [`read_str`](Self::read_str) inlined: the body of the one
    /// out-of-line function every `&str` is read by (the `&str` view).
    #[inline(always)]
    pub(crate) fn read_str_inline(&mut self) -> Result<&'a str, DecodeError> {
        match self.short_ascii_str() {
            Some(s) => Ok(s),
            None => self.read_str_general(),
        }
    }

    /// [`read_str`](Self::read_str) of any string, its bytes read inline.
    #[inline(never)]
    fn read_str_general(&mut self) -> Result<&'a str, DecodeError> {
        if let Some(s) = self.short_utf8_str() {
            return Ok(s);
        }
        let at = self.offset();
        let data = self.read_bytes_inline()?;
        text(data).map_err(|e| invalid_utf8(at, e))
    }

    /// The text of a TL `string` as an owned `String`, for the one
    /// out-of-line function every owned `String` is read by. Invalid UTF-8
    /// is replaced and counted, or refused by a
    /// [`strict_utf8`](Self::strict_utf8) reader; either is decided out of
    /// line, once the string is known not to be UTF-8, so valid text takes
    /// one path in both modes: the check of `text` and the copy.
    #[inline(always)]
    pub(crate) fn read_string(&mut self) -> Result<String, DecodeError> {
        match self.short_ascii_str() {
            Some(s) => Ok(String::from(s)),
            None => self.read_string_general(),
        }
    }

    /// [`read_string`](Self::read_string) of any string, its bytes read
    /// inline.
    #[inline(never)]
    fn read_string_general(&mut self) -> Result<String, DecodeError> {
        if let Some(s) = self.short_utf8_str() {
            return Ok(String::from(s));
        }
        let at = self.offset();
        let data = self.read_bytes_inline()?;
        match text(data) {
            Ok(s) => Ok(String::from(s)),
            Err(e) => self.not_utf8(data, at, e),
        }
    }

    /// A `string` of under 16 bytes of ASCII, with its zero padding, read
    /// from the next 16 bytes, when there are as many; `None`, with
    /// nothing read, for anything else, which the general path then reads
    /// (and refuses, where it is wrong).
    ///
    /// Most strings of a message are short and ASCII (names, usernames,
    /// a photo size's type, MIME types, language codes). Read by the
    /// general path, each costs its prefix, a split, a padding mask and a
    /// byte loop for the `is_ascii` of its last bytes: about 70
    /// instructions. Here the prefix, data and padding are two words,
    /// tested at once against the bits [`SHORT_STRING_MASKS`] gives for
    /// the length.
    #[inline(always)]
    #[allow(unsafe_code)]
    fn short_ascii_str(&mut self) -> Option<&'a str> {
        let data = self.short_string(&SHORT_STRING_MASKS)?;
        // SAFETY: `from_utf8_unchecked` needs `data` to be valid UTF-8.
        // `short_string` gave bytes 1 to `len` of the input's next 16 bytes
        // (`len < 16`), whose top bits `SHORT_STRING_MASKS[len]` holds (in
        // its first word those of bytes 0 to 7, in its second those of
        // bytes 8 to 15) and which it tested zero: every byte is below
        // 0x80, a complete one-byte UTF-8 sequence.
        Some(unsafe { core::str::from_utf8_unchecked(data) })
    }

    /// The data of a string of under 16 bytes, read from the input's next
    /// 16 bytes, when there are as many and the bits `masks` gives for its
    /// length (its padding, and for ASCII the top bit of every byte) are
    /// zero; `None`, with nothing read, for anything else.
    ///
    /// The 16 bytes are loaded as two little-endian words, not one `u128`:
    /// read as one, the first byte was loaded on its own and the rest
    /// assembled by shifts.
    #[inline(always)]
    fn short_string(&mut self, masks: &[[u64; 2]; 16]) -> Option<&'a [u8]> {
        let (&head, _) = self.rest.split_first_chunk::<16>()?;
        let [lo, hi] = [head.first_chunk::<8>()?, head.last_chunk::<8>()?].map(|w| u64::from_le_bytes(*w));
        let len = (lo & 0xFF) as usize;
        let [zero_lo, zero_hi] = masks.get(len)?;
        if (lo & zero_lo) | (hi & zero_hi) != 0 {
            return None;
        }
        let data = self.rest.get(1..1 + len)?;
        self.rest = self.rest.get(short_encoded_len(len)..)?;
        Some(data)
    }

    /// A `string` of under 16 bytes that is not ASCII (an emoji, a word in
    /// another script), read as [`short_ascii_str`](Self::short_ascii_str)
    /// reads ASCII but its text checked by `from_utf8`; `None`, with
    /// nothing read, where its padding is not zero, its text not UTF-8, or
    /// fewer than 16 bytes are left. Called from the general path, once the
    /// ASCII path has failed: tested beside it, it slowed every string.
    #[inline(always)]
    fn short_utf8_str(&mut self) -> Option<&'a str> {
        let rest = self.rest;
        let text = self.short_string(&SHORT_STRING_PADDING).map(core::str::from_utf8);
        if let Some(Ok(text)) = text {
            return Some(text);
        }
        self.rest = rest;
        None
    }

    /// A string read at `at` whose bytes, `data`, are not UTF-8 (`e`):
    /// the error, or the text with U+FFFD in place of each invalid
    /// sequence, counted.
    #[cold]
    #[inline(never)]
    fn not_utf8(&mut self, data: &[u8], at: usize, e: core::str::Utf8Error) -> Result<String, DecodeError> {
        if self.strict_utf8 {
            return Err(invalid_utf8(at, e));
        }
        self.replaced += 1;
        Ok(String::from_utf8_lossy(data).into_owned())
    }

    /// A vector element count, checked against the input left: each element
    /// takes at least `min_len` bytes (1 is assumed for zero-sized ones), so
    /// a hostile count fails here instead of driving a huge allocation.
    ///
    /// Inlined: `min_len` is a constant where a vector is read, and the
    /// call cost about what the check does.
    #[inline]
    pub fn read_count(&mut self, min_len: usize) -> Result<usize, DecodeError> {
        let at = self.offset();
        let count = self.read_i32()?;
        let remaining = self.remaining();
        if count < 0 || (count as usize).saturating_mul(min_len.max(1)) > remaining {
            return Err(DecodeError::new(at, DecodeErrorKind::VectorTooLong { count: count as i64, remaining }));
        }
        Ok(count as usize)
    }

    /// Enters one level of boxed-value nesting; called at a boxed value's
    /// constructor id, so `TooDeep` points at the value that is too deep.
    #[inline]
    pub fn enter(&mut self) -> Result<(), DecodeError> {
        self.enter_at(self.offset())
    }

    /// [`enter`](Self::enter) for a value whose id, at `at`, was read.
    #[inline]
    pub fn enter_at(&mut self, at: usize) -> Result<(), DecodeError> {
        if self.depth >= self.max_depth {
            return Err(DecodeError::new(at, DecodeErrorKind::TooDeep { limit: self.max_depth }));
        }
        self.depth += 1;
        Ok(())
    }

    /// Reads with `read` the fields of a boxed value whose id, at `at`, was
    /// just read: one level deeper, unless the value is a leaf, which
    /// cannot nest (see [`WireSize::LEAF`](crate::codec::WireSize::LEAF)).
    #[doc(hidden)]
    #[inline(always)]
    pub fn nested<T>(
        &mut self,
        at: usize,
        leaf: bool,
        read: impl FnOnce(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<T, DecodeError> {
        if leaf {
            return read(self);
        }
        self.enter_at(at)?;
        let v = read(self);
        self.leave();
        v
    }

    /// The levels of nesting left below the limit: a view keeps it with
    /// each part it reads again later (see [`VecView`](crate::VecView)).
    #[inline]
    pub(crate) const fn depth_left(&self) -> u32 {
        self.max_depth.saturating_sub(self.depth)
    }

    /// Leaves a level entered with [`enter`](Self::enter).
    #[inline]
    pub fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Fails with [`DecodeErrorKind::TrailingBytes`] unless all input was read.
    pub fn finish(&self) -> Result<(), DecodeError> {
        match self.remaining() {
            0 => Ok(()),
            count => Err(DecodeError::new(self.offset(), DecodeErrorKind::TrailingBytes { count })),
        }
    }
}

/// The bytes a `string` of `len < 254` bytes takes: its 1-byte prefix,
/// its data, zero padding to a multiple of 4.
const fn short_encoded_len(len: usize) -> usize {
    (len + 4) & !3
}

/// For each length under 16, the bits of a string's first 16 bytes (its
/// prefix, data and padding, then what follows) that must be zero for it
/// to be read by [`Reader::short_ascii_str`]: the padding's, and the top
/// bit of each byte of the prefix and data (ASCII). Bytes past the
/// padding belong to the next field and are not looked at.
const SHORT_STRING_MASKS: [[u64; 2]; 16] = short_string_masks(true);

/// [`SHORT_STRING_MASKS`] without the top bits: the padding's alone, for
/// [`Reader::short_utf8_str`].
const SHORT_STRING_PADDING: [[u64; 2]; 16] = short_string_masks(false);

/// [`SHORT_STRING_MASKS`], with the top bits of the prefix and data where
/// `ascii`.
const fn short_string_masks(ascii: bool) -> [[u64; 2]; 16] {
    let mut masks = [[0; 2]; 16];
    let mut len = 0;
    while len < 16 {
        // Both shifts are under 128: `1 + len <= short_encoded_len(len) <= 16`.
        let encoding = u128::MAX >> (8 * (16 - short_encoded_len(len)));
        let prefix_and_data = u128::MAX >> (8 * (15 - len));
        let top_bits = if ascii { u128::from_le_bytes([0x80; 16]) } else { 0 };
        let mask = (encoding & !prefix_and_data) | (prefix_and_data & top_bits);
        masks[len] = [mask as u64, (mask >> 64) as u64];
        len += 1;
    }
    masks
}

/// `data`, a string's bytes, as text, or where it stops being UTF-8.
///
/// Most TL strings are ASCII (names, usernames, phone numbers, links,
/// language codes). `is_ascii` reads a string in whole words, the first
/// and last unaligned, where `from_utf8` goes byte by byte until its
/// pointer is aligned and again after its last 16-byte block: on short
/// strings, most of its time. A string with other bytes is checked by
/// `from_utf8` after `is_ascii` stops at the first of them.
#[inline(always)]
#[allow(unsafe_code)]
fn text(data: &[u8]) -> Result<&str, core::str::Utf8Error> {
    if data.is_ascii() {
        // SAFETY: `from_utf8_unchecked` needs `data` to be valid UTF-8.
        // Every byte of `data` is below 0x80 (`is_ascii`), and a byte
        // below 0x80 is a complete one-byte UTF-8 sequence, so `data` is a
        // sequence of valid UTF-8 characters.
        return Ok(unsafe { core::str::from_utf8_unchecked(data) });
    }
    core::str::from_utf8(data)
}

/// The error for a string, read at offset `at`, that is not UTF-8 (`e`).
#[cold]
fn invalid_utf8(at: usize, e: core::str::Utf8Error) -> DecodeError {
    DecodeError::new(at, DecodeErrorKind::InvalidUtf8 { valid_up_to: e.valid_up_to() })
}

/// A value that can be read from TL's boxed form.
pub trait Deserializable: Sized {
    /// Reads one value from `r`.
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError>;

    /// Reads one value and appends it to `out`: a vector's element. The DSL
    /// overrides it for types whose constructors are all inline, so that
    /// the value goes into the vector from the registers it was read into
    /// rather than through a returned copy.
    #[doc(hidden)]
    #[inline]
    fn deserialize_push(r: &mut Reader<'_>, out: &mut alloc::vec::Vec<Self>) -> Result<(), DecodeError> {
        out.push(Self::deserialize(r)?);
        Ok(())
    }

    /// Reads one value that must span all of `bytes`.
    ///
    /// Invalid UTF-8 in a `string` is replaced by U+FFFD (see [`Reader`]);
    /// to tell whether it was, read with a [`Reader`] and ask it
    /// [`replaced_strings`](Reader::replaced_strings):
    ///
    /// ```
    /// use tlwire_dsl::{Deserializable, Reader};
    ///
    /// fn read_exact<T: Deserializable>(bytes: &[u8]) -> Result<(T, bool), tlwire_dsl::DecodeError> {
    ///     let mut r = Reader::new(bytes);
    ///     let value = T::deserialize(&mut r)?;
    ///     r.finish()?;
    ///     Ok((value, r.replaced_strings() == 0)) // false: `value` does not re-encode to `bytes`
    /// }
    /// assert_eq!(read_exact::<String>(&[2, b'o', b'k', 0]).unwrap(), ("ok".to_string(), true));
    /// assert_eq!(read_exact::<String>(&[2, b'o', 0xc3, 0]).unwrap(), ("o\u{FFFD}".to_string(), false));
    /// ```
    fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let v = Self::deserialize(&mut r)?;
        r.finish()?;
        Ok(v)
    }

    /// [`from_bytes`](Self::from_bytes) with a
    /// [`strict_utf8`](Reader::strict_utf8) reader: a `string` that is not
    /// UTF-8 is [`DecodeErrorKind::InvalidUtf8`], so that whatever decodes
    /// re-encodes to exactly `bytes`.
    fn from_bytes_strict(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes).strict_utf8();
        let v = Self::deserialize(&mut r)?;
        r.finish()?;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// A string of `len` bytes in TL's encoding, its padding zero.
    /// With `ascii` false and `len >= 2`, the text starts with "é".
    fn encoded(len: usize, ascii: bool) -> Vec<u8> {
        let mut data: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
        if !ascii && len >= 2 {
            data[..2].copy_from_slice("é".as_bytes());
        }
        crate::write::tests::reference(&data)
    }

    /// Every padding byte of every padding length, with the input ending
    /// after the padding or going on with non-zero bytes (which the
    /// padding check must not look at), read after a 4-byte prefix.
    #[test]
    fn padding_is_checked_byte_by_byte_and_no_further() {
        for (len, ascii) in (0..20).chain(254..262).flat_map(|len| [(len, true), (len, false)]) {
            let string = encoded(len, ascii);
            let header = if len < 254 { 1 } else { 4 };
            let pad = string.len() - header - len;
            // 16 bytes or more after the prefix take the short strings' path.
            for tail in [&[][..], &[0xFF][..], &[0xFF; 4][..], &[0xFF; 9][..], &[0xFF; 16][..]] {
                let input = [&[7, 7, 7, 7][..], &string, tail].concat();
                let mut r = Reader::new(&input);
                r.array::<4>().unwrap();
                assert_eq!(r.read_bytes().unwrap().len(), len, "len {len}, tail {}", tail.len());
                assert_eq!(r.remaining(), tail.len(), "len {len}, tail {}", tail.len());
                for bad in 0..pad {
                    let mut input = input.clone();
                    input[4 + header + len + bad] = 1 << bad;
                    let want = DecodeError::new(4 + header + len, DecodeErrorKind::NonZeroPadding);
                    // As bytes, as a borrowed and as an owned string.
                    for read in 0..3 {
                        let mut r = Reader::new(&input);
                        r.array::<4>().unwrap();
                        let e = match read {
                            0 => r.read_bytes().map(drop),
                            1 => r.read_str().map(drop),
                            _ => r.read_string().map(drop),
                        };
                        assert_eq!(e, Err(want.clone()), "len {len}, byte {bad}, read {read}");
                    }
                }
            }
            // The input ending inside the padding.
            if pad > 0 {
                let input = [&[7, 7, 7, 7][..], &string[..string.len() - 1]].concat();
                let mut r = Reader::new(&input);
                r.array::<4>().unwrap();
                let e = r.read_bytes().unwrap_err();
                assert_eq!(*e.kind(), DecodeErrorKind::UnexpectedEnd { needed: pad, remaining: pad - 1 }, "len {len}");
            }
        }
    }

    /// The text inputs: ASCII of every length up to 40 and at 254 to 300
    /// (short and long form), and each of those with one non-ASCII byte, a
    /// valid two-, three- or four-byte character, or an invalid sequence
    /// (one that `from_utf8_lossy` replaces by three U+FFFD among them)
    /// put at every position.
    fn text_inputs() -> Vec<Vec<u8>> {
        let inserts: [&[u8]; 10] = [
            "é".as_bytes(),
            "ж".as_bytes(),
            "€".as_bytes(),
            "𝄞".as_bytes(),
            &[0x80],
            &[0xC3],
            &[0xE2, 0x82],
            &[0xF0, 0x9D, 0x84],
            &[0xFF],
            &[0xED, 0xA0, 0x80],
        ];
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for len in (0..=40).chain(254..=300) {
            let ascii: Vec<u8> = (0..len).map(|i| b' ' + (i % 95) as u8).collect();
            inputs.push(ascii.clone());
            for insert in inserts {
                for at in 0..=len {
                    inputs.push([&ascii[..at], insert, &ascii[at..]].concat());
                }
            }
        }
        inputs
    }

    /// `data` as a TL string, after a 4-byte prefix (so that the string
    /// is at offset 4), then `tail`.
    fn at_four(data: &[u8], tail: &[u8]) -> Vec<u8> {
        [&[7, 7, 7, 7][..], &crate::write::tests::reference(data), tail].concat()
    }

    /// What follows a string in the text tests: nothing, or enough bytes
    /// (with their top bits set) for strings under 16 bytes to be read by
    /// [`Reader::short_str`].
    const TAILS: [&[u8]; 2] = [&[], &[0x80; 16]];

    /// Strings read strictly agree with `core::str::from_utf8` on every
    /// input of [`text_inputs`] (the same text, or an error at the string
    /// with the same `valid_up_to`): borrowed (`read_str`) from a default
    /// and from a strict reader, and owned (`read_string`, which every
    /// owned `String` is read by) from a strict reader, which replaces
    /// nothing.
    #[test]
    fn strict_text_is_exactly_from_utf8() {
        for (data, tail) in text_inputs().iter().flat_map(|d| TAILS.map(|t| (d, t))) {
            let expected = core::str::from_utf8(data).map_err(|e| e.valid_up_to());
            let input = at_four(data, tail);
            let error = |e: DecodeError| match (e.offset(), e.kind()) {
                (4, &DecodeErrorKind::InvalidUtf8 { valid_up_to }) => valid_up_to,
                other => panic!("{other:?} for {data:?}"),
            };
            for strict in [false, true] {
                let mut r = Reader::new(&input);
                if strict {
                    r = r.strict_utf8();
                }
                r.array::<4>().unwrap();
                assert_eq!(r.read_str().map_err(error), expected, "{data:?}");
                assert_eq!(r.replaced_strings(), 0);
                if expected.is_ok() {
                    assert_eq!(r.remaining(), tail.len(), "{data:?}");
                }
            }
            let mut r = Reader::new(&input).strict_utf8();
            r.array::<4>().unwrap();
            assert_eq!(r.read_string().map_err(error), expected.map(String::from), "{data:?}");
            assert_eq!(r.replaced_strings(), 0);
            if expected.is_ok() {
                assert_eq!(r.remaining(), tail.len(), "{data:?}");
            }
        }
    }

    /// An owned string read by a default reader is `String::from_utf8_lossy`
    /// of its bytes, on every input of [`text_inputs`]; the reader counts
    /// the strings that were not UTF-8 and goes on after the padding.
    #[test]
    fn lossy_text_is_exactly_from_utf8_lossy() {
        for (data, tail) in text_inputs().iter().flat_map(|d| TAILS.map(|t| (d, t))) {
            let input = [at_four(data, &[]), at_four(data, tail)].concat();
            let bad = usize::from(core::str::from_utf8(data).is_err());
            let mut r = Reader::new(&input);
            for n in 1..=2 {
                r.array::<4>().unwrap();
                assert_eq!(r.read_string().unwrap(), String::from_utf8_lossy(data), "{data:?}");
                assert_eq!(r.replaced_strings(), n * bad, "{data:?}");
            }
            assert_eq!(r.remaining(), tail.len());
        }
    }
}
