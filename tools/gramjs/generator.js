'use strict';
// Deterministic random TL value generator (our own code) shared by gen-golden.js and crosscheck.js.
// Values use the plain model described in tltext.js.  Generated values avoid everything
// GramJS 1.5.27 cannot encode faithfully (see README.md "GramJS quirks").

// ---- PRNG: splitmix32-seeded sfc32 (32-bit, deterministic across Node versions) ----
class Rng {
    constructor(seed) {
        let s = (Number(seed) >>> 0) ^ 0x9e3779b9;
        const sm = () => {
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = sm(); this.b = sm(); this.c = sm(); this.d = sm();
        for (let i = 0; i < 16; i++) this.u32();
    }
    u32() {
        let { a, b, c, d } = this;
        const t = (((a + b) >>> 0) + d) >>> 0;
        d = (d + 1) >>> 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) >>> 0;
        c = ((c << 21) | (c >>> 11)) >>> 0;
        c = (c + t) >>> 0;
        this.a = a >>> 0; this.b = b; this.c = c; this.d = d;
        return t;
    }
    int(n) { return n <= 1 ? 0 : this.u32() % n; }          // [0, n)
    range(lo, hi) { return lo + this.int(hi - lo + 1); }    // [lo, hi]
    chance(p) { return this.u32() / 4294967296 < p; }
    pick(arr) { return arr[this.int(arr.length)]; }
    bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff; return b; }
    i32() { return this.u32() | 0; }
    i64() { return BigInt.asIntN(64, (BigInt(this.u32()) << 32n) | BigInt(this.u32())); }
}

// ---- character pools for strings (all print identically in JS and Rust `{:?}`) ----
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-+.,:;!?()[]{}<>@#$%^&*=/|~\'`';
const SPECIAL = ['"', '\\', '\n', '\t', '\r', '\u0001', '\u001b', '\u001f', '\u007f'];
const MULTI = ['é', 'д', 'о', 'м', 'Ж', 'ß', '€', '中', '文', '😀', '🚀'];

// Dyadic non-integral doubles (exact in binary; JS and Rust print the same shortest decimal).
const DOUBLES = [1.5, -0.25, 1234.125, 0.5, -3.75, 55.5625, 0.0078125, -1000000.5, 31.03125, -0.001953125];

// Per-definition adjustments that keep values inside what GramJS can round-trip
// (see README.md, "GramJS quirks"). GramJS decodes message/messageService/messageEmpty
// through its patched custom Message class (telegram/tl/custom/message.js), whose
// constructor throws when `id` is 0 and keeps `media` only if it is messageMediaEmpty.
// The same constructor calls Utils.getPeerId(from_id) (and getPeerId(peer_id) when `post`),
// which rewrites a peerChat/peerChannel id outside 1..2^31-1 in place (e.g. -52 -> 52).
function positivePeer(p) {
    if (!p) return;
    for (const k of ['chat_id', 'channel_id']) {
        if (p[k] !== undefined && !(p[k] > 0)) p[k] = p[k] === 0 ? 1 : (p[k] === -2147483648 ? 2147483647 : -p[k]);
    }
}
const GRAMJS_FIXUPS = {
    message(v, g) {
        if (v.id === 0) v.id = 1;
        if (v.media !== undefined) v.media = { _: 'messageMediaEmpty' };
        positivePeer(v.from_id); positivePeer(v.peer_id);
    },
    messageService(v) { if (v.id === 0) v.id = 1; positivePeer(v.from_id); positivePeer(v.peer_id); },
    messageEmpty(v) { if (v.id === 0) v.id = 1; },
};

class Generator {
    /**
     * @param schema parsed api schema (tlschema.js)
     * @param seed integer
     * @param opts { longStringRate, maxDepth, unsafe, allowed, boolFlagFalse }
     */
    constructor(schema, seed, opts = {}) {
        this.schema = schema;
        this.rng = new Rng(seed);
        this.opts = Object.assign({ longStringRate: 0.004, maxDepth: 3, unsafe: false, allowed: null, boolFlagFalse: false }, opts);
        // unsafe: also produce values GramJS cannot round-trip (used by mock-tl.js to exercise crosscheck's quirk table)
        // allowed: a Set of definition names; values then contain only these definitions (a field
        //          whose type has none of them is left unset, or empty if it is a vector)
        // boolFlagFalse: a `flags.N?Bool` field may be false (GramJS 1.x writes false as absent)
        this._computeCosts();
        this.innerQueries = ['help.getConfig', 'contacts.acceptContact', 'help.getNearestDc', 'updates.getState', 'contacts.addContact']
            .filter(n => this.canGenerate(n));
    }

