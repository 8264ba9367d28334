//! JSON (the `serde` feature): the documented shape, exact round trips of
//! every golden vector and of random instances of every definition, and
//! reading that checks what encoding checks.
#![cfg(feature = "serde")]

use serde_json::json;
use tlwire::layer122::{Layer122, enums, functions, types};
use tlwire::registry::{Definition, Schema, Table};
use tlwire::sample::{Rng, Sampler};
use tlwire::{Deserializable, Object, Serializable};

/// Bytes → `Object` → JSON text → `Object` → bytes.
fn through_json<S: Schema>(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let obj = Object::<S>::from_bytes(bytes).map_err(|e| e.to_string())?;
    let text = serde_json::to_string(&obj).map_err(|e| e.to_string())?;
    let back: Object<S> = serde_json::from_str(&text).map_err(|e| format!("{e}\n{text}"))?;
    back.to_bytes().map_err(|e| e.to_string())
}

/// The error of reading `$value` as a `$t`.
macro_rules! error_of {
    ($t:ty, $value:expr $(,)?) => {
        serde_json::from_value::<$t>($value).unwrap_err().to_string()
    };
}

#[test]
fn a_call_has_the_documented_shape() {
    let call = functions::contacts::AddContact {
        add_phone_privacy_exception: true,
        id: types::InputUser { user_id: 5, access_hash: -7 }.into(),
        first_name: "Ann".into(),
        last_name: String::new(),
        phone: "+1555".into(),
    };
    let text = serde_json::to_string(&call).unwrap();
    assert_eq!(
        text,
        r#"{"_":"contacts.addContact","add_phone_privacy_exception":true,"id":{"_":"inputUser","user_id":5,"access_hash":"-7"},"first_name":"Ann","last_name":"","phone":"+1555"}"#
    );
    let back: functions::contacts::AddContact = serde_json::from_str(&text).unwrap();
    assert_eq!(back, call);
    // An unset `true` flag has no key, and reads back unset.
    let plain = functions::contacts::AddContact { add_phone_privacy_exception: false, ..call };
    let value = serde_json::to_value(&plain).unwrap();
    assert!(value.get("add_phone_privacy_exception").is_none());
    assert_eq!(serde_json::from_value::<functions::contacts::AddContact>(value).unwrap(), plain);
}

#[test]
fn binary_is_base64_and_absent_fields_have_no_key() {
    let media = types::InputMediaPoll {
        poll: types::Poll {
            id: i64::MIN,
            closed: false,
            public_voters: false,
            multiple_choice: true,
            quiz: false,
            question: "Q".into(),
            answers: vec![],
            close_period: None,
            close_date: Some(9),
        }
        .into(),
        correct_answers: Some(vec![vec![], vec![0xfb, 0xff], b"foobar".to_vec()]),
        solution: None,
        solution_entities: None,
    };
    assert_eq!(
        serde_json::to_value(&media).unwrap(),
        json!({
            "_": "inputMediaPoll",
            "poll": {"_": "poll", "id": "-9223372036854775808", "multiple_choice": true, "question": "Q", "answers": [], "close_date": 9},
            "correct_answers": ["", "+/8=", "Zm9vYmFy"],
        })
    );
    let back: enums::InputMedia = serde_json::from_value(serde_json::to_value(&media).unwrap()).unwrap();
    assert_eq!(back, media.into());
}

#[test]
fn int128_is_base64_and_doubles_keep_every_bit() {
    use tlwire::mtproto::types::ResPq;
    let res = ResPq {
        nonce: [7; 16],
        server_nonce: [0xff; 16],
        pq: "pq".into(),
        server_public_key_fingerprints: vec![-1, 2],
    };
    let value = serde_json::to_value(&res).unwrap();
    assert_eq!(value["nonce"], "BwcHBwcHBwcHBwcHBwcHBw==");
    assert_eq!(value["server_public_key_fingerprints"], json!(["-1", "2"]));
    assert_eq!(serde_json::from_value::<ResPq>(value).unwrap(), res);

    for long in [
        0.1,
        -0.0,
        1e-310,
        f64::MAX,
        f64::MIN_POSITIVE,
        2.0f64.powi(60) + 1.0,
        1.0 / 3.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        let point = types::GeoPoint { long, lat: -long, access_hash: 1, accuracy_radius: None };
        let text = serde_json::to_string(&point).unwrap();
        let back: types::GeoPoint = serde_json::from_str(&text).unwrap();
        assert_eq!((back.long.to_bits(), back.lat.to_bits()), (long.to_bits(), (-long).to_bits()), "{text}");
    }
    let nan = types::GeoPoint { long: f64::NAN, lat: 0.0, access_hash: 1, accuracy_radius: None };
    let back: types::GeoPoint = serde_json::from_str(&serde_json::to_string(&nan).unwrap()).unwrap();
    assert!(back.long.is_nan());
}

