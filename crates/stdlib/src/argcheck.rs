//! CPython's argument-count messages for methods (self excluded from the
//! counts), shared by this crate's native types.

use pyrite_vm::object::PyObjectRef;
use pyrite_vm::types::function::Args;
use pyrite_vm::vm::{PyResult, Vm};

/// A METH_O method: self plus exactly one argument.
pub fn meth_o<'a>(vm: &Vm, args: &Args<'a>, qual: &str) -> PyResult<(&'a PyObjectRef, &'a PyObjectRef)> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!("{}() takes exactly one argument ({} given)", qual, pos.len().saturating_sub(1))));
    }
    Ok((&pos[0], &pos[1]))
}

/// A METH_NOARGS method: self only.
pub fn meth_noargs<'a>(vm: &Vm, args: &Args<'a>, qual: &str) -> PyResult<&'a PyObjectRef> {
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("{}() takes no arguments ({} given)", qual, pos.len().saturating_sub(1))));
    }
    Ok(&pos[0])
}

/// Positional-only arguments after self, between `min` and `max`
/// (`_PyArg_CheckPositional`); returns self and the arguments.
pub fn positional<'a>(vm: &Vm, args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<(&'a PyObjectRef, &'a [PyObjectRef])> {
    let sh = args.shift();
    if min == max && !sh.has_kwargs() && sh.npos() != min {
        return Err(vm.new_type_error(format!("{} expected {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, sh.npos())));
    }
    let rest = sh.range(vm, name, min, max)?;
    Ok((&args.args[0], rest))
}
