//! SyntaxError table: (class, msg, lineno, offset) of bad programs checked
//! against CPython 3.11. Expectations in tests/data/errors.txt come from
//! `python3 tests/gen_errors.py` (never edited by hand).

fn unjson(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).unwrap_or(s);
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}

/// Cases where pyrite's message or location is known to differ from CPython
/// (kept visibly apart; the rest of the table must match exactly).
const KNOWN_DIFFERENCES: &[&str] = &[
    "match x:\n    case [a] | [b]: pass\n",
    "x = 1e\n",
    "f'{'\n",
    "f'{x!z}'\n",
    "class C(x for x in y): pass\n",
    "def f[T](): pass\n",
];

#[test]
fn syntax_errors_match_cpython() {
    let data = include_str!("data/errors.txt");
    let mut failures = Vec::new();
    let mut total = 0;
    for line in data.lines() {
        let parts: Vec<&str> = line.split('\t').collect();
        let src = unjson(parts[0]);
        total += 1;
        let known = KNOWN_DIFFERENCES.contains(&src.as_str());
        let got = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn({
                let src = src.clone();
                move || pyrite_compiler::compile(&src, "bad.py", pyrite_compiler::Mode::Exec)
            })
            .unwrap()
            .join();
        let got = match got {
            Ok(r) => r,
            Err(_) => {
                failures.push(format!("PANIC on {:?}", src));
                continue;
            }
        };
        if parts[1] == "OK" {
            if let Err(e) = got {
                failures.push(format!("{:?}: expected OK, got {}: {}", src, e.kind.name(), e.msg));
            }
            continue;
        }
        let (class, msg, lineno, offset) = (parts[1], unjson(parts[2]), parts[3], parts[4]);
        match got {
            Ok(_) => failures.push(format!("{:?}: expected {} {:?}, compiled OK", src, class, msg)),
            Err(e) => {
                let g = format!("{} {:?} {} {}", e.kind.name(), e.msg, e.lineno, e.offset);
                let w = format!("{} {:?} {} {}", class, msg, lineno, offset);
                if g != w && !known {
                    failures.push(format!("{:?}:\n    got  {}\n    want {}", src, g, w));
                }
            }
        }
    }
    for f in &failures {
        eprintln!("{}", f);
    }
    eprintln!("{}/{} error cases match CPython", total - failures.len(), total);
    assert!(failures.is_empty());
}
