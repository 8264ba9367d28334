//! The layer-122 constructors the bench messages use, declared by hand for
//! tl-proto (its scheme parser cannot read `api.tl`), with the same ids and
//! fields as the schema lines in `src/`.
//!
//! Conventions, so the comparison is like for like with tlwire:
//! - values are owned (`String`, `Vec<u8>`), as tlwire's are; TL `string`
//!   goes through [`tl_string`] (tl-proto has no `String` impl), which
//!   rejects invalid UTF-8 like tlwire does;
//! - boxed `Vector<T>` is [`BoxedVec`] (tl-proto's `Vec<T>` is the bare
//!   `vector`);
//! - boxed types are `#[tl(boxed)]` enums, their variants inline (tl-proto's
//!   idiom). `InputUser` (with `InputPeer`), `MessageEntity`, `Peer`,
//!   `UserStatus`, `UserProfilePhoto`, `ChatPhoto`, `storage.FileType` and
//!   `User` list every layer-122 constructor, as a tl-proto user must to
//!   read real traffic. It matters: with only the six entities the data
//!   uses (and three `InputUser`s), `MessageEntity`'s size hint needs no
//!   loop and its dispatch has six arms; updateShortMessage18 encoded in
//!   897 instructions then, 1 671 now (BENCHMARKS.md). `Update`, `Message`
//!   and `Chat` list only the constructors the data uses: declaring the
//!   rest means declaring most of the layer by hand. Their extra arms would
//!   lengthen tl-proto's id dispatch on updates100, so that row flatters
//!   tl-proto;
//! - optional fields whose types never occur in the bench data
//!   (`fwd_from:flags.2?MessageFwdHeader`, ...) are declared with the right
//!   flag bit and typed [`Unsupported`], which fails decoding if the bit is
//!   ever set; it never is here, so no bytes are skipped or faked.

// Inline variants of very different sizes are the point (see above).
#![allow(clippy::large_enum_variant)]

use tl_proto::{Boxed, TlError, TlPacket, TlRead, TlResult, TlWrite};

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

/// A type no bench message contains: decoding it is an error.
#[derive(Debug, Clone, PartialEq)]
pub enum Unsupported {}

impl<'a> TlRead<'a> for Unsupported {
    type Repr = Boxed;
    fn read_from(_: &mut &'a [u8]) -> TlResult<Self> {
        Err(TlError::UnknownConstructor)
    }
}

impl TlWrite for Unsupported {
    type Repr = Boxed;
    fn max_size_hint(&self) -> usize {
        match *self {}
    }
    fn write_to<P: TlPacket>(&self, _: &mut P) {
        match *self {}
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

// ---------------------------------------------------------------- requests

/// `InputPeer` (layer 122): all seven constructors, the two recursive ones
/// boxed.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum InputPeer {
    #[tl(id = 0x7f3b18ea)]
    Empty,
    #[tl(id = 0x7da07ec9)]
    PeerSelf,
    #[tl(id = 0x179be863)]
    Chat { chat_id: i32 },
    #[tl(id = 0x7b8e7de6)]
    User { user_id: i32, access_hash: i64 },
    #[tl(id = 0x20adaef8)]
    Channel { channel_id: i32, access_hash: i64 },
    #[tl(id = 0x17bae2e6)]
    UserFromMessage { peer: Box<InputPeer>, msg_id: i32, user_id: i32 },
    #[tl(id = 0x9c95f7bb)]
    ChannelFromMessage { peer: Box<InputPeer>, msg_id: i32, channel_id: i32 },
}

/// `InputUser` (layer 122): all four constructors, as a tl-proto user must
/// declare them.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum InputUser {
    /// `inputUserEmpty#b98886cf`
    #[tl(id = 0xb98886cf)]
    Empty,
    /// `inputUserSelf#f7c1b13f`
    #[tl(id = 0xf7c1b13f)]
    UserSelf,
    /// `inputUser#d8292816 user_id:int access_hash:long`
    #[tl(id = 0xd8292816)]
    User { user_id: i32, access_hash: i64 },
    /// `inputUserFromMessage#2d117597 peer:InputPeer msg_id:int user_id:int`
    #[tl(id = 0x2d117597)]
    FromMessage { peer: InputPeer, msg_id: i32, user_id: i32 },
}

