//! Hostile input: every way a peer can lie on the wire must come back as a
//! typed [`DecodeError`] with the exact kind and offset — never a panic, a
//! stack overflow, or an allocation out of proportion to the input.
//!
//! A counting `#[global_allocator]` (per thread, so parallel tests do not
//! mix) checks the last part: decoding any input allocates at most
//! [`ALLOC_FACTOR`]`× len + `[`ALLOC_SLACK`] bytes at its peak.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::HashMap;

use tlwire::layer122::{Layer122, Object};
use tlwire::layer230::Layer230;
use tlwire::registry::{Definition, Kind, Schema, Table};
use tlwire::sample::{Rng, Sampler};
use tlwire::{DEFAULT_MAX_DEPTH, DecodeError, DecodeErrorKind, Deserializable, Reader, Serializable, enums};

// ---------------------------------------------------------------------------
// Counting allocator

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn grow(n: usize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + n as isize;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn shrink(n: usize) {
    let _ = LIVE.try_with(|live| live.set(live.get() - n as isize));
}

// SAFETY: forwards every call to the system allocator unchanged; only
// counts bytes, in thread-locals that need no allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        shrink(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // Counted as old + new at the peak: a moving realloc holds both.
            grow(new_size);
            shrink(layout.size());
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Peak bytes allocated on this thread while `f` runs, above what was live
/// before it (what `f` returns is dropped inside the measurement).
fn peak_during<R>(f: impl FnOnce() -> R) -> usize {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    drop(f());
    (PEAK.with(Cell::get) - base).max(0) as usize
}

/// Decoding allocates at most `ALLOC_FACTOR * len + ALLOC_SLACK` bytes.
///
/// Measured (64-bit; layouts do not depend on the profile), peak bytes over
/// input bytes, over ~9,000 inputs — the golden vectors, 3 random and 1
/// minimal instance of every definition, and every hostile input here:
/// - 21.3x: a `Vector<User>` of 10,000 minimal `user`s (12 wire bytes each
///   → the boxed `user` struct and a 16-byte `User` slot); a lone minimal
///   `user` is the same (the largest among the golden vectors too),
///   `inputChatUploadedPhoto` 17x, `pollResults` 15x;
/// - 16.0x: a bare `vector<%future_salt>` whose count claims one element per
///   byte left (`Bare` elements have `MIN_LEN` 0, so `read_count` accepts up
///   to 1 element/byte and `Vec::with_capacity` reserves 16 bytes each);
/// - depth, count and length errors: 0 bytes (they fail before allocating),
///   except the bare-vector case above; unknown flags up to 2x (the fields
///   are read before the unknown-bit check).
///
/// 32x leaves ~45% headroom; a regression to an unchecked count (capacity
/// from the wire) or an eager copy per nesting level fails at once.
/// `HOSTILE_ALLOC_REPORT=1 cargo test --test hostile -- --nocapture` prints
/// every measurement.
const ALLOC_FACTOR: usize = 32;
/// Fixed overhead: the registry's index is built before measuring; this is
/// for the `Box<dyn DynValue>` and small vectors of a 4-byte input.
const ALLOC_SLACK: usize = 1024;

fn check_alloc(what: &str, bytes: &[u8], decode: impl FnOnce(&[u8])) -> f64 {
    let peak = peak_during(|| decode(bytes));
    if std::env::var_os("HOSTILE_ALLOC_REPORT").is_some() {
        eprintln!(
            "alloc {:.2}x {peak} bytes for {} input bytes: {what}",
            peak as f64 / bytes.len().max(1) as f64,
            bytes.len()
        );
    }
    let bound = ALLOC_FACTOR * bytes.len() + ALLOC_SLACK;
    assert!(
        peak <= bound,
        "{what}: decoding {} bytes allocated {peak} bytes at the peak, above {ALLOC_FACTOR}x + {ALLOC_SLACK} = {bound}",
        bytes.len()
    );
    peak as f64 / bytes.len().max(1) as f64
}

// ---------------------------------------------------------------------------
// Helpers

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(s.len().is_multiple_of(2), "odd hex {s}");
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn to_hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn le(id: u32) -> [u8; 4] {
    id.to_le_bytes()
}

/// Vectors of a data file: `(name, bytes)`.
fn vectors(file: &str) -> Vec<(String, Vec<u8>)> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let name = cols.next().unwrap().to_string();
            (name, hex(cols.next().unwrap_or("")))
        })
        .collect()
}

/// Every vector of tests/data that decodes as an [`Object`] (golden and
/// seeds all must; answers.txt holds MTProto envelopes, some of which are
/// not registry objects).
fn decodable_vectors() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for file in ["golden-layer122.txt", "seeds.txt"] {
        for (name, bytes) in vectors(file) {
            if let Err(e) = Object::from_bytes(&bytes) {
                panic!("{file}: {name} {} does not decode: {e}", to_hex(&bytes));
            }
            out.push((name, bytes));
        }
    }
    out.extend(vectors("answers.txt").into_iter().filter(|(_, b)| Object::from_bytes(b).is_ok()));
    out
}

