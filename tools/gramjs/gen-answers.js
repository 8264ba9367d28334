#!/usr/bin/env node
'use strict';
// Server answers for "calling a method for real": MTProto service payloads
// (rpc_result / rpc_error / gzip_packed / msg_container) around api-layer122 values.
//
// Usage: node tools/gramjs/gen-answers.js [--out tests/data/answers.txt]
//
// What GramJS (telegram@1.5.27) can and cannot build:
//   * rpc_error#2144ca19, msgs_ack#62d6b459 and every api value: GramJS classes, getBytes().
//   * rpc_result#f35c6d01: GramJS's core RPCResult has NO encoder (reader only)  -> hand-assembled:
//       u32le 0xf35c6d01 | i64le req_msg_id | <result bytes>
//   * msg_container#73f1f8dc: core MessageContainer / TLMessage have NO encoder  -> hand-assembled:
//       u32le 0x73f1f8dc | i32le count | count x ( i64le msg_id | i32le seqno | i32le bytes | body )
//     (bare vector<%Message>: no vector constructor id, messages have no constructor id)
//   * gzip_packed#3072cfa1 packed_data:bytes: core GZIPPacked.toBytes() exists but its gzip() is a
//     no-op in 1.5.27 (it returns the input uncompressed), so we compress with node's
//     zlib.gzipSync(data, {level: 9}) and frame it with GramJS's serializeBytes():
//       u32le 0x3072cfa1 | serializeBytes(gzip(data))
// Every line is then read back with GramJS's own readers (BinaryReader.tgReadObject ->
// core RPCResult / MessageContainer / GZIPPacked (pako.inflate)) and checked.
//
// Columns: name <TAB> hex <TAB> text.  The text column renders the whole service value with the
// same rules as tltext.js, using the MTProto names rpc_result{req_msg_id, result},
// rpc_error{error_code, error_message}, gzip_packed{packed_data}, msgs_ack{msg_ids},
// msg_container{messages: [message{msg_id, seqno, bytes, body}]}.

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const bigInt = require('big-integer');
const { Api } = require('telegram');
const { BinaryReader } = require('telegram/extensions');
const { serializeBytes } = require('telegram/tl/generationHelpers');
const { loadSchema } = require('./tlschema');
const { renderObject, escapeString, renderHex } = require('./tltext');
const bridge = require('./gramjs-bridge');

const argv = process.argv.slice(2);
let out = path.join(__dirname, '..', '..', 'tests', 'data', 'answers.txt');
for (let i = 0; i < argv.length; i++) if (argv[i] === '--out') out = argv[++i]; else throw new Error('unknown argument ' + argv[i]);

const schema = loadSchema('api');
const version = require('telegram/Version').version;

const REQ = 0x5e0b6a2c00000004n;       // our request (client msg_id, divisible by 4)
const OTHER_REQ = 0x5e0b6a2c00000008n; // another in-flight request
const hexId = (n) => '0x' + n.toString(16);

const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
const i32 = (n) => { const b = Buffer.alloc(4); b.writeInt32LE(n); return b; };
const i64 = (n) => { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt.asIntN(64, n)); return b; };

// ---- builders (each returns { bytes, text }) ----
function apiValue(v) { return { bytes: bridge.encode(schema, v), text: renderObject(schema, v) }; }
function rpcError(code, message) {
    const bytes = new Api.RpcError({ errorCode: code, errorMessage: message }).getBytes(); // GramJS encoder
    return { bytes, text: `rpc_error{error_code: ${code}, error_message: ${escapeString(message)}}` };
}
function rpcResult(req, result) { // hand-assembled
    return { bytes: Buffer.concat([u32(0xf35c6d01), i64(req), result.bytes]), text: `rpc_result{req_msg_id: ${req}, result: ${result.text}}` };
}
function gzipPacked(inner) { // node zlib + GramJS serializeBytes
    const packed = zlib.gzipSync(inner.bytes, { level: 9 });
    return { bytes: Buffer.concat([u32(0x3072cfa1), serializeBytes(packed)]), text: `gzip_packed{packed_data: ${renderHex(packed)}}`, inner };
}
function msgsAck(ids) {
    const bytes = new Api.MsgsAck({ msgIds: ids.map(x => bigInt(x.toString())) }).getBytes(); // GramJS encoder
    return { bytes, text: `msgs_ack{msg_ids: [${ids.join(', ')}]}` };
}
function msgContainer(msgs) { // hand-assembled
    const parts = [u32(0x73f1f8dc), i32(msgs.length)];
    const texts = [];
    for (const m of msgs) {
        parts.push(i64(m.msgId), i32(m.seqno), i32(m.body.bytes.length), m.body.bytes);
        texts.push(`message{msg_id: ${m.msgId}, seqno: ${m.seqno}, bytes: ${m.body.bytes.length}, body: ${m.body.text}}`);
    }
    return { bytes: Buffer.concat(parts), text: `msg_container{messages: [${texts.join(', ')}]}` };
}

// ---- the api payloads ----
const user = { _: 'user', contact: true, mutual_contact: true, id: 123456789, access_hash: -5394273829102718977n, first_name: 'Ivan',
    last_name: 'Petrov', phone: '79991234567', status: { _: 'userStatusRecently' } };
const updatesValue = { _: 'updates', updates: [
    { _: 'updatePeerSettings', peer: { _: 'peerUser', user_id: 123456789 }, settings: { _: 'peerSettings' } },
    { _: 'updateUserStatus', user_id: 123456789, status: { _: 'userStatusOnline', expires: 1612345999 } },
], users: [user], chats: [], date: 1612345678, seq: 0 };
// a larger updates for the gzip case (servers gzip big answers)
const bigUpdates = { _: 'updates', updates: [], users: [], chats: [], date: 1612345678, seq: 0 };
for (let i = 0; i < 20; i++) {
    bigUpdates.users.push({ _: 'user', id: 1000 + i, access_hash: BigInt(i) * 1234567891234n, first_name: 'User' + i, last_name: 'Иванов',
        username: 'user_' + i, status: { _: 'userStatusOffline', was_online: 1612300000 + i } });
    bigUpdates.updates.push({ _: 'updateUserStatus', user_id: 1000 + i, status: { _: 'userStatusRecently' } });
}

