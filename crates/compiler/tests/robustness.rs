//! No panic and no stack overflow on hostile input: deep nesting becomes
//! SyntaxError/IndentationError/RecursionError as in CPython. Runs the
//! compiler on a 256 MB stack thread, as the VM does.

use pyrite_compiler::{compile, ErrorKind, Mode};

fn run(src: String) -> Result<(), (ErrorKind, String)> {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || compile(&src, "deep.py", Mode::Exec).map(|_| ()).map_err(|e| (e.kind, e.msg)))
        .unwrap()
        .join()
        .expect("compiler panicked")
}

#[test]
fn deep_expressions_are_recursion_errors() {
    for n in [3000usize, 100_000] {
        for src in [
            format!("{}1", "-".repeat(n)),
            format!("{}a", "a+".repeat(n)),
            format!("x{}", ".y".repeat(n)),
            format!("f{}", "()".repeat(n)),
            format!("x{}", "[0]".repeat(n)),
            format!("{}1", "not ".repeat(n)),
            format!("{}1", "lambda: ".repeat(n)),
        ] {
            let r = run(src.clone());
            assert!(
                matches!(&r, Err((ErrorKind::RecursionError, m)) if m == "maximum recursion depth exceeded during compilation"),
                "{}...: {:?}",
                &src[..20],
                r
            );
        }
    }
    // CPython accepts these.
    assert!(run(format!("{}1", "-".repeat(2000))).is_ok());
    assert!(run(format!("{}a", "a+".repeat(2000))).is_ok());
}

#[test]
fn nesting_limits() {
    let r = run(format!("x = {}1{}", "(".repeat(250), ")".repeat(250)));
    assert_eq!(r, Err((ErrorKind::SyntaxError, "too many nested parentheses".to_string())));
    assert!(run(format!("x = {}1{}", "(".repeat(150), ")".repeat(150))).is_ok());
    let mut src = String::new();
    for i in 0..120 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(120));
    src.push_str("pass\n");
    let r = run(src);
    assert_eq!(r, Err((ErrorKind::IndentationError, "too many levels of indentation".to_string())));
    let mut src = String::new();
    for i in 0..90 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(90));
    src.push_str("pass\n");
    assert!(run(src).is_ok());
}

#[test]
fn garbage_never_panics() {
    // Truncations and mutations of a program exercising most of the grammar.
    let base = include_str!("golden/misc.py").to_string()
        + include_str!("golden/match_stmt.py")
        + include_str!("golden/functions.py")
        + include_str!("golden/try_except.py")
        + include_str!("golden/generators.py");
    let chars: Vec<char> = base.chars().collect();
    let mut inputs = Vec::new();
    for cut in (0..chars.len()).step_by(7) {
        inputs.push(chars[..cut].iter().collect::<String>());
        let mut m = chars.clone();
        m[cut] = match cut % 5 {
            0 => '(',
            1 => ':',
            2 => '\n',
            3 => '*',
            _ => ' ',
        };
        inputs.push(m.iter().collect());
    }
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            for s in inputs {
                for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
                    if let Err(e) = compile(&s, "g.py", mode) {
                        assert!(!e.msg.contains("internal"), "{:?}: {}", s, e.msg);
                    }
                }
            }
        })
        .unwrap()
        .join()
        .expect("compiler panicked");
}
