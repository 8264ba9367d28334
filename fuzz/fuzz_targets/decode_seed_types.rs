//! The two types the golden seeds exercise most, decoded directly (not via
//! the registry): `Updates` (deep, wide; layer 122's and layer 230's) and `InputUser` (recursive through
//! `inputUserFromMessage`'s `InputPeer`). Must not panic; whatever decodes
//! strictly must re-encode to the input, and the default decoder (invalid
//! UTF-8 replaced) must give the same value, or, where it replaced a
//! string, a value that re-encodes to bytes that decode strictly to it.
//! Plus the borrowed views of the file-transfer lines, which read text
//! strictly and must agree with the owned decoders' strict mode on every
//! input: the same value or the same error.
#![no_main]

use std::fmt::Debug;

use libfuzzer_sys::fuzz_target;
use tlwire::{DecodeErrorKind, Deserializable, Reader, Serializable, View, enums, functions, types, views};

fn check<T: Deserializable + Serializable + PartialEq + Debug>(data: &[u8], what: &str) {
    let strict = T::from_bytes_strict(data);
    if let Ok(v) = &strict {
        assert_eq!(v.to_bytes().expect("decoded value re-encodes"), data, "{what} round trip");
    }
    let mut r = Reader::new(data);
    let lossy = T::deserialize(&mut r).and_then(|v| r.finish().map(|()| v));
    match (&strict, lossy) {
        (Ok(s), Ok(l)) => {
            assert_eq!(*s, l, "{what}: the modes disagree");
            assert_eq!(r.replaced_strings(), 0, "{what}: valid text counted as replaced");
        }
        (Err(e), Ok(l)) => {
            assert!(matches!(e.kind(), DecodeErrorKind::InvalidUtf8 { .. }), "{what}: refused strictly with {e}");
            assert!(r.replaced_strings() > 0, "{what}: refused strictly, nothing replaced");
            let bytes = l.to_bytes().expect("replaced value re-encodes");
            assert_ne!(bytes, data, "{what}: replaced value re-encodes to its input");
            assert_eq!(T::from_bytes_strict(&bytes).as_ref(), Ok(&l), "{what}: replaced value round trip");
        }
        (Ok(_), Err(e)) => panic!("{what}: decoded strictly, refused by default with {e}"),
        (Err(_), Err(e)) => {
            assert!(!matches!(e.kind(), DecodeErrorKind::InvalidUtf8 { .. }), "{what}: default refused text: {e}")
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check::<enums::Updates>(data, "Updates");
    check::<tlwire::layer230::enums::Updates>(data, "layer-230 Updates");
    check::<enums::InputUser>(data, "InputUser");

    assert_eq!(
        views::upload::FileRef::from_bytes(data).map(View::into_owned),
        types::upload::File::from_bytes_strict(data)
    );
    assert_eq!(
        views::upload::WebFileRef::from_bytes(data).map(View::into_owned),
        types::upload::WebFile::from_bytes_strict(data)
    );
    assert_eq!(
        views::upload::SaveFilePartRef::from_bytes(data).map(View::into_owned),
        functions::upload::SaveFilePart::from_bytes_strict(data)
    );
});
