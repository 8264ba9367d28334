//! The layer-wide registry: every definition of layer 122 and of the MTProto
//! service schema, looked up by constructor id.
//!
//! [`Object`] decodes any boxed value (constructor or method call) by its
//! leading id, re-encodes it, and prints it as TL text.

use std::any::Any;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use tlwire_dsl::codec::WireSize;
pub use tlwire_dsl::registry::{Definition, DynValue, Kind};
use tlwire_dsl::{
    DecodeError, DecodeErrorKind, Deserializable, LenCheck, Reader, Serializable, TextWriter, TlText, Writer,
};

/// Every definition: layer 122 first, then the MTProto service schema,
/// each in schema order.
///
/// This and every function that reaches the tables is `#[inline]`: the
/// registry's code (a decoder per type and, through the trait objects, every
/// type's encoder and printer) is then compiled only into crates that use
/// it, such as the `tl` tool, and not into every build of the layer. A
/// non-inline function here that reached the tables would compile all of it
/// into this crate.
#[inline]
pub fn definitions() -> impl Iterator<Item = &'static Definition> {
    crate::definitions::DEFINITIONS.iter().chain(crate::mtproto::definitions::DEFINITIONS.iter())
}

#[inline]
fn index() -> &'static HashMap<u32, &'static Definition> {
    static INDEX: OnceLock<HashMap<u32, &'static Definition>> = OnceLock::new();
    INDEX.get_or_init(|| definitions().map(|d| (d.id, d)).collect())
}

/// The definition with constructor id `id`, if declared.
#[inline]
pub fn lookup(id: u32) -> Option<&'static Definition> {
    index().get(&id).copied()
}

/// Any boxed value of the layer: a constructor or a method call, its type
/// known at run time.
///
/// ```
/// use tlwire::{Deserializable, Object, Serializable, tl_text};
/// let bytes = [0x7e, 0xaf, 0x17, 0xe3]; // updatesTooLong#e317af7e
/// let obj = Object::from_bytes(&bytes).unwrap();
/// assert_eq!(tl_text(&obj).to_string(), "updatesTooLong");
/// assert_eq!(obj.to_bytes().unwrap(), bytes);
/// ```
pub struct Object(Box<dyn DynValue>);

impl Object {
    /// Wraps a declared value.
    pub fn new(value: impl DynValue) -> Self {
        Self(Box::new(value))
    }

    /// The value's constructor id.
    pub fn id(&self) -> u32 {
        self.0.constructor().0
    }

    /// The value's TL name.
    pub fn name(&self) -> &'static str {
        self.0.constructor().1
    }

    /// The value as a `T`, if it is one. A decoded constructor is held as
    /// its boxed type, so ask for the enum (`enums::User`, then match); a
    /// method call as its struct (`functions::contacts::AddContact`); a
    /// value given to [`Object::new`] as what it was.
    ///
    /// ```
    /// use tlwire::{Deserializable, Object, enums};
    /// let obj = Object::from_bytes(&[0x7e, 0xaf, 0x17, 0xe3]).unwrap();
    /// assert!(matches!(obj.downcast_ref::<enums::Updates>(), Some(enums::Updates::UpdatesTooLong(_))));
    /// ```
    pub fn downcast_ref<T: 'static>(&self) -> Option<&T> {
        let value: &dyn Any = &*self.0;
        value.downcast_ref()
    }
}

impl Serializable for Object {
    fn measure(&self, check: &mut LenCheck) -> usize {
        self.0.measure(check)
    }
    fn serialize(&self, w: Writer<'_>) {
        self.0.serialize(w);
    }
}

impl Deserializable for Object {
    #[inline]
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DecodeError> {
        let at = r.offset();
        // Peek: the definition's decoder reads the id itself.
        let id = r.clone().read_u32()?;
        match lookup(id).and_then(|d| d.decode) {
            Some(decode) => Ok(Self(decode(r)?)),
            None => Err(DecodeError::new(at, DecodeErrorKind::UnknownConstructor { id, ty: "Object" })),
        }
    }
}

impl WireSize for Object {}

impl TlText for Object {
    fn write_tl(&self, t: &mut TextWriter<'_>) -> fmt::Result {
        self.0.write_tl(t)
    }
}

/// Debug output is the value's TL text: a registry value's Rust `Debug`
/// would cost a `Debug` implementation of every type of the layer.
impl fmt::Debug for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Object({})", tlwire_dsl::tl_text(self))
    }
}

/// Two objects are equal when they encode to the same bytes.
impl PartialEq for Object {
    fn eq(&self, other: &Self) -> bool {
        self.id() == other.id() && self.to_bytes().ok() == other.to_bytes().ok()
    }
}
