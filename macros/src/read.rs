//! Decoding from a byte slice: bounds-checked, depth-limited, never panics.

use byteorder::{ByteOrder, LittleEndian};

use crate::error::{DecodeError, DecodeErrorKind};

/// How deep boxed values may nest before [`DecodeErrorKind::TooDeep`].
///
/// Real layer-122 traffic nests about a dozen levels (`updates` → `update` →
/// `message` → `messageMediaWebPage` → `webPage` → `page` → `pageBlock…` →
/// `richText…`); 64 leaves room for deep rich text while keeping a hostile
/// input from exhausting the stack.
pub const DEFAULT_MAX_DEPTH: u32 = 64;

/// A cursor over TL input.
///
/// Every read checks the bytes it needs against what is left and reports
/// the offset of the item on failure.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    depth: u32,
    max_depth: u32,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `buf`, with [`DEFAULT_MAX_DEPTH`].
    pub const fn new(buf: &'a [u8]) -> Self {
        Self { buf, pos: 0, depth: 0, max_depth: DEFAULT_MAX_DEPTH }
    }

    /// Sets the nesting limit for boxed values.
    pub const fn with_max_depth(mut self, max_depth: u32) -> Self {
        self.max_depth = max_depth;
        self
    }

    /// Offset of the next byte to read.
    #[inline]
    pub const fn offset(&self) -> usize {
        self.pos
    }

    /// Bytes not yet read.
    #[inline]
    pub const fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// The unread input.
    #[inline]
    pub fn rest(&self) -> &'a [u8] {
        &self.buf[self.pos..]
    }

    /// An error of `kind` at `offset`.
    #[cold]
    pub fn error_at(&self, offset: usize, kind: DecodeErrorKind) -> DecodeError {
        DecodeError::new(offset, kind)
    }

    #[cold]
    fn end(&self, needed: usize) -> DecodeError {
        DecodeError::new(self.pos, DecodeErrorKind::UnexpectedEnd { needed, remaining: self.remaining() })
    }

    /// The next `n` bytes.
    #[inline]
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if self.remaining() < n {
            return Err(self.end(n));
        }
        let out = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    /// The next `N` bytes as an array.
    #[inline]
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    /// A little-endian `u32` (constructor ids, flags).
    #[inline]
    pub fn read_u32(&mut self) -> Result<u32, DecodeError> {
        Ok(LittleEndian::read_u32(self.take(4)?))
    }

    /// A little-endian `i32` (TL `int`).
    #[inline]
    pub fn read_i32(&mut self) -> Result<i32, DecodeError> {
        Ok(LittleEndian::read_i32(self.take(4)?))
    }

    /// A little-endian `i64` (TL `long`).
    #[inline]
    pub fn read_i64(&mut self) -> Result<i64, DecodeError> {
        Ok(LittleEndian::read_i64(self.take(8)?))
    }

    /// A little-endian `f64` (TL `double`), bit for bit.
    #[inline]
    pub fn read_f64(&mut self) -> Result<f64, DecodeError> {
        Ok(LittleEndian::read_f64(self.take(8)?))
    }

    /// The data of a TL `string`/`bytes`, borrowed from the input.
    ///
    /// Only the canonical encoding is accepted (what every TL writer
    /// produces), so that decoding and re-encoding gives the same bytes:
    /// the short form for lengths below 254, zero padding.
    pub fn read_bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let start = self.pos;
        let first = *self.take(1)?.first().unwrap_or(&0);
        let (len, header) = if first < 254 {
            (first as usize, 1)
        } else {
            let b = self.take(3)?;
            let len = b[0] as usize | (b[1] as usize) << 8 | (b[2] as usize) << 16;
            if first == 0xFF || len < 254 {
                return Err(DecodeError::new(start, DecodeErrorKind::NonCanonicalLength { prefix: first, len }));
            }
            (len, 4)
        };
        if self.remaining() < len {
            return Err(DecodeError::new(start, DecodeErrorKind::StringTooLong { len, remaining: self.remaining() }));
        }
        let data = self.take(len)?;
        let pad = (4 - (header + len) % 4) % 4;
        let pad_at = self.pos;
        if self.take(pad)?.iter().any(|&b| b != 0) {
            return Err(DecodeError::new(pad_at, DecodeErrorKind::NonZeroPadding));
        }
        Ok(data)
    }

    /// A vector element count, checked against the input left: each element
    /// takes at least `min_len` bytes (1 is assumed for zero-sized ones), so
    /// a hostile count fails here instead of driving a huge allocation.
    pub fn read_count(&mut self, min_len: usize) -> Result<usize, DecodeError> {
        let at = self.pos;
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
        if self.depth >= self.max_depth {
            return Err(DecodeError::new(self.pos, DecodeErrorKind::TooDeep { limit: self.max_depth }));
        }
        self.depth += 1;
        Ok(())
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
            count => Err(DecodeError::new(self.pos, DecodeErrorKind::TrailingBytes { count })),
        }
    }
}

/// A value that can be read from TL's boxed form.
pub trait Deserializable: Sized {
    /// Reads one value from `r`.
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError>;

    /// Reads one value that must span all of `bytes`.
    fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let mut r = Reader::new(bytes);
        let v = Self::deserialize(&mut r)?;
        r.finish()?;
        Ok(v)
    }
}
