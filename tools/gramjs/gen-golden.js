#!/usr/bin/env node
'use strict';
// Golden data generator: random instances of every definition of api-layer122.tl,
// serialized with GramJS (telegram@1.5.27) getBytes() and rendered as TL text.
//
// Usage: node tools/gramjs/gen-golden.js [--seed N | N] [--out FILE] [--per-def 3]
// Output: tests/data/golden-layer122.txt (one line per instance: name \t hex \t text)

const fs = require('fs');
const path = require('path');
const { loadSchema } = require('./tlschema');
const { Generator } = require('./generator');
const { renderObject } = require('./tltext');
const bridge = require('./gramjs-bridge');

const DEFAULT_SEED = 122;
const GENERIC_METHODS = new Set(['invokeAfterMsg', 'invokeAfterMsgs', 'initConnection', 'invokeWithLayer',
    'invokeWithoutUpdates', 'invokeWithMessagesRange', 'invokeWithTakeout']);

function parseArgs(argv) {
    const a = { seed: DEFAULT_SEED, out: path.join(__dirname, '..', '..', 'tests', 'data', 'golden-layer122.txt'), perDef: 3, seedGiven: false };
    for (let i = 0; i < argv.length; i++) {
        const x = argv[i];
        if (x === '--seed') { a.seed = Number(argv[++i]); a.seedGiven = true; }
        else if (x === '--out') a.out = argv[++i];
        else if (x === '--per-def') a.perDef = Number(argv[++i]);
        else if (/^\d+$/.test(x)) { a.seed = Number(x); a.seedGiven = true; }
        else throw new Error('unknown argument ' + x);
    }
    return a;
}

// Hand-picked extra values so that the whole file covers the interesting encodings.
function extraInstances(schema, gen) {
    const ex = new Map();
    const add = (name, v) => { if (!ex.has(name)) ex.set(name, []); ex.get(name).push(Object.assign({ _: name }, v)); };
    const LENGTHS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 253, 254, 255, 256, 300, 1000];
    // strings of exact UTF-8 byte lengths, ASCII and multi-byte
    for (const L of LENGTHS) {
        add('inputPhoneContact', { client_id: BigInt(L), phone: gen.genStringBytes(L, 'ascii'), first_name: gen.genStringBytes(L, 'multi'), last_name: gen.genStringBytes(L, 'mixed') });
    }
    // strings of exact *character* counts 253/254/255/300 made of 2-byte / 3-byte / 4-byte chars
    add('contacts.importContacts', { contacts: [
        { _: 'inputPhoneContact', client_id: -1n, phone: 'é', first_name: 'дом', last_name: '😀' },
        { _: 'inputPhoneContact', client_id: 7n, phone: '', first_name: 'д'.repeat(254), last_name: 'é'.repeat(127) },
        { _: 'inputPhoneContact', client_id: -(2n ** 63n), phone: '"\\\n\t\r\u0001\u007f', first_name: '😀'.repeat(64), last_name: 'x'.repeat(253) },
    ] });
    add('contacts.importContacts', { contacts: [] });
    // bytes of all the boundary lengths
    for (const L of LENGTHS) add('inputPhoto', { id: BigInt(L) - 5n, access_hash: gen.genLong(), file_reference: gen.rng.bytes(L) });
    // int / long extremes
    add('inputPeerUser', { user_id: -2147483648, access_hash: -(2n ** 63n) });
    add('inputPeerUser', { user_id: 2147483647, access_hash: 2n ** 63n - 1n });
    add('inputPeerChannel', { channel_id: -1, access_hash: -1n });
    // doubles
    const { DOUBLES } = require('./generator');
    for (let i = 0; i < DOUBLES.length; i += 2) add('inputGeoPoint', { lat: DOUBLES[i], long: DOUBLES[i + 1] });
    // Bool both ways (non-conditional)
    add('inputPeerNotifySettings', { show_previews: true, silent: true, mute_until: 0, sound: 'default' });
    add('contacts.block', { id: { _: 'inputPeerSelf' } });
    add('account.updateStatus', { offline: false });
    add('account.updateStatus', { offline: true });
    return ex;
}

