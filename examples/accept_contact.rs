//! The seed's `contacts.acceptContact` example, in Rust: build the call,
//! encode it, and read a successful answer and an error answer.
//!
//! Run: `cargo run --example accept_contact`

mod support;

use tlwire::{functions, types};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    support::show(&functions::contacts::AcceptContact {
        id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
    })
}
