//! The feature `views`: every definition of both layers and of the service
//! schema read through its view (`types::…Ref`, `enums::…Ref`), on random
//! instances from `tlwire::sample` and on every cut and changed byte of
//! them. A view reads what the owned decoder reads, gives the same value,
//! and fails where it fails, with the same error.

use tlwire::registry::{Definition, Kind, Table};
use tlwire::sample::{Rng, Sampler};
use tlwire::{DecodeError, Reader, Serializable};

const PER_DEFINITION: usize = 8;

/// What each of the three decoders made of some bytes: the value's bytes
/// re-encoded, or the error.
struct Reads {
    /// The owned decoder, with a strict reader (a view's text is strict).
    owned: Result<Vec<u8>, DecodeError>,
    /// The view's check, which builds nothing.
    checked: Result<(), DecodeError>,
    /// The owned value made from the view.
    via_view: Result<Vec<u8>, DecodeError>,
}

/// Reads `bytes` as a whole value of `def` in the three ways.
fn read(def: &Definition, bytes: &[u8]) -> Reads {
    let view = def.view.unwrap_or_else(|| panic!("{} has no view", def.name));
    let owned = {
        let mut r = Reader::new(bytes).strict_utf8();
        (def.decode.unwrap())(&mut r).and_then(|v| r.finish().map(|()| v.to_bytes().unwrap()))
    };
    let checked = {
        let mut r = Reader::new(bytes);
        (view.check)(&mut r).and_then(|()| r.finish())
    };
    let via_view = {
        let mut r = Reader::new(bytes);
        (view.decode)(&mut r).and_then(|v| r.finish().map(|()| v.to_bytes().unwrap()))
    };
    Reads { owned, checked, via_view }
}

/// Random instances of every definition with a view: read the same way
/// whole, cut short at a random place, and with one random byte changed.
/// Gives how many definitions it read.
fn check(definitions: &'static [Definition], seed: u64) -> usize {
    let sampler = Sampler::new(definitions);
    let mut rng = Rng::new(seed);
    let mut failures = 0;
    let mut seen = std::collections::BTreeSet::new();
    for (def, bytes) in sampler.instances(seed, PER_DEFINITION) {
        if def.view.is_none() {
            assert!(def.schema.to_string().contains(":Type}"), "{} has no view and no type parameter", def.name);
            continue;
        }
        seen.insert(def.name);
        let whole = read(def, &bytes);
        assert_eq!(whole.owned.as_ref(), Ok(&bytes), "{}: the owned decoder", def.name);
        assert_eq!(whole.checked, Ok(()), "{}: the view's check", def.name);
        assert_eq!(whole.via_view, whole.owned, "{}: the owned value made from the view", def.name);

        let cut = &bytes[..rng.below(bytes.len() as u64) as usize];
        let cut_short = read(def, cut);
        assert!(cut_short.owned.is_err(), "{}: cut at {}", def.name, cut.len());
        assert_eq!(cut_short.checked, cut_short.owned.clone().map(drop), "{}: cut at {}", def.name, cut.len());
        assert_eq!(cut_short.via_view, cut_short.owned, "{}: cut at {}", def.name, cut.len());

        let mut changed = bytes.clone();
        let at = rng.below(bytes.len() as u64) as usize;
        changed[at] = changed[at].wrapping_add(1 + rng.below(255) as u8);
        let one_byte = read(def, &changed);
        assert_eq!(one_byte.checked, one_byte.owned.clone().map(drop), "{}: byte {at} changed", def.name);
        assert_eq!(one_byte.via_view, one_byte.owned, "{}: byte {at} changed", def.name);
        failures += usize::from(one_byte.owned.is_err());
    }
    assert!(failures > 0, "no changed byte made an error: the mutations test nothing");
    seen.len()
}

fn methods_with_a_type_parameter(definitions: &[Definition]) -> usize {
    definitions.iter().filter(|d| d.kind == Kind::Method && d.view.is_none()).count()
}

#[test]
fn layer_122() {
    let defs = tlwire::layer122::definitions();
    assert_eq!(check(defs, 122), 1233 - 1 - methods_with_a_type_parameter(defs));
}

#[test]
fn layer_230() {
    let defs = tlwire::layer230::definitions();
    assert_eq!(check(defs, 230), 2554 - 1 - methods_with_a_type_parameter(defs));
}

#[test]
fn mtproto() {
    let defs = <tlwire::mtproto::Definitions as Table>::definitions::<tlwire::layer230::Layer230>();
    assert_eq!(check(defs, 7), 58 - methods_with_a_type_parameter(defs));
}
