//! Compiling source to code objects (with `SyntaxError` conversion) and
//! running code objects in a namespace.

use super::frame::Frame;
use crate::object::{Payload, PyObjectRef};
use crate::types::code::PyCode;
use crate::vm::{PyErr, PyResult, Vm};
use pyrite_bytecode::{CodeObject, Constant};
use pyrite_compiler::{CompileError, ErrorKind, Mode};
use std::sync::Arc;

impl Vm {
    /// Turn a compiler `Constant` into an object.
    pub fn constant_to_object(&self, c: &Constant) -> PyObjectRef {
        match c {
            Constant::None => self.none(),
            Constant::Bool(b) => self.new_bool(*b),
            Constant::Ellipsis => self.ctx.ellipsis.clone(),
            Constant::Int(i) => self.new_int(*i),
            Constant::BigInt(b) => self.new_bigint(b.clone()),
            Constant::Float(f) => self.new_float(*f),
            Constant::Complex { real, imag } => self.new_complex(*real, *imag),
            Constant::Str(s) => self.intern(s),
            Constant::StrCodePoints(cps) => {
                // Lone surrogates cannot be stored in UTF-8; they become U+FFFD.
                let s: String = cps.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect();
                self.new_string(s)
            }
            Constant::Bytes(b) => self.new_bytes(b.to_vec()),
            Constant::Tuple(items) => self.new_tuple(items.iter().map(|x| self.constant_to_object(x)).collect()),
            Constant::FrozenSet(items) => {
                // Built twice (items, then the first set's iteration order), as
                // CPython's constant frozensets are, so that sets made from them
                // iterate in CPython's order.
                let first = crate::types::set::PySet::new();
                for x in items.iter() {
                    let _ = first.add(self, self.constant_to_object(x));
                }
                let s = crate::types::set::PySet::new();
                for (h, k) in first.items_hashed() {
                    let _ = s.add_hashed(self, k, h);
                }
                PyObjectRef::new(self.ctx.types.frozenset_type.clone(), Payload::FrozenSet(Box::new(s)))
            }
            Constant::Code(code) => self.code_to_object(code.clone()),
        }
    }

    /// Wrap a compiled code object (materialising its constants and names).
    pub fn code_to_object(&self, code: Arc<CodeObject>) -> PyObjectRef {
        let consts = code.constants.iter().map(|c| self.constant_to_object(c)).collect();
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| self.intern(n)).collect();
        PyObjectRef::new(self.ctx.types.code_type.clone(), Payload::Code(Box::new(PyCode { code, consts, names, varnames })))
    }

    /// Compile source; syntax errors become `SyntaxError` exceptions.
    pub fn compile(&self, source: &str, filename: &str, mode: Mode) -> PyResult {
        match pyrite_compiler::compile(source, filename, mode) {
            Ok(code) => Ok(self.code_to_object(Arc::new(code))),
            Err(e) => Err(self.syntax_error_from(&e)),
        }
    }

    pub fn syntax_error_from(&self, e: &CompileError) -> PyErr {
        let cls = match e.kind {
            ErrorKind::SyntaxError => &self.ctx.exc.syntax_error,
            ErrorKind::IndentationError => &self.ctx.exc.indentation_error,
            ErrorKind::TabError => &self.ctx.exc.tab_error,
            #[allow(unreachable_patterns)]
            _ => &self.ctx.exc.recursion_error,
        };
        if cls.is(&self.ctx.exc.recursion_error) {
            return self.new_recursion_error(e.msg.clone());
        }
        let text = match &e.text {
            Some(t) => self.new_str(t),
            None => self.none(),
        };
        let info = self.new_tuple(vec![
            self.new_str(&e.filename),
            self.new_int(e.lineno as i64),
            self.new_int(e.offset as i64),
            text,
            self.new_int(e.end_lineno as i64),
            self.new_int(e.end_offset as i64),
        ]);
        match self.call(cls, &[self.new_str(&e.msg), info]) {
            Ok(x) => PyErr(x),
            Err(err) => err,
        }
    }

    /// Execute a code object with the given globals (and locals mapping; by
    /// default the globals).
    pub fn run_code(&self, code: &PyObjectRef, globals: &PyObjectRef, locals: Option<PyObjectRef>) -> PyResult {
        let builtins = match &globals.payload {
            Payload::Dict(d) => match d.get_str("__builtins__") {
                Some(b) => match &b.payload {
                    Payload::Module(bd) => bd.clone(),
                    Payload::Dict(_) => b,
                    _ => self.builtins_dict(),
                },
                None => {
                    let b = self.interp.builtins.get();
                    if let Some(b) = &b {
                        d.set_str(self, "__builtins__", b.clone());
                    }
                    self.builtins_dict()
                }
            },
            _ => self.builtins_dict(),
        };
        let locals = locals.unwrap_or_else(|| globals.clone());
        let mut frame = Frame::new(self, code.clone(), globals.clone(), builtins, Some(locals));
        self.run_frame_value(&mut frame)
    }

    /// The builtins namespace dict.
    pub fn builtins_dict(&self) -> PyObjectRef {
        match self.interp.builtins.get() {
            Some(b) => match &b.payload {
                Payload::Module(d) => d.clone(),
                _ => self.new_dict(),
            },
            None => self.new_dict(),
        }
    }

    /// An interned str object for a name.
    pub fn intern(&self, s: &str) -> PyObjectRef {
        crate::modules::sys::intern(self, s)
    }
}
