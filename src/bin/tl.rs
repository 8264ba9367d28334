//! `tl`: the tlwire command-line tool. Run `tl --help` for the commands.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tlwire::convert::{self, Options, Tree};
use tlwire::registry::{Definition, Schema, Table};

/// The API layer a command reads values of (`--layer 122|230`): the
/// layer's definitions plus the MTProto service schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layer {
    L122,
    L230,
}

impl Layer {
    /// Takes `--layer N` out of `rest` (122 when absent).
    fn take(cmd: &str, rest: &[String]) -> Result<(Layer, Vec<String>), Failure> {
        let mut layer = Layer::L122;
        let mut others = Vec::new();
        let mut args = rest.iter();
        while let Some(arg) = args.next() {
            let value = match arg.strip_prefix("--layer=") {
                Some(v) => v,
                None if arg == "--layer" => {
                    args.next().ok_or_else(|| usage(format!("{cmd}: --layer needs a value")))?
                }
                None => {
                    others.push(arg.clone());
                    continue;
                }
            };
            layer = match value {
                "122" => Layer::L122,
                "230" => Layer::L230,
                other => return Err(usage(format!("{cmd}: unknown layer `{other}` (this tool knows 122 and 230)"))),
            };
        }
        layer.check(cmd)?;
        Ok((layer, others))
    }

    /// Fails if this build of the tool left the layer out.
    fn check(self, cmd: &str) -> Result<(), Failure> {
        let built = match self {
            Layer::L122 => cfg!(feature = "layer-122"),
            Layer::L230 => cfg!(feature = "layer-230"),
        };
        if built {
            Ok(())
        } else {
            Err(error(format!("{cmd}: this tl was built without the feature layer-{}", self.number())))
        }
    }

    fn number(self) -> u32 {
        match self {
            Layer::L122 => 122,
            Layer::L230 => 230,
        }
    }

    /// Runs `f` with the layer's schema type (checked built by [`Layer::take`]).
    fn with<R>(self, f: impl WithSchema<R>) -> R {
        match self {
            #[cfg(feature = "layer-122")]
            Layer::L122 => f.call::<tlwire::layer122::Layer122, tlwire::layer122::Definitions>(),
            #[cfg(feature = "layer-230")]
            Layer::L230 => f.call::<tlwire::layer230::Layer230, tlwire::layer230::Definitions>(),
            #[allow(unreachable_patterns)]
            _ => unreachable!("Layer::take checks the layer is built"),
        }
    }
}

/// A command's body, generic over the layer's schema `S` and its own
/// definitions table `T`.
trait WithSchema<R> {
    fn call<S: Schema, T: Table>(self) -> R;
}

/// The layer's own definitions (without the service schema), in schema order.
struct LayerDefinitions;
impl WithSchema<&'static [Definition]> for LayerDefinitions {
    fn call<S: Schema, T: Table>(self) -> &'static [Definition] {
        T::definitions::<S>()
    }
}

/// How `string` fields that are not UTF-8 are read: replaced (the
/// library's default) or refused (`--strict-utf8`).
#[derive(Clone, Copy)]
struct Utf8 {
    strict: bool,
}

impl Utf8 {
    /// Takes `--strict-utf8` out of `rest`.
    fn take(rest: Vec<String>) -> (Utf8, Vec<String>) {
        let strict = rest.iter().any(|a| a == "--strict-utf8");
        (Utf8 { strict }, rest.into_iter().filter(|a| a != "--strict-utf8").collect())
    }
}

/// TL text of a message: MTProto envelopes first, then any object.
struct Describe<'a>(&'a [u8], Utf8);
impl WithSchema<Result<String, String>> for Describe<'_> {
    fn call<S: Schema, T: Table>(self) -> Result<String, String> {
        use tlwire::envelope::{describe, describe_strict};
        let text = if self.1.strict { describe_strict::<S>(self.0) } else { describe::<S>(self.0) };
        text.map_err(|e| e.to_string())
    }
}

