//! Function objects: Python functions, native (Rust) functions and bound
//! methods, plus `Args`, the calling convention for native code. Mirrors
//! `Objects/funcobject.c`, `Objects/methodobject.c`, `Objects/classobject.c`.

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

pub struct PyFunction {
    pub code: crate::object::PyCell<PyObjectRef>,
    pub globals: PyObjectRef,
    pub builtins: PyObjectRef,
    pub name: RefCell<PyObjectRef>,
    pub qualname: RefCell<PyObjectRef>,
    pub defaults: RefCell<Option<PyObjectRef>>,
    pub kwdefaults: RefCell<Option<PyObjectRef>>,
    pub closure: Option<PyObjectRef>,
    pub doc: RefCell<PyObjectRef>,
    pub module: RefCell<PyObjectRef>,
    pub annotations: RefCell<Option<PyObjectRef>>,
}

/// Signature of a function implemented in Rust. For methods, `args.args[0]` is self.
pub type NativeFn = fn(&Vm, Args) -> PyResult<PyObjectRef>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// A module-level builtin function (`builtin_function_or_method`).
    Function,
    /// A method of a builtin type stored in the type's dict (`method_descriptor`);
    /// binds like a function.
    Method,
    /// A classmethod of a builtin type (`classmethod_descriptor`): binds to the class.
    ClassMethod,
    /// A staticmethod of a builtin type: never binds.
    StaticMethod,
}

pub struct PyNativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: NativeKind,
    /// Bound self (for `builtin_function_or_method` made by binding a descriptor,
    /// or module functions whose `__self__` is the module).
    pub self_: Option<PyObjectRef>,
    /// Owning type name for method descriptors (`list` in `<method 'append' of 'list' objects>`).
    pub owner: Option<PyObjectRef>,
    pub doc: Option<&'static str>,
    pub module: Option<&'static str>,
}

pub struct PyBoundMethod {
    pub func: PyObjectRef,
    pub self_: PyObjectRef,
}

/// Arguments of a call: positional values followed by keyword values; the
/// last `kwnames.len()` entries of `args` are the keyword arguments.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [PyObjectRef],
    pub kwnames: &'a [PyObjectRef],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [PyObjectRef]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }
    pub fn with_kw(args: &'a [PyObjectRef], kwnames: &'a [PyObjectRef]) -> Args<'a> {
        Args { args, kwnames }
    }
    #[inline]
    pub fn npos(&self) -> usize {
        self.args.len() - self.kwnames.len()
    }
    #[inline]
    pub fn pos(&self) -> &'a [PyObjectRef] {
        &self.args[..self.npos()]
    }
    pub fn kwvalues(&self) -> &'a [PyObjectRef] {
        &self.args[self.npos()..]
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a PyObjectRef)> {
        let kw = self.kwvalues();
        self.kwnames.iter().zip(kw.iter()).map(|(n, v)| (crate::vm::str_of(n), v))
    }
    /// Drop the first positional argument (self) from the view.
    pub fn shift(&self) -> Args<'a> {
        Args { args: &self.args[1.min(self.args.len())..], kwnames: self.kwnames }
    }
    /// Error unless there are no keyword arguments: "f() takes no keyword arguments".
    pub fn no_kwargs(&self, vm: &Vm, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(vm.new_type_error(format!("{}() takes no keyword arguments", fname)));
        }
        Ok(())
    }
    /// Exactly `n` positional arguments, no keywords (CPython's messages).
    pub fn exact<const N: usize>(&self, vm: &Vm, fname: &str) -> PyResult<&'a [PyObjectRef; N]> {
        self.no_kwargs(vm, fname)?;
        let pos = self.pos();
        if pos.len() != N {
            return Err(match N {
                0 => vm.new_type_error(format!("{}() takes no arguments ({} given)", fname, pos.len())),
                1 => vm.new_type_error(format!("{}() takes exactly one argument ({} given)", fname, pos.len())),
                _ => vm.new_type_error(format!("{} expected {} arguments, got {}", fname, N, pos.len())),
            });
        }
        pos.try_into().map_err(|_| vm.new_system_error("argument count"))
    }
    /// Between `min` and `max` positional arguments, no keywords.
    pub fn range(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
        self.no_kwargs(vm, fname)?;
        let pos = self.pos();
        if pos.len() < min {
            return Err(vm.new_type_error(format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, pos.len())));
        }
        if pos.len() > max {
            return Err(vm.new_type_error(format!("{} expected at most {} argument{}, got {}", fname, max, if max == 1 { "" } else { "s" }, pos.len())));
        }
        Ok(pos)
    }
    /// As `range`, for methods: `self` is `args[0]` and is not counted in messages.
    pub fn mrange(&self, vm: &Vm, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
        self.no_kwargs(vm, fname)?;
        let pos = self.pos();
        let given = pos.len().saturating_sub(1);
        let (min, max) = (min.saturating_sub(1), max.saturating_sub(1));
        if given < min {
            return Err(vm.new_type_error(format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, given)));
        }
        if given > max {
            return Err(vm.new_type_error(format!("{} expected at most {} argument{}, got {}", fname, max, if max == 1 { "" } else { "s" }, given)));
        }
        Ok(pos)
    }

    /// Bind to a signature: `names` are the parameters in order; the first
    /// `posonly` are positional-only, parameters from `kwonly_from` on are
    /// keyword-only, and the first `required` are required. Errors use
    /// CPython's argument-clinic wording.
    pub fn bind<const N: usize>(&self, vm: &Vm, sig: &Sig<N>) -> PyResult<[Option<PyObjectRef>; N]> {
        let mut out: [Option<PyObjectRef>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        let max_pos = sig.kwonly_from.min(N);
        if pos.len() > max_pos {
            return Err(if max_pos == 0 {
                vm.new_type_error(format!("{}() takes no positional arguments", sig.name))
            } else if sig.required == max_pos {
                vm.new_type_error(format!("{}() takes exactly {} positional argument{} ({} given)", sig.name, max_pos, if max_pos == 1 { "" } else { "s" }, pos.len()))
            } else {
                vm.new_type_error(format!("{}() takes at most {} positional argument{} ({} given)", sig.name, max_pos, if max_pos == 1 { "" } else { "s" }, pos.len()))
            });
        }
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (name, v) in self.kwargs() {
            match sig.names.iter().position(|n| *n == name) {
                Some(i) if i >= sig.posonly => {
                    if out[i].is_some() {
                        return Err(vm.new_type_error(format!("argument for {}() given by name ('{}') and position ({})", sig.name, name, i + 1)));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(vm.new_type_error(format!("{}() got an unexpected keyword argument '{}'", sig.name, name)));
                }
            }
        }
        for i in 0..sig.required.min(N) {
            if out[i].is_none() {
                return Err(if i < sig.posonly || !self.has_kwargs() && i < max_pos {
                    vm.new_type_error(format!("{}() missing required argument '{}' (pos {})", sig.name, sig.names[i], i + 1))
                } else {
                    vm.new_type_error(format!("{}() missing required argument '{}' (pos {})", sig.name, sig.names[i], i + 1))
                });
            }
        }
        Ok(out)
    }
}

/// A native function's parameter list (see `Args::bind`).
pub struct Sig<const N: usize> {
    pub name: &'static str,
    pub names: [&'static str; N],
    pub posonly: usize,
    pub required: usize,
    pub kwonly_from: usize,
}
