//! Encoding: the exact length first, one allocation, one pass of writes.

use alloc::vec::Vec;
use byteorder::{ByteOrder, LittleEndian};
use core::marker::PhantomData;

use crate::error::EncodeError;

/// The largest `string`/`bytes` TL's 3-byte length prefix can announce.
pub const MAX_STRING_LEN: usize = 0x00FF_FFFF;

/// Output of one encoding pass.
///
/// A `Writer` exists only inside [`Serializable::to_bytes`] and
/// [`Serializable::encode_into`], after [`Serializable::serialized_len`] has
/// validated the value and reserved the exact space, so every write lands in
/// capacity that is already there.
pub struct Writer<'a> {
    /// The caller's buffer, moved in for the pass (see [`Writer::run`]):
    /// owned by value, its pointer, length and capacity sit behind the
    /// `noalias` `&mut Writer` every `serialize` gets (or in registers), so
    /// storing a byte does not make LLVM reload them, as it must through a
    /// `&mut Vec<u8>`.
    out: Vec<u8>,
    _buffer: PhantomData<&'a mut Vec<u8>>,
}

impl Writer<'_> {
    /// Runs one write pass over `out`'s buffer, moved into the writer and
    /// back. If `write` panics, `out` is left empty (its buffer is freed).
    #[inline]
    fn run(out: &mut Vec<u8>, write: impl FnOnce(&mut Writer<'_>)) {
        let mut w = Writer { out: core::mem::take(out), _buffer: PhantomData };
        write(&mut w);
        *out = w.out;
    }
}

impl Writer<'_> {
    /// Appends raw bytes.
    #[inline]
    pub fn put_slice(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    /// Appends a little-endian `u32` (TL `int`, constructor ids, flags).
    #[inline]
    pub fn put_u32(&mut self, v: u32) {
        let mut b = [0; 4];
        LittleEndian::write_u32(&mut b, v);
        self.put_slice(&b);
    }

    /// Appends a little-endian `i32` (TL `int`).
    #[inline]
    pub fn put_i32(&mut self, v: i32) {
        self.put_u32(v as u32);
    }

    /// Appends a little-endian `i64` (TL `long`).
    #[inline]
    pub fn put_i64(&mut self, v: i64) {
        let mut b = [0; 8];
        LittleEndian::write_i64(&mut b, v);
        self.put_slice(&b);
    }

    /// Appends a little-endian `f64` (TL `double`), bit for bit.
    #[inline]
    pub fn put_f64(&mut self, v: f64) {
        self.put_i64(v.to_bits() as i64);
    }

    /// Appends a TL `string`/`bytes`: length prefix, data, zero padding to 4.
    /// The length was checked by [`string_len`] during the length pass.
    #[inline]
    pub fn put_bytes(&mut self, data: &[u8]) {
        let len = data.len();
        let header = if len < 254 {
            self.put_slice(&[len as u8]);
            1
        } else {
            self.put_u32(((len as u32) << 8) | 0xFE);
            4
        };
        self.put_slice(data);
        let pad = (4 - (header + len) % 4) % 4;
        self.put_slice(&[0u8; 3][..pad]);
    }
}

/// Encoded length of a TL `string`/`bytes` of `len` bytes, prefix and
/// padding included; one longer than [`MAX_STRING_LEN`] is noted in `check`.
#[inline]
pub fn string_len(len: usize, what: &'static str, check: &mut LenCheck) -> usize {
    if len < 254 {
        (len + 4) & !3
    } else {
        if len > MAX_STRING_LEN {
            check.fail(EncodeError::TooLong { what, len });
        }
        (len + 7) & !3
    }
}

/// What the length pass found wrong with a value: the first reason it
/// cannot be encoded (a string too long for TL's length prefix, fields that
/// disagree on a shared flag bit).
///
/// Measuring goes on after a problem; the length is then meaningless and
/// [`finish`](Self::finish) turns it into the error. Noting problems here
/// rather than returning a `Result` from every field keeps the length pass
/// free of a branch per field, at run time and in the generated code.
#[derive(Debug, Default)]
pub struct LenCheck {
    problem: Option<EncodeError>,
}

impl LenCheck {
    /// Notes a problem; the first one noted is the one reported.
    #[cold]
    #[inline(never)]
    pub fn fail(&mut self, problem: EncodeError) {
        if self.problem.is_none() {
            self.problem = Some(problem);
        }
    }

    /// The measured length, or the first problem noted.
    #[inline]
    pub fn finish(self, len: usize) -> Result<usize, EncodeError> {
        match self.problem {
            None => Ok(len),
            Some(problem) => Err(problem),
        }
    }
}

/// A value that can be written in TL's boxed form (constructor id included
/// where its type has one; primitives are written as themselves).
pub trait Serializable {
    /// The exact number of bytes [`serialize`](Self::serialize) writes,
    /// noting in `check` anything that makes the value unencodable.
    fn measure(&self, check: &mut LenCheck) -> usize;

    /// Writes the value. Only reachable through [`to_bytes`](Self::to_bytes)
    /// and [`encode_into`](Self::encode_into), which validate first.
    fn serialize(&self, w: &mut Writer<'_>);

    /// The exact number of bytes [`serialize`](Self::serialize) writes.
    ///
    /// This is also where a value is validated: fields that share a flag bit
    /// but disagree, or strings too long for TL, give an [`EncodeError`].
    #[inline]
    fn serialized_len(&self) -> Result<usize, EncodeError>
    where
        Self: Sized,
    {
        let mut check = LenCheck::default();
        let len = self.measure(&mut check);
        check.finish(len)
    }

    /// Encodes into a new buffer: one length pass, one allocation of the exact
    /// size, one pass of writes.
    fn to_bytes(&self) -> Result<Vec<u8>, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        let mut out = Vec::with_capacity(len);
        Writer::run(&mut out, |w| self.serialize(w));
        debug_assert_eq!(out.len(), len, "serialized_len disagrees with serialize");
        Ok(out)
    }

    /// Appends the encoding to `out` (reserving exactly what it needs) and
    /// returns the number of bytes written. Reusing one buffer across calls
    /// makes encoding allocation-free once it has grown. If a `serialize`
    /// panics, `out` is left empty.
    fn encode_into(&self, out: &mut Vec<u8>) -> Result<usize, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        out.reserve(len);
        let start = out.len();
        Writer::run(out, |w| self.serialize(w));
        debug_assert_eq!(out.len() - start, len, "serialized_len disagrees with serialize");
        Ok(len)
    }
}

impl<T: Serializable + ?Sized> Serializable for &T {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        (**self).measure(check)
    }
    #[inline]
    fn serialize(&self, w: &mut Writer<'_>) {
        (**self).serialize(w)
    }
}

impl<T: Serializable + ?Sized> Serializable for alloc::boxed::Box<T> {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        (**self).measure(check)
    }
    #[inline]
    fn serialize(&self, w: &mut Writer<'_>) {
        (**self).serialize(w)
    }
}
