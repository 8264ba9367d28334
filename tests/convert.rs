//! The `.tl` → DSL converter (`tlwire::convert`) and the `tl` tool, on small
//! inline schemas.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use tlwire::convert::{Options, Schema, parse, render};

/// Renders `tl` with default options into a map from `/`-separated path to text.
fn files_of(tl: &str, options: &Options) -> BTreeMap<String, String> {
    let schema = parse(tl).unwrap_or_else(|e| panic!("{e}"));
    render(&schema, options).into_iter().map(|(p, t)| (slash(&p), t)).collect()
}

fn files(tl: &str) -> BTreeMap<String, String> {
    files_of(tl, &Options::default())
}

fn slash(p: &Path) -> String {
    p.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn paths(files: &BTreeMap<String, String>) -> Vec<&str> {
    files.keys().map(String::as_str).collect()
}

const MTPROTO_BITS: &str = "\
// Core types (no need to gen)

//vector#1cb5c415 {t:Type} # [ t ] = Vector t;

resPQ#05162463 nonce:int128 server_nonce:int128 pq:string server_public_key_fingerprints:Vector<long> = ResPQ;

---functions---

req_pq#60469778 nonce:int128 = ResPQ;

---types---

future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;
future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts;
//rpc_result#f35c6d01 req_msg_id:long result:Object = RpcResult; // parsed manually
ipPort#d433ad73 ipv4:int port:int = IpPort;
ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort;
accessPointRule#4679b65f phone_prefix_rules:string dc_id:int ips:vector<IpPort> = AccessPointRule;
help.configSimple#5a592a6c date:int expires:int rules:vector<AccessPointRule> = help.ConfigSimple;
tlsBlockString data:string = TlsBlock;   // no id
tlsBlockDomain = TlsBlock;

---functions---

ping#7abe77ec ping_id:long = Pong;
";

#[test]
fn spelling_of_lines() {
    let f = files(MTPROTO_BITS);
    let misc = &f["types/root/misc.rs"];
    assert!(misc.contains("    resPQ #0x05162463 nonce:int128 server_nonce:int128 pq:string server_public_key_fingerprints:Vector<long> = ResPQ;\n"));
    assert!(misc.contains("    future_salt #0x0949d9dc valid_since:int valid_until:int salt:long = FutureSalt;\n"));
    assert!(
        misc.contains(
            "    future_salts #0xae500895 req_msg_id:long now:int salts:vector<%future_salt> = FutureSalts;\n"
        )
    );
    // A line without an id has none.
    assert!(misc.contains("    tlsBlockString data:string = TlsBlock;\n    tlsBlockDomain = TlsBlock;\n"));
    // Ids that are not the line's CRC get the attribute; the others don't.
    assert!(misc.contains(
        "    ipPort #0xd433ad73 ipv4:int port:int = IpPort;\n    #[unchecked_id]\n    ipPortSecret #0x37982646 "
    ));
    assert!(
        misc.contains("tl_constructor! {\n    #![converted]\n    #[unchecked_id]\n    accessPointRule #0x4679b65f ")
    );
    assert_eq!(f["types/help.rs"].matches("#[unchecked_id]").count(), 1);
    assert!(f["types/help.rs"].contains(
        "help.configSimple #0x5a592a6c date:int expires:int rules:vector<AccessPointRule> = help.ConfigSimple;"
    ));
    let total: usize = f.values().map(|t| t.matches("#[unchecked_id]").count()).sum();
    assert_eq!(total, 3);
    // Commented-out lines are not definitions.
    assert!(f.values().all(|t| !t.contains("rpc_result") && !t.contains("vector #")));
    // Sections: methods before and after the constructors.
    let funcs = &f["functions/root/misc.rs"];
    assert!(funcs.contains(
        "tl_function! {\n    #![converted]\n    req_pq #0x60469778 nonce:int128 = ResPQ;\n    ping #0x7abe77ec ping_id:long = Pong;\n}\n"
    ));
}

#[test]
fn short_ids_and_namespaced_types_stay_as_written() {
    let f = files(
        "inputMediaPoll#f94e5f1 flags:# poll:Poll correct_answers:flags.0?Vector<bytes> = InputMedia;\n\
         updates.difference#f49ca0 state:updates.State = updates.Difference;\n\
         x#1 flags:# type:flags.3?storage.FileType b:flags.0?true = X;\n",
    );
    let all: String = f.values().cloned().collect();
    assert!(
        all.contains("inputMediaPoll #0xf94e5f1 flags:# poll:Poll correct_answers:flags.0?Vector<bytes> = InputMedia;")
    );
    assert!(all.contains("updates.difference #0xf49ca0 state:updates.State = updates.Difference;"));
    assert!(all.contains("x #0x1 flags:# type:flags.3?storage.FileType b:flags.0?true = X;"));
    // `updates.State` is not declared here: its size is unknown, so the
    // constructor holding it is boxed (the safe choice for a type from
    // another schema).
    assert!(f["enums/updates.rs"].contains("    updates.Difference = #[boxed] updates.difference;\n"));
}

#[test]
fn file_layout_and_headers() {
    let f = files_of(
        MTPROTO_BITS,
        &Options { crate_path: "crate::mtproto".into(), macro_crate: "crate".into(), ..Default::default() },
    );
    assert_eq!(
        paths(&f),
        [
            "definitions.rs",
            "enums/help.rs",
            "enums/mod.rs",
            "enums/root/misc.rs",
            "enums/root/mod.rs",
            "functions/mod.rs",
            "functions/root/misc.rs",
            "functions/root/mod.rs",
            "types/help.rs",
            "types/mod.rs",
            "types/root/misc.rs",
            "types/root/mod.rs",
        ]
    );
    for (path, text) in &f {
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("//! "), "{path}");
        assert_eq!(
            lines[1], "//! Generated by `tl convert` from the layer's .tl file; regenerate rather than edit.",
            "{path}"
        );
        assert!(text.ends_with('\n'));
        let uses = match path.as_str() {
            p if p == "definitions.rs" || p.starts_with("functions/") => {
                "use crate::mtproto::{enums, functions, types};"
            }
            _ => "use crate::mtproto::{enums, types};",
        };
        if !path.ends_with("mod.rs") {
            assert!(text.contains(&format!("\n#[allow(unused_imports)]\n{uses}\n")), "{path}");
        }
    }
    assert_eq!(f["types/help.rs"].lines().next(), Some("//! Constructors of the `help` namespace."));
    assert!(f["types/help.rs"].contains("\nuse crate::tl_constructor;\n"));
    assert!(f["enums/help.rs"].contains("\nuse crate::tl_type;\n"));
    assert!(f["functions/root/misc.rs"].contains("\nuse crate::tl_function;\n"));
    assert!(!f["functions/root/misc.rs"].contains("tl_type"));
    assert!(f["types/mod.rs"].ends_with("\nmod root;\npub use root::*;\n\npub mod help;\n"));
    assert!(f["functions/mod.rs"].ends_with("\nmod root;\npub use root::*;\n"));
    assert!(f["types/root/mod.rs"].ends_with("\nmod misc;\npub use misc::*;\n"));
    // Default options: our crate's types, macros from the runtime alone.
    let d = files(MTPROTO_BITS);
    assert!(
        d["types/help.rs"]
            .contains("\nuse tlwire_dsl::tl_constructor;\n\n#[allow(unused_imports)]\nuse crate::{enums, types};\n")
    );
}

