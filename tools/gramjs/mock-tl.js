#!/usr/bin/env node
'use strict';
// Stand-in for the Rust `tl` tool, for testing crosscheck.js before the real tool exists.
// It is NOT GramJS: it uses our independent decoder/encoder (tldecode.js / tlencode.js).
//   node tools/gramjs/mock-tl.js roundtrip [--layer L]                      < hex lines  > hex | error: ...
//   node tools/gramjs/mock-tl.js random [--layer L] --seed S --per-def N   > name<TAB>hex
// The layer is 122 (the default) or 230. `random` deliberately includes values GramJS cannot
// round-trip (Generator opts.unsafe), so a crosscheck run against it shows the quirk-explained
// counts. crosscheck.js runs it with node when given `--bin tools/gramjs/mock-tl.js`.
const { loadSchema } = require('./tlschema');
const { schemaOfLayer } = require('./layers');
const { decodeTop } = require('./tldecode');
const { encObject } = require('./tlencode');
const { Generator } = require('./generator');
const [cmd, ...argv] = process.argv.slice(2);
let layer = 122;
const rest = [];
for (let i = 0; i < argv.length; i++) { if (argv[i] === '--layer') layer = Number(argv[++i]); else rest.push(argv[i]); }
const schema = loadSchema(schemaOfLayer(layer));
if (cmd === 'roundtrip') {
    const input = require('fs').readFileSync(0, 'utf8').split('\n');
    if (input[input.length - 1] === '') input.pop();
    const out = input.map(h => {
        try {
            const buf = Buffer.from(h.trim(), 'hex');
            const d = decodeTop(schema, buf);
            if (d.consumed !== buf.length) return 'error: trailing bytes';
            return encObject(schema, d.value).toString('hex');
        } catch (e) { return 'error: ' + e.message; }
    });
    process.stdout.write(out.join('\n') + '\n');
} else if (cmd === 'random') {
    let seed = 1, per = 2;
    for (let i = 0; i < rest.length; i++) { if (rest[i] === '--seed') seed = Number(rest[++i]); else if (rest[i] === '--per-def') per = Number(rest[++i]); }
    const gen = new Generator(schema, seed ^ 0x5a5a, { unsafe: true });
    const lines = [];
    for (const def of schema.defs) for (let i = 0; i < per; i++) lines.push(`${def.name}\t${encObject(schema, gen.genDef(def, 0, i < 2 ? i : 2)).toString('hex')}`);
    process.stdout.write(lines.join('\n') + '\n');
} else { console.error('usage: mock-tl.js roundtrip [--layer L] | random [--layer L] --seed S --per-def N'); process.exit(2); }
