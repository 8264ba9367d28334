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
use crate::text::{TextWriter, TlText};
use crate::write::{LenCheck, Serializable, Writer};

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
    pub schema: &'static str,
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
    /// The constructor id.
    fn constructor_id(&self) -> u32;
    /// The TL name of the constructor.
    fn constructor_name(&self) -> &'static str;
    /// The constructor's struct, for downcasting.
    fn constructor_any(&self) -> &dyn Any;
}

impl<T: Identifiable + 'static> Constructed for T {
    #[inline]
    fn constructor_id(&self) -> u32 {
        T::CONSTRUCTOR_ID
    }
    #[inline]
    fn constructor_name(&self) -> &'static str {
        T::NAME
    }
    #[inline]
    fn constructor_any(&self) -> &dyn Any {
        self
    }
}

/// A declared value whose type is only known at run time.
///
/// Deliberately without `Debug` and `Clone`: a registry holding every
/// definition would instantiate both for every type of the layer (measured:
/// 11.6 s of a 69.5 s release build of layer 122), for two conveniences that
/// TL text and re-encoding cover.
pub trait DynValue: Send + Sync + 'static {
    /// Its constructor id.
    fn id(&self) -> u32;
    /// Its TL name.
    fn name(&self) -> &'static str;
    /// Length of its boxed encoding (see [`Serializable::measure`]).
    fn measure(&self, check: &mut LenCheck) -> usize;
    /// Writes its boxed encoding.
    fn serialize(&self, w: &mut Writer<'_>);
    /// Prints it as TL text.
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result;
    /// The value itself, for downcasting (a struct, or a boxed type's enum).
    fn as_any(&self) -> &dyn Any;
    /// The constructor's struct, for downcasting (the enum's variant).
    fn constructor_any(&self) -> &dyn Any;
}

impl<T: Constructed + Serializable + TlText + Send + Sync + 'static> DynValue for T {
    fn id(&self) -> u32 {
        Constructed::constructor_id(self)
    }
    fn name(&self) -> &'static str {
        Constructed::constructor_name(self)
    }
    fn measure(&self, check: &mut LenCheck) -> usize {
        Serializable::measure(self, check)
    }
    fn serialize(&self, w: &mut Writer<'_>) {
        Serializable::serialize(self, w)
    }
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        TlText::write_tl(self, t)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn constructor_any(&self) -> &dyn Any {
        Constructed::constructor_any(self)
    }
}

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
        pub static DEFINITIONS: &[$crate::registry::Definition] = &[
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
