#!/usr/bin/env node
'use strict';
// Stand-in for the Rust `tl` tool, for testing crosscheck.js before the real tool exists.
// It is NOT GramJS: it uses our independent decoder/encoder (tldecode.js / tlencode.js).
//   node tools/gramjs/mock-tl.js roundtrip          < hex lines  > hex | error: ...
//   node tools/gramjs/mock-tl.js random --seed S --per-def N     > name<TAB>hex
// `random` deliberately includes values GramJS cannot round-trip (Generator opts.unsafe), so a
// crosscheck run against it shows the quirk-explained counts.
// Use via a wrapper script: printf '#!/bin/sh\nexec node tools/gramjs/mock-tl.js "$@"\n' > /tmp/tl; chmod +x /tmp/tl
const { loadSchema } = require('./tlschema');
const { decodeTop } = require('./tldecode');
const { encObject } = require('./tlencode');
const { Generator } = require('./generator');
const schema = loadSchema('api');
const [cmd, ...rest] = process.argv.slice(2);
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
} else { console.error('usage: mock-tl.js roundtrip | random --seed S --per-def N'); process.exit(2); }
