//! `fcntl`: fcntl/ioctl/flock/lockf on descriptors (ints or objects with
//! `fileno()`), CPython's int-or-buffer argument conventions. Writing an
//! ioctl result back into a mutable buffer (bytearray, array) is done by a
//! small Python wrapper executed into the module.

use pyrite_vm::exceptions::os_error_from_errno;
use pyrite_vm::modules::sys::{add_functions, set_attr};
use pyrite_vm::types::function::Args;
use pyrite_vm::{PyErr, Payload, PyObjectRef, PyResult, Vm};

const CONSTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 1),
    ("DN_ATTRIB", 32),
    ("DN_CREATE", 4),
    ("DN_DELETE", 8),
    ("DN_MODIFY", 2),
    ("DN_MULTISHOT", 2147483648),
    ("DN_RENAME", 16),
    ("FASYNC", 8192),
    ("FD_CLOEXEC", 1),
    ("F_ADD_SEALS", 1033),
    ("F_DUPFD", 0),
    ("F_DUPFD_CLOEXEC", 1030),
    ("F_EXLCK", 4),
    ("F_GETFD", 1),
    ("F_GETFL", 3),
    ("F_GETLEASE", 1025),
    ("F_GETLK", 5),
    ("F_GETLK64", 5),
    ("F_GETOWN", 9),
    ("F_GETPIPE_SZ", 1032),
    ("F_GETSIG", 11),
    ("F_GET_SEALS", 1034),
    ("F_NOTIFY", 1026),
    ("F_OFD_GETLK", 36),
    ("F_OFD_SETLK", 37),
    ("F_OFD_SETLKW", 38),
    ("F_RDLCK", 0),
    ("F_SEAL_GROW", 4),
    ("F_SEAL_SEAL", 1),
    ("F_SEAL_SHRINK", 2),
    ("F_SEAL_WRITE", 8),
    ("F_SETFD", 2),
    ("F_SETFL", 4),
    ("F_SETLEASE", 1024),
    ("F_SETLK", 6),
    ("F_SETLK64", 6),
    ("F_SETLKW", 7),
    ("F_SETLKW64", 7),
    ("F_SETOWN", 8),
    ("F_SETPIPE_SZ", 1031),
    ("F_SETSIG", 10),
    ("F_SHLCK", 8),
    ("F_UNLCK", 2),
    ("F_WRLCK", 1),
    ("LOCK_EX", 2),
    ("LOCK_MAND", 32),
    ("LOCK_NB", 4),
    ("LOCK_READ", 64),
    ("LOCK_RW", 192),
    ("LOCK_SH", 1),
    ("LOCK_UN", 8),
    ("LOCK_WRITE", 128),
];

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn os_err(vm: &Vm) -> PyErr {
    os_error_from_errno(vm, errno(), None, None)
}

fn fd_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    if matches!(o.payload, Payload::Int(_)) {
        return Ok(vm.index_i64(o)? as i32);
    }
    match vm.get_attr_opt(o, "fileno")? {
        Some(f) => {
            let r = vm.call(&f, &[])?;
            if !matches!(r.payload, Payload::Int(_)) {
                return Err(vm.new_type_error("fileno() returned a non-integer"));
            }
            let v = vm.index_i64(&r)?;
            if v < 0 {
                return Err(vm.new_value_error(format!("file descriptor cannot be a negative integer ({})", v)));
            }
            Ok(v as i32)
        }
        None => Err(vm.new_type_error("argument must be an int, or have a fileno() method.")),
    }
}

/// A buffer argument's bytes (bytes, bytearray, str), or None for an int.
fn buf_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<Vec<u8>>> {
    Ok(match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        _ => pyrite_vm::types::misc::buffer_bytes(vm, o)?,
    })
}

fn call_with_buf(vm: &Vm, mut data: Vec<u8>, f: impl Fn(*mut libc::c_void) -> i32) -> PyResult<(i32, Vec<u8>)> {
    if data.len() > 1024 {
        return Err(vm.new_value_error("fcntl argument 3 is too long"));
    }
    let n = data.len();
    data.resize(1024, 0);
    let r = f(data.as_mut_ptr() as *mut libc::c_void);
    if r < 0 {
        return Err(os_err(vm));
    }
    data.truncate(n);
    Ok((r, data))
}

fn fcntl(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "fcntl", 2, 3)?;
    let fd = fd_arg(vm, &pos[0])?;
    let cmd = vm.index_i64(&pos[1])? as i32;
    let arg = pos.get(2).cloned().unwrap_or_else(|| vm.new_int(0));
    if let Some(data) = buf_arg(vm, &arg)? {
        // SAFETY: the buffer has 1024 bytes.
        let (_, out) = call_with_buf(vm, data, |p| unsafe { libc::fcntl(fd, cmd, p) })?;
        return Ok(vm.new_bytes(out));
    }
    if matches!(arg.payload, Payload::Float(_)) {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = vm.index_i64(&arg)? as libc::c_long;
    loop {
        // SAFETY: integer argument form.
        let r = pyrite_vm::gil::allow_threads(|| unsafe { libc::fcntl(fd, cmd, v) });
        if r < 0 {
            if errno() == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Err(os_err(vm));
        }
        return Ok(vm.new_int(r as i64));
    }
}

