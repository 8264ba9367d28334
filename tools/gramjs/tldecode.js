'use strict';
// Independent, schema-driven TL decoder (our own code, no GramJS) used by crosscheck.js to
// explain GramJS mismatches: it produces the plain value model of tltext.js plus `notes`
// about wire details GramJS cannot preserve (unknown flag bits, invalid UTF-8, NaN doubles).

const VECTOR_ID = 0x1cb5c415;
const BOOL_TRUE = 0x997275b5;
const BOOL_FALSE = 0xbc799737;

class Reader {
    constructor(buf) { this.buf = buf; this.off = 0; this.notes = []; }
    need(n) { if (this.off + n > this.buf.length) throw new Error(`unexpected end of input at ${this.off} (need ${n})`); }
    u32() { this.need(4); const v = this.buf.readUInt32LE(this.off); this.off += 4; return v; }
    i32() { this.need(4); const v = this.buf.readInt32LE(this.off); this.off += 4; return v; }
    i64() { this.need(8); const v = this.buf.readBigInt64LE(this.off); this.off += 8; return v; }
    f64() { this.need(8); const v = this.buf.readDoubleLE(this.off); this.off += 8; return v; }
    raw(n) { this.need(n); const v = this.buf.subarray(this.off, this.off + n); this.off += n; return Buffer.from(v); }
    tlBytes() {
        this.need(1);
        let len = this.buf[this.off], head = 1;
        if (len === 254) { this.need(4); len = this.buf[this.off + 1] | (this.buf[this.off + 2] << 8) | (this.buf[this.off + 3] << 16); head = 4; }
        else if (len === 255) throw new Error('invalid bytes length prefix 0xff');
        this.off += head;
        const data = this.raw(len);
        const pad = (4 - ((head + len) % 4)) % 4;
        const p = this.raw(pad);
        if (p.some(b => b !== 0)) this.notes.push({ kind: 'nonzero-padding' });
        return data;
    }
}

function isValidUtf8(buf) {
    try { new TextDecoder('utf-8', { fatal: true }).decode(buf); return true; } catch (e) { return false; }
}

function readPrim(r, name, ctx) {
    switch (name) {
        case 'int': return r.i32();
        case 'long': return r.i64();
        case 'double': { const d = r.f64(); if (Number.isNaN(d)) r.notes.push({ kind: 'nan', def: ctx }); return d; }
        case 'int128': return r.raw(16);
        case 'int256': return r.raw(32);
        case 'bytes': return r.tlBytes();
        case 'string': {
            const b = r.tlBytes();
            if (!isValidUtf8(b)) r.notes.push({ kind: 'invalid-utf8', def: ctx });
            return b.toString('utf8');
        }
        case 'Bool': {
            const id = r.u32();
            if (id === BOOL_TRUE) return true;
            if (id === BOOL_FALSE) return false;
            throw new Error('invalid Bool constructor ' + id.toString(16));
        }
        case 'true': return true;
        default: throw new Error('prim ' + name);
    }
}

function readType(schema, r, t, ctx) {
    switch (t.kind) {
        case 'prim': return readPrim(r, t.name, ctx);
        case 'vector': {
            if (t.boxed) { const id = r.u32(); if (id !== VECTOR_ID) throw new Error('expected vector id, got ' + id.toString(16)); }
            const n = r.i32();
            if (n < 0 || n > r.buf.length) throw new Error('bad vector length ' + n);
            const out = [];
            for (let i = 0; i < n; i++) out.push(readType(schema, r, t.elem, ctx));
            return out;
        }
        case 'boxed': {
            const id = r.u32();
            const def = schema.byId.get(id);
            if (!def || def.isMethod || def.result !== t.name) throw new Error(`constructor ${id.toString(16)} is not a ${t.name}`);
            return readBody(schema, r, def);
        }
        case 'bare': return readBody(schema, r, schema.byName.get(t.name));
        case 'generic': {
            const id = r.u32();
            const def = schema.byId.get(id);
            if (!def) throw new Error('unknown constructor ' + id.toString(16));
            return readBody(schema, r, def);
        }
        default: throw new Error('kind ' + t.kind);
    }
}

function readBody(schema, r, def) {
    const v = { _: def.name };
    const flags = {};
    for (const p of def.params) {
        if (p.type.kind === 'flags') {
            const f = r.u32();
            flags[p.name] = f;
            let known = 0;
            for (const q of def.params) if (q.cond && q.cond.flag === p.name) known |= (1 << q.cond.bit);
            if ((f & ~known) !== 0) r.notes.push({ kind: 'unknown-flag-bits', def: def.name, bits: (f & ~known) >>> 0 });
            continue;
        }
        if (p.cond) {
            if (!(flags[p.cond.flag] & (1 << p.cond.bit))) continue;
            if (p.type.kind === 'prim' && p.type.name === 'true') { v[p.name] = true; continue; }
        }
        v[p.name] = readType(schema, r, p.type, def.name);
    }
    return v;
}

// Decode one top-level boxed value (constructor or method). Returns { value, consumed, notes }.
function decodeTop(schema, buf) {
    const r = new Reader(buf);
    const id = r.u32();
    const def = schema.byId.get(id);
    if (!def) throw new Error('unknown constructor id ' + id.toString(16));
    const value = readBody(schema, r, def);
    return { value, consumed: r.off, notes: r.notes };
}

module.exports = { decodeTop, isValidUtf8 };