/// A message decoded as an object and encoded again.
struct Reencode<'a>(&'a [u8], Utf8);
impl WithSchema<Result<Vec<u8>, String>> for Reencode<'_> {
    fn call<S: Schema, T: Table>(self) -> Result<Vec<u8>, String> {
        use tlwire::{Deserializable, Object, Serializable};
        let obj = if self.1.strict { Object::<S>::from_bytes_strict(self.0) } else { Object::<S>::from_bytes(self.0) };
        obj.map_err(|e| e.to_string())?.to_bytes().map_err(|e| e.to_string())
    }
}

/// Whether a command reads or writes JSON (`--json`), which needs the
/// `serde` feature.
#[derive(Clone, Copy)]
struct Json {
    on: bool,
}

impl Json {
    /// Takes `--json` out of `rest`; fails if asked for and not built.
    fn take(cmd: &str, rest: Vec<String>) -> Result<(Json, Vec<String>), Failure> {
        let on = rest.iter().any(|a| a == "--json");
        if on && !cfg!(feature = "serde") {
            return Err(error(format!("{cmd}: --json needs a tl built with the feature serde")));
        }
        Ok((Json { on }, rest.into_iter().filter(|a| a != "--json").collect()))
    }
}

/// A message decoded as an object, written as JSON (one line, or indented).
#[cfg(feature = "serde")]
struct ToJson<'a>(&'a [u8], Utf8, bool);
#[cfg(feature = "serde")]
impl WithSchema<Result<String, String>> for ToJson<'_> {
    fn call<S: Schema, T: Table>(self) -> Result<String, String> {
        use tlwire::{Deserializable, Object};
        let obj = if self.1.strict { Object::<S>::from_bytes_strict(self.0) } else { Object::<S>::from_bytes(self.0) };
        let obj = obj.map_err(|e| e.to_string())?;
        let json = if self.2 { serde_json::to_string_pretty(&obj) } else { serde_json::to_string(&obj) };
        json.map_err(|e| format!("writing JSON: {e}"))
    }
}

/// A JSON object read as an object of the layer and encoded.
#[cfg(feature = "serde")]
struct FromJson<'a>(&'a str);
#[cfg(feature = "serde")]
impl WithSchema<Result<Vec<u8>, String>> for FromJson<'_> {
    fn call<S: Schema, T: Table>(self) -> Result<Vec<u8>, String> {
        use tlwire::{Object, Serializable};
        let obj: Object<S> = serde_json::from_str(self.0).map_err(|e| format!("reading JSON: {e}"))?;
        obj.to_bytes().map_err(|e| e.to_string())
    }
}

/// The commands, with their usage and one-line description, in `--help` order.
const COMMANDS: &[(&str, &str, &str)] = &[
    (
        "convert",
        "tl convert [--check] FILE.tl DIR [--crate-path PATH] [--macro-crate NAME] [--docs DIR]",
        "Convert a .tl schema file into Rust source in the tlwire macro DSL",
    ),
    (
        "id",
        "tl id [--layer N] 'LINE' | NAME",
        "Print the constructor id a schema line hashes to, or the declared id of a definition by name",
    ),
    (
        "decode",
        "tl decode [--layer N] [--strict-utf8] [--json] HEX",
        "Decode a hex-encoded boxed object (any constructor or method call, or a server's answer) and print it as TL text, or as JSON with --json (needs the feature serde); a string that is not UTF-8 is printed with U+FFFD, or refused with --strict-utf8",
    ),
    (
        "encode",
        "tl encode --json [--layer N] < JSON",
        "Read one object of the layer as JSON on standard input (its TL name in `_`, the shape of tlwire_dsl::json) and print its bytes as hex (needs the feature serde)",
    ),
    (
        "roundtrip",
        "tl roundtrip [--layer N] [--strict-utf8] [--json] < HEX-LINES",
        "Decode each hex line of standard input and print it re-encoded, or `error: <reason>`; with --json the value goes through JSON on the way (hex, value, JSON, value, hex); with --strict-utf8 a string that is not UTF-8 is an error instead of U+FFFD",
    ),
    ("schema", "tl schema [--layer N]", "Print every declared definition of the layer as its .tl line"),
    (
        "random",
        "tl random [--layer N] [--seed S] [--per-def N]",
        "Print N random instances per definition of the layer as `name<TAB>hex`, reproducible by seed",
    ),
    ("help", "tl help [COMMAND]", "Print this help, or the help of a command"),
];

