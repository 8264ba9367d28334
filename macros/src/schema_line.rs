//! A definition's schema line, kept as the DSL spelled it and printed in
//! `.tl` spelling.

use core::fmt;

/// A definition's line in `.tl` spelling, without the trailing `;`:
/// `contacts.acceptContact#f831a20f id:InputUser = Updates`
/// ([`Identifiable::SCHEMA`](crate::Identifiable::SCHEMA)).
///
/// It prints with `Display` (`to_string()` gives the `String`) and compares
/// equal to the same text as a `str`:
///
/// ```
/// mod enums {}
/// mod types {
///     #![allow(unused_imports)]
///     use super::enums;
///     tlwire_dsl::tl_constructor! { inputUserSelf #0xf7c1b13f = InputUser; }
/// }
/// use tlwire_dsl::Identifiable;
///
/// fn main() {
///     let line = types::InputUserSelf::SCHEMA;
///     assert_eq!(line, "inputUserSelf#f7c1b13f = InputUser");
///     assert_eq!(line.to_string(), "inputUserSelf#f7c1b13f = InputUser");
///     assert_eq!(format!("{line};"), "inputUserSelf#f7c1b13f = InputUser;");
/// }
/// ```
///
/// Why not a `&'static str`: the DSL writes ids `#0x…` (Rust cannot lex
/// every TL id without the `0x`), so the `.tl` spelling is the DSL's text
/// with two bytes cut from its middle. Cutting them while the caller
/// compiles took a const array per line and a UTF-8 check in the const
/// evaluator: a tenth of a `cargo check` of layer 122. Here they are cut
/// when the line is printed.
#[derive(Clone, Copy)]
pub struct SchemaLine {
    /// The line as the DSL builds it: `name#0xID fields = Type`, or with
    /// no `#…` when the id is computed.
    dsl: &'static str,
    /// Where the `#` is, if the line spells an id (the name's length).
    name_len: usize,
}

impl SchemaLine {
    /// The line `dsl`, built by the DSL from a declaration whose TL name is
    /// `name_len` bytes long.
    #[doc(hidden)]
    pub const fn from_dsl(dsl: &'static str, name_len: usize) -> Self {
        Self { dsl, name_len }
    }

    /// The TL name, the line's first `name_len` bytes
    /// ([`Identifiable::NAME`](crate::Identifiable::NAME)); the whole line
    /// if there are fewer.
    #[doc(hidden)]
    pub const fn name(&self) -> &'static str {
        match self.dsl.split_at_checked(self.name_len) {
            Some((name, _)) => name,
            None => self.dsl,
        }
    }

    /// The line as the DSL spells it (`name#0xID …`), for the compile-time
    /// checks.
    #[doc(hidden)]
    pub const fn dsl(&self) -> &'static str {
        self.dsl
    }

    /// The `.tl` spelling in two pieces: up to and including the `#`, and
    /// from the id's first digit on (the `0x` between them dropped); a line
    /// without an id is the first piece whole.
    pub fn parts(&self) -> (&'static str, &'static str) {
        let hex_at = self.name_len.saturating_add(1);
        match (self.dsl.get(..hex_at), self.dsl.get(hex_at..)) {
            (Some(head), Some(rest)) if head.ends_with('#') && (rest.starts_with("0x") || rest.starts_with("0X")) => {
                (head, rest.get(2..).unwrap_or_default())
            }
            _ => (self.dsl, ""),
        }
    }

    /// The length of the `.tl` spelling in bytes.
    pub fn len(&self) -> usize {
        let (head, tail) = self.parts();
        head.len() + tail.len()
    }

    /// Whether the line is empty (never, for a declared line).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Display for SchemaLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, tail) = self.parts();
        if f.width().is_none() && f.precision().is_none() {
            f.write_str(head)?;
            f.write_str(tail)
        } else {
            f.pad(&alloc::format!("{head}{tail}"))
        }
    }
}

impl fmt::Debug for SchemaLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, tail) = self.parts();
        write!(f, "\"{}{}\"", head.escape_debug(), tail.escape_debug())
    }
}

