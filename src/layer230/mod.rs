//! API layer 230 (`schema/api-layer230.tl`, 1,704 constructors and 850
//! methods): today's layer, the `api.tl` of grammers-tl-types 0.11.
//! Feature `layer-230`.
//!
//! [`types`] holds a struct per constructor, [`enums`] an enum per boxed
//! type, [`functions`] a struct per method; [`Definitions`] lists them all
//! for a registry, and [`Layer230`] is the schema of this layer plus the
//! MTProto service schema, which [`Object`] decodes through.
//!
//! The three trees and `definitions.rs` are the output of `tl convert` on
//! the layer's `.tl` file; CI converts again and compares.
//!
//! ```
//! use tlwire::layer230::{Object, types};
//! use tlwire::{Deserializable, Serializable};
//!
//! let user = types::InputUser { user_id: 5, access_hash: -7 };
//! let obj = Object::from_bytes(&user.to_bytes().unwrap()).unwrap();
//! assert_eq!(obj.name(), "inputUser");
//! ```

mod definitions;
pub mod enums;
pub mod functions;
pub mod types;

pub use definitions::Definitions;

/// The layer number, as sent in `invokeWithLayer`.
pub const LAYER: i32 = 230;

crate::tl_schema! {
    /// Layer 230 and the MTProto service schema, as one registry: what
    /// [`Object`] decodes through.
    pub struct Layer230 = [Definitions, crate::mtproto::Definitions];
}

/// This layer's own definitions (without the service schema), in schema
/// order: the table [`Definitions`] as used in [`Layer230`].
pub fn definitions() -> &'static [crate::registry::Definition] {
    <Definitions as crate::registry::Table>::definitions::<Layer230>()
}

/// Any boxed value of layer 230 or of the MTProto service schema.
pub type Object = crate::Object<Layer230>;
