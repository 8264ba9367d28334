'use strict';
// TL text renderer shared by the tlwire GramJS tools.
//
// Value model (plain JS, independent of GramJS):
//   object            { _: 'tlName', field: value, ... }   (TL field names, snake_case)
//   int               number
//   long              BigInt
//   int128 / int256   Buffer (wire order, i.e. little-endian, 16 / 32 bytes)
//   double            number
//   string            JS string
//   bytes             Buffer
//   Bool              boolean
//   flags.N?true      true when set; absent (undefined) otherwise
//   conditional field undefined when absent
//   vector            Array
//
// Rendering (must match the Rust crate's Display/Debug output exactly):
//   object   name{field: value, ...}; no printed fields -> `name`
//   flags:#  never printed; conditional fields only when present; ?true only when true (`field: true`)
//   int/long decimal; double shortest round-trip with a `.`; Bool true/false
//   string   Rust `{:?}`-style quoting; bytes/int128/int256 x"hex"; vector [a, b]

function escapeString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '\\') out += '\\\\';
        else if (ch === '"') out += '\\"';
        else if (ch === '\n') out += '\\n';
        else if (ch === '\t') out += '\\t';
        else if (ch === '\r') out += '\\r';
        else if (c === 0) out += '\\0';
        else if (c < 0x20 || c === 0x7f) out += '\\u{' + c.toString(16) + '}';
        else out += ch;
    }
    return out + '"';
}

function renderDouble(x) {
    if (Number.isNaN(x)) return 'NaN';
    if (x === Infinity) return 'inf';
    if (x === -Infinity) return '-inf';
    if (Object.is(x, -0)) return '-0.0';
    let s = String(x);
    if (!/[.eE]/.test(s)) s += '.0';
    return s;
}

function renderHex(buf) {
    return 'x"' + Buffer.from(buf).toString('hex') + '"';
}

function renderPrim(name, v) {
    switch (name) {
        case 'int': return String(v | 0);
        case 'long': return BigInt(v).toString();
        case 'double': return renderDouble(v);
        case 'string': return escapeString(v);
        case 'bytes': case 'int128': case 'int256': return renderHex(v);
        case 'Bool': case 'true': return v ? 'true' : 'false';
        default: throw new Error('unknown primitive ' + name);
    }
}

function renderType(schema, type, v) {
    switch (type.kind) {
        case 'prim': return renderPrim(type.name, v);
        case 'vector': return '[' + v.map(e => renderType(schema, type.elem, e)).join(', ') + ']';
        case 'boxed': case 'bare': case 'generic': return renderObject(schema, v);
        default: throw new Error('cannot render type kind ' + type.kind);
    }
}

function renderObject(schema, v) {
    if (v === null || typeof v !== 'object' || typeof v._ !== 'string') {
        throw new Error('not a TL object value: ' + String(v));
    }
    const def = schema.byName.get(v._);
    if (!def) throw new Error('unknown TL name ' + v._);
    const parts = [];
    for (const p of def.params) {
        if (p.type.kind === 'flags') continue;
        const fv = v[p.name];
        if (p.cond) {
            if (fv === undefined || fv === null) continue;
            if (p.type.kind === 'prim' && p.type.name === 'true') {
                if (fv !== true) continue;
                parts.push(p.name + ': true');
                continue;
            }
        } else if (fv === undefined) {
            throw new Error(`missing field ${v._}.${p.name}`);
        }
        parts.push(p.name + ': ' + renderType(schema, p.type, fv));
    }
    return parts.length ? `${def.name}{${parts.join(', ')}}` : def.name;
}

module.exports = { renderObject, renderType, renderPrim, escapeString, renderDouble, renderHex };
