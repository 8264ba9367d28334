//! The bench messages in grammers-tl-types 0.11 (layer 230), converted
//! field by field from the tlwire (layer 122) values.
//!
//! Layer 230 differs from 122 for some of the constructors involved:
//!
//! | layer 122 (tlwire, tl-proto)            | layer 230 (grammers)                         |
//! |-----------------------------------------|----------------------------------------------|
//! | `inputUser#d8292816 user_id:int`        | `inputUser#f21158c6 user_id:long`            |
//! | `contacts.addContact#e8f463d0`          | `contacts.addContact#d9ba2e54` (+ `note:flags.1?TextWithEntities`, left unset) |
//! | `updateShortMessage#2296d2c8 user_id:int` | `updateShortMessage#313bc7f8 user_id:long` (+ `ttl_period:flags.25?int`, unset) |
//! | `message#58ae39c9`                      | `message#7600b9d3` (+ `flags2:#` and 20 optional fields, unset) |
//! | `peerUser#9db1bc6d user_id:int`, `peerChat#bad0e5bb chat_id:int` | `peerUser#59511722 user_id:long`, `peerChat#36c6019a chat_id:long` |
//! | `updateUserStatus#1bfbd823 user_id:int` | `updateUserStatus#e5bdf8de user_id:long`     |
//! | `updateReadHistoryInbox#9c974fdf`       | `updateReadHistoryInbox#9e84bc99` (+ `top_msg_id:flags.1?int`, unset) |
//! | `user#938458c1 id:int`                  | `user#b1b8cc83 id:long` (+ `flags2:#` and 9 optional fields, unset) |
//! | `userProfilePhoto#69d3ab26 ... photo_small:FileLocation photo_big:FileLocation` | `userProfilePhoto#82d1f706` (no file locations; `stripped_thumb` unset) |
//! | `chat#3bda1bde id:int` (`kicked:flags.1?true`) | `chat#41cbf256 id:long` (no `kicked`, + `noforwards`) |
//!
//! The same-id constructors (`updates`, `updateNewMessage`, the message
//! entities, `userStatusOnline/Offline`, `chatPhotoEmpty`, `upload.file`,
//! `storage.*`, `upload.saveFilePart`, `vector`) are byte-identical.
//!
//! For the requests and `updateShortMessage` the grammers bytes are exactly
//! the tlwire bytes with the ids replaced and the `int` ids widened to
//! `long` ([`patched`] builds that and the benches assert it); grammers'
//! `updateShortMessage` value is decoded from those bytes. The `updates`
//! message is the same logical content in layer-230 constructors: a
//! different byte count (see [`crate::data`] users), checked by round trip.

use grammers_tl_types::{self as gt, Deserializable as _};
use tlwire::{Serializable as _, enums};

/// A byte patch turning layer-122 bytes into layer-230 bytes.
pub enum Patch {
    /// Overwrite the constructor id at this offset.
    Id(usize, u32),
    /// Sign-extend the `int` at this offset to a `long` (4 bytes longer).
    Widen(usize),
}

/// `bytes` with `patches` applied; offsets refer to the original bytes and
/// must be listed in increasing order.
pub fn patched(bytes: &[u8], patches: &[Patch]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let mut at = 0;
    for p in patches {
        match *p {
            Patch::Id(off, id) => {
                out.extend_from_slice(&bytes[at..off]);
                out.extend_from_slice(&id.to_le_bytes());
                at = off + 4;
            }
            Patch::Widen(off) => {
                out.extend_from_slice(&bytes[at..off]);
                let v = i32::from_le_bytes(bytes[off..off + 4].try_into().unwrap());
                out.extend_from_slice(&(v as i64).to_le_bytes());
                at = off + 4;
            }
        }
    }
    out.extend_from_slice(&bytes[at..]);
    out
}

pub const ADD_CONTACT_230: u32 = 0xd9ba2e54;
pub const INPUT_USER_230: u32 = 0xf21158c6;
pub const UPDATE_SHORT_MESSAGE_230: u32 = 0x313bc7f8;

