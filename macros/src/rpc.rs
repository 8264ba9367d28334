//! Errors a server answers a call with (`rpc_error#2144ca19`).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// An `rpc_error` the server answered with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcError {
    /// The error code: 400, 401, 403, 420, 500…
    pub code: i32,
    /// The error name with its number replaced by `X`: `FLOOD_WAIT_X`.
    pub name: String,
    /// The number Telegram put in the name: 30 for `FLOOD_WAIT_30`.
    pub value: Option<u32>,
    /// The message exactly as sent: `FLOOD_WAIT_30`.
    pub message: String,
}

impl RpcError {
    /// Parses `error_message`: a numeric part becomes [`value`](Self::value).
    pub fn new(code: i32, message: String) -> Self {
        let numeric = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        let value = message.split('_').find(|p| numeric(p)).and_then(|p| p.parse().ok());
        let name = message.split('_').map(|p| if numeric(p) { "X" } else { p }).collect::<Vec<_>>().join("_");
        Self { code, name, value, message }
    }

    /// Is this the error `name` (`"CONTACT_ID_INVALID"`, `"FLOOD_WAIT_X"`)?
    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }
}

impl fmt::Display for RpcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RPC error {} {}", self.code, self.message)
    }
}

impl core::error::Error for RpcError {}
