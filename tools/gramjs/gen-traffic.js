#!/usr/bin/env node
'use strict';
// A client's traffic at layer 230, as a server fills it: the answers a
// client decodes all day (history, dialogs, contacts, difference, config,
// a sticker set, users) and an updates batch, written to
// benches/peers/data/traffic230.txt for the benches.
//
//   node tools/gramjs/gen-traffic.js [--out FILE]
//
// Values are built field by field below (only what a server sets; unset
// flags stay absent) and encoded with our own schema-driven encoder
// (tlencode.js, no GramJS), from schema/api-layer230.tl. Deterministic: a
// fixed-seed generator picks names, texts and ids, so running it again
// writes the same file.

const fs = require('fs');
const path = require('path');
const { loadSchema } = require('./tlschema');
const { encObject } = require('./tlencode');
const { Rng } = require('./generator');

const schema = loadSchema('api230');

// `flags.N?true` fields written `false` are left out: the encoder sets a
// flag bit for every field present.
function withoutFalseFlags(v) {
    if (Array.isArray(v)) return v.map(withoutFalseFlags);
    if (!v || typeof v !== 'object' || Buffer.isBuffer(v) || !v._) return v;
    const def = schema.byName.get(v._);
    if (!def) throw new Error(`unknown constructor ${v._}`);
    const out = {};
    for (const [k, x] of Object.entries(v)) {
        const p = def.params.find(q => q.name === k);
        if (k !== '_' && !p) throw new Error(`${v._} has no field ${k}`);
        if (p && p.cond && p.type.kind === 'prim' && p.type.name === 'true' && !x) continue;
        out[k] = withoutFalseFlags(x);
    }
    return out;
}
const encode = (v) => encObject(schema, withoutFalseFlags(v));
const rng = new Rng(230);
const below = (n) => rng.int(n);
const pick = (xs) => xs[below(xs.length)];
const int = (lo, hi) => lo + below(hi - lo + 1);
const long = () => rng.i64();
const bytes = (n) => rng.bytes(n);

const FIRST = ['Anna', 'Boris', 'Chen', 'Dmitri', 'Elena', 'Farida', 'Giorgi', 'Hana', 'Ivan', 'Júlia', 'Kenji', 'Lena', 'Маша', 'Олег', 'محمد', 'Zoë'];
const LAST = ['Ivanova', 'Petrov', 'Wang', 'Müller', 'García', 'Smith', 'Kowalski', 'Tanaka', '', 'Новиков'];
const WORDS = ['hi', 'ok', 'see you at 7', 'thanks!', 'on my way', 'did you get the file?', 'lol', 'Привет, как дела?',
    'the meeting moved to Thursday', 'https://example.org/article/123', '👍', 'can you call me when you are free',
    'I will send the photos tonight', 'where are we going for lunch tomorrow?'];
const NOW = 1_764_000_000;

const peerUser = (id) => ({ _: 'peerUser', user_id: id });
const peerChannel = (id) => ({ _: 'peerChannel', channel_id: id });
const chatPhoto = () => ({ _: 'chatPhoto', photo_id: long(), stripped_thumb: bytes(int(80, 160)), dc_id: int(1, 5) });

function user(i, { contact = false, full = true } = {}) {
    const first = pick(FIRST), last = pick(LAST);
    const u = {
        _: 'user', id: 100000 + i, access_hash: long(), first_name: first,
        photo: below(4) ? { _: 'userProfilePhoto', photo_id: long(), stripped_thumb: bytes(int(90, 170)), dc_id: int(1, 5) }
            : { _: 'userProfilePhotoEmpty' },
        status: pick([{ _: 'userStatusRecently' }, { _: 'userStatusOnline', expires: NOW + int(1, 300) },
            { _: 'userStatusOffline', was_online: NOW - int(60, 86400) }]),
    };
    if (last) u.last_name = last;
    if (full) u.username = `${first.toLowerCase().replace(/[^a-z]/g, '') || 'user'}_${i}`;
    if (contact) { u.contact = true; u.mutual_contact = below(2) === 0; u.phone = `7999${String(1000000 + i).slice(1)}`; }
    if (below(5) === 0) u.premium = true;
    if (below(4) === 0) u.color = { _: 'peerColor', color: int(0, 6), background_emoji_id: long() };
    if (below(8) === 0) u.emoji_status = { _: 'emojiStatus', document_id: long() };
    if (below(3) === 0) u.lang_code = pick(['en', 'ru', 'es', 'de']);
    return u;
}

