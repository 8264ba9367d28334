//! Values as readable TL text: `name{field: value, ...}`.
//!
//! The format: an object is its TL name, followed by its printed fields in
//! braces (`inputPeerUser{user_id: 5, access_hash: -7}`), or the bare name
//! when none is printed (`inputPeerEmpty`). `flags:#` fields are never
//! printed, conditional fields only when present, `flags.N?true` fields only
//! when true. Integers are decimal, `double` the shortest round-trip decimal,
//! strings Rust-quoted, `bytes`/`int128`/`int256` as `x"hex"`, vectors as
//! `[a, b]`.

use core::fmt::{self, Write};

/// A value that can print itself as TL text.
pub trait TlText {
    /// Writes the value as TL text.
    fn write_tl(&self, out: &mut TextWriter<'_>) -> fmt::Result;

    /// Writes a vector of values: `[a, b, …]`. `u8` overrides it, so that
    /// `bytes` (`Vec<u8>`) prints as `x"hex"`.
    fn write_tl_slice(items: &[Self], out: &mut TextWriter<'_>) -> fmt::Result
    where
        Self: Sized,
    {
        out.raw("[")?;
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.raw(", ")?;
            }
            item.write_tl(out)?;
        }
        out.raw("]")
    }
}

/// One field of a constructor as printed: a value, an optional value
/// (printed when present) or a [`Flag`] (printed when set).
///
/// Generated `write_tl` bodies pass their fields as a slice of
/// `(name, &dyn TlField)` to [`TextWriter::object_fields`]: one call per
/// constructor instead of a branch per field, which keeps the generated code
/// small (printing is not a hot path; the dynamic call is cheap beside the
/// formatting).
pub trait TlField {
    /// Writes `name: value` into `object`, or nothing when absent.
    fn write_field(&self, name: &str, object: &mut ObjectWriter<'_, '_>) -> fmt::Result;
}

impl<T: TlText> TlField for T {
    fn write_field(&self, name: &str, object: &mut ObjectWriter<'_, '_>) -> fmt::Result {
        self.write_tl(object.field(name)?)
    }
}

impl<T: TlText> TlField for Option<T> {
    fn write_field(&self, name: &str, object: &mut ObjectWriter<'_, '_>) -> fmt::Result {
        match self {
            Some(v) => v.write_tl(object.field(name)?),
            None => Ok(()),
        }
    }
}

/// A `flags.N?true` field: printed as `name: true` when set, omitted when not.
pub struct Flag(pub bool);

impl TlField for Flag {
    fn write_field(&self, name: &str, object: &mut ObjectWriter<'_, '_>) -> fmt::Result {
        if self.0 { object.flag(name) } else { Ok(()) }
    }
}

/// Where TL text goes.
pub struct TextWriter<'a> {
    out: &'a mut dyn Write,
}

impl<'a> TextWriter<'a> {
    /// Text into `out`.
    pub fn new(out: &'a mut dyn Write) -> Self {
        Self { out }
    }

    /// Writes raw text.
    pub fn raw(&mut self, s: &str) -> fmt::Result {
        self.out.write_str(s)
    }

    /// Writes formatted text.
    pub fn fmt(&mut self, args: fmt::Arguments<'_>) -> fmt::Result {
        self.out.write_fmt(args)
    }

    /// Starts an object named `name`; fields follow, then [`ObjectWriter::finish`].
    pub fn object<'w>(&'w mut self, name: &str) -> Result<ObjectWriter<'w, 'a>, fmt::Error> {
        self.raw(name)?;
        Ok(ObjectWriter { text: self, fields: 0 })
    }

    /// Writes a whole object: its name, then each field that prints.
    pub fn object_fields(&mut self, name: &str, fields: &[(&str, &dyn TlField)]) -> fmt::Result {
        let mut object = self.object(name)?;
        for (field, value) in fields {
            value.write_field(field, &mut object)?;
        }
        object.finish()
    }

    /// Writes `x"…"` hex for binary data.
    pub fn hex(&mut self, data: &[u8]) -> fmt::Result {
        self.raw("x\"")?;
        for b in data {
            write!(self.out, "{b:02x}")?;
        }
        self.raw("\"")
    }
}

/// The fields of one object being written.
pub struct ObjectWriter<'w, 'a> {
    text: &'w mut TextWriter<'a>,
    fields: usize,
}

impl<'a> ObjectWriter<'_, 'a> {
    fn sep(&mut self, name: &str) -> fmt::Result {
        self.text.raw(if self.fields == 0 { "{" } else { ", " })?;
        self.fields += 1;
        self.text.raw(name)?;
        self.text.raw(": ")
    }

    /// Writes `name: ` and returns the writer for the value.
    ///
    /// Not generic over the value on purpose: the DSL calls it once per
    /// field of every constructor, and a closure parameter would instantiate
    /// it thousands of times.
    pub fn field(&mut self, name: &str) -> Result<&mut TextWriter<'a>, fmt::Error> {
        self.sep(name)?;
        Ok(self.text)
    }

    /// Writes `name: true` for a set `flags.N?true` field.
    pub fn flag(&mut self, name: &str) -> fmt::Result {
        self.sep(name)?;
        self.text.raw("true")
    }

    /// Closes the object.
    pub fn finish(self) -> fmt::Result {
        if self.fields > 0 { self.text.raw("}") } else { Ok(()) }
    }
}

/// Shows a value as TL text through `Display`: `tl_text(&v).to_string()`.
pub fn tl_text<T: TlText + ?Sized>(value: &T) -> impl fmt::Display + '_ {
    struct Show<'a, T: ?Sized>(&'a T);
    impl<T: TlText + ?Sized> fmt::Display for Show<'_, T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.write_tl(&mut TextWriter::new(f))
        }
    }
    Show(value)
}
