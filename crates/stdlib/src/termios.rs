//! `termios`: POSIX terminal control (tcgetattr/tcsetattr/tcflush/...),
//! with CPython's list layout `[iflag, oflag, cflag, lflag, ispeed, ospeed,
//! cc]` and `termios.error(errno, strerror)`.

use pyrite_vm::modules::sys::{add_functions, set_attr};
use pyrite_vm::types::function::Args;
use pyrite_vm::{PyErr, Payload, PyObjectRef, PyResult, Vm};
use std::sync::OnceLock;

const CONSTS: &[(&str, i64)] = &[
    ("B0", 0),
    ("B1000000", 4104),
    ("B110", 3),
    ("B115200", 4098),
    ("B1152000", 4105),
    ("B1200", 9),
    ("B134", 4),
    ("B150", 5),
    ("B1500000", 4106),
    ("B1800", 10),
    ("B19200", 14),
    ("B200", 6),
    ("B2000000", 4107),
    ("B230400", 4099),
    ("B2400", 11),
    ("B2500000", 4108),
    ("B300", 7),
    ("B3000000", 4109),
    ("B3500000", 4110),
    ("B38400", 15),
    ("B4000000", 4111),
    ("B460800", 4100),
    ("B4800", 12),
    ("B50", 1),
    ("B500000", 4101),
    ("B57600", 4097),
    ("B576000", 4102),
    ("B600", 8),
    ("B75", 2),
    ("B921600", 4103),
    ("B9600", 13),
    ("BRKINT", 2),
    ("BS0", 0),
    ("BS1", 8192),
    ("BSDLY", 8192),
    ("CBAUD", 4111),
    ("CBAUDEX", 4096),
    ("CDSUSP", 25),
    ("CEOF", 4),
    ("CEOL", 0),
    ("CEOT", 4),
    ("CERASE", 127),
    ("CFLUSH", 15),
    ("CIBAUD", 269418496),
    ("CINTR", 3),
    ("CKILL", 21),
    ("CLNEXT", 22),
    ("CLOCAL", 2048),
    ("CQUIT", 28),
    ("CR0", 0),
    ("CR1", 512),
    ("CR2", 1024),
    ("CR3", 1536),
    ("CRDLY", 1536),
    ("CREAD", 128),
    ("CRPRNT", 18),
    ("CRTSCTS", 2147483648),
    ("CS5", 0),
    ("CS6", 16),
    ("CS7", 32),
    ("CS8", 48),
    ("CSIZE", 48),
    ("CSTART", 17),
    ("CSTOP", 19),
    ("CSTOPB", 64),
    ("CSUSP", 26),
    ("CWERASE", 23),
    ("ECHO", 8),
    ("ECHOCTL", 512),
    ("ECHOE", 16),
    ("ECHOK", 32),
    ("ECHOKE", 2048),
    ("ECHONL", 64),
    ("ECHOPRT", 1024),
    ("EXTA", 14),
    ("EXTB", 15),
    ("FF0", 0),
    ("FF1", 32768),
    ("FFDLY", 32768),
    ("FIOASYNC", 21586),
    ("FIOCLEX", 21585),
    ("FIONBIO", 21537),
    ("FIONCLEX", 21584),
    ("FIONREAD", 21531),
    ("FLUSHO", 4096),
    ("HUPCL", 1024),
    ("ICANON", 2),
    ("ICRNL", 256),
    ("IEXTEN", 32768),
    ("IGNBRK", 1),
    ("IGNCR", 128),
    ("IGNPAR", 4),
    ("IMAXBEL", 8192),
    ("INLCR", 64),
    ("INPCK", 16),
    ("IOCSIZE_MASK", 1073676288),
    ("IOCSIZE_SHIFT", 16),
    ("ISIG", 1),
    ("ISTRIP", 32),
    ("IUCLC", 512),
    ("IXANY", 2048),
    ("IXOFF", 4096),
    ("IXON", 1024),
    ("NCC", 8),
    ("NCCS", 32),
    ("NL0", 0),
    ("NL1", 256),
    ("NLDLY", 256),
    ("NOFLSH", 128),
    ("N_MOUSE", 2),
    ("N_PPP", 3),
    ("N_SLIP", 1),
    ("N_STRIP", 4),
    ("N_TTY", 0),
    ("OCRNL", 8),
    ("OFDEL", 128),
    ("OFILL", 64),
    ("OLCUC", 2),
    ("ONLCR", 4),
    ("ONLRET", 32),
    ("ONOCR", 16),
    ("OPOST", 1),
    ("PARENB", 256),
    ("PARMRK", 8),
    ("PARODD", 512),
    ("PENDIN", 16384),
    ("TAB0", 0),
    ("TAB1", 2048),
    ("TAB2", 4096),
    ("TAB3", 6144),
    ("TABDLY", 6144),
    ("TCFLSH", 21515),
    ("TCGETA", 21509),
    ("TCGETS", 21505),
    ("TCIFLUSH", 0),
    ("TCIOFF", 2),
    ("TCIOFLUSH", 2),
    ("TCION", 3),
    ("TCOFLUSH", 1),
    ("TCOOFF", 0),
    ("TCOON", 1),
    ("TCSADRAIN", 1),
    ("TCSAFLUSH", 2),
    ("TCSANOW", 0),
    ("TCSBRK", 21513),
    ("TCSBRKP", 21541),
    ("TCSETA", 21510),
    ("TCSETAF", 21512),
    ("TCSETAW", 21511),
    ("TCSETS", 21506),
    ("TCSETSF", 21508),
    ("TCSETSW", 21507),
    ("TCXONC", 21514),
    ("TIOCCONS", 21533),
    ("TIOCEXCL", 21516),
    ("TIOCGETD", 21540),
    ("TIOCGICOUNT", 21597),
    ("TIOCGLCKTRMIOS", 21590),
    ("TIOCGPGRP", 21519),
    ("TIOCGSERIAL", 21534),
    ("TIOCGSOFTCAR", 21529),
    ("TIOCGWINSZ", 21523),
    ("TIOCINQ", 21531),
    ("TIOCLINUX", 21532),
    ("TIOCMBIC", 21527),
    ("TIOCMBIS", 21526),
    ("TIOCMGET", 21525),
    ("TIOCMIWAIT", 21596),
    ("TIOCMSET", 21528),
    ("TIOCM_CAR", 64),
    ("TIOCM_CD", 64),
    ("TIOCM_CTS", 32),
    ("TIOCM_DSR", 256),
    ("TIOCM_DTR", 2),
    ("TIOCM_LE", 1),
    ("TIOCM_RI", 128),
    ("TIOCM_RNG", 128),
    ("TIOCM_RTS", 4),
    ("TIOCM_SR", 16),
    ("TIOCM_ST", 8),
    ("TIOCNOTTY", 21538),
    ("TIOCNXCL", 21517),
    ("TIOCOUTQ", 21521),
    ("TIOCPKT", 21536),
    ("TIOCPKT_DATA", 0),
    ("TIOCPKT_DOSTOP", 32),
    ("TIOCPKT_FLUSHREAD", 1),
    ("TIOCPKT_FLUSHWRITE", 2),
    ("TIOCPKT_NOSTOP", 16),
    ("TIOCPKT_START", 8),
    ("TIOCPKT_STOP", 4),
    ("TIOCSCTTY", 21518),
    ("TIOCSERCONFIG", 21587),
    ("TIOCSERGETLSR", 21593),
    ("TIOCSERGETMULTI", 21594),
    ("TIOCSERGSTRUCT", 21592),
    ("TIOCSERGWILD", 21588),
    ("TIOCSERSETMULTI", 21595),
    ("TIOCSERSWILD", 21589),
    ("TIOCSER_TEMT", 1),
    ("TIOCSETD", 21539),
    ("TIOCSLCKTRMIOS", 21591),
    ("TIOCSPGRP", 21520),
    ("TIOCSSERIAL", 21535),
    ("TIOCSSOFTCAR", 21530),
    ("TIOCSTI", 21522),
    ("TIOCSWINSZ", 21524),
    ("TOSTOP", 256),
    ("VDISCARD", 13),
    ("VEOF", 4),
    ("VEOL", 11),
    ("VEOL2", 16),
    ("VERASE", 2),
    ("VINTR", 0),
    ("VKILL", 3),
    ("VLNEXT", 15),
    ("VMIN", 6),
    ("VQUIT", 1),
    ("VREPRINT", 12),
    ("VSTART", 8),
    ("VSTOP", 9),
    ("VSUSP", 10),
    ("VSWTC", 7),
    ("VSWTCH", 7),
    ("VT0", 0),
    ("VT1", 16384),
    ("VTDLY", 16384),
    ("VTIME", 5),
    ("VWERASE", 14),
    ("XCASE", 4),
    ("XTABS", 6144),
];

