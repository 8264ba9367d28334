#!/usr/bin/env node
'use strict';
// Hand-picked named instances (tests/data/seeds.txt) and two benchmark payloads (tests/data/bench.txt),
// serialized with GramJS (telegram@1.5.27) getBytes(); each line is verified by decoding it back with GramJS.
//
// Usage: node tools/gramjs/gen-seeds.js [--out-dir tests/data]

const fs = require('fs');
const path = require('path');
const { loadSchema } = require('./tlschema');
const { Rng } = require('./generator');
const { goldenLine } = require('./gramjs-bridge');

const argv = process.argv.slice(2);
let outDir = path.join(__dirname, '..', '..', 'tests', 'data');
for (let i = 0; i < argv.length; i++) if (argv[i] === '--out-dir') outDir = argv[++i]; else throw new Error('unknown argument ' + argv[i]);

const schema = loadSchema('api');
const version = require('telegram/Version').version;

// ---- building blocks ----
const inputUser = { _: 'inputUser', user_id: 123456789, access_hash: -5394273829102718977n };
const inputUserSelf = { _: 'inputUserSelf' };
const inputUserEmpty = { _: 'inputUserEmpty' };
const inputPeerChannel = { _: 'inputPeerChannel', channel_id: 1234567890, access_hash: 7355608123456789012n };
const inputUserFromMessage = { _: 'inputUserFromMessage', peer: inputPeerChannel, msg_id: 4242, user_id: 987654321 };
const addContact = (flag, id, first, last, phone) => Object.assign({ _: 'contacts.addContact' },
    flag ? { add_phone_privacy_exception: true } : {}, { id, first_name: first, last_name: last, phone });
const addContactIvan = addContact(true, inputUser, 'Ivan', 'Petrov', '+79991234567');

const entities2 = [
    { _: 'messageEntityBold', offset: 0, length: 5 },
    { _: 'messageEntityTextUrl', offset: 6, length: 5, url: 'https://example.org/é' },
];
const fwd = { _: 'messageFwdHeader', from_id: { _: 'peerUser', user_id: 777000 }, from_name: 'Telegram', date: 1600000000 };
const userA = { _: 'user', self: true, contact: true, id: 123456789, access_hash: -5394273829102718977n, first_name: 'Ivan', last_name: 'Petrov',
    username: 'ivanp', phone: '79991234567', status: { _: 'userStatusOnline', expires: 1612345678 } };
const userB = { _: 'user', bot: true, bot_info_version: 3, id: 555, access_hash: 1n, first_name: 'Бот', bot_inline_placeholder: 'search…' };
const chat1 = { _: 'chat', creator: true, id: 4321, title: 'Дом 😀', photo: { _: 'chatPhotoEmpty' }, participants_count: 3, date: 1600000001, version: 1 };
const msg1 = { _: 'message', out: true, id: 101, from_id: { _: 'peerUser', user_id: 123456789 }, peer_id: { _: 'peerChat', chat_id: 4321 },
    date: 1612345679, message: 'Привет, мир!', entities: [{ _: 'messageEntityItalic', offset: 0, length: 6 }] };

