//! Encoding: the exact length first, one allocation, one pass of writes.

use alloc::vec::Vec;
use byteorder::{ByteOrder, LittleEndian};
use core::mem::{self, MaybeUninit};

use crate::error::EncodeError;

/// From this length on, [`extend_aligned`] aligns the destination.
const BULK_LEN: usize = 4096;

/// Appends `data` to `out`, which has the room, as `extend_from_slice`
/// does, but a long copy is split so that its bulk lands 64-byte aligned.
///
/// On some processors a bulk copy runs at full speed only into an aligned
/// destination, and an `upload.saveFilePart` puts its bytes 20 bytes past
/// the buffer's start; so the few bytes up to the next boundary go first.
/// On others only the source's and destination's alignment relative to
/// each other matters, which no split can change, and the split costs
/// nothing. BENCHMARKS.md ("The 512 KiB rows depend on where the buffers
/// land") has the figures and the `placement` bench that measures both.
#[inline]
pub fn extend_aligned(out: &mut Vec<u8>, data: &[u8]) {
    match aligned_split(out.as_ptr() as usize + out.len(), data) {
        Some((head, bulk)) => {
            out.extend_from_slice(head);
            out.extend_from_slice(bulk);
        }
        None => out.extend_from_slice(data),
    }
}

/// `data`, to be copied to the address `to`, split where its bytes reach
/// the next 64-byte boundary there; `None` when it is too short to gain
/// from it (see [`extend_aligned`]).
#[inline(always)]
fn aligned_split(to: usize, data: &[u8]) -> Option<(&[u8], &[u8])> {
    if data.len() >= BULK_LEN { data.split_at_checked(to.wrapping_neg() & 63) } else { None }
}

/// The largest `string`/`bytes` TL's 3-byte length prefix can announce.
pub const MAX_STRING_LEN: usize = 0x00FF_FFFF;

/// Output of one encoding pass: the room reserved for the value, not yet
/// written.
///
/// A `Writer` exists only inside [`Serializable::to_bytes`] and
/// [`Serializable::encode_into`], after [`Serializable::serialized_len`] has
/// validated the value and reserved the exact space (and a guard byte,
/// see [`EncodeError::LengthMismatch`]). It holds the part of
/// that space still to be written, a slice of the buffer's spare capacity,
/// and each write splits what it writes off the front.
///
/// It is passed by value and returned: a writer of a field takes it and
/// gives it back, one step further. So the place of the next write stays in
/// two registers, through the calls of nested values, with no length stored
/// in the buffer and loaded again around each write (as a growing `Vec`
/// has), and no capacity to check beyond what is left.
///
/// A hand-written [`Serializable`] passes it on the same way:
///
/// ```
/// use tlwire_dsl::{LenCheck, Serializable, Writer};
///
/// struct Pair(i32, String);
///
/// impl Serializable for Pair {
///     fn measure(&self, check: &mut LenCheck) -> usize {
///         self.0.measure(check) + self.1.measure(check)
///     }
///     fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a> {
///         let w = self.0.serialize(w);
///         self.1.serialize(w)
///     }
/// }
///
/// assert_eq!(Pair(7, "ab".into()).to_bytes()?, [7, 0, 0, 0, 2, b'a', b'b', 0]);
/// # Ok::<(), tlwire_dsl::EncodeError>(())
/// ```
///
/// A `serialize` that writes other than what its `measure` announced gets
/// [`EncodeError::LengthMismatch`], and the buffer is left as it was.
pub struct Writer<'a> {
    /// The reserved bytes not written yet, one guard byte past the value's
    /// end included: always a tail of the room reserved, every byte before
    /// it written (see [`finish`]).
    rest: &'a mut [MaybeUninit<u8>],
}

