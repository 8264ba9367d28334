//! Where `tlwire-dsl` uses `unsafe`: in two blocks of `read.rs`, `text`
//! and `Reader::short_ascii_str`, both text known to be ASCII; in two of
//! `write.rs`, `finish`, which takes the bytes a `Writer` wrote into the
//! buffer, and `write_all`, which reads bytes as `MaybeUninit<u8>` to copy
//! them; and nowhere in what its macros expand to.
//!
//! rustc's `unsafe_code` lint (denied in this crate) checks the crate's
//! own functions, but not the bodies of `macro_rules!` macros, which are
//! compiled in the caller's crate, where the lint does not look into
//! another crate's macros either. So this reads the source: any new
//! `unsafe` in it, in a macro or not, fails here until it is listed below
//! with its reason.

use std::fs;
use std::path::{Path, PathBuf};

/// Lines that may name `unsafe`, by file, and why.
const ALLOWED: &[(&str, &str, &str)] = &[
    ("read.rs", "#[allow(unsafe_code)]", "`text` and `short_ascii_str`: the two exceptions"),
    ("read.rs", "return Ok(unsafe { core::str::from_utf8_unchecked(data) });", "`text`: ASCII is UTF-8"),
    ("read.rs", "Some(unsafe { core::str::from_utf8_unchecked(data) })", "`short_ascii_str`: ASCII is UTF-8"),
    ("write.rs", "#[allow(unsafe_code)]", "`finish` and `write_all`: the two exceptions in encoding"),
    ("write.rs", "unsafe { out.set_len(start + len) };", "`finish`: the bytes a `Writer` wrote, taken into the buffer"),
    ("write.rs", "let src = unsafe { &*(src as *const [u8]", "`write_all`: bytes read as `MaybeUninit<u8>`"),
    ("lib.rs", "#![deny(unsafe_code)]", "the lint itself"),
    ("lib.rs", "#![warn(clippy::undocumented_unsafe_blocks)]", "the lint itself"),
    ("line.rs", "($line:tt [($fa:tt unsafe $_f:tt $ty:tt $_w:tt) $($rest:tt)*]", "TL's field named `unsafe`"),
    ("line.rs", "__tl_keyword_field! { r#unsafe unsafe r#unsafe", "TL's field named `unsafe`"),
    ("types.rs", "(unsafe) => { $crate::schema::LowercaseType };", "a field typed `unsafe`: no type"),
    ("types.rs", "(unsafe) => { $crate::__tl_keyword_type!(unsafe) };", "a field typed `unsafe`: the error"),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn unsafe_appears_only_where_listed() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10, "found only {files:?}");
    for path in files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let text = fs::read_to_string(&path).expect("source file");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if !code.contains("unsafe") {
                continue;
            }
            let allowed = ALLOWED.iter().any(|&(file, text, _)| file == name && code.contains(text));
            assert!(allowed, "{}:{}: `unsafe` not listed in tests/no_unsafe.rs: {line}", path.display(), n + 1);
        }
    }
}