#[test]
fn enums_are_keyed_by_the_type_namespace() {
    let f = files("a#1 = ns.A;\nb#2 = ns.A;\nns.c#3 = C;\n");
    assert!(f["enums/ns.rs"].contains("tl_type! {\n    ns.A = a | b;\n}\n"));
    assert!(f["enums/root/misc.rs"].contains("tl_type! {\n    C = ns.c;\n}\n"));
    assert!(f["types/root/misc.rs"].contains("a #0x1 = ns.A;"));
    assert!(f["types/ns.rs"].contains("ns.c #0x3 = C;"));
    assert!(f["enums/root/misc.rs"].starts_with("//! Boxed types of the root namespace"));
}

#[test]
fn empty_trees_and_rootless_trees() {
    let f = files("ns.a#1 = ns.A;\n");
    assert_eq!(paths(&f), ["definitions.rs", "enums/mod.rs", "enums/ns.rs", "types/mod.rs", "types/ns.rs"]);
    assert!(!f["types/mod.rs"].contains("mod root"));
    assert!(f["types/mod.rs"].ends_with("regenerate rather than edit.\n\npub mod ns;\n"));
    let f = files("---functions---\nping#7abe77ec ping_id:long = Pong;\n");
    assert_eq!(paths(&f), ["definitions.rs", "functions/mod.rs", "functions/root/misc.rs", "functions/root/mod.rs"]);
    assert!(files("// nothing\n\n").is_empty());
}

