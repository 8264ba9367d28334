mod types {
    #![allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_constructor! {
        inputPeerEmpty #0x7f3b18ea = InputPeer;
        inputPeerSelf #0x7da07ec9 = InputPeer;
        inputPeerChat #0x179be863 chat_id:int = InputPeer;
        inputPeerUser #0x7b8e7de6 user_id:int access_hash:long = InputPeer;
        inputPeerUserFromMessage #0x17bae2e6 peer:InputPeer msg_id:int user_id:int = InputPeer;
        inputUserEmpty #0xb98886cf = InputUser;
        inputUserSelf #0xf7c1b13f = InputUser;
        inputUser #0xd8292816 user_id:int access_hash:long = InputUser;
        updatesTooLong #0xe317af7e = Updates;
        future_salt #0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
        future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;
        #[unchecked_id]
        ipPortSecret #0x37982646 ipv4:int port:int secret:bytes = IpPort;
        tlsBlockString data:string = TlsBlock;
        // No id: computed from the canonical form the macro builds.
        canonicalForm flags:# a:flags.0?true b:bytes c:Vector<bytes> d:flags.1?bytes e:vector<%future_salt> f:flags.2?InputUser = Updates;
        test.x #0xba71162a flags:# self:flags.0?true type:flags.1?string v:Vector<long> = test.X;
        // Bits shared in both flags words, and bits of one field each.
        test.shared flags:# a:flags.0?true b:flags.0?int c:flags.1?int flags2:# d:flags2.3?true e:flags2.3?string f:flags2.4?long = test.Shared;
    }
    tlwire_dsl::tl_constructor! { vector #0x1cb5c415 {t:Type} # [ t ] = Vector t; }
}
mod enums {
    #![allow(unused_imports)]
    use super::types;
    tlwire_dsl::tl_type! {
        InputPeer = inputPeerEmpty | inputPeerSelf | inputPeerChat | inputPeerUser | #[boxed] inputPeerUserFromMessage;
        InputUser = inputUserEmpty | inputUserSelf | inputUser;
        Updates = updatesTooLong;
        FutureSalt = future_salt;
    }
}
mod functions {
    #![allow(unused_imports)]
    use super::{enums, types};
    tlwire_dsl::tl_function! {
        contacts.acceptContact #0xf831a20f id:InputUser = Updates;
        contacts.addContact #0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates;
    }
    tlwire_dsl::tl_function! { invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X; }
}

mod views {
    #![allow(unused_imports)]
    use super::functions::AddContact;
    use super::types::{CanonicalForm, X};
    use super::{enums, types};
    tlwire_dsl::tl_view! {
        canonicalForm flags:# a:flags.0?true b:bytes c:Vector<bytes> d:flags.1?bytes e:vector<%future_salt> f:flags.2?InputUser = Updates;
        contacts.addContact #0xe8f463d0 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string = Updates;
        test.x #0xba71162a flags:# self:flags.0?true type:flags.1?string v:Vector<long> = test.X;
    }
}

use tlwire_dsl::{Deserializable, Identifiable, Serializable, View, tl_text};

fn add_contact(first_name: &str, last_name: &str, phone: &str) -> functions::AddContact {
    functions::AddContact {
        add_phone_privacy_exception: true,
        id: types::InputUser { user_id: 1, access_hash: 2 }.into(),
        first_name: first_name.into(),
        last_name: last_name.into(),
        phone: phone.into(),
    }
}

