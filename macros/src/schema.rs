//! Schema lines as text: the canonical form Telegram hashes into constructor
//! ids, and the compile-time checks the DSL runs on every declared line.
//!
//! Everything here is a `const fn`, so the macros evaluate it while the
//! calling crate compiles (a wrong id is a compile error that prints the
//! right one), and the `tl` tool calls the same functions at run time.
//!
//! # Canonical form
//!
//! A constructor id is the CRC32 (IEEE) of the line with:
//! - the `#id` dropped (and the trailing `;`),
//! - every `name:flags.N?true` field dropped,
//! - a field type `bytes` read as `string` (directly after `:` or `?`;
//!   `Vector<bytes>` stays as is),
//! - `<` read as a space, and `>`, `{`, `}` removed,
//! - runs of white space folded into one space,
//! - a `%` before a constructor name dropped (the DSL writes a bare
//!   constructor used as a type, `vector<future_salt>`, as `%future_salt`;
//!   a lowercase name is already bare in TL).
//!
//! With these rules every line of layer 122 hashes to its declared id; three
//! lines of the MTProto service schema (`ipPortSecret`, `accessPointRule`,
//! `help.configSimple`) do not, which is why the DSL has `#[unchecked_id]`.

/// The CRC32 (IEEE 802.3, reflected, polynomial `0xEDB88320`) table.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC32 (IEEE) of `bytes`, as used for TL constructor ids.
pub const fn crc32(bytes: &[u8]) -> u32 {
    // Every declared line runs this in the const evaluator, where each MIR
    // step costs: the table is borrowed once (indexing the `const` itself
    // copies it per byte), and the slice pattern walks the bytes without an
    // index. Half the evaluation time of the indexed loop over layer 122.
    // (Eight bytes per pattern match cut the evaluation of the layer's ids
    // by only 0.05 s, 0.37 -> 0.32 s: the table step is the cost.)
    let table = &CRC_TABLE;
    let mut crc: u32 = 0xFFFF_FFFF;
    let mut rest = bytes;
    while let [b, tail @ ..] = rest {
        crc = table[((crc ^ *b as u32) & 0xFF) as usize] ^ (crc >> 8);
        rest = tail;
    }
    !crc
}

const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

const fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.'
}

/// The byte range of the line that holds definitions: leading white space
/// and a trailing `;` (with anything after it) are cut off.
const fn body_range(s: &[u8]) -> (usize, usize) {
    let mut start = 0;
    while start < s.len() && is_space(s[start]) {
        start += 1;
    }
    let mut end = start;
    while end < s.len() && s[end] != b';' {
        end += 1;
    }
    while end > start && is_space(s[end - 1]) {
        end -= 1;
    }
    (start, end)
}

/// Is `s[from..to]` an id token: `#` followed by hex digits (with or without `0x`)?
const fn is_id_token(s: &[u8], from: usize, to: usize) -> bool {
    if to - from < 2 || s[from] != b'#' {
        return false;
    }
    let mut i = from + 1;
    if to - i > 2 && s[i] == b'0' && (s[i + 1] == b'x' || s[i + 1] == b'X') {
        i += 2;
    }
    if i == to {
        return false;
    }
    while i < to {
        if !s[i].is_ascii_hexdigit() {
            return false;
        }
        i += 1;
    }
    true
}

/// Is `s[from..to]` a field `name:flagsfield.N?true`?
const fn is_true_flag(s: &[u8], from: usize, to: usize) -> bool {
    let tail = b"?true";
    if to - from < tail.len() + 4 {
        return false;
    }
    let mut k = 0;
    while k < tail.len() {
        if s[to - tail.len() + k] != tail[k] {
            return false;
        }
        k += 1;
    }
    // `name:` then `flags.N` before the tail
    let mut i = from;
    while i < to && s[i] != b':' {
        i += 1;
    }
    let mut dot = false;
    i += 1;
    while i < to - tail.len() {
        if s[i] == b'.' {
            dot = true;
        }
        i += 1;
    }
    dot
}

