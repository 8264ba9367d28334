//! Runs one operation of the `traffic` bench in a loop, for callgrind:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true CARGO_TARGET_DIR=target/prof cargo build --release -p tlwire-peers --bin traffic_profile
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='traffic_profile::run*' \
//!     target/prof/release/traffic_profile decode tlwire updates20 100
//! ```
//!
//! `OP` is `decode`, `view` (tlwire's view, read in place), `fresh`
//! (encode into a new buffer) or `reused` (encode into a kept buffer); `WHO` is `tlwire` or `grammers`; `LABEL`
//! a message of `data/traffic230.txt`. Only the `run_*` loops are
//! collected, so the fixture's setup is left out.

use std::hint::black_box;

use grammers_tl_types as gt;
use tlwire::{Deserializable, HasView, Serializable};
use tlwire_peers::{traffic, with_traffic_types};

#[inline(never)]
fn run_tlwire<T: Deserializable + Serializable + HasView>(op: &str, bytes: &[u8], n: usize) {
    let value = T::from_bytes(bytes).unwrap();
    let mut buf = Vec::new();
    for _ in 0..n {
        match op {
            "decode" => drop(black_box(T::from_bytes(black_box(bytes)).unwrap())),
            "view" => drop(black_box(traffic::view::<T>(black_box(bytes)).unwrap())),
            "fresh" => drop(black_box(black_box(&value).to_bytes().unwrap())),
            _ => {
                buf.clear();
                black_box(black_box(&value).encode_into(&mut buf).unwrap());
            }
        }
    }
}

#[inline(never)]
fn run_grammers<G: gt::Deserializable + gt::Serializable>(op: &str, bytes: &[u8], n: usize) {
    let value = G::from_bytes(bytes).unwrap();
    let mut buf = Vec::new();
    for _ in 0..n {
        match op {
            "decode" => drop(black_box(G::from_bytes(black_box(bytes)).unwrap())),
            "fresh" => drop(black_box(black_box(&value).to_bytes())),
            _ => {
                buf.clear();
                black_box(&value).serialize(&mut buf);
                black_box(&buf);
            }
        }
    }
}

fn run<T, G>(who: &str, op: &str, bytes: &[u8], n: usize)
where
    T: Deserializable + Serializable + HasView,
    G: gt::Deserializable + gt::Serializable,
{
    match who {
        "tlwire" => run_tlwire::<T>(op, bytes, n),
        "grammers" => run_grammers::<G>(op, bytes, n),
        other => panic!("WHO is tlwire or grammers, not {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [op, who, label, n] = args.as_slice() else {
        panic!("usage: traffic_profile decode|view|fresh|reused tlwire|grammers LABEL N");
    };
    let n: usize = n.parse().expect("N is a count");
    let m = traffic::messages().into_iter().find(|m| m.label == label).unwrap_or_else(|| panic!("no message {label}"));
    with_traffic_types!(m.ty, run(who, op, &m.bytes, n));
}