impl PartialEq for SchemaLine {
    fn eq(&self, other: &Self) -> bool {
        let ((a, b), (c, d)) = (self.parts(), other.parts());
        a.bytes().chain(b.bytes()).eq(c.bytes().chain(d.bytes()))
    }
}

impl Eq for SchemaLine {}

impl PartialEq<str> for SchemaLine {
    fn eq(&self, other: &str) -> bool {
        let (head, tail) = self.parts();
        other.len() == head.len() + tail.len() && other.starts_with(head) && other.ends_with(tail)
    }
}

impl PartialEq<&str> for SchemaLine {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<SchemaLine> for str {
    fn eq(&self, other: &SchemaLine) -> bool {
        *other == *self
    }
}

impl PartialEq<SchemaLine> for &str {
    fn eq(&self, other: &SchemaLine) -> bool {
        *other == **self
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_name_is_the_first_name_len_bytes() {
        assert_eq!(SchemaLine::from_dsl("contacts.addContact#0xf8 id:int = Updates", 19).name(), "contacts.addContact");
        assert_eq!(SchemaLine::from_dsl("inputUserSelf = InputUser", 13).name(), "inputUserSelf");
        assert_eq!(SchemaLine::from_dsl("a = T", 99).name(), "a = T");
        assert_eq!(SchemaLine::from_dsl("é = T", 1).name(), "é = T");
    }

    use super::*;
    use alloc::format;
    use alloc::string::ToString;

    #[test]
    fn the_0x_after_the_hash_is_dropped_and_nothing_else() {
        let line = SchemaLine::from_dsl("resPQ#0x05162463 nonce:int128 = ResPQ", 5);
        assert_eq!(line.parts(), ("resPQ#", "05162463 nonce:int128 = ResPQ"));
        assert_eq!(line.to_string(), "resPQ#05162463 nonce:int128 = ResPQ");
        assert_eq!(line.len(), "resPQ#05162463 nonce:int128 = ResPQ".len());
        assert_eq!(format!("{line:?}"), r#""resPQ#05162463 nonce:int128 = ResPQ""#);
        assert_eq!(SchemaLine::from_dsl("a#0XFF = T", 1).to_string(), "a#FF = T");
        // No id: the line is printed whole, `0x` elsewhere untouched.
        let generic = "invokeWithLayer {X:Type} layer:int query:!X = X";
        assert_eq!(SchemaLine::from_dsl(generic, 15).to_string(), generic);
        assert_eq!(SchemaLine::from_dsl("x y:0x = T", 1).to_string(), "x y:0x = T");
        // A name length past the end, or inside a character, is the line whole.
        assert_eq!(SchemaLine::from_dsl("é#0x1 = T", 1).to_string(), "é#0x1 = T");
        assert_eq!(SchemaLine::from_dsl("a = T", 99).to_string(), "a = T");
        assert_eq!(SchemaLine::from_dsl("a = T", usize::MAX).to_string(), "a = T");
    }

    #[test]
    fn compares_with_its_text_only() {
        let line = SchemaLine::from_dsl("inputUserSelf#0xf7c1b13e = InputUser", 13);
        assert_eq!(line, "inputUserSelf#f7c1b13e = InputUser");
        assert_eq!("inputUserSelf#f7c1b13e = InputUser", line);
        assert_ne!(line, "inputUserSelf#0xf7c1b13e = InputUser");
        assert_ne!(line, "inputUserSelf#f7c1b13e = InputUse");
        assert_ne!(line, "inputUserSelf#f7c1b13e = InputUserX");
        assert_ne!(line, "inputUserSelf#f7c1b13e= InputUser ");
        assert_eq!(line, SchemaLine::from_dsl("inputUserSelf#0Xf7c1b13e = InputUser", 13));
        assert_ne!(line, SchemaLine::from_dsl("inputUserSelf#0xf7c1b13f = InputUser", 13));
    }

    #[test]
    fn width_and_precision_apply_to_the_whole_line() {
        let line = SchemaLine::from_dsl("a#0x1 = T", 1);
        assert_eq!(format!("[{line:>10}]"), "[   a#1 = T]");
        assert_eq!(format!("[{line:.3}]"), "[a#1]");
    }
}