static ERROR: OnceLock<PyObjectRef> = OnceLock::new();

fn error_type(vm: &Vm) -> PyObjectRef {
    ERROR.get_or_init(|| {
        let ns = vm.new_dict();
        let _ = vm.set_item(&ns, vm.new_str("__module__"), vm.new_str("termios"));
        vm.call(&vm.ctx.types.type_type, &[vm.new_str("error"), vm.new_tuple(vec![vm.ctx.exc.exception.clone()]), ns])
            .unwrap_or_else(|_| vm.ctx.exc.exception.clone())
    }).clone()
}

fn term_error(vm: &Vm) -> PyErr {
    let e = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
    vm.new_exception(&error_type(vm), vec![vm.new_int(e as i64), vm.new_string(pyrite_vm::exceptions::strerror(e))])
}

fn fd_arg(vm: &Vm, o: &PyObjectRef) -> PyResult<i32> {
    if matches!(o.payload, Payload::Int(_)) {
        return Ok(vm.index_i64(o)? as i32);
    }
    match vm.get_attr_opt(o, "fileno")? {
        Some(f) => {
            let r = vm.call(&f, &[])?;
            Ok(vm.index_i64(&r)? as i32)
        }
        None => Err(vm.new_type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn tcgetattr(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "tcgetattr")?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: zeroed termios is a valid out-parameter.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut t) } < 0 {
        return Err(term_error(vm));
    }
    // SAFETY: reading speeds from a filled termios.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let canon = t.c_lflag & libc::ICANON != 0;
    let cc: Vec<PyObjectRef> = t.c_cc.iter().enumerate().map(|(i, c)| {
        if !canon && (i == libc::VMIN || i == libc::VTIME) {
            vm.new_int(*c as i64)
        } else {
            vm.new_bytes(vec![*c])
        }
    }).collect();
    Ok(vm.new_list(vec![
        vm.new_int(t.c_iflag as i64), vm.new_int(t.c_oflag as i64), vm.new_int(t.c_cflag as i64), vm.new_int(t.c_lflag as i64),
        vm.new_int(ispeed as i64), vm.new_int(ospeed as i64), vm.new_list(cc),
    ]))
}

