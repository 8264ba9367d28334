//! The response path: what the server sends back for a call.
//!
//! An answer is an `rpc_result#f35c6d01 req_msg_id:long result:Object`,
//! possibly inside a `msg_container#73f1f8dc` and with its result, or the
//! whole answer, compressed as `gzip_packed#3072cfa1 packed_data:bytes`.
//! The result is either the method's `Return` or an
//! `rpc_error#2144ca19 error_code:int error_message:string`. These lines are
//! "parsed manually" in mtproto.tl, so they are read here by hand, for any
//! schema: [`read_result`] needs only the method's types, [`describe`] a
//! [`Schema`] to print what the envelope holds.
//!
//! Needs the feature `std` (gzip).

use std::borrow::Cow;
use std::format;
use std::io::Read;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use crate::registry::Schema;
use crate::{DecodeError, DecodeErrorKind, Deserializable, Object, Reader, RemoteCall, RpcError, tl_text};

/// `rpc_result#f35c6d01`.
pub const RPC_RESULT_ID: u32 = 0xf35c_6d01;
/// `gzip_packed#3072cfa1`.
pub const GZIP_PACKED_ID: u32 = 0x3072_cfa1;
/// `msg_container#73f1f8dc`.
pub const MSG_CONTAINER_ID: u32 = 0x73f1_f8dc;
/// `rpc_error#2144ca19`.
pub const RPC_ERROR_ID: u32 = 0x2144_ca19;

/// The most a `gzip_packed` payload may inflate to: 16 MiB, comfortably
/// above the largest answer Telegram sends (file parts are at most 512 KiB),
/// so a small "gzip bomb" cannot exhaust memory.
pub const MAX_INFLATED_LEN: usize = 16 << 20;

/// Why a call's answer did not give its result. `E` is the method's
/// [`RemoteCall::Error`]: its documented errors as an enum, or [`RpcError`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum CallError<E = RpcError> {
    /// The server answered with an `rpc_error`.
    #[error("{0}")]
    Rpc(E),
    /// The answer's bytes are malformed.
    #[error(transparent)]
    Decode(DecodeError),
    /// No `rpc_result` in the answer is for this request.
    #[error("no answer for req_msg_id {expected:#x} (found {})", fmt_ids(.found))]
    OtherRequest {
        /// The request's message id.
        expected: i64,
        /// The `req_msg_id`s the answer held.
        found: Vec<i64>,
    },
    /// The answer is not an `rpc_result` (nor a container or gzip of one).
    #[error("not an answer: constructor id {id:#010x}")]
    NotAnAnswer {
        /// The leading constructor id.
        id: u32,
    },
    /// A `gzip_packed` payload that is not valid gzip.
    #[error("corrupt gzip_packed payload: {0}")]
    Gzip(String),
    /// A `gzip_packed` payload that inflates past [`MAX_INFLATED_LEN`].
    #[error("gzip_packed payload inflates past {limit} bytes")]
    GzipTooLarge {
        /// The limit.
        limit: usize,
    },
}

impl<E> From<DecodeError> for CallError<E> {
    fn from(e: DecodeError) -> Self {
        Self::Decode(e)
    }
}

fn fmt_ids(ids: &[i64]) -> String {
    if ids.is_empty() { "none".into() } else { ids.iter().map(|i| format!("{i:#x}")).collect::<Vec<_>>().join(", ") }
}

/// Inflates a gzip stream, refusing to go past [`MAX_INFLATED_LEN`].
pub fn gunzip<E>(packed: &[u8]) -> Result<Vec<u8>, CallError<E>> {
    let mut out = Vec::new();
    let mut decoder = flate2::read::GzDecoder::new(packed).take(MAX_INFLATED_LEN as u64 + 1);
    decoder.read_to_end(&mut out).map_err(|e| CallError::Gzip(e.to_string()))?;
    if out.len() > MAX_INFLATED_LEN {
        return Err(CallError::GzipTooLarge { limit: MAX_INFLATED_LEN });
    }
    Ok(out)
}

/// If `bytes` is a `gzip_packed`, its inflated payload; else `bytes`.
fn unpacked<E>(bytes: &[u8]) -> Result<Cow<'_, [u8]>, CallError<E>> {
    let mut r = Reader::new(bytes);
    if r.read_u32().ok() == Some(GZIP_PACKED_ID) {
        let packed = r.read_bytes()?;
        r.finish()?;
        return Ok(gunzip(packed)?.into());
    }
    Ok(bytes.into())
}

/// One message of a `msg_container`.
struct Message<'a> {
    msg_id: i64,
    seqno: i32,
    body: &'a [u8],
}

/// The messages of a `msg_container` whose id `r` has just read: the one
/// walk over a container's framing, shared by [`results`] and [`describe`].
fn container<'a>(r: &mut Reader<'a>) -> Result<Vec<Message<'a>>, DecodeError> {
    let count = r.read_count(16)?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let msg_id = r.read_i64()?;
        let seqno = r.read_i32()?;
        let len_at = r.offset();
        let len = r.read_i32()?;
        let len = usize::try_from(len).ok().filter(|&l| l <= r.remaining()).ok_or_else(|| {
            DecodeError::new(len_at, DecodeErrorKind::Malformed("message length runs past the container"))
        })?;
        out.push(Message { msg_id, seqno, body: r.take(len)? });
    }
    r.finish()?;
    Ok(out)
}