#[track_caller]
fn expect_err<T: std::fmt::Debug>(r: Result<T, DecodeError>, offset: usize, kind: DecodeErrorKind) {
    match r {
        Ok(v) => panic!("decoded {v:?}, expected {kind:?} at {offset}"),
        // Offset and kind; the path each error carries is tests/error_paths.rs's.
        Err(e) => assert_eq!((e.offset(), e.kind()), (offset, &kind), "got {e}"),
    }
}

#[track_caller]
fn object_err(bytes: &[u8], offset: usize, kind: DecodeErrorKind) {
    expect_err(Object::from_bytes(bytes), offset, kind.clone());
    // And the allocation bound holds on the error path too.
    check_alloc(&to_hex(&bytes[..bytes.len().min(32)]), bytes, |b| drop(Object::from_bytes(b)));
}

const VECTOR: u32 = 0x1cb5_c415;
const BOOL_TRUE: u32 = 0x9972_75b5;
const MESSAGE_ENTITY_BOLD: u32 = 0xbd61_0bc9;
const MESSAGE_ENTITY_TEXT_URL: u32 = 0x76a6_d327;
const UPDATE_USER_STATUS: u32 = 0x1bfb_d823;
const USER_STATUS_EMPTY: u32 = 0x09d0_5049;
const INPUT_PEER_USER_FROM_MESSAGE: u32 = 0x17ba_e2e6;
const INPUT_PEER_EMPTY: u32 = 0x7f3b_18ea;
const INPUT_USER_FROM_MESSAGE: u32 = 0x2d11_7597;
const TEXT_CONCAT: u32 = 0x7e62_60d7;
const TEXT_BOLD: u32 = 0x6724_abc4;
const UPDATE_DELETE_MESSAGES: u32 = 0xa20d_b0e5;
const UPDATES_TOO_LONG: u32 = 0xe317_af7e;
const UPDATE_SHORT: u32 = 0x78d4_dec1;
const ADD_CONTACT: u32 = 0xe8f4_63d0;
const INPUT_USER_SELF: u32 = 0xf7c1_b13f;
const ACCOUNT_UPDATE_STATUS: u32 = 0x6628_562c;
const INVOKE_WITHOUT_UPDATES: u32 = 0xbf94_59b7;
const FUTURE_SALTS: u32 = 0xae50_0895;

/// `contacts.addContact` with `flags`, `inputUserSelf`, then `names` (the
/// three strings, raw) — offset of the first string is 12.
fn add_contact(flags: u32, names: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    b.extend(le(ADD_CONTACT));
    b.extend(flags.to_le_bytes());
    b.extend(le(INPUT_USER_SELF));
    b.extend(names);
    b
}

// ---------------------------------------------------------------------------
// Truncation

/// Every prefix of `bytes` (a value of schema `S`) is an error about running
/// out of input — the decoder takes the same path as on the whole value
/// until the bytes end, so no other error is possible — at an offset inside
/// the prefix. Gives the number of prefixes checked.
fn truncations_are_end_errors<S: Schema>(name: &str, bytes: &[u8]) -> usize {
    for cut in 0..bytes.len() {
        let prefix = &bytes[..cut];
        let e = match tlwire::Object::<S>::from_bytes(prefix) {
            Ok(v) => panic!("{name} cut at {cut}/{}: decoded {v:?}", bytes.len()),
            Err(e) => e,
        };
        let ok = match *e.kind() {
            DecodeErrorKind::UnexpectedEnd { needed, remaining } => remaining < needed && e.offset() + remaining == cut,
            DecodeErrorKind::StringTooLong { len, remaining } => remaining < len && e.offset() < cut,
            DecodeErrorKind::VectorTooLong { count, remaining } => count > 0 && e.offset() + 4 + remaining == cut,
            _ => false,
        };
        assert!(ok, "{name} cut at {cut}/{} ({}): {e:?}", bytes.len(), to_hex(bytes));
    }
    bytes.len()
}

/// Every prefix of every golden vector of layer 122.
#[test]
fn every_truncation_is_an_end_error() {
    let checked: usize =
        decodable_vectors().iter().map(|(name, b)| truncations_are_end_errors::<Layer122>(name, b)).sum();
    assert!(checked > 100_000, "only {checked} prefixes");
}

/// Every prefix of random instances of every layer-230 definition.
#[test]
fn every_truncation_of_layer_230_is_an_end_error() {
    let sampler = Sampler::new(tlwire::layer230::definitions());
    let mut checked = 0;
    for (d, bytes) in sampler.instances(230, 2) {
        checked += truncations_are_end_errors::<Layer230>(d.name, &bytes);
    }
    assert!(checked > 500_000, "only {checked} prefixes");
}

// ---------------------------------------------------------------------------
// Vectors

