//! `slice` objects and index arithmetic (`PySlice_GetIndicesEx`).

use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind};
use crate::vm::{add_method, add_methods, PyResult, Vm};

/// Resolve a slice against a sequence of length `len`: (start, stop, step)
/// with CPython's clamping. Errors for a zero step or bad index types.
pub fn indices(vm: &Vm, slice: &PyObjectRef, len: usize) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = match &slice.payload {
        Payload::Slice { start, stop, step } => (start, stop, step),
        _ => return Err(vm.new_type_error("expected slice")),
    };
    let idx = |o: &PyObjectRef| -> PyResult<Option<i64>> {
        if vm.is_none(o) {
            return Ok(None);
        }
        if crate::types::type_::lookup(&o.class(), "__index__").is_none() && !matches!(o.payload, Payload::Int(_)) {
            return Err(vm.new_type_error("slice indices must be integers or None or have an __index__ method"));
        }
        let v = vm.index_value(o)?;
        Ok(Some(match v.as_i64() {
            Some(x) => x,
            None => if v.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 },
        }))
    };
    let step = idx(step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.new_value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start = clamp(idx(start)?, if step < 0 { upper } else { lower });
    let stop = clamp(idx(stop)?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// The indices a resolved slice selects.
pub fn iter_indices(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if stop < start {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

fn slice_new(vm: &Vm, args: Args) -> PyResult {
    let pos = args.shift().range(vm, "slice", 1, 3)?;
    let (start, stop, step) = match pos.len() {
        1 => (vm.none(), pos[0].clone(), vm.none()),
        2 => (pos[0].clone(), pos[1].clone(), vm.none()),
        _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
    };
    Ok(PyObjectRef::new(vm.ctx.types.slice_type.clone(), Payload::Slice { start, stop, step }))
}

fn slice_repr(vm: &Vm, args: Args) -> PyResult {
    if let Payload::Slice { start, stop, step } = &args.args[0].payload {
        return Ok(vm.new_string(format!("slice({}, {}, {})", vm.repr(start)?, vm.repr(stop)?, vm.repr(step)?)));
    }
    Err(vm.new_type_error("expected slice"))
}

fn slice_indices(vm: &Vm, args: Args) -> PyResult {
    let [s, n] = args.exact::<2>(vm, "indices")?;
    let n = vm.index_i64(n)?;
    if n < 0 {
        return Err(vm.new_value_error("length should not be negative"));
    }
    let (a, b, c) = indices(vm, s, n as usize)?;
    Ok(vm.new_tuple(vec![vm.new_int(a), vm.new_int(b), vm.new_int(c)]))
}

fn slice_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match (&a.payload, &b.payload) {
        (Payload::Slice { start: a1, stop: a2, step: a3 }, Payload::Slice { start: b1, stop: b2, step: b3 }) => {
            let t1 = vm.new_tuple(vec![a1.clone(), a2.clone(), a3.clone()]);
            let t2 = vm.new_tuple(vec![b1.clone(), b2.clone(), b3.clone()]);
            Ok(vm.new_bool(vm.eq_bool(&t1, &t2)?))
        }
        _ => Ok(vm.ctx.not_implemented.clone()),
    }
}

fn slice_cmp(vm: &Vm, args: Args, op: pyrite_bytecode::CmpOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, op.dunder())?;
    match (&a.payload, &b.payload) {
        (Payload::Slice { start: a1, stop: a2, step: a3 }, Payload::Slice { start: b1, stop: b2, step: b3 }) => {
            let t1 = vm.new_tuple(vec![a1.clone(), a2.clone(), a3.clone()]);
            let t2 = vm.new_tuple(vec![b1.clone(), b2.clone(), b3.clone()]);
            vm.rich_compare(&t1, &t2, op)
        }
        _ => Ok(vm.ctx.not_implemented.clone()),
    }
}
fn slice_lt(vm: &Vm, args: Args) -> PyResult { slice_cmp(vm, args, pyrite_bytecode::CmpOp::Lt) }
fn slice_le(vm: &Vm, args: Args) -> PyResult { slice_cmp(vm, args, pyrite_bytecode::CmpOp::Le) }
fn slice_gt(vm: &Vm, args: Args) -> PyResult { slice_cmp(vm, args, pyrite_bytecode::CmpOp::Gt) }
fn slice_ge(vm: &Vm, args: Args) -> PyResult { slice_cmp(vm, args, pyrite_bytecode::CmpOp::Ge) }
fn slice_ne(vm: &Vm, args: Args) -> PyResult { slice_cmp(vm, args, pyrite_bytecode::CmpOp::Ne) }

fn slice_reduce(vm: &Vm, args: Args) -> PyResult {
    if let Payload::Slice { start, stop, step } = &args.args[0].payload {
        return Ok(vm.new_tuple(vec![vm.ctx.types.slice_type.clone(), vm.new_tuple(vec![start.clone(), stop.clone(), step.clone()])]));
    }
    Err(vm.new_type_error("expected slice"))
}

pub fn init(vm: &Vm) {
    let t = &vm.ctx.types.slice_type;
    add_method(vm, t, "__new__", slice_new, NativeKind::StaticMethod);
    add_methods(vm, t, &[("__repr__", slice_repr), ("indices", slice_indices), ("__eq__", slice_eq), ("__reduce__", slice_reduce),
        ("__lt__", slice_lt), ("__le__", slice_le), ("__gt__", slice_gt), ("__ge__", slice_ge), ("__ne__", slice_ne)]);
    if let Some(tt) = crate::types::type_::as_type(t) {
        tt.dict().set_str(vm, "__hash__", vm.none());
    }
}