function channel(i) {
    return {
        _: 'channel', megagroup: i % 2 === 0, broadcast: i % 2 === 1, id: 1_500_000_000 + i, access_hash: long(),
        title: pick(['Rust Users', 'Новости', 'Family', 'Book club', 'Telegram Tips']) + ` ${i}`,
        username: `channel_${i}`, photo: chatPhoto(), date: NOW - int(100000, 9000000),
        participants_count: int(3, 200000), color: { _: 'peerColor', color: int(0, 6) }, level: int(0, 10),
    };
}

function chat(i) {
    return {
        _: 'chat', id: 900 + i, title: `Small group ${i}`, photo: below(2) ? chatPhoto() : { _: 'chatPhotoEmpty' },
        participants_count: int(3, 40), date: NOW - int(100000, 9000000), version: int(1, 30),
    };
}

function entities(text) {
    const out = [];
    if (text.length > 6 && below(3) === 0) out.push({ _: 'messageEntityBold', offset: 0, length: 4 });
    if (text.startsWith('https://')) out.push({ _: 'messageEntityUrl', offset: 0, length: text.length });
    return out;
}

function photo() {
    return {
        _: 'photo', id: long(), access_hash: long(), file_reference: bytes(int(20, 40)), date: NOW - int(0, 100000),
        sizes: [{ _: 'photoStrippedSize', type: 'i', bytes: bytes(int(100, 180)) },
            { _: 'photoSize', type: 'm', w: 320, h: 240, size: int(9000, 20000) },
            { _: 'photoSize', type: 'x', w: 800, h: 600, size: int(40000, 90000) },
            { _: 'photoSizeProgressive', type: 'y', w: 1280, h: 960, sizes: [int(5000, 9000), int(20000, 40000), int(90000, 150000)] }],
        dc_id: int(1, 5),
    };
}

function message(i, peer, users) {
    const text = pick(WORDS);
    const m = { _: 'message', id: 50000 + i, peer_id: peer, date: NOW - 60 * (200 - i), message: text };
    const from = pick(users);
    if (peer._ !== 'peerUser') m.from_id = peerUser(from.id);
    if (from.id === users[0].id) m.out = true;
    const ents = entities(text);
    if (ents.length) m.entities = ents;
    if (below(6) === 0) m.reply_to = { _: 'messageReplyHeader', reply_to_msg_id: 50000 + Math.max(0, i - int(1, 10)) };
    if (below(8) === 0) m.media = { _: 'messageMediaPhoto', photo: photo() };
    if (below(12) === 0) m.fwd_from = { _: 'messageFwdHeader', from_id: peerUser(pick(users).id), date: NOW - int(10000, 90000) };
    if (peer._ === 'peerChannel') { m.views = int(10, 90000); m.forwards = int(0, 900); }
    if (below(10) === 0) m.edit_date = m.date + int(10, 600);
    if (below(10) === 0) {
        m.reactions = { _: 'messageReactions', results: [{ _: 'reactionCount', reaction: { _: 'reactionEmoji', emoticon: pick(['👍', '❤', '🔥']) }, count: int(1, 40) }] };
    }
    return m;
}

const notifySettings = () => ({ _: 'peerNotifySettings', show_previews: true, silent: false, mute_until: below(4) ? 0 : NOW + 86400 });

function history() {
    const users = Array.from({ length: 20 }, (_, i) => user(i));
    const group = channel(1);
    const messages = Array.from({ length: 100 }, (_, i) => message(i, peerChannel(group.id), users)).reverse();
    return { _: 'messages.channelMessages', pts: int(1000, 90000), count: 15000, messages, topics: [], chats: [group], users };
}