#[test]
fn a_method_encodes_prints_and_decodes() {
    let call = add_contact("a", "", "x");
    let b = call.to_bytes().unwrap();
    let mut expected = 0xe8f463d0u32.to_le_bytes().to_vec(); // contacts.addContact
    expected.extend(1u32.to_le_bytes()); // flags: bit 0
    expected.extend(0xd8292816u32.to_le_bytes()); // inputUser
    expected.extend(1i32.to_le_bytes());
    expected.extend(2i64.to_le_bytes());
    expected.extend(b"\x01a\0\0\0\0\0\0\x01x\0\0"); // "a", "", "x", each padded to 4
    assert_eq!(b, expected);
    assert_eq!(
        tl_text(&call).to_string(),
        r#"contacts.addContact{add_phone_privacy_exception: true, id: inputUser{user_id: 1, access_hash: 2}, first_name: "a", last_name: "", phone: "x"}"#
    );
    assert_eq!(functions::AddContact::from_bytes(&b).unwrap(), call);

    let w = functions::InvokeWithLayer { layer: 122, query: call };
    assert!(tl_text(&w).to_string().starts_with("invokeWithLayer{layer: 122, query: contacts.addContact{"));
    assert_eq!(
        functions::InvokeWithLayer::<functions::AcceptContact>::SCHEMA,
        "invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X"
    );
    assert_eq!(types::IpPortSecret::SCHEMA, "ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort");
}

#[test]
fn omitted_ids_are_the_crc_of_the_canonical_line() {
    use tlwire_dsl::Identifiable;
    // `schema_id` tokenizes the line at run time; the macro built the
    // canonical form while expanding. Both must agree on `?true` fields,
    // `bytes` (read as `string` except inside a vector), `%` and `<…>`.
    assert_eq!(
        types::CanonicalForm::SCHEMA,
        "canonicalForm flags:# a:flags.0?true b:bytes c:Vector<bytes> d:flags.1?bytes e:vector<future_salt> f:flags.2?InputUser = Updates"
    );
    assert_eq!(
        types::CanonicalForm::CONSTRUCTOR_ID,
        tlwire_dsl::schema::schema_id(&types::CanonicalForm::SCHEMA.to_string())
    );
    assert_eq!(
        types::TlsBlockString::CONSTRUCTOR_ID,
        tlwire_dsl::schema::schema_id(&types::TlsBlockString::SCHEMA.to_string())
    );
}

/// Whether `part` lies inside `whole` (a borrow, not a copy).
fn points_into(part: &[u8], whole: &[u8]) -> bool {
    whole.as_ptr_range().contains(&part.as_ptr()) && part.as_ptr_range().end <= whole.as_ptr_range().end
}

