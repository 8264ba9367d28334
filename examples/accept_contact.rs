//! The seed's `contacts.acceptContact` example, in Rust: build the call, encode
//! it, then read two sample answers the way a client would: a successful
//! `updates`, and an `rpc_error CONTACT_ID_INVALID` inside `gzip_packed`.
//!
//! Run: `cargo run --example accept_contact`

use tlwire::envelope::{CallError, read_result};
use tlwire::{Serializable, functions, tl_text, types};

/// Message id the sample answers were made for (tests/data/answers.txt).
const REQ_MSG_ID: i64 = 0x5e0b6a2c00000004;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let call = functions::contacts::AcceptContact {
        id: types::InputUser { user_id: 123456789, access_hash: -5394273829102718977 }.into(),
    };
    let bytes = call.to_bytes()?;
    println!("request:  {}", tl_text(&call));
    println!("bytes:    {} ({} bytes)", hex(&bytes), bytes.len());

    for (what, answer) in
        [("success", sample("rpc_result.updates")), ("error", sample("rpc_result.gzip_packed.rpc_error"))]
    {
        match read_result::<functions::contacts::AcceptContact>(&answer, REQ_MSG_ID) {
            Ok(updates) => println!("{what}:  {}", shorten(&tl_text(&updates).to_string())),
            Err(CallError::Rpc(e)) => println!("{what}:    {e}"),
            Err(e) => println!("{what}:    {e}"),
        }
    }
    Ok(())
}

/// A sample answer from the GramJS-made test data.
fn sample(prefix: &str) -> Vec<u8> {
    let line = include_str!("../tests/data/answers.txt")
        .lines()
        .find(|l| l.starts_with(&format!("{prefix}.req=")))
        .expect("sample answer");
    let hex = line.split('\t').nth(1).expect("hex column");
    (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn shorten(text: &str) -> String {
    if text.len() <= 160 {
        text.to_string()
    } else {
        format!("{}…", &text[..text.char_indices().nth(160).map_or(text.len(), |c| c.0)])
    }
}