/// `contacts.addContact#e8f463d0 flags:# add_phone_privacy_exception:flags.0?true
/// id:InputUser first_name:string last_name:string phone:string = Updates`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xe8f463d0)]
pub struct AddContact {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub add_phone_privacy_exception: Option<()>,
    pub id: InputUser,
    #[tl(with = "tl_string")]
    pub first_name: String,
    #[tl(with = "tl_string")]
    pub last_name: String,
    #[tl(with = "tl_string")]
    pub phone: String,
}

/// `contacts.acceptContact#f831a20f id:InputUser = Updates`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xf831a20f)]
pub struct AcceptContact {
    pub id: InputUser,
}

/// `upload.saveFilePart#b304a621 file_id:long file_part:int bytes:bytes = Bool`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0xb304a621)]
pub struct SaveFilePart {
    pub file_id: i64,
    pub file_part: i32,
    pub bytes: Vec<u8>,
}

// ------------------------------------------------------------------- files

/// `storage.FileType`: all ten constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum FileType {
    #[tl(id = 0xaa963b05)]
    Unknown,
    #[tl(id = 0x40bc6f52)]
    Partial,
    #[tl(id = 0x007efe0e)]
    Jpeg,
    #[tl(id = 0xcae1aadf)]
    Gif,
    #[tl(id = 0x0a4f63c0)]
    Png,
    #[tl(id = 0xae1e508d)]
    Pdf,
    #[tl(id = 0x528a0677)]
    Mp3,
    #[tl(id = 0x4b09ebbc)]
    Mov,
    #[tl(id = 0xb3cea0e4)]
    Mp4,
    #[tl(id = 0x1081464c)]
    Webp,
}

/// `upload.file#96a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0x096a18d5)]
pub struct UploadFile {
    pub r#type: FileType,
    pub mtime: i32,
    pub bytes: Vec<u8>,
}

/// The same, borrowing its data from the input (tl-proto's zero-copy mode,
/// against tlwire's `views::upload::FileRef`).
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0x096a18d5)]
pub struct UploadFileRef<'tl> {
    pub r#type: FileType,
    pub mtime: i32,
    pub bytes: &'tl [u8],
}

// ----------------------------------------------------------------- updates

/// `MessageEntity`: all nineteen layer-122 constructors, as a tl-proto
/// user must declare them to read real messages (the bench data uses six;
/// declaring only those would give tl-proto a smaller dispatch and a
/// loop-free size hint that no real client could use).
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum MessageEntity {
    #[tl(id = 0xbb92ba95)]
    Unknown { offset: i32, length: i32 },
    #[tl(id = 0xfa04579d)]
    Mention { offset: i32, length: i32 },
    #[tl(id = 0x6f635b0d)]
    Hashtag { offset: i32, length: i32 },
    #[tl(id = 0x6cef8ac7)]
    BotCommand { offset: i32, length: i32 },
    #[tl(id = 0x6ed02538)]
    Url { offset: i32, length: i32 },
    #[tl(id = 0x64e475c2)]
    Email { offset: i32, length: i32 },
    #[tl(id = 0xbd610bc9)]
    Bold { offset: i32, length: i32 },
    #[tl(id = 0x826f8b60)]
    Italic { offset: i32, length: i32 },
    #[tl(id = 0x28a20571)]
    Code { offset: i32, length: i32 },
    #[tl(id = 0x73924be0)]
    Pre {
        offset: i32,
        length: i32,
        #[tl(with = "tl_string")]
        language: String,
    },
    #[tl(id = 0x76a6d327)]
    TextUrl {
        offset: i32,
        length: i32,
        #[tl(with = "tl_string")]
        url: String,
    },
    #[tl(id = 0x352dca58)]
    MentionName { offset: i32, length: i32, user_id: i32 },
    #[tl(id = 0x208e68c9)]
    InputMentionName { offset: i32, length: i32, user_id: InputUser },
    #[tl(id = 0x9b69e34b)]
    Phone { offset: i32, length: i32 },
    #[tl(id = 0x4c4e743f)]
    Cashtag { offset: i32, length: i32 },
    #[tl(id = 0x9c4e7e8b)]
    Underline { offset: i32, length: i32 },
    #[tl(id = 0xbf0693d4)]
    Strike { offset: i32, length: i32 },
    #[tl(id = 0x020df5d0)]
    Blockquote { offset: i32, length: i32 },
    #[tl(id = 0x761e6af4)]
    BankCard { offset: i32, length: i32 },
}

/// `Peer`: all three constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum Peer {
    #[tl(id = 0x9db1bc6d)]
    User { user_id: i32 },
    #[tl(id = 0xbad0e5bb)]
    Chat { chat_id: i32 },
    #[tl(id = 0xbddde532)]
    Channel { channel_id: i32 },
}

