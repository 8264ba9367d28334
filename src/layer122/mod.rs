//! API layer 122 (`schema/api-layer122.tl`, 873 constructors and 360
//! methods): the seeds' layer, the one the GramJS golden data
//! (`telegram@1.5.27`) was made from. Feature `layer-122` (default).
//!
//! [`types`] holds a struct per constructor, [`enums`] an enum per boxed
//! type, [`functions`] a struct per method, [`views`] borrowed views of the
//! lines that carry bulk `bytes`; [`Definitions`] lists them all for a
//! registry, and [`Layer122`] is the schema of this layer plus the MTProto
//! service schema, which [`Object`] decodes through.
//!
//! The three trees and `definitions.rs` are the output of `tl convert` on
//! the layer's `.tl` file (with the seed method pages for the docs); CI
//! converts again and compares.
//!
//! ```
//! use tlwire::layer122::{Object, types};
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
pub mod views;

pub use definitions::Definitions;

/// The layer number, as sent in `invokeWithLayer`.
pub const LAYER: i32 = 122;

crate::tl_schema! {
    /// Layer 122 and the MTProto service schema, as one registry: what
    /// [`Object`] decodes through.
    pub struct Layer122 = [Definitions, crate::mtproto::Definitions];
}

/// This layer's own definitions (without the service schema), in schema
/// order: the table [`Definitions`] as used in [`Layer122`].
pub fn definitions() -> &'static [crate::registry::Definition] {
    <Definitions as crate::registry::Table>::definitions::<Layer122>()
}

/// Any boxed value of layer 122 or of the MTProto service schema.
pub type Object = crate::Object<Layer122>;