/// `_ioctl(fd, request, arg)`: int arg -> int result; buffer arg ->
/// (result, bytes after the call).
fn ioctl_raw(vm: &Vm, args: Args) -> PyResult {
    let [fd, req, arg] = args.exact::<3>(vm, "ioctl")?;
    let fd = fd_arg(vm, fd)?;
    let req = vm.index_i64(req)? as libc::c_ulong;
    if let Some(data) = buf_arg(vm, arg)? {
        // SAFETY: the buffer has 1024 bytes.
        let (r, out) = call_with_buf(vm, data, |p| unsafe { libc::ioctl(fd, req as _, p) })?;
        return Ok(vm.new_tuple(vec![vm.new_int(r as i64), vm.new_bytes(out)]));
    }
    let v = vm.index_i64(arg)? as libc::c_long;
    // SAFETY: integer argument form.
    let r = unsafe { libc::ioctl(fd, req as _, v) };
    if r < 0 {
        return Err(os_err(vm));
    }
    Ok(vm.new_int(r as i64))
}

fn flock(vm: &Vm, args: Args) -> PyResult {
    let [fd, op] = args.exact::<2>(vm, "flock")?;
    let fd = fd_arg(vm, fd)?;
    let op = vm.index_i64(op)? as i32;
    loop {
        // SAFETY: plain call.
        let r = pyrite_vm::gil::allow_threads(|| unsafe { libc::flock(fd, op) });
        if r < 0 {
            if errno() == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Err(os_err(vm));
        }
        return Ok(vm.none());
    }
}

fn lockf(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "lockf", 2, 5)?;
    let fd = fd_arg(vm, &pos[0])?;
    let code = vm.index_i64(&pos[1])? as i32;
    let len = match pos.get(2) { Some(v) => vm.index_i64(v)?, None => 0 };
    let start = match pos.get(3) { Some(v) => vm.index_i64(v)?, None => 0 };
    let whence = match pos.get(4) { Some(v) => vm.index_i64(v)? as i16, None => 0 };
    // SAFETY: zeroed flock is valid.
    let mut l: libc::flock = unsafe { std::mem::zeroed() };
    l.l_type = if code == libc::LOCK_UN {
        libc::F_UNLCK as i16
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK as i16
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK as i16
    } else {
        return Err(vm.new_value_error("unrecognized lockf argument"));
    };
    l.l_start = start;
    l.l_len = len;
    l.l_whence = whence;
    let cmd = if code & libc::LOCK_NB != 0 { libc::F_SETLK } else { libc::F_SETLKW };
    let lp = &l as *const libc::flock as usize;
    loop {
        // SAFETY: lp points to a live flock.
        let r = pyrite_vm::gil::allow_threads(|| unsafe { libc::fcntl(fd, cmd, lp as *const libc::flock) });
        if r < 0 {
            if errno() == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Err(os_err(vm));
        }
        return Ok(vm.none());
    }
}

const PY_IOCTL: &str = r#"
def ioctl(fd, request, arg=0, mutate_flag=True, /):
    if isinstance(arg, (bytes, str)) or (not mutate_flag and not isinstance(arg, int)):
        if isinstance(arg, (bytes, str)):
            return _ioctl(fd, request, arg)[1]
        return _ioctl(fd, request, bytes(arg))[1]
    if isinstance(arg, bytearray):
        ret, out = _ioctl(fd, request, bytes(arg))
        arg[:] = out
        return ret
    if hasattr(arg, 'tobytes') and hasattr(arg, 'frombytes'):
        ret, out = _ioctl(fd, request, arg.tobytes())
        del arg[:]
        arg.frombytes(out)
        return ret
    return _ioctl(fd, request, arg)
"#;

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("fcntl", Some("This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."));
    add_functions(vm, &m, "fcntl", &[("fcntl", fcntl), ("_ioctl", ioctl_raw), ("flock", flock), ("lockf", lockf)]);
    for (k, v) in CONSTS {
        set_attr(vm, &m, k, vm.new_int(*v));
    }
    if let Payload::Module(d) = &m.payload {
        if let Payload::Dict(dd) = &d.payload {
            dd.set_str(vm, "__name__", vm.new_str("fcntl"));
        }
        let code = vm.compile(PY_IOCTL, "<fcntl>", pyrite_compiler::Mode::Exec)?;
        vm.run_code(&code, d, None)?;
    }
    Ok(m)
}
