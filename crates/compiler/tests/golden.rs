//! Golden disassembly tests: each tests/golden/NAME.py is compiled and its
//! disassembly compared with tests/golden/NAME.dis.
//! Regenerate after an intended change with:
//!     BLESS=1 cargo test -p pyrite-compiler --test golden

use std::path::Path;

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var("BLESS").is_ok();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut n = 0;
    for p in entries {
        if p.extension().map_or(true, |x| x != "py") {
            continue;
        }
        n += 1;
        let src = std::fs::read_to_string(&p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let code = match pyrite_compiler::compile(&src, &name, pyrite_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("{}: {}", name, e.msg));
                continue;
            }
        };
        pyrite_compiler::verify::verify(&code).unwrap();
        let got = code.to_string();
        let dis = p.with_extension("dis");
        if bless {
            std::fs::write(&dis, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&dis).unwrap_or_default();
        if got != want {
            failures.push(format!("{} differs from {}:\n{}", name, dis.display(), got));
        }
    }
    assert!(n >= 10);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
