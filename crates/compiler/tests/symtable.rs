//! Compare pyrite's symbol table with CPython's `symtable` module on a sample
//! of standard-library files (tests/symtable_dump.py produces CPython's side).

use std::path::PathBuf;
use std::process::Command;

fn sample_files() -> Vec<PathBuf> {
    let Ok(out) = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
    else {
        return vec![];
    };
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let names = [
        "os.py", "inspect.py", "dataclasses.py", "functools.py", "typing.py", "enum.py", "argparse.py",
        "collections/__init__.py", "asyncio/tasks.py", "json/decoder.py", "re/_parser.py", "pathlib.py",
        "subprocess.py", "threading.py", "unittest/mock.py", "test/test_scope.py", "test/test_patma.py",
        "test/test_named_expressions.py", "test/test_grammar.py", "test/test_super.py", "contextlib.py",
        "pydoc.py", "ast.py", "email/_header_value_parser.py", "test/test_coroutines.py",
    ];
    if std::env::var("PYRITE_SYMTABLE_ALL").is_ok() {
        // Every top-level stdlib module: PYRITE_SYMTABLE_ALL=1 cargo test --test symtable
        let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().map_or(false, |x| x == "py")).collect())
            .unwrap_or_default();
        for sub in ["test", "asyncio", "email", "unittest", "idlelib", "tkinter", "concurrent/futures"] {
            if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
                v.extend(rd.flatten().map(|e| e.path()).filter(|p| {
                    p.extension().map_or(false, |x| x == "py")
                        && !p.file_name().map_or(false, |n| n.to_string_lossy().contains("bad"))
                }));
            }
        }
        v.sort();
        return v;
    }
    names.iter().map(|n| dir.join(n)).filter(|p| p.exists()).collect()
}

#[test]
fn symtable_matches_cpython() {
    let files = sample_files();
    if files.is_empty() {
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/symtable_dump.py");
    let out = Command::new("python3").arg(script).args(&files).output().expect("python3");
    let expected = String::from_utf8_lossy(&out.stdout).to_string();
    let mut failures = Vec::new();
    for chunk in expected.split("== ").filter(|c| !c.is_empty()) {
        let (path, want) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let src = std::fs::read_to_string(path).unwrap_or_default();
        let got = match pyrite_compiler::dump_symtable(&src) {
            Ok(g) => g,
            Err(e) => format!("error {}\n", e),
        };
        if got.trim_end() != want.trim_end() {
            let g: Vec<&str> = got.lines().collect();
            let w: Vec<&str> = want.lines().collect();
            let mut ctx = String::new();
            let mut block = "";
            for i in 0..g.len().max(w.len()) {
                let (a, b) = (g.get(i).copied().unwrap_or(""), w.get(i).copied().unwrap_or(""));
                if !b.starts_with("  ") {
                    block = b;
                }
                if a != b {
                    ctx = format!("in block `{}`: got `{}`, CPython `{}`", block, a, b);
                    break;
                }
            }
            failures.push(format!("{}: {}", path, ctx));
        }
    }
    for f in &failures {
        eprintln!("{}", f);
    }
    let checked = expected.matches("== ").count();
    assert!(checked >= 10, "only {} files checked", checked);
    assert!(failures.is_empty(), "{} of {} files differ", failures.len(), checked);
}
