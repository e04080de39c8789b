//! Print ruff's raw parse errors for a file (debugging the error mapping).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let p = ruff_python_parser::parse_unchecked(&src, ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module));
    for e in p.errors() {
        println!("{:?} @ {:?} :: {}", e.error, e.location, e.error);
    }
}
