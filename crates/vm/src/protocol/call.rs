//! Calling: `vm.call*`, argument binding for Python functions (CPython's
//! `initialize_locals` in `Python/ceval.c`, with its error messages), bound
//! methods, native functions, and calling a type (`type.__call__`).

use crate::interp::frame::Frame;
use crate::object::{Payload, PyObjectRef};
use crate::types::function::{Args, NativeKind, PyFunction};
use crate::types::type_::{as_type, lookup};
use crate::vm::{str_of, PyResult, Vm};
use pyrite_bytecode::code_flags;

impl Vm {
    /// Call with positional arguments.
    #[inline]
    pub fn call(&self, callable: &PyObjectRef, args: &[PyObjectRef]) -> PyResult {
        self.call_args(callable, Args::new(args))
    }

    /// Call with positional and keyword arguments (`kwargs` as name/value pairs).
    pub fn call_kw(&self, callable: &PyObjectRef, args: &[PyObjectRef], kwargs: &[(&str, PyObjectRef)]) -> PyResult {
        if kwargs.is_empty() {
            return self.call(callable, args);
        }
        let mut all = args.to_vec();
        let mut names = Vec::with_capacity(kwargs.len());
        for (n, v) in kwargs {
            names.push(self.new_str(n));
            all.push(v.clone());
        }
        self.call_args(callable, Args::with_kw(&all, &names))
    }

    /// The general call entry point.
    pub fn call_args(&self, callable: &PyObjectRef, args: Args) -> PyResult {
        match &callable.payload {
            Payload::Function(f) => self.invoke_function(callable, f, args, None),
            Payload::NativeFunction(_) => {
                // Builtin calls count towards the recursion limit, as
                // CPython's cfunction_vectorcall_* do.
                self.enter_recursion(" while calling a Python object")?;
                let r = self.call_native(callable, args);
                self.leave_recursion();
                r
            }
            Payload::BoundMethod(bm) => {
                if let Payload::Function(f) = &bm.func.payload {
                    return self.invoke_function(&bm.func, f, args, Some(&bm.self_));
                }
                let mut full = Vec::with_capacity(args.args.len() + 1);
                full.push(bm.self_.clone());
                full.extend_from_slice(args.args);
                self.call_args(&bm.func, Args::with_kw(&full, args.kwnames))
            }
            Payload::Type(_) => self.call_type(callable, args),
            _ => {
                let cls = callable.class();
                match lookup(&cls, "__call__") {
                    Some(f) => {
                        self.enter_recursion(" while calling a Python object")?;
                        let r = self.call_bound_special(&f, callable, &cls, args);
                        self.leave_recursion();
                        r
                    }
                    None => Err(self.new_type_error(format!("'{}' object is not callable", self.type_name(callable)))),
                }
            }
        }
    }

    fn call_native(&self, callable: &PyObjectRef, args: Args) -> PyResult {
        let nf = match &callable.payload {
            Payload::NativeFunction(nf) => nf,
            _ => return Err(self.new_system_error("call_native on a non-native")),
        };
        if let (Some(s), true) = (&nf.self_, nf.kind != NativeKind::Function) {
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(s.clone());
            full.extend_from_slice(args.args);
            return (nf.func)(self, Args::with_kw(&full, args.kwnames));
        }
        if nf.kind == NativeKind::Method {
            if let Some(owner) = &nf.owner {
                match args.pos().first() {
                    Some(first) => {
                        if !self.isinstance_type(first, owner) {
                            return Err(self.new_type_error(format!(
                                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                                nf.name, as_type(owner).map(|t| t.name()).unwrap_or_default(), self.type_name(first))));
                        }
                    }
                    None => {
                        return Err(self.new_type_error(format!(
                            "unbound method {}.{}() needs an argument",
                            as_type(owner).map(|t| t.name()).unwrap_or_default(), nf.name)));
                    }
                }
            }
        }
        (nf.func)(self, args)
    }

