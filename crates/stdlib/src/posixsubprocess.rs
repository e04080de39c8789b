//! `_posixsubprocess.fork_exec`: the fork + exec core of `subprocess.Popen`.
//! Everything the child needs (argv, environment, candidate executable
//! paths, cwd) is converted to C strings before `fork`; the child only makes
//! async-signal-safe system calls (unless a `preexec_fn` is given) and
//! reports a failure through `errpipe_write` (close-on-exec) as 5 bytes:
//! a stage byte (`X` exec, `C` chdir, `N` other setup, `P` preexec_fn)
//! followed by errno as a little-endian i32.

use pyrite_vm::exceptions::os_error_from_errno;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::Args;
use pyrite_vm::vm::{PyResult, Vm};
use std::ffi::CString;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn cbytes(vm: &Vm, o: &PyObjectRef, what: &str) -> PyResult<CString> {
    let b: Vec<u8> = match &o.payload {
        Payload::Bytes(b) => b.to_vec(),
        Payload::Str(s) => s.as_str().as_bytes().to_vec(),
        _ => return Err(vm.new_type_error(format!("{} must be bytes, not {}", what, vm.type_name(o)))),
    };
    CString::new(b).map_err(|_| vm.new_value_error("embedded null byte"))
}

fn clist(vm: &Vm, o: &PyObjectRef, what: &str) -> PyResult<Vec<CString>> {
    vm.collect(o)?.iter().map(|x| cbytes(vm, x, what)).collect()
}

fn ptrs(v: &[CString]) -> Vec<*const libc::c_char> {
    let mut p: Vec<*const libc::c_char> = v.iter().map(|c| c.as_ptr()).collect();
    p.push(std::ptr::null());
    p
}

fn int(vm: &Vm, o: &PyObjectRef) -> PyResult<i64> {
    vm.index_i64(o)
}

/// Child side: report `(stage, err)` and exit.
unsafe fn child_fail(pipe: i32, stage: u8, err: i32) -> ! {
    let e = err.to_le_bytes();
    let buf = [stage, e[0], e[1], e[2], e[3]];
    libc::write(pipe, buf.as_ptr() as *const libc::c_void, 5);
    libc::_exit(255)
}

