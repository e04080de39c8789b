//! Print pyrite's symbol table dump for a file (format of tests/symtable_dump.py).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match pyrite_compiler::dump_symtable(&src) {
        Ok(s) => print!("{}", s),
        Err(e) => println!("error {}", e),
    }
}
