//! The benchmark messages as tlwire values and bytes.

use tlwire::{Deserializable, Serializable, enums, functions, types};

/// `tests/data/bench.txt`: `label\thex\ttext` lines (GramJS-generated).
pub const BENCH_TXT: &str = include_str!("../../../tests/data/bench.txt");

/// 512 KiB: the upload part size Telegram clients use.
pub const PART: usize = 512 * 1024;

/// The bytes of one labelled line of `bench.txt`, hex-decoded.
pub fn bench_bytes(label: &str) -> Vec<u8> {
    let line = BENCH_TXT
        .lines()
        .find(|l| l.split('\t').next() == Some(label))
        .unwrap_or_else(|| panic!("{label} not in bench.txt"));
    let hex = line.split('\t').nth(1).expect("hex column");
    unhex(hex)
}

/// Decodes lowercase/uppercase hex.
pub fn unhex(hex: &str) -> Vec<u8> {
    assert!(hex.len().is_multiple_of(2), "odd hex length");
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex digit")).collect()
}

pub const USER_ID: i32 = 123_456_789;
pub const ACCESS_HASH: i64 = -5_394_273_829_102_718_977;

/// `contacts.addContact` as a client sends it (no privacy exception).
pub fn add_contact() -> functions::contacts::AddContact {
    functions::contacts::AddContact {
        add_phone_privacy_exception: false,
        id: types::InputUser { user_id: USER_ID, access_hash: ACCESS_HASH }.into(),
        first_name: "Alexander".into(),
        last_name: "Johnson-Smith".into(),
        phone: "+15551234567".into(),
    }
}

/// `contacts.acceptContact`.
pub fn accept_contact() -> functions::contacts::AcceptContact {
    functions::contacts::AcceptContact { id: types::InputUser { user_id: USER_ID, access_hash: ACCESS_HASH }.into() }
}

/// A 512 KiB `upload.saveFilePart` with a non-trivial byte pattern.
pub fn save_file_part() -> functions::upload::SaveFilePart {
    functions::upload::SaveFilePart { file_id: 0x0123_4567_89ab_cdef, file_part: 7, bytes: pattern(PART) }
}

/// `n` bytes of a repeating, non-constant pattern.
pub fn pattern(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i.wrapping_mul(31) ^ (i >> 8)) as u8).collect()
}

/// A `Vector<long>` of 1000.
pub fn vector_long() -> Vec<i64> {
    (0..1000i64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64)).collect()
}

/// A boxed `Vector<long>` of 1000.
pub fn vector_long_bytes() -> Vec<u8> {
    vector_long().to_bytes().expect("encode Vector<long>")
}

/// A `Vector<int>` of 100 (message ids, as in `messages.deleteMessages`).
pub fn vector_int() -> Vec<i32> {
    (0..100i32).map(|i| 50_000 + i * 3).collect()
}

/// A boxed `upload.file` (`storage.filePartial`) carrying 512 KiB.
pub fn upload_file_bytes() -> Vec<u8> {
    let f = types::upload::File {
        r#type: types::storage::FilePartial {}.into(),
        mtime: 1_612_345_678,
        bytes: pattern(PART),
    };
    f.to_bytes().expect("encode upload.file")
}

/// The `updateShortMessage` with 18 entities (516 bytes).
pub fn usm18_bytes() -> Vec<u8> {
    let b = bench_bytes("bench.updateShortMessage18");
    assert_eq!(b.len(), 516);
    b
}

/// The `updates` with 100 updates, 50 users, 20 chats.
pub fn updates100_bytes() -> Vec<u8> {
    bench_bytes("bench.updates100")
}

/// Decodes and re-encodes with tlwire, asserting the round trip is exact.
pub fn tlwire_roundtrip<T: Deserializable + Serializable>(bytes: &[u8]) -> T {
    let v = T::from_bytes(bytes).expect("tlwire decode");
    assert_eq!(v.to_bytes().expect("tlwire encode"), bytes, "tlwire round trip");
    v
}

/// The decoded `updateShortMessage`.
pub fn usm18() -> enums::Updates {
    tlwire_roundtrip(&usm18_bytes())
}

/// `updateShortMessage18` with its text in Cyrillic, two bytes a letter in
/// UTF-8, about as long in bytes: the decoders' path for text that is not
/// ASCII (the bench data's strings are all ASCII).
pub fn usm18_cyrillic_bytes() -> Vec<u8> {
    let enums::Updates::UpdateShortMessage(mut m) = usm18() else {
        panic!("bench.updateShortMessage18 is not an updateShortMessage")
    };
    m.message = "ж".repeat(m.message.len() / 2);
    let value = enums::Updates::UpdateShortMessage(m);
    value.to_bytes().expect("encodable")
}

/// The decoded `updates`.
pub fn updates100() -> enums::Updates {
    tlwire_roundtrip(&updates100_bytes())
}
