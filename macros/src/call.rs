//! What the DSL implements for every declared line.

use crate::error::DecodeError;
use crate::read::Reader;
use crate::schema_line::SchemaLine;
use crate::write::{LenCheck, Writer};

/// A TL definition (constructor or method) with its id and schema line.
///
/// The DSL defines `SCHEMA` and `CONSTRUCTOR_ID`; `NAME` is read from
/// `SCHEMA`.
pub trait Identifiable {
    /// The constructor id.
    const CONSTRUCTOR_ID: u32;
    /// The schema line in `.tl` spelling, without the trailing `;`.
    const SCHEMA: SchemaLine;
    /// The TL name, e.g. `contacts.addContact`.
    const NAME: &'static str = Self::SCHEMA.name();
}

/// The bare form of a constructor or method: its fields without the id.
///
/// The boxed form ([`Serializable`](crate::Serializable)) is the id followed
/// by this; a bare reference (`%future_salt`, `vector<%T>`) uses it alone.
pub trait Bare: Identifiable + Sized {
    /// What the fields add up to on the wire.
    const SHAPE: Shape;
    /// Each field's shape, in wire order (flags words included): an error
    /// at the end of the input names the field it cut from these. Empty
    /// for a hand-written impl, whose errors then name no field.
    #[doc(hidden)]
    const FIELDS: &'static [FieldShape] = &[];
    /// Each field's TL name, beside [`FIELDS`](Self::FIELDS).
    #[doc(hidden)]
    const FIELD_NAMES: &'static [&'static str] = &[];
    /// The fewest bytes the fields take (every conditional field absent):
    /// bounds what a count of bare values may allocate.
    const MIN_BARE_LEN: usize = Self::SHAPE.min_len;
    /// Whether every field is a leaf (see
    /// [`WireSize::LEAF`](crate::codec::WireSize::LEAF)).
    #[doc(hidden)]
    const LEAF: bool = Self::SHAPE.leaf;
    /// Length of the fields; disagreeing shared flag bits and over-long
    /// strings are noted in `check`.
    fn bare_len(&self, check: &mut LenCheck) -> usize;
    /// Writes the fields.
    #[inline]
    fn serialize_bare<'a>(&self, w: Writer<'a>) -> Writer<'a> {
        self.serialize_fields::<false>(w)
    }
    /// Writes the fields, after the constructor's id when `BOXED`: the id
    /// then joins the first fixed-size fields in one run (see
    /// [`Run`](crate::write::Run)).
    #[doc(hidden)]
    fn serialize_fields<'a, const BOXED: bool>(&self, w: Writer<'a>) -> Writer<'a>;
    /// Reads the fields.
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

/// What a constructor's fields add up to on the wire ([`Bare::SHAPE`]).
///
/// The DSL computes it while the caller compiles, from each field's codec,
/// in one constant per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// The fewest bytes the fields take, every conditional field absent.
    pub min_len: usize,
    /// How many bytes the fields before the first variable-length one
    /// take. A decoder checks they are there once, before reading any, so
    /// that the reads of its fixed-size fields need no checks of their own;
    /// only the fixed-size prefix, so that a field that can be told wrong
    /// from its own bytes (a huge string length, a vector count) still says
    /// so.
    pub fixed_prefix: usize,
    /// Whether every field is a leaf (see
    /// [`WireSize::LEAF`](crate::codec::WireSize::LEAF)).
    pub leaf: bool,
}

impl Shape {
    /// The shape of `fields` laid end to end.
    pub const fn of(fields: &[FieldShape]) -> Self {
        let mut shape = Shape { min_len: 0, fixed_prefix: 0, leaf: true };
        let mut prefix_open = true;
        let mut rest = fields;
        while let [field, tail @ ..] = rest {
            shape.min_len += field.min_len;
            shape.leaf &= field.leaf;
            match (prefix_open, field.fixed_len) {
                (true, Some(len)) => shape.fixed_prefix += len,
                _ => prefix_open = false,
            }
            rest = tail;
        }
        shape
    }
}

/// One field's part of a [`Shape`]: its codec's
/// [`MIN_LEN`](crate::codec::Codec::MIN_LEN),
/// [`FIXED_LEN`](crate::codec::Codec::FIXED_LEN) and
/// [`LEAF`](crate::codec::Codec::LEAF).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldShape {
    /// The fewest bytes the field takes.
    pub min_len: usize,
    /// The field's length, when it is always the same.
    pub fixed_len: Option<usize>,
    /// Whether the field is a leaf.
    pub leaf: bool,
}

// Every constructor and method is boxed as its id followed by its fields:
// one generic impl each, rather than three per declared line.

impl<T: Bare> crate::Serializable for T {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        4 + self.bare_len(check)
    }
    #[inline]
    fn serialize<'a>(&self, w: Writer<'a>) -> Writer<'a> {
        self.serialize_fields::<true>(w)
    }
}

impl<T: Bare> crate::Deserializable for T {
    #[inline]
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let at = crate::__private::expect_constructor(r, T::CONSTRUCTOR_ID, T::NAME)?;
        crate::__private::read_nested(r, at)
    }
}

impl<T: Bare> crate::codec::WireSize for T {
    const MIN_LEN: usize = 4 + T::MIN_BARE_LEN;
    const LEAF: bool = T::LEAF;
}

/// A method: a request whose answer is a `Return`.
pub trait RemoteCall: crate::Serializable {
    /// What the server answers with.
    type Return: crate::Deserializable;
    /// The errors the method is documented to return, as an enum whose
    /// `Other` variant holds any other [`RpcError`](crate::RpcError); just
    /// `RpcError` when none are documented (declared with `#[error(...)]`).
    type Error: From<crate::RpcError> + core::fmt::Debug + core::fmt::Display;
    /// Whether bots may call it, when documented (`#[bots(yes)]`).
    const BOTS_CAN_CALL: Option<bool> = None;
}

#[cfg(test)]
mod tests {
    use super::{FieldShape, Shape};

    const fn field(min_len: usize, fixed_len: Option<usize>, leaf: bool) -> FieldShape {
        FieldShape { min_len, fixed_len, leaf }
    }

    #[test]
    fn the_prefix_stops_at_the_first_field_of_varying_length() {
        let shape = Shape::of(&[
            field(4, Some(4), true),
            field(0, Some(0), true),
            field(8, Some(8), true),
            field(4, None, true),
            field(4, Some(4), true),
        ]);
        assert_eq!(shape, Shape { min_len: 20, fixed_prefix: 12, leaf: true });
    }

    #[test]
    fn one_nesting_field_makes_the_constructor_nest() {
        let shape = Shape::of(&[field(4, Some(4), true), field(4, None, false)]);
        assert_eq!(shape, Shape { min_len: 8, fixed_prefix: 4, leaf: false });
    }

    #[test]
    fn no_fields_take_no_bytes() {
        assert_eq!(Shape::of(&[]), Shape { min_len: 0, fixed_prefix: 0, leaf: true });
    }
}
