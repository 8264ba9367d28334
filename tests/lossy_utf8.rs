//! Text that is not UTF-8, in an `updates` batch of each layer: by default
//! each invalid sequence becomes U+FFFD, the batch decodes whole and the
//! reader counts the strings replaced; strictly (`from_bytes_strict`, a
//! `strict_utf8` reader) it is `InvalidUtf8` at the string. A replaced
//! value re-encodes to other bytes, which decode strictly to it.

use tlwire::{DecodeError, DecodeErrorKind, Deserializable, Object, Reader, Serializable};

const UPDATES: u32 = 0x74ae_4240;
const VECTOR: u32 = 0x1cb5_c415;
const UPDATE_DELETE_MESSAGES: u32 = 0xa20d_b0e5;
const USER_122: u32 = 0x9384_58c1;
const USER_230: u32 = 0xb1b8_cc83;

/// A TL `string` or `bytes` in the short form (under 254 bytes).
fn string(out: &mut Vec<u8>, data: &[u8]) {
    assert!(data.len() < 254);
    out.push(data.len() as u8);
    out.extend(data);
    out.resize(out.len().next_multiple_of(4), 0);
}

fn int(out: &mut Vec<u8>, v: u32) {
    out.extend(v.to_le_bytes());
}

/// `updates` with one `updateDeleteMessages` and two users, the first
/// named `first last`, the second `Anna`, no chats; and the offset of the
/// first user's `first_name`.
fn batch(layer: u32, first: &[u8], last: &[u8]) -> (Vec<u8>, usize) {
    let mut b = Vec::new();
    int(&mut b, UPDATES);
    for v in [VECTOR, 1, UPDATE_DELETE_MESSAGES, VECTOR, 2, 7, 8, 100, 2] {
        int(&mut b, v);
    }
    int(&mut b, VECTOR);
    int(&mut b, 2);
    let mut at = 0;
    for (id, names) in [(1, &[first, last][..]), (2, &[&b"Anna"[..]][..])] {
        // `user` with flags.1 (first_name) and, if given, flags.2 (last_name).
        let flags = if names.len() == 2 { 0b110 } else { 0b10 };
        if layer == 122 {
            for v in [USER_122, flags, id] {
                int(&mut b, v);
            }
        } else {
            for v in [USER_230, flags, 0, id, 0] {
                int(&mut b, v); // flags2 0, id:long
            }
        }
        if id == 1 {
            at = b.len();
        }
        for name in names {
            string(&mut b, name);
        }
    }
    for v in [VECTOR, 0, 1_700_000_000, 5] {
        int(&mut b, v); // no chats, date, seq
    }
    (b, at)
}

