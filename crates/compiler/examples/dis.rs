//! Disassemble a Python file: `cargo run -p pyrite-compiler --example dis -- file.py [exec|eval|single]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: dis FILE [mode]");
        return;
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let mode = match args.get(2).map(|s| s.as_str()) {
        Some("eval") => pyrite_compiler::Mode::Eval,
        Some("single") => pyrite_compiler::Mode::Single,
        _ => pyrite_compiler::Mode::Exec,
    };
    match pyrite_compiler::compile_unverified(&src, path, mode) {
        Ok(code) => {
            print!("{}", code);
            if let Err(e) = pyrite_compiler::verify::verify(&code) {
                println!("VERIFY FAILED: {}", e);
            }
        }
        Err(e) => println!("{}: {} ({}:{}:{}-{}:{}) {:?}", e.kind.name(), e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text),
    }
}
