//! Binary and unary operators with CPython's dispatch rules
//! (`binary_op1` in `Objects/abstract.c`): left operand's method, then the
//! reflected method of the right one (first, when the right type is a
//! subclass that overrides it), `NotImplemented` handling, in-place forms,
//! and CPython's error messages. Also the int/float arithmetic kernels used
//! by both the fast paths and the types' special methods.

use crate::object::{Payload, PyObjectRef};
use crate::types::int::PyInt;
use crate::types::type_::{is_subtype, lookup};
use crate::vm::{PyResult, Vm};
pub use pyrite_bytecode::{BinOp, CmpOp, UnaryOp};

fn is_exact_int(vm: &Vm, o: &PyObjectRef) -> bool {
    o.class_is(&vm.ctx.types.int_type)
}
fn is_exact_float(vm: &Vm, o: &PyObjectRef) -> bool {
    o.class_is(&vm.ctx.types.float_type)
}

/// Comparison without calling Python code, for exact ints, floats and strs.
#[inline]
pub fn fast_compare(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef, op: CmpOp) -> Option<bool> {
    use std::cmp::Ordering;
    let ord: Option<Ordering> = match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if is_exact_int(vm, a) && is_exact_int(vm, b) => Some(x.cmp(y)),
        (Payload::Float(x), Payload::Float(y)) if is_exact_float(vm, a) && is_exact_float(vm, b) => {
            return Some(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            });
        }
        (Payload::Str(x), Payload::Str(y)) if a.class_is(&vm.ctx.types.str_type) && b.class_is(&vm.ctx.types.str_type) => {
            Some(x.as_str().cmp(y.as_str()))
        }
        _ => None,
    };
    let o = ord?;
    Some(match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    })
}

/// Integer arithmetic (`int.__add__` etc. for two ints). Returns
/// NotImplemented-free results; errors as CPython.
pub fn int_binop(vm: &Vm, a: &PyInt, b: &PyInt, op: BinOp) -> PyResult {
    Ok(match op {
        BinOp::Add => vm.new_pyint(a.add(b)),
        BinOp::Sub => vm.new_pyint(a.sub(b)),
        BinOp::Mul => vm.new_pyint(a.mul(b)),
        BinOp::FloorDiv => match a.floordiv(b) {
            Some(r) => vm.new_pyint(r),
            None => return Err(vm.new_zero_division_error("integer division or modulo by zero")),
        },
        BinOp::Mod => match a.modulo(b) {
            Some(r) => vm.new_pyint(r),
            None => return Err(vm.new_zero_division_error("integer modulo by zero")),
        },
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(vm.new_zero_division_error("division by zero"));
            }
            vm.new_float(crate::types::float::int_truediv(vm, a, b)?)
        }
        BinOp::Pow => {
            if b.is_negative() {
                let fa = int_to_f64(vm, a)?;
                let fb = int_to_f64(vm, b)?;
                return float_binop(vm, fa, fb, BinOp::Pow);
            }
            match b.as_i64() {
                Some(e) => {
                    // Guard absurd sizes: CPython would run out of memory.
                    let bits = a.bit_length();
                    if bits > 1 && (e as u128) * (bits as u128) > 1u128 << 36 {
                        return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new()));
                    }
                    vm.new_pyint(a.pow(e as u64))
                }
                None => match a {
                    PyInt::Small(0) | PyInt::Small(1) => vm.new_pyint(a.clone()),
                    PyInt::Small(-1) => vm.new_int(if b.bitand(&PyInt::Small(1)).is_zero() { 1 } else { -1 }),
                    _ => return Err(vm.new_exception_msg(&vm.ctx.exc.memory_error, String::new())),
                },
            }
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            match b.as_i64() {
                Some(n) if n < (1 << 40) => vm.new_pyint(a.shl(n as u64)),
                _ => {
                    if a.is_zero() {
                        vm.new_int(0)
                    } else {
                        return Err(vm.new_overflow_error("too many digits in integer"));
                    }
                }
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.new_value_error("negative shift count"));
            }
            let n = b.as_i64().unwrap_or(i64::MAX) as u64;
            vm.new_pyint(a.shr(n))
        }
        BinOp::And => vm.new_pyint(a.bitand(b)),
        BinOp::Or => vm.new_pyint(a.bitor(b)),
        BinOp::Xor => vm.new_pyint(a.bitxor(b)),
        BinOp::MatMul => return Ok(vm.ctx.not_implemented.clone()),
    })
}

pub fn int_to_f64(vm: &Vm, i: &PyInt) -> PyResult<f64> {
    i.to_f64().ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))
}

