//! `select`: `select()` over fd_sets and `poll()` objects, with the GIL
//! released while waiting. EINTR runs the signal handlers and retries with
//! the remaining timeout (PEP 475).

use pyrite_vm::exceptions::os_error_from_errno;
use pyrite_vm::object::payload::NativePayload;
use pyrite_vm::object::{Payload, PyObjectRef};
use pyrite_vm::types::function::{Args, NativeKind, Sig};
use pyrite_vm::vm::{add_method, add_methods, new_static_type, PyResult, Vm};
use std::any::Any;
use std::cell::RefCell;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `PyObject_AsFileDescriptor`: an int, or an object with `fileno()`.
pub fn as_fd(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    let v = if matches!(o.payload, Payload::Int(_)) {
        o.clone()
    } else {
        match vm.get_attr_opt(o, "fileno")? {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                if !matches!(r.payload, Payload::Int(_)) {
                    return Err(vm.new_type_error("fileno() returned a non-integer"));
                }
                r
            }
            None => return Err(vm.new_type_error("argument must be an int, or have a fileno() method.")),
        }
    };
    let n = vm.index_i64(&v).map_err(|_| vm.new_overflow_error("Python int too large to convert to C int"))?;
    if n < 0 {
        return Err(vm.new_value_error(format!("file descriptor cannot be a negative integer ({})", n)));
    }
    if n > i32::MAX as i64 {
        return Err(vm.new_overflow_error("Python int too large to convert to C int"));
    }
    Ok(n as i32)
}

/// Seconds (None = forever) from `select()`'s timeout argument.
fn timeout_secs(vm: &Vm, t: &PyObjectRef) -> PyResult<Option<f64>> {
    if vm.is_none(t) {
        return Ok(None);
    }
    let secs = match &t.payload {
        Payload::Int(_) => pyrite_vm::types::float::to_f64(vm, t)?,
        Payload::Float(f) => *f,
        _ => {
            if vm.get_attr_opt(t, "__float__")?.is_none() && vm.get_attr_opt(t, "__index__")?.is_none() {
                return Err(vm.new_type_error("timeout must be a float or None"));
            }
            pyrite_vm::types::float::to_f64(vm, t)?
        }
    };
    if secs.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.new_value_error("timeout must be non-negative"));
    }
    Ok(Some(secs))
}

fn seq_fds(vm: &Vm, seq: &PyObjectRef) -> PyResult<Vec<(PyObjectRef, i32)>> {
    let items = match &seq.payload {
        Payload::List(_) | Payload::Tuple(_) => vm.collect(seq)?,
        _ => {
            let it = vm.get_iter(seq).map_err(|_| vm.new_type_error("arguments 1-3 must be sequences"))?;
            vm.collect(&it)?
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let fd = as_fd(vm, &it)?;
        if fd >= libc::FD_SETSIZE as i32 {
            return Err(vm.new_value_error("filedescriptor out of range in select()"));
        }
        out.push((it, fd));
    }
    Ok(out)
}

fn select(vm: &Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "select")?;
    let a = args.range(vm, "select", 3, 4)?;
    let timeout = match a.get(3) {
        Some(t) => timeout_secs(vm, t)?,
        None => None,
    };
    let r = seq_fds(vm, &a[0])?;
    let w = seq_fds(vm, &a[1])?;
    let x = seq_fds(vm, &a[2])?;
    let deadline = timeout.map(|s| Instant::now() + Duration::from_secs_f64(s.min(1e9)));
    loop {
        // SAFETY: fd_sets are plain data, zeroed then filled with fds < FD_SETSIZE.
        let mut sets: [libc::fd_set; 3] = unsafe { std::mem::zeroed() };
        let mut maxfd = -1;
        for (set, list) in sets.iter_mut().zip([&r, &w, &x]) {
            unsafe { libc::FD_ZERO(set) };
            for (_, fd) in list.iter() {
                unsafe { libc::FD_SET(*fd, set) };
                maxfd = maxfd.max(*fd);
            }
        }
        let mut tv = deadline.map(|d| {
            let rem = d.saturating_duration_since(Instant::now());
            libc::timeval { tv_sec: rem.as_secs() as libc::time_t, tv_usec: rem.subsec_micros() as libc::suseconds_t }
        });
        let (rc, e) = pyrite_vm::gil::allow_threads(|| {
            let tvp = match tv.as_mut() {
                Some(t) => t as *mut libc::timeval,
                None => std::ptr::null_mut(),
            };
            let [s0, s1, s2] = &mut sets;
            // SAFETY: valid fd_set pointers and an optional valid timeval.
            let rc = unsafe { libc::select(maxfd + 1, s0, s1, s2, tvp) };
            (rc, if rc < 0 { errno() } else { 0 })
        });
        if rc < 0 {
            if e == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Err(os_error_from_errno(vm, e, None, None));
        }
        let mut lists = Vec::with_capacity(3);
        for (set, list) in sets.iter().zip([&r, &w, &x]) {
            let mut res = Vec::new();
            for (o, fd) in list.iter() {
                // SAFETY: fd < FD_SETSIZE, set initialised above.
                if unsafe { libc::FD_ISSET(*fd, set) } {
                    res.push(o.clone());
                }
            }
            lists.push(vm.new_list(res));
        }
        return Ok(vm.new_tuple(lists));
    }
}

