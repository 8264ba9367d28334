//! The MTProto service schema (`schema/mtproto.tl`): key exchange, acks,
//! containers, pings, salts. Shared by every layer: each layer's schema
//! (`Layer122`, `Layer230`) lists [`Definitions`] beside its own.
//!
//! Three of its lines publish ids that are not their CRC (`ipPortSecret`,
//! `accessPointRule`, `help.configSimple`) and are declared
//! `#[unchecked_id]`.
mod definitions;
pub mod enums;
pub mod functions;
pub mod types;

pub use definitions::Definitions;
