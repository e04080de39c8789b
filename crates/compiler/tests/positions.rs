//! Instruction positions (what CPython 3.11's traceback carets use) compared
//! with CPython's `co_positions()` for calls, binary operations, subscripts
//! and attribute accesses (tests/positions_dump.py gives CPython's side).

use pyrite_bytecode::{CodeObject, Constant, Instr};
use std::process::Command;

fn dump(code: &CodeObject, out: &mut String) {
    out.push_str(&format!("code {}\n", code.qualname));
    for (i, ins) in code.instructions.iter().enumerate() {
        let name = match ins {
            Instr::Call(_) => "Call",
            Instr::BinaryOp { .. } => "BinaryOp",
            Instr::BinarySubscr => "BinarySubscr",
            Instr::LoadAttr(_) => "LoadAttr",
            Instr::LoadMethod(_) => "LoadMethod",
            Instr::StoreAttr(_) => "StoreAttr",
            Instr::StoreSubscr => "StoreSubscr",
            Instr::RaiseVarargs(_) => "RaiseVarargs",
            Instr::CallFunctionEx(_) => "CallFunctionEx",
            Instr::LoadName(_) => "LoadName",
            Instr::LoadGlobal(_) => "LoadGlobal",
            Instr::LoadFast(_) => "LoadFast",
            Instr::CompareOp(_) => "CompareOp",
            Instr::GetIter => "GetIter",
            Instr::UnpackSequence(_) => "UnpackSequence",
            Instr::ImportName(_) => "ImportName",
            Instr::ImportFrom(_) => "ImportFrom",
            Instr::StoreName(_) => "StoreName",
            Instr::StoreFast(_) => "StoreFast",
            Instr::ForIter(_) => "ForIter",
            Instr::UnaryOp(_) => "UnaryOp",
            Instr::ContainsOp(_) => "ContainsOp",
            Instr::FormatValue { .. } => "FormatValue",
            Instr::BuildString(_) => "BuildString",
            Instr::DeleteSubscr => "DeleteSubscr",
            Instr::DeleteAttr(_) => "DeleteAttr",
            Instr::DeleteName(_) => "DeleteName",
            Instr::DeleteFast(_) => "DeleteFast",
            Instr::LoadDeref(_) => "LoadDeref",
            Instr::StoreDeref(_) => "StoreDeref",
            Instr::YieldValue(_) => "YieldValue",
            Instr::BuildList(_) => "BuildList",
            Instr::BuildTuple(_) => "BuildTuple",
            Instr::BuildMap(_) => "BuildMap",
            Instr::ListAppend(_) => "ListAppend",
            _ => continue,
        };
        let p = code.positions[i];
        out.push_str(&format!("  {} {}:{}-{}:{}\n", name, p.line, p.col, p.end_line, p.end_col));
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            dump(inner, out);
        }
    }
}

#[test]
fn positions_match_cpython() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let sample = format!("{}/tests/data/positions_sample.py", dir);
    let Ok(out) = Command::new("python3").arg(format!("{}/tests/positions_dump.py", dir)).arg(&sample).output() else {
        return;
    };
    let want = String::from_utf8_lossy(&out.stdout).to_string();
    let src = std::fs::read_to_string(&sample).unwrap();
    let code = pyrite_compiler::compile(&src, &sample, pyrite_compiler::Mode::Exec).unwrap();
    let mut got = String::new();
    dump(&code, &mut got);
    if got.trim() != want.trim() {
        for (g, w) in got.lines().zip(want.lines()) {
            if g != w {
                eprintln!("got  {}\nwant {}", g, w);
            }
        }
        panic!("positions differ:\n--- got\n{}\n--- CPython\n{}", got, want);
    }
}
