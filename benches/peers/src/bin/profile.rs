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

/// The crate an operation runs in: its name's prefix, none for tlwire,
/// `g-` for grammers-tl-types, `p-` for tl-proto.
#[derive(Clone, Copy)]
enum Peer {
    Tlwire,
    Grammers,
    TlProto,
}

/// `[PEER-]enc-MESSAGE-fresh|reused` or `[PEER-]dec-MESSAGE`, `N` times.
fn main() {
    let mut args = std::env::args().skip(1);
    let op = args.next().expect("usage: profile OPERATION [N]");
    let n: usize = args.next().map(|s| s.parse().expect("N is a number")).unwrap_or(1000);
    let (peer, rest) = match op.split_once('-') {
        Some(("g", rest)) => (Peer::Grammers, rest),
        Some(("p", rest)) => (Peer::TlProto, rest),
        _ => (Peer::Tlwire, op.as_str()),
    };
    // Built before every operation, used or not: malloc's instruction
    // counts depend on the heap it starts from, so every operation starts
    // from the same one.
    let fixtures = Fixtures::new();
    let known = match rest.split_once('-') {
        Some(("enc", rest)) => rest.rsplit_once('-').is_some_and(|(message, mode)| encode(peer, message, mode, n)),
        Some(("dec", message)) => decode(peer, message, &fixtures, n),
        _ => false,
    };
    assert!(known, "unknown operation {op}");
}

/// Encodes `message`, built in `peer`'s own types; false for an unknown
/// message or mode.
fn encode(peer: Peer, message: &str, mode: &str, n: usize) -> bool {
    let fresh = match mode {
        "fresh" => true,
        "reused" => false,
        _ => return false,
    };
    let run = Encode { peer, fresh, n };
    let usm_tlp = || decode_all::<tlp_full::Updates>(&data::usm18_bytes()).unwrap();
    match message {
        "add" => run.with(data::add_contact, gram::add_contact, tlp_support::add_contact),
        "accept" => run.with(data::accept_contact, gram::accept_contact, tlp_support::accept_contact),
        "usm18" => run.with(data::usm18, || gram::updates(&data::usm18()), usm_tlp),
        "part" => run.with(data::save_file_part, gram::save_file_part, tlp_support::save_file_part),
        "veclong" => run.with(data::vector_long, data::vector_long, || BoxedVec(data::vector_long())),
        "vecint" => run.with(data::vector_int, data::vector_int, || BoxedVec(data::vector_int())),
        _ => return false,
    }
    true
}

/// An encoding operation; `with` is given the message in each crate's
/// types and builds only the one it runs.
struct Encode {
    peer: Peer,
    fresh: bool,
    n: usize,
}

impl Encode {
    fn with<T: Serializable, G: grammers_tl_types::Serializable, P: tl_proto::TlWrite>(
        &self,
        tlwire: impl FnOnce() -> T,
        grammers: impl FnOnce() -> G,
        tlp: impl FnOnce() -> P,
    ) {
        let n = self.n;
        match (self.peer, self.fresh) {
            (Peer::Tlwire, true) => run_encode_fresh(&tlwire(), n),
            (Peer::Tlwire, false) => run_encode_reused(&tlwire(), n),
            (Peer::Grammers, true) => run_grammers_fresh(&grammers(), n),
            (Peer::Grammers, false) => run_grammers_reused(&grammers(), n),
            (Peer::TlProto, true) => run_tlp_fresh(&tlp(), n),
            (Peer::TlProto, false) => run_tlp_reused(&tlp(), n),
        }
    }
}

/// Decodes `message` (`-view`: borrowed) with `peer`; false for an
/// unknown message, or a view of a crate that has none.
fn decode(peer: Peer, message: &str, fixtures: &Fixtures, n: usize) -> bool {
    type Updates = (enums::Updates, grammers_tl_types::enums::Updates, tlp_full::Updates);
    type File = (types::upload::File, grammers_tl_types::enums::upload::File, tlp_full::UploadFile);
    let Fixtures { usm, usm_230, upd, upd_230 } = fixtures;
    let decode = Decode { peer, n };
    match message {
        "usm18" => decode.owned::<Updates>(usm, usm_230),
        "usm18-cyrillic" => {
            let cyrillic = data::usm18_cyrillic_bytes();
            decode.owned::<Updates>(&cyrillic, &gram::patched(&cyrillic, gram::UPDATE_SHORT_MESSAGE_PATCHES))
        }
        "updates100" => decode.owned::<Updates>(upd, upd_230),
        "veclong" => {
            let veclong = data::vector_long_bytes();
            decode.owned::<(Vec<i64>, Vec<i64>, BoxedVec<i64>)>(&veclong, &veclong)
        }
        "file" => {
            let file = data::upload_file_bytes();
            decode.owned::<File>(&file, &file)
        }
        "usm18-view" => {
            return decode
                .view::<tlwire::views::root::UpdateShortMessageRef<'_>, borrowed::UpdateShortMessage<'_>>(usm);
        }
        "file-view" => {
            let file = data::upload_file_bytes();
            return decode.view::<tlwire::views::upload::FileRef<'_>, borrowed::UploadFile<'_>>(&file);
        }
        _ => return false,
    }
    true
}

/// The two messages every decoding bench reads, in layer 122's bytes and
/// in grammers' layer 230's.
struct Fixtures {
    usm: Vec<u8>,
    usm_230: Vec<u8>,
    upd: Vec<u8>,
    upd_230: Vec<u8>,
}

impl Fixtures {
    fn new() -> Self {
        let usm = data::usm18_bytes();
        let usm_230 = gram::patched(&usm, gram::UPDATE_SHORT_MESSAGE_PATCHES);
        let upd = data::updates100_bytes();
        let upd_230 = gram::updates(&enums::Updates::from_bytes(&upd).unwrap()).to_bytes();
        Self { usm, usm_230, upd, upd_230 }
    }
}

/// A decoding operation.
struct Decode {
    peer: Peer,
    n: usize,
}

/// The same message's type in each crate: tlwire, grammers, tl-proto.
trait Decoded {
    type Tlwire: Deserializable;
    type Grammers: grammers_tl_types::Deserializable;
    type TlProto: for<'a> tl_proto::TlRead<'a>;
}

impl<T: Deserializable, G: grammers_tl_types::Deserializable, P: for<'a> tl_proto::TlRead<'a>> Decoded for (T, G, P) {
    type Tlwire = T;
    type Grammers = G;
    type TlProto = P;
}

impl Decode {
    /// Owned decoding of `bytes`; grammers reads `bytes_230`.
    fn owned<D: Decoded>(&self, bytes: &[u8], bytes_230: &[u8]) {
        match self.peer {
            Peer::Tlwire => run_decode::<D::Tlwire>(bytes, self.n),
            Peer::Grammers => run_grammers_decode::<D::Grammers>(bytes_230, self.n),
            Peer::TlProto => run_tlp_decode::<D::TlProto>(bytes, self.n),
        }
    }

    /// Borrowed decoding: tlwire's view `V`, tl-proto's borrowed `P`.
    fn view<'a, V: tlwire::View<'a>, P: tl_proto::TlRead<'a>>(&self, bytes: &'a [u8]) -> bool {
        match self.peer {
            Peer::Tlwire => run_view::<V>(bytes, self.n),
            Peer::TlProto => run_tlp_view::<P>(bytes, self.n),
            Peer::Grammers => return false,
        }
        true
    }
}
