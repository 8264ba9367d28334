//! What the generated tl-proto declarations ([`crate::tlp_full`]) use that
//! tl-proto does not have, and the bench messages as tl-proto values.
//!
//! Conventions, so the comparison is like for like with tlwire:
//! - values are owned (`String`, `Vec<u8>`), as tlwire's are; TL `string`
//!   goes through [`tl_string`] (tl-proto has no `String` impl), which
//!   rejects invalid UTF-8 as tlwire does, and borrowed through [`tl_str`];
//! - a boxed `Vector<T>` is [`BoxedVec`] (tl-proto's `Vec<T>` is the bare
//!   `vector`).

use tl_proto::{Boxed, TlError, TlPacket, TlRead, TlResult, TlWrite};

use crate::data;
use crate::tlp_full::{InputUser, ctor, functions};

/// `vector#1cb5c415`.
pub const VECTOR_ID: u32 = 0x1cb5_c415;

/// A boxed `Vector<T>`: the `vector` id, a count, the elements.
#[derive(Debug, Clone, PartialEq)]
pub struct BoxedVec<T>(pub Vec<T>);

impl<'a, T: TlRead<'a>> TlRead<'a> for BoxedVec<T> {
    type Repr = Boxed;
    #[inline]
    fn read_from(packet: &mut &'a [u8]) -> TlResult<Self> {
        if u32::read_from(packet)? != VECTOR_ID {
            return Err(TlError::UnknownConstructor);
        }
        Ok(BoxedVec(Vec::<T>::read_from(packet)?))
    }
}

impl<T: TlWrite> TlWrite for BoxedVec<T> {
    type Repr = Boxed;
    #[inline]
    fn max_size_hint(&self) -> usize {
        4 + self.0.max_size_hint()
    }
    #[inline]
    fn write_to<P: TlPacket>(&self, packet: &mut P) {
        VECTOR_ID.write_to(packet);
        self.0.write_to(packet);
    }
}

/// TL `string` as an owned, UTF-8-checked `String` (`#[tl(with = ...)]`).
pub mod tl_string {
    use tl_proto::{TlError, TlPacket, TlRead, TlResult, TlWrite};

    #[inline]
    pub fn size_hint(v: &String) -> usize {
        v.as_bytes().max_size_hint()
    }
    #[inline]
    pub fn write<P: TlPacket>(v: &String, packet: &mut P) {
        v.as_bytes().write_to(packet)
    }
    #[inline]
    pub fn read(packet: &mut &[u8]) -> TlResult<String> {
        let b = <&[u8]>::read_from(packet)?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(TlError::InvalidData),
        }
    }
}

/// TL `string` as a vector element (`Vector<string>`), read like
/// [`tl_string`].
#[derive(Debug, Clone, PartialEq)]
pub struct Str(pub String);

impl<'a> TlRead<'a> for Str {
    type Repr = tl_proto::Bare;
    #[inline]
    fn read_from(packet: &mut &'a [u8]) -> TlResult<Self> {
        tl_string::read(packet).map(Str)
    }
}

impl TlWrite for Str {
    type Repr = tl_proto::Bare;
    #[inline]
    fn max_size_hint(&self) -> usize {
        tl_string::size_hint(&self.0)
    }
    #[inline]
    fn write_to<P: TlPacket>(&self, packet: &mut P) {
        tl_string::write(&self.0, packet)
    }
}

/// TL `string` borrowed from the input as `&str`, UTF-8 checked like
/// tlwire's views (tl-proto's own `&str` support is not used, so both
/// check the same thing).
pub mod tl_str {
    use tl_proto::{TlError, TlPacket, TlRead, TlResult, TlWrite};

    #[inline]
    pub fn size_hint(v: &&str) -> usize {
        v.as_bytes().max_size_hint()
    }
    #[inline]
    pub fn write<P: TlPacket>(v: &&str, packet: &mut P) {
        v.as_bytes().write_to(packet)
    }
    #[inline]
    pub fn read<'a>(packet: &mut &'a [u8]) -> TlResult<&'a str> {
        let b = <&'a [u8]>::read_from(packet)?;
        std::str::from_utf8(b).map_err(|_| TlError::InvalidData)
    }
}

/// Decodes with tl-proto and requires the whole input to be consumed.
pub fn decode_all<'a, T: TlRead<'a>>(bytes: &'a [u8]) -> TlResult<T> {
    let mut p = bytes;
    let v = T::read_from(&mut p)?;
    if !p.is_empty() {
        return Err(TlError::InvalidData);
    }
    Ok(v)
}

/// The `inputUser` of the bench requests.
fn input_user() -> InputUser {
    InputUser::InputUser(ctor::InputUser { user_id: data::USER_ID, access_hash: data::ACCESS_HASH })
}

/// The tl-proto `contacts.addContact` equal to [`data::add_contact`].
pub fn add_contact() -> functions::ContactsAddContact {
    let t = data::add_contact();
    functions::ContactsAddContact {
        flags: (),
        add_phone_privacy_exception: t.add_phone_privacy_exception.then_some(()),
        id: input_user(),
        first_name: t.first_name,
        last_name: t.last_name,
        phone: t.phone,
    }
}

/// The tl-proto `contacts.acceptContact` equal to [`data::accept_contact`].
pub fn accept_contact() -> functions::ContactsAcceptContact {
    functions::ContactsAcceptContact { id: input_user() }
}

/// The tl-proto `upload.saveFilePart` equal to [`data::save_file_part`].
pub fn save_file_part() -> functions::UploadSaveFilePart {
    let t = data::save_file_part();
    functions::UploadSaveFilePart { file_id: t.file_id, file_part: t.file_part, bytes: t.bytes }
}