/// The fixed-size little-endian writes, one per primitive: the value's
/// bytes assembled in an array, then appended.
macro_rules! put_le {
    ($($(#[doc = $doc:literal])* $name:ident($t:ty) = $write:ident in $len:literal;)+) => {$(
        $(#[doc = $doc])*
        #[inline(always)]
        pub fn $name(&mut self, v: $t) {
            let mut b = [0; $len];
            LittleEndian::$write(&mut b, v);
            self.put_slice(&b);
        }
    )+};
}

impl<'a> Writer<'a> {
    /// The next `n` bytes of the room, split off: the caller writes every
    /// one of them. `None` when fewer are left (a `serialize` writing more
    /// than its `measure` said): the rest is then filled with zeros and
    /// the writer left empty, which [`finish`] reports.
    #[inline(always)]
    fn take(&mut self, n: usize) -> Option<&'a mut [MaybeUninit<u8>]> {
        let rest = mem::take(&mut self.rest);
        if n <= rest.len() {
            let (head, tail) = rest.split_at_mut(n);
            self.rest = tail;
            Some(head)
        } else {
            self.rest = overflow(rest);
            None
        }
    }

    /// Appends raw bytes.
    #[inline(always)]
    pub fn put_slice(&mut self, bytes: &[u8]) {
        if let Some(head) = self.take(bytes.len()) {
            write_all(head, bytes);
        }
    }

    put_le! {
        /// Appends a little-endian `u32` (TL `int`, constructor ids, flags).
        put_u32(u32) = write_u32 in 4;
        /// Appends a little-endian `i32` (TL `int`).
        put_i32(i32) = write_i32 in 4;
        /// Appends a little-endian `i64` (TL `long`).
        put_i64(i64) = write_i64 in 8;
        /// Appends a little-endian `f64` (TL `double`), bit for bit.
        put_f64(f64) = write_f64 in 8;
    }

    /// Appends fixed-size values laid end to end, each as `bytes` gives it,
    /// a block at a time: the block is filled by a loop of plain stores
    /// (vector moves where the bytes are the value's own: little-endian
    /// `int`, `long`, `double` on a little-endian target), then appended
    /// with one copy. No per-value length check. Stored one value at a time
    /// into the room instead, a `Vector<int>` of 100 took 16.8 ns against
    /// 12.7 ns, with fewer instructions.
    #[inline]
    pub(crate) fn put_run<T: Copy, const N: usize>(&mut self, values: &[T], bytes: fn(T) -> [u8; N]) {
        const BLOCK: usize = 32;
        let mut block = [[0u8; N]; BLOCK];
        for chunk in values.chunks(BLOCK) {
            for (slot, v) in block.iter_mut().zip(chunk) {
                *slot = bytes(*v);
            }
            self.put_slice(block[..chunk.len()].as_flattened());
        }
    }

    /// Appends a TL `string`/`bytes`: length prefix, data, zero padding to 4.
    /// The length was checked by [`string_len`] during the length pass.
    #[inline(always)]
    pub fn put_bytes(&mut self, data: &[u8]) {
        let len = data.len();
        if len < 254 {
            if len < 4 {
                // Prefix, data and padding are one word.
                self.put_u32(short_word(data));
                return;
            }
            if len < 16 {
                self.put_short(data);
                return;
            }
        }
        let w = Writer { rest: mem::take(&mut self.rest) };
        *self = w.put_long(data);
    }

    /// A string of 16 bytes or more, out of line: the common short ones
    /// above stay small enough to inline.
    #[inline(never)]
    fn put_long(mut self, data: &[u8]) -> Self {
        let len = data.len();
        if len < 254 {
            self.put_slice(&[len as u8]);
        } else {
            self.put_u32(((len as u32) << 8) | 0xFE);
        }
        // `len >= 16` (see `put_bytes`). The last word holds the data's last `4 - pad` bytes
        // and `pad` zeros: the data's last 4 bytes shifted down by `pad`,
        // one fixed-size store, not a variable-length copy and a `memset`.
        let pad = if len < 254 { !len & 3 } else { len.wrapping_neg() & 3 };
        let (body, _) = data.split_at(len - (4 - pad));
        if body.len() <= 64 {
            self.put_medium(body);
        } else {
            self.put_aligned(body);
        }
        let last = data.last_chunk::<4>().map_or(0, |&b| u32::from_le_bytes(b));
        self.put_u32(last >> (8 * pad));
        self
    }

    /// Appends `data` as [`put_slice`](Self::put_slice) does; one of 8 to
    /// 64 bytes (usernames, message texts, file references) as two
    /// fixed-size copies that overlap in the middle (8, 16 or 32 bytes
    /// each), a few vector moves in place of a call to `memcpy`: 0.2–0.4 %
    /// fewer instructions on the traffic set's encodes.
    #[inline(always)]
    fn put_medium(&mut self, data: &[u8]) {
        if let Some(dst) = self.take(data.len()) {
            match data.len() {
                8..=16 => copy_ends::<8>(dst, data),
                17..=32 => copy_ends::<16>(dst, data),
                33..=64 => copy_ends::<32>(dst, data),
                _ => write_all(dst, data),
            }
        }
    }

    /// Appends `data` as [`put_slice`](Self::put_slice) does, but a long
    /// copy is split so that its bulk lands 64-byte aligned (see
    /// [`extend_aligned`]).
    #[inline]
    fn put_aligned(&mut self, data: &[u8]) {
        match aligned_split(self.rest.as_ptr() as usize, data) {
            Some((head, bulk)) => {
                self.put_slice(head);
                self.put_slice(bulk);
            }
            None => self.put_slice(data),
        }
    }

    /// A string of 4 to 15 bytes: prefix, data and padding assembled in one
    /// integer from two overlapping reads of the data's head and tail, then
    /// written as 8, 12 or 16 bytes.
    ///
    /// An integer, not a block on the stack: assembled in memory by stores
    /// at the data's length (a variable offset), the block was then read
    /// back by the copy into the buffer with loads spanning those stores,
    /// which the CPU cannot forward (a stall per string). The integer stays
    /// in registers and is stored into the buffer directly.
    #[inline]
    fn put_short(&mut self, data: &[u8]) {
        let len = data.len();
        debug_assert!((4..16).contains(&len));
        // The data as a little-endian integer: the tail's bytes land on the
        // head's where they overlap, the same bytes.
        let data_int = if len >= 8 {
            let head = data.first_chunk::<8>().map_or(0, |b| u64::from_le_bytes(*b));
            let tail = data.last_chunk::<8>().map_or(0, |b| u64::from_le_bytes(*b));
            u128::from(head) | u128::from(tail) << (8 * (len - 8))
        } else {
            let head = data.first_chunk::<4>().map_or(0, |b| u32::from_le_bytes(*b));
            let tail = data.last_chunk::<4>().map_or(0, |b| u32::from_le_bytes(*b));
            u128::from(head) | u128::from(tail) << (8 * (len - 4))
        };
        let bytes = (len as u128 | data_int << 8).to_le_bytes();
        match len {
            4..=7 => self.put_slice(&bytes[..8]),
            8..=11 => self.put_slice(&bytes[..12]),
            _ => self.put_slice(&bytes),
        }
    }
}

/// Writes `src` into `dst`, of the same length (every caller passes two
/// slices of one length, so every byte of `dst` is written): one copy (a store of a
/// constant size, a `memcpy` of a variable one), as `write_copy_of_slice`
/// does from Rust 1.93, newer than this crate's MSRV. Written element by
/// element instead, the copies stayed loops: updateShortMessage18 took
/// 1 498 instructions to encode against 1 099, a `Vector<long>` of 1000
/// 1 809 against 839.
#[inline(always)]
#[allow(unsafe_code)]
fn write_all(dst: &mut [MaybeUninit<u8>], src: &[u8]) {
    let n = dst.len().min(src.len());
    // SAFETY: `MaybeUninit<u8>` has the size, alignment and ABI of `u8`, so
    // the cast keeps the slice's length and every element valid; and the
    // view is shared, read by the copy only, so nothing uninitialized can be
    // written through it into `src`.
    let src = unsafe { &*(src as *const [u8] as *const [MaybeUninit<u8>]) };
    if let (Some(dst), Some(src)) = (dst.get_mut(..n), src.get(..n)) {
        dst.copy_from_slice(src);
    }
}

/// Frees the buffer of an encoding that failed, out of line and by value,
/// and gives back the error.
///
/// [`Serializable::to_bytes`] hands its `Vec` here through `mem::take`
/// rather than dropping it where the encoding failed, so that no path
/// takes the `Vec`'s address and it stays in registers. Dropped there, it
/// would live on the stack on every path: stored once allocated, and read
/// back right after a short `serialize` by the 16-byte load that moves it
/// into the result, a load spanning two recent 8-byte stores, which the
/// CPU cannot forward. That way acceptContact into a fresh buffer takes
/// 22.6 ns, this way 13.3 ns (criterion), at the same instruction count.
#[cold]
#[inline(never)]
fn discard(out: Vec<u8>, e: EncodeError) -> EncodeError {
    drop(out);
    e
}

/// Writes `src` into `dst`, of the same length between `K` and `2 * K`
/// bytes (every caller's match arm), as its first and its last `K` bytes:
/// every byte of `dst` is written, those in the overlap twice with the
/// same value.
#[inline(always)]
fn copy_ends<const K: usize>(dst: &mut [MaybeUninit<u8>], src: &[u8]) {
    debug_assert!(dst.len() == src.len() && (K..=2 * K).contains(&src.len()));
    if let (Some(d), Some(s)) = (dst.first_chunk_mut::<K>(), src.first_chunk::<K>()) {
        write_all(d, s);
    }
    if let (Some(d), Some(s)) = (dst.last_chunk_mut::<K>(), src.last_chunk::<K>()) {
        write_all(d, s);
    }
}

/// What is left of a writer asked for more bytes than it holds: its bytes
/// filled with zeros, so that every byte of the room stays written, and
/// none left (see [`finish`]).
#[cold]
#[inline(never)]
fn overflow(rest: &mut [MaybeUninit<u8>]) -> &mut [MaybeUninit<u8>] {
    for byte in rest.iter_mut() {
        byte.write(0);
    }
    let len = rest.len();
    &mut rest[len..]
}

/// Writes `value`, which `len` bytes measure, after the bytes `out` holds,
/// into the capacity the caller reserved (`len` bytes and one more): the
/// one place a [`Writer`] is made, and the one place its bytes are taken
/// into the buffer.
///
/// The writer gets the `len` bytes reserved and one guard byte after them.
/// `serialize` has written exactly `len` bytes when the writer it returns
/// starts at that guard byte: one more and it starts past it; more still,
/// and the writer came back empty at the room's end (see [`overflow`]);
/// fewer, and it starts before. Otherwise the buffer is left as it was.
#[inline(always)]
#[allow(unsafe_code)]
fn finish<T: Serializable + ?Sized>(value: &T, out: &mut Vec<u8>, len: usize) -> Result<usize, EncodeError> {
    let start = out.len();
    let room = out.spare_capacity_mut().get_mut(..=len).unwrap_or_default();
    let guard = room.as_ptr().wrapping_add(len);
    let rest = value.serialize(Writer { rest: room }).rest;
    if rest.as_ptr() != guard {
        return Err(EncodeError::LengthMismatch { measured: len, more: rest.as_ptr() > guard });
    }
    // SAFETY: the `len` bytes after `start` are initialized, and within the
    // capacity (`room` is part of it). `room` is
    // those bytes and the guard byte after them, and no code but this
    // module's can make a `Writer` or change what it holds. Every writer
    // made from `room` holds a tail of it, and each method splits bytes off
    // its front only after writing all of them (`take`'s callers write what
    // it returns, `overflow` fills what it drops). A writer starting at the
    // guard byte, which the test above checked, is one of those (any other
    // slice there would overlap `room`, which is exclusively borrowed from
    // `out`), and follows `len` bytes all written.
    unsafe { out.set_len(start + len) };
    Ok(len)
}

/// A constructor's consecutive fixed-size fields (its id, `int`s, `long`s,
/// flags words), gathered 16 bytes at a time and written as one store:
/// one length check and one store per 16 bytes, rather than one of each
/// per field.
///
/// Each line's writer has a run of its own, a local that no other function
/// sees, and writes it out at places fixed by the line (before a field of
/// variable length, at the end), so the run's length is a constant at every
/// step whether or not the writer is inlined into its caller. A run handed
/// from a caller to a writer that was not inlined had a length rustc did
/// not know, and lived in memory: each push a shift at a computed offset,
/// each flush a loop.
///
/// One integer, not an array of them: where rustc merges the code of two
/// variants and loses the length, an array indexed by it stays on the
/// stack, while a single integer stays in a register. And an integer, not
/// a byte array: gathered in bytes on the stack, the fields were stored
/// narrow and copied out with wide loads spanning those stores, which the
/// CPU cannot forward (a stall per run). A field of variable length (a
/// string, a vector, another boxed value) writes the run out first: the
/// bytes stay in order.
#[doc(hidden)]
pub struct Run {
    /// The bytes gathered, little-endian; bytes past `len` are zero.
    word: u128,
    len: usize,
}

impl Run {
    /// An empty run.
    #[inline(always)]
    pub const fn new() -> Self {
        Self { word: 0, len: 0 }
    }

    /// Adds `N` bytes, writing the run out first if they do not fit.
    #[inline(always)]
    pub fn push<const N: usize>(&mut self, w: &mut Writer<'_>, bytes: [u8; N]) {
        if N >= 16 {
            // `int128`, `int256`: rare, written on their own.
            self.flush(w);
            w.put_slice(&bytes);
            return;
        }
        if self.len + N > 16 {
            self.flush(w);
        }
        let mut le = [0; 16];
        if let Some(head) = le.get_mut(..N) {
            head.copy_from_slice(&bytes);
        }
        // `len < 16` here, so the shift is under 128.
        self.word |= u128::from_le_bytes(le) << (8 * (self.len % 16));
        self.len += N;
    }

    /// Adds `T`'s constructor id. Through this generic function, not as the
    /// constant in the generated writer: a line whose id fails its check
    /// then reports the failure once, where the id is defined.
    #[inline(always)]
    pub fn push_id<T: crate::Identifiable>(&mut self, w: &mut Writer<'_>) {
        self.push_u32(w, T::CONSTRUCTOR_ID)
    }

    /// Adds a little-endian `u32` (an id, a flags word).
    #[inline(always)]
    pub fn push_u32(&mut self, w: &mut Writer<'_>, v: u32) {
        self.push(w, v.to_le_bytes())
    }

    /// Writes out what the run holds and empties it.
    #[inline(always)]
    pub fn flush(&mut self, w: &mut Writer<'_>) {
        if self.len > 0 {
            let bytes = self.word.to_le_bytes();
            w.put_slice(bytes.get(..self.len).unwrap_or_default());
        }
        self.word = 0;
        self.len = 0;
    }

    /// Writes out what the run holds followed by a flags word of zero, in
    /// one store, and returns the word's place: its bits are known once the
    /// fields after it are written ([`FlagsWord::set`]), and a conditional
    /// field is then tested once, where a pass computing the flags first
    /// tested it twice.
    #[inline(always)]
    pub fn flags_word<'a>(&mut self, w: &mut Writer<'a>) -> FlagsWord<'a> {
        if self.len + 4 > 16 {
            self.flush(w);
        }
        let at = self.len;
        // The run's bytes and then zeros: the word's initial value.
        let bytes = self.word.to_le_bytes();
        let word = w.take(at + 4).and_then(|room| {
            write_all(room, bytes.get(..at + 4).unwrap_or_default());
            room.get_mut(at..).and_then(|word| word.first_chunk_mut::<4>())
        });
        self.word = 0;
        self.len = 0;
        FlagsWord(word)
    }
}