/// The patches from tlwire's `contacts.addContact` bytes to grammers'.
pub const ADD_CONTACT_PATCHES: &[Patch] =
    &[Patch::Id(0, ADD_CONTACT_230), Patch::Id(8, INPUT_USER_230), Patch::Widen(12)];
/// The patches from tlwire's `contacts.acceptContact` bytes to grammers'.
pub const ACCEPT_CONTACT_PATCHES: &[Patch] = &[Patch::Id(4, INPUT_USER_230), Patch::Widen(8)];
/// The patches from tlwire's `updateShortMessage` bytes to grammers'
/// (id, then `flags`, `id:int`, `user_id:int` at 12).
pub const UPDATE_SHORT_MESSAGE_PATCHES: &[Patch] = &[Patch::Id(0, UPDATE_SHORT_MESSAGE_230), Patch::Widen(12)];

fn input_user(u: &enums::InputUser) -> gt::enums::InputUser {
    match u {
        enums::InputUser::InputUser(u) => {
            gt::enums::InputUser::User(gt::types::InputUser { user_id: u.user_id as i64, access_hash: u.access_hash })
        }
        enums::InputUser::InputUserSelf(_) => gt::enums::InputUser::UserSelf,
        enums::InputUser::InputUserEmpty(_) => gt::enums::InputUser::Empty,
        other => panic!("no layer-230 mapping for {other:?}"),
    }
}

/// grammers' `contacts.addContact` with the same values.
pub fn add_contact() -> gt::functions::contacts::AddContact {
    let t = crate::data::add_contact();
    gt::functions::contacts::AddContact {
        add_phone_privacy_exception: t.add_phone_privacy_exception,
        id: input_user(&t.id),
        first_name: t.first_name,
        last_name: t.last_name,
        phone: t.phone,
        note: None,
    }
}

/// grammers' `contacts.acceptContact` with the same values.
pub fn accept_contact() -> gt::functions::contacts::AcceptContact {
    gt::functions::contacts::AcceptContact { id: input_user(&crate::data::accept_contact().id) }
}

/// grammers' `upload.saveFilePart` with the same values.
pub fn save_file_part() -> gt::functions::upload::SaveFilePart {
    let t = crate::data::save_file_part();
    gt::functions::upload::SaveFilePart { file_id: t.file_id, file_part: t.file_part, bytes: t.bytes }
}

fn entity(e: &enums::MessageEntity) -> gt::enums::MessageEntity {
    use gt::enums::MessageEntity as G;
    use gt::types as t;
    match e {
        enums::MessageEntity::MessageEntityBold(e) => {
            G::Bold(t::MessageEntityBold { offset: e.offset, length: e.length })
        }
        enums::MessageEntity::MessageEntityItalic(e) => {
            G::Italic(t::MessageEntityItalic { offset: e.offset, length: e.length })
        }
        enums::MessageEntity::MessageEntityCode(e) => {
            G::Code(t::MessageEntityCode { offset: e.offset, length: e.length })
        }
        enums::MessageEntity::MessageEntityUrl(e) => G::Url(t::MessageEntityUrl { offset: e.offset, length: e.length }),
        enums::MessageEntity::MessageEntityMention(e) => {
            G::Mention(t::MessageEntityMention { offset: e.offset, length: e.length })
        }
        enums::MessageEntity::MessageEntityHashtag(e) => {
            G::Hashtag(t::MessageEntityHashtag { offset: e.offset, length: e.length })
        }
        other => panic!("no mapping for {other:?}"),
    }
}

fn entities(v: &Option<Vec<enums::MessageEntity>>) -> Option<Vec<gt::enums::MessageEntity>> {
    v.as_ref().map(|v| v.iter().map(entity).collect())
}

fn peer(p: &enums::Peer) -> gt::enums::Peer {
    match p {
        enums::Peer::PeerUser(p) => gt::enums::Peer::User(gt::types::PeerUser { user_id: p.user_id as i64 }),
        enums::Peer::PeerChat(p) => gt::enums::Peer::Chat(gt::types::PeerChat { chat_id: p.chat_id as i64 }),
        enums::Peer::PeerChannel(p) => {
            gt::enums::Peer::Channel(gt::types::PeerChannel { channel_id: p.channel_id as i64 })
        }
    }
}