/// Is the word starting at `s[from]` (and ending before `to` or a
/// non-word byte) exactly `bytes`?
const fn is_bytes(s: &[u8], from: usize, to: usize) -> bool {
    from + 5 <= to
        && s[from] == b'b'
        && s[from + 1] == b'y'
        && s[from + 2] == b't'
        && s[from + 3] == b'e'
        && s[from + 4] == b's'
        && (from + 5 == to || !is_word(s[from + 5]))
}

/// The constructor id a schema line hashes to.
///
/// `line` is a TL line in `.tl` spelling (`user#938458c1 flags:# ... = User;`)
/// or the DSL spelling (`user #0x938458c1 flags:# ... = User;`); the id, if
/// present, is ignored, as is a trailing `;` and anything after it.
///
/// ```
/// use tlwire_dsl::schema::schema_id;
/// let line = "contacts.acceptContact#f831a20f id:InputUser = Updates;";
/// assert_eq!(schema_id(line), 0xf831a20f);
/// ```
pub const fn schema_id(line: &str) -> u32 {
    // Written for the const evaluator, which runs this once per declared
    // line while the caller compiles and charges for every step: locals and
    // a macro instead of helper calls per byte.
    let s = line.as_bytes();
    let (mut i, end) = body_range(s);
    let mut crc: u32 = 0xFFFF_FFFF;
    let mut written = 0;
    let mut pending_space = false;
    macro_rules! put {
        ($b:expr) => {{
            if pending_space {
                crc = CRC_TABLE[((crc ^ b' ' as u32) & 0xFF) as usize] ^ (crc >> 8);
                pending_space = false;
            }
            crc = CRC_TABLE[((crc ^ $b as u32) & 0xFF) as usize] ^ (crc >> 8);
            written += 1;
        }};
    }
    let mut index = 0;
    let mut after_equals = false;
    while i < end {
        while i < end && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let from = i;
        while i < end && !matches!(s[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        let to = i;
        if from == to {
            break;
        }
        index += 1;
        if index == 1 {
            // `name#id` in one token: keep the name only.
            let mut j = from;
            while j < to && s[j] != b'#' {
                put!(s[j]);
                j += 1;
            }
            continue;
        }
        if index == 2 && is_id_token(s, from, to) {
            continue;
        }
        if !after_equals && is_true_flag(s, from, to) {
            continue;
        }
        if to - from == 1 && s[from] == b'=' {
            after_equals = true;
        }
        if written > 0 {
            pending_space = true;
        }
        let mut t = from;
        let mut prev = b' ';
        while t < to {
            let b = s[t];
            if matches!(b, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.') {
                // A word: `bytes` as a type reads as `string`.
                let typed = matches!(prev, b':' | b'?') || (after_equals && prev == b' ');
                if typed && is_bytes(s, t, to) {
                    put!(b's');
                    put!(b't');
                    put!(b'r');
                    put!(b'i');
                    put!(b'n');
                    put!(b'g');
                    t += 5;
                    prev = b's';
                    continue;
                }
                while t < to && matches!(s[t], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.') {
                    put!(s[t]);
                    t += 1;
                }
                prev = s[t - 1];
                continue;
            }
            match b {
                b'%' if t + 1 < to && s[t + 1].is_ascii_lowercase() => {}
                b'<' => {
                    if written > 0 {
                        pending_space = true;
                    }
                }
                b'>' | b'{' | b'}' => {}
                _ => put!(b),
            }
            prev = b;
            t += 1;
        }
    }
    !crc
}

/// Turns bytes cut from ASCII tokens back into a `&str`.
const fn ascii_str(bytes: &[u8]) -> &str {
    match core::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("tlwire: schema line is not UTF-8"),
    }
}

/// A short, fixed-capacity text buffer for compile-time error messages.
struct Message {
    buf: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Self { buf: [0; 512], len: 0 }
    }
    const fn push(mut self, s: &str) -> Self {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() && self.len < self.buf.len() {
            self.buf[self.len] = b[i];
            self.len += 1;
            i += 1;
        }
        self
    }
    const fn hex(mut self, v: u32) -> Self {
        self = self.push("0x");
        let mut shift = 32;
        while shift > 0 {
            shift -= 4;
            let d = ((v >> shift) & 0xF) as u8;
            if self.len < self.buf.len() {
                self.buf[self.len] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
                self.len += 1;
            }
        }
        self
    }
    const fn dec(self, v: u32) -> Self {
        let mut digits = [0u8; 10];
        let (mut n, mut len) = (v, 0);
        loop {
            digits[len] = b'0' + (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut out = self;
        while len > 0 {
            len -= 1;
            if out.len < out.buf.len() {
                out.buf[out.len] = digits[len];
                out.len += 1;
            }
        }
        out
    }
    const fn fail(&self) -> ! {
        let (text, _) = self.buf.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(s) => panic!("{}", s),
            Err(_) => panic!("tlwire: invalid schema line"),
        }
    }
}

/// Name of the line: up to the first space or `#`.
const fn line_name(line: &str) -> &str {
    let s = line.as_bytes();
    let mut i = 0;
    while i < s.len() && s[i] != b' ' && s[i] != b'#' {
        i += 1;
    }
    let (name, _) = s.split_at(i);
    ascii_str(name)
}

/// The id of a line the DSL has already put in canonical form (see
/// [`schema_id`]), without tokenizing the line in the const evaluator.
/// `line` is only for the message.
///
/// A declared id must be written in hex (`#0x…`): TL ids are hex, and
/// `#29562865`, a decimal literal to Rust, is refused rather than read as
/// the number 29562865.
#[doc(hidden)]
pub const fn check_id(line: &str, canonical: &str, declared: Option<u32>, checked: bool) -> u32 {
    if declared.is_some() {
        check_id_spelling(line);
    }
    declared_or_computed(line, crc32(canonical.as_bytes()), declared, checked)
}

/// The declared id of `line` (from its first `#` to the next space) is
/// written `0x…`.
const fn check_id_spelling(line: &str) {
    let s = line.as_bytes();
    let mut from = 0;
    while from < s.len() && s[from] != b'#' {
        from += 1;
    }
    if from == s.len() {
        return;
    }
    from += 1;
    let mut to = from;
    while to < s.len() && s[to] != b' ' {
        to += 1;
    }
    if to - from > 2 && s[from] == b'0' && s[from + 1] == b'x' {
        return;
    }
    let written = ascii_str(s.split_at(to).0.split_at(from).1);
    // The digits after a `0b`/`0o` the lexer took for a base prefix are
    // still the .tl file's hex digits.
    Message::new()
        .push("tlwire: `")
        .push(line_name(line))
        .push("`: the id `#")
        .push(written)
        .push("` is not written in hex: TL ids are hex, and the DSL takes them as Rust literals, so write `#0x")
        .push(written)
        .push("` (a literal without `0x` is refused, never read as a decimal number): ")
        .push(line)
        .fail()
}

/// The declared id, which must be the computed one unless `checked` is off;
/// the computed one when none is declared.
const fn declared_or_computed(line: &str, computed: u32, declared: Option<u32>, checked: bool) -> u32 {
    match declared {
        None => computed,
        Some(id) => {
            if checked && id != computed {
                id_mismatch(line, id, computed);
            }
            id
        }
    }
}

const fn id_mismatch(line: &str, id: u32, computed: u32) -> ! {
    Message::new()
        .push("tlwire: `")
        .push(line_name(line))
        .push("` is declared with id ")
        .hex(id)
        .push(" but its line hashes to ")
        .hex(computed)
        .push(" (write `#")
        .hex(computed)
        .push("`, or mark a line whose published id is not its CRC `#[unchecked_id]`): ")
        .push(line)
        .fail()
}

/// Checks one conditional field `field:word.bit?T` of `line`: `word` is
/// one of the `#` fields declared before it (`before`), and `bit < 32`.
///
/// The DSL calls this once per conditional field with what its muncher
/// already split (the field, and the `#` fields it had met before it),
/// rather than tokenizing the line in the const evaluator (1 s of a 48 s
/// `cargo check` of layer 122). The generated code declares a local for
/// every word a conditional field names, so that a word not declared is
/// this check's error, not rustc's "cannot find value `flags2`" (whose
/// suggestion, `flags`, compiles with the same id and sets the bit in the
/// wrong word).
#[doc(hidden)]
pub const fn check_flag(line: &str, field: &str, word: &str, bit: u32, before: &[&str]) {
    if bit >= 32 {
        bit_out_of_range(line, field, bit);
    }
    let mut rest = before;
    while let [w, tail @ ..] = rest {
        if same_bytes(w.as_bytes(), word.as_bytes()) {
            return;
        }
        rest = tail;
    }
    unknown_flags_field(line, field, word, bit);
}

/// The bits of flags word `word` that more than one conditional field
/// uses (`fields` holds each field's word and bit; other fields are `("",
/// 0)`). Only those bits can have fields that disagree, so the length pass
/// tracks only them: this mask is a constant, and the tracking of every
/// other bit compiles to nothing.
#[doc(hidden)]
pub const fn shared_bits(word: &str, fields: &[(&str, u32)]) -> u32 {
    let (mut seen, mut shared) = (0u32, 0u32);
    let mut rest = fields;
    while let [(w, bit), tail @ ..] = rest {
        if *bit < 32 && same_bytes(w.as_bytes(), word.as_bytes()) {
            shared |= seen & (1 << *bit);
            seen |= 1 << *bit;
        }
        rest = tail;
    }
    shared
}

const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn unknown_flags_field(line: &str, field: &str, word: &str, bit: u32) -> ! {
    Message::new()
        .push("tlwire: `")
        .push(line_name(line))
        .push("`: field `")
        .push(field)
        .push("` is conditional on `")
        .push(word)
        .push(".")
        .dec(bit)
        .push("`, but no `")
        .push(word)
        .push(":#` field comes before it: add `")
        .push(word)
        .push(":#` to the line, before the fields that use it: ")
        .push(line)
        .fail()
}

const fn bit_out_of_range(line: &str, field: &str, bit: u32) -> ! {
    Message::new()
        .push("tlwire: `")
        .push(line_name(line))
        .push("`: field `")
        .push(field)
        .push("`: flag bit ")
        .dec(bit)
        .push(" is out of range (a flags field has bits 0 to 31): ")
        .push(line)
        .fail()
}

/// Compile-time check that a constructor listed in a `tl_type!` entry for
/// `ty` declares `= ty` in its own line.
#[doc(hidden)]
pub const fn check_result(schema: &str, ty: &str) {
    let s = schema.as_bytes();
    let t = ty.as_bytes();
    // the result type is the text after the last " = "
    let mut i = s.len();
    while i >= 3 && !(s[i - 3] == b' ' && s[i - 2] == b'=' && s[i - 1] == b' ') {
        i -= 1;
    }
    if !(i >= 3 && same_bytes(s.split_at(i).1, t)) {
        Message::new()
            .push("tlwire: `")
            .push(line_name(schema))
            .push("` is listed under type `")
            .push(ty)
            .push("`, but its line says otherwise: ")
            .push(schema)
            .fail();
    }
}

/// What a constructor's name means as a boxed field type: `x:username`,
/// written without the `%` of a bare type, where `username` is a
/// constructor listed in a `tl_type!`. `tl_type!` declares the name as a
/// deprecated alias of this type, and the DSL denies the lint where it
/// names field types, so the deprecation note, which tells to write
/// `%username`, is the compile error, at the field. The type has no value
/// and never decodes: even where lints are capped, the mistake makes no
/// bytes.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LowercaseType {}

impl crate::Serializable for LowercaseType {
    fn measure(&self, _: &mut crate::LenCheck) -> usize {
        match *self {}
    }
    fn serialize<'a>(&self, _: crate::Writer<'a>) -> crate::Writer<'a> {
        match *self {}
    }
}