impl Default for Run {
    #[inline(always)]
    fn default() -> Self {
        Self::new()
    }
}

/// Where a constructor's flags word was written, as zero, by
/// [`Run::flags_word`], to be set once the fields it describes are out.
#[doc(hidden)]
pub struct FlagsWord<'a>(Option<&'a mut [MaybeUninit<u8>; 4]>);

impl FlagsWord<'_> {
    /// No word: the value of a flags local before its field is written.
    pub const NONE: Self = FlagsWord(None);

    /// Sets the word to `bits`.
    #[inline(always)]
    pub fn set(&mut self, bits: u32) {
        if let Some(word) = &mut self.0 {
            write_all(&mut word[..], &bits.to_le_bytes());
        }
    }
}

/// A string of under 4 bytes with its 1-byte prefix and zero padding.
#[inline]
fn short_word(data: &[u8]) -> u32 {
    let byte = |i: usize| data.get(i).map_or(0, |&b| u32::from(b));
    data.len() as u32 | byte(0) << 8 | byte(1) << 16 | byte(2) << 24
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
    fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a>;

    /// Writes the value as a field of a constructor whose fixed-size fields
    /// are being gathered in `run` (see [`Run`]): fixed-size values join the
    /// run, any other writes it out and then itself.
    #[doc(hidden)]
    #[inline(always)]
    fn serialize_in_run<'a>(&self, mut w: Writer<'a>, run: &mut Run) -> Writer<'a> {
        run.flush(&mut w);
        self.serialize(w)
    }

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

    /// Encodes into a new buffer: one length pass, one allocation (the exact
    /// size and a guard byte, see [`Writer`]), one pass of writes.
    #[inline]
    fn to_bytes(&self) -> Result<Vec<u8>, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        // The room and the guard byte (see `finish`), allocated here rather
        // than through `reserve`, whose growth path costs 80 instructions
        // more on a small message.
        let mut out = Vec::with_capacity(len + 1);
        // Failed, `out` goes to `discard` by `mem::take`: see there why it
        // is not dropped here.
        match finish(self, &mut out, len) {
            Ok(_) => Ok(out),
            Err(e) => Err(discard(mem::take(&mut out), e)),
        }
    }

    /// Appends the encoding to `out` (reserving what it needs and a guard
    /// byte) and
    /// returns the number of bytes written. Reusing one buffer across calls
    /// makes encoding allocation-free once it has grown. If encoding fails, or
    /// a `serialize` panics, `out` keeps what it held.
    #[inline]
    fn encode_into(&self, out: &mut Vec<u8>) -> Result<usize, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        out.reserve(len + 1);
        finish(self, out, len)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The encoding as the spec states it, byte by byte.
    pub(crate) fn reference(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        if data.len() < 254 {
            out.push(data.len() as u8);
        } else {
            out.push(0xFE);
            out.extend_from_slice(&(data.len() as u32).to_le_bytes()[..3]);
        }
        out.extend_from_slice(data);
        while out.len() % 4 != 0 {
            out.push(0);
        }
        out
    }

    struct Str(Vec<u8>, usize);

    impl Serializable for Str {
        fn measure(&self, _: &mut LenCheck) -> usize {
            self.1
        }
        fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
            w.put_u32(7);
            w.put_bytes(&self.0);
            w
        }
    }

    /// Fixed-size pieces gathered in a run, with strings in between and
    /// more than a block's worth in a row.
    struct Mixed(Vec<u8>);

    impl Serializable for Mixed {
        fn measure(&self, _: &mut LenCheck) -> usize {
            4 * 40 + 8 * 3 + 32 + string_len(self.0.len(), "bytes", &mut LenCheck::default())
        }
        fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
            let mut run = Run::new();
            for i in 0..20u32 {
                run.push_u32(&mut w, i);
            }
            run.push(&mut w, [0xAB; 32]);
            run.push(&mut w, 7i64.to_le_bytes());
            run.flush(&mut w);
            w.put_bytes(&self.0);
            for i in 20..40u32 {
                run.push_u32(&mut w, i);
            }
            run.push(&mut w, 8i64.to_le_bytes());
            run.push(&mut w, 9i64.to_le_bytes());
            run.flush(&mut w);
            run.flush(&mut w);
            w
        }
    }

    #[test]
    fn a_run_writes_its_pieces_in_order() {
        let data = b"hello".to_vec();
        let mut want = Vec::new();
        (0..20u32).for_each(|i| want.extend(i.to_le_bytes()));
        want.extend([0xAB; 32]);
        want.extend(7i64.to_le_bytes());
        want.extend(reference(&data));
        (20..40u32).for_each(|i| want.extend(i.to_le_bytes()));
        want.extend(8i64.to_le_bytes());
        want.extend(9i64.to_le_bytes());
        assert_eq!(Mixed(data).to_bytes().unwrap(), want);
    }

    /// Pushes of 4, 8, 16 and 32 bytes in pseudo-random orders, so that
    /// values start at every 4-byte offset of the run and do not fit in
    /// what is left of it, with flushes in between.
    struct Pieces(Vec<u8>);

    impl Serializable for Pieces {
        fn measure(&self, _: &mut LenCheck) -> usize {
            self.0.iter().map(|&k| if k == 0 { 0 } else { 4 << (k - 1) }).sum()
        }
        fn serialize<'a>(&self, mut w: Writer<'a>) -> Writer<'a> {
            let mut run = Run::new();
            for (i, &k) in self.0.iter().enumerate() {
                let b = i as u8;
                match k {
                    0 => run.flush(&mut w),
                    1 => run.push(&mut w, [b, b ^ 0x11, b ^ 0x22, b ^ 0x33]),
                    2 => run.push(&mut w, core::array::from_fn::<u8, 8, _>(|j| b.wrapping_add(j as u8 * 7))),
                    3 => run.push(&mut w, core::array::from_fn::<u8, 16, _>(|j| b ^ (j as u8 * 13))),
                    _ => run.push(&mut w, core::array::from_fn::<u8, 32, _>(|j| b.wrapping_mul(j as u8 | 1))),
                }
            }
            run.flush(&mut w);
            w
        }
    }

    #[test]
    fn a_run_keeps_bytes_in_order_when_it_fills() {
        let mut seed = 0x2545_f491_u32;
        for _ in 0..500 {
            let kinds: Vec<u8> = (0..40)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    // Mostly 4- and 8-byte fields, as in TL.
                    [1, 1, 1, 2, 2, 3, 0, 4][(seed % 8) as usize]
                })
                .collect();
            let mut want = Vec::new();
            for (i, &k) in kinds.iter().enumerate() {
                let b = i as u8;
                match k {
                    0 => {}
                    1 => want.extend([b, b ^ 0x11, b ^ 0x22, b ^ 0x33]),
                    2 => want.extend((0..8).map(|j: u8| b.wrapping_add(j * 7))),
                    3 => want.extend((0..16).map(|j: u8| b ^ (j * 13))),
                    _ => want.extend((0..32).map(|j: u8| b.wrapping_mul(j | 1))),
                }
            }
            assert_eq!(Pieces(kinds.clone()).to_bytes().unwrap(), want, "{kinds:?}");
        }
    }

    #[test]
    fn put_bytes_matches_the_spec_at_every_length() {
        for len in (0..600).chain([0xFFFF, 0x1_0000, 0x1_0001, 0x1_0002, 0x1_0003]) {
            let data: Vec<u8> = (0..len).map(|i| (i * 7 + 1) as u8).collect();
            let mut want = 7u32.to_le_bytes().to_vec();
            want.extend(reference(&data));
            let v = Str(data.clone(), want.len());
            assert_eq!(v.to_bytes().unwrap(), want, "len {len}");
            let mut buf = b"xyz".to_vec();
            assert_eq!(v.encode_into(&mut buf).unwrap(), want.len());
            assert_eq!((&buf[..3], &buf[3..]), (&b"xyz"[..], &want[..]), "len {len}");
        }
    }

    #[test]
    fn a_measure_that_disagrees_with_serialize_is_an_error_and_keeps_nothing() {
        for len in [0, 3, 4, 15, 16, 300] {
            let data = alloc::vec![0x5A; len];
            let exact = 4 + reference(&data).len();
            // Announced too short by every amount up to the whole value
            // (the writer runs out inside a string, at its end, before it),
            // and too long.
            for claimed in (0..exact).chain([exact + 1, exact + 4, exact + 1000]) {
                let v = Str(data.clone(), claimed);
                let want = EncodeError::LengthMismatch { measured: claimed, more: claimed < exact };
                assert_eq!(v.to_bytes(), Err(want.clone()), "len {len}, measure {claimed}");
                let mut buf = b"xyz".to_vec();
                assert_eq!(v.encode_into(&mut buf), Err(want), "len {len}, measure {claimed}");
                assert_eq!(buf, b"xyz", "len {len}, measure {claimed}");
            }
        }
    }
}
