//! `resource`: getrusage (`resource.struct_rusage`), getrlimit/setrlimit/
//! prlimit, getpagesize; also builds the rusage values `os.wait3/wait4`
//! return.

use pyrite_vm::exceptions::os_error_from_errno;
use pyrite_vm::modules::sys::{add_functions, set_attr, structseq_type};
use pyrite_vm::types::function::Args;
use pyrite_vm::{Payload, PyObjectRef, PyResult, Vm};
use std::sync::OnceLock;

const CONSTS: &[(&str, i64)] = &[
    ("RLIMIT_AS", 9), ("RLIMIT_CORE", 4), ("RLIMIT_CPU", 0), ("RLIMIT_DATA", 2), ("RLIMIT_FSIZE", 1), ("RLIMIT_MEMLOCK", 8),
    ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13), ("RLIMIT_NOFILE", 7), ("RLIMIT_NPROC", 6), ("RLIMIT_OFILE", 7), ("RLIMIT_RSS", 5),
    ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15), ("RLIMIT_SIGPENDING", 11), ("RLIMIT_STACK", 3), ("RLIM_INFINITY", -1),
    ("RUSAGE_CHILDREN", -1), ("RUSAGE_SELF", 0), ("RUSAGE_THREAD", 1),
];

static RUSAGE: OnceLock<PyObjectRef> = OnceLock::new();

fn rusage_type(vm: &Vm) -> PyObjectRef {
    RUSAGE.get_or_init(|| structseq_type(vm, "resource", "struct_rusage", &["ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss",
        "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
        "ru_nvcsw", "ru_nivcsw"])).clone()
}

/// A `resource.struct_rusage` for `ru`.
pub fn make_rusage(vm: &Vm, ru: &libc::rusage) -> PyObjectRef {
    let tv = |t: &libc::timeval| vm.new_float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let i = |v: libc::c_long| vm.new_int(v as i64);
    let items = vec![tv(&ru.ru_utime), tv(&ru.ru_stime), i(ru.ru_maxrss), i(ru.ru_ixrss), i(ru.ru_idrss), i(ru.ru_isrss),
        i(ru.ru_minflt), i(ru.ru_majflt), i(ru.ru_nswap), i(ru.ru_inblock), i(ru.ru_oublock), i(ru.ru_msgsnd), i(ru.ru_msgrcv),
        i(ru.ru_nsignals), i(ru.ru_nvcsw), i(ru.ru_nivcsw)];
    pyrite_vm::types::type_methods::new_instance(vm, &rusage_type(vm), Payload::Tuple(items.into_boxed_slice()))
}

fn int_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    if matches!(o.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index_i64(o)
}

fn getrusage(vm: &Vm, args: Args) -> PyResult {
    let [who] = args.exact::<1>(vm, "getrusage")?;
    let who = int_arg(vm, who)? as i32;
    // SAFETY: zeroed rusage is a valid out-parameter.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(who, &mut ru) } < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        if e == libc::EINVAL {
            return Err(vm.new_value_error("invalid who parameter"));
        }
        return Err(os_error_from_errno(vm, e, None, None));
    }
    Ok(make_rusage(vm, &ru))
}

fn rlim_to_py(vm: &Vm, v: libc::rlim_t) -> PyObjectRef {
    if v == libc::RLIM_INFINITY {
        vm.new_int(-1)
    } else {
        vm.new_bigint((v as u64).into())
    }
}

fn py_to_rlim(vm: &Vm, o: &PyObjectRef) -> PyResult<libc::rlim_t> {
    let v = int_arg(vm, o)?;
    Ok(if v < 0 { libc::RLIM_INFINITY } else { v as libc::rlim_t })
}

fn check_resource(vm: &Vm, r: i64) -> PyResult<i32> {
    if !(0..16).contains(&r) {
        return Err(vm.new_value_error("invalid resource specified"));
    }
    Ok(r as i32)
}

fn limits_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<libc::rlimit> {
    let items = match &o.payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => vm.collect(o).map_err(|_| vm.new_type_error("expected a tuple of 2 integers"))?,
    };
    if items.len() != 2 {
        return Err(vm.new_value_error("expected a tuple of 2 integers"));
    }
    Ok(libc::rlimit { rlim_cur: py_to_rlim(vm, &items[0])?, rlim_max: py_to_rlim(vm, &items[1])? })
}

fn getrlimit(vm: &Vm, args: Args) -> PyResult {
    let [r] = args.exact::<1>(vm, "getrlimit")?;
    let r = check_resource(vm, int_arg(vm, r)?)?;
    // SAFETY: zeroed rlimit is a valid out-parameter.
    let mut l: libc::rlimit = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrlimit(r as _, &mut l) } < 0 {
        return Err(pyrite_vm::exceptions::last_os_error(vm, None));
    }
    Ok(vm.new_tuple(vec![rlim_to_py(vm, l.rlim_cur), rlim_to_py(vm, l.rlim_max)]))
}

fn setrlimit(vm: &Vm, args: Args) -> PyResult {
    let [r, lim] = args.exact::<2>(vm, "setrlimit")?;
    let r = check_resource(vm, int_arg(vm, r)?)?;
    let l = limits_arg(vm, lim)?;
    // SAFETY: valid rlimit.
    if unsafe { libc::setrlimit(r as _, &l) } < 0 {
        let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        if e == libc::EINVAL {
            return Err(vm.new_value_error("current limit exceeds maximum limit"));
        }
        if e == libc::EPERM {
            return Err(vm.new_value_error("not allowed to raise maximum limit"));
        }
        return Err(os_error_from_errno(vm, e, None, None));
    }
    Ok(vm.none())
}

fn prlimit(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "prlimit", 2, 3)?;
    let pid = int_arg(vm, &pos[0])? as libc::pid_t;
    let r = check_resource(vm, int_arg(vm, &pos[1])?)?;
    let new = match pos.get(2) { Some(l) => Some(limits_arg(vm, l)?), None => None };
    // SAFETY: zeroed rlimit out-parameter; `new` is valid when given.
    let mut old: libc::rlimit = unsafe { std::mem::zeroed() };
    let np = new.as_ref().map(|n| n as *const libc::rlimit).unwrap_or(std::ptr::null());
    if unsafe { libc::prlimit(pid, r as _, np, &mut old) } < 0 {
        return Err(pyrite_vm::exceptions::last_os_error(vm, None));
    }
    Ok(vm.new_tuple(vec![rlim_to_py(vm, old.rlim_cur), rlim_to_py(vm, old.rlim_max)]))
}

fn getpagesize(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getpagesize")?;
    // SAFETY: plain call.
    Ok(vm.new_int(unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64))
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("resource", None);
    add_functions(vm, &m, "resource", &[("getrusage", getrusage), ("getrlimit", getrlimit), ("setrlimit", setrlimit),
        ("prlimit", prlimit), ("getpagesize", getpagesize)]);
    for (k, v) in CONSTS {
        set_attr(vm, &m, k, vm.new_int(*v));
    }
    set_attr(vm, &m, "struct_rusage", rusage_type(vm));
    set_attr(vm, &m, "error", vm.ctx.exc.os_error.clone());
    Ok(m)
}