#[test]
fn huge_vector_count_fails_at_once() {
    // updateDeleteMessages{messages: Vector<int> of 0x7fffffff}: 12 bytes.
    let mut b = Vec::new();
    b.extend(le(UPDATE_DELETE_MESSAGES));
    b.extend(le(VECTOR));
    b.extend(0x7fff_ffffu32.to_le_bytes());
    assert_eq!(b.len(), 12);
    object_err(&b, 8, DecodeErrorKind::VectorTooLong { count: 0x7fff_ffff, remaining: 0 });

    // Negative counts.
    b.truncate(8);
    b.extend((-1i32).to_le_bytes());
    object_err(&b, 8, DecodeErrorKind::VectorTooLong { count: -1, remaining: 0 });
    b.truncate(8);
    b.extend(i32::MIN.to_le_bytes());
    object_err(&b, 8, DecodeErrorKind::VectorTooLong { count: i32::MIN as i64, remaining: 0 });

    // A count one more than the rest can hold (4 bytes per int).
    b.truncate(8);
    b.extend(3u32.to_le_bytes());
    b.extend([0; 8]);
    object_err(&b, 8, DecodeErrorKind::VectorTooLong { count: 3, remaining: 8 });

    // Vector<Update> (boxed elements: at least 4 bytes each) in updatesCombined,
    // with plenty of bytes behind it.
    let mut b = Vec::new();
    b.extend(le(0x725b_04c3)); // updatesCombined
    b.extend(le(VECTOR));
    b.extend(0x7fff_ffffu32.to_le_bytes());
    b.extend([0xab; 1000]);
    object_err(&b, 8, DecodeErrorKind::VectorTooLong { count: 0x7fff_ffff, remaining: 1000 });
    expect_err(
        enums::Updates::from_bytes(&b),
        8,
        DecodeErrorKind::VectorTooLong { count: 0x7fff_ffff, remaining: 1000 },
    );
}

#[test]
fn missing_vector_header() {
    let mut b = Vec::new();
    b.extend(le(UPDATE_DELETE_MESSAGES));
    b.extend(le(0x1cb5_c416));
    b.extend([0; 12]);
    object_err(&b, 4, DecodeErrorKind::MissingVectorHeader { found: 0x1cb5_c416 });
}

/// A bare `vector<%future_salt>` is checked against the fewest bytes a
/// bare `future_salt` takes (16, from its line), so a count the input
/// cannot hold fails before anything is reserved.
#[test]
fn bare_vector_count_is_bounded_by_the_elements_minimum_length() {
    let room = 4096usize;
    let mut b = Vec::new();
    b.extend(le(FUTURE_SALTS));
    b.extend(7i64.to_le_bytes()); // req_msg_id
    b.extend(8i32.to_le_bytes()); // now
    b.extend(((room / 16) as u32).to_le_bytes());
    b.extend(vec![0; room]);
    // 256 whole salts fill the input exactly.
    let obj = Object::from_bytes(&b).unwrap();
    assert_eq!(obj.to_bytes().unwrap(), b);
    // One more than fits: refused at the count, nothing reserved.
    b[16..20].copy_from_slice(&((room / 16) as u32 + 1).to_le_bytes());
    object_err(&b, 16, DecodeErrorKind::VectorTooLong { count: (room / 16) as i64 + 1, remaining: room });
}

// ---------------------------------------------------------------------------
// Nesting

/// `levels` copies of `header`: a recursive constructor whose recursive
/// field comes first, so the input never gets past the headers.
fn nest(header: &[u8], levels: usize) -> Vec<u8> {
    let mut b = Vec::with_capacity(header.len() * levels);
    for _ in 0..levels {
        b.extend_from_slice(header);
    }
    b
}

/// The depth error for `header` nesting: the 65th boxed value is refused,
/// and (as `DecodeError::offset` documents: "the offset at which the
/// offending item starts (the constructor id, …)") the error points at its
/// id, `64 * header` (it once pointed just past the id: tests/regressions.rs).
fn too_deep_at(header: &[u8]) -> (usize, DecodeErrorKind) {
    (DEFAULT_MAX_DEPTH as usize * header.len(), DecodeErrorKind::TooDeep { limit: DEFAULT_MAX_DEPTH })
}

#[test]
fn million_levels_of_input_peer_is_too_deep() {
    let b = nest(&le(INPUT_PEER_USER_FROM_MESSAGE), 1_000_000);
    assert_eq!(b.len(), 4_000_000);
    let (offset, kind) = too_deep_at(&le(INPUT_PEER_USER_FROM_MESSAGE));
    assert_eq!(offset, 256);
    object_err(&b, offset, kind.clone());
    expect_err(enums::InputPeer::from_bytes(&b), offset, kind);

    // Through InputUser: inputUserFromMessage{peer: inputPeerUserFromMessage{peer: …}}.
    let mut b = le(INPUT_USER_FROM_MESSAGE).to_vec();
    b.extend(nest(&le(INPUT_PEER_USER_FROM_MESSAGE), 1_000_000));
    expect_err(enums::InputUser::from_bytes(&b), 256, DecodeErrorKind::TooDeep { limit: 64 });
}

#[test]
fn million_levels_of_text_concat_is_too_deep() {
    let mut header = le(TEXT_CONCAT).to_vec();
    header.extend(le(VECTOR));
    header.extend(1u32.to_le_bytes());
    let b = nest(&header, 1_000_000);
    assert_eq!(b.len(), 12_000_000);
    let (offset, kind) = too_deep_at(&header);
    assert_eq!(offset, 768);
    object_err(&b, offset, kind.clone());
    expect_err(enums::RichText::from_bytes(&b), offset, kind);

    let b = nest(&le(TEXT_BOLD), 1_000_000);
    object_err(&b, 256, DecodeErrorKind::TooDeep { limit: 64 });
}