const ERRORS = [
    [400, 'CONTACT_ID_INVALID'],
    [400, 'CONTACT_NAME_EMPTY'],
    [400, 'MSG_ID_INVALID'],
    [400, 'CONTACT_ADD_MISSING'],
    [400, 'CONTACT_REQ_MISSING'],
    [420, 'FLOOD_WAIT_30'],
];

const lines = []; // [name, built, expectation]
const req = `req=${hexId(REQ)}`;
lines.push([`rpc_result.updates.${req}`, rpcResult(REQ, apiValue(updatesValue)), { body: updatesValue }]);
lines.push([`rpc_result.rpc_error.${req}`, rpcResult(REQ, rpcError(400, 'CONTACT_ID_INVALID')), { error: [400, 'CONTACT_ID_INVALID'] }]);
lines.push([`rpc_result.gzip_packed.rpc_error.${req}`, rpcResult(REQ, gzipPacked(rpcError(400, 'CONTACT_ID_INVALID'))), { gzipOf: 'rpc_error' }]);
lines.push([`gzip_packed.rpc_error`, gzipPacked(rpcError(400, 'CONTACT_ID_INVALID')), { gzipTop: true }]);
for (const [code, msg] of ERRORS) lines.push([`rpc_result.rpc_error.${msg}.${req}`, rpcResult(REQ, rpcError(code, msg)), { error: [code, msg] }]);
lines.push([`msg_container.ack+other+ours.${req}`, msgContainer([
    { msgId: 0x5e0b6a2d00000001n, seqno: 2, body: msgsAck([0x5e0b6a2c00000004n, 0x5e0b6a2c00000008n]) },
    { msgId: 0x5e0b6a2d00000005n, seqno: 3, body: rpcResult(OTHER_REQ, apiValue({ _: 'boolTrue' })) },
    { msgId: 0x5e0b6a2d00000009n, seqno: 5, body: rpcResult(REQ, apiValue(updatesValue)) },
]), { container: 3 }]);
lines.push([`rpc_result.gzip_packed.updates.${req}`, rpcResult(REQ, gzipPacked(apiValue(bigUpdates))), { gzipBody: bigUpdates }]);

// ---- verification with GramJS's readers ----
async function readTop(bytes) {
    const r = new BinaryReader(bytes);
    const obj = await r.tgReadObject(); // core classes' fromReader are async in 1.5.27
    return obj;
}
function sameValue(bytes, v) { return bridge.decode(schema, bytes).reencoded.equals(bridge.encode(schema, v)); }

async function verify(name, built, exp) {
    const obj = await readTop(built.bytes);
    if (exp.gzipTop) {
        return obj.data.equals(built.inner.bytes);
    }
    if (exp.container) {
        if (obj.messages.length !== exp.container) return false;
        for (const m of obj.messages) { if (m.obj && typeof m.obj.then === 'function') m.obj = await m.obj; }
        const [ack, other, ours] = obj.messages;
        return ack.obj.className === 'MsgsAck' && ack.obj.msgIds.length === 2 &&
            other.obj.reqMsgId.toString() === OTHER_REQ.toString() && /* GramJS quirk: RPCResult.fromReader reads the body to the end of the
            // buffer, so inside a container the body of a non-last rpc_result has the following messages appended */
            Buffer.from(other.obj.body).slice(0, 4).equals(u32(0x997275b5)) &&
            ours.obj.reqMsgId.toString() === REQ.toString() && sameValue(Buffer.from(ours.obj.body), updatesValue);
    }
    if (obj.reqMsgId.toString() !== REQ.toString()) return false;
    if (exp.error) return obj.error && obj.error.errorCode === exp.error[0] && obj.error.errorMessage === exp.error[1];
    if (exp.body) return sameValue(Buffer.from(obj.body), exp.body);
    if (exp.gzipBody) return sameValue(Buffer.from(obj.body), exp.gzipBody);
    if (exp.gzipOf === 'rpc_error') {
        // GramJS quirk: an rpc_error inside gzip_packed is returned as raw body bytes, not as `error`
        const e = Api.RpcError.fromReader(new BinaryReader(Buffer.from(obj.body).slice(4)));
        return obj.error === undefined && e.errorCode === 400 && e.errorMessage === 'CONTACT_ID_INVALID';
    }
    return false;
}

(async () => {
    let bad = 0;
    const outLines = [];
    for (const [name, built, exp] of lines) {
        const ok = await verify(name, built, exp);
        if (!ok) { bad++; console.error('GramJS read-back FAILED for ' + name); }
        outLines.push(`${name}\t${built.bytes.toString('hex')}\t${built.text}`);
        console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name} (${built.bytes.length} bytes)`);
    }
    const header = `# generated by: node tools/gramjs/gen-answers.js | telegram@${version} (GramJS) + node ${process.version} zlib ${process.versions.zlib} (gzipSync level 9)` +
        ` | req_msg_id=${hexId(REQ)} | columns: name<TAB>hex<TAB>TL text (MTProto service names) | ${outLines.length} lines`;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, header + '\n' + outLines.join('\n') + '\n');
    console.log(`wrote ${out}: ${outLines.length} lines, ${fs.statSync(out).size} bytes, GramJS read-back failures: ${bad}`);
    process.exit(bad ? 1 : 0);
})();
