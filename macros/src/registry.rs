//! Definitions as data: what a registry lists and decodes by id.
//!
//! `tl_definitions!` turns a list of TL names (what `tl convert` writes as
//! `definitions.rs`) into a [`Table`]: a slice of [`Definition`]s, each with
//! id, name, schema line, and a function that decodes a value of the
//! definition (a constructor through its boxed type's enum) into a
//! type-erased [`DynValue`]. A [`Registry`] indexes one or more tables by
//! id; a [`Schema`] (declared with [`tl_schema!`](crate::tl_schema)) names
//! a registry as a type, which [`Object`](crate::Object) decodes through.
//! Nothing here belongs to a layer: a layer, the MTProto service schema and
//! a user's own lines are each a table, combined as their user chooses.

use alloc::boxed::Box;
use alloc::vec::Vec;
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
    /// Reads a value of the definition from its JSON fields (`_` taken
    /// out); `None` for the builtin `vector`.
    #[cfg(feature = "serde")]
    pub from_json: Option<crate::json::FromJsonFn>,
    /// With the feature `views`: reads a value of the definition through
    /// its view; `None` for the builtin `vector` and for methods with a
    /// type parameter, which have no view.
    #[cfg(feature = "views")]
    pub view: Option<ViewFns>,
}

/// What a [`Definition`] reads through its view (the feature `views`).
#[cfg(feature = "views")]
#[derive(Clone, Copy)]
pub struct ViewFns {
    /// Reads a whole boxed value of the definition in place, strictly,
    /// allocating nothing, and drops it: what decoding checks, without
    /// building the value.
    pub check: fn(&mut Reader<'_>) -> Result<(), DecodeError>,
    /// Reads the value in place, then copies it into the owned value, as
    /// [`Definition::decode`] gives it.
    pub decode: DecodeFn,
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
    pub const fn constructor<T: JsonLine, D: DynValue + Deserializable + From<T> + ViewLine>() -> Self {
        Self {
            #[cfg(feature = "views")]
            view: Some(ViewFns { check: check_type_view::<D>, decode: decode_type_view::<D> }),
            ..Self::line::<T, D>(Kind::Constructor)
        }
    }

    /// The definition of method `T`.
    pub const fn method<T: JsonLine + DynValue + Deserializable + crate::Bare + ViewLine>() -> Self {
        Self {
            #[cfg(feature = "views")]
            view: Some(ViewFns { check: check_method_view::<T>, decode: decode_method_view::<T> }),
            ..Self::line::<T, T>(Kind::Method)
        }
    }

    /// The definition of method `T` with a type parameter (`invokeWithLayer`,
    /// its parameter filled in): it has no view.
    pub const fn generic_method<T: JsonLine + DynValue + Deserializable>() -> Self {
        Self::line::<T, T>(Kind::Method)
    }

    /// Line `T`, decoded as `D`, without a view.
    const fn line<T: JsonLine, D: DynValue + Deserializable + From<T>>(kind: Kind) -> Self {
        Self {
            id: T::CONSTRUCTOR_ID,
            name: T::NAME,
            schema: T::SCHEMA,
            kind,
            decode: Some(decode::<D>),
            #[cfg(feature = "serde")]
            from_json: Some(crate::json::from_json_fn::<T, D>),
            #[cfg(feature = "views")]
            view: None,
        }
    }

    /// The definition of a builtin, listed but not decoded on its own.
    pub const fn builtin<T: Identifiable>() -> Self {
        Self {
            id: T::CONSTRUCTOR_ID,
            name: T::NAME,
            schema: T::SCHEMA,
            kind: Kind::Builtin,
            decode: None,
            #[cfg(feature = "serde")]
            from_json: None,
            #[cfg(feature = "views")]
            view: None,
        }
    }
}

/// A line a registry can list: [`Identifiable`], and with the `serde`
/// feature also [`JsonObject`](crate::json::JsonObject), so that
/// [`Object`](crate::Object) reads it from JSON.
#[cfg(feature = "serde")]
pub trait JsonLine: Identifiable + crate::json::JsonObject {}
#[cfg(feature = "serde")]
impl<T: Identifiable + crate::json::JsonObject> JsonLine for T {}

/// A line a registry can list: [`Identifiable`] (and, with the `serde`
/// feature, JSON).
#[cfg(not(feature = "serde"))]
pub trait JsonLine: Identifiable {}
#[cfg(not(feature = "serde"))]
impl<T: Identifiable> JsonLine for T {}

fn decode<D: DynValue + Deserializable>(r: &mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError> {
    Ok(Box::new(D::deserialize(r)?))
}

/// A line whose definition has a view: with the feature `views`, what
/// [`HasView`](crate::HasView) gives; without it, any line.
#[cfg(feature = "views")]
pub trait ViewLine: crate::HasView {}
#[cfg(feature = "views")]
impl<T: crate::HasView> ViewLine for T {}

/// A line whose definition has a view: with the feature `views`, what
/// [`HasView`](crate::HasView) gives; without it, any line.
#[cfg(not(feature = "views"))]
pub trait ViewLine {}
#[cfg(not(feature = "views"))]
impl<T> ViewLine for T {}

/// A constructor's value read through its type's view `enums::…Ref`.
#[cfg(feature = "views")]
fn check_type_view<D: crate::HasView>(r: &mut Reader<'_>) -> Result<(), DecodeError> {
    <crate::ViewOf<'_, D> as crate::ViewValue<'_>>::read_view(r).map(drop)
}

#[cfg(feature = "views")]
fn decode_type_view<D: crate::HasView + DynValue>(r: &mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError> {
    let view = <crate::ViewOf<'_, D> as crate::ViewValue<'_>>::read_view(r)?;
    Ok(Box::new(D::from_view(view)))
}

/// A method's value read through its view: the id, then the fields.
#[cfg(feature = "views")]
fn read_method_view<'a, T: crate::HasView + crate::Bare>(
    r: &mut Reader<'a>,
) -> Result<crate::ViewOf<'a, T>, DecodeError> {
    let at = crate::__private::expect_constructor(r, T::CONSTRUCTOR_ID, T::NAME)?;
    r.nested(at, T::LEAF, <crate::ViewOf<'a, T> as crate::ViewValue<'a>>::read_view)
}

#[cfg(feature = "views")]
fn check_method_view<T: crate::HasView + crate::Bare>(r: &mut Reader<'_>) -> Result<(), DecodeError> {
    read_method_view::<T>(r).map(drop)
}

#[cfg(feature = "views")]
fn decode_method_view<T: crate::HasView + crate::Bare + DynValue>(
    r: &mut Reader<'_>,
) -> Result<Box<dyn DynValue>, DecodeError> {
    let view = read_method_view::<T>(r)?;
    Ok(Box::new(T::from_view(view)))
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
///
/// With the `serde` feature it also writes JSON
/// (`json::JsonDyn`).
pub trait DynValue: Constructed + Serializable + TlText + DynJson + Any + Send + Sync {}

impl<T: Constructed + Serializable + TlText + DynJson + Any + Send + Sync> DynValue for T {}

/// What a [`DynValue`] needs for JSON: [`JsonDyn`](crate::json::JsonDyn)
/// with the `serde` feature, nothing without.
#[cfg(feature = "serde")]
pub trait DynJson: crate::json::JsonDyn {}
#[cfg(feature = "serde")]
impl<T: crate::json::JsonDyn> DynJson for T {}

/// What a [`DynValue`] needs for JSON: nothing without the `serde` feature.
#[cfg(not(feature = "serde"))]
pub trait DynJson {}
#[cfg(not(feature = "serde"))]
impl<T> DynJson for T {}

/// A value known only at run time encodes as what it holds:
/// `boxed.to_bytes()`, `boxed.encode_into(&mut buf)`.
impl Serializable for Box<dyn DynValue> {
    #[inline]
    fn measure(&self, check: &mut crate::LenCheck) -> usize {
        (**self).measure(check)
    }
    #[inline]
    fn serialize<'a>(&self, w: crate::Writer<'a>) -> crate::Writer<'a> {
        (**self).serialize(w)
    }
}