/// Generic methods nest through `Object` (`!X`): invokeWithoutUpdates{query: invokeWithoutUpdates{…}}.
#[test]
fn million_levels_of_invoke_is_too_deep() {
    let b = nest(&le(INVOKE_WITHOUT_UPDATES), 1_000_000);
    object_err(&b, 256, DecodeErrorKind::TooDeep { limit: 64 });
}

/// Exactly at the limit: 64 boxed values that can nest, around a leaf
/// (which cannot, and is not counted), decode; 65 do not.
#[test]
fn depth_limit_is_exact() {
    let build = |levels: usize| {
        let mut b = nest(&le(INPUT_PEER_USER_FROM_MESSAGE), levels - 1);
        b.extend(le(INPUT_PEER_EMPTY));
        for i in 0..levels - 1 {
            b.extend((i as i32).to_le_bytes()); // msg_id
            b.extend((i as i32 + 1).to_le_bytes()); // user_id
        }
        b
    };
    let ok = build(65);
    let obj = Object::from_bytes(&ok).expect("64 levels and a leaf decode");
    assert_eq!(obj.to_bytes().unwrap(), ok);
    object_err(&build(66), 256, DecodeErrorKind::TooDeep { limit: 64 });

    // A reader's own limit.
    let mut r = Reader::new(&ok).with_max_depth(10);
    expect_err(Object::deserialize(&mut r), 40, DecodeErrorKind::TooDeep { limit: 10 });
    let mut r = Reader::new(&ok).with_max_depth(64);
    assert!(Object::deserialize(&mut r).is_ok());
    let mut r = Reader::new(&ok).with_max_depth(0);
    expect_err(Object::deserialize(&mut r), 0, DecodeErrorKind::TooDeep { limit: 0 });
    // A leaf alone needs no depth.
    let leaf = le(INPUT_PEER_EMPTY);
    let mut r = Reader::new(&leaf).with_max_depth(0);
    assert!(Object::deserialize(&mut r).is_ok());
}

/// Every self-recursive definition of schema `S` (a layer and the MTProto
/// schema) — found from the schema lines: after any `flags:#` (sent as 0)
/// the first field is the definition's own type, a `Vector` of it, or `!X` —
/// nested a million times, fails on depth at the 65th level, on a 2-MiB
/// test thread. Gives the names found.
fn self_recursive_definitions_are_depth_limited<S: Schema>() -> Vec<&'static str> {
    let mut found = Vec::new();
    for d in S::registry().definitions().filter(|d| d.kind != Kind::Builtin) {
        let Ok(p) = tlwire::convert::parse_line(&d.schema.to_string()) else { continue };
        let mut header = le(d.id).to_vec();
        for param in &p.params {
            if param.ty == "#" {
                header.extend(0u32.to_le_bytes());
                continue;
            }
            // A constructor whose field is its own (boxed, non-primitive)
            // type, or a generic method whose query is any method.
            let own = d.kind == Kind::Constructor && param.ty == p.result && param.ty != "Bool";
            if own || (d.kind == Kind::Method && param.ty.starts_with('!')) {
                found.push((d.name, header));
            } else if d.kind == Kind::Constructor
                && param.ty.strip_prefix("Vector<").and_then(|t| t.strip_suffix('>')) == Some(p.result.as_str())
            {
                header.extend(le(VECTOR));
                header.extend(1u32.to_le_bytes());
                found.push((d.name, header));
            }
            break;
        }
    }
    for (name, header) in &found {
        let b = nest(header, 1_000_000);
        let (offset, kind) = too_deep_at(header);
        let e = tlwire::Object::<S>::from_bytes(&b).expect_err(name);
        assert_eq!((e.offset(), e.kind()), (offset, &kind), "{name}");
    }
    found.into_iter().map(|(n, _)| n).collect()
}

#[test]
fn every_self_recursive_definition_is_depth_limited() {
    let names = self_recursive_definitions_are_depth_limited::<Layer122>();
    for expected in ["inputPeerUserFromMessage", "textBold", "textConcat", "pageBlockCover", "invokeWithoutUpdates"] {
        assert!(names.contains(&expected), "{expected} not found among {names:?}");
    }
    eprintln!("self-recursive definitions checked: {}: {names:?}", names.len());
}

#[test]
fn every_self_recursive_definition_of_layer_230_is_depth_limited() {
    let names = self_recursive_definitions_are_depth_limited::<Layer230>();
    for expected in ["textBold", "textConcat", "pageBlockCover", "invokeWithoutUpdates"] {
        assert!(names.contains(&expected), "{expected} not found among {names:?}");
    }
    eprintln!("self-recursive definitions of layer 230 checked: {}: {names:?}", names.len());
}

// ---------------------------------------------------------------------------
// Ids, Bool, flags