/// `UserStatus`: all six constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserStatus {
    #[tl(id = 0x09d05049)]
    Empty,
    #[tl(id = 0xedb93949)]
    Online { expires: i32 },
    #[tl(id = 0x008c703f)]
    Offline { was_online: i32 },
    #[tl(id = 0xe26f42f1)]
    Recently,
    #[tl(id = 0x07bf09fc)]
    LastWeek,
    #[tl(id = 0x77ebc742)]
    LastMonth,
}

/// `FileLocation`: its one constructor, `fileLocationToBeDeprecated#bc7fc6cd`.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum FileLocation {
    #[tl(id = 0xbc7fc6cd)]
    ToBeDeprecated { volume_id: i64, local_id: i32 },
}

/// `userProfilePhoto#69d3ab26 flags:# has_video:flags.0?true photo_id:long
/// photo_small:FileLocation photo_big:FileLocation dc_id:int`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserProfilePhotoData {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub has_video: Option<()>,
    pub photo_id: i64,
    pub photo_small: FileLocation,
    pub photo_big: FileLocation,
    pub dc_id: i32,
}

/// `UserProfilePhoto`: both constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum UserProfilePhoto {
    #[tl(id = 0x4f11bae1)]
    Empty,
    #[tl(id = 0x69d3ab26)]
    Photo(UserProfilePhotoData),
}

/// `chatPhoto#d20b9f3c flags:# has_video:flags.0?true photo_small:FileLocation
/// photo_big:FileLocation dc_id:int`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct ChatPhotoData {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub has_video: Option<()>,
    pub photo_small: FileLocation,
    pub photo_big: FileLocation,
    pub dc_id: i32,
}

/// `ChatPhoto`: both constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum ChatPhoto {
    #[tl(id = 0x37c1011c)]
    Empty,
    #[tl(id = 0xd20b9f3c)]
    Photo(ChatPhotoData),
}

/// `user#938458c1` (layer 122), every field.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UserData {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 10)]
    pub is_self: Option<()>,
    #[tl(flags_bit = 11)]
    pub contact: Option<()>,
    #[tl(flags_bit = 12)]
    pub mutual_contact: Option<()>,
    #[tl(flags_bit = 13)]
    pub deleted: Option<()>,
    #[tl(flags_bit = 14)]
    pub bot: Option<()>,
    #[tl(flags_bit = 15)]
    pub bot_chat_history: Option<()>,
    #[tl(flags_bit = 16)]
    pub bot_nochats: Option<()>,
    #[tl(flags_bit = 17)]
    pub verified: Option<()>,
    #[tl(flags_bit = 18)]
    pub restricted: Option<()>,
    #[tl(flags_bit = 20)]
    pub min: Option<()>,
    #[tl(flags_bit = 21)]
    pub bot_inline_geo: Option<()>,
    #[tl(flags_bit = 23)]
    pub support: Option<()>,
    #[tl(flags_bit = 24)]
    pub scam: Option<()>,
    #[tl(flags_bit = 25)]
    pub apply_min_photo: Option<()>,
    pub id: i32,
    #[tl(flags_bit = 0)]
    pub access_hash: Option<i64>,
    #[tl(flags_bit = 1, with = "tl_string")]
    pub first_name: Option<String>,
    #[tl(flags_bit = 2, with = "tl_string")]
    pub last_name: Option<String>,
    #[tl(flags_bit = 3, with = "tl_string")]
    pub username: Option<String>,
    #[tl(flags_bit = 4, with = "tl_string")]
    pub phone: Option<String>,
    #[tl(flags_bit = 5)]
    pub photo: Option<UserProfilePhoto>,
    #[tl(flags_bit = 6)]
    pub status: Option<UserStatus>,
    // `bot:flags.14?true` and this share bit 14.
    #[tl(flags_bit = 14)]
    pub bot_info_version: Option<i32>,
    // `restricted:flags.18?true` and this share bit 18.
    #[tl(flags_bit = 18)]
    pub restriction_reason: Option<Unsupported>,
    #[tl(flags_bit = 19, with = "tl_string")]
    pub bot_inline_placeholder: Option<String>,
    #[tl(flags_bit = 22, with = "tl_string")]
    pub lang_code: Option<String>,
}

/// `User`: both constructors.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum User {
    #[tl(id = 0x200250ba)]
    Empty { id: i32 },
    #[tl(id = 0x938458c1)]
    User(UserData),
}