fn user_status(s: &enums::UserStatus) -> gt::enums::UserStatus {
    match s {
        enums::UserStatus::UserStatusOnline(s) => {
            gt::enums::UserStatus::Online(gt::types::UserStatusOnline { expires: s.expires })
        }
        enums::UserStatus::UserStatusOffline(s) => {
            gt::enums::UserStatus::Offline(gt::types::UserStatusOffline { was_online: s.was_online })
        }
        enums::UserStatus::UserStatusEmpty(_) => gt::enums::UserStatus::Empty,
        other => panic!("no mapping for {other:?}"),
    }
}

fn message(m: &enums::Message) -> gt::enums::Message {
    let m = match m {
        enums::Message::Message(m) => m,
        other => panic!("no mapping for {other:?}"),
    };
    assert!(m.fwd_from.is_none() && m.reply_to.is_none() && m.media.is_none() && m.reply_markup.is_none());
    assert!(m.replies.is_none() && m.restriction_reason.is_none());
    gt::enums::Message::Message(gt::types::Message {
        out: m.out,
        mentioned: m.mentioned,
        media_unread: m.media_unread,
        silent: m.silent,
        post: m.post,
        from_scheduled: m.from_scheduled,
        legacy: m.legacy,
        edit_hide: m.edit_hide,
        pinned: m.pinned,
        noforwards: false,
        invert_media: false,
        offline: false,
        video_processing_pending: false,
        paid_suggested_post_stars: false,
        paid_suggested_post_ton: false,
        id: m.id,
        from_id: m.from_id.as_ref().map(peer),
        from_boosts_applied: None,
        from_rank: None,
        peer_id: peer(&m.peer_id),
        saved_peer_id: None,
        fwd_from: None,
        via_bot_id: m.via_bot_id.map(i64::from),
        via_business_bot_id: None,
        guestchat_via_from: None,
        reply_to: None,
        date: m.date,
        message: m.message.clone(),
        media: None,
        reply_markup: None,
        entities: entities(&m.entities),
        views: m.views,
        forwards: m.forwards,
        replies: None,
        edit_date: m.edit_date,
        post_author: m.post_author.clone(),
        grouped_id: m.grouped_id,
        reactions: None,
        restriction_reason: None,
        ttl_period: None,
        quick_reply_shortcut_id: None,
        effect: None,
        factcheck: None,
        report_delivery_until_date: None,
        paid_message_stars: None,
        suggested_post: None,
        schedule_repeat_period: None,
        summary_from_language: None,
        rich_message: None,
    })
}

fn update(u: &enums::Update) -> gt::enums::Update {
    use gt::enums::Update as G;
    match u {
        enums::Update::UpdateNewMessage(u) => G::NewMessage(gt::types::UpdateNewMessage {
            message: message(&u.message),
            pts: u.pts,
            pts_count: u.pts_count,
        }),
        enums::Update::UpdateUserStatus(u) => {
            G::UserStatus(gt::types::UpdateUserStatus { user_id: u.user_id as i64, status: user_status(&u.status) })
        }
        enums::Update::UpdateReadHistoryInbox(u) => G::ReadHistoryInbox(gt::types::UpdateReadHistoryInbox {
            folder_id: u.folder_id,
            peer: peer(&u.peer),
            top_msg_id: None,
            max_id: u.max_id,
            still_unread_count: u.still_unread_count,
            pts: u.pts,
            pts_count: u.pts_count,
        }),
        other => panic!("no mapping for {other:?}"),
    }
}

