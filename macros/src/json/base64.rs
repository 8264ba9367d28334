//! Standard base64 (RFC 4648 §4, `+/`, padded), the JSON form of `bytes`,
//! `int128` and `int256`. Decoding accepts only what encoding writes: no
//! whitespace, no missing padding, no stray bits in the last character, so
//! that a value's JSON has one spelling.

use alloc::string::String;
use alloc::vec::Vec;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `data` as padded standard base64.
pub fn encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    let (chunks, rest) = data.as_chunks::<3>();
    let symbol = |n: u32, shift: u32| char::from(ALPHABET[(n >> shift & 63) as usize]);
    for &[a, b, c] in chunks {
        let n = u32::from(a) << 16 | u32::from(b) << 8 | u32::from(c);
        out.extend([symbol(n, 18), symbol(n, 12), symbol(n, 6), symbol(n, 0)]);
    }
    match *rest {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend([symbol(n, 18), symbol(n, 12), '=', '=']);
        }
        [a, b] => {
            let n = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend([symbol(n, 18), symbol(n, 12), symbol(n, 6), '=']);
        }
        _ => {}
    }
    out
}

/// Why a string is not canonical base64.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// The length is not a multiple of 4.
    Length(usize),
    /// The character at this byte offset is not in the alphabet (or is
    /// padding before the end).
    Character(usize),
    /// The last character carries bits the padding says are unused.
    TrailingBits,
}

impl core::fmt::Display for Invalid {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Length(n) => write!(f, "base64 of {n} characters (a multiple of 4, padded with `=`, expected)"),
            Self::Character(at) => write!(f, "base64 with a character outside `A-Za-z0-9+/` at offset {at}"),
            Self::TrailingBits => f.write_str("base64 whose last character has bits set past the data"),
        }
    }
}

fn value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// The bytes `text` encodes, which must be what [`encode`] writes.
pub fn decode(text: &str) -> Result<Vec<u8>, Invalid> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return Err(Invalid::Length(text.len()));
    }
    let padding = text.iter().rev().take(2).take_while(|&&c| c == b'=').count();
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (quads, _) = text.as_chunks::<4>();
    for (i, quad) in quads.iter().enumerate() {
        let last = i + 1 == quads.len();
        let used = if last { 4 - padding } else { 4 };
        let mut n = 0u32;
        for (j, &c) in quad.iter().enumerate() {
            let v = if j < used { value(c).ok_or(Invalid::Character(i * 4 + j))? } else { 0 };
            n = n << 6 | v;
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        match used {
            4 => out.extend_from_slice(&bytes),
            3 if n & 0xff == 0 => out.extend_from_slice(&bytes[..2]),
            2 if n & 0xffff == 0 => out.push(bytes[0]),
            _ => return Err(Invalid::TrailingBits),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, coded) in vectors {
            assert_eq!(encode(plain.as_bytes()), coded);
            assert_eq!(decode(coded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn every_byte_value_round_trips() {
        let data: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for len in 0..data.len() {
            assert_eq!(decode(&encode(&data[..len])).unwrap(), &data[..len]);
        }
    }

    #[test]
    fn refuses_other_spellings() {
        assert_eq!(decode("Zg="), Err(Invalid::Length(3)));
        assert_eq!(decode("Zg"), Err(Invalid::Length(2)));
        assert_eq!(decode("Z g="), Err(Invalid::Character(1)));
        assert_eq!(decode("Zg==Zg=="), Err(Invalid::Character(2)));
        assert_eq!(decode("Zh=="), Err(Invalid::TrailingBits));
        assert_eq!(decode("Zm9=").unwrap_err(), Invalid::TrailingBits);
        assert_eq!(decode("Zm-v"), Err(Invalid::Character(2)));
    }
}