impl crate::Deserializable for LowercaseType {
    fn deserialize(r: &mut crate::Reader<'_>) -> Result<Self, crate::DecodeError> {
        let kind =
            crate::DecodeErrorKind::UnknownConstructor { id: 0, ty: "a lowercase field type written without `%`" };
        Err(r.error_at(r.offset(), kind))
    }
}

impl crate::TlText for LowercaseType {
    fn write_tl(&self, _: &mut crate::TextWriter<'_>) -> core::fmt::Result {
        match *self {}
    }
}

impl crate::codec::WireSize for LowercaseType {}

/// With the feature `views`, the poison is its own view, so that the
/// deprecation note stays the one error.
impl<'a> crate::ViewValue<'a> for LowercaseType {
    type Owned = LowercaseType;
    const MIN_LEN: usize = 4;
    fn read_view(r: &mut crate::Reader<'a>) -> Result<Self, crate::DecodeError> {
        <LowercaseType as crate::Deserializable>::deserialize(r)
    }
}

impl crate::HasView for LowercaseType {
    type View<'a> = LowercaseType;
}

#[cfg(feature = "serde")]
impl crate::json::TlJson for LowercaseType {
    fn to_json<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        match *self {}
    }
    fn from_json<'de, D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom("a lowercase field type written without `%`"))
    }
}