// ---- poll ----

pub struct PyPoll {
    fds: RefCell<Vec<(i32, i16)>>,
    polling: std::cell::Cell<bool>,
}
impl NativePayload for PyPoll {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static POLL_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn poll_type(vm: &Vm) -> PyObjectRef {
    POLL_TYPE
        .get_or_init(|| {
            let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "poll", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, false);
            if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
                tt.dict().set_str(vm, "__module__", vm.new_str("select"));
            }
            add_method(vm, &t, "__new__", poll_new_cannot, NativeKind::StaticMethod);
            add_methods(vm, &t, &[("register", poll_register), ("modify", poll_modify), ("unregister", poll_unregister), ("poll", poll_poll)]);
            t
        })
        .clone()
}

fn poll_new_cannot(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create 'select.poll' instances"))
}

fn this<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyPoll> {
    o.payload.native::<PyPoll>().ok_or_else(|| vm.new_type_error("descriptor requires a 'select.poll' object"))
}

fn new_poll(vm: &Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "poll")?;
    Ok(PyObjectRef::new(poll_type(vm), Payload::Native(Box::new(PyPoll { fds: RefCell::new(Vec::new()), polling: std::cell::Cell::new(false) }))))
}

fn event_mask(vm: &Vm, o: &PyObjectRef) -> PyResult<i16> {
    if !matches!(o.payload, Payload::Int(_)) {
        if vm.get_attr_opt(o, "__index__")?.is_none() {
            return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(o))));
        }
    }
    let v = vm.index_i64(o).map_err(|_| vm.new_overflow_error("Python int too large to convert to C unsigned short"))?;
    if v < 0 {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    if v > 0xffff {
        return Err(vm.new_overflow_error("Python int too large for C unsigned short"));
    }
    Ok(v as u16 as i16)
}

fn poll_register(vm: &Vm, args: Args) -> PyResult {
    let a = args.range(vm, "register", 2, 3)?;
    args.no_kwargs(vm, "register")?;
    let p = this(vm, &a[0])?;
    let fd = as_fd(vm, &a[1])?;
    let mask = match a.get(2) {
        Some(m) => event_mask(vm, m)?,
        None => libc::POLLIN | libc::POLLPRI | libc::POLLOUT,
    };
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(vm.none())
}

