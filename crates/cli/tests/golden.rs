//! Golden tests: runs every `tests/cases/*.py` with pyrite and compares the
//! result with what CPython 3.11 produced (`tests/bless.py` writes the
//! expectations; never edit them by hand).
//!
//! Invocation (identical to `tests/bless.py`, so traceback paths match):
//! `cd tests/cases && pyrite <name>.py [ARGS from a "# args:" header]`, stdin
//! from `<name>.in` or /dev/null, environment without PYTHON* variables plus
//! `PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8`, 60 s timeout.
//!
//! Compared: stdout exactly (`<name>.out`), the exit status (`<name>.rc`,
//! default 0), and stderr exactly when `<name>.err` exists (only its last
//! line when the header has `# stderr: last-line`).
//!
//! CPython prints the script's absolute path in tracebacks; the bless script
//! writes the absolute path of tests/cases followed by "/" as `<CASES>/`, and
//! this harness replaces it the same way in the interpreter's stdout and
//! stderr before comparing (the interpreter must print the real path).
//!
//! Environment:
//! - `GOLDEN_FILTER=substr`  run only the cases whose name contains substr;
//! - `GOLDEN_PYTHON=/path`   run that interpreter instead of pyrite (point it
//!   at CPython 3.11 to check the corpus and this harness: all must pass);
//! - `GOLDEN_JOBS=n`         worker threads (default 2-4 by CPU count);
//! - `GOLDEN_BUDGET=secs`    total time budget (default 2400): cases not yet
//!   started when it runs out fail as "not run", so that an interpreter that
//!   hangs everywhere cannot keep CI busy for hours (373 x 60 s).
//!
//! Skips live in `tests/golden_skips.txt`, one `name  # reason` per line; a
//! line without a reason is an error. Skipped cases are counted and listed.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Header {
    args: Vec<String>,
    last_line_only: bool,
}

fn header(src: &str) -> Header {
    let mut h = Header { args: Vec::new(), last_line_only: false };
    for line in src.lines().take(10) {
        let Some(body) = line.strip_prefix('#') else { break };
        let body = body.trim();
        if let Some(a) = body.strip_prefix("args:") {
            h.args = a.split_whitespace().map(String::from).collect();
        } else if let Some(m) = body.strip_prefix("stderr:") {
            h.last_line_only = m.trim() == "last-line";
        }
    }
    h
}

enum Outcome {
    Pass,
    Fail(String),
    Panic(String),
    Skip(String),
}

struct RunResult {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    signal: Option<i32>,
    timed_out: bool,
}

fn run(interp: &Path, cases: &Path, name: &str, h: &Header) -> std::io::Result<RunResult> {
    let mut cmd = Command::new(interp);
    cmd.arg(format!("{name}.py")).args(&h.args).current_dir(cases);
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&k);
        }
    }
    cmd.env("PYTHONHASHSEED", "0").env("TZ", "UTC").env("LC_ALL", "C.UTF-8");
    let input = cases.join(format!("{name}.in"));
    cmd.stdin(if input.exists() { Stdio::from(fs::File::open(&input)?) } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let t_err = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if start.elapsed() > TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(RunResult {
        stdout: t_out.join().unwrap_or_default(),
        stderr: t_err.join().unwrap_or_default(),
        code: status.code(),
        signal: status.signal(),
        timed_out,
    })
}

/// First differing line of two outputs, as a short human-readable note.
fn first_diff(what: &str, expected: &[u8], got: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let g = String::from_utf8_lossy(got);
    let el: Vec<&str> = e.split_inclusive('\n').collect();
    let gl: Vec<&str> = g.split_inclusive('\n').collect();
    for i in 0..el.len().max(gl.len()) {
        let a = el.get(i).copied();
        let b = gl.get(i).copied();
        if a != b {
            let show = |s: Option<&str>| match s {
                Some(s) => {
                    let mut t: String = format!("{s:?}");
                    if t.len() > 160 {
                        let mut cut = 160;
                        while !t.is_char_boundary(cut) {
                            cut -= 1;
                        }
                        t.truncate(cut);
                        t.push_str("...");
                    }
                    t
                }
                None => "<end of output>".to_string(),
            };
            return format!("{what} line {}: expected {} got {}", i + 1, show(a), show(b));
        }
    }
    format!("{what} differs")
}

