//! Runs one bench operation in a loop, for `valgrind --tool=callgrind`:
//!
//! ```text
//! CARGO_PROFILE_RELEASE_DEBUG=true cargo build --release -p tlwire-peers --bin profile
//! valgrind --tool=callgrind --collect-atstart=no --toggle-collect='profile::run*' \
//!     target/release/profile dec-usm18 1000
//! ```
//!
//! Only the `run_*` loops are collected, so fixture setup is left out.

use std::hint::black_box;

use grammers_tl_types::Serializable as _;
use tlwire::{Deserializable, Serializable, enums, types};
use tlwire_peers::tlp_full::{self, borrowed};
use tlwire_peers::tlp_support::{self, BoxedVec, decode_all};
use tlwire_peers::{data, gram};

#[inline(never)]
fn run_encode_fresh<T: Serializable>(v: &T, n: usize) {
    for _ in 0..n {
        black_box(black_box(v).to_bytes().unwrap());
    }
}

#[inline(never)]
fn run_encode_reused<T: Serializable>(v: &T, n: usize) {
    let mut buf = Vec::new();
    for _ in 0..n {
        buf.clear();
        black_box(black_box(v).encode_into(&mut buf).unwrap());
        black_box(&buf);
    }
}

#[inline(never)]
fn run_grammers_fresh<T: grammers_tl_types::Serializable>(v: &T, n: usize) {
    for _ in 0..n {
        black_box(black_box(v).to_bytes());
    }
}

#[inline(never)]
fn run_grammers_reused<T: grammers_tl_types::Serializable>(v: &T, n: usize) {
    let mut buf = Vec::new();
    for _ in 0..n {
        buf.clear();
        black_box(v).serialize(&mut buf);
        black_box(&buf);
    }
}

#[inline(never)]
fn run_tlp_fresh<T: tl_proto::TlWrite>(v: &T, n: usize) {
    for _ in 0..n {
        black_box(tl_proto::serialize(black_box(v)));
    }
}

#[inline(never)]
fn run_tlp_reused<T: tl_proto::TlWrite>(v: &T, n: usize) {
    let mut buf = Vec::new();
    for _ in 0..n {
        tl_proto::serialize_into(black_box(v), &mut buf);
        black_box(&buf);
    }
}

#[inline(never)]
fn run_decode<T: Deserializable>(b: &[u8], n: usize) {
    for _ in 0..n {
        black_box(T::from_bytes(black_box(b)).unwrap());
    }
}

#[inline(never)]
fn run_grammers_decode<T: grammers_tl_types::Deserializable>(b: &[u8], n: usize) {
    for _ in 0..n {
        black_box(T::from_bytes(black_box(b)).unwrap());
    }
}

#[inline(never)]
fn run_view<'a, T: tlwire::View<'a>>(b: &'a [u8], n: usize) {
    for _ in 0..n {
        black_box(T::from_bytes(black_box(b)).unwrap());
    }
}

#[inline(never)]
fn run_tlp_view<'a, T: tl_proto::TlRead<'a>>(b: &'a [u8], n: usize) {
    for _ in 0..n {
        black_box(decode_all::<T>(black_box(b)).unwrap());
    }
}

