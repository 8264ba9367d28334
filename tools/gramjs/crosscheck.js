#!/usr/bin/env node
'use strict';
// Live cross-check between GramJS (telegram@1.5.27) and the Rust `tl` tool.
//
//   node tools/gramjs/crosscheck.js --bin target/release/tl [--seed 1] [--per-def 2]
//   node tools/gramjs/crosscheck.js --bin target/release/tl --per-def 50      (large run)
//
// Direction A: GramJS encodes random instances (generator.js, same generator as gen-golden.js)
//              -> `tl roundtrip` (hex per line on stdin, re-encoded hex or `error: ...` per line
//              on stdout) -> output must equal input.
// Direction B: `tl random --seed S --per-def N` (`name<TAB>hex` lines) -> GramJS decodes each
//              (BinaryReader.tgReadObject; GramJS's tlobjects map contains the request classes
//              too, so methods are decoded with their generated fromReader) -> getBytes() must
//              equal the input.  Differences that a documented GramJS quirk explains (decided by
//              an independent schema-driven decoder, tldecode.js) are reported separately.
//
// Other options:
//   --only A|B             run one direction
//   --random-file FILE     direction B from a file of `name<TAB>hex[<TAB>...]` lines instead of
//                          running `tl random` (e.g. tests/data/golden-layer122.txt)
//   --verbose              print every mismatch (default: first 20)
// Exit status: 0 ok, 1 unexplained mismatch, 2 usage / tool failure.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { loadSchema } = require('./tlschema');
const { Generator } = require('./generator');
const bridge = require('./gramjs-bridge');
const { decodeTop } = require('./tldecode');

// ---------------------------------------------------------------------------------------------
// GramJS 1.5.27 quirks.  `defs` = definitions the quirk is about (a value of any definition that
// contains one of them can be affected); `detect(tree, notes)` decides from the independent decode
// whether a given instance exercises the quirk.
// ---------------------------------------------------------------------------------------------
function walk(v, fn) {
    if (Array.isArray(v)) { v.forEach(e => walk(e, fn)); return; }
    if (v && typeof v === 'object' && typeof v._ === 'string') {
        fn(v);
        for (const k of Object.keys(v)) if (k !== '_') walk(v[k], fn);
    }
}
function anyNode(tree, pred) { let hit = false; walk(tree, n => { if (!hit && pred(n)) hit = true; }); return hit; }

function buildQuirks(schema) {
    const boolFlagFields = new Map(); // def -> [field]
    const randomIdInt = [];
    for (const d of schema.defs) for (const p of d.params) {
        if (p.cond && p.type.kind === 'prim' && p.type.name === 'Bool') {
            if (!boolFlagFields.has(d.name)) boolFlagFields.set(d.name, []);
            boolFlagFields.get(d.name).push(p.name);
        }
        if (p.name === 'random_id' && p.type.kind === 'prim' && p.type.name === 'int') randomIdInt.push(d.name);
    }
    const stringDefs = schema.defs.filter(d => d.params.some(p => p.rawType === 'string' || p.rawType === 'Vector<string>')).map(d => d.name);
    const doubleDefs = schema.defs.filter(d => d.params.some(p => p.rawType === 'double')).map(d => d.name);
    const flagDefs = schema.defs.filter(d => d.params.some(p => p.type.kind === 'flags')).map(d => d.name);
    const sharedBit = schema.defs.filter(d => {
        const seen = new Set();
        for (const p of d.params) if (p.cond) { const k = p.cond.flag + p.cond.bit; if (seen.has(k)) return true; seen.add(k); }
        return false;
    }).map(d => d.name);
    const badPeer = (p) => p && ((p.chat_id !== undefined && !(p.chat_id > 0)) || (p.channel_id !== undefined && !(p.channel_id > 0)));
    return [
        { id: 'bool-flag-false', defs: [...boolFlagFields.keys()],
          what: 'getBytes() treats a conditional `flags.N?Bool` field equal to false as absent (flag bit cleared, field not written)',
          detect: (t) => anyNode(t, n => (boolFlagFields.get(n._) || []).some(f => n[f] === false)) },
        { id: 'message-media-dropped', defs: ['message'],
          what: 'GramJS decodes `message` through its patched custom Message class, whose constructor keeps `media` only if it is messageMediaEmpty',
          detect: (t) => anyNode(t, n => n._ === 'message' && n.media !== undefined && n.media._ !== 'messageMediaEmpty') },
        { id: 'message-id-zero', defs: ['message', 'messageService', 'messageEmpty'],
          what: "patched Message constructor throws 'id is a required attribute for Message' when id is 0",
          detect: (t) => anyNode(t, n => ['message', 'messageService', 'messageEmpty'].includes(n._) && n.id === 0) },
        { id: 'message-peer-normalised', defs: ['message', 'messageService'],
          what: 'patched Message constructor calls Utils.getPeerId(from_id) (and peer_id for posts), which rewrites a peerChat/peerChannel id outside 1..2^31-1 in place',
          detect: (t) => anyNode(t, n => (n._ === 'message' || n._ === 'messageService') && (badPeer(n.from_id) || badPeer(n.peer_id))) },
        { id: 'random-id-int-zero', defs: randomIdInt,
          what: 'the generated constructor replaces a falsy `randomId` argument by a random 64-bit bigInt; for `random_id:int` 0 this breaks encoding',
          detect: (t) => anyNode(t, n => randomIdInt.includes(n._) && n.random_id === 0) },
        { id: 'invalid-utf8-string', defs: stringDefs,
          what: "strings are decoded with Buffer.toString('utf-8'); invalid UTF-8 becomes U+FFFD and re-encodes differently",
          detect: (t, notes) => notes.some(x => x.kind === 'invalid-utf8') },
        { id: 'unknown-flag-bits', defs: flagDefs,
          what: 'getBytes() recomputes `flags` from the fields; bits no field uses are dropped',
          detect: (t, notes) => notes.some(x => x.kind === 'unknown-flag-bits') },
        { id: 'nonzero-padding', defs: stringDefs,
          what: 'string/bytes padding is skipped on read and written as zeros',
          detect: (t, notes) => notes.some(x => x.kind === 'nonzero-padding') },
        { id: 'nan-double', defs: doubleDefs,
          what: 'NaN payloads of doubles are not guaranteed to survive readDoubleLE/writeDoubleLE',
          detect: (t, notes) => notes.some(x => x.kind === 'nan') },
        { id: 'shared-flag-bit (encode side only)', defs: sharedBit,
          what: 'two fields on one flag bit (e.g. user.bot/bot_info_version): a GramJS object with only one of them set writes the bit but not the value; never arises when decoding',
          detect: () => false },
        { id: 'decode-error-corrupts-state (handled)', defs: ['(any definition with a vector field)'],
          what: 'a fromReader() exception inside a vector leaves argsConfig.isVector=false, corrupting that class for the rest of the process -> gramjs-bridge.js reloads the telegram package after every exception',
          detect: () => false },
        { id: 'core-types-no-class (handled)', defs: ['boolFalse', 'boolTrue', 'true', 'error', 'null'],
          what: 'GramJS generates no classes for these CORE_TYPES; tgReadObject returns JS true/false for Bool and throws for the others -> encoded/decoded by hand in gramjs-bridge.js',
          detect: () => false },
    ];
}

// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
    const a = { bin: null, seed: 1, perDef: 2, only: null, randomFile: null, verbose: false };
    for (let i = 0; i < argv.length; i++) {
        const x = argv[i];
        if (x === '--bin') a.bin = argv[++i];
        else if (x === '--seed') a.seed = Number(argv[++i]);
        else if (x === '--per-def') a.perDef = Number(argv[++i]);
        else if (x === '--only') a.only = argv[++i].toUpperCase();
        else if (x === '--random-file') a.randomFile = argv[++i];
        else if (x === '--verbose') a.verbose = true;
        else if (x === '--help' || x === '-h') { console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 24).join('\n')); process.exit(0); }
        else { console.error('unknown argument ' + x); process.exit(2); }
    }
    if (!Number.isInteger(a.seed) || !Number.isInteger(a.perDef) || a.perDef < 1) { console.error('bad --seed/--per-def'); process.exit(2); }
    return a;
}

function runTool(bin, args, input) {
    const r = spawnSync(bin, args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
    if (r.error) { console.error(`cannot run ${bin} ${args.join(' ')}: ${r.error.message}`); process.exit(2); }
    if (r.status !== 0) { console.error(`${bin} ${args.join(' ')} exited with ${r.status}\n${(r.stderr || '').slice(0, 2000)}`); process.exit(2); }
    return r.stdout;
}

function directionA(schema, args, report) {
    const gen = new Generator(schema, args.seed);
    const items = [];
    const st = { definitions: 0, instances: 0, mismatches: 0, skipped: 0, toolErrors: 0 };
    for (const def of schema.defs) {
        st.definitions++;
        for (let i = 0; i < args.perDef; i++) {
            const v = gen.genDef(def, 0, i < 2 ? i : 2);
            let bytes;
            try {
                bytes = bridge.encode(schema, v);
                const d = bridge.decode(schema, bytes); // GramJS must agree with itself first
                if (d.consumed !== d.total || !d.reencoded.equals(bytes)) throw new Error('GramJS self round-trip differs');
            } catch (e) { st.skipped++; report(`A skip ${def.name}: ${e.message}`); continue; }
            items.push({ name: def.name, hex: bytes.toString('hex') });
        }
    }
    const out = runTool(args.bin, ['roundtrip'], items.map(x => x.hex).join('\n') + '\n').split('\n');
    if (out.length && out[out.length - 1] === '') out.pop();
    if (out.length !== items.length) { console.error(`tl roundtrip: expected ${items.length} output lines, got ${out.length}`); process.exit(2); }
    const perDef = new Map();
    items.forEach((x, i) => {
        st.instances++;
        const got = out[i].trim();
        if (got !== x.hex) {
            st.mismatches++;
            if (got.startsWith('error')) st.toolErrors++;
            perDef.set(x.name, (perDef.get(x.name) || 0) + 1);
            report(`A MISMATCH ${x.name}\n    in : ${x.hex.slice(0, 400)}\n    out: ${got.slice(0, 400)}`);
        }
    });
    return { st, perDef };
}

function directionB(schema, args, quirks, report) {
    let text;
    if (args.randomFile) text = fs.readFileSync(args.randomFile, 'utf8');
    else text = runTool(args.bin, ['random', '--seed', String(args.seed), '--per-def', String(args.perDef)], '');
    const st = { definitions: 0, instances: 0, mismatches: 0, skipped: 0, quirkExplained: 0 };
    const byQuirk = new Map();
    const perDef = new Map();
    const defsSeen = new Set();
    for (const line of text.split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const [name, hex] = line.split('\t');
        st.instances++;
        defsSeen.add(name);
        const buf = Buffer.from(hex.trim(), 'hex');
        let problem = null;
        try {
            const d = bridge.decode(schema, buf);
            if (d.consumed !== d.total) problem = `GramJS consumed ${d.consumed} of ${d.total} bytes`;
            else if (!d.reencoded.equals(buf)) problem = `re-encoded: ${d.reencoded.toString('hex').slice(0, 400)}`;
        } catch (e) { problem = 'GramJS decode error: ' + e.message.split('\n')[0].slice(0, 200); }
        if (!problem) continue;
        // explain with the independent decoder
        let own, explained = null;
        try { own = decodeTop(schema, buf); } catch (e) { own = null; problem += ` | independent decoder: ${e.message}`; }
        if (own && own.consumed !== buf.length) { problem += ` | independent decoder: ${buf.length - own.consumed} trailing bytes`; own = null; }
        if (own) for (const q of quirks) if (q.detect(own.value, own.notes)) { explained = q.id; break; }
        if (explained) {
            st.quirkExplained++;
            byQuirk.set(explained, (byQuirk.get(explained) || 0) + 1);
            if (args.verbose) report(`B quirk[${explained}] ${name}`);
        } else {
            st.mismatches++;
            perDef.set(name, (perDef.get(name) || 0) + 1);
            report(`B MISMATCH ${name}: ${problem}\n    in : ${hex.slice(0, 400)}`);
        }
    }
    st.definitions = defsSeen.size;
    return { st, byQuirk, perDef };
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    const schema = loadSchema('api');
    const quirks = buildQuirks(schema);
    const needBin = args.only !== 'B' || !args.randomFile;
    if (needBin) {
        if (!args.bin) { console.error('--bin <path to the Rust `tl` tool> is required'); process.exit(2); }
        if (!fs.existsSync(args.bin)) { console.error(`--bin ${args.bin}: not found (build it with cargo build --release)`); process.exit(2); }
    }
    let shown = 0;
    const report = (msg) => { if (args.verbose || shown++ < 20) console.log(msg); };

    console.log(`crosscheck: telegram@${require('telegram/Version').version}, schema ${path.basename(schema.path)}` +
        ` (${schema.defs.length} definitions), seed ${args.seed}, per-def ${args.perDef}`);
    console.log('GramJS quirks (definitions they are about):');
    for (const q of quirks) console.log(`  - ${q.id}: ${q.defs.length <= 6 ? q.defs.join(', ') : q.defs.slice(0, 6).join(', ') + `, ... (${q.defs.length} defs)`}`);

    let fail = false;
    if (args.only !== 'B') {
        const { st, perDef } = directionA(schema, args, report);
        console.log(`direction A (GramJS -> tl roundtrip): definitions ${st.definitions}, instances ${st.instances}, mismatches ${st.mismatches}` +
            ` (tool errors ${st.toolErrors}), skipped ${st.skipped}`);
        if (perDef.size) console.log('  mismatching definitions: ' + [...perDef].map(([k, n]) => `${k}(${n})`).join(' '));
        if (st.mismatches) fail = true;
    }
    if (args.only !== 'A') {
        const { st, byQuirk, perDef } = directionB(schema, args, quirks, report);
        console.log(`direction B (${args.randomFile ? args.randomFile : 'tl random'} -> GramJS): definitions ${st.definitions}, instances ${st.instances},` +
            ` mismatches ${st.mismatches}, quirk-explained ${st.quirkExplained}, skipped ${st.skipped}`);
        for (const [q, n] of byQuirk) console.log(`  quirk-explained by ${q}: ${n}`);
        if (perDef.size) console.log('  mismatching definitions: ' + [...perDef].map(([k, n]) => `${k}(${n})`).join(' '));
        if (st.mismatches) fail = true;
    }
    if (bridge.reloadCount()) console.log(`GramJS reloaded ${bridge.reloadCount()} time(s) after exceptions (see quirk decode-error-corrupts-state)`);
    console.log(fail ? 'RESULT: FAIL' : 'RESULT: OK');
    process.exit(fail ? 1 : 0);
}

if (require.main === module) main();
module.exports = { buildQuirks };
