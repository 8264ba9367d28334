'use strict';
// The layers crosscheck.js runs at, and the set of definitions it compares at each.
//
// A layer names the schema file (tlschema.js), the GramJS package that is the reference, and the
// arguments that select the layer in the Rust `tl` tool. The GramJS package need not be at the
// same layer as the schema: the compared set is then the definitions that both schemas spell the
// same way (comparedSet below).

const fs = require('fs');
const path = require('path');
const { loadSchema, parseSchema } = require('./tlschema');

const LAYERS = {
    // telegram@1.5.27 bundles the layer-122 schema itself: every definition is compared.
    122: { schema: 'api', gramjs: 'telegram', toolArgs: [] },
    // telegram198 = npm:telegram@2.26.22, whose API schema is layer 198.
    230: { schema: 'api230', gramjs: 'telegram198', toolArgs: ['--layer', '230'] },
};

function layerConfig(layer) {
    const c = LAYERS[layer];
    if (!c) throw new Error(`unknown layer ${layer} (known: ${Object.keys(LAYERS).join(', ')})`);
    return c;
}

// The version in the package's package.json (telegram@2.26.22's own Version.js says 2.26.21).
function gramjsVersion(pkg) {
    return require(`${pkg}/package.json`).version;
}

// The API schema GramJS generates its classes from: `tl/apiTl.js` (a string) in 2.x,
// `tl/static/api.tl` in 1.x.
function gramjsApiSchema(pkg) {
    let text;
    try { text = require(`${pkg}/tl/apiTl.js`); } catch (e) {
        text = fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'tl', 'static', 'api.tl'), 'utf8');
    }
    return parseSchema(text.replace(/\r\n/g, '\n'));
}

// A definition's fields as one string: names, flag conditions and types, in order.
function canonicalFields(def) {
    return def.params.map(p => `${p.name}:${p.cond ? `${p.cond.flag}.${p.cond.bit}?` : ''}${p.rawType}`).join(' ');
}

// The definitions of `schema` that GramJS (`ref`, its parsed schema) has with the same constructor
// id, the same name, kind and result type, and the same fields (names, types and flag conditions).
// A constructor id is the CRC of the line without its `true` flags, so a line can gain a
// `flags.N?true` field and keep its id: those are excluded with the reason 'fields differ'.
// Returns { names: Set, excluded: [{ name, reason, ours, theirs }], newIds: count of definitions
// whose id GramJS doesn't have }.
function comparedSet(schema, ref) {
    const names = new Set();
    const excluded = [];
    let newIds = 0;
    for (const d of schema.defs) {
        const o = ref.byId.get(d.id);
        if (!o) { newIds++; continue; }
        let reason = null;
        if (o.name !== d.name) reason = `named ${o.name} in GramJS`;
        else if (o.isMethod !== d.isMethod) reason = 'constructor in one schema, method in the other';
        else if (o.result !== d.result) reason = `result type ${o.result} in GramJS`;
        else if (canonicalFields(o) !== canonicalFields(d)) reason = 'fields differ';
        if (reason) excluded.push({ name: d.name, reason, ours: canonicalFields(d), theirs: canonicalFields(o) });
        else names.add(d.name);
    }
    return { names, excluded, newIds };
}

// Everything crosscheck.js needs about a layer: { layer, schema, gramjs, version, toolArgs, compared }.
// `gramjs` overrides the layer's GramJS package.
function loadLayer(layer, gramjs) {
    const c = layerConfig(layer);
    const pkg = gramjs || c.gramjs;
    const schema = loadSchema(c.schema);
    return { layer, schema, gramjs: pkg, version: gramjsVersion(pkg), toolArgs: c.toolArgs, compared: comparedSet(schema, gramjsApiSchema(pkg)) };
}

// The schema name (for loadSchema) of a layer given as a `--layer N` argument; used by mock-tl.js.
function schemaOfLayer(layer) { return layerConfig(layer).schema; }

module.exports = { LAYERS, loadLayer, comparedSet, canonicalFields, gramjsApiSchema, gramjsVersion, schemaOfLayer };