fn fork_exec(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "fork_exec")?;
    // Optional trailing arguments: gid (-1), extra_groups (None), uid (-1).
    let a = args.range(vm, "fork_exec", 19, 22)?;
    let argv = clist(vm, &a[0], "args")?;
    let exes = clist(vm, &a[1], "executable")?;
    let env = if vm.is_none(&a[2]) { None } else { Some(clist(vm, &a[2], "env")?) };
    let cwd = if vm.is_none(&a[3]) { None } else { Some(cbytes(vm, &a[3], "cwd")?) };
    let mut fds = [0i32; 8];
    for (i, f) in fds.iter_mut().enumerate() {
        *f = int(vm, &a[4 + i])? as i32;
    }
    let [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, _errpipe_read, errpipe_write] = fds;
    let close_fds = vm.is_true(&a[12])?;
    let mut keep: Vec<i32> = Vec::new();
    for k in vm.collect(&a[13])? {
        let v = int(vm, &k)?;
        if v < 0 || v > i32::MAX as i64 {
            return Err(vm.new_value_error("bad value(s) in fds_to_keep"));
        }
        keep.push(v as i32);
    }
    keep.sort_unstable();
    keep.dedup();
    let new_session = vm.is_true(&a[14])?;
    let pgroup = int(vm, &a[15])?;
    let restore_signals = vm.is_true(&a[16])?;
    let umask = int(vm, &a[17])?;
    let preexec = if vm.is_none(&a[18]) { None } else { Some(a[18].clone()) };
    let gid = match a.get(19) { Some(g) => int(vm, g)?, None => -1 };
    let groups: Option<Vec<libc::gid_t>> = match a.get(20) {
        Some(g) if !vm.is_none(g) => Some(vm.collect(g)?.iter().map(|x| int(vm, x).map(|v| v as libc::gid_t)).collect::<PyResult<Vec<_>>>()?),
        _ => None,
    };
    let uid = match a.get(21) { Some(u) => int(vm, u)?, None => -1 };
    if exes.is_empty() {
        return Err(vm.new_value_error("no executable"));
    }
    let argp = ptrs(&argv);
    let envp = env.as_ref().map(|e| ptrs(e));
    // Ranges of descriptors to close lie between these (computed before fork:
    // the child must not allocate).
    let mut bounds: Vec<i32> = keep.iter().copied().filter(|&k| k >= 3).collect();
    bounds.push(i32::MAX);
    // SAFETY: sysconf has no preconditions.
    let maxfd = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 20) as i32;

    // SAFETY: the child below only uses data prepared above and
    // async-signal-safe calls (except for a user-supplied preexec_fn).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(os_error_from_errno(vm, errno(), None, None));
    }
    if pid != 0 {
        return Ok(vm.new_int(pid as i64));
    }
    // ---- child ----
    unsafe {
        if restore_signals {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        for fd in [p2cwrite, c2pread, errread] {
            if fd != -1 {
                libc::close(fd);
            }
        }
        let mut c2pwrite = c2pwrite;
        let mut errwrite = errwrite;
        // Keep the child's ends away from 0/1 before dup2 overwrites them.
        if c2pwrite == 0 {
            c2pwrite = libc::dup(c2pwrite);
            if c2pwrite < 0 {
                child_fail(errpipe_write, b'N', errno());
            }
        }
        while errwrite == 0 || errwrite == 1 {
            errwrite = libc::dup(errwrite);
            if errwrite < 0 {
                child_fail(errpipe_write, b'N', errno());
            }
        }
        for (src, dst) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
            if src == dst {
                let fl = libc::fcntl(src, libc::F_GETFD);
                if fl >= 0 {
                    libc::fcntl(src, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                }
            } else if src != -1 && libc::dup2(src, dst) < 0 {
                child_fail(errpipe_write, b'N', errno());
            }
        }
        if let Some(c) = &cwd {
            if libc::chdir(c.as_ptr()) < 0 {
                child_fail(errpipe_write, b'C', errno());
            }
        }
        if umask >= 0 {
            libc::umask(umask as libc::mode_t);
        }
        if new_session && libc::setsid() < 0 {
            child_fail(errpipe_write, b'N', errno());
        }
        if pgroup >= 0 && libc::setpgid(0, pgroup as libc::pid_t) < 0 {
            child_fail(errpipe_write, b'N', errno());
        }
        if let Some(g) = &groups {
            if libc::setgroups(g.len(), g.as_ptr()) < 0 {
                child_fail(errpipe_write, b'N', errno());
            }
        }
        if gid >= 0 && libc::setregid(gid as libc::gid_t, gid as libc::gid_t) < 0 {
            child_fail(errpipe_write, b'N', errno());
        }
        if uid >= 0 && libc::setreuid(uid as libc::uid_t, uid as libc::uid_t) < 0 {
            child_fail(errpipe_write, b'N', errno());
        }
        if let Some(f) = &preexec {
            if vm.call(f, &[]).is_err() {
                child_fail(errpipe_write, b'P', 0);
            }
        }
        for &fd in &keep {
            if fd != errpipe_write {
                let fl = libc::fcntl(fd, libc::F_GETFD);
                if fl >= 0 && fl & libc::FD_CLOEXEC != 0 {
                    libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC);
                }
            }
        }
        if close_fds {
            let mut lo = 3;
            for &k in &bounds {
                if k > lo {
                    let hi = if k == i32::MAX { u32::MAX } else { (k - 1) as u32 };
                    let r = libc::syscall(libc::SYS_close_range, lo as u32, hi, 0u32);
                    if r != 0 {
                        let top = if k == i32::MAX { maxfd } else { k };
                        for fd in lo..top {
                            libc::close(fd);
                        }
                    }
                }
                lo = k.saturating_add(1);
            }
        }
        let mut saved = 0;
        for exe in &exes {
            match &envp {
                Some(e) => libc::execve(exe.as_ptr(), argp.as_ptr(), e.as_ptr()),
                None => libc::execv(exe.as_ptr(), argp.as_ptr()),
            };
            let e = errno();
            if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                saved = e;
            }
        }
        child_fail(errpipe_write, b'X', if saved != 0 { saved } else { errno() });
    }
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("_posixsubprocess", Some("A POSIX helper for the subprocess module."));
    pyrite_vm::modules::sys::add_functions(vm, &m, "_posixsubprocess", &[("fork_exec", fork_exec)]);
    Ok(m)
}