#[test]
fn unknown_constructor_names_the_type() {
    object_err(&hex("deadbeef"), 0, DecodeErrorKind::UnknownConstructor { id: 0xefbe_adde, ty: "Object" });
    // The builtin vector is no object on its own.
    object_err(&le(VECTOR), 0, DecodeErrorKind::UnknownConstructor { id: VECTOR, ty: "Object" });

    // A known id of the wrong type, nested: inputPeerUserFromMessage{peer: inputUserSelf…}.
    let mut b = le(INPUT_PEER_USER_FROM_MESSAGE).to_vec();
    b.extend(le(INPUT_USER_SELF));
    b.extend([0; 8]);
    object_err(&b, 4, DecodeErrorKind::UnknownConstructor { id: INPUT_USER_SELF, ty: "InputPeer" });

    expect_err(
        enums::InputUser::from_bytes(&le(INPUT_PEER_EMPTY)),
        0,
        DecodeErrorKind::UnknownConstructor { id: INPUT_PEER_EMPTY, ty: "InputUser" },
    );
    expect_err(
        enums::Updates::from_bytes(&le(BOOL_TRUE)),
        0,
        DecodeErrorKind::UnknownConstructor { id: BOOL_TRUE, ty: "Updates" },
    );
    // updateShort{update: <unknown>}.
    let mut b = le(UPDATE_SHORT).to_vec();
    b.extend(hex("01020304"));
    b.extend([0; 4]);
    expect_err(
        enums::Updates::from_bytes(&b),
        4,
        DecodeErrorKind::UnknownConstructor { id: 0x0403_0201, ty: "Update" },
    );
}

/// Elements of a type whose constructors are all inline are pushed by the
/// type's own decoder (`deserialize_push`); those of a type with boxed
/// constructors are decoded, then pushed. Both give the value the element
/// decoders give one by one, and fail at the element that is wrong.
#[test]
fn vector_elements_decode_and_fail_in_place() {
    let bold = [le(MESSAGE_ENTITY_BOLD), le(3), le(4)].concat();
    let text_url = [&le(MESSAGE_ENTITY_TEXT_URL)[..], &le(5), &le(6), &hex("02616200")].concat();
    let mut b = [le(VECTOR), le(3)].concat();
    for e in [&bold, &text_url, &bold] {
        b.extend_from_slice(e);
    }
    let one_by_one: Vec<enums::MessageEntity> =
        [&bold, &text_url, &bold].iter().map(|e| enums::MessageEntity::from_bytes(e).unwrap()).collect();
    assert_eq!(Vec::<enums::MessageEntity>::from_bytes(&b).unwrap(), one_by_one);

    // The third element's id unknown, then the second cut short.
    let third = 8 + bold.len() + text_url.len();
    let mut bad = b.clone();
    bad[third..third + 4].copy_from_slice(&le(0x0102_0304));
    expect_err(
        Vec::<enums::MessageEntity>::from_bytes(&bad),
        third,
        DecodeErrorKind::UnknownConstructor { id: 0x0102_0304, ty: "MessageEntity" },
    );
    // The second element's id read, 4 of its 8 fixed bytes left: `offset`
    // is there, the input ends where `length` starts.
    let cut = 8 + bold.len() + 8;
    let err = Vec::<enums::MessageEntity>::from_bytes(&b[..cut]).unwrap_err();
    assert_eq!((err.offset(), err.kind()), (cut, &DecodeErrorKind::UnexpectedEnd { needed: 4, remaining: 0 }));
    assert_eq!(
        err.to_string(),
        format!(
            "at offset {cut}, in [1] › messageEntityTextUrl › length: unexpected end of input: needed 4 more bytes, 0 left"
        )
    );

    // `Update` has boxed constructors: the default path, same contract.
    let status = [le(UPDATE_USER_STATUS), le(7), le(USER_STATUS_EMPTY)].concat();
    let updates = [&le(VECTOR)[..], &le(2), &status, &status].concat();
    let one = enums::Update::from_bytes(&status).unwrap();
    assert_eq!(Vec::<enums::Update>::from_bytes(&updates).unwrap(), vec![one.clone(), one]);
    let mut bad = updates.clone();
    bad[8 + status.len()..8 + status.len() + 4].copy_from_slice(&le(BOOL_TRUE));
    expect_err(
        Vec::<enums::Update>::from_bytes(&bad),
        8 + status.len(),
        DecodeErrorKind::UnknownConstructor { id: BOOL_TRUE, ty: "Update" },
    );
}

#[test]
fn invalid_bool() {
    let mut b = le(ACCOUNT_UPDATE_STATUS).to_vec();
    b.extend(hex("01020304"));
    object_err(&b, 4, DecodeErrorKind::InvalidBool { id: 0x0403_0201 });
    // boolTrue with its last bit flipped.
    let mut b = le(ACCOUNT_UPDATE_STATUS).to_vec();
    b.extend(le(BOOL_TRUE ^ 1));
    object_err(&b, 4, DecodeErrorKind::InvalidBool { id: BOOL_TRUE ^ 1 });
    // A valid one, for contrast.
    let mut b = le(ACCOUNT_UPDATE_STATUS).to_vec();
    b.extend(le(BOOL_TRUE));
    assert!(Object::from_bytes(&b).is_ok());
}

