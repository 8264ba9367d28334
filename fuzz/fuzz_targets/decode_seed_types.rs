//! The two types the golden seeds exercise most, decoded directly (not via
//! the registry): `Updates` (deep, wide; layer 122's and layer 230's) and `InputUser` (recursive through
//! `inputUserFromMessage`'s `InputPeer`). Must not panic. Plus the borrowed
//! views of the file-transfer lines, which must agree with the owned
//! decoders on every input: the same value or the same error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tlwire::{Deserializable, Serializable, View, enums, functions, types, views};

fuzz_target!(|data: &[u8]| {
    if let Ok(v) = enums::Updates::from_bytes(data) {
        assert_eq!(v.to_bytes().expect("decoded Updates re-encodes"), data, "Updates round trip");
    }
    if let Ok(v) = tlwire::layer230::enums::Updates::from_bytes(data) {
        assert_eq!(v.to_bytes().expect("decoded layer-230 Updates re-encodes"), data, "layer-230 Updates round trip");
    }
    if let Ok(v) = enums::InputUser::from_bytes(data) {
        assert_eq!(v.to_bytes().expect("decoded InputUser re-encodes"), data, "InputUser round trip");
    }

    assert_eq!(views::upload::FileRef::from_bytes(data).map(View::into_owned), types::upload::File::from_bytes(data));
    assert_eq!(
        views::upload::WebFileRef::from_bytes(data).map(View::into_owned),
        types::upload::WebFile::from_bytes(data)
    );
    assert_eq!(
        views::upload::SaveFilePartRef::from_bytes(data).map(View::into_owned),
        functions::upload::SaveFilePart::from_bytes(data)
    );
});