/// `chat#3bda1bde` (layer 122), every field.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct ChatData {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub creator: Option<()>,
    #[tl(flags_bit = 1)]
    pub kicked: Option<()>,
    #[tl(flags_bit = 2)]
    pub left: Option<()>,
    #[tl(flags_bit = 5)]
    pub deactivated: Option<()>,
    #[tl(flags_bit = 23)]
    pub call_active: Option<()>,
    #[tl(flags_bit = 24)]
    pub call_not_empty: Option<()>,
    pub id: i32,
    #[tl(with = "tl_string")]
    pub title: String,
    pub photo: ChatPhoto,
    pub participants_count: i32,
    pub date: i32,
    pub version: i32,
    #[tl(flags_bit = 6)]
    pub migrated_to: Option<Unsupported>,
    #[tl(flags_bit = 14)]
    pub admin_rights: Option<Unsupported>,
    #[tl(flags_bit = 18)]
    pub default_banned_rights: Option<Unsupported>,
}

/// `Chat`: the constructors the data uses.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum Chat {
    #[tl(id = 0x9ba2d800)]
    Empty { id: i32 },
    #[tl(id = 0x3bda1bde)]
    Chat(ChatData),
}

/// `message#58ae39c9` (layer 122), every field.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct MessageData {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 1)]
    pub out: Option<()>,
    #[tl(flags_bit = 4)]
    pub mentioned: Option<()>,
    #[tl(flags_bit = 5)]
    pub media_unread: Option<()>,
    #[tl(flags_bit = 13)]
    pub silent: Option<()>,
    #[tl(flags_bit = 14)]
    pub post: Option<()>,
    #[tl(flags_bit = 18)]
    pub from_scheduled: Option<()>,
    #[tl(flags_bit = 19)]
    pub legacy: Option<()>,
    #[tl(flags_bit = 21)]
    pub edit_hide: Option<()>,
    #[tl(flags_bit = 24)]
    pub pinned: Option<()>,
    pub id: i32,
    #[tl(flags_bit = 8)]
    pub from_id: Option<Peer>,
    pub peer_id: Peer,
    #[tl(flags_bit = 2)]
    pub fwd_from: Option<Unsupported>,
    #[tl(flags_bit = 11)]
    pub via_bot_id: Option<i32>,
    #[tl(flags_bit = 3)]
    pub reply_to: Option<Unsupported>,
    pub date: i32,
    #[tl(with = "tl_string")]
    pub message: String,
    #[tl(flags_bit = 9)]
    pub media: Option<Unsupported>,
    #[tl(flags_bit = 6)]
    pub reply_markup: Option<Unsupported>,
    #[tl(flags_bit = 7)]
    pub entities: Option<BoxedVec<MessageEntity>>,
    #[tl(flags_bit = 10)]
    pub views: Option<i32>,
    #[tl(flags_bit = 10)]
    pub forwards: Option<i32>,
    #[tl(flags_bit = 23)]
    pub replies: Option<Unsupported>,
    #[tl(flags_bit = 15)]
    pub edit_date: Option<i32>,
    #[tl(flags_bit = 16, with = "tl_string")]
    pub post_author: Option<String>,
    #[tl(flags_bit = 17)]
    pub grouped_id: Option<i64>,
    #[tl(flags_bit = 22)]
    pub restriction_reason: Option<Unsupported>,
}

/// `Message`: the constructors the data uses.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum Message {
    #[tl(id = 0x83e5de54)]
    Empty { id: i32 },
    #[tl(id = 0x58ae39c9)]
    Message(MessageData),
}

/// `updateReadHistoryInbox#9c974fdf flags:# folder_id:flags.0?int peer:Peer
/// max_id:int still_unread_count:int pts:int pts_count:int`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UpdateReadHistoryInbox {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 0)]
    pub folder_id: Option<i32>,
    pub peer: Peer,
    pub max_id: i32,
    pub still_unread_count: i32,
    pub pts: i32,
    pub pts_count: i32,
}

/// `Update`: the three constructors the data uses.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum Update {
    /// `updateNewMessage#1f2b0afd message:Message pts:int pts_count:int`
    #[tl(id = 0x1f2b0afd)]
    NewMessage { message: Message, pts: i32, pts_count: i32 },
    /// `updateUserStatus#1bfbd823 user_id:int status:UserStatus`
    #[tl(id = 0x1bfbd823)]
    UserStatus { user_id: i32, status: UserStatus },
    #[tl(id = 0x9c974fdf)]
    ReadHistoryInbox(UpdateReadHistoryInbox),
}

