//! `memoryview` over bytes and bytearray (1-D, format 'B'): slicing,
//! `tobytes`, `tolist`, `release`, item assignment on writable buffers.

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::vm::{add_method, add_methods, PyResult, Vm};
use std::any::Any;
use std::cell::Cell;

pub struct PyMemoryView {
    pub obj: PyObjectRef,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub released: Cell<bool>,
}

impl NativePayload for PyMemoryView {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        visit(&self.obj);
    }
}

impl PyMemoryView {
    pub fn to_bytes(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        if self.released.get() {
            return Err(vm.new_value_error("operation forbidden on released memoryview object"));
        }
        let all = crate::types::bytes_methods::bytes_from_object(vm, &self.obj)?;
        let mut out = Vec::with_capacity(self.len);
        let mut i = self.start as isize;
        for _ in 0..self.len {
            if let Some(b) = all.get(i as usize) {
                out.push(*b);
            }
            i += self.step;
        }
        Ok(out)
    }
}

fn mv(vm: &Vm, o: &PyObjectRef) -> PyResult<&'static PyMemoryView> {
    match o.payload.native::<PyMemoryView>() {
        // SAFETY: the payload lives as long as `o`, which callers keep alive
        // for the duration of the method call.
        Some(m) => Ok(unsafe { &*(m as *const PyMemoryView) }),
        None => Err(vm.new_type_error("expected memoryview")),
    }
}

pub fn new_memoryview(vm: &Vm, obj: &PyObjectRef) -> PyResult {
    let (base, start, len, step) = if let Some(m) = obj.payload.native::<PyMemoryView>() {
        (m.obj.clone(), m.start, m.len, m.step)
    } else {
        match &obj.payload {
            Payload::Bytes(b) => (obj.clone(), 0, b.len(), 1),
            Payload::ByteArray(b) => (obj.clone(), 0, b.borrow().len(), 1),
            _ => match crate::types::misc::buffer_bytes(vm, obj)? {
                // Objects exporting `__buffer_bytes__` (array.array): a
                // read-only view of a snapshot of their bytes.
                Some(b) => {
                    let n = b.len();
                    (vm.new_bytes(b), 0, n, 1)
                }
                None => return Err(vm.new_type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(obj)))),
            },
        }
    };
    Ok(PyObjectRef::new(vm.ctx.types.memoryview_type.clone(), Payload::Native(Box::new(PyMemoryView { obj: base, start, len, step, released: Cell::new(false) }))))
}

fn mv_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.shift().range(vm, "memoryview", 1, 1)?;
    new_memoryview(vm, &pos[0])
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.new_bytes(mv(vm, &args.args[0])?.to_bytes(vm)?))
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult {
    let b = mv(vm, &args.args[0])?.to_bytes(vm)?;
    Ok(vm.new_list(b.into_iter().map(|x| vm.new_int(x as i64)).collect()))
}

fn mv_len(vm: &Vm, args: Args) -> PyResult {
    let m = mv(vm, &args.args[0])?;
    if m.released.get() {
        return Err(vm.new_value_error("operation forbidden on released memoryview object"));
    }
    Ok(vm.new_int(m.len as i64))
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key] = args.exact::<2>(vm, "__getitem__")?;
    let m = mv(vm, o)?;
    if m.released.get() {
        return Err(vm.new_value_error("operation forbidden on released memoryview object"));
    }
    if let Payload::Slice { .. } = &key.payload {
        let (s, e, st) = crate::types::slice::indices(vm, key, m.len)?;
        let n = crate::types::slice::slice_len(s, e, st);
        return Ok(PyObjectRef::new(vm.ctx.types.memoryview_type.clone(), Payload::Native(Box::new(PyMemoryView {
            obj: m.obj.clone(), start: (m.start as isize + s as isize * m.step) as usize, len: n, step: m.step * st as isize, released: Cell::new(false),
        }))));
    }
    let i = vm.index_i64(key)?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    let b = m.to_bytes(vm)?;
    Ok(vm.new_int(b[j as usize] as i64))
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult {
    let [o, key, value] = args.exact::<3>(vm, "__setitem__")?;
    let m = mv(vm, o)?;
    let ba = match &m.obj.payload {
        Payload::ByteArray(b) => b,
        _ => return Err(vm.new_type_error("cannot modify read-only memory")),
    };
    if let Payload::Slice { .. } = &key.payload {
        let (s, e, st) = crate::types::slice::indices(vm, key, m.len)?;
        let data = crate::types::bytes_methods::bytes_from_object(vm, value)?;
        let idx: Vec<usize> = crate::types::slice::iter_indices(s, e, st).collect();
        if idx.len() != data.len() {
            return Err(vm.new_value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let mut b = ba.borrow_mut();
        for (i, v) in idx.into_iter().zip(data) {
            let pos = (m.start as isize + i as isize * m.step) as usize;
            if let Some(slot) = b.get_mut(pos) {
                *slot = v;
            }
        }
        return Ok(vm.none());
    }
    let i = vm.index_i64(key)?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_index_error("index out of bounds on dimension 1"));
    }
    let v = vm.index_i64(value)?;
    if !(0..256).contains(&v) {
        return Err(vm.new_value_error("memoryview: invalid value for format 'B'"));
    }
    let pos = (m.start as isize + j as isize * m.step) as usize;
    if let Some(slot) = ba.borrow_mut().get_mut(pos) {
        *slot = v as u8;
    }
    Ok(vm.none())
}

