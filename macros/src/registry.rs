//! Definitions as data: what a layer-wide registry lists and decodes.
//!
//! `tl_definitions!` turns a list of TL names (what `tl convert` writes as
//! `definitions.rs`) into a static slice of [`Definition`]s: id, name,
//! schema line, and a function that decodes a value of the definition (a
//! constructor through its boxed type's enum) into a type-erased
//! [`DynValue`].

use alloc::boxed::Box;
use core::any::Any;
use core::fmt;

use crate::call::Identifiable;
use crate::error::DecodeError;
use crate::read::{Deserializable, Reader};
use crate::schema_line::SchemaLine;
use crate::text::TlText;
use crate::write::Serializable;

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

/// Decodes a whole boxed value of a definition, its constructor id included
/// (the caller has only peeked at it).
pub type DecodeFn = fn(&mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError>;

/// One declared definition.
#[derive(Clone, Copy)]
pub struct Definition {
    /// Constructor id.
    pub id: u32,
    /// TL name (`contacts.addContact`).
    pub name: &'static str,
    /// Schema line in `.tl` spelling, without `;`.
    pub schema: SchemaLine,
    /// Constructor, method or builtin.
    pub kind: Kind,
    /// Reads a value of the definition; `None` for the builtin `vector`.
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
    /// The definition of constructor `T`, decoded as its boxed type `D`
    /// (the enum `T` is a variant of).
    ///
    /// Decoding through the type's enum, which the fields of other
    /// constructors use anyway, instantiates one decoder per boxed type
    /// rather than one per constructor.
    pub const fn constructor<T: Identifiable, D: DynValue + Deserializable>() -> Self {
        Self {
            id: T::CONSTRUCTOR_ID,
            name: T::NAME,
            schema: T::SCHEMA,
            kind: Kind::Constructor,
            decode: Some(decode::<D>),
        }
    }

    /// The definition of method `T`.
    pub const fn method<T: Identifiable + DynValue + Deserializable>() -> Self {
        Self { id: T::CONSTRUCTOR_ID, name: T::NAME, schema: T::SCHEMA, kind: Kind::Method, decode: Some(decode::<T>) }
    }

    /// The definition of a builtin, listed but not decoded on its own.
    pub const fn builtin<T: Identifiable>() -> Self {
        Self { id: T::CONSTRUCTOR_ID, name: T::NAME, schema: T::SCHEMA, kind: Kind::Builtin, decode: None }
    }
}

fn decode<D: DynValue + Deserializable>(r: &mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError> {
    Ok(Box::new(D::deserialize(r)?))
}

/// What a value says of its constructor at run time: a constructor's or
/// method's struct of itself, a boxed type's enum of the variant it holds.
pub trait Constructed {
    /// The constructor id and TL name.
    fn constructor(&self) -> (u32, &'static str);
}

impl<T: Identifiable> Constructed for T {
    #[inline]
    fn constructor(&self) -> (u32, &'static str) {
        (T::CONSTRUCTOR_ID, T::NAME)
    }
}

/// A declared value whose type is only known at run time:
/// `Box<dyn DynValue>` encodes, prints and downcasts (through `Any`).
///
/// No methods of its own: the vtable of `dyn DynValue` points straight at
/// each type's `Serializable`, `TlText` and `Constructed` methods, which
/// exist anyway, rather than at a shim per method and type. Deliberately
/// without `Debug` and `Clone`: a registry holding every definition would
/// instantiate both for every type of the layer (measured: 11.6 s of a
/// 69.5 s release build of layer 122), for two conveniences that TL text and
/// re-encoding cover.
pub trait DynValue: Constructed + Serializable + TlText + Any + Send + Sync {}

impl<T: Constructed + Serializable + TlText + Any + Send + Sync> DynValue for T {}

/// Lists definitions in schema order as `pub static DEFINITIONS`.
///
/// Entries are `constructor name: Type` (decoded through `Type`'s enum),
/// `method ns.name`, `generic name` (a generic method, decoded with `object`
/// as its `X`) and `builtin vector`; `types`, `enums` and `functions` must be
/// in scope.
#[macro_export]
macro_rules! tl_definitions {
    (object: $object:ty; $($kind:ident $name:ident $(. $name2:ident)? $(: $t:ident $(. $t2:ident)?)?,)*) => { $crate::__private::paste! {
        /// Every definition of this schema, in schema order.
        ///
        /// A `const`, not a `static`: its decoders (one per type of the
        /// schema, and through them every type's encoder and printer) are
        /// compiled into the crate that uses the table, not into every
        /// crate that declares the schema.
        pub const DEFINITIONS: &[$crate::registry::Definition] = &[
            $( $crate::__tl_definition!($object; $kind [$name $(. [<$name2:camel>])?] [<$name:camel>] [$($t $(. $t2)?)?]) ),*
        ];
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_definition {
    ($o:ty; constructor [$n:ident] $c:ident [$($t:tt)+]) => {
        $crate::registry::Definition::constructor::<types::$c, $crate::__tl_enum_path!($($t)+)>()
    };
    ($o:ty; constructor [$ns:ident . $c:ident] $_n:ident [$($t:tt)+]) => {
        $crate::registry::Definition::constructor::<types::$ns::$c, $crate::__tl_enum_path!($($t)+)>()
    };
    ($o:ty; method [$n:ident] $c:ident []) => {
        $crate::registry::Definition::method::<functions::$c>()
    };
    ($o:ty; method [$ns:ident . $c:ident] $_n:ident []) => {
        $crate::registry::Definition::method::<functions::$ns::$c>()
    };
    ($o:ty; generic [$n:ident] $c:ident []) => {
        $crate::registry::Definition::method::<functions::$c<$o>>()
    };
    ($o:ty; builtin [$n:ident] $c:ident []) => {
        $crate::registry::Definition::builtin::<types::$c>()
    };
}

/// A boxed type's enum (`enums::Bool`, `enums::contacts::Contacts`): unlike
/// `__tl_ty!`, never the primitive a type like `Bool` stands for.
#[doc(hidden)]
#[macro_export]
macro_rules! __tl_enum_path {
    ($t:ident) => { $crate::__private::paste!(enums::[<$t:camel>]) };
    ($ns:ident . $t:ident) => { $crate::__private::paste!(enums::$ns::[<$t:camel>]) };
}
