//! What the DSL expands to, pinned: each `tests/expand/NAME.rs` (one kind
//! of line each: a constructor, a bare vector, a method, a generic method,
//! a boxed type, a view, the builtin `vector`) expanded and compared with
//! `tests/expand/NAME.expanded.rs` (`NAME.serde.expanded.rs`,
//! `NAME.views.expanded.rs`, `NAME.serde.views.expanded.rs` when the test
//! is built with those features).
//!
//! An input is expanded by the compiler that built this test,
//! `rustc -Zunpretty=expanded` (unstable output, hence `RUSTC_BOOTSTRAP=1`),
//! against the `tlwire-dsl` library this test links, then formatted with
//! `rustfmt` and the workspace's `rustfmt.toml`. Nothing is downloaded or
//! installed. A change to the macros that changes an expansion fails here
//! with the first lines that differ; when the change is meant,
//!
//! ```text
//! TLWIRE_BLESS=1 cargo test -p tlwire-dsl --test expand
//! TLWIRE_BLESS=1 cargo test -p tlwire-dsl --test expand --features serde
//! TLWIRE_BLESS=1 cargo test -p tlwire-dsl --test expand --features views
//! TLWIRE_BLESS=1 cargo test -p tlwire-dsl --test expand --features serde,views
//! ```
//!
//! rewrites the snapshots, and `git diff` shows what the change does to the
//! generated code. A new rustc may print the same expansion differently
//! (the expansion of `derive`s, attributes): bless again then.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Where the inputs and their snapshots are.
fn expand_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("expand")
}

/// A tool of the toolchain that built this test: `cargo`'s sibling (the
/// same toolchain), else the one on `PATH`. `RUSTC` wins for `rustc`, as
/// it does for cargo.
fn tool(name: &str) -> PathBuf {
    if name == "rustc"
        && let Some(rustc) = std::env::var_os("RUSTC")
    {
        return rustc.into();
    }
    let sibling = Path::new(env!("CARGO")).with_file_name(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if sibling.is_file() { sibling } else { PathBuf::from(name) }
}

/// The directory of this test's dependencies (`target/<profile>/deps`), and
/// in it the `tlwire-dsl` library built with this test's features: of the
/// `libtlwire_dsl-*.rlib` there (one per feature set built in this target
/// directory), those whose features match, the newest of them. The
/// features are told apart by names only their code holds: the `serde`
/// feature's `JSON_FIELDS`, the `std` feature's `OnceLock`, the `views`
/// feature's doc text of a view, `read in place, the view of` (a name would
/// not do: the names of the items a `cfg` strips are kept).
fn dsl_library() -> (PathBuf, PathBuf) {
    let exe = std::env::current_exe().expect("the test's path");
    let deps = exe.parent().expect("the test's directory").to_path_buf();
    let has = |data: &[u8], name: &str| data.windows(name.len()).any(|w| w == name.as_bytes());
    let newest = fs::read_dir(&deps)
        .expect("the dependencies' directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("libtlwire_dsl-") && name.ends_with(".rlib")
        })
        .filter(|path| {
            let data = fs::read(path).unwrap_or_default();
            has(&data, "JSON_FIELDS") == cfg!(feature = "serde")
                && has(&data, "OnceLock") == cfg!(feature = "std")
                && has(&data, "read in place, the view of") == cfg!(feature = "views")
        })
        .max_by_key(|path| fs::metadata(path).and_then(|m| m.modified()).ok());
    let rlib =
        newest.unwrap_or_else(|| panic!("no libtlwire_dsl-*.rlib of this build's features in {}", deps.display()));
    (deps, rlib)
}

