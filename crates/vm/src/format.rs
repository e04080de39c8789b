//! `format()` and the format-spec mini-language for int, float, complex and
//! str, and printf-style `%` formatting. Mirrors `Python/formatter_unicode.c`
//! and `Objects/unicodeobject.c` (`PyUnicode_Format`).

use crate::object::PyObjectRef;
use crate::vm::{str_of, PyResult, Vm};

impl Vm {
    /// `format(obj, spec)`.
    pub fn format(&self, obj: &PyObjectRef, spec: &str) -> PyResult {
        let s = self.new_str(spec);
        let r = self.call_special(obj, "__format__", &[s])?.ok_or_else(|| self.new_type_error("no __format__"))?;
        if !matches!(r.payload, crate::object::Payload::Str(_)) {
            return Err(self.new_type_error(format!("__format__ must return a str, not {}", self.type_name(&r))));
        }
        Ok(r)
    }
}

pub fn format_int(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    Err(vm.new_not_implemented_error("int format specs are not implemented yet"))
}

pub fn format_float(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    Err(vm.new_not_implemented_error("float format specs are not implemented yet"))
}

pub fn format_complex(vm: &Vm, obj: &PyObjectRef, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str_obj(obj);
    }
    Err(vm.new_not_implemented_error("complex format specs are not implemented yet"))
}

pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(vm.new_str(s));
    }
    Err(vm.new_not_implemented_error("str format specs are not implemented yet"))
}

pub fn percent_format_str(vm: &Vm, fmt: &str, args: &PyObjectRef) -> PyResult {
    let _ = (fmt, args, str_of);
    Err(vm.new_not_implemented_error("%-formatting is not implemented yet"))
}