/// Float arithmetic with CPython's errors.
pub fn float_binop(vm: &Vm, a: f64, b: f64, op: BinOp) -> PyResult {
    Ok(vm.new_float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float floor division by zero"));
            }
            crate::types::float::float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.new_zero_division_error("float modulo"));
            }
            crate::types::float::float_divmod(a, b).1
        }
        BinOp::Pow => return crate::types::float::float_pow(vm, a, b),
        _ => return Ok(vm.ctx.not_implemented.clone()),
    }))
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

impl Vm {
    /// Fast paths for exact builtin operands; None to take the generic path.
    #[inline]
    fn fast_binop(&self, a: &PyObjectRef, b: &PyObjectRef, op: BinOp) -> Option<PyResult> {
        match (&a.payload, &b.payload) {
            (Payload::Int(x), Payload::Int(y)) if is_exact_int(self, a) && is_exact_int(self, b) => {
                if let (PyInt::Small(p), PyInt::Small(q)) = (x, y) {
                    let r = match op {
                        BinOp::Add => p.checked_add(*q),
                        BinOp::Sub => p.checked_sub(*q),
                        BinOp::Mul => p.checked_mul(*q),
                        _ => None,
                    };
                    if let Some(r) = r {
                        return Some(Ok(self.new_int(r)));
                    }
                }
                Some(int_binop(self, x, y, op))
            }
            (Payload::Float(x), Payload::Float(y)) if is_exact_float(self, a) && is_exact_float(self, b) => {
                Some(float_binop(self, *x, *y, op))
            }
            (Payload::Float(x), Payload::Int(y)) if is_exact_float(self, a) && is_exact_int(self, b) => {
                Some(int_to_f64(self, y).and_then(|y| float_binop(self, *x, y, op)))
            }
            (Payload::Int(x), Payload::Float(y)) if is_exact_int(self, a) && is_exact_float(self, b) => {
                Some(int_to_f64(self, x).and_then(|x| float_binop(self, x, *y, op)))
            }
            (Payload::Str(x), Payload::Str(y)) if op == BinOp::Add && a.class_is(&self.ctx.types.str_type) && b.class_is(&self.ctx.types.str_type) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Some(Ok(self.new_string(s)))
            }
            _ => None,
        }
    }

    /// `a op b`.
    pub fn binary_op(&self, a: &PyObjectRef, b: &PyObjectRef, op: BinOp) -> PyResult {
        if let Some(r) = self.fast_binop(a, b, op) {
            if let Ok(r) = &r {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(r.clone());
                }
            } else {
                return r;
            }
        }
        match self.binary_op1(a, b, op)? {
            Some(r) => Ok(r),
            None => Err(self.binop_type_error(a, b, op, "")),
        }
    }

    /// Try `a.__op__(b)` and `b.__rop__(a)`; None when both are NotImplemented.
    pub fn binary_op1(&self, a: &PyObjectRef, b: &PyObjectRef, op: BinOp) -> PyResult<Option<PyObjectRef>> {
        let (name, rname, _) = dunder(op);
        let ta = a.class();
        let tb = b.class();
        let same = ta.is(&tb);
        let rslot = if same { None } else { lookup(&tb, rname) };
        if let Some(rs) = &rslot {
            if is_subtype(&tb, &ta) {
                let overrides = match lookup(&ta, rname) {
                    Some(la) => !la.is(rs),
                    None => true,
                };
                if overrides {
                    let r = self.call_special(b, rname, &[a.clone()])?;
                    if let Some(r) = r {
                        if !r.is(&self.ctx.not_implemented) {
                            return Ok(Some(r));
                        }
                    }
                    return self.binary_left_only(a, b, name);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, &[b.clone()])? {
            if !r.is(&self.ctx.not_implemented) {
                return Ok(Some(r));
            }
        }
        if rslot.is_some() {
            if let Some(r) = self.call_special(b, rname, &[a.clone()])? {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    fn binary_left_only(&self, a: &PyObjectRef, b: &PyObjectRef, name: &str) -> PyResult<Option<PyObjectRef>> {
        if let Some(r) = self.call_special(a, name, &[b.clone()])? {
            if !r.is(&self.ctx.not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn binop_type_error(&self, a: &PyObjectRef, b: &PyObjectRef, op: BinOp, suffix: &str) -> crate::vm::PyErr {
        // Sequence-specific messages (CPython's sq_concat / sq_repeat paths).
        let seq_name = match &a.payload {
            Payload::Str(_) => Some("str"),
            Payload::List(_) => Some("list"),
            Payload::Tuple(_) => Some("tuple"),
            Payload::Bytes(_) => Some("bytes"),
            Payload::ByteArray(_) => Some("bytearray"),
            _ => None,
        };
        if let Some(sn) = seq_name {
            if op == BinOp::Add && lookup(&b.class(), "__radd__").is_none() {
                let tn = self.type_name(b);
                return match sn {
                    "str" => self.new_type_error(format!("can only concatenate str (not \"{}\") to str", tn)),
                    "bytes" | "bytearray" => self.new_type_error(format!("can't concat {} to {}", tn, self.type_name(a))),
                    _ => self.new_type_error(format!("can only concatenate {} (not \"{}\") to {}", sn, tn, sn)),
                };
            }
            if op == BinOp::Mul {
                return self.new_type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(b)));
            }
        }
        if op == BinOp::Mul {
            if let Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) = &b.payload {
                return self.new_type_error(format!("can't multiply sequence by non-int of type '{}'", self.type_name(a)));
            }
        }
        if op == BinOp::Pow {
            return self.new_type_error(format!(
                "unsupported operand type(s) for {}{}: '{}' and '{}'", if suffix.is_empty() { "** or pow()" } else { "**" }, suffix, self.type_name(a), self.type_name(b)));
        }
        if op == BinOp::RShift && suffix.is_empty() {
            let is_print = matches!(&a.payload, Payload::NativeFunction(nf) if nf.name == "print");
            if is_print {
                return self.new_type_error(format!(
                    "unsupported operand type(s) for >>: 'builtin_function_or_method' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?", self.type_name(b)));
            }
        }
        self.new_type_error(format!(
            "unsupported operand type(s) for {}{}: '{}' and '{}'", op.symbol(), suffix, self.type_name(a), self.type_name(b)))
    }

    /// `a op= b`.
    pub fn inplace_op(&self, a: &PyObjectRef, b: &PyObjectRef, op: BinOp) -> PyResult {
        if let Some(r) = self.fast_binop(a, b, op) {
            if let Ok(r) = &r {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(r.clone());
                }
            } else {
                return r;
            }
        }
        let (_, _, iname) = dunder(op);
        if let Some(r) = self.call_special(a, iname, &[b.clone()])? {
            if !r.is(&self.ctx.not_implemented) {
                return Ok(r);
            }
        }
        match self.binary_op1(a, b, op)? {
            Some(r) => Ok(r),
            None => Err(self.binop_type_error(a, b, op, "=")),
        }
    }

    /// Unary operators.
    pub fn unary_op(&self, a: &PyObjectRef, op: UnaryOp) -> PyResult {
        if op == UnaryOp::Not {
            return Ok(self.new_bool(!self.is_true(a)?));
        }
        if is_exact_int(self, a) {
            if let Payload::Int(i) = &a.payload {
                return Ok(match op {
                    UnaryOp::Negative => self.new_pyint(i.neg()),
                    UnaryOp::Positive => a.clone(),
                    UnaryOp::Invert => self.new_pyint(i.invert()),
                    UnaryOp::Not => unreachable_not(self),
                });
            }
        }
        if is_exact_float(self, a) {
            if let Payload::Float(f) = &a.payload {
                match op {
                    UnaryOp::Negative => return Ok(self.new_float(-f)),
                    UnaryOp::Positive => return Ok(a.clone()),
                    _ => {}
                }
            }
        }
        let (name, sym) = match op {
            UnaryOp::Negative => ("__neg__", "unary -"),
            UnaryOp::Positive => ("__pos__", "unary +"),
            UnaryOp::Invert => ("__invert__", "unary ~"),
            UnaryOp::Not => ("__bool__", "not"),
        };
        match self.call_special(a, name, &[])? {
            Some(r) => Ok(r),
            None => Err(self.new_type_error(format!("bad operand type for {}: '{}'", sym, self.type_name(a)))),
        }
    }

    /// `pow(a, b, m)` with a modulus.
    pub fn ternary_pow(&self, a: &PyObjectRef, b: &PyObjectRef, m: &PyObjectRef) -> PyResult {
        if let Some(r) = self.call_special(a, "__pow__", &[b.clone(), m.clone()])? {
            if !r.is(&self.ctx.not_implemented) {
                return Ok(r);
            }
        }
        if !a.class().is(&b.class()) {
            if let Some(r) = self.call_special(b, "__rpow__", &[a.clone(), m.clone()])? {
                if !r.is(&self.ctx.not_implemented) {
                    return Ok(r);
                }
            }
        }
        Err(self.new_type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            self.type_name(a), self.type_name(b), self.type_name(m))))
    }
}

#[cold]
fn unreachable_not(vm: &Vm) -> PyObjectRef {
    vm.none()
}
