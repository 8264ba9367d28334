//! What both seed examples do after building their call: encode it, then
//! read two sample answers (made with GramJS, tests/data/answers.txt) the
//! way a client would.

use tlwire::envelope::read_result;
use tlwire::{RemoteCall, TlText, tl_text};

/// Message id the sample answers were made for.
const REQ_MSG_ID: i64 = 0x5e0b6a2c00000004;

/// Prints the call and its bytes, then what a successful `updates` answer
/// and an `rpc_error CONTACT_ID_INVALID` inside `gzip_packed` decode to.
pub fn show<M: RemoteCall + TlText>(call: &M) -> Result<(), Box<dyn std::error::Error>>
where
    M::Return: TlText,
{
    let bytes = call.to_bytes()?;
    println!("request:  {}", tl_text(call));
    println!("bytes:    {} ({} bytes)", hex(&bytes), bytes.len());
    for (what, answer) in
        [("success", sample("rpc_result.updates")), ("error", sample("rpc_result.gzip_packed.rpc_error"))]
    {
        match read_result::<M>(&answer, REQ_MSG_ID) {
            Ok(value) => println!("{what}:  {}", shorten(&tl_text(&value).to_string())),
            // A documented error shows its description (`CallError::Rpc`).
            Err(e) => println!("{what}:    {e}"),
        }
    }
    Ok(())
}

fn sample(prefix: &str) -> Vec<u8> {
    let line = include_str!("../../tests/data/answers.txt")
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
    match text.char_indices().nth(160) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
