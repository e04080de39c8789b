//! Compile a Python file and print its code object as JSON, for
//! tests/minivm.py (a throwaway interpreter used to test the compiler's
//! output semantics before the real VM exists):
//!     cargo run -q -p pyrite-compiler --example dump_json -- file.py
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match pyrite_compiler::compile(&src, &path, pyrite_compiler::Mode::Exec) {
        Ok(c) => println!("{}", pyrite_compiler::json::code_to_json(&c)),
        Err(e) => println!("{{\"error\":{{\"kind\":{},\"msg\":{},\"lineno\":{},\"offset\":{}}}}}", pyrite_compiler::json::jstr(e.kind.name()), pyrite_compiler::json::jstr(&e.msg), e.lineno, e.offset),
    }
}
