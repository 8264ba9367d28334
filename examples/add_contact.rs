//! The seed's `contacts.addContact` example, in Rust: build the call, encode
//! it, and read a successful answer and an error answer.
//!
//! Run: `cargo run --example add_contact`

mod support;

use tlwire::{functions, types};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    support::show(&functions::contacts::AddContact {
        add_phone_privacy_exception: true,
        id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
        first_name: "Ivan".into(),
        last_name: "Petrov".into(),
        phone: "+79991234567".into(),
    })
}