#[test]
fn unknown_flag_bits() {
    let names = [0u8; 12]; // three empty strings
    assert!(Object::from_bytes(&add_contact(0, &names)).is_ok());
    assert!(Object::from_bytes(&add_contact(1, &names)).is_ok());
    for bits in [2u32, 0x8000_0000, 0xffff_fffe] {
        object_err(
            &add_contact(bits | 1, &names),
            4,
            DecodeErrorKind::UnknownFlags { constructor: "contacts.addContact", field: "flags", bits },
        );
    }
    // updateShortMessage uses no bit 0.
    let golden = hex(
        "c8d29622860000006400000015cd5b070b48656c6c6f20776f726c6488130000010000004e711a60ce7d775f210000006dbcb19d28db0b00\
         0854656c656772616d00000000105e5f15c4b51c02000000c90b61bd000000000500000027d3a67606000000050000001668747470733a2f2f\
         6578616d706c652e6f72672fc3a900",
    );
    assert!(Object::from_bytes(&golden).is_ok());
    let mut b = golden.clone();
    b[4] |= 0x01;
    object_err(&b, 4, DecodeErrorKind::UnknownFlags { constructor: "updateShortMessage", field: "flags", bits: 1 });
    // fwd_from (messageFwdHeader at 40) has its flags at 44; set bit 31 there.
    let mut b = golden.clone();
    assert_eq!(b[40..44], le(0x5f77_7dce));
    b[47] |= 0x80;
    object_err(
        &b,
        44,
        DecodeErrorKind::UnknownFlags { constructor: "messageFwdHeader", field: "flags", bits: 0x8000_0000 },
    );
}

// ---------------------------------------------------------------------------
// Strings

#[test]
fn huge_length_prefix() {
    // 0xfe + 0xffffff: the largest length TL can state (16 MiB - 1).
    let mut names = hex("feffffff");
    names.extend(b"abcd");
    object_err(&add_contact(0, &names), 12, DecodeErrorKind::StringTooLong { len: 0xff_ffff, remaining: 4 });
    // Same in a `bytes` field, with nothing after the prefix.
    let mut b = le(0xb304_a621).to_vec(); // upload.saveFilePart file_id:long file_part:int bytes:bytes
    b.extend(1i64.to_le_bytes());
    b.extend(2i32.to_le_bytes());
    b.extend(hex("feffffff"));
    object_err(&b, 16, DecodeErrorKind::StringTooLong { len: 0xff_ffff, remaining: 0 });
    // The 0xff prefix is reserved.
    object_err(
        &add_contact(0, &hex("ffffffff")),
        12,
        DecodeErrorKind::NonCanonicalLength { prefix: 0xff, len: 0xff_ffff },
    );
    // Short form running past the end.
    object_err(&add_contact(0, &hex("fd000000")), 12, DecodeErrorKind::StringTooLong { len: 253, remaining: 3 });
}

#[test]
fn non_canonical_length() {
    // "hello" in the long form.
    let mut names = hex("fe050000");
    names.extend(b"hello\0\0\0");
    names.extend([0; 8]);
    object_err(&add_contact(0, &names), 12, DecodeErrorKind::NonCanonicalLength { prefix: 0xfe, len: 5 });
    // 253 in the long form is still non-canonical; 254 is the first that may use it.
    let mut names = hex("fefd0000");
    names.extend([b'a'; 253]);
    names.extend([0; 3 + 8]);
    object_err(&add_contact(0, &names), 12, DecodeErrorKind::NonCanonicalLength { prefix: 0xfe, len: 253 });
    let mut names = hex("fefe0000");
    names.extend([b'a'; 254]);
    names.extend([0; 2 + 8]);
    assert!(Object::from_bytes(&add_contact(0, &names)).is_ok());
}

#[test]
fn non_zero_padding() {
    // first_name "a" = 01 61 00 00; last pad byte 01.
    let names = hex("01610001 00000000 00000000");
    object_err(&add_contact(0, &names), 14, DecodeErrorKind::NonZeroPadding);
    // Long form: 254 bytes + 2 pad bytes.
    let mut names = hex("fefe0000");
    names.extend([b'a'; 254]);
    names.extend([0, 7]);
    names.extend([0; 8]);
    object_err(&add_contact(0, &names), 12 + 4 + 254, DecodeErrorKind::NonZeroPadding);
}

/// Invalid UTF-8 in a `string`: replaced by U+FFFD by default, refused
/// by a strict reader; either way within the allocation bound, also when
/// every byte of a 1-MiB string is replaced (3 bytes for 1).
#[test]
fn invalid_utf8() {
    let names = hex("03 61 ff 62 00000000 00000000");
    let bytes = add_contact(0, &names);
    expect_err(Object::from_bytes_strict(&bytes), 12, DecodeErrorKind::InvalidUtf8 { valid_up_to: 1 });
    check_alloc("strict invalid UTF-8", &bytes, |b| drop(Object::from_bytes_strict(b)));
    let mut r = Reader::new(&bytes);
    let call = tlwire::functions::contacts::AddContact::deserialize(&mut r).unwrap();
    r.finish().unwrap();
    assert_eq!(r.replaced_strings(), 1);
    assert_eq!((&*call.first_name, &*call.last_name, &*call.phone), ("a\u{FFFD}b", "", ""));
    assert!(Object::from_bytes(&bytes).is_ok());

    let mut names = hex("fe000010"); // 1 MiB, long form
    names.extend(vec![0xff; 1 << 20]);
    names.extend([0; 8]);
    let bytes = add_contact(0, &names);
    expect_err(Object::from_bytes_strict(&bytes), 12, DecodeErrorKind::InvalidUtf8 { valid_up_to: 0 });
    let call = tlwire::functions::contacts::AddContact::from_bytes(&bytes).unwrap();
    assert_eq!(call.first_name.chars().count(), 1 << 20);
    assert!(call.first_name.chars().all(|c| c == char::REPLACEMENT_CHARACTER));
    check_alloc("1 MiB of 0xff as a string", &bytes, |b| drop(Object::from_bytes(b)));
}

