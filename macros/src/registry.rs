//! Definitions as data: what a layer-wide registry lists and decodes.
//!
//! `tl_definitions!` turns a list of TL names (what `tl convert` writes as
//! `definitions.rs`) into a static slice of [`Definition`]s: id, name,
//! schema line, and a function that decodes the definition's fields into a
//! type-erased [`DynValue`].

use alloc::boxed::Box;
use core::any::Any;
use core::fmt;

use crate::call::{Bare, Identifiable};
use crate::error::{DecodeError, EncodeError};
use crate::read::Reader;
use crate::text::{TextWriter, TlText};
use crate::write::Writer;

/// What kind of definition a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A constructor (above `---functions---`).
    Constructor,
    /// A method (below `---functions---`).
    Method,
    /// TL's builtin `vector`, which has no struct of its own.
    Builtin,
}

/// Decodes a definition's fields (the id already read) into a value.
pub type DecodeFn = fn(&mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError>;

/// One declared definition.
#[derive(Clone, Copy)]
pub struct Definition {
    /// Constructor id.
    pub id: u32,
    /// TL name (`contacts.addContact`).
    pub name: &'static str,
    /// Schema line in `.tl` spelling, without `;`.
    pub schema: &'static str,
    /// Constructor, method or builtin.
    pub kind: Kind,
    /// Reads the fields after the id; `None` for the builtin `vector`.
    pub decode: Option<DecodeFn>,
}

impl fmt::Debug for Definition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Definition")
            .field("id", &format_args!("{:#010x}", self.id))
            .field("schema", &self.schema)
            .finish()
    }
}

impl Definition {
    /// The definition of a constructor or method `T`.
    pub const fn of<T: Identifiable + Bare + TlText + fmt::Debug + Clone + Send + Sync + 'static>(kind: Kind) -> Self {
        Self { id: T::CONSTRUCTOR_ID, name: T::NAME, schema: T::SCHEMA, kind, decode: Some(decode_bare::<T>) }
    }

    /// The definition of a builtin, listed but not decoded on its own.
    pub const fn builtin<T: Identifiable>() -> Self {
        Self { id: T::CONSTRUCTOR_ID, name: T::NAME, schema: T::SCHEMA, kind: Kind::Builtin, decode: None }
    }
}

fn decode_bare<T: Bare + TlText + fmt::Debug + Clone + Send + Sync + 'static>(
    r: &mut Reader<'_>,
) -> Result<Box<dyn DynValue>, DecodeError> {
    Ok(Box::new(T::deserialize_bare(r)?))
}

/// A declared value whose type is only known at run time.
pub trait DynValue: fmt::Debug + Send + Sync + 'static {
    /// Its constructor id.
    fn id(&self) -> u32;
    /// Its TL name.
    fn name(&self) -> &'static str;
    /// Length of its fields (bare).
    fn bare_len(&self) -> Result<usize, EncodeError>;
    /// Writes its fields (bare).
    fn serialize_bare(&self, w: &mut Writer<'_>);
    /// Prints it as TL text.
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result;
    /// A boxed copy.
    fn clone_box(&self) -> Box<dyn DynValue>;
    /// For downcasting to the concrete struct.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Bare + TlText + fmt::Debug + Clone + Send + Sync + 'static> DynValue for T {
    fn id(&self) -> u32 {
        T::CONSTRUCTOR_ID
    }
    fn name(&self) -> &'static str {
        T::NAME
    }
    fn bare_len(&self) -> Result<usize, EncodeError> {
        Bare::bare_len(self)
    }
    fn serialize_bare(&self, w: &mut Writer<'_>) {
        Bare::serialize_bare(self, w)
    }
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        TlText::write_tl(self, t)
    }
    fn clone_box(&self) -> Box<dyn DynValue> {
        Box::new(self.clone())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Lists definitions in schema order as `pub static DEFINITIONS`.
///
/// Entries are `constructor name`, `method ns.name`, `generic name` (a
/// generic method, decoded with `object` as its `X`) and `builtin vector`;
/// `types` and `functions` must be in scope.
#[macro_export]
macro_rules! tl_definitions {
    (object: $object:ty; $($kind:ident $name:ident $(. $name2:ident)?,)*) => { $crate::__private::paste! {
        /// Every definition of this schema, in schema order.
        pub static DEFINITIONS: &[$crate::registry::Definition] = &[
            $( $crate::__tl_definition!($object; $kind $name $(. [<$name2:camel>])? [<$name:camel>]) ),*
        ];
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_definition {
    ($o:ty; constructor $n:ident $c:ident) => {
        $crate::registry::Definition::of::<types::$c>($crate::registry::Kind::Constructor)
    };
    ($o:ty; constructor $ns:ident . $c:ident $_n:ident) => {
        $crate::registry::Definition::of::<types::$ns::$c>($crate::registry::Kind::Constructor)
    };
    ($o:ty; method $n:ident $c:ident) => {
        $crate::registry::Definition::of::<functions::$c>($crate::registry::Kind::Method)
    };
    ($o:ty; method $ns:ident . $c:ident $_n:ident) => {
        $crate::registry::Definition::of::<functions::$ns::$c>($crate::registry::Kind::Method)
    };
    ($o:ty; generic $n:ident $c:ident) => {
        $crate::registry::Definition::of::<functions::$c<$o>>($crate::registry::Kind::Method)
    };
    ($o:ty; builtin $n:ident $c:ident) => {
        $crate::registry::Definition::builtin::<types::$c>()
    };
}