#[test]
fn views_borrow_strings_and_bytes_and_give_back_the_owned_value() {
    let call = add_contact("Ada", "Lovelace, Countess", "");
    let b = call.to_bytes().unwrap();
    let v = views::AddContactRef::from_bytes(&b).unwrap();
    assert_eq!((v.first_name, v.last_name, v.phone), ("Ada", "Lovelace, Countess", ""));
    assert!(points_into(v.last_name.as_bytes(), &b));
    assert_eq!(v.id, call.id);
    assert_eq!(v.clone().into_owned(), call);
    assert_eq!(functions::AddContact::from(v), call);

    let form = types::CanonicalForm {
        a: false,
        b: vec![7; 300],
        c: vec![vec![1, 2], vec![]],
        d: Some(vec![9; 5]),
        e: vec![],
        f: Some(types::InputUserSelf {}.into()),
    };
    let b = form.to_bytes().unwrap();
    let v = views::CanonicalFormRef::from_bytes(&b).unwrap();
    assert!(points_into(v.b, &b) && points_into(v.d.unwrap(), &b));
    assert_eq!(v.d, Some(&[9u8; 5][..]));
    assert_eq!(v.into_owned(), form);
    let none = types::CanonicalForm { d: None, f: None, ..form.clone() };
    assert_eq!(views::CanonicalFormRef::from_bytes(&none.to_bytes().unwrap()).unwrap().d, None);

    let x = types::X { is_self: true, r#type: Some("t".into()), v: vec![-1, 2] };
    let b = x.to_bytes().unwrap();
    let v = views::XRef::from_bytes(&b).unwrap();
    assert_eq!((v.is_self, v.r#type, &v.v[..]), (true, Some("t"), &[-1i64, 2][..]));
    assert_eq!(v.into_owned(), x);
}

#[test]
fn views_check_what_the_owned_decoder_checks() {
    use tlwire_dsl::DecodeErrorKind;
    let call = functions::AddContact {
        add_phone_privacy_exception: false,
        id: types::InputUserSelf {}.into(),
        first_name: "abc".into(),
        last_name: "d".into(),
        phone: "e".into(),
    };
    let good = call.to_bytes().unwrap();
    // first_name starts after id, flags and inputUserSelf: prefix byte at 12.
    // Text that is not UTF-8: a view, which cannot hold a replacement,
    // fails as the owned decoder does in strict mode; by default the owned
    // decoder replaces it.
    let mut bad = good.clone();
    bad[13] = 0xff;
    let owned = functions::AddContact::from_bytes_strict(&bad).unwrap_err();
    let view = views::AddContactRef::from_bytes(&bad).unwrap_err();
    assert_eq!(view, owned);
    assert_eq!((view.offset(), view.kind().clone()), (12, DecodeErrorKind::InvalidUtf8 { valid_up_to: 0 }));
    assert_eq!(functions::AddContact::from_bytes(&bad).unwrap().first_name, "\u{FFFD}bc");
    // Another constructor's id, a cut, an unknown flag bit, trailing bytes.
    let mut other = good.clone();
    other[0] ^= 1;
    for input in [&other[..], &good[..good.len() - 1], &[good.clone(), vec![0; 4]].concat()[..]] {
        assert_eq!(
            views::AddContactRef::from_bytes(input).unwrap_err(),
            functions::AddContact::from_bytes(input).unwrap_err()
        );
    }
    let mut flags = good.clone();
    flags[6] = 0x01;
    let e = views::AddContactRef::from_bytes(&flags).unwrap_err();
    assert_eq!(e, functions::AddContact::from_bytes(&flags).unwrap_err());
    assert!(matches!(e.kind(), DecodeErrorKind::UnknownFlags { bits: 0x0001_0000, .. }), "{e:?}");
}

/// A hand-written value whose writer panics after writing part of it.
struct PanicsMidway;

impl Serializable for PanicsMidway {
    fn measure(&self, _: &mut tlwire_dsl::LenCheck) -> usize {
        8
    }
    fn serialize<'a>(&self, w: tlwire_dsl::Writer<'a>) -> tlwire_dsl::Writer<'a> {
        let _ = 7i32.serialize(w);
        panic!("serialize failed halfway");
    }
}

#[test]
fn a_panicking_serialize_leaves_the_buffer_with_what_it_held() {
    let mut buf = b"kept".to_vec();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| PanicsMidway.encode_into(&mut buf)));
    assert!(outcome.is_err());
    // What was there and no more (the bytes written before the panic are
    // not taken in); the buffer and its reserved room are still the caller's.
    assert_eq!(buf, b"kept");
    assert!(buf.capacity() >= 12);
}

/// `Vector<int>`, `Vector<long>` and `Vector<double>` are written a block
/// at a time: every length around the block size gives the bytes of one
/// value at a time, and reads back.
#[test]
fn fixed_size_vectors_encode_in_bulk_as_one_value_at_a_time() {
    fn check<T>(values: Vec<T>, bytes: impl Fn(&T) -> Vec<u8>)
    where
        Vec<T>: Serializable + Deserializable + PartialEq + std::fmt::Debug,
    {
        let mut expected = 0x1cb5c415u32.to_le_bytes().to_vec();
        expected.extend((values.len() as u32).to_le_bytes());
        for v in &values {
            expected.extend(bytes(v));
        }
        assert_eq!(values.to_bytes().unwrap(), expected, "{} values", values.len());
        let mut reused = vec![0xAA; 3];
        values.encode_into(&mut reused).unwrap();
        assert_eq!(reused[3..], expected[..]);
        assert_eq!(Vec::<T>::from_bytes(&expected).unwrap(), values);
    }
    for n in [0, 1, 31, 32, 33, 64, 100] {
        check((0..n).map(|i| i * -7919).collect::<Vec<i32>>(), |v| v.to_le_bytes().to_vec());
        check((0..n as i64).map(|i| i << 40 | i).collect::<Vec<i64>>(), |v| v.to_le_bytes().to_vec());
        check((0..n).map(|i| f64::from(i) / 3.0).collect::<Vec<f64>>(), |v| v.to_le_bytes().to_vec());
    }
}

