//! Builtin iterators: sequence iterators (list, tuple, str, bytes and the
//! `__getitem__` protocol), `iter(callable, sentinel)`, range, dict and set
//! iterators. `fast_next` lets `for` loops skip the method call.

use crate::object::{Payload, PyObjectRef};
use crate::types::function::Args;
use crate::vm::{add_methods, PyResult, Vm};
use std::cell::{Cell, RefCell};

pub fn new_seq_iter(vm: &Vm, seq: PyObjectRef, cls: &PyObjectRef) -> PyObjectRef {
    let _ = vm;
    PyObjectRef::new(cls.clone(), Payload::SeqIter { seq: RefCell::new(Some(seq)), index: Cell::new(0) })
}

pub fn new_callable_iter(vm: &Vm, callable: PyObjectRef, sentinel: PyObjectRef) -> PyObjectRef {
    PyObjectRef::new(vm.ctx.types.callable_iterator_type.clone(), Payload::CallableIter { callable: RefCell::new(Some(callable)), sentinel })
}

/// Next item without a method call, for the builtin iterator kinds.
/// None means "not a builtin iterator: call `__next__`".
#[inline]
pub fn fast_next(vm: &Vm, it: &PyObjectRef) -> Option<PyResult<Option<PyObjectRef>>> {
    match &it.payload {
        Payload::SeqIter { seq, index } => Some(seq_next(vm, seq, index)),
        Payload::RangeIter { next, stop, step } => {
            let n = next.get();
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                next.set(n.saturating_add(*step));
                Some(Ok(Some(vm.new_int(n))))
            } else {
                Some(Ok(None))
            }
        }
        Payload::DictIter { dict, pos, kind, size } => Some(dict_next(vm, dict, pos, *kind, *size)),
        Payload::SetIter { set, pos, size } => Some(set_next(vm, set, pos, *size)),
        Payload::Generator(_) => Some(crate::types::generator_methods::gen_next(vm, it)),
        _ => None,
    }
}

fn seq_next(vm: &Vm, seq: &RefCell<Option<PyObjectRef>>, index: &Cell<usize>) -> PyResult<Option<PyObjectRef>> {
    let s = match seq.borrow().clone() {
        Some(s) => s,
        None => return Ok(None),
    };
    let i = index.get();
    let item = match &s.payload {
        Payload::List(l) => l.borrow().get(i).cloned(),
        Payload::Tuple(t) => t.get(i).cloned(),
        Payload::Str(st) => {
            if st.is_ascii() {
                st.as_str().as_bytes().get(i).map(|&b| vm.new_char(b as char))
            } else {
                // Keep a byte cursor would be faster; char_at is O(n).
                st.char_at(i).map(|c| vm.new_char(c))
            }
        }
        Payload::Bytes(b) => b.get(i).map(|&b| vm.new_int(b as i64)),
        Payload::ByteArray(b) => b.borrow().get(i).map(|&b| vm.new_int(b as i64)),
        _ => {
            let key = vm.new_int(i as i64);
            match vm.get_item(&s, &key) {
                Ok(v) => Some(v),
                Err(e) if vm.err_matches(&e, &vm.ctx.exc.index_error) || vm.err_matches(&e, &vm.ctx.exc.stop_iteration) => None,
                Err(e) => return Err(e),
            }
        }
    };
    match item {
        Some(v) => {
            index.set(i + 1);
            Ok(Some(v))
        }
        None => {
            *seq.borrow_mut() = None;
            Ok(None)
        }
    }
}

fn dict_next(vm: &Vm, dict: &PyObjectRef, pos: &Cell<usize>, kind: u8, size: usize) -> PyResult<Option<PyObjectRef>> {
    let d = match &dict.payload {
        Payload::Dict(d) => d,
        _ => return Ok(None),
    };
    if d.len() != size {
        pos.set(usize::MAX);
        return Err(vm.new_runtime_error("dictionary changed size during iteration"));
    }
    if pos.get() == usize::MAX {
        return Ok(None);
    }
    match d.next_entry(pos.get()) {
        Some((next, e)) => {
            pos.set(next);
            Ok(Some(match kind {
                0 => e.key,
                1 => e.value,
                _ => vm.new_tuple(vec![e.key, e.value]),
            }))
        }
        None => {
            pos.set(usize::MAX);
            Ok(None)
        }
    }
}

