//! Byte-exact vectors made by GramJS (`telegram@1.5.27`, whose api.tl is our
//! layer 122) with tools/gramjs/gen-*.js: every one must decode, re-encode
//! to the same bytes, and print as the TL text GramJS's value renders to.

use tlwire::envelope::{CallError, read_result};
use tlwire::layer122::Object;
use tlwire::{Deserializable, Serializable, enums, functions, tl_text, types};

fn vectors(data: &'static str) -> impl Iterator<Item = (&'static str, Vec<u8>, &'static str)> {
    data.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(|line| {
        let mut cols = line.split('\t');
        let (name, hex, text) = (cols.next().unwrap(), cols.next().unwrap(), cols.next().unwrap_or("-"));
        (name, hex_bytes(hex), text)
    })
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect()
}

fn check_all(data: &'static str) -> usize {
    let mut n = 0;
    for (name, bytes, text) in vectors(data) {
        let obj = Object::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(obj.name(), name);
        assert_eq!(obj.to_bytes().unwrap(), bytes, "{name}: re-encoding differs");
        assert_eq!(obj.serialized_len().unwrap(), bytes.len());
        assert_eq!(tl_text(&obj).to_string(), text, "{name}: decoded value differs");
        n += 1;
    }
    n
}

#[test]
fn every_definition_of_the_layer_round_trips_gramjs_bytes() {
    let n = check_all(include_str!("data/golden-layer122.txt"));
    assert!(n >= 3 * 1232, "golden file has {n} vectors");
}

#[test]
fn seed_vectors_round_trip() {
    assert_eq!(check_all(include_str!("data/seeds.txt")), 30);
}

fn seed(index: usize) -> Vec<u8> {
    vectors(include_str!("data/seeds.txt")).nth(index).unwrap().1
}

fn add_contact() -> functions::contacts::AddContact {
    functions::contacts::AddContact {
        add_phone_privacy_exception: true,
        id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
        first_name: "Ivan".into(),
        last_name: "Petrov".into(),
        phone: "+79991234567".into(),
    }
}

#[test]
fn seed_add_contact_encodes_byte_exactly() {
    assert_eq!(add_contact().to_bytes().unwrap(), seed(0));
}

#[test]
fn seed_accept_contact_encodes_byte_exactly() {
    let (name, bytes, _) = vectors(include_str!("data/seeds.txt")).nth(6).unwrap();
    assert_eq!(name, "contacts.acceptContact");
    let decoded = functions::contacts::AcceptContact::from_bytes(&bytes).unwrap();
    assert_eq!(decoded.to_bytes().unwrap(), bytes);
    let id = enums::InputUser::from_bytes(&decoded.id.to_bytes().unwrap()).unwrap();
    assert_eq!(functions::contacts::AcceptContact { id }.to_bytes().unwrap(), bytes);
}

#[test]
fn generic_methods_wrap_the_seed_call_as_gramjs_does() {
    let call = functions::InvokeWithLayer {
        layer: tlwire::layer122::LAYER,
        query: functions::InitConnection {
            api_id: 12345,
            device_model: "PC".into(),
            system_version: "Linux".into(),
            app_version: "1.0".into(),
            system_lang_code: "en".into(),
            lang_pack: "".into(),
            lang_code: "en".into(),
            proxy: None,
            params: None,
            query: add_contact(),
        },
    };
    assert_eq!(call.to_bytes().unwrap(), seed(29));
    // Its answer type is the wrapped call's.
    fn answer<C: tlwire::RemoteCall<Return = enums::Updates>>(_: &C) {}
    answer(&call);
}

