//! Encoding: the exact length first, one allocation, one pass of writes.

use alloc::vec::Vec;
use byteorder::{ByteOrder, LittleEndian};

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
    if data.len() >= BULK_LEN {
        let at = out.as_ptr() as usize + out.len();
        let (head, rest) = data.split_at(at.wrapping_neg() & 63);
        out.extend_from_slice(head);
        out.extend_from_slice(rest);
    } else {
        out.extend_from_slice(data);
    }
}

/// The largest `string`/`bytes` TL's 3-byte length prefix can announce.
pub const MAX_STRING_LEN: usize = 0x00FF_FFFF;

/// Output of one encoding pass: the buffer being appended to.
///
/// A `Writer` exists only inside [`Serializable::to_bytes`] and
/// [`Serializable::encode_into`], after [`Serializable::serialized_len`] has
/// validated the value and reserved the exact space, so every write lands in
/// capacity that is already there.
///
/// It is passed by value, and [`reborrow`](Self::reborrow) hands it to each
/// field in turn. A function that takes a `Writer` gets the buffer's
/// `&mut Vec<u8>` as an argument of its own, which rustc marks `noalias`:
/// storing a byte does not make LLVM reload the buffer's pointer and length
/// (through a `&mut Writer` holding the reference it would). And the caller's
/// `Vec` is written in place, never moved in and out: a moved `Vec` has its
/// pointer and capacity stored back at the end of each encode and loaded
/// again by the next, so encodes into a reused buffer would wait on each
/// other's stores.
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
///     fn serialize(&self, mut w: Writer<'_>) {
///         self.0.serialize(w.reborrow());
///         self.1.serialize(w);
///     }
/// }
///
/// assert_eq!(Pair(7, "ab".into()).to_bytes()?, [7, 0, 0, 0, 2, b'a', b'b', 0]);
/// # Ok::<(), tlwire_dsl::EncodeError>(())
/// ```
pub struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

/// The fixed-size little-endian writes, one per primitive: the value's
/// bytes assembled in an array, then appended.
macro_rules! put_le {
    ($($(#[doc = $doc:literal])* $name:ident($t:ty) = $write:ident in $len:literal;)+) => {$(
        $(#[doc = $doc])*
        #[inline]
        pub fn $name(&mut self, v: $t) {
            let mut b = [0; $len];
            LittleEndian::$write(&mut b, v);
            self.put_slice(&b);
        }
    )+};
}

impl Writer<'_> {
    /// The same writer, lent for one call: `field.serialize(w.reborrow())`.
    #[inline(always)]
    pub fn reborrow(&mut self) -> Writer<'_> {
        Writer { out: self.out }
    }
}