/// The checks, for one layer's `enums`.
macro_rules! layer_checks {
    ($m:ident, $layer:ident, $n:literal, $schema:ident) => {
        mod $m {
            use super::*;
            use tlwire::$layer::{enums, $schema};

            /// The names of the batch's users, and its update ids and seq.
            fn names(updates: &enums::Updates) -> Vec<(Option<&str>, Option<&str>)> {
                let enums::Updates::Updates(u) = updates else { panic!("not `updates`: {updates:?}") };
                assert_eq!((u.updates.len(), u.chats.len(), u.date, u.seq), (1, 0, 1_700_000_000, 5));
                let enums::Update::UpdateDeleteMessages(d) = &u.updates[0] else { panic!("{:?}", u.updates) };
                assert_eq!((&d.messages[..], d.pts, d.pts_count), (&[7, 8][..], 100, 2));
                u.users
                    .iter()
                    .map(|user| match user {
                        enums::User::User(user) => (user.first_name.as_deref(), user.last_name.as_deref()),
                        other => panic!("{other:?}"),
                    })
                    .collect()
            }

            /// The strict error at the first user's `first_name`, at `at`,
            /// with its path from the batch down.
            fn refused_at(at: usize) -> DecodeError {
                DecodeError::new(at, DecodeErrorKind::InvalidUtf8 { valid_up_to: 2 })
                    .in_field("first_name")
                    .in_constructor("user")
                    .at_index(0)
                    .in_field("users")
                    .in_constructor("updates")
            }

            /// The bytes decode with each name as given, or refuse at the
            /// first name, the same through `Object`.
            #[test]
            fn a_name_that_is_not_utf8_is_replaced_by_default_and_refused_strictly() {
                let (bytes, at) = batch($n, b"Iv\xffn", b"Petrov");

                let updates = enums::Updates::from_bytes(&bytes).unwrap();
                assert_eq!(names(&updates), [(Some("Iv\u{FFFD}n"), Some("Petrov")), (Some("Anna"), None)]);
                let mut r = Reader::new(&bytes);
                assert_eq!(enums::Updates::deserialize(&mut r).unwrap(), updates);
                r.finish().unwrap();
                assert_eq!(r.replaced_strings(), 1);
                assert!(Object::<$schema>::from_bytes(&bytes).is_ok());

                let refused = refused_at(at);
                assert_eq!(
                    refused.to_string(),
                    format!("at offset {at}, in updates › users[0] › user › first_name: string is not valid UTF-8 (first bad byte at string offset 2); strict decoding and borrowed views do not replace it")
                );
                assert_eq!(enums::Updates::from_bytes_strict(&bytes), Err(refused.clone()));
                assert_eq!(enums::Updates::deserialize(&mut Reader::new(&bytes).strict_utf8()), Err(refused.clone()));
                assert_eq!(Object::<$schema>::from_bytes_strict(&bytes).unwrap_err(), refused);
            }

            /// A server's answer holding the batch: `read_result` and
            /// `describe` read it lossily, their `_strict` twins refuse it
            /// at the name (an offset into the result, past the envelope).
            #[test]
            fn the_response_path_reads_lossily_by_default_and_strictly_on_request() {
                use tlwire::envelope::{RPC_RESULT_ID, describe, describe_strict, read_result, read_result_strict};
                use tlwire::{CallError, $layer::functions::contacts::AcceptContact};
                let (bytes, at) = batch($n, b"Iv\xffn", b"Petrov");
                let mut answer = RPC_RESULT_ID.to_le_bytes().to_vec();
                answer.extend(77i64.to_le_bytes());
                answer.extend(&bytes);

                let updates = read_result::<AcceptContact>(&answer, 77).unwrap();
                assert_eq!(names(&updates)[0], (Some("Iv\u{FFFD}n"), Some("Petrov")));
                assert!(describe::<$schema>(&answer).unwrap().contains("first_name: \"Iv\u{FFFD}n\""));

                let refused = refused_at(at);
                assert_eq!(read_result_strict::<AcceptContact>(&answer, 77), Err(CallError::Decode(refused.clone())));
                assert_eq!(describe_strict::<$schema>(&answer), Err(CallError::Decode(refused)));
            }

            /// Valid text, ASCII or not: the same value in both modes,
            /// nothing counted, and the input back when re-encoded.
            #[test]
            fn valid_text_is_the_same_in_both_modes() {
                let (bytes, _) = batch($n, "Иван".as_bytes(), b"Petrov");
                let mut r = Reader::new(&bytes);
                let updates = enums::Updates::deserialize(&mut r).unwrap();
                r.finish().unwrap();
                assert_eq!(r.replaced_strings(), 0);
                assert_eq!(names(&updates)[0], (Some("Иван"), Some("Petrov")));
                assert_eq!(enums::Updates::from_bytes_strict(&bytes), Ok(updates.clone()));
                assert_eq!(updates.to_bytes().unwrap(), bytes);
            }

            /// A replaced value is not its input: it re-encodes to the
            /// replacement's bytes, which decode strictly to the same value.
            /// Each string replaced is counted once, however many bytes
            /// were bad in it.
            #[test]
            fn a_replaced_value_re_encodes_to_other_bytes() {
                let (bytes, _) = batch($n, b"\xff\xfe", b"Pe\xc3\xc3trov\xe2\x82");
                let mut r = Reader::new(&bytes);
                let updates = enums::Updates::deserialize(&mut r).unwrap();
                r.finish().unwrap();
                assert_eq!(r.replaced_strings(), 2);
                assert_eq!(names(&updates)[0], (Some("\u{FFFD}\u{FFFD}"), Some("Pe\u{FFFD}\u{FFFD}trov\u{FFFD}")));

                let again = updates.to_bytes().unwrap();
                assert_ne!(again, bytes);
                let (expected, _) =
                    batch($n, "\u{FFFD}\u{FFFD}".as_bytes(), "Pe\u{FFFD}\u{FFFD}trov\u{FFFD}".as_bytes());
                assert_eq!(again, expected);
                assert_eq!(enums::Updates::from_bytes_strict(&again), Ok(updates));
            }
        }
    };
}

layer_checks!(layer_122, layer122, 122, Layer122);
layer_checks!(layer_230, layer230, 230, Layer230);