#[test]
fn each_seed_updates_constructor_decodes_as_updates() {
    let mut seen = Vec::new();
    for (name, bytes, text) in vectors(include_str!("data/seeds.txt")).skip(22).take(7) {
        let updates = enums::Updates::from_bytes(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(updates.constructor_name(), name);
        assert_eq!(tl_text(&updates).to_string(), text);
        seen.push(name);
    }
    assert_eq!(
        seen,
        [
            "updatesTooLong",
            "updateShortMessage",
            "updateShortChatMessage",
            "updateShort",
            "updatesCombined",
            "updates",
            "updateShortSentMessage"
        ]
    );
}

#[test]
fn real_looking_updates_with_users_chats_and_several_updates() {
    let (_, bytes, text) = vectors(include_str!("data/bench.txt")).find(|v| v.0 == "bench.updates100").unwrap();
    let updates = enums::Updates::from_bytes(&bytes).unwrap();
    let enums::Updates::Updates(u) = &updates else { panic!("expected updates") };
    assert_eq!((u.updates.len(), u.users.len(), u.chats.len()), (100, 50, 20));
    assert_eq!(tl_text(&updates).to_string(), text);
    assert_eq!(updates.to_bytes().unwrap(), bytes);
}

fn answer(name: &str) -> Vec<u8> {
    vectors(include_str!("data/answers.txt")).find(|v| v.0 == name).unwrap_or_else(|| panic!("no {name}")).1
}

const REQ: i64 = 0x5e0b6a2c00000004;

#[test]
fn a_successful_answer_gives_the_methods_return_type() {
    let updates: enums::Updates =
        read_result::<functions::contacts::AddContact>(&answer("rpc_result.updates.req=0x5e0b6a2c00000004"), REQ)
            .unwrap();
    assert_eq!(updates.constructor_name(), "updates");
    let gz = read_result::<functions::contacts::AddContact>(
        &answer("rpc_result.gzip_packed.updates.req=0x5e0b6a2c00000004"),
        REQ,
    )
    .unwrap();
    assert_eq!(gz.constructor_name(), "updates");
}

#[test]
fn each_seed_error_decodes_to_its_variant() {
    use functions::contacts::{AcceptContact, AcceptContactError, AddContact, AddContactError};
    /// The seed answer: `rpc_error` `name`.
    fn error(name: &str) -> Vec<u8> {
        answer(&format!("rpc_result.rpc_error.{name}.req=0x5e0b6a2c00000004"))
    }
    /// Each `(name, variant)`: the answer `error(name)` to a call of `M` reads as `variant`.
    fn expect<M: tlwire::RemoteCall<Error: PartialEq, Return: std::fmt::Debug>>(
        cases: impl IntoIterator<Item = (&'static str, M::Error)>,
    ) {
        for (name, variant) in cases {
            match read_result::<M>(&error(name), REQ) {
                Err(CallError::Rpc(e)) => assert_eq!(e, variant),
                other => panic!("{name}: {other:?}"),
            }
        }
    }
    expect::<AddContact>([
        ("CONTACT_ID_INVALID", AddContactError::ContactIdInvalid),
        ("CONTACT_NAME_EMPTY", AddContactError::ContactNameEmpty),
        ("MSG_ID_INVALID", AddContactError::MsgIdInvalid),
    ]);
    expect::<AcceptContact>([
        ("CONTACT_ADD_MISSING", AcceptContactError::ContactAddMissing),
        ("CONTACT_ID_INVALID", AcceptContactError::ContactIdInvalid),
        ("CONTACT_REQ_MISSING", AcceptContactError::ContactReqMissing),
    ]);
    // The description is the variant's message.
    assert_eq!(AddContactError::ContactNameEmpty.to_string(), "400 CONTACT_NAME_EMPTY: Contact name empty");
    // An error the method does not list still comes through, generically.
    let Err(CallError::Rpc(AddContactError::Other(e))) =
        read_result::<functions::contacts::AddContact>(&error("CONTACT_ADD_MISSING"), REQ)
    else {
        panic!()
    };
    assert_eq!((e.code, e.name.as_str()), (400, "CONTACT_ADD_MISSING"));
    let flood = answer("rpc_result.rpc_error.FLOOD_WAIT_30.req=0x5e0b6a2c00000004");
    let Err(CallError::Rpc(AcceptContactError::Other(e))) =
        read_result::<functions::contacts::AcceptContact>(&flood, REQ)
    else {
        panic!()
    };
    assert_eq!((e.code, e.name.as_str(), e.value), (420, "FLOOD_WAIT_X", Some(30)));
    let gz = answer("rpc_result.gzip_packed.rpc_error.req=0x5e0b6a2c00000004");
    let Err(CallError::Rpc(e)) = read_result::<functions::contacts::AddContact>(&gz, REQ) else { panic!() };
    assert_eq!(e, AddContactError::ContactIdInvalid);
}

#[test]
fn the_seed_pages_live_on_the_items() {
    use tlwire::RemoteCall;
    assert_eq!(functions::contacts::AddContact::BOTS_CAN_CALL, Some(true));
    assert_eq!(functions::contacts::AcceptContact::BOTS_CAN_CALL, Some(true));
    assert_eq!(functions::contacts::GetContacts::BOTS_CAN_CALL, None);
}

#[test]
fn a_container_is_searched_for_our_request_and_others_are_reported() {
    let bytes = answer("msg_container.ack+other+ours.req=0x5e0b6a2c00000004");
    assert!(read_result::<functions::contacts::AddContact>(&bytes, REQ).is_ok());
    match read_result::<functions::contacts::AddContact>(&bytes, 77) {
        Err(CallError::OtherRequest { expected: 77, found }) => assert!(found.contains(&REQ)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn truncated_and_corrupt_gzip_give_their_own_errors() {
    let good = answer("rpc_result.gzip_packed.rpc_error.req=0x5e0b6a2c00000004");
    // Corrupt the deflate stream inside the packed bytes (keep the length prefix intact).
    let mut corrupt = good.clone();
    let at = corrupt.len() - 12;
    corrupt[at] ^= 0xff;
    assert!(matches!(read_result::<functions::contacts::AddContact>(&corrupt, REQ), Err(CallError::Gzip(_))));
    let truncated = &good[..good.len() - 8];
    assert!(matches!(read_result::<functions::contacts::AddContact>(truncated, REQ), Err(CallError::Decode(_))));
    assert!(matches!(
        read_result::<functions::contacts::AddContact>(&[1, 2, 3, 4], REQ),
        Err(CallError::NotAnAnswer { id: 0x04030201 })
    ));
}

/// Envelopes inside envelopes: each level is a call of the reader, so the
/// depth is bounded (`MAX_ENVELOPE_DEPTH`), whatever the input chooses. A
/// chain of `rpc_result`s 12 bytes a level, and containers of containers.
#[test]
fn envelopes_nest_only_so_deep() {
    use tlwire::envelope::{MAX_ENVELOPE_DEPTH, MSG_CONTAINER_ID, RPC_RESULT_ID, describe, read_result};
    use tlwire::{DecodeError, DecodeErrorKind};
    let too_deep = CallError::Decode(DecodeError::new(0, DecodeErrorKind::TooDeep { limit: MAX_ENVELOPE_DEPTH }));
    let mut chain = Vec::new();
    for _ in 0..100_000 {
        chain.extend(RPC_RESULT_ID.to_le_bytes());
        chain.extend(1i64.to_le_bytes());
    }
    chain.extend(0x997275b5u32.to_le_bytes()); // boolTrue
    assert_eq!(describe::<tlwire::layer122::Layer122>(&chain), Err(too_deep.clone()));

    // One rpc_result, inside `levels` containers of one message each.
    let nested = |levels: usize| {
        let mut body = RPC_RESULT_ID.to_le_bytes().to_vec();
        body.extend(1i64.to_le_bytes());
        body.extend(0x997275b5u32.to_le_bytes());
        for _ in 0..levels {
            let mut c = MSG_CONTAINER_ID.to_le_bytes().to_vec();
            c.extend(1u32.to_le_bytes());
            c.extend(2i64.to_le_bytes());
            c.extend(1i32.to_le_bytes());
            c.extend((body.len() as i32).to_le_bytes());
            c.extend(&body);
            body = c;
        }
        body
    };
    type Call = functions::contacts::DeleteByPhones; // returns Bool
    assert_eq!(read_result::<Call>(&nested(3), 1), Ok(true));
    assert!(describe::<tlwire::layer122::Layer122>(&nested(3)).is_ok());
    let deep = nested(1000);
    assert_eq!(read_result::<Call>(&deep, 1).map_err(|e| e.to_string()), Err(too_deep.to_string()));
    assert_eq!(describe::<tlwire::layer122::Layer122>(&deep), Err(too_deep));
}

#[test]
fn a_gzip_bomb_is_refused() {
    use std::io::Write;
    // 17 MiB of zeros deflates to a few KiB: past MAX_INFLATED_LEN once inflated.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&vec![0u8; tlwire::envelope::MAX_INFLATED_LEN + (1 << 20)]).unwrap();
    let packed = gz.finish().unwrap();
    assert!(packed.len() < 64 << 10, "{} bytes packed", packed.len());
    let mut answer = Vec::new();
    answer.extend(tlwire::envelope::RPC_RESULT_ID.to_le_bytes());
    answer.extend(REQ.to_le_bytes());
    answer.extend(tlwire::envelope::GZIP_PACKED_ID.to_le_bytes());
    answer.extend(((packed.len() as u32) << 8 | 0xfe).to_le_bytes());
    answer.extend(&packed);
    answer.resize(answer.len().next_multiple_of(4), 0);
    match read_result::<functions::contacts::AddContact>(&answer, REQ) {
        Err(CallError::GzipTooLarge { limit }) => assert_eq!(limit, tlwire::envelope::MAX_INFLATED_LEN),
        other => panic!("{other:?}"),
    }
}