/// The `rpc_result` bodies in an answer, as `(req_msg_id, result bytes)`;
/// `depth` counts the containers around it.
fn results<E>(bytes: &[u8], depth: u32) -> Result<Vec<(i64, Vec<u8>)>, CallError<E>> {
    if depth >= MAX_ENVELOPE_DEPTH {
        return Err(too_deep().into());
    }
    let bytes = unpacked(bytes)?;
    let mut r = Reader::new(&bytes);
    match r.read_u32()? {
        RPC_RESULT_ID => {
            let req = r.read_i64()?;
            Ok(vec![(req, unpacked(r.rest())?.into_owned())])
        }
        MSG_CONTAINER_ID => {
            let mut out = Vec::new();
            for message in container(&mut r)? {
                // Acks, pongs and other service messages ride along: skip them.
                match results(message.body, depth + 1) {
                    Ok(mut inner) => out.append(&mut inner),
                    Err(CallError::NotAnAnswer { .. }) => {}
                    Err(e) => return Err(e),
                }
            }
            Ok(out)
        }
        id => Err(CallError::NotAnAnswer { id }),
    }
}

/// The result of the call with message id `req_msg_id`, from the server's
/// answer `bytes`: an `rpc_result` (or a container holding one, or either
/// gzip-packed). An `rpc_error` becomes [`CallError::Rpc`].
///
/// A `string` of the result that is not UTF-8 is read lossily, as
/// [`Deserializable::from_bytes`] reads it; [`read_result_strict`] refuses
/// it instead.
pub fn read_result<M: RemoteCall>(bytes: &[u8], req_msg_id: i64) -> Result<M::Return, CallError<M::Error>> {
    read_result_in::<M>(bytes, req_msg_id, Deserializable::from_bytes)
}

/// [`read_result`], with the result read by
/// [`Deserializable::from_bytes_strict`]: a `string` that is not UTF-8 is
/// [`DecodeErrorKind::InvalidUtf8`], so that the result re-encodes to the
/// bytes it was read from.
pub fn read_result_strict<M: RemoteCall>(bytes: &[u8], req_msg_id: i64) -> Result<M::Return, CallError<M::Error>> {
    read_result_in::<M>(bytes, req_msg_id, Deserializable::from_bytes_strict)
}

fn read_result_in<M: RemoteCall>(
    bytes: &[u8],
    req_msg_id: i64,
    read: fn(&[u8]) -> Result<M::Return, DecodeError>,
) -> Result<M::Return, CallError<M::Error>> {
    let all = results(bytes, 0)?;
    let found: Vec<i64> = all.iter().map(|(id, _)| *id).collect();
    let (_, body) = all
        .into_iter()
        .find(|(id, _)| *id == req_msg_id)
        .ok_or(CallError::OtherRequest { expected: req_msg_id, found })?;
    let mut r = Reader::new(&body);
    if r.read_u32().ok() == Some(RPC_ERROR_ID) {
        let code = r.read_i32()?;
        let message = String::deserialize(&mut r)?;
        r.finish()?;
        return Err(CallError::Rpc(RpcError::new(code, message).into()));
    }
    Ok(read(&body)?)
}

/// TL text of any message: an envelope (rpc_result, gzip_packed,
/// msg_container) with its contents, or any object of schema `S`.
///
/// A `string` that is not UTF-8 is read lossily (see
/// [`Reader::replaced_strings`]); [`describe_strict`] refuses it. Envelopes
/// nest at most [`MAX_ENVELOPE_DEPTH`] deep.
pub fn describe<S: Schema>(bytes: &[u8]) -> Result<String, CallError> {
    describe_in::<S>(bytes, Object::<S>::from_bytes, 0)
}

/// [`describe`], with objects read by [`Deserializable::from_bytes_strict`]:
/// a `string` that is not UTF-8 is [`DecodeErrorKind::InvalidUtf8`].
pub fn describe_strict<S: Schema>(bytes: &[u8]) -> Result<String, CallError> {
    describe_in::<S>(bytes, Object::<S>::from_bytes_strict, 0)
}

/// How deep envelopes may nest in what [`describe`] and [`read_result`]
/// read (a container's `rpc_result` of a `gzip_packed` is 3 deep): each
/// level is a call of the reader, so hostile input must not choose the depth.
pub const MAX_ENVELOPE_DEPTH: u32 = 16;

fn too_deep() -> DecodeError {
    DecodeError::new(0, DecodeErrorKind::TooDeep { limit: MAX_ENVELOPE_DEPTH })
}

fn describe_in<S: Schema>(
    bytes: &[u8],
    object: fn(&[u8]) -> Result<Object<S>, DecodeError>,
    depth: u32,
) -> Result<String, CallError> {
    if depth >= MAX_ENVELOPE_DEPTH {
        return Err(too_deep().into());
    }
    let inner = |bytes: &[u8]| describe_in::<S>(bytes, object, depth + 1);
    let mut r = Reader::new(bytes);
    match r.read_u32()? {
        RPC_RESULT_ID => {
            let req = r.read_i64()?;
            Ok(format!("rpc_result{{req_msg_id: {req}, result: {}}}", inner(r.rest())?))
        }
        GZIP_PACKED_ID => {
            let packed = r.read_bytes()?;
            r.finish()?;
            Ok(format!("gzip_packed{{packed_data: {}}}", inner(&gunzip(packed)?)?))
        }
        MSG_CONTAINER_ID => {
            let mut parts = Vec::new();
            for m in container(&mut r)? {
                let body = inner(m.body)?;
                let (msg_id, seqno, len) = (m.msg_id, m.seqno, m.body.len());
                parts.push(format!("message{{msg_id: {msg_id}, seqno: {seqno}, bytes: {len}, body: {body}}}"));
            }
            Ok(format!("msg_container{{messages: [{}]}}", parts.join(", ")))
        }
        _ => Ok(tl_text(&object(bytes)?).to_string()),
    }
}