const CONVERT_HELP: &str = "\
Convert a .tl schema file into Rust source in the tlwire macro DSL.

Usage:
  tl convert FILE.tl OUTDIR [--crate-path PATH] [--macro-crate NAME] [--docs DIR]
  tl convert --check FILE.tl DIR [--crate-path PATH] [--macro-crate NAME] [--docs DIR]

Writes three module trees under OUTDIR, creating directories as needed:
  types/      constructors, in tl_constructor! blocks
  enums/      boxed types, in a tl_type! call
  functions/  methods, in tl_function! blocks
each with mod.rs, a file per namespace, and root/<group>.rs for the
root namespace; and definitions.rs, every definition in schema order for
the registry. Existing files are overwritten; files left over from an
earlier run are reported, not deleted.

Options:
  --check            Write nothing; exit 1 and list the differing, missing
                     and extra files if DIR does not hold exactly what would
                     be written (for CI).
  --crate-path PATH  Module holding the types and enums trees, as used in
                     `use PATH::{enums, types};` (default: crate)
  --macro-crate NAME Crate the macros are imported from: tlwire_dsl (the
                     runtime, all a converted schema needs), tlwire, or
                     crate inside either (default: tlwire_dsl)
  --docs DIR         Method documentation pages (NAME.md, as the seeds are
                     written): description, parameters, possible errors,
                     whether bots may call it and related pages go onto
                     the generated items
  -h, --help         Print this help";

const ID_HELP: &str = "\
Print the constructor id a schema line hashes to, as 0x%08x.

Usage:
  tl id [--layer 122|230] 'LINE'
  tl id [--layer 122|230] NAME

NAME (a TL name without spaces, e.g. contacts.addContact) prints the id the
layer (default 122) declares for it. LINE is one definition in .tl
spelling (`name#id fields = Type;`) or DSL spelling (`name #0xID ...`); its id, if any, is ignored (a note on stderr
says when it differs). Example:
  tl id 'contacts.acceptContact id:InputUser = Updates'   prints 0xf831a20f";

/// Exit status for usage errors.
const USAGE: u8 = 2;

/// A failure: the message (printed as `tl: <message>`) and the exit status.
struct Failure {
    message: String,
    status: u8,
}

fn error(message: impl Into<String>) -> Failure {
    Failure { message: message.into(), status: 1 }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure { message: format!("{} (see `tl --help`)", message.into()), status: USAGE }
}

/// The one argument `cmd` takes, `NAME` in its usage, `what` in the
/// message when there are more.
fn only_argument<'a>(cmd: &str, rest: &'a [String], name: &str, what: &str) -> Result<&'a String, Failure> {
    match rest {
        [arg] => Ok(arg),
        [] => Err(usage(format!("{cmd}: missing {name}"))),
        _ => Err(usage(format!("{cmd}: expected exactly one argument, {what}"))),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("tl: {}", f.message);
            ExitCode::from(f.status)
        }
    }
}

/// Dispatches on the command name.
fn run(args: &[String]) -> Result<(), Failure> {
    let Some(cmd) = args.first() else {
        eprint!("{}", main_help());
        return Err(usage("no command given"));
    };
    let rest = &args[1..];
    let wants_help = rest.iter().any(|a| a == "-h" || a == "--help");
    match cmd.as_str() {
        "-h" | "--help" => {
            print!("{}", main_help());
            Ok(())
        }
        "help" => help(rest),
        "convert" if wants_help => {
            println!("{CONVERT_HELP}");
            Ok(())
        }
        "convert" => cmd_convert(rest),
        "id" if wants_help => {
            println!("{ID_HELP}");
            Ok(())
        }
        "id" => cmd_id(rest),
        "decode" | "encode" | "roundtrip" | "schema" | "random" if wants_help => {
            println!("{}", command_help(cmd));
            Ok(())
        }
        "decode" => cmd_decode(rest),
        "encode" => cmd_encode(rest),
        "roundtrip" => cmd_roundtrip(rest),
        "schema" => cmd_schema(rest),
        "random" => cmd_random(rest),
        other => Err(usage(format!("unknown command `{other}`"))),
    }
}