fn set_next(vm: &Vm, set: &PyObjectRef, pos: &Cell<usize>, size: usize) -> PyResult<Option<PyObjectRef>> {
    let s = match &set.payload {
        Payload::Set(s) | Payload::FrozenSet(s) => s,
        _ => return Ok(None),
    };
    if s.len() != size {
        pos.set(usize::MAX);
        return Err(vm.new_runtime_error("Set changed size during iteration"));
    }
    if pos.get() == usize::MAX {
        return Ok(None);
    }
    match s.next_entry(pos.get()) {
        Some((next, k)) => {
            pos.set(next);
            Ok(Some(k))
        }
        None => {
            pos.set(usize::MAX);
            Ok(None)
        }
    }
}

fn iter_self(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.args[0].clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult {
    let it = &args.args[0];
    let r = match &it.payload {
        Payload::CallableIter { callable, sentinel } => {
            let c = match callable.borrow().clone() {
                Some(c) => c,
                None => return Err(vm.new_stop_iteration(None)),
            };
            let v = vm.call(&c, &[])?;
            if vm.eq_bool(&v, sentinel)? {
                *callable.borrow_mut() = None;
                None
            } else {
                Some(v)
            }
        }
        _ => match fast_next(vm, it) {
            Some(r) => r?,
            None => None,
        },
    };
    r.ok_or_else(|| vm.new_stop_iteration(None))
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult {
    let it = &args.args[0];
    let n = match &it.payload {
        Payload::SeqIter { seq, index } => match seq.borrow().as_ref() {
            Some(s) => match &s.payload {
                Payload::List(l) => l.borrow().len().saturating_sub(index.get()),
                Payload::Tuple(t) => t.len().saturating_sub(index.get()),
                Payload::Str(st) => st.char_len().saturating_sub(index.get()),
                Payload::Bytes(b) => b.len().saturating_sub(index.get()),
                _ => vm.len(s).unwrap_or(0).saturating_sub(index.get()),
            },
            None => 0,
        },
        Payload::RangeIter { next, stop, step } => crate::types::range::range_len_i64(next.get(), *stop, *step) as usize,
        Payload::DictIter { dict, pos, .. } => if pos.get() == usize::MAX { 0 } else { vm.len(dict).unwrap_or(0) },
        Payload::SetIter { set, pos, .. } => if pos.get() == usize::MAX { 0 } else { vm.len(set).unwrap_or(0) },
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

fn iter_reduce(vm: &Vm, args: Args) -> PyResult {
    let it = &args.args[0];
    let builtins = vm.interp.builtins.get().ok_or_else(|| vm.new_system_error("no builtins"))?;
    let iterf = vm.get_attr_str(&builtins, "iter")?;
    match &it.payload {
        Payload::SeqIter { seq, index } => match seq.borrow().clone() {
            Some(s) => Ok(vm.new_tuple(vec![iterf, vm.new_tuple(vec![s]), vm.new_int(index.get() as i64)])),
            None => Ok(vm.new_tuple(vec![iterf, vm.new_tuple(vec![vm.new_tuple(vec![])])])),
        },
        _ => {
            let rest = vm.collect(it)?;
            Ok(vm.new_tuple(vec![iterf, vm.new_tuple(vec![vm.new_list(rest)])]))
        }
    }
}

fn iter_setstate(vm: &Vm, args: Args) -> PyResult {
    let [it, state] = args.exact::<2>(vm, "__setstate__")?;
    if let Payload::SeqIter { index, .. } = &it.payload {
        index.set(vm.index_i64(state)?.max(0) as usize);
    }
    Ok(vm.none())
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types;
    for cls in [&t.iterator_type, &t.list_iterator_type, &t.list_reverseiterator_type, &t.tuple_iterator_type, &t.str_iterator_type, &t.bytes_iterator_type,
        &t.callable_iterator_type, &t.range_iterator_type, &t.dict_keyiterator_type, &t.dict_valueiterator_type,
        &t.dict_itemiterator_type, &t.set_iterator_type] {
        add_methods(vm, cls, &[("__iter__", iter_self), ("__next__", iter_next), ("__length_hint__", iter_length_hint),
            ("__reduce__", iter_reduce), ("__setstate__", iter_setstate)]);
    }
}
