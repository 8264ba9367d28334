'use strict';
// Conversions between the tool's plain value model (see tltext.js) and GramJS objects
// (npm `telegram`, pinned to 1.5.27, or another GramJS package chosen with useGramJS(), such as
// the alias `telegram198` = telegram@2.26.22).  Only uses GramJS's public runtime classes.

const bigInt = require('big-integer');
const path = require('path');

// GramJS is (re)loaded through G. GramJS quirk: when a generated fromReader() throws while reading
// a vector element, getArgFromReader() leaves `argsConfig[field].isVector = false` behind, so every
// later decode of that class in the same process is corrupted.  After any GramJS exception we
// therefore drop the whole GramJS package from the require cache and load a fresh copy.
let pkg = 'telegram';
let G = null;
function loadGramJS() {
    const { Api } = require(pkg);
    G = {
        Api,
        tlobjects: require(`${pkg}/tl/AllTLObjects`).tlobjects,
        BinaryReader: require(`${pkg}/extensions`).BinaryReader,
        serializeBytes: require(`${pkg}/tl/generationHelpers`).serializeBytes,
        variableSnakeToCamelCase: require(`${pkg}/tl/generationHelpers`).variableSnakeToCamelCase,
        readBigIntFromBuffer: require(`${pkg}/Helpers`).readBigIntFromBuffer,
        toSignedLittleBuffer: require(`${pkg}/Helpers`).toSignedLittleBuffer,
    };
}
let reloads = 0;
function resetGramJS() {
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    for (const k of Object.keys(require.cache)) if (k.startsWith(root + path.sep)) delete require.cache[k];
    reloads++;
    loadGramJS();
}
// Selects the GramJS package (a name in package.json's dependencies) for all later calls.
function useGramJS(name) {
    if (name === pkg && G) return;
    pkg = name;
    loadGramJS();
}
const gramjs = () => { if (!G) loadGramJS(); return G; };
const serializeBytes = (b) => gramjs().serializeBytes(b);
const variableSnakeToCamelCase = (n) => gramjs().variableSnakeToCamelCase(n);
const readBigIntFromBuffer = (...a) => gramjs().readBigIntFromBuffer(...a);
const toSignedLittleBuffer = (...a) => gramjs().toSignedLittleBuffer(...a);

// Constructors GramJS deliberately does not generate classes for (CORE_TYPES in
// telegram/tl/generationHelpers.js). We encode/decode them by hand (trivial layouts).
const CORE = {
    boolFalse: 0xbc799737,
    boolTrue: 0x997275b5,
    true: 0x3fedd339,
    error: 0xc4b9f9bb, // error#c4b9f9bb code:int text:string = Error
    null: 0x56730bcc,
};
const CORE_BY_ID = new Map(Object.entries(CORE).map(([k, v]) => [v, k]));

function u32(n) { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0, 0); return b; }
function i32(n) { const b = Buffer.alloc(4); b.writeInt32LE(n, 0); return b; }

function key(name) { return variableSnakeToCamelCase(name); }

function classFor(def) {
    const c = gramjs().tlobjects[def.id];
    if (!c) return null;
    return c;
}

function primToGramJS(name, v) {
    switch (name) {
        case 'int': case 'double': case 'string': case 'Bool': case 'true': return v;
        case 'long': return bigInt(BigInt(v).toString());
        case 'int128': case 'int256': return readBigIntFromBuffer(v, true, true);
        case 'bytes': return Buffer.from(v);
        default: throw new Error('prim ' + name);
    }
}

// One field's value, converted by its TL type: `prim` for a primitive,
// `object` for a constructor, element by element through vectors. Both
// directions walk types this way.
function convertByType(schema, type, v, prim, object) {
    switch (type.kind) {
        case 'prim': return prim(type.name, v);
        case 'vector': return v.map(e => convertByType(schema, type.elem, e, prim, object));
        default: return object(schema, v);
    }
}

function toGramJSType(schema, type, v) {
    return convertByType(schema, type, v, primToGramJS, toGramJS);
}

// value -> GramJS object (throws for CORE constructors, which have no class)
function toGramJS(schema, v) {
    const def = schema.byName.get(v._);
    const cls = classFor(def);
    if (!cls) throw new Error('GramJS has no class for ' + v._);
    const args = {};
    for (const p of def.params) {
        if (p.type.kind === 'flags') continue;
        const fv = v[p.name];
        if (fv === undefined || fv === null) { args[key(p.name)] = undefined; continue; }
        args[key(p.name)] = toGramJSType(schema, p.type, fv);
    }
    return new cls(args);
}