fn main_help() -> String {
    let mut out = String::from(
        "tl: tools for Telegram TL schemas and the tlwire DSL\n\nUsage: tl COMMAND [ARGS...]\n\nCommands:\n",
    );
    for (name, _, description) in COMMANDS {
        out.push_str(&format!("  {name:<10} {description}\n"));
    }
    out.push_str("\nRun `tl help COMMAND` or `tl COMMAND --help` for the usage of a command.\n");
    out
}

/// Usage and description of a command without a long help text.
fn command_help(cmd: &str) -> String {
    match COMMANDS.iter().find(|(name, _, _)| *name == cmd) {
        Some((_, usage, description)) => format!("{description}.\n\nUsage:\n  {usage}"),
        None => main_help(),
    }
}

/// `tl help [COMMAND]`
fn help(rest: &[String]) -> Result<(), Failure> {
    match rest.first().map(String::as_str) {
        None | Some("-h" | "--help") => print!("{}", main_help()),
        Some("convert") => println!("{CONVERT_HELP}"),
        Some("id") => println!("{ID_HELP}"),
        Some(cmd) if COMMANDS.iter().any(|(name, _, _)| *name == cmd) => println!("{}", command_help(cmd)),
        Some(cmd) => return Err(usage(format!("unknown command `{cmd}`"))),
    }
    Ok(())
}

/// Hex text to bytes; white space is ignored.
fn parse_hex(text: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return Err(format!("odd number of hex digits ({})", digits.len()));
    }
    digits
        .chunks(2)
        .enumerate()
        .map(|(i, pair)| {
            let s = std::str::from_utf8(pair).unwrap_or("??");
            u8::from_str_radix(s, 16).map_err(|_| format!("invalid hex `{s}` at byte {i}"))
        })
        .collect()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `tl decode [--layer N] [--strict-utf8] [--json] HEX`
fn cmd_decode(rest: &[String]) -> Result<(), Failure> {
    let (layer, rest) = Layer::take("decode", rest)?;
    let (utf8, rest) = Utf8::take(rest);
    let (json, rest) = Json::take("decode", rest)?;
    let hex = only_argument("decode", &rest, "HEX", "the hex")?;
    let bytes = parse_hex(hex).map_err(|e| error(format!("decode: {e}")))?;
    let text = if json.on { to_json(layer, &bytes, utf8, true) } else { layer.with(Describe(&bytes, utf8)) };
    print_out("decode", &text.map_err(|e| error(format!("decode: {e}")))?)
}

/// Writes `text` and a newline to standard output at once. A reader that
/// has gone (`tl decode … | head -1`) is not an error: the output was
/// for it.
fn print_out(cmd: &str, text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(format!("{text}\n").as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(error(format!("{cmd}: writing: {e}"))),
        _ => Ok(()),
    }
}

/// The object `bytes` holds, as JSON.
#[cfg(feature = "serde")]
fn to_json(layer: Layer, bytes: &[u8], utf8: Utf8, pretty: bool) -> Result<String, String> {
    layer.with(ToJson(bytes, utf8, pretty))
}

#[cfg(not(feature = "serde"))]
fn to_json(_: Layer, _: &[u8], _: Utf8, _: bool) -> Result<String, String> {
    unreachable!("Json::take refuses --json without the feature serde")
}

/// The bytes of the object `json` describes.
#[cfg(feature = "serde")]
fn from_json(layer: Layer, json: &str) -> Result<Vec<u8>, String> {
    layer.with(FromJson(json))
}

