//! Embeds every file under the repository's `Lib/` into the binary.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(e) => e.flatten().collect(),
        Err(_) => return,
    };
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if name == "__pycache__" || name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, base, out);
        } else if name.ends_with(".py") {
            let rel = p.strip_prefix(base).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            out.push((rel, p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let lib = manifest.join("../../Lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    walk(&lib, &lib, &mut files);
    files.sort();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("files.rs");
    let mut f = match fs::File::create(&out) {
        Ok(f) => f,
        Err(e) => panic!("cannot write {}: {}", out.display(), e),
    };
    let _ = writeln!(f, "pub static FILES: &[(&str, &str)] = &[");
    for (rel, path) in &files {
        let abs = fs::canonicalize(path).unwrap_or(path.clone());
        let _ = writeln!(f, "    ({:?}, include_str!({:?})),", rel, abs.display().to_string());
    }
    let _ = writeln!(f, "];");
}
