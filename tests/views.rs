//! The layer's borrowed views (`tlwire::views`) against the owned decoders,
//! on random instances made from the schema text by `tlwire::sample`: the
//! same value, the bulk fields borrowed from the input, and the same error
//! for every cut and every flipped byte. A view reads text strictly, so it
//! is compared with the owned decoder's strict mode (`from_bytes_strict`).

use tlwire::sample::{Rng, Sampler};
use tlwire::{Deserializable, View, views};

const PER_DEFINITION: usize = 64;

/// Whether `part` lies inside `whole` (a borrow, not a copy).
fn points_into(part: &[u8], whole: &[u8]) -> bool {
    let w = whole.as_ptr_range();
    part.is_empty() || (w.contains(&part.as_ptr()) && part.as_ptr_range().end <= w.end)
}

/// Checks one view type over random instances of its definition; `bulk`
/// picks the borrowed `bytes` field out of a view.
fn check<'a, V>(name: &str, bulk: fn(&V) -> &[u8]) -> usize
where
    V: View<'a> + core::fmt::Debug,
    V::Owned: Deserializable + PartialEq + core::fmt::Debug,
{
    let sampler = Sampler::new(tlwire::layer122::definitions());
    let mut rng = Rng::new(0x7669_6577);
    let mut checked = 0;
    for _ in 0..PER_DEFINITION {
        // Leaked so that the view may borrow it for `'a`: a test's few KiB.
        let bytes: &'a [u8] = Vec::leak(sampler.instance(name, &mut rng).unwrap());
        let owned = V::Owned::from_bytes(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let view = V::from_bytes(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(points_into(bulk(&view), bytes), "{name}: bytes copied");
        assert_eq!(view.into_owned(), owned, "{name}");
        for cut in 0..bytes.len() {
            let e = V::from_bytes(&bytes[..cut]).unwrap_err();
            assert_eq!(e, V::Owned::from_bytes_strict(&bytes[..cut]).unwrap_err(), "{name} cut at {cut}");
        }
        let mut flipped = bytes.to_vec();
        let at = rng.below(bytes.len() as u64) as usize;
        flipped[at] ^= 1 << rng.below(8);
        let (v, o) = (V::from_bytes(Vec::leak(flipped.clone())), V::Owned::from_bytes_strict(&flipped));
        assert_eq!(v.map(View::into_owned), o, "{name} with byte {at} flipped");
        checked += 1;
    }
    checked
}

#[test]
fn every_view_decodes_what_its_owned_struct_decodes() {
    let n = check::<views::upload::FileRef>("upload.file", |v| v.bytes)
        + check::<views::upload::WebFileRef>("upload.webFile", |v| v.bytes)
        + check::<views::upload::CdnFileRef>("upload.cdnFile", |v| v.bytes)
        + check::<views::upload::SaveFilePartRef>("upload.saveFilePart", |v| v.bytes)
        + check::<views::upload::SaveBigFilePartRef>("upload.saveBigFilePart", |v| v.bytes)
        + check::<views::auth::ExportedAuthorizationRef>("auth.exportedAuthorization", |v| v.bytes)
        + check::<views::auth::ImportAuthorizationRef>("auth.importAuthorization", |v| v.bytes)
        + check::<views::root::EncryptedMessageRef>("encryptedMessage", |v| v.bytes)
        + check::<views::root::EncryptedMessageServiceRef>("encryptedMessageService", |v| v.bytes)
        + check::<views::root::UpdateShortMessageRef>("updateShortMessage", |v| v.message.as_bytes());
    assert_eq!(n, 10 * PER_DEFINITION);
}

#[test]
fn a_string_field_is_borrowed_too() {
    use tlwire::{Serializable, types};
    let file = types::upload::WebFile {
        size: 3,
        mime_type: "image/png".into(),
        file_type: types::storage::FilePng {}.into(),
        mtime: 0,
        bytes: vec![1, 2, 3],
    };
    let wire = file.to_bytes().unwrap();
    let view = views::upload::WebFileRef::from_bytes(&wire).unwrap();
    assert_eq!(view.mime_type, "image/png");
    assert!(points_into(view.mime_type.as_bytes(), &wire));
    assert_eq!(tlwire::types::upload::WebFile::from(view), file);
}