#[cfg(not(feature = "serde"))]
fn from_json(_: Layer, _: &str) -> Result<Vec<u8>, String> {
    unreachable!("Json::take refuses --json without the feature serde")
}

/// `tl encode --json [--layer N] < JSON`
fn cmd_encode(rest: &[String]) -> Result<(), Failure> {
    use std::io::Read;
    let (layer, rest) = Layer::take("encode", rest)?;
    let (json, rest) = Json::take("encode", rest)?;
    if !json.on {
        return Err(usage("encode: reads JSON only: pass --json"));
    }
    if !rest.is_empty() {
        return Err(usage("encode: takes no arguments; the JSON comes on standard input"));
    }
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|e| error(format!("encode: reading standard input: {e}")))?;
    let bytes = from_json(layer, &input).map_err(|e| error(format!("encode: {e}")))?;
    print_out("encode", &to_hex(&bytes))
}

/// `tl roundtrip [--layer N] [--strict-utf8] [--json]`: one output line per input
/// line, never stopping.
fn cmd_roundtrip(rest: &[String]) -> Result<(), Failure> {
    use std::io::{BufRead, Write};
    let (layer, rest) = Layer::take("roundtrip", rest)?;
    let (utf8, rest) = Utf8::take(rest);
    let (json, rest) = Json::take("roundtrip", rest)?;
    if !rest.is_empty() {
        return Err(usage("roundtrip: takes no arguments; hex lines come on standard input"));
    }
    let reencode = |bytes: &[u8]| {
        if json.on { from_json(layer, &to_json(layer, bytes, utf8, false)?) } else { layer.with(Reencode(bytes, utf8)) }
    };
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| error(format!("roundtrip: reading standard input: {e}")))?;
        let result = parse_hex(&line).and_then(|bytes| reencode(&bytes));
        let written = match result {
            Ok(bytes) => writeln!(out, "{}", to_hex(&bytes)),
            Err(reason) => writeln!(out, "error: {reason}"),
        };
        written.map_err(|e| error(format!("roundtrip: writing: {e}")))?;
    }
    out.flush().map_err(|e| error(format!("roundtrip: writing: {e}")))
}

/// `tl schema [--layer N]`: types, `---functions---`, methods, as in the .tl file.
fn cmd_schema(rest: &[String]) -> Result<(), Failure> {
    use std::fmt::Write as _;
    use tlwire::registry::Kind;
    let (layer, rest) = Layer::take("schema", rest)?;
    if !rest.is_empty() {
        return Err(usage("schema: takes no arguments but --layer"));
    }
    let defs = layer.with(LayerDefinitions);
    let lines = |methods: bool| defs.iter().filter(move |d| (d.kind == Kind::Method) == methods);
    let mut text = String::new();
    for d in lines(false) {
        writeln!(text, "{};", d.schema).expect("a String takes any text");
    }
    text.push_str("---functions---");
    for d in lines(true) {
        write!(text, "\n{};", d.schema).expect("a String takes any text");
    }
    print_out("schema", &text)
}

/// `tl random [--layer N] [--seed S] [--per-def N]`
fn cmd_random(rest: &[String]) -> Result<(), Failure> {
    use std::io::Write;
    use tlwire::sample::Sampler;
    let (layer, rest) = Layer::take("random", rest)?;
    let (mut seed, mut per_def) = (1u64, 2usize);
    let mut args = rest.iter();
    while let Some(arg) = args.next() {
        let value = args.next().ok_or_else(|| usage(format!("random: {arg} needs a value")))?;
        match arg.as_str() {
            "--seed" => seed = value.parse().map_err(|_| usage(format!("random: bad --seed `{value}`")))?,
            "--per-def" => per_def = value.parse().map_err(|_| usage(format!("random: bad --per-def `{value}`")))?,
            other => return Err(usage(format!("random: unknown option `{other}`"))),
        }
    }
    let sampler = Sampler::new(layer.with(LayerDefinitions));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (d, bytes) in sampler.instances(seed, per_def) {
        writeln!(out, "{}\t{}", d.name, to_hex(&bytes)).map_err(|e| error(format!("random: writing: {e}")))?;
    }
    out.flush().map_err(|e| error(format!("random: writing: {e}")))
}

