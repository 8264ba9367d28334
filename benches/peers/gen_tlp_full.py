#!/usr/bin/env python3
"""Writes src/tlp_full.rs: the tl-proto declarations the benches use,
generated from the layer-122 schema, so that tl-proto reads and writes the
same definitions tlwire does, declared as a tl-proto user must to handle
real traffic:

- every type an `Updates` or an `upload.File` can contain (all 88 `Update`
  constructors, every `Message`, `MessageMedia`, `Chat`, ...), one
  `#[tl(boxed)]` enum per type and one struct per constructor (in `ctor`);
- the methods the encoding benches send (in `functions`);
- borrowed twins of the constructors the benches also decode in place,
  their `string` and `bytes` fields pointing into the input (in `borrowed`).

    python3 benches/peers/gen_tlp_full.py schema/api-layer122.tl > benches/peers/src/tlp_full.rs

The layout mirrors tlwire's, so the rows compare codecs rather than
layouts: the constructors tlwire marks `#[boxed]` in `src/layer122/enums/`
(large or recursive ones) are behind a `Box` here too. What tl-proto lacks
for TL as tlwire reads it (a boxed `Vector<T>`, UTF-8-checked strings) is
in src/tlp_support.rs.
"""
import os
import re
import sys

import tl_lines

KEYWORDS = {"type", "static", "final", "ref", "move", "match", "mod", "loop", "where", "yield", "async",
            "await", "box", "in", "fn", "let", "use", "impl", "crate", "super", "struct", "enum", "trait", "dyn",
            "abstract", "become", "do", "macro", "override", "priv", "typeof", "unsized", "virtual", "try", "gen"}
BUILTIN = {"int", "long", "double", "string", "bytes", "int128", "int256", "Bool", "true", "#"}
# The types whose every constructor is declared, with all they contain.
ROOTS = ["Updates", "upload.File"]
# The methods the encoding benches send.
METHODS = ["contacts.addContact", "contacts.acceptContact", "upload.saveFilePart"]
# The constructors decoded in place as well.
BORROWED = ["updateShortMessage", "upload.file"]


def camel(name):
    """`storage.fileJpeg` -> `StorageFileJpeg`, `messages.Chats` -> `MessagesChats`."""
    out = []
    for part in re.split(r"[._]", name):
        if part:
            out.append(part[0].upper() + part[1:])
    return "".join(out)


def field_ident(name):
    if name == "self":
        return "is_self"  # `self` cannot be a raw identifier
    return f"r#{name}" if name in KEYWORDS else name


def parse(path):
    """The definitions: (name, id, [(field, type)], type, is_method)."""
    return [(name, cid, [tuple(f.split(":", 1)) for f in fields.split()], ty, method)
            for name, cid, fields, ty, method in tl_lines.definitions(path, "gen_tlp_full.py")
            if name not in ("boolFalse", "boolTrue", "true", "vector")]


def boxed_set(enums_dir):
    boxed = set()
    for root, _, files in os.walk(enums_dir):
        for f in files:
            if f.endswith(".rs"):
                boxed.update(re.findall(r"#\[boxed\]\s*([\w.]+)", open(os.path.join(root, f)).read()))
    return boxed


def inner_types(ftype):
    ftype = re.sub(r"^flags\d*\.\d+\?", "", ftype)
    m = re.match(r"^Vector<(.+)>$", ftype)
    return [m.group(1)] if m else [ftype]


PRIMITIVES = {"int": "i32", "long": "i64", "double": "f64", "int128": "[u8; 16]", "int256": "[u8; 32]",
              "bytes": "Vec<u8>", "Bool": "bool"}


def rust_type(ftype, in_vec=False):
    if ftype in PRIMITIVES:
        return PRIMITIVES[ftype]
    if ftype == "string":
        return "Str" if in_vec else "String"
    m = re.match(r"^Vector<(.+)>$", ftype)
    if m:
        return f"BoxedVec<{rust_type(m.group(1), True)}>"
    # `super::`: a struct of the same name in `ctor` (`message`) would
    # shadow the enum (`Message`) a glob import brings in.
    return f"super::{camel(ftype)}"


def field_type(ftype, borrowed):
    """A field's Rust type and its `with` module: owned, or borrowed from the input."""
    if ftype == "string":
        return ("&'tl str", "tl_str") if borrowed else ("String", "tl_string")
    if ftype == "bytes" and borrowed:
        return "&'tl [u8]", None
    return rust_type(ftype), None


