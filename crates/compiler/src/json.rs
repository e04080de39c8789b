//! Code objects as JSON, for the compiler's semantic tests (tests/minivm.py,
//! a throwaway interpreter written in Python). Not used by the VM.

use pyrite_bytecode::{CodeObject, Constant};

/// A JSON string literal.
pub fn jstr(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    o.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn jconst(c: &Constant) -> String {
    match c {
        Constant::None => "{\"t\":\"none\"}".into(),
        Constant::Bool(b) => format!("{{\"t\":\"bool\",\"v\":{}}}", b),
        Constant::Ellipsis => "{\"t\":\"ellipsis\"}".into(),
        Constant::Int(i) => format!("{{\"t\":\"int\",\"v\":\"{}\"}}", i),
        Constant::BigInt(b) => format!("{{\"t\":\"int\",\"v\":\"{}\"}}", b),
        Constant::Float(f) => format!("{{\"t\":\"float\",\"v\":\"{:?}\"}}", f),
        Constant::Complex { real, imag } => format!("{{\"t\":\"complex\",\"r\":\"{:?}\",\"i\":\"{:?}\"}}", real, imag),
        Constant::Str(s) => format!("{{\"t\":\"str\",\"v\":{}}}", jstr(s)),
        Constant::StrCodePoints(cp) => format!("{{\"t\":\"strcp\",\"v\":{:?}}}", cp),
        Constant::Bytes(b) => format!("{{\"t\":\"bytes\",\"v\":{:?}}}", b),
        Constant::Tuple(items) => format!("{{\"t\":\"tuple\",\"v\":[{}]}}", items.iter().map(jconst).collect::<Vec<_>>().join(",")),
        Constant::FrozenSet(items) => format!("{{\"t\":\"frozenset\",\"v\":[{}]}}", items.iter().map(jconst).collect::<Vec<_>>().join(",")),
        Constant::Code(c) => format!("{{\"t\":\"code\",\"v\":{}}}", jcode(c)),
    }
}

fn jnames(v: &[std::sync::Arc<str>]) -> String {
    format!("[{}]", v.iter().map(|s| jstr(s)).collect::<Vec<_>>().join(","))
}

/// A code object as JSON (the format tests/minivm.py reads).
pub fn code_to_json(c: &CodeObject) -> String {
    jcode(c)
}

fn jcode(c: &CodeObject) -> String {
    let instrs: Vec<String> = c.instructions.iter().map(|i| jstr(&format!("{:?}", i))).collect();
    let pos: Vec<String> = c.positions.iter().map(|p| format!("[{},{},{},{}]", p.line, p.end_line, p.col, p.end_col)).collect();
    format!(
        "{{\"name\":{},\"qualname\":{},\"flags\":{},\"argcount\":{},\"posonly\":{},\"kwonly\":{},\"instrs\":[{}],\"pos\":[{}],\"consts\":[{}],\"names\":{},\"varnames\":{},\"cellvars\":{},\"freevars\":{},\"cell2arg\":[{}],\"firstline\":{}}}",
        jstr(&c.name), jstr(&c.qualname), c.flags, c.arg_count, c.posonly_arg_count, c.kwonly_arg_count,
        instrs.join(","), pos.join(","),
        c.constants.iter().map(jconst).collect::<Vec<_>>().join(","),
        jnames(&c.names), jnames(&c.varnames), jnames(&c.cellvars), jnames(&c.freevars),
        c.cell2arg.iter().map(|a| a.map_or("null".to_string(), |v| v.to_string())).collect::<Vec<_>>().join(","),
        c.first_line,
    )
}