/// `tl id [--layer N] 'LINE' | NAME`
fn cmd_id(rest: &[String]) -> Result<(), Failure> {
    let (layer, rest) = Layer::take("id", rest)?;
    let line = only_argument("id", &rest, "LINE", "the line (quote it)")?;
    if !line.contains(char::is_whitespace) {
        let found = layer.with(LayerDefinitions).iter().find(|d| d.name == line);
        let d = found.ok_or_else(|| error(format!("id: layer {} declares no `{line}`", layer.number())))?;
        println!("0x{:08x}", d.id);
        return Ok(());
    }
    let def = convert::parse_line(line).map_err(|e| error(format!("id: malformed line: {}", e.message)))?;
    let computed = def.computed_id();
    println!("0x{computed:08x}");
    if let Some(id) = def.id.as_ref().filter(|id| id.value != computed) {
        eprintln!(
            "tl: note: the line declares #{} (0x{:08x}), not its CRC; the DSL needs #[unchecked_id] for it",
            id.text, id.value
        );
    }
    Ok(())
}

/// Arguments of `tl convert`.
struct ConvertArgs {
    check: bool,
    input: PathBuf,
    dir: PathBuf,
    options: Options,
}

fn parse_convert_args(rest: &[String]) -> Result<ConvertArgs, Failure> {
    let mut check = false;
    let mut options = Options::default();
    let mut positional: Vec<&String> = Vec::new();
    let mut only_positional = false;
    let mut i = 0;
    while i < rest.len() {
        let arg = &rest[i];
        i += 1;
        if only_positional || !arg.starts_with("--") {
            positional.push(arg);
            continue;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, Failure> {
            if let Some(v) = &inline {
                return Ok(v.clone());
            }
            let v = rest.get(i).ok_or_else(|| usage(format!("convert: {name} needs a value")))?;
            i += 1;
            Ok(v.clone())
        };
        match flag {
            "--" => only_positional = true,
            "--check" if inline.is_none() => check = true,
            "--crate-path" => options.crate_path = value("--crate-path")?,
            "--macro-crate" => options.macro_crate = value("--macro-crate")?,
            "--docs" => {
                let dir = value("--docs")?;
                options.docs = convert::docs::read_dir(Path::new(&dir))
                    .map_err(|e| error(format!("convert: reading --docs {dir}: {e}")))?;
            }
            _ => return Err(usage(format!("convert: unknown option `{arg}`"))),
        }
    }
    for (name, v) in [("--crate-path", &options.crate_path), ("--macro-crate", &options.macro_crate)] {
        if !is_path(v) {
            return Err(usage(format!("convert: {name} `{v}` is not a Rust path")));
        }
    }
    match positional.as_slice() {
        [input, dir] => Ok(ConvertArgs { check, input: PathBuf::from(input), dir: PathBuf::from(dir), options }),
        [] | [_] => Err(usage("convert: expected FILE.tl and an output directory")),
        _ => Err(usage("convert: too many arguments (expected FILE.tl and an output directory)")),
    }
}

/// `crate`, `tlwire`, `crate::mtproto`: `::`-separated identifiers.
fn is_path(s: &str) -> bool {
    !s.is_empty()
        && s.split("::").all(|seg| {
            let mut b = seg.bytes();
            matches!(b.next(), Some(c) if c.is_ascii_alphabetic() || c == b'_')
                && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
        })
}

/// `tl convert [--check] FILE.tl DIR ...`
fn cmd_convert(rest: &[String]) -> Result<(), Failure> {
    let args = parse_convert_args(rest)?;
    let text =
        fs::read_to_string(&args.input).map_err(|e| error(format!("cannot read {}: {e}", args.input.display())))?;
    let schema =
        convert::parse(&text).map_err(|e| error(format!("{}:{}: {}", args.input.display(), e.line, e.message)))?;
    let files = convert::render(&schema, &args.options);
    let ctors = schema.constructors().count();
    let methods = schema.functions().count();
    let types = convert::boxed_types(&schema).len();
    let extra = extra_files(&args.dir, &files);

    if args.check {
        return check(&args.dir, &files, &extra);
    }
    for (path, content) in &files {
        let full = args.dir.join(path);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(|e| error(format!("cannot create {}: {e}", parent.display())))?;
        }
        // Leave an identical file alone, so its timestamp does not change.
        if fs::read(&full).ok().as_deref() != Some(content.as_bytes()) {
            fs::write(&full, content).map_err(|e| error(format!("cannot write {}: {e}", full.display())))?;
        }
    }
    println!(
        "tl: wrote {} definitions ({ctors} constructors, {methods} methods) and {types} boxed types into {} files under {}",
        ctors + methods,
        files.len(),
        args.dir.display()
    );
    if !extra.is_empty() {
        eprintln!("tl: note: {} file(s) under {} were not written by this run:", extra.len(), args.dir.display());
        for path in &extra {
            eprintln!("  {}", path.display());
        }
    }
    Ok(())
}