/// Runs `command` with `input` on its standard input; its standard output.
fn run(mut command: Command, input: &str, what: &str) -> String {
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().unwrap_or_else(|e| panic!("{what}: cannot run {command:?}: {e}"));
    let mut stdin = child.stdin.take().expect("piped");
    let input = input.to_owned();
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, input.as_bytes()));
    let out = child.wait_with_output().expect("the tool's output");
    writer.join().expect("writer").expect("write to the tool");
    assert!(
        out.status.success(),
        "{what}: {command:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// `input` expanded, formatted, with the machine's paths taken out.
fn expand(input: &Path, deps: &Path, rlib: &Path) -> String {
    let name = input.file_stem().and_then(|s| s.to_str()).expect("a file name");
    let mut rustc = Command::new(tool("rustc"));
    rustc
        .env("RUSTC_BOOTSTRAP", "1")
        .args(["--edition", "2024", "--crate-type", "lib", "-Zunpretty=expanded"])
        .arg("--crate-name")
        .arg(format!("expand_{name}"))
        .arg("-L")
        .arg(format!("dependency={}", deps.display()))
        .arg("--extern")
        .arg(format!("tlwire_dsl={}", rlib.display()))
        .arg(input);
    let expanded = run(rustc, "", &format!("expanding {name}"));

    let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("rustfmt.toml");
    let mut rustfmt = Command::new(tool("rustfmt"));
    rustfmt.args(["--edition", "2024", "--emit", "stdout"]).arg("--config-path").arg(config);
    let formatted = run(rustfmt, &expanded, &format!("formatting {name}"));

    normalize(
        &formatted,
        &[(deps, "$DEPS"), (&expand_dir(), "$EXPAND"), (Path::new(env!("CARGO_MANIFEST_DIR")), "$DSL")],
    )
}

/// Replaces each path with its placeholder, drops trailing white space,
/// ends with one newline.
fn normalize(text: &str, paths: &[(&Path, &str)]) -> String {
    let mut text = text.to_owned();
    for (path, placeholder) in paths {
        text = text.replace(&path.display().to_string(), placeholder);
    }
    let mut out: String = text.lines().map(|line| format!("{}\n", line.trim_end())).collect();
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Where `actual` first differs from `expected`, with a few lines around.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let from = at.saturating_sub(3);
    let show = |lines: &[&str]| -> String {
        lines.iter().enumerate().skip(from).take(12).map(|(i, l)| format!("{:>5} | {l}\n", i + 1)).collect()
    };
    format!(
        "first difference at line {} ({} lines expected, {} now)\n--- expected\n{}+++ now\n{}",
        at + 1,
        e.len(),
        a.len(),
        show(&e),
        show(&a)
    )
}

/// The snapshots of this build's features: `NAME.expanded.rs` by default,
/// `NAME.serde.expanded.rs` with the `serde` feature (which adds each
/// line's and type's JSON impls), `NAME.views.expanded.rs` with `views`
/// (each line's and type's view), `NAME.serde.views.expanded.rs` with both;
/// blessed with the same `--features`. A workspace `cargo test` builds
/// this crate with `views` (the `tlwire` tests turn it on).
const SNAPSHOT: &str = match (cfg!(feature = "serde"), cfg!(feature = "views")) {
    (false, false) => ".expanded.rs",
    (true, false) => ".serde.expanded.rs",
    (false, true) => ".views.expanded.rs",
    (true, true) => ".serde.views.expanded.rs",
};

#[test]
fn expansions_match_their_snapshots() {
    let bless = std::env::var_os("TLWIRE_BLESS").is_some_and(|v| v == "1");
    let dir = expand_dir();
    let mut inputs = Vec::new();
    let mut snapshots = Vec::new();
    for entry in fs::read_dir(&dir).expect("tests/expand") {
        let path = entry.expect("dir entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        // `NAME.serde.expanded.rs` is another build's snapshot of `NAME`.
        if let Some(stem) = name.strip_suffix(SNAPSHOT).filter(|stem| !stem.contains('.')) {
            snapshots.push(stem.to_owned());
        } else if name.ends_with(".rs") && !name.ends_with(".expanded.rs") {
            inputs.push(path);
        }
    }
    inputs.sort();
    assert!(inputs.len() >= 5, "found only {inputs:?}");

    let (deps, rlib) = dsl_library();
    let mut failures = Vec::new();
    for input in &inputs {
        let stem = input.file_stem().and_then(|s| s.to_str()).expect("a file name");
        let snapshot = dir.join(format!("{stem}{SNAPSHOT}"));
        let actual = expand(input, &deps, &rlib);
        if bless {
            fs::write(&snapshot, &actual).expect("write the snapshot");
            continue;
        }
        match fs::read_to_string(&snapshot) {
            Ok(expected) if expected == actual => {}
            Ok(expected) => failures.push(format!("{stem}: {}", first_difference(&expected, &actual))),
            Err(_) => failures.push(format!("{stem}: no snapshot {}", snapshot.display())),
        }
    }
    for stem in &snapshots {
        if !inputs.iter().any(|i| i.file_stem().and_then(|s| s.to_str()) == Some(stem.as_str())) {
            failures.push(format!("{stem}{SNAPSHOT} has no input {stem}.rs"));
        }
    }
    assert!(
        failures.is_empty(),
        "the expansions differ from their snapshots; if that is meant, run \
         `TLWIRE_BLESS=1 cargo test -p tlwire-dsl --test expand` and review the diff.\n\n{}",
        failures.join("\n")
    );
}