/// A list of definitions that a [`Registry`] can index: what
/// [`tl_definitions!`](crate::tl_definitions) declares for a schema
/// (`tlwire::layer230::Definitions`, `tlwire::mtproto::Definitions`, or a
/// user's own).
pub trait Table {
    /// The definitions in schema order, for use in schema `S`: a generic
    /// method's `X` is decoded as `Object<S>`, so the query inside an
    /// `invokeWithLayer` is looked up in the same registry as the call.
    fn definitions<S: Schema>() -> &'static [Definition];
}

/// A registry as a type: what [`Object<S>`](crate::Object) decodes through.
/// Declare one with [`tl_schema!`](crate::tl_schema).
pub trait Schema: 'static {
    /// The registry of this schema's tables, built on first use.
    fn registry() -> &'static Registry;
}

/// Definitions of one or more tables, indexed by constructor id.
///
/// When two tables declare the same id, the one listed first wins: list a
/// user's own lines before a layer's to override its definitions.
pub struct Registry {
    tables: Vec<&'static [Definition]>,
    by_id: Vec<&'static Definition>,
}

impl Registry {
    /// Indexes `tables`, earlier tables taking precedence on equal ids.
    pub fn new(tables: &[&'static [Definition]]) -> Self {
        let mut by_id: Vec<&'static Definition> = tables.iter().flat_map(|t| t.iter()).collect();
        // A stable sort keeps equal ids in table order; the first is kept.
        by_id.sort_by_key(|d| d.id);
        by_id.dedup_by_key(|d| d.id);
        Self { tables: tables.to_vec(), by_id }
    }

    /// The definition with constructor id `id`, if any table declares it.
    #[inline]
    pub fn lookup(&self, id: u32) -> Option<&'static Definition> {
        self.by_id.binary_search_by_key(&id, |d| d.id).ok().map(|i| self.by_id[i])
    }

