//! The MTProto service schema (`mtproto.tl`): key exchange, acks,
//! containers, pings, salts. Three of its lines publish ids that are not
//! their CRC (`ipPortSecret`, `accessPointRule`, `help.configSimple`) and are
//! declared `#[unchecked_id]`.
pub mod definitions;
pub mod enums;
pub mod functions;
pub mod types;
