//! Every definition of the layer, many random instances each, made from the
//! schema text by `tlwire::sample` (independent of the generated codec):
//! decode(bytes) re-encodes to the same bytes, and the precomputed length
//! is the number of bytes written.

use tlwire::sample::{Rng, Sampler};
use tlwire::{Deserializable, Object, Serializable};

const PER_DEFINITION: usize = 24;

fn check(definitions: &'static [tlwire::registry::Definition], seed: u64) -> usize {
    let sampler = Sampler::new(definitions);
    let mut rng = Rng::new(seed);
    let mut n = 0;
    for def in sampler.definitions() {
        for _ in 0..PER_DEFINITION {
            let bytes = sampler.instance(def.name, &mut rng).unwrap();
            let obj = Object::from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}\n{bytes:02x?}", def.name));
            assert_eq!(obj.serialized_len().unwrap(), bytes.len(), "{}", def.name);
            assert_eq!(obj.to_bytes().unwrap(), bytes, "{}", def.name);
            n += 1;
        }
    }
    n
}

#[test]
fn layer_122_round_trips() {
    assert_eq!(check(tlwire::definitions::DEFINITIONS, 122), (1233 - 1) * PER_DEFINITION);
}

#[test]
fn mtproto_round_trips() {
    assert_eq!(check(tlwire::mtproto::definitions::DEFINITIONS, 7), 58 * PER_DEFINITION);
}