/// Replace every occurrence of `prefix` by `<CASES>/`.
fn normalise(data: &[u8], prefix: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(prefix) {
            out.extend_from_slice(b"<CASES>/");
            i += prefix.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

fn last_line(b: &[u8]) -> &[u8] {
    let t = b.strip_suffix(b"\n").unwrap_or(b);
    match t.iter().rposition(|&c| c == b'\n') {
        Some(i) => &t[i + 1..],
        None => t,
    }
}

fn check(interp: &Path, cases: &Path, name: &str) -> Outcome {
    let src = match fs::read_to_string(cases.join(format!("{name}.py"))) {
        Ok(s) => s,
        Err(e) => return Outcome::Fail(format!("cannot read source: {e}")),
    };
    let h = header(&src);
    let expected_out = match fs::read(cases.join(format!("{name}.out"))) {
        Ok(v) => v,
        Err(_) => return Outcome::Fail("no .out file: run python3 tests/bless.py".into()),
    };
    let expected_rc: i32 = fs::read_to_string(cases.join(format!("{name}.rc")))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let expected_err = fs::read(cases.join(format!("{name}.err"))).ok();
    let r = match run(interp, cases, name, &h) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(format!("cannot run {}: {e}", interp.display())),
    };
    let mut r = r;
    let prefix = format!("{}/", cases.display());
    r.stdout = normalise(&r.stdout, prefix.as_bytes());
    r.stderr = normalise(&r.stderr, prefix.as_bytes());
    let stderr_text = String::from_utf8_lossy(&r.stderr);
    // A death by signal is a crash unless CPython died by the same signal
    // (e.g. an uncaught KeyboardInterrupt ends with SIGINT, status -2).
    if let Some(sig) = r.signal.filter(|_| !r.timed_out) {
        if -sig != expected_rc {
            return Outcome::Panic(format!("killed by signal {sig}"));
        }
    }
    if r.code == Some(101) && stderr_text.contains("panicked at") {
        let line = stderr_text.lines().find(|l| l.contains("panicked at")).unwrap_or("");
        let next = stderr_text.lines().skip_while(|l| !l.contains("panicked at")).nth(1).unwrap_or("");
        return Outcome::Panic(format!("rust panic: {} {}", line.trim(), next.trim()));
    }
    if r.timed_out {
        return Outcome::Fail(format!("timeout after {}s", TIMEOUT.as_secs()));
    }
    let code = r.code.or(r.signal.map(|s| -s)).unwrap_or(-1);
    if r.stdout != expected_out {
        let mut why = first_diff("stdout", &expected_out, &r.stdout);
        if code != expected_rc {
            // Usually an unexpected exception: say which.
            let tail = String::from_utf8_lossy(last_line(&r.stderr)).into_owned();
            why.push_str(&format!(" [exit {code}, expected {expected_rc}; stderr: {tail:?}]"));
        }
        return Outcome::Fail(why);
    }
    if code != expected_rc {
        let tail = String::from_utf8_lossy(last_line(&r.stderr)).into_owned();
        return Outcome::Fail(format!("exit status: expected {expected_rc} got {code} (stderr: {tail:?})"));
    }
    if let Some(exp) = expected_err {
        if h.last_line_only {
            let (a, b) = (last_line(&exp), last_line(&r.stderr));
            if a != b {
                return Outcome::Fail(first_diff("stderr last", a, b));
            }
        } else if exp != r.stderr {
            return Outcome::Fail(first_diff("stderr", &exp, &r.stderr));
        }
    }
    Outcome::Pass
}

/// `tests/golden_skips.txt`: `name  # reason`; blank lines and lines starting
/// with `#` are ignored. A skip without a reason panics the harness.
fn load_skips(root: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    let Ok(text) = fs::read_to_string(root.join("tests/golden_skips.txt")) else { return m };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, reason) = line.split_once('#').unwrap_or((line, ""));
        let (name, reason) = (name.trim(), reason.trim());
        assert!(!reason.is_empty(), "tests/golden_skips.txt:{}: skip of {name:?} has no reason", i + 1);
        m.insert(name.trim_end_matches(".py").to_string(), reason.to_string());
    }
    m
}

#[test]
fn golden() {
    let root = repo_root();
    let cases = root.join("tests/cases").canonicalize().expect("tests/cases");
    let interp: PathBuf = match std::env::var_os("GOLDEN_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_pyrite")),
    };
    let filter = std::env::var("GOLDEN_FILTER").unwrap_or_default();
    let skips = load_skips(&root);
    let mut names: Vec<String> = fs::read_dir(&cases)
        .expect("read tests/cases")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|f| f.strip_suffix(".py").map(String::from))
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    let jobs = std::env::var("GOLDEN_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 4));
    eprintln!("golden: running {} cases with {} ({jobs} workers)", names.len(), interp.display());

    let budget = Duration::from_secs(
        std::env::var("GOLDEN_BUDGET").ok().and_then(|s| s.parse().ok()).unwrap_or(2400),
    );
    let start = Instant::now();
    let queue = Arc::new(Mutex::new(names.clone().into_iter()));
    let results = Arc::new(Mutex::new(BTreeMap::new()));
    let workers: Vec<_> = (0..jobs)
        .map(|_| {
            let (queue, results, interp, cases, skips) =
                (queue.clone(), results.clone(), interp.clone(), cases.clone(), skips.clone());
            thread::spawn(move || loop {
                let Some(name) = queue.lock().unwrap().next() else { break };
                let outcome = match skips.get(&name) {
                    Some(reason) => Outcome::Skip(reason.clone()),
                    None if start.elapsed() > budget => Outcome::Fail(format!(
                        "not run: GOLDEN_BUDGET of {}s exhausted",
                        budget.as_secs()
                    )),
                    None => check(&interp, &cases, &name),
                };
                results.lock().unwrap().insert(name, outcome);
            })
        })
        .collect();
    for w in workers {
        w.join().expect("golden worker");
    }

    let results = results.lock().unwrap();
    let (mut passed, mut failed, mut panics, mut skipped) = (0, 0, 0, 0);
    for (name, outcome) in results.iter() {
        match outcome {
            Outcome::Pass => passed += 1,
            Outcome::Fail(why) => {
                failed += 1;
                println!("FAIL {name}: {why}");
            }
            Outcome::Skip(why) => {
                skipped += 1;
                // Uncaptured: skips are listed even when the test passes.
                let _ = writeln!(std::io::stderr(), "SKIP {name}: {why}");
            }
            Outcome::Panic(_) => {}
        }
    }
    for (name, outcome) in results.iter() {
        if let Outcome::Panic(why) = outcome {
            panics += 1;
            failed += 1;
            println!("PANIC/CRASH {name}: {why}");
        }
    }
    let summary = format!(
        "golden: {passed} passed, {failed} failed ({panics} PANIC/CRASH), {skipped} skipped"
    );
    println!("{summary}");
    // Uncaptured, so the summary shows even when the test passes.
    let _ = writeln!(std::io::stderr(), "{summary}");
    assert!(failed == 0, "{summary}");
    assert!(!names.is_empty() || !filter.is_empty(), "no golden cases found in {}", cases.display());
}