    /// Call a special method found on `owner` for `obj`: functions get `obj`
    /// prepended, other objects are bound through the descriptor protocol.
    fn call_bound_special(&self, f: &PyObjectRef, obj: &PyObjectRef, owner: &PyObjectRef, args: Args) -> PyResult {
        let plain = match &f.payload {
            Payload::Function(_) => true,
            Payload::NativeFunction(nf) => nf.kind == NativeKind::Method,
            _ => false,
        };
        if plain {
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args.args);
            return self.call_args(f, Args::with_kw(&full, args.kwnames));
        }
        let bound = self.descr_get(f.clone(), Some(obj), owner)?;
        self.call_args(&bound, args)
    }

    /// `type.__call__`: `__new__` then `__init__` when the result is an instance.
    pub fn call_type(&self, cls: &PyObjectRef, args: Args) -> PyResult {
        // type(x) with one argument.
        if cls.is(&self.ctx.types.type_type) && args.args.len() == 1 && args.kwnames.is_empty() {
            return Ok(args.args[0].class());
        }
        let meta = cls.class();
        if !meta.is(&self.ctx.types.type_type) {
            if let Some(call) = lookup(&meta, "__call__") {
                let is_type_call = matches!(&call.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&self.ctx.types.type_type)).unwrap_or(false));
                if !is_type_call {
                    return self.call_bound_special(&call, cls, &meta, args);
                }
            }
        }
        self.type_call_default(cls, args)
    }

    pub fn type_call_default(&self, cls: &PyObjectRef, args: Args) -> PyResult {
        let new = lookup(cls, "__new__").ok_or_else(|| {
            self.new_type_error(format!("cannot create '{}' instances", as_type(cls).map(|t| t.name()).unwrap_or_default()))
        })?;
        let new = match &new.payload {
            Payload::StaticMethod(f) => f.borrow().clone(),
            _ => new,
        };
        let mut full = Vec::with_capacity(args.args.len() + 1);
        full.push(cls.clone());
        full.extend_from_slice(args.args);
        let obj = self.call_args(&new, Args::with_kw(&full, args.kwnames))?;
        if !self.isinstance_type(&obj, cls) {
            return Ok(obj);
        }
        let ocls = obj.class();
        if let Some(init) = lookup(&ocls, "__init__") {
            let is_object_init = matches!(&init.payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&self.ctx.types.object_type)).unwrap_or(false));
            if is_object_init {
                // object.__init__ with extra arguments: error only if __new__ was not overridden.
                if !args.args.is_empty() {
                    let new_is_object = lookup(&ocls, "__new__").map(|n| matches!(&n.payload, Payload::StaticMethod(f) if matches!(&f.borrow().payload, Payload::NativeFunction(nf) if nf.owner.as_ref().map(|o| o.is(&self.ctx.types.object_type)).unwrap_or(false)))).unwrap_or(true);
                    if new_is_object {
                        return Err(self.new_type_error(format!("{}() takes no arguments", as_type(&ocls).map(|t| t.name()).unwrap_or_default())));
                    }
                }
                return Ok(obj);
            }
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args.args);
            let r = self.call_args(&init, Args::with_kw(&full, args.kwnames))?;
            if !self.is_none(&r) {
                return Err(self.new_type_error(format!("__init__() should return None, not '{}'", self.type_name(&r))));
            }
        }
        Ok(obj)
    }

    /// Call a Python function: bind arguments into a new frame and run it
    /// (or create a generator/coroutine).
    pub fn invoke_function(&self, fobj: &PyObjectRef, f: &PyFunction, args: Args, self_: Option<&PyObjectRef>) -> PyResult {
        let code_obj = f.code.get();
        let code = match &code_obj.payload {
            Payload::Code(c) => c,
            _ => return Err(self.new_system_error("function without code")),
        };
        let mut frame = Frame::new(self, code_obj.clone(), f.globals.clone(), f.builtins.clone(), None);
        self.bind_args(fobj, f, code, &mut frame, args, self_)?;
        if let Some(closure) = &f.closure {
            if let Payload::Tuple(cells) = &closure.payload {
                frame.cells.extend(cells.iter().cloned());
            }
        }
        if code.code.is_generator() {
            return Ok(crate::types::generator_methods::new_generator(self, frame, f));
        }
        self.run_frame_value(&mut frame)
    }

    fn qualname_of(&self, f: &PyFunction) -> String {
        str_of(&f.qualname.borrow()).to_string()
    }

    /// Bind call arguments to parameters (`varnames[..total_args]`).
    fn bind_args(&self, _fobj: &PyObjectRef, f: &PyFunction, code: &crate::types::code::PyCode, frame: &mut Frame, args: Args, self_: Option<&PyObjectRef>) -> PyResult<()> {
        let co = &code.code;
        let argcount = co.arg_count as usize;
        let kwonly = co.kwonly_arg_count as usize;
        let posonly = co.posonly_arg_count as usize;
        let has_varargs = co.flags & code_flags::VARARGS != 0;
        let has_varkw = co.flags & code_flags::VARKEYWORDS != 0;
        let locals = &mut frame.fastlocals;

        let pos = args.pos();
        let npos = pos.len() + self_.is_some() as usize;
        let get_pos = |i: usize| -> &PyObjectRef {
            match self_ {
                Some(s) => if i == 0 { s } else { &pos[i - 1] },
                None => &pos[i],
            }
        };
        let n = npos.min(argcount);
        for i in 0..n {
            locals[i] = Some(get_pos(i).clone());
        }
        let varargs_idx = argcount + kwonly;
        if has_varargs {
            let extra: Vec<PyObjectRef> = (n..npos).map(|i| get_pos(i).clone()).collect();
            locals[varargs_idx] = Some(self.new_tuple(extra));
        } else if npos > argcount {
            return Err(self.too_many_positional(f, co, npos, args));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            locals[varargs_idx + has_varargs as usize] = Some(d.clone());
            Some(d)
        } else {
            None
        };
        // Keyword arguments.
        let mut posonly_passed_as_kw: Vec<String> = Vec::new();
        for (name_obj, value) in args.kwnames.iter().zip(args.kwvalues().iter()) {
            let name = str_of(name_obj);
            let mut found = None;
            for (i, vn) in co.varnames.iter().take(argcount + kwonly).enumerate().skip(posonly) {
                if &**vn == name {
                    found = Some(i);
                    break;
                }
            }
            match found {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(self.new_type_error(format!("{}() got multiple values for argument '{}'", self.qualname_of(f), name)));
                    }
                    locals[i] = Some(value.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        if co.varnames.iter().take(posonly).any(|v| &**v == name) {
                            // Allowed: goes into **kwargs.
                        }
                        self.set_item(d, name_obj.clone(), value.clone())?;
                    }
                    None => {
                        if co.varnames.iter().take(posonly).any(|v| &**v == name) {
                            posonly_passed_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.new_type_error(format!("{}() got an unexpected keyword argument '{}'", self.qualname_of(f), name)));
                    }
                },
            }
        }
        if !posonly_passed_as_kw.is_empty() {
            return Err(self.new_type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                self.qualname_of(f), posonly_passed_as_kw.join(", "))));
        }
        // Defaults for positional parameters.
        if npos < argcount {
            let defaults: Vec<PyObjectRef> = match &*f.defaults.borrow() {
                Some(d) => match &d.payload {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => vec![],
                },
                None => vec![],
            };
            let first_default = argcount.saturating_sub(defaults.len());
            let mut missing: Vec<String> = Vec::new();
            for i in npos..argcount {
                if locals[i].is_none() {
                    if i >= first_default {
                        locals[i] = Some(defaults[i - first_default].clone());
                    } else {
                        missing.push(co.varnames[i].to_string());
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(f, &missing, "positional"));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing: Vec<String> = Vec::new();
            for i in argcount..argcount + kwonly {
                if locals[i].is_none() {
                    let name = &co.varnames[i];
                    let dv = match &kwdefaults {
                        Some(d) => match &d.payload {
                            Payload::Dict(dd) => dd.get_str(name),
                            _ => None,
                        },
                        None => None,
                    };
                    match dv {
                        Some(v) => locals[i] = Some(v),
                        None => missing.push(name.to_string()),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_args(f, &missing, "keyword-only"));
            }
        }
        // Cells initialised from arguments.
        for (ci, arg) in co.cell2arg.iter().enumerate() {
            if let (Some(ai), Some(cell)) = (arg, frame.cells.get(ci)) {
                if let Payload::Cell(c) = &cell.payload {
                    *c.borrow_mut() = frame.fastlocals.get(*ai as usize).cloned().flatten();
                }
            }
        }
        Ok(())
    }

    fn missing_args(&self, f: &PyFunction, missing: &[String], kind: &str) -> crate::vm::PyErr {
        let names: Vec<String> = missing.iter().map(|m| format!("'{}'", m)).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
        };
        self.new_type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            self.qualname_of(f), missing.len(), kind, if missing.len() == 1 { "" } else { "s" }, list))
    }

    fn too_many_positional(&self, f: &PyFunction, co: &pyrite_bytecode::CodeObject, given: usize, args: Args) -> crate::vm::PyErr {
        let argcount = co.arg_count as usize;
        let ndefaults = match &*f.defaults.borrow() {
            Some(d) => match &d.payload {
                Payload::Tuple(t) => t.len(),
                _ => 0,
            },
            None => 0,
        };
        let kwonly_given = args.kwnames.iter().filter(|n| {
            co.varnames[argcount..argcount + co.kwonly_arg_count as usize].iter().any(|v| &**v == str_of(n))
        }).count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
        } else {
            format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
        };
        let given_s = if kwonly_given > 0 {
            format!("{} positional argument{} (and {} keyword-only argument{}) were given",
                given, if given == 1 { "" } else { "s" }, kwonly_given, if kwonly_given == 1 { "" } else { "s" })
        } else {
            format!("{} {} given", given, if given == 1 { "was" } else { "were" })
        };
        self.new_type_error(format!("{}() takes {} but {}", self.qualname_of(f), takes, given_s))
    }

    pub fn new_cell(&self, v: Option<PyObjectRef>) -> PyObjectRef {
        PyObjectRef::new(self.ctx.types.cell_type.clone(), Payload::Cell(std::cell::RefCell::new(v)))
    }

    /// Is `obj` an instance of `cls` by MRO (no `__instancecheck__`)?
    #[inline]
    pub fn isinstance_type(&self, obj: &PyObjectRef, cls: &PyObjectRef) -> bool {
        obj.class_is(cls) || crate::types::type_::is_subtype(&obj.class(), cls)
    }

    /// Convenience: call `obj.name(*args)`.
    pub fn call_method(&self, obj: &PyObjectRef, name: &str, args: &[PyObjectRef]) -> PyResult {
        let n = self.intern(name);
        match self.load_method(obj, &n)? {
            crate::protocol::attr::Method::Unbound(f) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                self.call(&f, &full)
            }
            crate::protocol::attr::Method::Attr(f) => self.call(&f, args),
        }
    }
}