#[test]
fn a_long_reads_from_a_string_or_a_number() {
    let from_number: types::InputUser =
        serde_json::from_str(r#"{"_":"inputUser","user_id":1,"access_hash":-5}"#).unwrap();
    let from_string: types::InputUser =
        serde_json::from_str(r#"{"_":"inputUser","user_id":1,"access_hash":"-5"}"#).unwrap();
    assert_eq!(from_number, from_string);
    let too_big =
        error_of!(types::InputUser, json!({"_": "inputUser", "user_id": 1, "access_hash": "9223372036854775808"}));
    assert!(too_big.contains(r#"string "9223372036854775808", expected a TL long"#), "{too_big}");
    let too_big = error_of!(types::InputUser, json!({"_": "inputUser", "user_id": 1, "access_hash": u64::MAX}));
    assert!(too_big.contains("integer `18446744073709551615`, expected a TL long"), "{too_big}");
}

#[test]
fn the_name_may_come_after_the_fields() {
    // A map whose keys are sorted puts `A` before `_`.
    let late: enums::InputUser = serde_json::from_str(r#"{"user_id":1,"access_hash":"2","_":"inputUser"}"#).unwrap();
    assert_eq!(late, types::InputUser { user_id: 1, access_hash: 2 }.into());
    let sorted = r#"{"A":"AQI=","M1":"Aw==","_":"inputCheckPasswordSRP","srp_id":"3"}"#;
    let srp = types::InputCheckPasswordSrp { srp_id: 3, A: vec![1, 2], M1: vec![3] };
    assert_eq!(serde_json::from_str::<enums::InputCheckPasswordSrp>(sorted).unwrap(), srp.into());
    let twice =
        serde_json::from_str::<enums::InputUser>(r#"{"user_id":1,"user_id":2,"access_hash":"2","_":"inputUser"}"#);
    assert!(twice.unwrap_err().to_string().contains("key `user_id` appears twice"));
}

#[test]
fn reading_checks_what_encoding_checks() {
    let user = json!({"_": "inputUser", "user_id": 1, "access_hash": "2"});
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (json!({"_": "inputUser", "user_id": 1}), "missing field `access_hash`"),
        (
            json!({"_": "inputUser", "user_id": 1, "access_hash": "2", "flags": 0}),
            "`flags` is not a field of TL constructor `inputUser`",
        ),
        (
            json!({"_": "inputUserSelf", "user_id": 1, "access_hash": "2"}),
            "`user_id` is not a field of TL constructor `inputUserSelf`",
        ),
        (json!({"_": "user", "id": 1}), "`user` is not a constructor of TL type `InputUser`"),
        (json!({"user_id": 1}), "missing field `_`"),
        (json!({"_": "inputUser", "user_id": "1", "access_hash": "2"}), "invalid type: string \"1\", expected i32"),
    ];
    for (value, expected) in cases {
        let error = error_of!(enums::InputUser, value.clone());
        assert!(error.contains(expected), "{value}: {error}");
    }
    assert!(serde_json::from_value::<enums::InputUser>(user).is_ok());

    let repeated =
        serde_json::from_str::<types::InputUser>(r#"{"_":"inputUser","user_id":1,"user_id":2,"access_hash":"2"}"#);
    assert!(repeated.unwrap_err().to_string().contains("duplicate field `user_id`"));
    let other = error_of!(types::InputUser, json!({"_": "inputUserSelf", "user_id": 1, "access_hash": "2"}));
    assert!(other.contains("`_` is `inputUserSelf` in an object of TL constructor `inputUser`"), "{other}");

    let bad_base64 = error_of!(
        types::InputCheckPasswordSrp,
        json!({"_": "inputCheckPasswordSRP", "srp_id": "1", "A": "AQ=", "M1": ""})
    );
    assert!(bad_base64.contains("base64 of 3 characters"), "{bad_base64}");
    let short_nonce = error_of!(
        tlwire::mtproto::types::ResPq,
        json!({"_": "resPQ", "nonce": "AQ==", "server_nonce": "AQ==", "pq": "", "server_public_key_fingerprints": []}),
    );
    assert!(short_nonce.contains("expected 16 bytes"), "{short_nonce}");
}

#[test]
fn fields_that_share_a_flag_bit_must_agree() {
    // user#938458c1: bot:flags.14?true and bot_info_version:flags.14?int.
    let conflict = error_of!(types::User, json!({"_": "user", "id": 1, "bot": true}));
    assert!(conflict.contains("user: ") && conflict.contains("14"), "{conflict}");
    let agree: types::User =
        serde_json::from_value(json!({"_": "user", "id": 1, "bot": true, "bot_info_version": 4})).unwrap();
    assert!(agree.bot);
    assert!(agree.to_bytes().is_ok());
}

#[test]
fn an_object_reads_by_its_name_in_its_schema() {
    let obj: Object<Layer122> =
        serde_json::from_value(json!({"_": "contacts.acceptContact", "id": {"_": "inputUserSelf"}})).unwrap();
    assert_eq!(obj.name(), "contacts.acceptContact");
    assert_eq!(obj.to_bytes().unwrap(), [0x0f, 0xa2, 0x31, 0xf8, 0x3f, 0xb1, 0xc1, 0xf7]);
    let unknown = serde_json::from_value::<Object<Layer122>>(json!({"_": "emojiStatus", "document_id": "1"}));
    assert!(unknown.unwrap_err().to_string().contains("`emojiStatus` is no definition of this schema"));
    let vector = serde_json::from_value::<Object<Layer122>>(json!({"_": "vector"}));
    assert!(vector.unwrap_err().to_string().contains("`vector` has no object of its own"));
}

#[test]
fn every_golden_vector_survives_json() {
    let data = include_str!("data/golden-layer122.txt");
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.starts_with('#')) {
        let mut columns = line.split('\t');
        let (name, hex) = (columns.next().unwrap(), columns.next().unwrap());
        let bytes: Vec<u8> =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
        assert_eq!(through_json::<Layer122>(&bytes).unwrap_or_else(|e| panic!("{name}: {e}")), bytes, "{name}");
        checked += 1;
    }
    assert_eq!(checked, 3744);
}

/// `per_definition` random instances of each definition of `definitions`
/// survive JSON; gives how many were checked.
fn random_instances_survive<S: Schema>(definitions: &'static [Definition], seed: u64, per_definition: usize) -> usize {
    let mut n = 0;
    for (def, bytes) in Sampler::new(definitions).instances(seed, per_definition) {
        assert_eq!(through_json::<S>(&bytes).unwrap_or_else(|e| panic!("{}: {e}", def.name)), bytes, "{}", def.name);
        n += 1;
    }
    n
}

#[test]
fn random_instances_of_every_layer_122_definition_survive_json() {
    assert_eq!(random_instances_survive::<Layer122>(tlwire::layer122::definitions(), 1, 8), (1233 - 1) * 8);
}

#[test]
fn random_instances_of_every_layer_230_definition_survive_json() {
    use tlwire::layer230::{Layer230, definitions};
    assert_eq!(random_instances_survive::<Layer230>(definitions(), 2, 8), (2554 - 1) * 8);
}

#[test]
fn random_instances_of_every_service_definition_survive_json() {
    use tlwire::layer230::Layer230;
    let mtproto = <tlwire::mtproto::Definitions as Table>::definitions::<Layer230>();
    assert_eq!(random_instances_survive::<Layer230>(mtproto, 3, 8), 58 * 8);
}

/// Hostile JSON: every truncation of a value's JSON is refused, and each
/// one-byte change either is refused or reads as a value that encodes (or
/// gives an `EncodeError`) and writes JSON that reads back to itself.
/// Nothing panics.
#[test]
fn damaged_json_is_refused_or_read_consistently() {
    let sampler = Sampler::new(tlwire::layer122::definitions());
    let mut rng = Rng::new(9);
    let mut changed_and_read = 0;
    for name in ["user", "messages.messages", "inputMediaPoll", "contacts.addContact", "config"] {
        let bytes = sampler.instance(name, &mut rng).unwrap();
        let obj = Object::<Layer122>::from_bytes(&bytes).unwrap();
        let text = serde_json::to_string(&obj).unwrap();
        for cut in 0..text.len() {
            let Some(prefix) = text.get(..cut) else { continue };
            assert!(serde_json::from_str::<Object<Layer122>>(prefix).is_err(), "{name}: cut at {cut} read");
        }
        for at in (0..text.len()).step_by(3) {
            for replacement in [b'"', b'0', b'}', b'[', b'x', b'-', b'=', b'9'] {
                let mut damaged = text.clone().into_bytes();
                damaged[at] = replacement;
                let Ok(damaged) = String::from_utf8(damaged) else { continue };
                let Ok(read) = serde_json::from_str::<Object<Layer122>>(&damaged) else { continue };
                changed_and_read += 1;
                let _ = read.to_bytes();
                let again = serde_json::to_string(&read).unwrap();
                let reread: Object<Layer122> = serde_json::from_str(&again).unwrap();
                assert!(reread == read, "{name}: {damaged} reads as {again}, which reads as another value");
            }
        }
    }
    // Digits changed inside numbers and strings still read.
    assert!(changed_and_read > 100, "{changed_and_read}");
}