/// `updateShortMessage#2296d2c8` (layer 122), every field.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UpdateShortMessage {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 1)]
    pub out: Option<()>,
    #[tl(flags_bit = 4)]
    pub mentioned: Option<()>,
    #[tl(flags_bit = 5)]
    pub media_unread: Option<()>,
    #[tl(flags_bit = 13)]
    pub silent: Option<()>,
    pub id: i32,
    pub user_id: i32,
    #[tl(with = "tl_string")]
    pub message: String,
    pub pts: i32,
    pub pts_count: i32,
    pub date: i32,
    #[tl(flags_bit = 2)]
    pub fwd_from: Option<Unsupported>,
    #[tl(flags_bit = 11)]
    pub via_bot_id: Option<i32>,
    #[tl(flags_bit = 3)]
    pub reply_to: Option<Unsupported>,
    #[tl(flags_bit = 7)]
    pub entities: Option<BoxedVec<MessageEntity>>,
}

/// `updateShortMessage` read borrowed (boxed, as the bench bytes are):
/// the text points into the input, the entities are decoded as above —
/// what tlwire's `views::root::UpdateShortMessageRef` does.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed, id = 0x2296d2c8)]
pub struct UpdateShortMessageRef<'tl> {
    #[tl(flags)]
    pub flags: (),
    #[tl(flags_bit = 1)]
    pub out: Option<()>,
    #[tl(flags_bit = 4)]
    pub mentioned: Option<()>,
    #[tl(flags_bit = 5)]
    pub media_unread: Option<()>,
    #[tl(flags_bit = 13)]
    pub silent: Option<()>,
    pub id: i32,
    pub user_id: i32,
    #[tl(with = "tl_str")]
    pub message: &'tl str,
    pub pts: i32,
    pub pts_count: i32,
    pub date: i32,
    #[tl(flags_bit = 2)]
    pub fwd_from: Option<Unsupported>,
    #[tl(flags_bit = 11)]
    pub via_bot_id: Option<i32>,
    #[tl(flags_bit = 3)]
    pub reply_to: Option<Unsupported>,
    #[tl(flags_bit = 7)]
    pub entities: Option<BoxedVec<MessageEntity>>,
}

/// `updates#74ae4240 updates:Vector<Update> users:Vector<User>
/// chats:Vector<Chat> date:int seq:int`
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
pub struct UpdatesData {
    pub updates: BoxedVec<Update>,
    pub users: BoxedVec<User>,
    pub chats: BoxedVec<Chat>,
    pub date: i32,
    pub seq: i32,
}

/// `Updates`: the constructors the data uses.
#[derive(Debug, Clone, PartialEq, TlRead, TlWrite)]
#[tl(boxed)]
pub enum Updates {
    /// `updatesTooLong#e317af7e`
    #[tl(id = 0xe317af7e)]
    TooLong,
    #[tl(id = 0x2296d2c8)]
    UpdateShortMessage(UpdateShortMessage),
    #[tl(id = 0x74ae4240)]
    Updates(UpdatesData),
}

// ----------------------------------------------------------------- helpers

/// Decodes with tl-proto and requires the whole input to be consumed.
pub fn decode_all<'a, T: TlRead<'a>>(bytes: &'a [u8]) -> TlResult<T> {
    let mut p = bytes;
    let v = T::read_from(&mut p)?;
    if !p.is_empty() {
        return Err(TlError::InvalidData);
    }
    Ok(v)
}

/// The tl-proto `contacts.addContact` equal to [`crate::data::add_contact`].
pub fn add_contact() -> AddContact {
    let t = crate::data::add_contact();
    AddContact {
        flags: (),
        add_phone_privacy_exception: t.add_phone_privacy_exception.then_some(()),
        id: InputUser::User { user_id: crate::data::USER_ID, access_hash: crate::data::ACCESS_HASH },
        first_name: t.first_name,
        last_name: t.last_name,
        phone: t.phone,
    }
}

/// The tl-proto `contacts.acceptContact`.
pub fn accept_contact() -> AcceptContact {
    AcceptContact { id: InputUser::User { user_id: crate::data::USER_ID, access_hash: crate::data::ACCESS_HASH } }
}

/// The tl-proto `upload.saveFilePart`.
pub fn save_file_part() -> SaveFilePart {
    let t = crate::data::save_file_part();
    SaveFilePart { file_id: t.file_id, file_part: t.file_part, bytes: t.bytes }
}