/// `n` constructors `<prefix>N` of type `<ty>L` (`L` a letter, so the type's first word is `ty`'s).
fn ctors(prefix: &str, ty: &str, n: usize) -> String {
    (0..n).map(|i| format!("{prefix}{i} = {ty}{};\n", char::from(b'A' + i as u8))).collect()
}

#[test]
fn root_grouping() {
    let mut tl = String::new();
    tl += &ctors("inputPeer", "InputPeer", 3);
    tl += &ctors("inputUser", "InputUser", 3); // 6 `Input…`: a group
    tl += &ctors("chatThing", "ChatFull", 5); // 5: misc
    tl += &ctors("upd", "Updates", 3);
    tl += &ctors("updOne", "Update", 3); // plural joins singular: 6
    tl += &ctors("truth", "True", 6); // keyword
    tl += &ctors("tls", "TlsBlock", 6); // a word that is not a plural
    tl += "vector#1cb5c415 {t:Type} # [ t ] = Vector t;\n";
    let f = files(&tl);
    assert_eq!(
        paths(&f).into_iter().filter(|p| p.starts_with("types/root/")).collect::<Vec<_>>(),
        [
            "types/root/input.rs",
            "types/root/misc.rs",
            "types/root/mod.rs",
            "types/root/tls.rs",
            "types/root/true_types.rs",
            "types/root/update.rs"
        ]
    );
    assert_eq!(
        f["types/root/mod.rs"].split("\n\n").nth(1).unwrap(),
        "mod input;\npub use input::*;\nmod misc;\npub use misc::*;\nmod tls;\npub use tls::*;\n\
         mod true_types;\npub use true_types::*;\nmod update;\npub use update::*;\n"
    );
    assert!(f["types/root/input.rs"].starts_with("//! Constructors of the root namespace: `Input…` types.\n"));
    assert!(f["types/root/update.rs"].starts_with("//! Constructors of the root namespace: `Update…` types.\n"));
    assert!(f["types/root/misc.rs"].contains("chatThing4"));
    // One block per result type, in order of first appearance.
    let input = &f["types/root/input.rs"];
    assert_eq!(input.matches("tl_constructor! {\n").count(), 6);
    assert!(input.find("inputPeer2").unwrap() < input.find("inputUser0").unwrap());
    // Enums count boxed types: 6 `Input…` types, one entry each.
    assert!(f["enums/root/input.rs"].contains("    InputPeerA = inputPeer0;\n"));
    // No entry for `Vector`, and vector alone on one line.
    assert!(f.values().all(|t| !t.contains("Vector =")));
    assert!(
        f["types/root/misc.rs"].contains("\ntl_constructor! { vector #0x1cb5c415 {t:Type} # [ t ] = Vector t; }\n")
    );
}

#[test]
fn generic_methods_get_calls_of_their_own() {
    let tl = "---functions---\n\
        invokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;\n\
        help.getConfig#c4f9186b = Config;\n\
        invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;\n\
        help.getNearestDc#1fb33026 = NearestDc;\n\
        help.thing#12345678 {X:Type} query:!X = X;\n";
    let f = files(tl);
    assert_eq!(
        f["functions/root/misc.rs"].split("\n\n").skip(3).collect::<Vec<_>>(),
        [
            "tl_function! { invokeAfterMsg #0xcb9f372d {X:Type} msg_id:long query:!X = X; }",
            "tl_function! { invokeWithLayer #0xda9b0d0d {X:Type} layer:int query:!X = X; }\n",
        ]
    );
    assert!(f["functions/help.rs"].ends_with(
        "tl_function! {\n    #![converted]\n    help.getConfig #0xc4f9186b = Config;\n    help.getNearestDc #0x1fb33026 = NearestDc;\n}\n\n\
         tl_function! { #[unchecked_id] help.thing #0x12345678 {X:Type} query:!X = X; }\n"
    ));
}