/// `.rs` files under the trees of `dir` that `files` does not contain.
fn extra_files(dir: &Path, files: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let written: BTreeSet<&Path> = files.iter().map(|(p, _)| p.as_path()).collect();
    let mut found = Vec::new();
    for tree in Tree::ALL {
        list_rs(dir, Path::new(tree.dir()), &mut found);
    }
    found.retain(|p| !written.contains(p.as_path()));
    found.sort();
    found
}

/// Pushes every `.rs` file under `dir/rel`, relative to `dir`.
fn list_rs(dir: &Path, rel: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir.join(rel)) else { return };
    for entry in entries.flatten() {
        let path = rel.join(entry.file_name());
        match entry.file_type() {
            Ok(t) if t.is_dir() => list_rs(dir, &path, out),
            Ok(_) if path.extension().is_some_and(|e| e == "rs") => out.push(path),
            _ => {}
        }
    }
}

/// `--check`: compares `dir` with `files`.
fn check(dir: &Path, files: &[(PathBuf, String)], extra: &[PathBuf]) -> Result<(), Failure> {
    let mut problems: Vec<String> = Vec::new();
    for (path, content) in files {
        match fs::read(dir.join(path)) {
            Err(_) => problems.push(format!("missing:  {}", path.display())),
            Ok(actual) if actual != content.as_bytes() => {
                let actual = String::from_utf8_lossy(&actual);
                problems.push(format!("differs:  {} ({})", path.display(), first_difference(content, &actual)));
            }
            Ok(_) => {}
        }
    }
    problems.extend(extra.iter().map(|p| format!("extra:    {}", p.display())));
    if problems.is_empty() {
        println!("tl: {} matches ({} files)", dir.display(), files.len());
        return Ok(());
    }
    for p in &problems {
        println!("{p}");
    }
    Err(error(format!(
        "{} does not match the converter's output: {} file(s) differ, are missing or extra (run `tl convert` to regenerate)",
        dir.display(),
        problems.len()
    )))
}

/// Where two texts first differ, in words.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut e = expected.lines();
    let mut a = actual.lines();
    let mut n = 0;
    loop {
        n += 1;
        match (e.next(), a.next()) {
            (Some(x), Some(y)) if x == y => continue,
            (Some(x), Some(y)) => return format!("line {n}: expected `{}`, found `{}`", clip(x), clip(y)),
            (Some(x), None) => return format!("line {n}: expected `{}`, found end of file", clip(x)),
            (None, Some(y)) => return format!("line {n}: expected end of file, found `{}`", clip(y)),
            (None, None) => return "line endings or final newline differ".to_string(),
        }
    }
}

fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX { s.to_string() } else { format!("{}…", s.chars().take(MAX).collect::<String>()) }
}
