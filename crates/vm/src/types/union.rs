//! `types.UnionType`: the result of `int | str`. Mirrors `Objects/unionobject.c`.

use crate::object::{NativePayload, Payload, PyObjectRef};
use crate::types::function::Args;
use crate::vm::{add_methods, PyResult, Vm};
use std::any::Any;
use std::sync::OnceLock;

pub struct UnionType {
    pub args: PyObjectRef,
}
impl NativePayload for UnionType {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn traverse(&self, visit: &mut dyn FnMut(&PyObjectRef)) {
        visit(&self.args);
    }
}

static UNION: OnceLock<PyObjectRef> = OnceLock::new();

pub fn union_type(vm: &Vm) -> PyObjectRef {
    UNION.get_or_init(|| {
        let t = crate::vm::new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "types.UnionType",
            vec![vm.ctx.types.object_type.clone()], crate::types::type_::BaseKind::Special, false);
        crate::types::misc::set_type_module(vm, &t, "types");
        add_methods(vm, &t, &[("__repr__", union_repr), ("__or__", union_or), ("__ror__", union_ror), ("__eq__", union_eq),
            ("__hash__", union_hash), ("__instancecheck__", union_instancecheck), ("__subclasscheck__", union_subclasscheck),
            ("__getattribute__", union_getattr)]);
        t
    }).clone()
}

fn is_unionable(vm: &Vm, o: &PyObjectRef) -> bool {
    vm.is_none(o) || matches!(o.payload, Payload::Type(_)) || o.payload.native::<UnionType>().is_some()
        || o.payload.native::<crate::types::misc::GenericAlias>().is_some()
}

fn flatten(vm: &Vm, o: &PyObjectRef, out: &mut Vec<PyObjectRef>) -> PyResult<()> {
    if let Some(u) = o.payload.native::<UnionType>() {
        for x in vm.collect(&u.args)? {
            flatten(vm, &x, out)?;
        }
        return Ok(());
    }
    let o = if vm.is_none(o) { vm.ctx.types.none_type.clone() } else { o.clone() };
    for x in out.iter() {
        if x.is(&o) || vm.eq_bool(x, &o)? {
            return Ok(());
        }
    }
    out.push(o);
    Ok(())
}

/// `a | b` for types; NotImplemented for non-type operands.
pub fn make_union(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let mut items = Vec::new();
    flatten(vm, a, &mut items)?;
    flatten(vm, b, &mut items)?;
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    Ok(PyObjectRef::new(union_type(vm), Payload::Native(Box::new(UnionType { args: vm.new_tuple(items) }))))
}

fn args_of(vm: &Vm, o: &PyObjectRef) -> PyResult<Vec<PyObjectRef>> {
    match o.payload.native::<UnionType>() {
        Some(u) => vm.collect(&u.args),
        None => Err(vm.new_type_error("expected a union")),
    }
}

fn union_repr(vm: &Vm, args: Args) -> PyResult {
    let items = args_of(vm, &args.args[0])?;
    let parts: Vec<String> = items.iter().map(|x| {
        if x.is(&vm.ctx.types.none_type) { Ok("None".to_string()) } else { crate::types::misc::type_arg_repr(vm, x) }
    }).collect::<PyResult<_>>()?;
    Ok(vm.new_string(parts.join(" | ")))
}
fn union_or(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    make_union(vm, a, b)
}
fn union_ror(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    make_union(vm, b, a)
}
fn union_eq(vm: &Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    if b.payload.native::<UnionType>().is_none() {
        return Ok(vm.ctx.not_implemented.clone());
    }
    let x = vm.call(&vm.ctx.types.frozenset_type, &[vm.new_tuple(args_of(vm, a)?)])?;
    let y = vm.call(&vm.ctx.types.frozenset_type, &[vm.new_tuple(args_of(vm, b)?)])?;
    Ok(vm.new_bool(vm.eq_bool(&x, &y)?))
}
fn union_hash(vm: &Vm, args: Args) -> PyResult {
    let x = vm.call(&vm.ctx.types.frozenset_type, &[vm.new_tuple(args_of(vm, &args.args[0])?)])?;
    Ok(vm.new_int(vm.hash(&x)?))
}
fn union_instancecheck(vm: &Vm, args: Args) -> PyResult {
    let [u, o] = args.exact::<2>(vm, "__instancecheck__")?;
    for t in args_of(vm, u)? {
        if vm.isinstance(o, &t)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}
fn union_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    let [u, o] = args.exact::<2>(vm, "__subclasscheck__")?;
    for t in args_of(vm, u)? {
        if vm.issubclass(o, &t)? {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}
fn union_getattr(vm: &Vm, args: Args) -> PyResult {
    let [u, name] = args.exact::<2>(vm, "__getattribute__")?;
    match crate::vm::str_of(name) {
        "__args__" => Ok(vm.new_tuple(args_of(vm, u)?)),
        "__parameters__" => Ok(vm.new_tuple(vec![])),
        n => match vm.generic_getattr(u, &u.class(), n)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error_for(u, n)),
        },
    }
}