// Coverage of interesting encodings across the written instances.
function coverage(schema, values) {
    const c = { str: new Map(), bytes: new Map(), multibyteStrings: 0, emptyVec: 0, nonEmptyVec: 0, negInt: 0, negLong: 0, doubles: 0 };
    const bucket = (n) => n <= 10 ? String(n) : n < 253 ? '11..252' : n <= 255 ? String(n) : n < 300 ? '256..299' : '300+';
    const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
    const walkT = (t, x) => {
        if (t.kind === 'prim') {
            if (t.name === 'string') { const n = Buffer.byteLength(x); inc(c.str, bucket(n)); if (n !== x.length) c.multibyteStrings++; }
            else if (t.name === 'bytes') inc(c.bytes, bucket(x.length));
            else if (t.name === 'int' && x < 0) c.negInt++;
            else if (t.name === 'long' && x < 0n) c.negLong++;
            else if (t.name === 'double') c.doubles++;
        } else if (t.kind === 'vector') { x.length ? c.nonEmptyVec++ : c.emptyVec++; x.forEach(e => walkT(t.elem, e)); }
        else walkO(x);
    };
    const walkO = (v) => {
        const def = schema.byName.get(v._);
        for (const p of def.params) if (p.type.kind !== 'flags' && v[p.name] !== undefined && !(p.type.kind === 'prim' && p.type.name === 'true')) walkT(p.type, v[p.name]);
    };
    values.forEach(walkO);
    const fmt = (m) => [...m.entries()].sort((a, b) => (parseInt(a[0]) - parseInt(b[0])) || a[0].localeCompare(b[0])).map(([k, n]) => `${k}:${n}`).join(' ');
    console.log('coverage: string byte lengths ' + fmt(c.str));
    console.log('coverage: bytes lengths        ' + fmt(c.bytes));
    console.log(`coverage: multi-byte strings ${c.multibyteStrings}, empty vectors ${c.emptyVec}, non-empty vectors ${c.nonEmptyVec}, negative ints ${c.negInt}, negative longs ${c.negLong}, doubles ${c.doubles}`);
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const schema = loadSchema('api');
    const gen = new Generator(schema, args.seed);
    const version = require('telegram/Version').version;
    const extras = extraInstances(schema, gen);

    const lines = [];
    const written = [];
    const stats = { defs: 0, instances: 0, dropped: 0, readSkipped: 0, handEncoded: 0, reasons: {} };
    const drop = (name, why) => {
        stats.dropped++;
        stats.reasons[why] = (stats.reasons[why] || 0) + 1;
        if (stats.dropped <= 20) console.error(`drop ${name}: ${why}`);
    };

    for (const def of schema.defs) {
        stats.defs++;
        const vals = [];
        for (let i = 0; i < args.perDef; i++) vals.push(gen.genDef(def, 0, i < 2 ? i : 2));
        for (const v of extras.get(def.name) || []) vals.push(v);
        for (const v of vals) {
            let hex, text;
            try {
                text = renderObject(schema, v);
                const bytes = bridge.encode(schema, v);
                hex = bytes.toString('hex');
                if (bridge.CORE[def.name] !== undefined) stats.handEncoded++;
                // read-back check with GramJS
                let d;
                try { d = bridge.decode(schema, bytes); }
                catch (e) {
                    if (def.isMethod) { stats.readSkipped++; d = null; }
                    else { drop(def.name, 'decode error: ' + e.message.slice(0, 80)); continue; }
                }
                if (d) {
                    if (d.consumed !== d.total) { drop(def.name, 'trailing bytes after decode'); continue; }
                    if (!d.reencoded.equals(bytes)) { drop(def.name, 're-encode differs'); continue; }
                    const text2 = renderObject(schema, d.value);
                    if (text2 !== text) { if (process.env.DEBUG_DIFF) console.error(text + '\n' + text2); drop(def.name, 'decoded text differs'); continue; }
                }
            } catch (e) {
                drop(def.name, 'encode error: ' + e.message.slice(0, 80));
                continue;
            }
            lines.push(`${def.name}\t${hex}\t${text}`);
            written.push(v);
            stats.instances++;
        }
    }
    const header = `# generated by: node tools/gramjs/gen-golden.js --seed ${args.seed}` +
        ` | seed=${args.seed} | telegram@${version} (GramJS) | schema=api-layer122.tl (layer 122)` +
        ` | columns: name<TAB>hex(getBytes)<TAB>TL text | ${stats.instances} instances`;
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    fs.writeFileSync(args.out, header + '\n' + lines.join('\n') + '\n');
    const size = fs.statSync(args.out).size;
    console.log(`definitions: ${stats.defs} (constructors ${schema.defs.filter(d => !d.isMethod).length}, methods ${schema.defs.filter(d => d.isMethod).length})`);
    console.log(`instances written: ${stats.instances}`);
    console.log(`dropped (GramJS could not decode/re-encode identically): ${stats.dropped}`, stats.reasons);
    console.log(`method read-back skipped: ${stats.readSkipped}`);
    console.log(`hand-encoded (no GramJS class: boolFalse/boolTrue/true/error/null): ${stats.handEncoded}`);
    coverage(schema, written);
    console.log(`wrote ${args.out} (${size} bytes)`);
}

if (require.main === module) main();
module.exports = { GENERIC_METHODS, DEFAULT_SEED };