#[inline(never)]
fn run_tlp_decode<T: for<'a> tl_proto::TlRead<'a>>(b: &[u8], n: usize) {
    for _ in 0..n {
        black_box(decode_all::<T>(black_box(b)).unwrap());
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let op = args.next().expect("operation");
    let n: usize = args.next().map(|s| s.parse().unwrap()).unwrap_or(1000);
    let usm = data::usm18_bytes();
    let usm_g = gram::patched(&usm, gram::UPDATE_SHORT_MESSAGE_PATCHES);
    let upd = data::updates100_bytes();
    let upd_g = gram::updates(&enums::Updates::from_bytes(&upd).unwrap()).to_bytes();
    match op.as_str() {
        "enc-add-fresh" => run_encode_fresh(&data::add_contact(), n),
        "enc-add-reused" => run_encode_reused(&data::add_contact(), n),
        "enc-accept-fresh" => run_encode_fresh(&data::accept_contact(), n),
        "enc-accept-reused" => run_encode_reused(&data::accept_contact(), n),
        "enc-usm18-fresh" => run_encode_fresh(&data::usm18(), n),
        "enc-usm18-reused" => run_encode_reused(&data::usm18(), n),
        "enc-part-reused" => run_encode_reused(&data::save_file_part(), n),
        "p-enc-part-reused" => run_tlp_reused(&tlp_support::save_file_part(), n),
        "g-enc-add-fresh" => run_grammers_fresh(&gram::add_contact(), n),
        "g-enc-add-reused" => run_grammers_reused(&gram::add_contact(), n),
        "g-enc-accept-fresh" => run_grammers_fresh(&gram::accept_contact(), n),
        "g-enc-accept-reused" => run_grammers_reused(&gram::accept_contact(), n),
        "g-enc-usm18-reused" => run_grammers_reused(&gram::updates(&data::usm18()), n),
        "p-enc-add-fresh" => run_tlp_fresh(&tlp_support::add_contact(), n),
        "p-enc-add-reused" => run_tlp_reused(&tlp_support::add_contact(), n),
        "p-enc-accept-fresh" => run_tlp_fresh(&tlp_support::accept_contact(), n),
        "p-enc-accept-reused" => run_tlp_reused(&tlp_support::accept_contact(), n),
        "p-enc-usm18-reused" => run_tlp_reused(&decode_all::<tlp_full::Updates>(&usm).unwrap(), n),
        "dec-usm18" => run_decode::<enums::Updates>(&usm, n),
        "dec-usm18-cyrillic" => run_decode::<enums::Updates>(&data::usm18_cyrillic_bytes(), n),
        "p-dec-usm18-cyrillic" => run_tlp_decode::<tlp_full::Updates>(&data::usm18_cyrillic_bytes(), n),
        "dec-updates100" => run_decode::<enums::Updates>(&upd, n),
        "dec-veclong" => run_decode::<Vec<i64>>(&data::vector_long_bytes(), n),
        "enc-veclong-reused" => run_encode_reused(&data::vector_long(), n),
        "g-enc-veclong-reused" => run_grammers_reused(&data::vector_long(), n),
        "enc-vecint-reused" => run_encode_reused(&data::vector_int(), n),
        "g-enc-vecint-reused" => run_grammers_reused(&data::vector_int(), n),
        "enc-vecint-fresh" => run_encode_fresh(&data::vector_int(), n),
        "g-enc-vecint-fresh" => run_grammers_fresh(&data::vector_int(), n),
        "dec-file" => run_decode::<types::upload::File>(&data::upload_file_bytes(), n),
        "dec-usm18-view" => run_view::<tlwire::views::root::UpdateShortMessageRef<'_>>(&usm, n),
        "p-dec-usm18-view" => run_tlp_view::<borrowed::UpdateShortMessage<'_>>(&usm, n),
        "dec-file-view" => run_view::<tlwire::views::upload::FileRef<'_>>(&data::upload_file_bytes(), n),
        "p-dec-file-view" => run_tlp_view::<borrowed::UploadFile<'_>>(&data::upload_file_bytes(), n),
        "g-dec-usm18" => run_grammers_decode::<grammers_tl_types::enums::Updates>(&usm_g, n),
        "g-dec-updates100" => run_grammers_decode::<grammers_tl_types::enums::Updates>(&upd_g, n),
        "p-dec-usm18" => run_tlp_decode::<tlp_full::Updates>(&usm, n),
        "p-dec-updates100" => run_tlp_decode::<tlp_full::Updates>(&upd, n),
        "p-dec-veclong" => run_tlp_decode::<BoxedVec<i64>>(&data::vector_long_bytes(), n),
        other => panic!("unknown operation {other}"),
    }
}
