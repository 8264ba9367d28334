#!/usr/bin/env node
'use strict';
// Live cross-check between GramJS and the Rust `tl` tool, at layer 122 (GramJS telegram@1.5.27)
// or layer 230 (GramJS telegram@2.26.22, installed as `telegram198`, whose schema is layer 198).
//
//   node tools/gramjs/crosscheck.js --bin target/release/tl [--seed 1] [--per-def 2]
//   node tools/gramjs/crosscheck.js --bin target/release/tl --layer 230 [--seed 1] [--per-def 2]
//
// Direction A: GramJS encodes random instances (generator.js, same generator as gen-golden.js)
//              -> `tl roundtrip` (hex per line on stdin, re-encoded hex or `error: ...` per line
//              on stdout) -> output must equal input.
// Direction B: `tl random --seed S --per-def N` (`name<TAB>hex` lines) -> GramJS decodes each
//              (BinaryReader.tgReadObject; GramJS's tlobjects map contains the request classes
//              too, so methods are decoded with their generated fromReader) -> getBytes() must
//              equal the input.  Differences that a documented GramJS quirk explains (decided by
//              an independent schema-driven decoder, tldecode.js) are reported separately.
// Only the compared set takes part (layers.js): the definitions GramJS spells exactly as the
// layer's schema does (all of them at layer 122).  Direction A builds values from them alone;
// direction B skips lines of other definitions and values that contain one.
//
// Other options:
//   --layer 122|230        the layer (default 122); passed to the tool as `--layer N` unless 122
//   --gramjs PACKAGE       the GramJS package to compare with (default: the layer's, see layers.js)
//   --only A|B             run one direction
//   --random-file FILE     direction B from a file of `name<TAB>hex[<TAB>...]` lines instead of
//                          running `tl random` (e.g. tests/data/golden-layer122.txt)
//   --verbose              print every mismatch (default: first 20)
// --bin may name a .js file (e.g. tools/gramjs/mock-tl.js), which is run with node.
// Exit status: 0 ok, 1 unexplained mismatch, 2 usage / tool failure.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { loadLayer } = require('./layers');
const { Generator } = require('./generator');
const bridge = require('./gramjs-bridge');
const { decodeTop } = require('./tldecode');

// ---------------------------------------------------------------------------------------------
// GramJS quirks, found in telegram@1.5.27 and checked again in telegram@2.26.22.  `defs` =
// definitions the quirk is about (a value of any definition that contains one of them can be
// affected); `detect(tree, notes)` decides from the independent decode whether a given instance
// exercises the quirk; `upTo` = the last GramJS major version that has it (absent: all have it).
// ---------------------------------------------------------------------------------------------
function walk(v, fn) {
    if (Array.isArray(v)) { v.forEach(e => walk(e, fn)); return; }
    if (v && typeof v === 'object' && typeof v._ === 'string') {
        fn(v);
        for (const k of Object.keys(v)) if (k !== '_') walk(v[k], fn);
    }
}
// A known flaw seen by the bridge while converting: a note of this kind.
const noted = (kind) => (tree, notes) => notes.some(x => x.kind === kind);
function anyNode(tree, pred) { let hit = false; walk(tree, n => { if (!hit && pred(n)) hit = true; }); return hit; }

function buildQuirks(schema, version) {
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
        { id: 'bool-flag-false', defs: [...boolFlagFields.keys()], upTo: 1,
          what: 'getBytes() treats a conditional `flags.N?Bool` field equal to false as absent (flag bit cleared, field not written); 2.x checks the type Bool',
          detect: (t) => anyNode(t, n => (boolFlagFields.get(n._) || []).some(f => n[f] === false)) },
        // At layer 230 only messageEmpty of these three is in the compared set.
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
          what: 'the generated constructor replaces a falsy `randomId` argument by a random 64-bit bigInt; for `random_id:int` 0 this breaks encoding' +
                ' (2.x also prints a CastError, which gramjs-bridge.js silences)',
          detect: (t) => anyNode(t, n => randomIdInt.includes(n._) && n.random_id === 0) },
        // Flaws the bridge notes while it decodes, found by their note.
        ...[
            ['invalid-utf8-string', stringDefs, 'invalid-utf8', "strings are decoded with Buffer.toString('utf-8'); invalid UTF-8 becomes U+FFFD and re-encodes differently"],
            ['unknown-flag-bits', flagDefs, 'unknown-flag-bits', 'getBytes() recomputes `flags` from the fields; bits no field uses are dropped'],
            ['nonzero-padding', stringDefs, 'nonzero-padding', 'string/bytes padding is skipped on read and written as zeros'],
            ['nan-double', doubleDefs, 'nan', 'NaN payloads of doubles are not guaranteed to survive readDoubleLE/writeDoubleLE'],
        ].map(([id, defs, note, what]) => ({ id, defs, what, detect: noted(note) })),
        { id: 'shared-flag-bit (encode side only)', defs: sharedBit,
          what: 'two fields on one flag bit (e.g. user.bot/bot_info_version): a GramJS object with only one of them set writes the bit but not the value; never arises when decoding',
          detect: () => false },
        { id: 'decode-error-corrupts-state (handled)', defs: ['(any definition with a vector field)'],
          what: 'a fromReader() exception inside a vector leaves argsConfig.isVector=false, corrupting that class for the rest of the process -> gramjs-bridge.js reloads the telegram package after every exception',
          detect: () => false },
        { id: 'core-types-no-class (handled)', defs: ['boolFalse', 'boolTrue', 'true', 'error', 'null'],
          what: 'GramJS generates no classes for these CORE_TYPES; tgReadObject returns JS true/false for Bool and throws for the others -> encoded/decoded by hand in gramjs-bridge.js',
          detect: () => false },
    ].filter(q => !q.upTo || Number(version.split('.')[0]) <= q.upTo);
}

