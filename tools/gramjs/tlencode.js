'use strict';
// Independent, schema-driven TL encoder (our own code, no GramJS); used only by mock-tl.js.
const { serializeBytesLike } = (() => ({
    serializeBytesLike(b) {
        const head = b.length < 254 ? Buffer.from([b.length]) : Buffer.from([254, b.length & 255, (b.length >> 8) & 255, (b.length >> 16) & 255]);
        const pad = (4 - ((head.length + b.length) % 4)) % 4;
        return Buffer.concat([head, b, Buffer.alloc(pad)]);
    },
}))();
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

function encPrim(name, v) {
    switch (name) {
        case 'int': { const b = Buffer.alloc(4); b.writeInt32LE(v); return b; }
        case 'long': { const b = Buffer.alloc(8); b.writeBigInt64LE(BigInt.asIntN(64, BigInt(v))); return b; }
        case 'double': { const b = Buffer.alloc(8); b.writeDoubleLE(v); return b; }
        case 'int128': case 'int256': return Buffer.from(v);
        case 'string': return serializeBytesLike(Buffer.from(v, 'utf8'));
        case 'bytes': return serializeBytesLike(Buffer.from(v));
        case 'Bool': return u32(v ? 0x997275b5 : 0xbc799737);
        case 'true': return Buffer.alloc(0);
        default: throw new Error(name);
    }
}
function encType(schema, t, v) {
    switch (t.kind) {
        case 'prim': return encPrim(t.name, v);
        case 'vector': {
            const parts = t.boxed ? [u32(0x1cb5c415)] : [];
            parts.push(encPrim('int', v.length), ...v.map(e => encType(schema, t.elem, e)));
            return Buffer.concat(parts);
        }
        case 'bare': return encBody(schema, v);
        default: return encObject(schema, v);
    }
}
function encBody(schema, v) {
    const def = schema.byName.get(v._);
    const parts = [];
    for (const p of def.params) {
        if (p.type.kind === 'flags') {
            let f = 0;
            for (const q of def.params) if (q.cond && q.cond.flag === p.name && v[q.name] !== undefined && v[q.name] !== null) f |= 1 << q.cond.bit;
            parts.push(u32(f));
            continue;
        }
        const x = v[p.name];
        if (p.cond && (x === undefined || x === null)) continue;
        if (p.cond && p.type.kind === 'prim' && p.type.name === 'true') continue;
        parts.push(encType(schema, p.type, x));
    }
    return Buffer.concat(parts);
}
function encObject(schema, v) {
    const def = schema.byName.get(v._);
    return Buffer.concat([u32(def.id), encBody(schema, v)]);
}
module.exports = { encObject };
