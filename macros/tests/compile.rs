//! What the DSL accepts and what it rejects, with the messages users see.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    let mut cases: Vec<_> = std::fs::read_dir("tests/ui/fail")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    cases.sort();
    for case in cases {
        t.compile_fail(case);
    }
    t.pass("tests/ui/pass/*.rs");
}