// ---------------------------------------------------------------------------
// Whole-message errors

#[test]
fn trailing_bytes() {
    let mut b = le(UPDATES_TOO_LONG).to_vec();
    b.push(0);
    object_err(&b, 4, DecodeErrorKind::TrailingBytes { count: 1 });
    b.extend([0xff; 1000]);
    object_err(&b, 4, DecodeErrorKind::TrailingBytes { count: 1001 });
    expect_err(enums::Updates::from_bytes(&b), 4, DecodeErrorKind::TrailingBytes { count: 1001 });
    // Two whole objects back to back.
    let mut b = add_contact(0, &[0; 12]);
    b.extend(add_contact(0, &[0; 12]));
    object_err(&b, 24, DecodeErrorKind::TrailingBytes { count: 24 });
}

#[test]
fn empty_and_short_input() {
    object_err(&[], 0, DecodeErrorKind::UnexpectedEnd { needed: 4, remaining: 0 });
    object_err(&[0x7e, 0xaf, 0x17], 0, DecodeErrorKind::UnexpectedEnd { needed: 4, remaining: 3 });
    expect_err(enums::InputUser::from_bytes(&[]), 0, DecodeErrorKind::UnexpectedEnd { needed: 4, remaining: 0 });
}

// ---------------------------------------------------------------------------
// Allocation

/// The smallest valid instance of every definition (all flags clear,
/// vectors empty, strings empty, the cheapest constructor of each type):
/// the most Rust value per wire byte a peer can send.
struct Minimal {
    defs: Vec<(&'static tlwire_dsl::registry::Definition, tlwire::convert::Definition)>,
    by_name: HashMap<String, usize>,
    cheapest: HashMap<String, (usize, usize)>, // type → (wire len, definition)
    cheapest_method: (usize, usize),
}

impl Minimal {
    fn new() -> Self {
        let defs: Vec<_> = Layer122::registry()
            .definitions()
            .filter(|d| d.kind != Kind::Builtin)
            .filter_map(|d| Some((d, tlwire::convert::parse_line(&d.schema.to_string()).ok()?)))
            .collect();
        let by_name = defs.iter().enumerate().map(|(i, (d, _))| (d.name.to_string(), i)).collect();
        let mut m = Minimal { defs, by_name, cheapest: HashMap::new(), cheapest_method: (usize::MAX, 0) };
        // Fixpoint over the cheapest constructor per type.
        loop {
            let mut changed = false;
            for i in 0..m.defs.len() {
                let Some(len) = m.bare_len(i) else { continue };
                let len = len + 4;
                let (d, p) = &m.defs[i];
                if d.kind == Kind::Method {
                    if p.generics.is_empty() && len < m.cheapest_method.0 {
                        m.cheapest_method = (len, i);
                        changed = true;
                    }
                    continue;
                }
                let e = m.cheapest.entry(p.result.clone()).or_insert((usize::MAX, i));
                if len < e.0 {
                    *e = (len, i);
                    changed = true;
                }
            }
            if !changed {
                break m;
            }
        }
    }

    fn bare_len(&self, i: usize) -> Option<usize> {
        self.defs[i].1.params.iter().map(|p| self.value_len(&p.ty)).sum()
    }

    fn value_len(&self, ty: &str) -> Option<usize> {
        Some(match ty {
            _ if ty.contains('?') => 0,
            "#" | "int" | "string" | "bytes" | "Bool" => 4,
            "long" | "double" => 8,
            "int128" => 16,
            "int256" => 32,
            _ if ty.starts_with('!') => Some(self.cheapest_method.0).filter(|&n| n != usize::MAX)?,
            _ if ty.starts_with("Vector<") => 8,
            _ if ty.starts_with("vector<") => 4,
            _ => match self.bare(ty) {
                Some(i) => self.bare_len(i)?,
                None => self.cheapest.get(ty).map(|c| c.0)?,
            },
        })
    }

    fn bare(&self, ty: &str) -> Option<usize> {
        let name = ty.strip_prefix('%').unwrap_or(ty);
        let last = name.rsplit('.').next().unwrap_or(name);
        if last.starts_with(|c: char| c.is_ascii_lowercase()) { self.by_name.get(name).copied() } else { None }
    }

    fn instance(&self, i: usize) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        self.boxed(i, &mut out)?;
        Some(out)
    }

    fn boxed(&self, i: usize, out: &mut Vec<u8>) -> Option<()> {
        out.extend(le(self.defs[i].0.id));
        self.fields(i, out)
    }

