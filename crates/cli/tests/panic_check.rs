//! Panic check: pyrite must never panic or die by a signal, whatever the input.
//!
//! For every golden program (`tests/cases/*.py`) it runs pyrite on
//! - 8 truncated copies (cut at evenly spaced byte offsets, on char boundaries);
//! - 4 copies with a few tokens deleted (deterministic xorshift PRNG seeded
//!   from the file name and variant number).
//! Each copy runs in a private temp dir with stdin = /dev/null and a 5 s
//! timeout; a timeout or any exit status is fine, except a Rust panic (exit
//! 101 with "panicked at" on stderr) or a death by a crash signal (SIGSEGV,
//! SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS; not SIGINT, which an
//! uncaught KeyboardInterrupt legitimately ends with).
//!
//! Runs are ordered round-robin over the files (one variant of every file,
//! then the next, alternating cuts and deletions) and stop being launched once the time budget
//! `PANIC_CHECK_BUDGET` (seconds, default 150) is spent, so the test stays
//! around 3 minutes on 2 cores; the count of runs left out is printed.
//! `PANIC_CHECK_FILTER=substr` limits the files, `GOLDEN_PYTHON` runs another
//! interpreter (as in golden.rs).

use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(5);
const CUTS: usize = 8;
const DELETIONS: usize = 4;

/// SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS.
const CRASH_SIGNALS: &[i32] = &[4, 5, 6, 7, 8, 11, 31];

/// Programs that are slow by design even when intact.
const SLOW: &[&str] = &["thread__stress_queue"];

struct Rng(u64);

impl Rng {
    fn new(seed: &str, variant: u64) -> Rng {
        // FNV-1a of the name, mixed with the variant; never zero.
        let mut h: u64 = 0xcbf29ce484222325;
        for b in seed.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        Rng(h ^ variant.wrapping_mul(0x9e3779b97f4a7c15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Byte ranges of rough Python tokens: names/numbers, string quotes,
/// brackets, operators, newlines and indentation runs.
fn tokens(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut v = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                i += 1;
            }
        } else if c == b' ' || c == b'\t' {
            while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
                i += 1;
            }
            continue; // whitespace between tokens is not a token
        } else if b"=<>!+-*/%&|^~:".contains(&c) {
            while i < b.len() && b"=<>!+-*/%&|^~:".contains(&b[i]) && i - start < 3 {
                i += 1;
            }
        } else {
            i += 1; // brackets, quotes, commas, dots, newline, ...
        }
        v.push((start, i));
    }
    v
}

fn variants(name: &str, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for k in 1..=CUTS {
        let mut cut = src.len() * k / (CUTS + 1);
        while !src.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(src[..cut].to_string());
    }
    let toks = tokens(src);
    for variant in 0..DELETIONS {
        let mut rng = Rng::new(name, variant as u64);
        let n = 1 + rng.below(3);
        let mut dead: Vec<usize> = (0..n).map(|_| rng.below(toks.len())).collect();
        dead.sort_unstable();
        dead.dedup();
        let mut s = String::with_capacity(src.len());
        let mut pos = 0;
        for &d in &dead {
            if let Some(&(a, b)) = toks.get(d) {
                s.push_str(&src[pos..a]);
                pos = b;
            }
        }
        s.push_str(&src[pos..]);
        out.push(s);
    }
    out
}

enum Verdict {
    Ok,
    TimedOut,
    Panic(String),
}

fn run_one(interp: &Path, dir: &Path, name: &str, src: &str) -> Verdict {
    let file = format!("{name}.py");
    if fs::write(dir.join(&file), src).is_err() {
        return Verdict::Ok;
    }
    let mut cmd = Command::new(interp);
    cmd.arg(&file).current_dir(dir);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&k);
        }
    }
    cmd.env("PYTHONHASHSEED", "0").env("TZ", "UTC").env("LC_ALL", "C.UTF-8");
    cmd.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
    let Ok(mut child) = cmd.spawn() else { return Verdict::Panic(format!("cannot run {}", interp.display())) };
    let mut err = child.stderr.take().unwrap();
    let reader = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) => {}
            Err(e) => return Verdict::Panic(format!("wait failed: {e}")),
        }
        if start.elapsed() > TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            match child.wait() {
                Ok(s) => break s,
                Err(e) => return Verdict::Panic(format!("wait failed: {e}")),
            }
        }
        thread::sleep(Duration::from_millis(2));
    };
    let stderr = reader.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&stderr);
    if timed_out {
        return Verdict::TimedOut;
    }
    // SIGINT (an uncaught KeyboardInterrupt re-raises it, like CPython) and
    // SIGPIPE/SIGTERM are legitimate ends; crash signals are not.
    if let Some(sig) = status.signal() {
        if CRASH_SIGNALS.contains(&sig) {
            return Verdict::Panic(format!("killed by signal {sig}"));
        }
    }
    if status.code() == Some(101) && stderr.contains("panicked at") {
        let line = stderr.lines().find(|l| l.contains("panicked at")).unwrap_or("");
        let next = stderr.lines().skip_while(|l| !l.contains("panicked at")).nth(1).unwrap_or("");
        return Verdict::Panic(format!("{} {}", line.trim(), next.trim()));
    }
    Verdict::Ok
}