def struct(w, indent, name, cid, fields, rust_name, boxed=False, borrowed=False):
    """One `#[derive(TlRead, TlWrite)]` struct: a constructor's or method's fields."""
    pad = " " * indent
    w("")
    w(f"{pad}/// `{name}#{cid:08x}`")
    w(f"{pad}#[derive(Debug, TlRead, TlWrite)]")
    if boxed:
        w(f"{pad}#[tl(boxed, id = 0x{cid:08x})]")
    lifetime = "<'tl>" if borrowed else ""
    w(f"{pad}pub struct {rust_name}{lifetime} {{")
    flag_fields = [f for f, ft in fields if ft == "#"]
    for fname, ftype in fields:
        ident = field_ident(fname)
        attrs = []
        if ftype == "#":
            w(f"{pad}    #[tl(flags)]")
            w(f"{pad}    pub {ident}: (),")
            continue
        m = re.match(r"^(flags\d*)\.(\d+)\?(.+)$", ftype)
        if m:
            flag, bit, inner = m.groups()
            attrs.append(f"flags_bit = {bit}" if len(flag_fields) == 1 else f'flags_bit = "{flag}.{bit}"')
            ty, with_ = ("()", None) if inner == "true" else field_type(inner, borrowed)
            ty = f"Option<{ty}>"
        else:
            ty, with_ = field_type(ftype, borrowed)
        if with_:
            attrs.append(f'with = "{with_}"')
        if attrs:
            w(f"{pad}    #[tl({', '.join(attrs)})]")
        w(f"{pad}    pub {ident}: {ty},")
    w(f"{pad}}}")


def main():
    schema = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    boxed = boxed_set(os.path.join(here, "..", "..", "src", "layer122", "enums"))
    defs = parse(schema)
    by_name = {d[0]: d for d in defs}
    by_type = {}
    for d in defs:
        if not d[4]:
            by_type.setdefault(d[3], []).append(d)

    # The types the roots and the methods' fields can reach.
    seen = set()
    todo = list(ROOTS) + [inner for m in METHODS for _, ftype in by_name[m][2] for inner in inner_types(ftype)]
    while todo:
        t = todo.pop()
        if t in seen or t not in by_type:
            continue
        seen.add(t)
        for _, _, fields, _, _ in by_type[t]:
            for _, ftype in fields:
                for inner in inner_types(ftype):
                    if inner not in BUILTIN and inner not in seen:
                        todo.append(inner)
    types = [t for t in by_type if t in seen]

    out = []
    w = out.append
    w("// @generated by benches/peers/gen_tlp_full.py from api-layer122.tl; do not edit.")
    w("//! tl-proto declarations of layer 122, generated by `benches/peers/gen_tlp_full.py`:")
    w(f"//! every type an `Updates` or an `upload.File` can contain ({len(types)} types,")
    w(f"//! {sum(len(by_type[t]) for t in types)} constructors), what a tl-proto user must declare to read real")
    w("//! traffic; the methods the benches send ([`functions`]); borrowed twins of")
    w("//! the constructors also decoded in place ([`borrowed`]). The layout is")
    w("//! tlwire's: the constructors tlwire marks `#[boxed]` are behind a `Box` here too.")
    w("")
    w("#![allow(clippy::large_enum_variant, dead_code)]")
    w("")
    w("use tl_proto::{TlRead, TlWrite};")
    w("")
    w("pub use crate::tlp_support::{BoxedVec, Str};")
    w("")
    for t in types:
        w(f"/// `{t}`.")
        w("#[derive(Debug, TlRead, TlWrite)]")
        w("#[tl(boxed)]")
        w(f"pub enum {camel(t)} {{")
        for name, cid, fields, _, _ in by_type[t]:
            w(f"    /// `{name}#{cid:08x}`")
            w(f"    #[tl(id = 0x{cid:08x})]")
            variant = camel(name.split(".")[-1])
            if fields:
                payload = f"ctor::{camel(name)}"
                if name in boxed:
                    payload = f"Box<{payload}>"
                w(f"    {variant}({payload}),")
            else:
                w(f"    {variant},")
        w("}")
        w("")
    modules = [
        ("One struct per constructor.", "ctor", [(by_name[n], False) for t in types for n, *_ in by_type[t]], False),
        ("The methods the benches send, boxed.", "functions", [(by_name[n], True) for n in METHODS], False),
        ("Constructors read in place, boxed: `string` and `bytes` fields borrow from the input.", "borrowed",
         [(by_name[n], True) for n in BORROWED], True),
    ]
    for i, (doc, module, items, borrowed) in enumerate(modules):
        body = []
        for (name, cid, fields, _, _), is_boxed in items:
            if fields:
                struct(body.append, 4, name, cid, fields, camel(name), boxed=is_boxed, borrowed=borrowed)
        text = "\n".join(body)
        if i:
            w("")
        w(f"/// {doc}")
        w(f"pub mod {module} {{")
        # What the structs name, and nothing else.
        w(f"    use super::{{{', '.join([n for n in ('BoxedVec', 'Str') if n + '<' in text or n + '>' in text] + ['TlRead', 'TlWrite'])}}};")
        helpers = [h for h in ("tl_str", "tl_string") if f'"{h}"' in text]
        if helpers:
            w(f"    use crate::tlp_support::{helpers[0] if len(helpers) == 1 else '{' + ', '.join(helpers) + '}'};")
        out.extend(body)
        w("}")
    print("\n".join(out))


if __name__ == "__main__":
    main()