// ---------------------------------------------------------------------------------------------
function parseArgs(argv) {
    const a = { bin: null, seed: 1, perDef: 2, only: null, randomFile: null, verbose: false, layer: 122, gramjs: null };
    for (let i = 0; i < argv.length; i++) {
        const x = argv[i];
        if (x === '--bin') a.bin = argv[++i];
        else if (x === '--seed') a.seed = Number(argv[++i]);
        else if (x === '--per-def') a.perDef = Number(argv[++i]);
        else if (x === '--only') a.only = argv[++i].toUpperCase();
        else if (x === '--random-file') a.randomFile = argv[++i];
        else if (x === '--verbose') a.verbose = true;
        else if (x === '--layer') a.layer = Number(argv[++i]);
        else if (x === '--gramjs') a.gramjs = argv[++i];
        else if (x === '--help' || x === '-h') { console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 30).join('\n')); process.exit(0); }
        else { console.error('unknown argument ' + x); process.exit(2); }
    }
    if (!Number.isInteger(a.seed) || !Number.isInteger(a.perDef) || a.perDef < 1) { console.error('bad --seed/--per-def'); process.exit(2); }
    return a;
}

function runTool(bin, args, input) {
    const [cmd, argv] = bin.endsWith('.js') ? [process.execPath, [bin, ...args]] : [bin, args];
    const r = spawnSync(cmd, argv, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
    if (r.error) { console.error(`cannot run ${bin} ${args.join(' ')}: ${r.error.message}`); process.exit(2); }
    if (r.status !== 0) { console.error(`${bin} ${args.join(' ')} exited with ${r.status}\n${(r.stderr || '').slice(0, 2000)}`); process.exit(2); }
    return r.stdout;
}

function directionA(L, args, quirks, report) {
    const { schema } = L;
    const boolFlagFalse = !quirks.some(q => q.id === 'bool-flag-false');
    const gen = new Generator(schema, args.seed, { allowed: L.compared.names, boolFlagFalse });
    const items = [];
    const st = { definitions: 0, instances: 0, mismatches: 0, skipped: 0, toolErrors: 0, unbuildable: [] };
    for (const def of schema.defs) {
        if (!L.compared.names.has(def.name)) continue;
        // a required field whose type has no compared constructor: no value can be built
        if (!gen.canGenerate(def.name)) { st.unbuildable.push(def.name); continue; }
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
    const out = runTool(args.bin, ['roundtrip', ...L.toolArgs], items.map(x => x.hex).join('\n') + '\n').split('\n');
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

// The first definition in a decoded value (tldecode.js) that is not in `names`, or null.
function outsider(value, names) {
    let found = null;
    walk(value, n => { if (!found && !names.has(n._)) found = n._; });
    return found;
}

function directionB(L, args, quirks, report) {
    const { schema } = L;
    const names = L.compared.names;
    let text;
    if (args.randomFile) text = fs.readFileSync(args.randomFile, 'utf8');
    else text = runTool(args.bin, ['random', ...L.toolArgs, '--seed', String(args.seed), '--per-def', String(args.perDef)], '');
    const st = { definitions: 0, instances: 0, mismatches: 0, skipped: 0, quirkExplained: 0, otherDefinitions: new Set(), otherLines: 0 };
    const byQuirk = new Map();
    const perDef = new Map();
    const defsSeen = new Set();
    const nested = new Map(); // definition outside the compared set -> instances skipped for it
    const listed = new Set(); // compared definitions the input has lines of
    for (const line of text.split('\n')) {
        if (!line.trim() || line.startsWith('#')) continue;
        const [name, hex] = line.split('\t');
        if (!names.has(name)) { st.otherDefinitions.add(name); st.otherLines++; continue; }
        listed.add(name);
        const buf = Buffer.from(hex.trim(), 'hex');
        if (names.size < schema.defs.length) {
            // skip a value that contains a definition GramJS spells differently or lacks (when our
            // decoder can't read it at all, GramJS gets it and the difference is reported below)
            let own = null;
            try { own = decodeTop(schema, buf); } catch (e) { own = null; }
            const other = own && outsider(own.value, names);
            if (other) { st.skipped++; nested.set(other, (nested.get(other) || 0) + 1); continue; }
        }
        st.instances++;
        defsSeen.add(name);
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
    st.unreached = [...listed].filter(n => !defsSeen.has(n));
    return { st, byQuirk, perDef, nested };
}

function summary(items, limit = 6) {
    return items.length <= limit ? items.join(', ') : items.slice(0, limit).join(', ') + `, ... (${items.length})`;
}

function main() {
    const args = parseArgs(process.argv.slice(2));
    let L;
    try { L = loadLayer(args.layer, args.gramjs); } catch (e) { console.error(e.message); process.exit(2); }
    bridge.useGramJS(L.gramjs);
    const { schema, compared } = L;
    const quirks = buildQuirks(schema, L.version).map(q => Object.assign(q, { defs: q.defs.filter(d => d.startsWith('(') || compared.names.has(d)) }));
    const needBin = args.only !== 'B' || !args.randomFile;
    if (needBin) {
        if (!args.bin) { console.error('--bin <path to the Rust `tl` tool> is required'); process.exit(2); }
        if (!fs.existsSync(args.bin)) { console.error(`--bin ${args.bin}: not found (build it with cargo build --release)`); process.exit(2); }
    }
    let shown = 0;
    const report = (msg) => { if (args.verbose || shown++ < 20) console.log(msg); };

    console.log(`crosscheck: layer ${L.layer}, ${L.gramjs} = telegram@${L.version}, schema ${path.basename(schema.path)}` +
        ` (${schema.defs.length} definitions), seed ${args.seed}, per-def ${args.perDef}`);
    console.log(`compared set: ${compared.names.size} definitions; not compared: ${compared.newIds} whose constructor id GramJS lacks,` +
        ` ${compared.excluded.length} with the same id spelled differently`);
    const reasons = new Map();
    for (const x of compared.excluded) reasons.set(x.reason, [...(reasons.get(x.reason) || []), x.name]);
    for (const [reason, defs] of reasons) console.log(`  ${reason} (${defs.length}): ${defs.join(', ')}`);
    console.log(`GramJS quirks (compared definitions they are about):`);
    for (const q of quirks) if (q.defs.length) console.log(`  - ${q.id}: ${summary(q.defs)}`);

    let fail = false;
    if (args.only !== 'B') {
        const { st, perDef } = directionA(L, args, quirks, report);
        console.log(`direction A (GramJS -> tl roundtrip): definitions ${st.definitions}, instances ${st.instances}, mismatches ${st.mismatches}` +
            ` (tool errors ${st.toolErrors}), skipped ${st.skipped}`);
        if (st.unbuildable.length) console.log(`  compared definitions with no value built from compared definitions only: ${summary(st.unbuildable, 20)}`);
        if (perDef.size) console.log('  mismatching definitions: ' + [...perDef].map(([k, n]) => `${k}(${n})`).join(' '));
        if (st.mismatches) fail = true;
    }
    if (args.only !== 'A') {
        const { st, byQuirk, perDef, nested } = directionB(L, args, quirks, report);
        console.log(`direction B (${args.randomFile ? args.randomFile : 'tl random'} -> GramJS): definitions ${st.definitions}, instances ${st.instances},` +
            ` mismatches ${st.mismatches}, quirk-explained ${st.quirkExplained}, skipped ${st.skipped}`);
        if (st.otherLines) console.log(`  not compared: ${st.otherLines} lines of ${st.otherDefinitions.size} definitions outside the compared set`);
        if (nested.size) {
            const top = [...nested].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}(${n})`);
            console.log(`  skipped: values containing a definition outside the compared set, by the first one found: ${summary(top, 12)}`);
        }
        if (st.unreached.length) console.log(`  compared definitions all of whose values were skipped: ${summary(st.unreached, 12)}`);
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