fn poll_modify(vm: &Vm, args: Args) -> PyResult {
    let [s, f, m] = args.exact::<3>(vm, "modify")?;
    let p = this(vm, s)?;
    let fd = as_fd(vm, f)?;
    let mask = event_mask(vm, m)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => {
            e.1 = mask;
            Ok(vm.none())
        }
        None => {
            drop(fds);
            Err(os_error_from_errno(vm, libc::ENOENT, None, None))
        }
    }
}

fn poll_unregister(vm: &Vm, args: Args) -> PyResult {
    let [s, f] = args.exact::<2>(vm, "unregister")?;
    let p = this(vm, s)?;
    let fd = as_fd(vm, f)?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter().position(|(f, _)| *f == fd) {
        Some(i) => {
            fds.remove(i);
            Ok(vm.none())
        }
        None => {
            drop(fds);
            Err(vm.new_key_error(vm.new_int(fd as i64)))
        }
    }
}

fn poll_poll(vm: &Vm, args: Args) -> PyResult {
    let [s, t] = args.bind(vm, &Sig { name: "poll", names: ["self", "timeout"], posonly: 2, required: 1, kwonly_from: 2 })?;
    let p = this(vm, s.as_ref().unwrap())?;
    // Milliseconds, rounded up; None or negative waits forever.
    let timeout_ms: Option<f64> = match t {
        None => None,
        Some(t) if vm.is_none(&t) => None,
        Some(t) => {
            let ms = match &t.payload {
                Payload::Int(_) => pyrite_vm::types::float::to_f64(vm, &t).map_err(|_| vm.new_overflow_error("timeout is too large"))?,
                Payload::Float(f) => *f,
                _ => {
                    if vm.get_attr_opt(&t, "__index__")?.is_none() && vm.get_attr_opt(&t, "__float__")?.is_none() {
                        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&t))));
                    }
                    pyrite_vm::types::float::to_f64(vm, &t)?
                }
            };
            if ms.is_nan() {
                return Err(vm.new_value_error("Invalid value NaN (not a number)"));
            }
            if ms < 0.0 {
                None
            } else if ms > i32::MAX as f64 {
                return Err(vm.new_overflow_error("timeout is too large"));
            } else {
                Some(ms)
            }
        }
    };
    if p.polling.get() {
        return Err(vm.new_exception_msg(&vm.ctx.exc.runtime_error, "concurrent poll() invocation".to_string()));
    }
    let mut pfds: Vec<libc::pollfd> = p.fds.borrow().iter().map(|(fd, ev)| libc::pollfd { fd: *fd, events: *ev, revents: 0 }).collect();
    let deadline = timeout_ms.map(|ms| Instant::now() + Duration::from_secs_f64(ms / 1000.0));
    p.polling.set(true);
    let res = loop {
        let tmo: i32 = match deadline {
            None => -1,
            Some(d) => {
                let rem = d.saturating_duration_since(Instant::now());
                let ms = rem.as_micros().div_ceil(1000);
                ms.min(i32::MAX as u128) as i32
            }
        };
        let ptr = pfds.as_mut_ptr() as usize;
        let n = pfds.len();
        let (rc, e) = pyrite_vm::gil::allow_threads(|| {
            // SAFETY: ptr/n describe the live pfds vector.
            let rc = unsafe { libc::poll(ptr as *mut libc::pollfd, n as libc::nfds_t, tmo) };
            (rc, if rc < 0 { errno() } else { 0 })
        });
        if rc < 0 {
            if e == libc::EINTR {
                if let Err(err) = pyrite_vm::gil::check_signals(vm) {
                    break Err(err);
                }
                continue;
            }
            break Err(os_error_from_errno(vm, e, None, None));
        }
        break Ok(());
    };
    p.polling.set(false);
    res?;
    let out: Vec<PyObjectRef> = pfds
        .iter()
        .filter(|f| f.revents != 0)
        .map(|f| vm.new_tuple(vec![vm.new_int(f.fd as i64), vm.new_int(f.revents as u16 as i64)]))
        .collect();
    Ok(vm.new_list(out))
}