function dialogs() {
    const users = Array.from({ length: 30 }, (_, i) => user(200 + i, { contact: i % 2 === 0 }));
    const chats = [...Array.from({ length: 15 }, (_, i) => channel(10 + i)), ...Array.from({ length: 5 }, (_, i) => chat(i))];
    const peers = [...users.slice(0, 30).map(u => peerUser(u.id)), ...chats.map(c => c._ === 'chat' ? { _: 'peerChat', chat_id: c.id } : peerChannel(c.id))];
    const ds = [], ms = [];
    peers.slice(0, 50).forEach((peer, i) => {
        const top = message(1000 + i, peer, users);
        ms.push(top);
        const d = { _: 'dialog', peer, top_message: top.id, read_inbox_max_id: top.id - int(0, 3), read_outbox_max_id: top.id - int(0, 5),
            unread_count: int(0, 12), unread_mentions_count: 0, unread_reactions_count: 0, unread_poll_votes_count: 0, notify_settings: notifySettings() };
        if (peer._ === 'peerChannel') d.pts = int(1000, 90000);
        if (i < 3) d.pinned = true;
        ds.push(d);
    });
    return { _: 'messages.dialogsSlice', count: 312, dialogs: ds, messages: ms, chats, users };
}

function contacts() {
    const users = Array.from({ length: 200 }, (_, i) => user(400 + i, { contact: true }));
    return { _: 'contacts.contacts', contacts: users.map(u => ({ _: 'contact', user_id: u.id, mutual: u.mutual_contact === true })), saved_count: 0, users };
}

function otherUpdate(i, users, group) {
    switch (i % 5) {
        case 0: return { _: 'updateUserStatus', user_id: pick(users).id, status: { _: 'userStatusOnline', expires: NOW + 300 } };
        case 1: return { _: 'updateReadHistoryInbox', peer: peerUser(pick(users).id), max_id: 50000 + i, still_unread_count: 0, pts: 7000 + i, pts_count: 1 };
        case 2: return { _: 'updateReadChannelInbox', channel_id: group.id, max_id: 50000 + i, still_unread_count: int(0, 9), pts: 9000 + i };
        case 3: return { _: 'updateDeleteChannelMessages', channel_id: group.id, messages: [50000 + i, 50001 + i], pts: 9100 + i, pts_count: 2 };
        default: return { _: 'updateUserTyping', user_id: pick(users).id, action: { _: 'sendMessageTypingAction' } };
    }
}

function difference() {
    const users = Array.from({ length: 25 }, (_, i) => user(700 + i));
    const group = channel(40);
    const newMessages = Array.from({ length: 30 }, (_, i) => message(3000 + i, i % 3 ? peerUser(users[i % 25].id) : peerChannel(group.id), users));
    const other = Array.from({ length: 40 }, (_, i) => otherUpdate(i, users, group));
    return { _: 'updates.difference', new_messages: newMessages, new_encrypted_messages: [], other_updates: other, chats: [group], users,
        state: { _: 'updates.state', pts: 7040, qts: 0, date: NOW, seq: 512, unread_count: 4 } };
}

function config() {
    const dcOptions = [];
    for (let dc = 1; dc <= 5; dc++) {
        dcOptions.push({ _: 'dcOption', id: dc, ip_address: `149.154.${160 + dc}.${50 + dc}`, port: 443 });
        dcOptions.push({ _: 'dcOption', ipv6: true, id: dc, ip_address: `2001:b28:f23d:f00${dc}::a`, port: 443 });
        dcOptions.push({ _: 'dcOption', media_only: true, id: dc, ip_address: `149.154.${160 + dc}.${200 + dc}`, port: 443 });
        if (dc % 2) dcOptions.push({ _: 'dcOption', static: true, id: dc, ip_address: `91.108.${50 + dc}.10`, port: 443, secret: bytes(16) });
    }
    return {
        _: 'config', default_p2p_contacts: true, revoke_pm_inbox: true, date: NOW, expires: NOW + 3600, test_mode: false, this_dc: 2,
        dc_options: dcOptions, dc_txt_domain_name: 'apv3.stel.com', chat_size_max: 200, megagroup_size_max: 200000, forwarded_count_max: 100,
        online_update_period_ms: 210000, offline_blur_timeout_ms: 5000, offline_idle_timeout_ms: 30000, online_cloud_timeout_ms: 300000,
        notify_cloud_delay_ms: 30000, notify_default_delay_ms: 1500, push_chat_period_ms: 60000, push_chat_limit: 2, edit_time_limit: 172800,
        revoke_time_limit: 2147483647, revoke_pm_time_limit: 2147483647, rating_e_decay: 2419200, stickers_recent_limit: 200,
        channels_read_media_period: 604800, call_receive_timeout_ms: 20000, call_ring_timeout_ms: 90000, call_connect_timeout_ms: 30000,
        call_packet_timeout_ms: 10000, me_url_prefix: 'https://t.me/', autoupdate_url_prefix: 'https://telegram.org/dl/',
        gif_search_username: 'gif', venue_search_username: 'foursquare', img_search_username: 'bing', static_maps_provider: 'telegram',
        caption_length_max: 1024, message_length_max: 4096, webfile_dc_id: 4, suggested_lang_code: 'en', lang_pack_version: 21000,
        base_lang_pack_version: 21000, reactions_default: { _: 'reactionEmoji', emoticon: '👍' },
    };
}