function encodeCore(schema, v) {
    const id = CORE[v._];
    if (v._ === 'error') return Buffer.concat([u32(id), i32(v.code), serializeBytes(Buffer.from(v.text, 'utf8'))]);
    return u32(id);
}

// GramJS 2.x getBytes() first checks the JS types of the fields and prints a CastError with
// console.error, without throwing, for a wrong one (e.g. the bigInt its constructor puts into a
// `random_id:int` given as 0). The bytes are what is compared, so the print is silenced.
function getBytes(obj) {
    const print = console.error;
    console.error = () => {};
    try { return obj.getBytes(); } finally { console.error = print; }
}

// value -> wire bytes; GramJS getBytes() for everything GramJS has a class for.
function encode(schema, v) {
    if (CORE[v._] !== undefined) return encodeCore(schema, v);
    try { return getBytes(toGramJS(schema, v)); } catch (e) { resetGramJS(); throw e; }
}

function primFromGramJS(name, x) {
    switch (name) {
        case 'int': case 'double': case 'string': case 'Bool': return x;
        case 'true': return x ? true : undefined;
        case 'long': return BigInt(bigInt(x).toString());
        case 'int128': return toSignedLittleBuffer(x, 16);
        case 'int256': return toSignedLittleBuffer(x, 32);
        case 'bytes': return Buffer.from(x);
        default: throw new Error('prim ' + name);
    }
}

function fromGramJSType(schema, type, x) {
    return convertByType(schema, type, x, primFromGramJS, fromGramJS);
}

// GramJS object -> value (using our schema for field order/types)
function fromGramJS(schema, o) {
    if (o && o._coreValue) return o._coreValue;
    if (o === true) return { _: 'boolTrue' };
    if (o === false) return { _: 'boolFalse' };
    const def = schema.byId.get(o.CONSTRUCTOR_ID >>> 0);
    if (!def) throw new Error('constructor id not in schema: ' + (o.CONSTRUCTOR_ID >>> 0).toString(16));
    const v = { _: def.name };
    for (const p of def.params) {
        if (p.type.kind === 'flags') continue;
        const x = o[key(p.name)];
        if (p.cond && (x === undefined || x === null || (p.type.kind === 'prim' && p.type.name === 'true' && !x))) continue;
        v[p.name] = fromGramJSType(schema, p.type, x);
    }
    return v;
}

// Decode one top-level TL value with GramJS. Returns { obj, value, reencoded, consumed, total }.
// obj is the GramJS object (or a small stand-in for the CORE constructors).
function decode(schema, buf) {
    const id = buf.length >= 4 ? buf.readUInt32LE(0) : -1;
    const core = CORE_BY_ID.get(id);
    if (core && core !== 'boolTrue' && core !== 'boolFalse') {
        // hand decoder for true / null / error
        let value, consumed = 4;
        if (core === 'error') {
            const r = new (gramjs().BinaryReader)(buf);
            r.readInt(false);
            const code = r.readInt();
            const text = r.tgReadString();
            value = { _: 'error', code, text };
            consumed = r.tellPosition();
        } else value = { _: core };
        return { obj: { _coreValue: value }, value, reencoded: encodeCore(schema, value), consumed, total: buf.length, core: true };
    }
    try {
        const r = new (gramjs().BinaryReader)(buf);
        const obj = r.tgReadObject();
        const consumed = r.tellPosition();
        let reencoded;
        if (obj === true || obj === false) reencoded = u32(obj ? CORE.boolTrue : CORE.boolFalse);
        else reencoded = getBytes(obj);
        return { obj, value: fromGramJS(schema, obj), reencoded, consumed, total: buf.length, core: obj === true || obj === false };
    } catch (e) {
        resetGramJS();
        throw e;
    }
}

module.exports = { encode, decode, toGramJS, fromGramJS, classFor, CORE, CORE_BY_ID, key, resetGramJS, useGramJS, reloadCount: () => reloads, gramjs };

// Encode `v` with GramJS, check that GramJS decodes it back to identical bytes and identical
// TL text, and return the 3-column line `label \t hex \t text`. Throws on any mismatch.
function goldenLine(schema, label, v) {
    const { renderObject } = require('./tltext');
    const text = renderObject(schema, v);
    const bytes = encode(schema, v);
    const d = decode(schema, bytes);
    if (d.consumed !== d.total) throw new Error(`${label}: GramJS left ${d.total - d.consumed} trailing bytes`);
    if (!d.reencoded.equals(bytes)) throw new Error(`${label}: GramJS re-encode differs`);
    const text2 = renderObject(schema, d.value);
    if (text2 !== text) throw new Error(`${label}: decoded text differs:\n${text}\n${text2}`);
    return `${label}\t${bytes.toString('hex')}\t${text}`;
}
module.exports.goldenLine = goldenLine;