fn tcsetattr(vm: &Vm, args: Args) -> PyResult {
    let [fd, when, attrs] = args.exact::<3>(vm, "tcsetattr")?;
    let fd = fd_arg(vm, fd)?;
    let when = vm.index_i64(when)? as i32;
    let items = match &attrs.payload {
        Payload::List(l) if l.borrow().len() == 7 => l.borrow().clone(),
        _ => return Err(vm.new_type_error("tcsetattr, arg 3: must be 7 element list")),
    };
    // SAFETY: start from the current settings (fields we do not set).
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    if unsafe { libc::tcgetattr(fd, &mut t) } < 0 {
        return Err(term_error(vm));
    }
    t.c_iflag = vm.index_i64(&items[0])? as libc::tcflag_t;
    t.c_oflag = vm.index_i64(&items[1])? as libc::tcflag_t;
    t.c_cflag = vm.index_i64(&items[2])? as libc::tcflag_t;
    t.c_lflag = vm.index_i64(&items[3])? as libc::tcflag_t;
    let ispeed = vm.index_i64(&items[4])? as libc::speed_t;
    let ospeed = vm.index_i64(&items[5])? as libc::speed_t;
    let cc = match &items[6].payload {
        Payload::List(l) if l.borrow().len() == libc::NCCS => l.borrow().clone(),
        _ => return Err(vm.new_type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS))),
    };
    for (i, c) in cc.iter().enumerate() {
        t.c_cc[i] = match &c.payload {
            Payload::Bytes(b) if b.len() == 1 => b[0],
            Payload::Int(_) => vm.index_i64(c)? as libc::cc_t,
            _ => return Err(vm.new_type_error("tcsetattr: elements of attributes must be characters or integers")),
        };
    }
    // SAFETY: t is a valid termios.
    unsafe {
        if libc::cfsetispeed(&mut t, ispeed) < 0 || libc::cfsetospeed(&mut t, ospeed) < 0 {
            return Err(term_error(vm));
        }
        if libc::tcsetattr(fd, when, &t) < 0 {
            return Err(term_error(vm));
        }
    }
    Ok(vm.none())
}