#[test]
fn panic_check() {
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let interp: PathBuf = match std::env::var_os("GOLDEN_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_pyrite")),
    };
    let filter = std::env::var("PANIC_CHECK_FILTER").unwrap_or_default();
    let budget = Duration::from_secs(
        std::env::var("PANIC_CHECK_BUDGET").ok().and_then(|s| s.parse().ok()).unwrap_or(150),
    );
    let mut files: Vec<(String, String)> = fs::read_dir(&cases)
        .expect("read tests/cases")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let f = e.file_name().to_string_lossy().into_owned();
            let name = f.strip_suffix(".py")?.to_string();
            if !name.contains(&filter) || SLOW.contains(&name.as_str()) {
                return None;
            }
            Some((name, fs::read_to_string(e.path()).ok()?))
        })
        .collect();
    files.sort();
    // Round-robin: one variant of every file, then the next variant, ...;
    // cuts and deletions alternate so that a budget cut keeps both kinds.
    const ORDER: [usize; CUTS + DELETIONS] = [0, 8, 4, 9, 2, 10, 6, 11, 1, 3, 5, 7];
    let per_file: Vec<Vec<String>> = files.iter().map(|(n, s)| variants(n, s)).collect();
    let mut jobs: Vec<(String, usize, String)> = Vec::new();
    for v in ORDER {
        for ((name, _), vs) in files.iter().zip(&per_file) {
            jobs.push((name.clone(), v, vs[v].clone()));
        }
    }
    let total = jobs.len();
    let nworkers = thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 4);
    let base = std::env::temp_dir().join(format!("pyrite-panic-check-{}", std::process::id()));
    let queue = Arc::new(Mutex::new(jobs.into_iter()));
    let panics = Arc::new(Mutex::new(Vec::new()));
    let counts = Arc::new(Mutex::new((0usize, 0usize))); // (runs, timeouts)
    let start = Instant::now();
    let workers: Vec<_> = (0..nworkers)
        .map(|w| {
            let (queue, panics, counts, interp) = (queue.clone(), panics.clone(), counts.clone(), interp.clone());
            let base = base.clone();
            thread::spawn(move || loop {
                if start.elapsed() > budget {
                    break;
                }
                let Some((name, v, src)) = queue.lock().unwrap().next() else { break };
                let dir = base.join(format!("w{w}-{name}-{v}"));
                let _ = fs::create_dir_all(&dir);
                let verdict = run_one(&interp, &dir, &name, &src);
                let _ = fs::remove_dir_all(&dir);
                let mut c = counts.lock().unwrap();
                c.0 += 1;
                match verdict {
                    Verdict::Ok => {}
                    Verdict::TimedOut => c.1 += 1,
                    Verdict::Panic(why) => {
                        let kind = if v < CUTS { format!("cut {}/{}", v + 1, CUTS + 1) } else { format!("deletion {}", v - CUTS) };
                        panics.lock().unwrap().push(format!("PANIC/CRASH {name} ({kind}): {why}"));
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("panic_check worker");
    }
    let _ = fs::remove_dir_all(&base);
    let mut panics = panics.lock().unwrap().clone();
    panics.sort();
    for p in &panics {
        println!("{p}");
    }
    let (runs, timeouts) = *counts.lock().unwrap();
    let summary = format!(
        "panic_check: {runs} runs, {} panics ({timeouts} timeouts, {} of {total} runs left out by the {}s budget)",
        panics.len(),
        total - runs,
        budget.as_secs()
    );
    println!("{summary}");
    // Uncaptured, so the summary shows even when the test passes.
    let _ = writeln!(std::io::stderr(), "{summary}");
    assert!(panics.is_empty(), "{summary}");
}