#[test]
fn fields_that_share_a_bit_must_agree_in_either_flags_word() {
    use tlwire_dsl::{Bare, EncodeError};
    let agreeing = types::Shared { a: true, b: Some(7), c: None, d: true, e: Some("x".into()), f: None };
    let bytes = agreeing.to_bytes().unwrap();
    assert_eq!(bytes.len(), agreeing.serialized_len().unwrap());
    assert_eq!(types::Shared::deserialize_bare(&mut tlwire_dsl::Reader::new(&bytes[4..])).unwrap(), agreeing);
    // A bit of one field alone is free either way.
    for (c, f) in [(Some(1), None), (None, Some(2)), (Some(3), Some(4))] {
        assert!(types::Shared { c, f, ..agreeing.clone() }.to_bytes().is_ok());
    }
    let conflict = |constructor, field, bit| EncodeError::FlagConflict { constructor, field, bit };
    let cases = [
        (types::Shared { b: None, ..agreeing.clone() }, conflict("test.shared", "flags", 0)),
        (types::Shared { a: false, ..agreeing.clone() }, conflict("test.shared", "flags", 0)),
        (types::Shared { e: None, ..agreeing.clone() }, conflict("test.shared", "flags2", 3)),
        (types::Shared { d: false, ..agreeing.clone() }, conflict("test.shared", "flags2", 3)),
    ];
    for (value, want) in cases {
        assert_eq!(value.to_bytes(), Err(want.clone()), "{value:?}");
        assert_eq!(value.encode_into(&mut Vec::new()), Err(want), "{value:?}");
    }
}

/// A flags word is written as zero and patched once its fields are out
/// (`macros/src/dsl/field.rs`): the patch lands on the word's own bytes
/// whatever the buffer held before, in each value of a vector, boxed or bare.
#[test]
fn flags_words_are_patched_in_place_after_what_the_buffer_holds() {
    use tlwire_dsl::{Bare, Identifiable, Writer};
    let value =
        |n: i32| types::Shared { a: true, b: Some(n), c: Some(n + 1), d: true, e: Some("x".into()), f: Some(5) };
    let bare = |n: i32| {
        let mut b = Vec::new();
        b.extend(0b11u32.to_le_bytes()); // flags: a and b share bit 0, c bit 1
        b.extend(n.to_le_bytes());
        b.extend((n + 1).to_le_bytes());
        b.extend(0b1_1000u32.to_le_bytes()); // flags2: d and e share bit 3, f bit 4
        b.extend([1, b'x', 0, 0]);
        b.extend(5i64.to_le_bytes());
        b
    };
    let mut want = b"pre".to_vec();
    want.extend(0x1cb5c415u32.to_le_bytes());
    want.extend(2u32.to_le_bytes());
    for n in [7, -7] {
        want.extend(types::Shared::CONSTRUCTOR_ID.to_le_bytes());
        want.extend(bare(n));
    }
    let mut buf = b"pre".to_vec();
    let written = vec![value(7), value(-7)].encode_into(&mut buf).unwrap();
    assert_eq!((written, buf), (want.len() - 3, want));

    // Bare: no id, the flags word the first bytes of the value.
    struct BareOf(types::Shared);
    impl Serializable for BareOf {
        fn measure(&self, check: &mut tlwire_dsl::LenCheck) -> usize {
            self.0.bare_len(check)
        }
        fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a> {
            self.0.serialize_bare(w)
        }
    }
    let mut buf = vec![0xAA; 5];
    BareOf(value(3)).encode_into(&mut buf).unwrap();
    assert_eq!((&buf[..5], &buf[5..]), (&[0xAA; 5][..], &bare(3)[..]));
}
