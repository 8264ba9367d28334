//! Every definition of each layer, many random instances each, made from
//! the schema text by `tlwire::sample` (independent of the generated codec):
//! decode(bytes) re-encodes to the same bytes, and the precomputed length
//! is the number of bytes written.

use tlwire::registry::{Definition, Schema, Table};
use tlwire::sample::Sampler;
use tlwire::{Deserializable, Object, Serializable};

const PER_DEFINITION: usize = 24;

/// Round-trips `PER_DEFINITION` instances of each definition of `definitions`
/// through `Object<S>`; gives the number of instances checked.
fn check<S: Schema>(definitions: &'static [Definition], seed: u64) -> usize {
    let mut n = 0;
    for (def, bytes) in Sampler::new(definitions).instances(seed, PER_DEFINITION) {
        let obj = Object::<S>::from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}\n{bytes:02x?}", def.name));
        assert_eq!(obj.serialized_len().unwrap(), bytes.len(), "{}", def.name);
        assert_eq!(obj.to_bytes().unwrap(), bytes, "{}", def.name);
        n += 1;
    }
    n
}

#[test]
fn layer_122_round_trips() {
    use tlwire::layer122::{Layer122, definitions};
    assert_eq!(check::<Layer122>(definitions(), 122), (1233 - 1) * PER_DEFINITION);
}

#[test]
fn layer_230_round_trips() {
    use tlwire::layer230::{Layer230, definitions};
    assert_eq!(check::<Layer230>(definitions(), 230), (2554 - 1) * PER_DEFINITION);
}

#[test]
fn mtproto_round_trips() {
    use tlwire::layer230::Layer230;
    let mtproto = <tlwire::mtproto::Definitions as Table>::definitions::<Layer230>();
    assert_eq!(check::<Layer230>(mtproto, 7), 58 * PER_DEFINITION);
}