// ---- epoll ----

pub struct PyEpoll {
    fd: std::cell::Cell<i32>,
}
impl NativePayload for PyEpoll {
    fn as_any(&self) -> &dyn Any {
        self
    }
}
impl Drop for PyEpoll {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            // SAFETY: closing our own epoll descriptor.
            unsafe { libc::close(fd) };
        }
    }
}

static EPOLL_TYPE: OnceLock<PyObjectRef> = OnceLock::new();

fn epoll_type(vm: &Vm) -> PyObjectRef {
    EPOLL_TYPE
        .get_or_init(|| {
            let t = new_static_type(&vm.ctx.types.type_type, &vm.ctx.types.dict_type, "epoll", vec![vm.ctx.types.object_type.clone()], pyrite_vm::types::type_::BaseKind::Special, true);
            if let Some(tt) = pyrite_vm::types::type_::as_type(&t) {
                tt.dict().set_str(vm, "__module__", vm.new_str("select"));
            }
            add_method(vm, &t, "__new__", epoll_new, NativeKind::StaticMethod);
            add_method(vm, &t, "fromfd", epoll_fromfd, NativeKind::ClassMethod);
            add_methods(vm, &t, &[
                ("register", epoll_register), ("modify", epoll_modify), ("unregister", epoll_unregister), ("poll", epoll_poll),
                ("close", epoll_close), ("fileno", epoll_fileno), ("__enter__", epoll_enter), ("__exit__", epoll_exit),
            ]);
            pyrite_vm::types::misc::add_getter(vm, &t, "closed", epoll_closed);
            t
        })
        .clone()
}

fn ep<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyEpoll> {
    o.payload.native::<PyEpoll>().ok_or_else(|| vm.new_type_error("descriptor requires a 'select.epoll' object"))
}

fn ep_open(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    let fd = ep(vm, o)?.fd.get();
    if fd < 0 {
        return Err(vm.new_value_error("I/O operation on closed epoll object"));
    }
    Ok(fd)
}

fn epoll_new(vm: &Vm, args: Args) -> PyResult {
    let [cls, hint, flags] = args.bind(vm, &Sig { name: "epoll", names: ["cls", "sizehint", "flags"], posonly: 1, required: 1, kwonly_from: 3 })?;
    let cls = cls.unwrap();
    if let Some(h) = hint {
        let h = vm.index_i64(&h)?;
        if h != -1 && h <= 0 {
            return Err(vm.new_value_error("negative sizehint"));
        }
    }
    if let Some(f) = flags {
        let f = vm.index_i64(&f)?;
        if f != 0 && f != libc::EPOLL_CLOEXEC as i64 {
            return Err(vm.new_os_error_from_io(&std::io::Error::from_raw_os_error(libc::EINVAL), None));
        }
    }
    // SAFETY: no pointer arguments.
    let fd = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    if fd < 0 {
        return Err(os_error_from_errno(vm, errno(), None, None));
    }
    Ok(PyObjectRef::new(cls, Payload::Native(Box::new(PyEpoll { fd: std::cell::Cell::new(fd) }))))
}

fn epoll_fromfd(vm: &Vm, args: Args) -> PyResult {
    let [cls, fd] = args.exact::<2>(vm, "fromfd")?;
    let fd = as_fd(vm, fd)?;
    Ok(PyObjectRef::new(cls.clone(), Payload::Native(Box::new(PyEpoll { fd: std::cell::Cell::new(fd) }))))
}

fn epoll_close(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "close")?;
    let e = ep(vm, s)?;
    let fd = e.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: closing our own descriptor once.
        if unsafe { libc::close(fd) } < 0 {
            return Err(os_error_from_errno(vm, errno(), None, None));
        }
    }
    Ok(vm.none())
}

fn epoll_closed(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "closed")?;
    Ok(vm.new_bool(ep(vm, s)?.fd.get() < 0))
}