#[test]
fn long_type_entries_wrap() {
    let tl: String = (0..40).map(|i| format!("inputMediaSomethingLong{i} = InputMedia;\n")).collect();
    let f = files(&tl);
    let text = &f["enums/root/misc.rs"];
    let body: Vec<&str> = text.lines().skip_while(|l| *l != "tl_type! {").collect();
    assert!(body[1].starts_with("    InputMedia = inputMediaSomethingLong0 | "));
    for l in &body[2..body.len() - 1] {
        assert!(l.starts_with("        | "), "{l}");
    }
    assert!(body.iter().all(|l| l.len() <= 100));
}

/// Every definition of the input appears exactly once in the output, in the
/// tree of its kind, and every constructor of a boxed type in exactly one entry.
fn check_round_trip(tl: &str) {
    let schema: Schema = parse(tl).unwrap();
    let f = files(tl);
    for def in &schema.definitions {
        let line = def.dsl_line();
        let found: Vec<&String> = f.iter().filter(|(_, t)| t.contains(&line)).map(|(p, _)| p).collect();
        assert_eq!(found.len(), 1, "{line}: {found:?}");
        let tree = if def.is_function { "functions/" } else { "types/" };
        assert!(found[0].starts_with(tree));
        let text = &f[found[0]];
        assert_eq!(text.matches(&format!(" {line}")).count(), 1, "{line}");
    }
    let defs = schema.definitions.len();
    let lines: usize = f
        .iter()
        .filter(|(p, _)| !p.starts_with("enums/") && *p != "definitions.rs")
        .map(|(_, t)| {
            t.lines()
                .filter(|l| {
                    let block_line = l.starts_with("    ") && l.ends_with(';');
                    let single_call = l.starts_with("tl_") && l.ends_with("; }");
                    block_line || single_call
                })
                .count()
        })
        .sum();
    assert_eq!(lines, defs);
    let entries: String = f.iter().filter(|(p, _)| p.starts_with("enums/")).map(|(_, t)| t.as_str()).collect();
    for def in schema.constructors().filter(|d| !d.is_generic()) {
        let n = entries.split(|c: char| c.is_whitespace() || c == ';').filter(|w| *w == def.name).count();
        assert_eq!(n, 1, "{}", def.name);
    }
}

#[test]
fn round_trip() {
    check_round_trip(MTPROTO_BITS);
    let mut tl = String::from(
        "boolFalse#bc799737 = Bool;\nboolTrue#997275b5 = Bool;\ntrue#3fedd339 = True;\nvector#1cb5c415 {t:Type} # [ t ] = Vector t;\n",
    );
    tl += &ctors("inputPeer", "InputPeer", 8);
    tl += &ctors("messages.x", "messages.X", 3);
    tl += "---functions---\ninvokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;\nmessages.get#1 = messages.XA;\n";
    check_round_trip(&tl);
}

#[test]
fn parse_errors_name_the_line() {
    let cases: &[(&str, usize, &str)] = &[
        ("a#1 = A;\nb#2 = B\n", 2, "missing `;`"),
        ("// c\n\nfoo#xyz = A;\n", 3, "bad id"),
        ("a#1 = A;\n---function---\n", 2, "unknown section"),
        ("a#1 x = A;\n", 1, "expected a field"),
        ("a#1 x:int;\n", 1, "missing `= ResultType`"),
        ("a#1 x:int = ;\n", 1, "missing result type"),
        ("\n\na#1 x:flags.0?int = A;\n", 3, "not a `flags:#` field"),
        ("a#1 flags:# x:flags.40?int = A;\n", 1, "out of range"),
        ("a#1 x:Vector<int = A;\n", 1, "not closed"),
        ("a#1 = A;\na#2 = A;\n", 2, "already defined on line 1"),
        ("a#1 = A; b#2 = B;\n", 1, "after `;`"),
        ("a#123456789 = A;\n", 1, "bad id"),
        ("a.b.c#1 = A;\n", 1, "namespace"),
        ("#1 = A;\n", 1, "missing name"),
    ];
    for (text, line, what) in cases {
        let err = parse(text).expect_err(text);
        assert_eq!(err.line, *line, "{text:?}: {err}");
        assert!(err.message.contains(what), "{text:?}: {err}");
        assert!(err.to_string().starts_with(&format!("line {line}: ")));
    }
    // A method and a constructor may share a name.
    assert!(parse("a#1 = A;\n---functions---\na#2 = A;\n").is_ok());
}