const seeds = [
    ['contacts.addContact', addContactIvan],
    ['contacts.addContact', addContact(false, inputUser, 'Ivan', 'Petrov', '+79991234567')],
    ['contacts.addContact', addContact(true, inputUserSelf, 'Ivan', 'Petrov', '+79991234567')],
    ['contacts.addContact', addContact(false, inputUserSelf, '', '', '')],
    ['contacts.addContact', addContact(true, inputUser, 'I'.repeat(254), 'P'.repeat(254), '+7' + '9'.repeat(252))],
    ['contacts.addContact', addContact(false, inputUserFromMessage, 'д'.repeat(254), 'é'.repeat(254), '😀')],
    ['contacts.acceptContact', { _: 'contacts.acceptContact', id: inputUser }],
    ['contacts.acceptContact', { _: 'contacts.acceptContact', id: inputUserSelf }],
    ['contacts.acceptContact', { _: 'contacts.acceptContact', id: inputUserEmpty }],
    ['contacts.acceptContact', { _: 'contacts.acceptContact', id: inputUserFromMessage }],
    // every InputPeer constructor
    ['inputPeerEmpty', { _: 'inputPeerEmpty' }],
    ['inputPeerSelf', { _: 'inputPeerSelf' }],
    ['inputPeerChat', { _: 'inputPeerChat', chat_id: 4321 }],
    ['inputPeerUser', { _: 'inputPeerUser', user_id: 123456789, access_hash: -5394273829102718977n }],
    ['inputPeerChannel', inputPeerChannel],
    ['inputPeerUserFromMessage', { _: 'inputPeerUserFromMessage', peer: { _: 'inputPeerChat', chat_id: 4321 }, msg_id: 17, user_id: 123456789 }],
    ['inputPeerChannelFromMessage', { _: 'inputPeerChannelFromMessage', peer: inputPeerChannel, msg_id: 18, channel_id: 1234567891 }],
    ['inputPeerUserFromMessage', { _: 'inputPeerUserFromMessage',
        peer: { _: 'inputPeerUserFromMessage', peer: inputPeerChannel, msg_id: 1, user_id: 2 }, msg_id: 3, user_id: 4 }],
    // every InputUser constructor
    ['inputUserEmpty', inputUserEmpty],
    ['inputUserSelf', inputUserSelf],
    ['inputUser', inputUser],
    ['inputUserFromMessage', inputUserFromMessage],
    // the 7 Updates constructors
    ['updatesTooLong', { _: 'updatesTooLong' }],
    ['updateShortMessage', { _: 'updateShortMessage', out: true, id: 100, user_id: 123456789, message: 'Hello world', pts: 5000, pts_count: 1,
        date: 1612345678, fwd_from: fwd, entities: entities2 }],
    ['updateShortChatMessage', { _: 'updateShortChatMessage', mentioned: true, id: 101, from_id: 123456789, chat_id: 4321, message: 'hi @all',
        pts: 5001, pts_count: 1, date: 1612345679, reply_to: { _: 'messageReplyHeader', reply_to_msg_id: 100 } }],
    ['updateShort', { _: 'updateShort', update: { _: 'updateUserStatus', user_id: 123456789, status: { _: 'userStatusOffline', was_online: 1612345600 } }, date: 1612345680 }],
    ['updatesCombined', { _: 'updatesCombined', updates: [{ _: 'updateDeleteMessages', messages: [1, 2, 3], pts: 5002, pts_count: 3 }],
        users: [userA], chats: [], date: 1612345681, seq_start: 10, seq: 11 }],
    ['updates', { _: 'updates', updates: [
        { _: 'updateNewMessage', message: msg1, pts: 5003, pts_count: 1 },
        { _: 'updateUserStatus', user_id: 555, status: { _: 'userStatusRecently' } },
        { _: 'updateReadHistoryInbox', folder_id: 1, peer: { _: 'peerChat', chat_id: 4321 }, max_id: 101, still_unread_count: 0, pts: 5004, pts_count: 1 },
    ], users: [userA, userB], chats: [chat1], date: 1612345682, seq: 12 }],
    ['updateShortSentMessage', { _: 'updateShortSentMessage', out: true, id: 102, pts: 5005, pts_count: 1, date: 1612345683,
        media: { _: 'messageMediaGeo', geo: { _: 'geoPoint', long: 37.625, lat: 55.75, access_hash: -42n, accuracy_radius: 10 } },
        entities: [{ _: 'messageEntityUrl', offset: 0, length: 19 }] }],
    ['invokeWithLayer', { _: 'invokeWithLayer', layer: 122, query: { _: 'initConnection', api_id: 12345, device_model: 'PC', system_version: 'Linux',
        app_version: '1.0', system_lang_code: 'en', lang_pack: '', lang_code: 'en', query: addContactIvan } }],
];

