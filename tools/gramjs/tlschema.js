'use strict';
// Minimal TL schema parser used by the tlwire GramJS tools (our own code, not GramJS's).
// parseSchema(text) -> { defs: [...], byName: Map, byId: Map, byType: Map<boxedType, [ctor]> }
// Each def: { name, id (uint32), isMethod, params: [{name, type, cond: {flag, bit} | null}],
//             result, generic: Set<typeVarName>, order (schema order index) }
// A param type is parsed into { kind, ... }:
//   kind 'flags'                         (the `#` field)
//   kind 'prim', name int|long|double|string|bytes|int128|int256|Bool|true
//   kind 'vector', boxed: bool (Vector vs vector), elem: <type>
//   kind 'generic', name: 'X'            (`!X`)
//   kind 'boxed', name: 'InputPeer'      (any other type starting with an upper-case letter after the namespace)
//   kind 'bare',  name: 'inputPeerUser'  (bare constructor / %Type)

const fs = require('fs');
const path = require('path');

const PRIMS = new Set(['int', 'long', 'double', 'string', 'bytes', 'int128', 'int256', 'Bool', 'true']);

function parseType(t, generic) {
    if (t === '#') return { kind: 'flags' };
    if (t.startsWith('!')) return { kind: 'generic', name: t.slice(1) };
    if (generic.has(t)) return { kind: 'generic', name: t };
    const m = /^([Vv])ector<(.+)>$/.exec(t);
    if (m) return { kind: 'vector', boxed: m[1] === 'V', elem: parseType(m[2], generic) };
    if (PRIMS.has(t)) return { kind: 'prim', name: t };
    if (t.startsWith('%')) return { kind: 'bare', name: t.slice(1), percent: true };
    const last = t.split('.').pop();
    if (/^[A-Z]/.test(last)) return { kind: 'boxed', name: t };
    return { kind: 'bare', name: t };
}

function parseLine(line, isMethod, order) {
    // name#id {X:Type} params... = Result;
    const m = /^([\w.]+)#([0-9a-fA-F]+)\s*(.*?)\s*=\s*([^;]+);\s*$/.exec(line);
    if (!m) return null;
    const [, name, idHex, rest, result] = m;
    const generic = new Set();
    const params = [];
    for (const tok of rest.split(/\s+/).filter(Boolean)) {
        let g = /^\{(\w+):Type\}$/.exec(tok);
        if (g) { generic.add(g[1]); continue; }
        const p = /^(\w+):(.+)$/.exec(tok);
        if (!p) return { name, id: parseInt(idHex, 16) >>> 0, unparsed: true };
        let [, pname, ptype] = p;
        let cond = null;
        const c = /^(\w+)\.(\d+)\?(.+)$/.exec(ptype);
        if (c) { cond = { flag: c[1], bit: Number(c[2]) }; ptype = c[3]; }
        params.push({ name: pname, type: parseType(ptype, generic), cond, rawType: ptype });
    }
    return { name, id: parseInt(idHex, 16) >>> 0, isMethod, params, result: result.trim(), generic, order };
}

function parseSchema(text) {
    const defs = [];
    let isMethod = false;
    for (let line of text.split('\n')) {
        const ci = line.indexOf('//');
        if (ci !== -1) line = line.slice(0, ci);
        line = line.trim();
        if (!line) continue;
        if (line === '---functions---') { isMethod = true; continue; }
        if (line === '---types---') { isMethod = false; continue; }
        const d = parseLine(line, isMethod, defs.length);
        if (!d) throw new Error('cannot parse TL line: ' + line);
        if (d.unparsed) {
            // e.g. the `vector#1cb5c415 {t:Type} # [ t ] = Vector t;` builtin
            continue;
        }
        defs.push(d);
    }
    const byName = new Map(), byId = new Map(), byType = new Map();
    for (const d of defs) {
        byName.set(d.name, d);
        byId.set(d.id, d);
        if (!d.isMethod) {
            if (!byType.has(d.result)) byType.set(d.result, []);
            byType.get(d.result).push(d);
        }
    }
    return { defs, byName, byId, byType };
}

// The schema files live in the repository's schema/ directory, found relative to this script.
const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schema');
const SCHEMA_FILES = { api: 'api-layer122.tl', api230: 'api-layer230.tl', mtproto: 'mtproto.tl' };
const ENV_OVERRIDES = { api: 'TL_API', api230: 'TL_API230', mtproto: 'TL_MTPROTO' };

// `name` is 'api' (layer 122), 'api230' or 'mtproto'; the environment variable of ENV_OVERRIDES
// names another file to read instead.
function schemaPath(name) {
    if (!SCHEMA_FILES[name]) throw new Error('unknown schema: ' + name);
    const env = process.env[ENV_OVERRIDES[name]];
    const p = env || path.join(SCHEMA_DIR, SCHEMA_FILES[name]);
    if (!fs.existsSync(p)) throw new Error(`schema not found: ${p}` + (env ? ` (from ${ENV_OVERRIDES[name]})` : ''));
    return p;
}

function loadSchema(name = 'api') {
    const p = schemaPath(name);
    const s = parseSchema(fs.readFileSync(p, 'utf8').replace(/\r\n/g, '\n'));
    s.path = p;
    return s;
}

module.exports = { parseSchema, loadSchema, parseType, schemaPath };
