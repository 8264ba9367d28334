//! What the DSL implements for every declared line.

use crate::error::DecodeError;
use crate::read::Reader;
use crate::schema_line::SchemaLine;
use crate::write::{LenCheck, Run, Writer};

/// A TL definition (constructor or method) with its id and schema line.
pub trait Identifiable {
    /// The constructor id.
    const CONSTRUCTOR_ID: u32;
    /// The TL name, e.g. `contacts.addContact`.
    const NAME: &'static str;
    /// The schema line in `.tl` spelling, without the trailing `;`.
    const SCHEMA: SchemaLine;
}

/// The bare form of a constructor or method: its fields without the id.
///
/// The boxed form ([`Serializable`](crate::Serializable)) is the id followed
/// by this; a bare reference (`%future_salt`, `vector<%T>`) uses it alone.
pub trait Bare: Identifiable + Sized {
    /// The fewest bytes the fields take (every conditional field absent):
    /// bounds what a count of bare values may allocate.
    const MIN_BARE_LEN: usize;
    /// Whether every field is a leaf (see
    /// [`WireSize::LEAF`](crate::codec::WireSize::LEAF)).
    #[doc(hidden)]
    const LEAF: bool;
    /// Length of the fields; disagreeing shared flag bits and over-long
    /// strings are noted in `check`.
    fn bare_len(&self, check: &mut LenCheck) -> usize;
    /// Writes the fields.
    #[inline]
    fn serialize_bare(&self, mut w: Writer<'_>) {
        let mut run = Run::new();
        self.serialize_fields(w.reborrow(), &mut run);
        run.flush(w);
    }
    /// Writes the fields after what `run` holds (see [`Run`]), leaving the
    /// last fixed-size ones in it.
    #[doc(hidden)]
    fn serialize_fields(&self, w: Writer<'_>, run: &mut Run);
    /// Reads the fields.
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DecodeError>;
}

// Every constructor and method is boxed as its id followed by its fields:
// one generic impl each, rather than three per declared line.

impl<T: Bare> crate::Serializable for T {
    #[inline]
    fn measure(&self, check: &mut LenCheck) -> usize {
        4 + self.bare_len(check)
    }
    #[inline]
    fn serialize(&self, mut w: Writer<'_>) {
        let mut run = Run::new();
        run.push_u32(w.reborrow(), T::CONSTRUCTOR_ID);
        self.serialize_fields(w.reborrow(), &mut run);
        run.flush(w);
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