fn user(u: &enums::User) -> gt::enums::User {
    let u = match u {
        enums::User::User(u) => u,
        other => panic!("no mapping for {other:?}"),
    };
    assert!(u.restriction_reason.is_none());
    gt::enums::User::User(gt::types::User {
        is_self: u.is_self,
        contact: u.contact,
        mutual_contact: u.mutual_contact,
        deleted: u.deleted,
        bot: u.bot,
        bot_chat_history: u.bot_chat_history,
        bot_nochats: u.bot_nochats,
        verified: u.verified,
        restricted: u.restricted,
        min: u.min,
        bot_inline_geo: u.bot_inline_geo,
        support: u.support,
        scam: u.scam,
        apply_min_photo: u.apply_min_photo,
        fake: false,
        bot_attach_menu: false,
        premium: false,
        attach_menu_enabled: false,
        bot_can_edit: false,
        close_friend: false,
        stories_hidden: false,
        stories_unavailable: false,
        contact_require_premium: false,
        bot_business: false,
        bot_has_main_app: false,
        bot_forum_view: false,
        bot_forum_can_manage_topics: false,
        bot_can_manage_bots: false,
        bot_guestchat: false,
        bot_guard: false,
        id: u.id as i64,
        access_hash: u.access_hash,
        first_name: u.first_name.clone(),
        last_name: u.last_name.clone(),
        username: u.username.clone(),
        phone: u.phone.clone(),
        photo: u.photo.as_ref().map(|p| match p {
            enums::UserProfilePhoto::UserProfilePhoto(p) => {
                gt::enums::UserProfilePhoto::Photo(gt::types::UserProfilePhoto {
                    has_video: p.has_video,
                    personal: false,
                    photo_id: p.photo_id,
                    stripped_thumb: None,
                    dc_id: p.dc_id,
                })
            }
            enums::UserProfilePhoto::UserProfilePhotoEmpty(_) => gt::enums::UserProfilePhoto::Empty,
        }),
        status: u.status.as_ref().map(user_status),
        bot_info_version: u.bot_info_version,
        restriction_reason: None,
        bot_inline_placeholder: u.bot_inline_placeholder.clone(),
        lang_code: u.lang_code.clone(),
        emoji_status: None,
        usernames: None,
        stories_max_id: None,
        color: None,
        profile_color: None,
        bot_active_users: None,
        bot_verification_icon: None,
        send_paid_messages_stars: None,
        linked_community_id: None,
    })
}

fn chat(c: &enums::Chat) -> gt::enums::Chat {
    let c = match c {
        enums::Chat::Chat(c) => c,
        other => panic!("no mapping for {other:?}"),
    };
    assert!(!c.kicked, "layer 230 has no chat.kicked");
    assert!(c.migrated_to.is_none() && c.admin_rights.is_none() && c.default_banned_rights.is_none());
    gt::enums::Chat::Chat(gt::types::Chat {
        creator: c.creator,
        left: c.left,
        deactivated: c.deactivated,
        call_active: c.call_active,
        call_not_empty: c.call_not_empty,
        noforwards: false,
        id: c.id as i64,
        title: c.title.clone(),
        photo: match &c.photo {
            enums::ChatPhoto::ChatPhotoEmpty(_) => gt::enums::ChatPhoto::Empty,
            other => panic!("no mapping for {other:?}"),
        },
        participants_count: c.participants_count,
        date: c.date,
        version: c.version,
        migrated_to: None,
        admin_rights: None,
        default_banned_rights: None,
    })
}

/// The same `Updates` value in grammers' layer.
pub fn updates(u: &enums::Updates) -> gt::enums::Updates {
    match u {
        enums::Updates::UpdateShortMessage(m) => {
            // The layer-230 bytes are the patched layer-122 bytes (the
            // patches cover no nested constructor, hence the assert).
            assert!(m.fwd_from.is_none() && m.reply_to.is_none());
            let bytes = patched(&u.to_bytes().unwrap(), UPDATE_SHORT_MESSAGE_PATCHES);
            gt::enums::Updates::from_bytes(&bytes).expect("grammers decodes the patched updateShortMessage")
        }
        enums::Updates::Updates(u) => gt::enums::Updates::Updates(gt::types::Updates {
            updates: u.updates.iter().map(update).collect(),
            users: u.users.iter().map(user).collect(),
            chats: u.chats.iter().map(chat).collect(),
            date: u.date,
            seq: u.seq,
        }),
        other => panic!("no mapping for {other:?}"),
    }
}