    // Whether genDef can make a value of the definition named `name` (from allowed definitions only).
    canGenerate(name) { return this.ctorCost.get(name) < Generator.INF; }
    // Whether genType can make a value of type `t`.
    canGenerateType(t) {
        switch (t.kind) {
            case 'boxed': return this.ctorsOf.has(t.name);
            case 'bare': return this.canGenerate(t.name);
            case 'generic': return this.innerQueries.length > 0;
            default: return true;
        }
    }

    // Minimal-size estimate per constructor (fixed point), used for depth limiting.
    _computeCosts() {
        const s = this.schema;
        const ctorCost = new Map();
        const typeCost = new Map();
        const INF = Generator.INF;
        const allowed = this.opts.allowed;
        const defs = allowed ? s.defs.filter(d => allowed.has(d.name)) : s.defs;
        for (const d of s.defs) ctorCost.set(d.name, INF);
        for (const t of s.byType.keys()) typeCost.set(t, INF);
        const fieldCost = (t) => {
            if (t.kind === 'prim' || t.kind === 'vector' || t.kind === 'flags') return 1;
            if (t.kind === 'boxed') return typeCost.get(t.name) ?? INF;
            if (t.kind === 'bare') return ctorCost.get(t.name) ?? INF;
            return 5; // generic
        };
        let changed = true;
        while (changed) {
            changed = false;
            for (const d of defs) {
                let c = 1;
                for (const p of d.params) if (!p.cond) c += fieldCost(p.type);
                c = Math.min(c, INF);
                if (c < ctorCost.get(d.name)) { ctorCost.set(d.name, c); changed = true; }
                if (!d.isMethod && c < typeCost.get(d.result)) { typeCost.set(d.result, c); changed = true; }
            }
        }
        this.ctorCost = ctorCost;
        this.cheapest = new Map();
        this.ctorsOf = new Map(); // boxed type -> the constructors genType picks from
        for (const [t, all] of s.byType) {
            const ctors = all.filter(c => ctorCost.get(c.name) < INF);
            if (!ctors.length) continue;
            this.ctorsOf.set(t, ctors);
            let best = ctors[0];
            for (const c of ctors) if (ctorCost.get(c.name) < ctorCost.get(best.name)) best = c;
            this.cheapest.set(t, best);
        }
    }

    // ---- primitives ----
    genInt(fieldName) {
        const r = this.rng;
        let v;
        switch (r.int(8)) {
            case 0: v = 0; break;
            case 1: v = r.range(1, 9); break;
            case 2: v = -r.range(1, 1000); break;
            case 3: v = r.pick([-2147483648, 2147483647, -1]); break;
            case 4: v = r.range(0, 100000); break;
            default: v = r.i32();
        }
        // GramJS quirk: a falsy `randomId` passed to a constructor is replaced by a random bigInt
        if (fieldName === 'random_id' && v === 0 && !this.opts.unsafe) v = 1;
        return v;
    }
    genLong() {
        const r = this.rng;
        switch (r.int(8)) {
            case 0: return 0n;
            case 1: return BigInt(r.range(1, 1000));
            case 2: return -BigInt(r.range(1, 1000000));
            case 3: return r.pick([-(2n ** 63n), 2n ** 63n - 1n, -1n, 2n ** 32n, -(2n ** 31n) - 1n]);
            default: return r.i64();
        }
    }
    genDouble() {
        const r = this.rng;
        if (r.chance(0.5)) return r.pick(DOUBLES);
        // random dyadic: integer part in [-1e6, 1e6], fraction k/2^m with k odd
        const m = r.range(1, 8);
        const k = 2 * r.int(1 << (m - 1)) + 1;
        const ip = r.range(-1000000, 1000000);
        return ip + (ip < 0 ? -1 : 1) * k / (1 << m);
    }
    strLength() {
        const r = this.rng;
        const p = this.opts.longStringRate;
        if (r.chance(p)) return 253;
        if (r.chance(p)) return 254;
        if (r.chance(p)) return 255;
        if (r.chance(p)) return r.range(300, 700);
        const x = r.int(10);
        if (x < 2) return 0;
        if (x < 8) return r.range(1, 10);
        return r.range(11, 40);
    }
    // string whose UTF-8 encoding is exactly `byteLen` bytes
    genStringBytes(byteLen, style) {
        const r = this.rng;
        style = style || r.pick(['ascii', 'ascii', 'mixed', 'multi']);
        let s = '', n = 0;
        while (n < byteLen) {
            const left = byteLen - n;
            let ch;
            const roll = r.int(20);
            if (style !== 'ascii' && roll < (style === 'multi' ? 14 : 5)) ch = r.pick(MULTI);
            else if (roll === 19) ch = r.pick(SPECIAL);
            else ch = ASCII[r.int(ASCII.length)];
            let bl = Buffer.byteLength(ch);
            if (bl > left) { ch = ASCII[r.int(ASCII.length)]; bl = 1; }
            s += ch; n += bl;
        }
        return s;
    }
    genString() { return this.genStringBytes(this.strLength()); }
    genBytes() { return this.rng.bytes(this.strLength()); }