fn mv_release(vm: &Vm, args: Args) -> PyResult {
    mv(vm, &args.args[0])?.released.set(true);
    Ok(vm.none())
}
fn mv_enter(vm: &Vm, args: Args) -> PyResult {
    mv(vm, &args.args[0])?;
    Ok(args.args[0].clone())
}
fn mv_exit(vm: &Vm, args: Args) -> PyResult {
    mv(vm, &args.args[0])?.released.set(true);
    Ok(vm.none())
}
fn mv_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.args[0];
    let m = mv(vm, o)?;
    Ok(vm.new_string(if m.released.get() { format!("<released memory at {:#x}>", o.id()) } else { format!("<memory at {:#x}>", o.id()) }))
}
fn mv_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    let x = mv(vm, a)?.to_bytes(vm)?;
    match crate::types::bytes_methods::bytes_from_object(vm, b) {
        Ok(y) => Ok(vm.new_bool(x == y)),
        Err(_) => Ok(vm.ctx.not_implemented.clone()),
    }
}
fn mv_attr(vm: &Vm, args: Args) -> PyResult {
    let [o, name] = args.exact::<2>(vm, "__getattribute__")?;
    let m = mv(vm, o)?;
    match crate::vm::str_of(name) {
        "obj" => Ok(m.obj.clone()),
        "nbytes" => Ok(vm.new_int(m.len as i64)),
        "readonly" => Ok(vm.new_bool(!matches!(m.obj.payload, Payload::ByteArray(_)))),
        "format" => Ok(vm.new_str("B")),
        "itemsize" => Ok(vm.new_int(1)),
        "ndim" => Ok(vm.new_int(1)),
        "shape" => Ok(vm.new_tuple(vec![vm.new_int(m.len as i64)])),
        "strides" => Ok(vm.new_tuple(vec![vm.new_int(m.step as i64)])),
        "released" => Ok(vm.new_bool(m.released.get())),
        "c_contiguous" | "contiguous" | "f_contiguous" => Ok(vm.new_bool(m.step == 1)),
        n => match vm.generic_getattr(o, &o.class(), n)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error_for(o, n)),
        },
    }
}
fn mv_hex(vm: &Vm, args: Args) -> PyResult {
    let b = mv(vm, &args.args[0])?.to_bytes(vm)?;
    Ok(vm.new_string(b.iter().map(|x| format!("{:02x}", x)).collect()))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.memoryview_type;
    add_method(vm, t, "__new__", mv_new, NativeKind::StaticMethod);
    add_methods(vm, t, &[
        ("tobytes", mv_tobytes), ("tolist", mv_tolist), ("__len__", mv_len), ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem), ("release", mv_release), ("__enter__", mv_enter), ("__exit__", mv_exit),
        ("__repr__", mv_repr), ("__eq__", mv_eq), ("__getattribute__", mv_attr), ("hex", mv_hex),
    ]);
}
