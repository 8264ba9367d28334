//! A hand-written line as long as layer 230's longest, `channelFull` (70
//! fields, its boxed types made primitives): the walk and the duplicate
//! check stay within the default recursion limit.
#![allow(dead_code)]

mod enums {}
mod types {
    #[allow(unused_imports)]
    use super::enums;
    tlwire_dsl::tl_constructor! {
        channelFull flags:# can_view_participants:flags.3?true can_set_username:flags.6?true can_set_stickers:flags.7?true
            hidden_prehistory:flags.10?true can_set_location:flags.16?true has_scheduled:flags.19?true can_view_stats:flags.20?true
            blocked:flags.22?true flags2:# can_delete_channel:flags2.0?true antispam:flags2.1?true
            participants_hidden:flags2.2?true translations_disabled:flags2.3?true stories_pinned_available:flags2.5?true view_forum_as_messages:flags2.6?true
            restricted_sponsored:flags2.11?true can_view_revenue:flags2.12?true paid_media_allowed:flags2.14?true can_view_stars_revenue:flags2.15?true
            paid_reactions_available:flags2.16?true stargifts_available:flags2.19?true paid_messages_available:flags2.20?true has_welcome_messages:flags2.24?true
            id:long about:string participants_count:flags.0?int admins_count:flags.1?int
            kicked_count:flags.2?int banned_count:flags.2?int online_count:flags.13?int read_inbox_max_id:int
            read_outbox_max_id:int unread_count:int chat_photo:long notify_settings:long
            exported_invite:flags.23?long bot_info:Vector<long> migrated_from_chat_id:flags.4?long migrated_from_max_id:flags.4?int
            pinned_msg_id:flags.5?int stickerset:flags.8?long available_min_id:flags.9?int folder_id:flags.11?int
            linked_chat_id:flags.14?long location:flags.15?long slowmode_seconds:flags.17?int slowmode_next_send_date:flags.18?int
            stats_dc:flags.12?int pts:int call:flags.21?long ttl_period:flags.24?int
            pending_suggestions:flags.25?Vector<long> groupcall_default_join_as:flags.26?long theme_emoticon:flags.27?string requests_pending:flags.28?int
            recent_requesters:flags.28?Vector<long> default_send_as:flags.29?long available_reactions:flags.30?long reactions_limit:flags2.13?int
            stories:flags2.4?long wallpaper:flags2.7?long boosts_applied:flags2.8?int boosts_unrestrict:flags2.9?int
            emojiset:flags2.10?long bot_verification:flags2.17?long stargifts_count:flags2.18?int send_paid_messages_stars:flags2.21?long
            main_tab:flags2.22?long guard_bot_id:flags2.23?long
            = ChatFull;
    }
}

fn main() {}