    /// The definition named `name` (`contacts.addContact`), if any table
    /// declares it; the first table's when two do, as for ids.
    pub fn lookup_name(&self, name: &str) -> Option<&'static Definition> {
        self.definitions().find(|d| d.name == name)
    }

    /// Every definition of every table, tables in order, each in schema
    /// order (an id declared by two tables appears twice).
    pub fn definitions(&self) -> impl Iterator<Item = &'static Definition> + '_ {
        self.tables.iter().flat_map(|t| t.iter())
    }

    /// Decodes a boxed value of any definition of the registry from
    /// `r`, by its leading constructor id.
    pub fn decode(&self, r: &mut Reader<'_>) -> Result<Box<dyn DynValue>, DecodeError> {
        let at = r.offset();
        // Peek: the definition's decoder reads the id itself.
        let id = r.clone().read_u32()?;
        match self.lookup(id).and_then(|d| d.decode) {
            Some(decode) => decode(r),
            None => Err(DecodeError::new(at, crate::DecodeErrorKind::UnknownConstructor { id, ty: "Object" })),
        }
    }
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry").field("tables", &self.tables.len()).field("ids", &self.by_id.len()).finish()
    }
}

/// Declares a [`Schema`]: a unit struct whose registry combines the listed
/// [`Table`]s, earlier tables taking precedence on equal ids.
///
/// ```ignore
/// tlwire_dsl::tl_schema! {
///     /// My own lines first, then layer 230 and the service schema.
///     pub struct MySchema = [crate::definitions::Definitions, tlwire::layer230::Definitions, tlwire::mtproto::Definitions];
/// }
/// type Object = tlwire_dsl::Object<MySchema>;
/// ```
#[cfg(feature = "std")]
#[macro_export]
macro_rules! tl_schema {
    ($(#[$attr:meta])* $vis:vis struct $name:ident = [$($table:path),+ $(,)?] $(;)?) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        $vis struct $name;

        impl $name {
            /// The registry of this schema's tables, built on first use.
            // `#[inline]`, like everything that reaches the tables: the
            // registry's code (a decoder per type and, through the trait
            // objects, every type's encoder and printer) is then compiled
            // only into crates that use it, not into every build of the
            // crate that declares the schema.
            #[inline]
            $vis fn registry() -> &'static $crate::registry::Registry {
                static REGISTRY: $crate::__private::OnceLock<$crate::registry::Registry> =
                    $crate::__private::OnceLock::new();
                REGISTRY.get_or_init(|| {
                    $crate::registry::Registry::new(&[$(<$table as $crate::registry::Table>::definitions::<$name>()),+])
                })
            }
        }

        impl $crate::registry::Schema for $name {
            #[inline]
            fn registry() -> &'static $crate::registry::Registry {
                $name::registry()
            }
        }
    };
}

/// Lists a schema's definitions, in schema order, as a [`Table`] named
/// `Definitions`.
///
/// Entries are `constructor name: Type` (decoded through `Type`'s enum),
/// `method ns.name`, `generic name` (a generic method, whose `X` is decoded
/// as the [`Object`](crate::Object) of the schema the table is used in) and
/// `builtin vector`; `types`, `enums` and `functions` must be in scope.
/// `tl convert` writes this call as `definitions.rs`.
#[macro_export]
macro_rules! tl_definitions {
    ($($kind:ident $name:ident $(. $name2:ident)? $(: $t:ident $(. $t2:ident)?)?,)*) => { $crate::__private::paste! {
        /// Every definition of this schema, in schema order: a
        /// [`Table`](tlwire_dsl::registry::Table) to build a
        /// [`Registry`](tlwire_dsl::registry::Registry) from.
        #[derive(Debug, Clone, Copy)]
        pub struct Definitions;

        impl $crate::registry::Table for Definitions {
            // A constant, not a `static`: its decoders (one per type of
            // the schema, and through them every type's encoder and printer)
            // are compiled into the crate that uses the table, not into
            // every crate that declares the schema.
            #[inline]
            fn definitions<S: $crate::registry::Schema>() -> &'static [$crate::registry::Definition] {
                const { &[
                    $( $crate::__tl_definition!(S; $kind [$name $(. [<$name2:camel>])?] [<$name:camel>] [$($t $(. $t2)?)?]) ),*
                ] }
            }
        }
    }};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __tl_definition {
    ($o:ident; constructor [$n:ident] $c:ident [$($t:tt)+]) => {
        $crate::registry::Definition::constructor::<types::$c, $crate::__tl_enum_path!($($t)+)>()
    };
    ($o:ident; constructor [$ns:ident . $c:ident] $_n:ident [$($t:tt)+]) => {
        $crate::registry::Definition::constructor::<types::$ns::$c, $crate::__tl_enum_path!($($t)+)>()
    };
    ($o:ident; method [$n:ident] $c:ident []) => {
        $crate::registry::Definition::method::<functions::$c>()
    };
    ($o:ident; method [$ns:ident . $c:ident] $_n:ident []) => {
        $crate::registry::Definition::method::<functions::$ns::$c>()
    };
    ($o:ident; generic [$n:ident] $c:ident []) => {
        $crate::registry::Definition::generic_method::<functions::$c<$crate::Object<$o>>>()
    };
    ($o:ident; builtin [$n:ident] $c:ident []) => {
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