/// The codec of a field whose type is a Rust keyword (`x:fn`): its
/// parameter is where the DSL puts the compile error; the field's type is
/// [`LowercaseType`], so that nothing else fails.
#[doc(hidden)]
pub struct KeywordCodec<const ERROR: usize>;

impl<const ERROR: usize> crate::codec::Codec for KeywordCodec<ERROR> {
    type Value = LowercaseType;
    const MIN_LEN: usize = 0;
    fn len(v: &LowercaseType, _: &mut crate::LenCheck) -> usize {
        match *v {}
    }
    fn write<'a>(v: &LowercaseType, _: crate::Writer<'a>) -> crate::Writer<'a> {
        match *v {}
    }
    fn read(r: &mut crate::Reader<'_>) -> Result<LowercaseType, crate::DecodeError> {
        <LowercaseType as crate::Deserializable>::deserialize(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CRC32 bit by bit, as the polynomial defines it, without the table.
    fn crc32_bitwise(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFF_u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 { 0xEDB8_8320 ^ (crc >> 1) } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn crc32_matches_the_bitwise_definition_at_every_length() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926); // the standard check value
        let data: [u8; 40] = core::array::from_fn(|i| ((i as u32).wrapping_mul(0x9E37_79B9) >> 24) as u8);
        for len in 0..=data.len() {
            assert_eq!(crc32(&data[..len]), crc32_bitwise(&data[..len]), "length {len}");
        }
    }

    #[test]
    fn seed_lines_hash_to_their_ids() {
        let add = "contacts.addContact#e8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates;";
        assert_eq!(schema_id(add), 0xe8f463d0);
        let dsl = "contacts.addContact #0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates";
        assert_eq!(schema_id(dsl), 0xe8f463d0);
        assert_eq!(schema_id("updatesTooLong#e317af7e = Updates;"), 0xe317af7e);
        assert_eq!(schema_id("vector#1cb5c415 {t:Type} # [ t ] = Vector t;"), 0x1cb5c415);
    }

    #[test]
    fn bytes_counts_as_string_but_a_field_named_bytes_does_not() {
        // mtproto: `bytes` is also a field name here, and must stay as is.
        assert_eq!(
            schema_id(
                "msg_detailed_info#276d3ec6 msg_id:long answer_msg_id:long bytes:int status:int = MsgDetailedInfo"
            ),
            0x276d3ec6
        );
        assert_eq!(schema_id("upload.saveFilePart#b304a621 file_id:long file_part:int bytes:bytes = Bool"), 0xb304a621);
    }

    #[test]
    fn generic_and_bare_lines() {
        assert_eq!(schema_id("invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;"), 0xda9b0d0d);
        assert_eq!(
            schema_id("future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts"),
            0xae500895
        );
    }

    #[test]
    fn check_id_accepts_good_lines() {
        let self_line = "inputUserSelf#0xf7c1b13f = InputUser";
        assert_eq!(check_id(self_line, "inputUserSelf = InputUser", Some(0xf7c1b13f), true), 0xf7c1b13f);
        assert_eq!(check_id("inputUserSelf = InputUser", "inputUserSelf = InputUser", None, true), 0xf7c1b13f);
        let vector = "vector#0x1cb5c415 {t:Type} # [ t ] = Vector t";
        assert_eq!(check_id(vector, "vector t:Type # [ t ] = Vector t", Some(0x1cb5c415), true), 0x1cb5c415);
        let ip = "ipPortSecret#0x37982646 ipv4:int port:int secret:bytes = IpPort";
        assert_eq!(
            check_id(ip, "ipPortSecret ipv4:int port:int secret:bytes = IpPort", Some(0x37982646), false),
            0x37982646
        );
    }

    #[test]
    #[should_panic(expected = "line hashes to 0xf7c1b13f")]
    fn check_id_names_the_right_id() {
        check_id("inputUserSelf#0xf7c1b13e = InputUser", "inputUserSelf = InputUser", Some(0xf7c1b13e), true);
    }

    #[test]
    fn check_flag_accepts_a_declared_word_and_bits_0_to_31() {
        check_flag("x flags:# flags2:# a:flags2.31?int = X", "a", "flags2", 31, &["flags", "flags2"]);
        check_flag("x flags:# a:flags.0?int = X", "a", "flags", 0, &["flags"]);
    }

    #[test]
    #[should_panic(expected = "flag bit 32 is out of range")]
    fn check_flag_rejects_bit_32() {
        check_flag("x flags:# a:flags.32?int = X", "a", "flags", 32, &["flags"]);
    }

    #[test]
    #[should_panic(expected = "field `a` is conditional on `flags2.3`, but no `flags2:#` field comes before it")]
    fn check_flag_rejects_an_undeclared_flags_field() {
        check_flag("x flags:# a:flags2.3?int = X", "a", "flags2", 3, &["flags"]);
    }

    #[test]
    #[should_panic(expected = "no `flags:#` field comes before it")]
    fn check_flag_rejects_a_flags_field_declared_after() {
        // `flags` is a `#` field of the line, but after `a`: not in `before`.
        check_flag("x a:flags.0?int flags:# = X", "a", "flags", 0, &[]);
    }

    #[test]
    fn check_id_takes_hex_ids_and_computed_ones() {
        assert_eq!(
            check_id("inputUserSelf#0xf7c1b13f = InputUser", "inputUserSelf = InputUser", Some(0xf7c1b13f), true),
            0xf7c1b13f
        );
        assert_eq!(check_id("inputUserSelf = InputUser", "inputUserSelf = InputUser", None, true), 0xf7c1b13f);
    }

    #[test]
    #[should_panic(expected = "the id `#4156732223` is not written in hex")]
    fn check_id_refuses_a_decimal_id() {
        // 4156732223 is 0xf7c1b13f: right as a number, refused as a spelling.
        check_id("inputUserSelf#4156732223 = InputUser", "inputUserSelf = InputUser", Some(4156732223), true);
    }
}