// ---- benchmark payloads ----
function benchShortMessage18() {
    const kinds = ['messageEntityBold', 'messageEntityItalic', 'messageEntityCode', 'messageEntityUrl', 'messageEntityMention', 'messageEntityHashtag'];
    const entities = [];
    for (let i = 0; i < 18; i++) entities.push({ _: kinds[i % kinds.length], offset: i * 14, length: 10 });
    const words = 'The quick brown fox jumps over the lazy dog. ';
    let message = '';
    while (message.length < 260) message += words;
    message = message.slice(0, 260);
    return { _: 'updateShortMessage', out: true, id: 31337, user_id: 123456789, message, pts: 90001, pts_count: 1, date: 1612345678, entities };
}
function benchUpdates100() {
    const r = new Rng(100);
    const users = [], chats = [], updates = [];
    for (let i = 0; i < 50; i++) users.push({ _: 'user', contact: i % 3 === 0, id: 1000 + i, access_hash: r.i64(), first_name: 'User' + i,
        last_name: i % 2 ? 'Иванов' : 'Smith', username: 'user_' + i, phone: '7999' + String(1000000 + i),
        photo: { _: 'userProfilePhoto', photo_id: r.i64(), photo_small: { _: 'fileLocationToBeDeprecated', volume_id: r.i64(), local_id: r.range(1, 100000) },
            photo_big: { _: 'fileLocationToBeDeprecated', volume_id: r.i64(), local_id: r.range(1, 100000) }, dc_id: 2 },
        status: { _: 'userStatusOffline', was_online: 1612300000 + i } });
    for (let i = 0; i < 20; i++) chats.push({ _: 'chat', id: 5000 + i, title: 'Group #' + i + ' 😀', photo: { _: 'chatPhotoEmpty' },
        participants_count: 2 + i, date: 1600000000 + i, version: i });
    for (let i = 0; i < 100; i++) {
        const k = i % 4;
        if (k === 0 || k === 1) updates.push({ _: 'updateNewMessage', message: { _: 'message', id: 2000 + i,
            from_id: { _: 'peerUser', user_id: 1000 + (i % 50) }, peer_id: { _: 'peerChat', chat_id: 5000 + (i % 20) }, date: 1612345000 + i,
            message: 'message number ' + i + (k ? ' with an entity' : ''), entities: k ? [{ _: 'messageEntityBold', offset: 0, length: 7 }] : undefined },
            pts: 10000 + i, pts_count: 1 });
        else if (k === 2) updates.push({ _: 'updateUserStatus', user_id: 1000 + (i % 50), status: { _: 'userStatusOnline', expires: 1612346000 + i } });
        else updates.push({ _: 'updateReadHistoryInbox', peer: { _: 'peerChat', chat_id: 5000 + (i % 20) }, max_id: 2000 + i, still_unread_count: i % 7,
            pts: 10000 + i, pts_count: 1 });
    }
    return { _: 'updates', updates, users, chats, date: 1612345682, seq: 77 };
}

function write(file, cmd, lines) {
    const header = `# generated by: ${cmd} | telegram@${version} (GramJS) | schema=api-layer122.tl (layer 122) | columns: name<TAB>hex(getBytes)<TAB>TL text | ${lines.length} lines`;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, header + '\n' + lines.join('\n') + '\n');
    console.log(`wrote ${file}: ${lines.length} lines, ${fs.statSync(file).size} bytes`);
}

const seedLines = seeds.map(([name, v]) => goldenLine(schema, name, v));
write(path.join(outDir, 'seeds.txt'), 'node tools/gramjs/gen-seeds.js', seedLines);
const b18 = benchShortMessage18();
const benchLines = [goldenLine(schema, 'bench.updateShortMessage18', b18), goldenLine(schema, 'bench.updates100', benchUpdates100())];
for (const l of benchLines) console.log(`  ${l.split('\t')[0]}: ${l.split('\t')[1].length / 2} bytes`);
write(path.join(outDir, 'bench.txt'), 'node tools/gramjs/gen-seeds.js', benchLines);