function stickerSet() {
    const set = { id: long(), access_hash: long() };
    const emoji = ['😀', '😂', '😍', '😎', '😢', '😡', '👍', '🎉'];
    const documents = Array.from({ length: 40 }, (_, i) => ({
        _: 'document', id: long(), access_hash: long(), file_reference: bytes(int(20, 40)), date: NOW - 900000, mime_type: 'image/webp',
        size: int(8000, 60000), thumbs: [{ _: 'photoSize', type: 'm', w: 128, h: 128, size: int(2000, 6000) }], dc_id: 2,
        attributes: [{ _: 'documentAttributeImageSize', w: 512, h: 512 },
            { _: 'documentAttributeSticker', alt: emoji[i % emoji.length], stickerset: { _: 'inputStickerSetID', ...set } },
            { _: 'documentAttributeFilename', file_name: 'sticker.webp' }],
    }));
    const packs = emoji.map((e, k) => ({ _: 'stickerPack', emoticon: e, documents: documents.filter((_, i) => i % emoji.length === k).map(d => d.id) }));
    const keywords = documents.slice(0, 10).map(d => ({ _: 'stickerKeyword', document_id: d.id, keyword: ['smile', 'happy'] }));
    return {
        _: 'messages.stickerSet',
        set: { _: 'stickerSet', installed_date: NOW - 86400, ...set, title: 'Cheerful Cat', short_name: 'CheerfulCat', count: documents.length, hash: int(1, 1 << 30) },
        packs, keywords, documents,
    };
}

function updatesBatch() {
    const users = Array.from({ length: 8 }, (_, i) => user(900 + i));
    const group = channel(60);
    const updates = [];
    for (let i = 0; i < 20; i++) {
        if (i % 4 === 0) updates.push({ _: 'updateNewChannelMessage', message: message(8000 + i, peerChannel(group.id), users), pts: 9500 + i, pts_count: 1 });
        else if (i % 4 === 1) updates.push({ _: 'updateNewMessage', message: message(8000 + i, peerUser(users[i % 8].id), users), pts: 7100 + i, pts_count: 1 });
        else updates.push(otherUpdate(i, users, group));
    }
    return { _: 'updates', updates, users, chats: [group], date: NOW, seq: 0 };
}

// users.getUsers answers a bare list: Vector<User>, the vector boxed.
function usersVector() {
    const users = Array.from({ length: 10 }, (_, i) => user(1100 + i, { contact: i < 5 }));
    const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
    return Buffer.concat([u32(0x1cb5c415), u32(users.length), ...users.map(encode)]);
}

const MESSAGES = [
    ['messages.channelMessages100', 'messages.Messages', () => encode(history())],
    ['messages.dialogsSlice50', 'messages.Dialogs', () => encode(dialogs())],
    ['contacts.contacts200', 'contacts.Contacts', () => encode(contacts())],
    ['updates.difference', 'updates.Difference', () => encode(difference())],
    ['config', 'Config', () => encode(config())],
    ['messages.stickerSet40', 'messages.StickerSet', () => encode(stickerSet())],
    ['users.getUsers10', 'Vector<User>', usersVector],
    ['updates20', 'Updates', () => encode(updatesBatch())],
];

function main() {
    const args = process.argv.slice(2);
    const out = args[0] === '--out' ? args[1] : path.join(__dirname, '..', '..', 'benches', 'peers', 'data', 'traffic230.txt');
    const lines = [`# generated by: node tools/gramjs/gen-traffic.js | schema=api-layer230.tl (layer 230) | encoder: tlencode.js | columns: label<TAB>type<TAB>hex`];
    for (const [label, type, make] of MESSAGES) lines.push(`${label}\t${type}\t${make().toString('hex')}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, lines.join('\n') + '\n');
    console.error(`wrote ${MESSAGES.length} messages to ${path.relative(process.cwd(), out)}`);
}

main();