    genPrim(name, fieldName, ctx) {
        switch (name) {
            case 'int': return this.genInt(fieldName);
            case 'long': return this.genLong();
            case 'double': return this.genDouble();
            case 'string': return this.genString();
            case 'bytes': return this.genBytes();
            case 'int128': return this.rng.bytes(16);
            case 'int256': return this.rng.bytes(32);
            case 'Bool': return ctx && ctx.conditional && !this.opts.unsafe && !this.opts.boolFlagFalse ? true : this.rng.chance(0.5); // GramJS 1.x drops flags.N?Bool=false
            case 'true': return true;
            default: throw new Error(name);
        }
    }

    genType(t, depth, fieldName, ctx) {
        switch (t.kind) {
            case 'prim': return this.genPrim(t.name, fieldName, ctx);
            case 'vector': {
                let n;
                if (depth >= this.opts.maxDepth || !this.canGenerateType(t.elem)) n = 0;
                else if (ctx && ctx.nonEmpty) n = this.rng.range(1, 3);
                else n = depth >= 2 ? this.rng.int(2) : this.rng.int(4);
                const out = [];
                for (let i = 0; i < n; i++) out.push(this.genType(t.elem, depth, fieldName, null));
                return out;
            }
            case 'boxed': {
                const ctors = this.ctorsOf.get(t.name);
                if (!ctors) throw new Error('no constructors for type ' + t.name);
                const d = depth >= this.opts.maxDepth ? this.cheapest.get(t.name) : this.rng.pick(ctors);
                return this.genDef(d, depth, 2);
            }
            case 'bare': return this.genDef(this.schema.byName.get(t.name), depth, 2);
            case 'generic': {
                const d = this.schema.byName.get(this.rng.pick(this.innerQueries));
                return this.genDef(d, depth, 2);
            }
            default: throw new Error('kind ' + t.kind);
        }
    }

    // Whether every field on flag bit `cond` of `def` can be generated (they are set together).
    canGenerateBit(def, cond) {
        return def.params.every(p => !p.cond || p.cond.flag !== cond.flag || p.cond.bit !== cond.bit || this.canGenerateType(p.type));
    }

    /**
     * @param def schema definition
     * @param depth nesting depth of this object (0 = top level)
     * @param mode 0 = all optional fields set, 1 = all unset, 2 = random
     */
    genDef(def, depth = 0, mode = 2) {
        const v = { _: def.name };
        // decide presence per (flag field, bit): fields sharing a bit are set together
        const present = new Map();
        for (const p of def.params) {
            if (!p.cond) continue;
            const k = p.cond.flag + '.' + p.cond.bit;
            if (present.has(k)) continue;
            let on;
            if (depth >= this.opts.maxDepth) on = false;
            else if (!this.canGenerateBit(def, p.cond)) on = false;
            else if (mode === 0) on = true;
            else if (mode === 1) on = false;
            else on = this.rng.chance(depth === 0 ? 0.5 : 0.35);
            present.set(k, on);
        }
        for (const p of def.params) {
            if (p.type.kind === 'flags') continue;
            if (p.cond && !present.get(p.cond.flag + '.' + p.cond.bit)) continue;
            v[p.name] = this.genType(p.type, depth + 1, p.name,
                { conditional: !!p.cond, nonEmpty: mode === 0 && depth === 0 });
        }
        const fix = GRAMJS_FIXUPS[def.name];
        if (fix && !this.opts.unsafe) fix(v, this);
        return v;
    }
}

Generator.INF = 1e9;

module.exports = { Rng, Generator, GRAMJS_FIXUPS, MULTI, SPECIAL, ASCII, DOUBLES };