#[test]
fn parse_never_panics() {
    // A small deterministic generator of junk built from TL-ish pieces.
    let pieces = [
        "a",
        "#",
        "#1",
        "#0x",
        "{",
        "}",
        "{X:Type}",
        ":",
        "?",
        "!",
        "%",
        "<",
        ">",
        ",",
        ".",
        "=",
        ";",
        " ",
        "\n",
        "//",
        "---functions---",
        "---",
        "flags",
        ".3",
        "[",
        "]",
        "é",
        "\t",
        "int",
        "Vector",
        "0",
        "x:",
        "#ffffffff",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let mut text = String::new();
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        for _ in 0..(state % 16) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        if let Ok(schema) = parse(&text) {
            let _ = render(&schema, &Options::default());
        }
        let _ = tlwire::convert::parse_line(&text);
    }
}

// --- the `tl` tool ---------------------------------------------------------

fn tl(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tl")).args(args).output().expect("run tl");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tlwire-convert-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn tl_id() {
    assert_eq!(tl(&["id", "contacts.acceptContact id:InputUser = Updates"]), (0, "0xf831a20f\n".into(), String::new()));
    assert_eq!(tl(&["id", "resPQ#05162463 nonce:int128 server_nonce:int128 pq:string server_public_key_fingerprints:Vector<long> = ResPQ;"]).1, "0x05162463\n");
    let (code, out, err) = tl(&["id", "ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort"]);
    assert_eq!(code, 0);
    assert_ne!(out, "0x37982646\n");
    assert!(err.contains("unchecked_id"));
    let (code, out, err) = tl(&["id", "contacts.acceptContact id: = Updates"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("tl: ") && err.lines().count() == 1, "{err}");
    assert_eq!(tl(&["id"]).0, 2);
}

#[test]
fn tl_help_and_dispatch() {
    let (code, out, _) = tl(&["--help"]);
    assert_eq!(code, 0);
    for cmd in ["convert", "id", "decode", "roundtrip", "schema", "random", "help"] {
        assert!(out.lines().any(|l| l.trim_start().starts_with(cmd)), "{cmd} in {out}");
    }
    assert_eq!(tl(&["help"]).1, out);
    assert!(tl(&["convert", "--help"]).1.contains("--crate-path"));
    assert_eq!(tl(&["help", "convert"]).1, tl(&["convert", "--help"]).1);
    assert_eq!(tl(&["id", "--help"]).0, 0);
    assert_eq!(tl(&["decode", "--help"]).0, 0);
    assert_eq!(
        tl(&["decode", "00"]),
        (1, String::new(), "tl: decode: at offset 0: unexpected end of input: needed 4 more bytes, 1 left\n".into())
    );
    assert_eq!(tl(&["decode", "7eaf17e3"]), (0, "updatesTooLong\n".into(), String::new()));
    assert_eq!(
        tl(&["decode", "7eaf17e4"]).2,
        "tl: decode: at offset 0: unknown constructor id 0xe417af7e for type Object\n"
    );
    assert_eq!(tl(&["decode", "zz"]).0, 1);
    let (code, out, _) = tl(&["random", "--seed", "1", "--per-def", "2"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2 * 1232);
    assert!(out.lines().all(|l| l.split('\t').count() == 2));
    assert_eq!(tl(&["random", "--seed"]).0, 2);
    let (code, out, _) = tl(&["schema"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1234);
    assert!(out.contains("\n---functions---\ninvokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X;\n"));
    let (code, _, err) = tl(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("tl: unknown command"));
    assert_eq!(tl(&[]).0, 2);
    assert_eq!(tl(&["convert", "only-one-arg"]).0, 2);
    assert_eq!(tl(&["convert", "a", "b", "--bogus"]).0, 2);
}

#[test]
fn tl_convert_and_check() {
    let dir = scratch("check");
    let input = dir.join("mini.tl");
    std::fs::write(&input, MTPROTO_BITS).unwrap();
    let out = dir.join("out");
    let (i, o) = (input.to_str().unwrap(), out.to_str().unwrap());
    let (code, stdout, err) = tl(&["convert", i, o, "--crate-path", "crate::mtproto", "--macro-crate=crate"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("11 definitions (9 constructors, 2 methods)"), "{stdout}");
    assert!(stdout.contains("12 files"), "{stdout}");
    let help = std::fs::read_to_string(out.join("types/help.rs")).unwrap();
    assert!(
        help.contains("use crate::tl_constructor;\n\n#[allow(unused_imports)]\nuse crate::mtproto::{enums, types};")
    );

    assert_eq!(tl(&["convert", "--check", i, o, "--crate-path", "crate::mtproto", "--macro-crate", "crate"]).0, 0);
    // Different options: every macro file differs.
    let (code, stdout, err) = tl(&["convert", "--check", i, o]);
    assert_eq!(code, 1);
    assert!(stdout.contains("differs:  types/help.rs (line 5:") || stdout.contains("differs:  types"), "{stdout}");
    assert!(err.starts_with("tl: ") && err.lines().count() == 1, "{err}");

    std::fs::remove_file(out.join("enums/help.rs")).unwrap();
    std::fs::write(out.join("types/root/stale.rs"), "").unwrap();
    let (code, stdout, _) =
        tl(&["convert", "--check", i, o, "--crate-path", "crate::mtproto", "--macro-crate", "crate"]);
    assert_eq!(code, 1);
    let missing = format!("missing:  {}", Path::new("enums").join("help.rs").display());
    let extra = format!("extra:    {}", Path::new("types").join("root").join("stale.rs").display());
    assert!(stdout.contains(&missing) && stdout.contains(&extra), "{stdout}");
    assert_eq!(stdout.lines().count(), 2, "{stdout}");

    std::fs::write(&input, "a#1 = A;\nb#zz = B;\n").unwrap();
    let (code, _, err) = tl(&["convert", i, o]);
    assert_eq!(code, 1);
    assert!(err.contains(":2: ") && err.contains("bad id"), "{err}");
    assert_eq!(tl(&["convert", dir.join("nope.tl").to_str().unwrap(), o]).0, 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn definitions_list_every_line_in_schema_order_with_its_kind() {
    let f = files(
        "vector#1cb5c415 {t:Type} # [ t ] = Vector t;\nns.a#1 = ns.A;\n---functions---\nping#7abe77ec ping_id:long = Pong;\ninvokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;\n",
    );
    let defs = &f["definitions.rs"];
    let body = &defs[defs.find("tl_definitions!").unwrap()..];
    assert_eq!(
        body,
        "tl_definitions! {\n    builtin vector,\n    constructor ns.a: ns.A,\n    method ping,\n    generic invokeWithLayer,\n}\n"
    );
}

#[test]
fn method_docs_go_onto_the_line() {
    let page = "# ping\n\nPings the server.\n\n## Parameters\n\n| Name | Type | Description |\n| :-: | - | - |\n| **ping_id** | long | Random id |\n\n## Possible errors\n\n| Code | Type | Description |\n| :-: | - | - |\n| 400 | PING_\"BAD\" | Bad \"ping\" |\n\n## Can bots use this method?\n\nNo\n\n## Related pages\n\n#### [pong](https://core.telegram.org/constructor/pong)\n";
    let (name, docs) = tlwire::convert::docs::parse(page).unwrap();
    let mut options = Options::default();
    options.docs.insert(name, docs);
    let f = files_of("---functions---\nping#7abe77ec ping_id:long = Pong;\n", &options);
    let text = &f["functions/root/misc.rs"];
    assert!(text.contains(
        "    /// Pings the server.\n    #[error(400 PING_\"BAD\" = \"Bad \\\"ping\\\"\")]\n    #[bots(no)]\n    #[related(constructor pong)]\n    ping #0x7abe77ec\n        /// Random id\n        ping_id:long\n        = Pong;\n"
    ), "{text}");
}

#[test]
fn tl_roundtrip_answers_every_line_and_never_stops() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_tl"))
        .arg("roundtrip")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"7eaf17e3\nnothex\n7eaf17e300\n15c4b51c00000000\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "7eaf17e3\nerror: invalid hex `no` at byte 0\nerror: at offset 4: 1 trailing bytes after the value\nerror: at offset 0: unknown constructor id 0x1cb5c415 for type Object\n"
    );
}
