//! Compile every `.py` file of CPython's standard library: no panic, no
//! error, verified stack depths (about 4 s in a debug build).
//! Run alone with `cargo test -p pyrite-compiler --test stdlib`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn stdlib_dir() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .ok()?;
    Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.ends_with("site-packages") {
                continue;
            }
            walk(&p, out);
        } else if p.extension().map_or(false, |x| x == "py") {
            out.push(p);
        }
    }
}

fn skipped(p: &Path) -> bool {
    let s = p.to_string_lossy();
    let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    s.contains("lib2to3/tests/data")
        || (s.contains("/test/") && (name.starts_with("bad") || name.contains("badsyntax")))
        || s.contains("test_lib2to3/data")
}

#[test]

fn compile_whole_stdlib() {
    let Some(dir) = stdlib_dir() else { return };
    let mut files = Vec::new();
    walk(&dir, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for f in &files {
        if skipped(f) {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(f) else { continue };
        n += 1;
        let fname = f.to_string_lossy().to_string();
        let res = std::panic::catch_unwind(|| pyrite_compiler::compile(&src, &fname, pyrite_compiler::Mode::Exec));
        match res {
            Err(_) => failures.push(format!("PANIC {}", fname)),
            Ok(Err(e)) => failures.push(format!("{}:{}:{}: {}: {}", fname, e.lineno, e.offset, e.kind.name(), e.msg)),
            Ok(Ok(code)) => {
                if let Err(e) = pyrite_compiler::verify::verify(&code) {
                    failures.push(format!("VERIFY {}: {}", fname, e));
                }
            }
        }
    }
    for f in &failures {
        eprintln!("{}", f);
    }
    eprintln!("{} files, {} failures", n, failures.len());
    assert!(failures.is_empty());
}