fn epoll_fileno(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "fileno")?;
    Ok(vm.new_int(ep_open(vm, s)? as i64))
}

fn epoll_enter(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "__enter__")?;
    ep_open(vm, s)?;
    Ok(s.clone())
}

fn epoll_exit(vm: &Vm, args: Args) -> PyResult {
    let a = args.range(vm, "__exit__", 1, 4)?;
    epoll_close(vm, Args::new(&a[..1]))
}

fn epoll_ctl(vm: &Vm, s: &PyObjectRef, op: i32, fd: &PyObjectRef, mask: Option<&PyObjectRef>) -> PyResult {
    let efd = ep_open(vm, s)?;
    let fd = as_fd(vm, fd)?;
    let events = match mask {
        Some(m) => {
            let v = vm.index_i64(m)?;
            if v < 0 || v > u32::MAX as i64 {
                return Err(vm.new_overflow_error("Python int too large to convert to C unsigned int"));
            }
            v as u32
        }
        None => (libc::EPOLLIN | libc::EPOLLPRI | libc::EPOLLOUT) as u32,
    };
    let mut ev = libc::epoll_event { events, u64: fd as u64 };
    // SAFETY: ev is a valid epoll_event.
    if unsafe { libc::epoll_ctl(efd, op, fd, &mut ev) } < 0 {
        return Err(os_error_from_errno(vm, errno(), None, None));
    }
    Ok(vm.none())
}

fn epoll_register(vm: &Vm, args: Args) -> PyResult {
    let [s, fd, m] = args.bind(vm, &Sig { name: "register", names: ["self", "fd", "eventmask"], posonly: 1, required: 2, kwonly_from: 3 })?;
    epoll_ctl(vm, s.as_ref().unwrap(), libc::EPOLL_CTL_ADD, fd.as_ref().unwrap(), m.as_ref())
}

fn epoll_modify(vm: &Vm, args: Args) -> PyResult {
    let [s, fd, m] = args.bind(vm, &Sig { name: "modify", names: ["self", "fd", "eventmask"], posonly: 1, required: 3, kwonly_from: 3 })?;
    epoll_ctl(vm, s.as_ref().unwrap(), libc::EPOLL_CTL_MOD, fd.as_ref().unwrap(), m.as_ref())
}

fn epoll_unregister(vm: &Vm, args: Args) -> PyResult {
    let [s, fd] = args.bind(vm, &Sig { name: "unregister", names: ["self", "fd"], posonly: 1, required: 2, kwonly_from: 2 })?;
    epoll_ctl(vm, s.as_ref().unwrap(), libc::EPOLL_CTL_DEL, fd.as_ref().unwrap(), Some(&vm.new_int(0)))
}