impl Writer<'_> {
    /// How many bytes the buffer holds: where the next write lands.
    #[doc(hidden)]
    #[inline(always)]
    pub fn position(&self) -> usize {
        self.out.len()
    }

    /// Overwrites the 4 bytes at `at` (a [`position`](Self::position) taken
    /// before they were written) with a little-endian `u32`: a flags word,
    /// whose bits are known once its fields are written.
    #[doc(hidden)]
    #[inline(always)]
    pub fn patch_u32(&mut self, at: usize, v: u32) {
        if let Some(word) = self.out.get_mut(at..at.wrapping_add(4)) {
            word.copy_from_slice(&v.to_le_bytes());
        }
    }

    /// Appends raw bytes.
    #[inline]
    pub fn put_slice(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
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
    /// with one copy. No per-value length check, and no zero fill of the
    /// output first, as `resize` and a fill in place would do.
    #[inline]
    pub(crate) fn put_run<T: Copy, const N: usize>(&mut self, values: &[T], bytes: fn(T) -> [u8; N]) {
        const BLOCK: usize = 32;
        let mut block = [[0u8; N]; BLOCK];
        for chunk in values.chunks(BLOCK) {
            for (slot, v) in block.iter_mut().zip(chunk) {
                *slot = bytes(*v);
            }
            self.out.extend_from_slice(block[..chunk.len()].as_flattened());
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
        self.reborrow().put_long(data);
    }

    /// A string of 16 bytes or more, out of line: the common short ones
    /// above stay small enough to inline. It takes the writer by value, so
    /// that the buffer is its own `noalias` argument (see [`Writer`]):
    /// through `&mut self` it reloaded the buffer after every store, and
    /// encoding updateShortMessage18 took 15 % longer.
    #[inline(never)]
    fn put_long(mut self, data: &[u8]) {
        let len = data.len();
        if len < 254 {
            self.out.push(len as u8);
        } else {
            self.put_u32(((len as u32) << 8) | 0xFE);
        }
        // `len >= 16` (see `put_bytes`). The last word holds the data's last `4 - pad` bytes
        // and `pad` zeros: the data's last 4 bytes shifted down by `pad`,
        // one fixed-size store, not a variable-length copy and a `memset`.
        let pad = if len < 254 { !len & 3 } else { len.wrapping_neg() & 3 };
        let (body, _) = data.split_at(len - (4 - pad));
        extend_aligned(self.out, body);
        let last = data.last_chunk::<4>().map_or(0, |&b| u32::from_le_bytes(b));
        self.put_u32(last >> (8 * pad));
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

/// A constructor's consecutive fixed-size fields (its id, `int`s, `long`s,
/// flags words), gathered 16 bytes at a time and written as one store:
/// one capacity check and one store per 16 bytes, rather than one of each
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
    pub fn push<const N: usize>(&mut self, mut w: Writer<'_>, bytes: [u8; N]) {
        if N >= 16 {
            // `int128`, `int256`: rare, written on their own.
            self.flush(w.reborrow());
            w.put_slice(&bytes);
            return;
        }
        if self.len + N > 16 {
            self.flush(w.reborrow());
        }
        let mut le = [0; 16];
        if let Some(head) = le.get_mut(..N) {
            head.copy_from_slice(&bytes);
        }
        // `len < 16` here, so the shift is under 128.
        self.word |= u128::from_le_bytes(le) << (8 * (self.len % 16));
        self.len += N;
    }

    /// How many bytes the run holds: where a value pushed now lands,
    /// counted from the writer's [`position`](Writer::position).
    #[inline(always)]
    pub fn held(&self) -> usize {
        self.len
    }

    /// Adds `T`'s constructor id. Through this generic function, not as the
    /// constant in the generated writer: a line whose id fails its check
    /// then reports the failure once, where the id is defined.
    #[inline(always)]
    pub fn push_id<T: crate::Identifiable>(&mut self, w: Writer<'_>) {
        self.push_u32(w, T::CONSTRUCTOR_ID)
    }

    /// Adds a little-endian `u32` (an id, a flags word).
    #[inline(always)]
    pub fn push_u32(&mut self, w: Writer<'_>, v: u32) {
        self.push(w, v.to_le_bytes())
    }

    /// Writes out what the run holds and empties it.
    #[inline(always)]
    pub fn flush(&mut self, mut w: Writer<'_>) {
        if self.len > 0 {
            let bytes = self.word.to_le_bytes();
            w.put_slice(bytes.get(..self.len).unwrap_or_default());
        }
        self.word = 0;
        self.len = 0;
    }
}

impl Default for Run {
    #[inline(always)]
    fn default() -> Self {
        Self::new()
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
    fn serialize(&self, w: Writer<'_>);

    /// Writes the value as a field of a constructor whose fixed-size fields
    /// are being gathered in `run` (see [`Run`]): fixed-size values join the
    /// run, any other writes it out and then itself.
    #[doc(hidden)]
    #[inline(always)]
    fn serialize_in_run(&self, mut w: Writer<'_>, run: &mut Run) {
        run.flush(w.reborrow());
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

    /// Encodes into a new buffer: one length pass, one allocation of the exact
    /// size, one pass of writes.
    #[inline]
    fn to_bytes(&self) -> Result<Vec<u8>, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        let mut out = Vec::with_capacity(len);
        self.serialize(Writer { out: &mut out });
        debug_assert_eq!(out.len(), len, "serialized_len disagrees with serialize");
        // The same `Vec`, its header read field by field into registers
        // (`into_boxed_slice` compares length and capacity, equal here, so it
        // neither copies nor reallocates). Returned as it was, the header was
        // copied with a 16-byte load spanning the length `serialize` had just
        // stored, which the CPU cannot forward: a stall per message
        // (acceptContact 17 → 11 ns in the `profile` loop).
        Ok(out.into_boxed_slice().into_vec())
    }

    /// Appends the encoding to `out` (reserving exactly what it needs) and
    /// returns the number of bytes written. Reusing one buffer across calls
    /// makes encoding allocation-free once it has grown. If a `serialize`
    /// panics, `out` keeps what it held and whatever was written before.
    #[inline]
    fn encode_into(&self, out: &mut Vec<u8>) -> Result<usize, EncodeError>
    where
        Self: Sized,
    {
        let len = self.serialized_len()?;
        out.reserve(len);
        let start = out.len();
        self.serialize(Writer { out });
        debug_assert_eq!(out.len() - start, len, "serialized_len disagrees with serialize");
        Ok(len)
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
        fn serialize(&self, mut w: Writer<'_>) {
            w.put_u32(7);
            w.put_bytes(&self.0);
        }
    }

    /// Fixed-size pieces gathered in a run, with strings in between and
    /// more than a block's worth in a row.
    struct Mixed(Vec<u8>);

    impl Serializable for Mixed {
        fn measure(&self, _: &mut LenCheck) -> usize {
            4 * 40 + 8 * 3 + 32 + string_len(self.0.len(), "bytes", &mut LenCheck::default())
        }
        fn serialize(&self, mut w: Writer<'_>) {
            let mut run = Run::new();
            for i in 0..20u32 {
                run.push_u32(w.reborrow(), i);
            }
            run.push(w.reborrow(), [0xAB; 32]);
            run.push(w.reborrow(), 7i64.to_le_bytes());
            run.flush(w.reborrow());
            w.put_bytes(&self.0);
            for i in 20..40u32 {
                run.push_u32(w.reborrow(), i);
            }
            run.push(w.reborrow(), 8i64.to_le_bytes());
            run.push(w.reborrow(), 9i64.to_le_bytes());
            run.flush(w.reborrow());
            run.flush(w);
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
        fn serialize(&self, mut w: Writer<'_>) {
            let mut run = Run::new();
            for (i, &k) in self.0.iter().enumerate() {
                let b = i as u8;
                match k {
                    0 => run.flush(w.reborrow()),
                    1 => run.push(w.reborrow(), [b, b ^ 0x11, b ^ 0x22, b ^ 0x33]),
                    2 => run.push(w.reborrow(), core::array::from_fn::<u8, 8, _>(|j| b.wrapping_add(j as u8 * 7))),
                    3 => run.push(w.reborrow(), core::array::from_fn::<u8, 16, _>(|j| b ^ (j as u8 * 13))),
                    _ => run.push(w.reborrow(), core::array::from_fn::<u8, 32, _>(|j| b.wrapping_mul(j as u8 | 1))),
                }
            }
            run.flush(w);
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
            let exact = want.len();
            // The right length, and (where the debug assertion does not stop
            // them: `cargo test --release`) wrong ones either way; the bytes
            // written never depend on `measure`.
            let wrong: &[usize] = if cfg!(debug_assertions) { &[] } else { &[0, exact / 2, exact + 5] };
            for &claimed in [exact].iter().chain(wrong) {
                let v = Str(data.clone(), claimed);
                assert_eq!(v.to_bytes().unwrap(), want, "len {len}, measure {claimed}");
                let mut buf = b"xyz".to_vec();
                assert_eq!(v.encode_into(&mut buf).unwrap(), claimed);
                assert_eq!((&buf[..3], &buf[3..]), (&b"xyz"[..], &want[..]), "len {len}, measure {claimed}");
            }
        }
    }
}