    fn fields(&self, i: usize, out: &mut Vec<u8>) -> Option<()> {
        for p in &self.defs[i].1.params {
            self.value(&p.ty, out)?;
        }
        Some(())
    }

    fn value(&self, ty: &str, out: &mut Vec<u8>) -> Option<()> {
        match ty {
            _ if ty.contains('?') => {}
            "#" | "int" | "string" | "bytes" => out.extend([0; 4]),
            "Bool" => out.extend(le(0xbc79_9737)),
            "long" | "double" => out.extend([0; 8]),
            "int128" => out.extend([0; 16]),
            "int256" => out.extend([0; 32]),
            _ if ty.starts_with('!') => self.boxed(self.cheapest_method.1, out)?,
            _ if ty.starts_with("Vector<") => {
                out.extend(le(VECTOR));
                out.extend([0; 4]);
            }
            _ if ty.starts_with("vector<") => out.extend([0; 4]),
            _ => match self.bare(ty) {
                Some(i) => self.fields(i, out)?,
                None => self.boxed(self.cheapest.get(ty)?.1, out)?,
            },
        }
        Some(())
    }
}

/// Peak allocation of decoding, over the golden vectors, random and minimal
/// instances of every definition, and the hostile inputs above (checked in
/// `object_err`): never above the bound; the largest ratio is printed.
/// Random instances of every definition of `defs`, read as `Object<S>`,
/// each under the allocation bound; `note` records each ratio.
fn random_instances_allocate_in_proportion<S: Schema>(defs: &'static [Definition], note: &mut impl FnMut(f64, String)) {
    // Build the registry index outside the measurement.
    let _ = S::registry();
    let sampler = Sampler::new(defs);
    let names: Vec<&str> = sampler.definitions().filter(|d| d.kind != Kind::Builtin).map(|d| d.name).collect();
    for name in names {
        for seed in 0..3 {
            let Some(bytes) = sampler.instance(name, &mut Rng::new(seed)) else { continue };
            let r = check_alloc(name, &bytes, |b| drop(tlwire::Object::<S>::from_bytes(b)));
            note(r, format!("random {name} seed {seed} ({} bytes)", bytes.len()));
        }
    }
}

#[test]
fn allocation_is_proportional_to_input() {
    // Build the registry index outside the measurement.
    let _ = Object::from_bytes(&le(UPDATES_TOO_LONG));

    let mut worst: (f64, String) = (0.0, String::new());
    let mut note = |ratio: f64, what: String| {
        if ratio > worst.0 {
            worst = (ratio, what);
        }
    };
    for (name, bytes) in decodable_vectors() {
        let r = check_alloc(&name, &bytes, |b| drop(Object::from_bytes(b).unwrap()));
        note(r, format!("golden {name}"));
    }

    let minimal = Minimal::new();
    let mut minimal_count = 0;
    for i in 0..minimal.defs.len() {
        let Some(bytes) = minimal.instance(i) else { continue };
        let name = minimal.defs[i].0.name;
        let Ok(obj) = Object::from_bytes(&bytes) else { continue };
        drop(obj);
        minimal_count += 1;
        let r = check_alloc(name, &bytes, |b| drop(Object::from_bytes(b).unwrap()));
        note(r, format!("minimal {name} ({} bytes)", bytes.len()));
    }
    assert!(minimal_count > 1000, "only {minimal_count} minimal instances decode");

    let mtproto = <tlwire::mtproto::Definitions as Table>::definitions::<Layer122>();
    random_instances_allocate_in_proportion::<Layer122>(tlwire::layer122::definitions(), &mut note);
    random_instances_allocate_in_proportion::<Layer122>(mtproto, &mut note);
    random_instances_allocate_in_proportion::<Layer230>(tlwire::layer230::definitions(), &mut note);

    // Vectors of minimal elements: the per-element cost plus the Vec slot.
    // users: Vector<User> of 10,000 minimal `user`s inside updatesCombined.
    let user = minimal.instance(minimal.by_name["user"]).unwrap();
    let mut b = le(0x725b_04c3).to_vec();
    b.extend(le(VECTOR));
    b.extend(0u32.to_le_bytes());
    b.extend(le(VECTOR));
    b.extend(10_000u32.to_le_bytes());
    for _ in 0..10_000 {
        b.extend(&user);
    }
    b.extend(le(VECTOR));
    b.extend(0u32.to_le_bytes());
    b.extend([0; 12]);
    let r = check_alloc("10,000 minimal users", &b, |b| drop(Object::from_bytes(b).unwrap()));
    note(r, format!("updatesCombined with 10,000 minimal users ({} bytes)", b.len()));

    // A bare future_salt vector whose count claims one element per byte: refused at the count.
    let n = 1 << 16;
    let mut b = le(FUTURE_SALTS).to_vec();
    b.extend([0; 12]);
    b.extend((n as u32).to_le_bytes());
    b.extend(vec![0; n]);
    let r = check_alloc("future_salts", &b, |b| drop(Object::from_bytes(b)));
    note(r, format!("future_salts claiming {n} salts in {n} bytes"));

    eprintln!("largest allocation ratio: {:.1}x ({})", worst.0, worst.1);
}