fn epoll_poll(vm: &Vm, args: Args) -> PyResult {
    let [s, t, mx] = args.bind(vm, &Sig { name: "poll", names: ["self", "timeout", "maxevents"], posonly: 1, required: 1, kwonly_from: 3 })?;
    let efd = ep_open(vm, s.as_ref().unwrap())?;
    let secs = match t {
        None => None,
        Some(t) if vm.is_none(&t) => None,
        Some(t) => {
            let v = match &t.payload {
                Payload::Int(_) | Payload::Float(_) => pyrite_vm::types::float::to_f64(vm, &t)?,
                _ => {
                    if vm.get_attr_opt(&t, "__float__")?.is_none() && vm.get_attr_opt(&t, "__index__")?.is_none() {
                        return Err(vm.new_type_error("timeout must be an integer or None"));
                    }
                    pyrite_vm::types::float::to_f64(vm, &t)?
                }
            };
            if v < 0.0 { None } else { Some(v) }
        }
    };
    let maxevents = match mx {
        None => -1,
        Some(m) => vm.index_i64(&m)?,
    };
    let maxevents = if maxevents == -1 {
        libc::FD_SETSIZE as i64 - 1
    } else if maxevents < 1 {
        return Err(vm.new_value_error(format!("maxevents must be greater than 0, got {}", maxevents)));
    } else {
        maxevents.min(1 << 20)
    };
    let mut evs: Vec<libc::epoll_event> = vec![libc::epoll_event { events: 0, u64: 0 }; maxevents as usize];
    let deadline = secs.map(|s| Instant::now() + Duration::from_secs_f64(s.min(1e9)));
    let n = loop {
        let tmo: i32 = match deadline {
            None => -1,
            Some(d) => d.saturating_duration_since(Instant::now()).as_micros().div_ceil(1000).min(i32::MAX as u128) as i32,
        };
        let ptr = evs.as_mut_ptr() as usize;
        let (rc, e) = pyrite_vm::gil::allow_threads(|| {
            // SAFETY: ptr/maxevents describe the live evs vector.
            let rc = unsafe { libc::epoll_wait(efd, ptr as *mut libc::epoll_event, maxevents as i32, tmo) };
            (rc, if rc < 0 { errno() } else { 0 })
        });
        if rc < 0 {
            if e == libc::EINTR {
                pyrite_vm::gil::check_signals(vm)?;
                continue;
            }
            return Err(os_error_from_errno(vm, e, None, None));
        }
        break rc as usize;
    };
    let out: Vec<PyObjectRef> = evs[..n]
        .iter()
        .map(|e| {
            let (fd, ev) = (e.u64, e.events);
            vm.new_tuple(vec![vm.new_int(fd as i32 as i64), vm.new_int(ev as i64)])
        })
        .collect();
    Ok(vm.new_list(out))
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("select", Some("This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."));
    pyrite_vm::modules::sys::add_functions(vm, &m, "select", &[("select", select), ("poll", new_poll)]);
    let set = |k: &str, v: i64| pyrite_vm::modules::sys::set_attr(vm, &m, k, vm.new_int(v));
    for (k, v) in [
        ("POLLIN", libc::POLLIN as i64), ("POLLPRI", libc::POLLPRI as i64), ("POLLOUT", libc::POLLOUT as i64),
        ("POLLERR", libc::POLLERR as i64), ("POLLHUP", libc::POLLHUP as i64), ("POLLNVAL", libc::POLLNVAL as i64),
        ("POLLRDNORM", libc::POLLRDNORM as i64), ("POLLRDBAND", libc::POLLRDBAND as i64), ("POLLWRNORM", libc::POLLWRNORM as i64),
        ("POLLWRBAND", libc::POLLWRBAND as i64), ("POLLMSG", 0x400), ("POLLRDHUP", libc::POLLRDHUP as i64),
        ("PIPE_BUF", libc::PIPE_BUF as i64),
    ] {
        set(k, v);
    }
    pyrite_vm::modules::sys::set_attr(vm, &m, "error", vm.ctx.exc.os_error.clone());
    pyrite_vm::modules::sys::set_attr(vm, &m, "epoll", epoll_type(vm));
    for (k, v) in [
        ("EPOLLIN", libc::EPOLLIN as i64), ("EPOLLOUT", libc::EPOLLOUT as i64), ("EPOLLPRI", libc::EPOLLPRI as i64),
        ("EPOLLERR", libc::EPOLLERR as i64), ("EPOLLHUP", libc::EPOLLHUP as i64), ("EPOLLET", libc::EPOLLET as u32 as i64),
        ("EPOLLONESHOT", libc::EPOLLONESHOT as i64), ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
        ("EPOLLRDHUP", libc::EPOLLRDHUP as i64), ("EPOLLRDNORM", libc::EPOLLRDNORM as i64), ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
        ("EPOLLWRNORM", libc::EPOLLWRNORM as i64), ("EPOLLWRBAND", libc::EPOLLWRBAND as i64), ("EPOLLMSG", libc::EPOLLMSG as i64),
        ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
    ] {
        set(k, v);
    }
    Ok(m)
}