fn simple(vm: &Vm, args: Args, name: &str, f: impl Fn(i32, i32) -> i32) -> PyResult {
    let [fd, v] = args.exact::<2>(vm, name)?;
    let fd = fd_arg(vm, fd)?;
    let v = vm.index_i64(v)? as i32;
    if pyrite_vm::gil::allow_threads(|| f(fd, v)) < 0 {
        return Err(term_error(vm));
    }
    Ok(vm.none())
}

// SAFETY (below): plain calls on descriptor numbers.
fn tcsendbreak(vm: &Vm, a: Args) -> PyResult { simple(vm, a, "tcsendbreak", |fd, v| unsafe { libc::tcsendbreak(fd, v) }) }
fn tcflush(vm: &Vm, a: Args) -> PyResult { simple(vm, a, "tcflush", |fd, v| unsafe { libc::tcflush(fd, v) }) }
fn tcflow(vm: &Vm, a: Args) -> PyResult { simple(vm, a, "tcflow", |fd, v| unsafe { libc::tcflow(fd, v) }) }

fn tcdrain(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "tcdrain")?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: plain call.
    if pyrite_vm::gil::allow_threads(|| unsafe { libc::tcdrain(fd) }) < 0 {
        return Err(term_error(vm));
    }
    Ok(vm.none())
}

fn tcgetwinsize(vm: &Vm, args: Args) -> PyResult {
    let [fd] = args.exact::<1>(vm, "tcgetwinsize")?;
    let fd = fd_arg(vm, fd)?;
    // SAFETY: zeroed winsize is a valid out-parameter.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } < 0 {
        return Err(term_error(vm));
    }
    Ok(vm.new_tuple(vec![vm.new_int(w.ws_row as i64), vm.new_int(w.ws_col as i64)]))
}

fn tcsetwinsize(vm: &Vm, args: Args) -> PyResult {
    let [fd, size] = args.exact::<2>(vm, "tcsetwinsize")?;
    let fd = fd_arg(vm, fd)?;
    let items = vm.collect(size)?;
    if items.len() != 2 {
        return Err(vm.new_type_error("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    // SAFETY: zeroed winsize, then filled.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } < 0 {
        return Err(term_error(vm));
    }
    w.ws_row = vm.index_i64(&items[0])? as u16;
    w.ws_col = vm.index_i64(&items[1])? as u16;
    // SAFETY: valid winsize.
    if unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w) } < 0 {
        return Err(term_error(vm));
    }
    Ok(vm.none())
}

pub fn init(vm: &Vm) -> PyResult<PyObjectRef> {
    let m = vm.new_module("termios", Some("This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself."));
    add_functions(vm, &m, "termios", &[
        ("tcgetattr", tcgetattr), ("tcsetattr", tcsetattr), ("tcsendbreak", tcsendbreak), ("tcdrain", tcdrain),
        ("tcflush", tcflush), ("tcflow", tcflow), ("tcgetwinsize", tcgetwinsize), ("tcsetwinsize", tcsetwinsize),
    ]);
    for (k, v) in CONSTS {
        set_attr(vm, &m, k, vm.new_int(*v));
    }
    set_attr(vm, &m, "error", error_type(vm));
    Ok(m)
}
