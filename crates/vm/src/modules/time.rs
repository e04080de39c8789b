//! `time`. Mirrors `Modules/timemodule.c`: clocks, `sleep` (GIL released,
//! interruptible by signals), `struct_time`, `localtime`/`gmtime`/`mktime`,
//! `strftime`, `asctime`/`ctime`, time zone constants. `strptime` is Python
//! code (`_strptime`).

use crate::object::{Payload, PyObjectRef};
use crate::types::function::Args;
use crate::vm::{str_of, PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

static STRUCT_TIME: OnceLock<PyObjectRef> = OnceLock::new();

fn struct_time_type(vm: &Vm) -> PyObjectRef {
    STRUCT_TIME.get_or_init(|| {
        let t = crate::modules::sys::structseq_type(vm, "time", "struct_time", &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"]);
        // tm_zone and tm_gmtoff are attributes outside the tuple.
        crate::vm::add_methods(vm, &t, &[("__getattr__", st_getattr)]);
        if let Some(tt) = crate::types::type_::as_type(&t) {
            tt.dict().set_str(vm, "n_fields", vm.new_int(11));
        }
        t
    }).clone()
}

fn st_getattr(vm: &Vm, args: Args) -> PyResult {
    let [o, name] = args.exact::<2>(vm, "__getattr__")?;
    match str_of(name) {
        "tm_zone" | "tm_gmtoff" => {
            if let Some(d) = o.dict.get() {
                if let Payload::Dict(dd) = &d.payload {
                    if let Some(v) = dd.get_str(str_of(name)) {
                        return Ok(v);
                    }
                }
            }
            Ok(vm.none())
        }
        n => Err(vm.attribute_error_for(o, n)),
    }
}

fn clock(id: libc::clockid_t) -> f64 {
    // SAFETY: clock_gettime writes into a valid timespec.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn clock_ns(id: libc::clockid_t) -> i128 {
    // SAFETY: as above.
    let mut ts: libc::timespec = unsafe { std::mem::zeroed() };
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn time_time(vm: &Vm, _a: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(vm.new_float(d.as_secs_f64()))
}
fn time_time_ns(vm: &Vm, _a: Args) -> PyResult {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(vm.new_bigint(num_bigint::BigInt::from(d.as_nanos())))
}
fn monotonic(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_float(clock(libc::CLOCK_MONOTONIC))) }
fn monotonic_ns(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_bigint(clock_ns(libc::CLOCK_MONOTONIC).into())) }
fn process_time(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_float(clock(libc::CLOCK_PROCESS_CPUTIME_ID))) }
fn process_time_ns(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_bigint(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID).into())) }
fn thread_time(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_float(clock(libc::CLOCK_THREAD_CPUTIME_ID))) }
fn thread_time_ns(vm: &Vm, _a: Args) -> PyResult { Ok(vm.new_bigint(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID).into())) }

/// Sleep for `secs` with the GIL released; signal handlers run in between.
pub fn sleep_secs(vm: &Vm, secs: f64) -> PyResult<()> {
    let deadline = Instant::now() + Duration::from_secs_f64(secs.max(0.0));
    loop {
        let now = Instant::now();
        if now >= deadline {
            return Ok(());
        }
        let remaining = deadline - now;
        let main = vm.thread_id == crate::gil::MAIN_THREAD.load(std::sync::atomic::Ordering::Relaxed);
        crate::gil::allow_threads(|| {
            if main {
                // Wake up for signals: nanosleep returns early with EINTR.
                let ts = libc::timespec { tv_sec: remaining.as_secs() as libc::time_t, tv_nsec: remaining.subsec_nanos() as libc::c_long };
                // SAFETY: valid timespec; remaining time is not needed.
                unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
            } else {
                std::thread::sleep(remaining);
            }
        });
        crate::gil::check_signals(vm)?;
    }
}

fn sleep(vm: &Vm, args: Args) -> PyResult {
    let [s] = args.exact::<1>(vm, "sleep")?;
    if !matches!(s.payload, Payload::Int(_) | Payload::Float(_)) && crate::types::type_::lookup(&s.class(), "__float__").is_none() && crate::types::type_::lookup(&s.class(), "__index__").is_none() {
        return Err(vm.new_type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(s))));
    }
    let secs = crate::types::float::to_f64(vm, s)?;
    if secs < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative"));
    }
    if secs.is_nan() {
        return Err(vm.new_value_error("Invalid value NaN (not a number)"));
    }
    sleep_secs(vm, secs)?;
    Ok(vm.none())
}

fn tm_to_struct(vm: &Vm, tm: &libc::tm) -> PyObjectRef {
    let wday = (tm.tm_wday + 6) % 7;
    let items = vec![vm.new_int(tm.tm_year as i64 + 1900), vm.new_int(tm.tm_mon as i64 + 1), vm.new_int(tm.tm_mday as i64),
        vm.new_int(tm.tm_hour as i64), vm.new_int(tm.tm_min as i64), vm.new_int(tm.tm_sec as i64), vm.new_int(wday as i64),
        vm.new_int(tm.tm_yday as i64 + 1), vm.new_int(tm.tm_isdst as i64)];
    let o = crate::types::type_methods::new_instance(vm, &struct_time_type(vm), Payload::Tuple(items.into_boxed_slice()));
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points to a static string set by localtime_r/gmtime_r.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    let d = vm.new_dict();
    if let Payload::Dict(dd) = &d.payload {
        dd.set_str(vm, "tm_zone", vm.new_string(zone));
        dd.set_str(vm, "tm_gmtoff", vm.new_int(tm.tm_gmtoff));
    }
    o.dict.set(Some(d));
    o
}

fn arg_secs(vm: &Vm, args: &Args, name: &str) -> PyResult<i64> {
    let pos = args.range(vm, name, 0, 1)?;
    match pos.first().filter(|x| !vm.is_none(x)) {
        Some(x) => {
            let f = crate::types::float::to_f64(vm, x)?;
            if !f.is_finite() {
                return Err(vm.new_value_error(if f.is_nan() { "Invalid value NaN (not a number)" } else { "cannot convert float infinity to integer" }));
            }
            if f.abs() > 1e17 {
                return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
        None => Ok(SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)),
    }
}

fn gmtime(vm: &Vm, args: Args) -> PyResult {
    let t = arg_secs(vm, &args, "gmtime")? as libc::time_t;
    // SAFETY: gmtime_r writes into a valid tm.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(vm, &tm))
}

fn localtime(vm: &Vm, args: Args) -> PyResult {
    let t = arg_secs(vm, &args, "localtime")? as libc::time_t;
    // SAFETY: localtime_r writes into a valid tm.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(vm.new_overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_to_struct(vm, &tm))
}

fn struct_to_tm(vm: &Vm, o: &PyObjectRef, fname: &str) -> PyResult<libc::tm> {
    let items = vm.collect(o)?;
    if items.len() != 9 {
        return Err(vm.new_type_error(format!("{}(): illegal time tuple argument", fname)));
    }
    let g = |i: usize| vm.index_i64(&items[i]);
    // SAFETY: zeroed tm is a valid value.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (g(0)? - 1900) as i32;
    tm.tm_mon = (g(1)? - 1) as i32;
    tm.tm_mday = g(2)? as i32;
    tm.tm_hour = g(3)? as i32;
    tm.tm_min = g(4)? as i32;
    tm.tm_sec = g(5)? as i32;
    tm.tm_wday = ((g(6)? + 1) % 7) as i32;
    tm.tm_yday = (g(7)? - 1) as i32;
    tm.tm_isdst = g(8)? as i32;
    Ok(tm)
}

fn mktime(vm: &Vm, args: Args) -> PyResult {
    let [t] = args.exact::<1>(vm, "mktime")?;
    let mut tm = struct_to_tm(vm, t, "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: mktime reads and normalises a valid tm.
    let r = unsafe { libc::mktime(&mut tm) };
    if r == -1 && tm.tm_wday == -1 {
        return Err(vm.new_overflow_error("mktime argument out of range"));
    }
    Ok(vm.new_float(r as f64))
}

fn current_tm(vm: &Vm, a: Option<&PyObjectRef>, fname: &str) -> PyResult<libc::tm> {
    match a {
        Some(t) => {
            let mut tm = struct_to_tm(vm, t, fname)?;
            if tm.tm_mon < 0 || tm.tm_mon > 11 {
                return Err(vm.new_value_error("month out of range"));
            }
            if tm.tm_mday == 0 {
                tm.tm_mday = 1;
            }
            if tm.tm_mday < 0 || tm.tm_mday > 31 {
                return Err(vm.new_value_error("day of month out of range"));
            }
            if tm.tm_hour < 0 || tm.tm_hour > 23 {
                return Err(vm.new_value_error("hour out of range"));
            }
            if tm.tm_min < 0 || tm.tm_min > 59 {
                return Err(vm.new_value_error("minute out of range"));
            }
            if tm.tm_sec < 0 || tm.tm_sec > 61 {
                return Err(vm.new_value_error("seconds out of range"));
            }
            if tm.tm_yday < 0 || tm.tm_yday > 365 {
                tm.tm_yday = tm.tm_yday.clamp(0, 365);
            }
            if let Some(d) = t.dict.get() {
                if let Payload::Dict(dd) = &d.payload {
                    if let Some(off) = dd.get_str("tm_gmtoff") {
                        if let Ok(v) = vm.index_i64(&off) {
                            tm.tm_gmtoff = v;
                        }
                    }
                }
            }
            Ok(tm)
        }
        None => {
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as libc::time_t).unwrap_or(0);
            // SAFETY: localtime_r into a valid tm.
            let mut tm: libc::tm = unsafe { std::mem::zeroed() };
            unsafe { libc::localtime_r(&now, &mut tm) };
            Ok(tm)
        }
    }
}

fn strftime(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "strftime", 1, 2)?;
    let fmt = match &pos[0].payload {
        Payload::Str(s) => s.as_str().to_string(),
        _ => return Err(vm.new_type_error(format!("strftime() argument 1 must be str, not {}", vm.type_name(&pos[0])))),
    };
    let tm = current_tm(vm, pos.get(1), "strftime")?;
    Ok(vm.new_string(strftime_tm(&fmt, &tm)))
}

/// C `strftime` over a `tm` (format may be long; empty result handled).
pub fn strftime_tm(fmt: &str, tm: &libc::tm) -> String {
    if fmt.is_empty() {
        return String::new();
    }
    let c = match std::ffi::CString::new(fmt.replace('\0', "")) {
        Ok(c) => c,
        Err(_) => return String::new(),
    };
    let mut size = 256 + fmt.len() * 4;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` bytes; tm is valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, c.as_ptr(), tm) };
        if n > 0 || size > 1 << 20 {
            buf.truncate(n);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        size *= 4;
    }
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_tm(tm: &libc::tm) -> String {
    format!("{} {} {:2} {:02}:{:02}:{:02} {}", DAYS[(tm.tm_wday.rem_euclid(7)) as usize], MONTHS[(tm.tm_mon.rem_euclid(12)) as usize],
        tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_year as i64 + 1900)
}

fn asctime(vm: &Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "asctime", 0, 1)?;
    let tm = current_tm(vm, pos.first(), "asctime")?;
    Ok(vm.new_string(asctime_tm(&tm)))
}

fn ctime(vm: &Vm, args: Args) -> PyResult {
    let t = arg_secs(vm, &args, "ctime")? as libc::time_t;
    // SAFETY: localtime_r into a valid tm.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe { libc::localtime_r(&t, &mut tm) };
    Ok(vm.new_string(asctime_tm(&tm)))
}

fn strptime(vm: &Vm, args: Args) -> PyResult {
    let m = crate::import::import_module(vm, "_strptime")?;
    let f = vm.get_attr_str(&m, "_strptime_time")?;
    vm.call_args(&f, args)
}

fn tzset(vm: &Vm, _args: Args) -> PyResult {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset re-reads TZ.
    unsafe { tzset() };
    if let Ok(m) = crate::import::import_module(vm, "time") {
        set_tz_attrs(vm, &m);
    }
    Ok(vm.none())
}

fn set_tz_attrs(vm: &Vm, m: &PyObjectRef) {
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset has no preconditions.
    unsafe { tzset() };
    // Derive zone info from January and July of the current year, as CPython's init_timezone.
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let year_start = now - now.rem_euclid(365 * 86400);
    let probe = |t: i64| {
        let tt = t as libc::time_t;
        // SAFETY: localtime_r into a valid tm.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        unsafe { libc::localtime_r(&tt, &mut tm) };
        let zone = if tm.tm_zone.is_null() { String::new() } else {
            // SAFETY: static zone string.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
        };
        (tm.tm_gmtoff, zone)
    };
    let (jan_off, jan_zone) = probe(year_start + 15 * 86400);
    let (jul_off, jul_zone) = probe(year_start + 196 * 86400);
    let (std_off, std_zone, dst_off, dst_zone) = if jan_off <= jul_off {
        (jan_off, jan_zone, jul_off, jul_zone)
    } else {
        (jul_off, jul_zone, jan_off, jan_zone)
    };
    let set = |k: &str, v: PyObjectRef| crate::modules::sys::set_attr(vm, m, k, v);
    set("timezone", vm.new_int(-std_off));
    set("altzone", vm.new_int(-dst_off));
    set("daylight", vm.new_int((std_off != dst_off) as i64));
    set("tzname", vm.new_tuple(vec![vm.new_string(std_zone), vm.new_string(dst_zone)]));
}

fn get_clock_info(vm: &Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "get_clock_info")?;
    let (imp, mono, adj, res) = match str_of(name) {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return Err(vm.new_value_error("unknown clock")),
    };
    let ns = crate::types::type_methods::new_instance(vm, &crate::modules::sys::simple_namespace_type(vm), Payload::Object);
    vm.set_attr_str(&ns, "implementation", vm.new_str(imp))?;
    vm.set_attr_str(&ns, "monotonic", vm.new_bool(mono))?;
    vm.set_attr_str(&ns, "adjustable", vm.new_bool(adj))?;
    vm.set_attr_str(&ns, "resolution", vm.new_float(res))?;
    Ok(ns)
}

pub fn init(vm: &Vm) -> PyResult {
    let m = vm.new_module("time", Some("This module provides various functions to manipulate time values."));
    crate::modules::sys::add_functions(vm, &m, "time", &[
        ("time", time_time), ("time_ns", time_time_ns), ("monotonic", monotonic), ("monotonic_ns", monotonic_ns),
        ("perf_counter", monotonic), ("perf_counter_ns", monotonic_ns), ("process_time", process_time),
        ("process_time_ns", process_time_ns), ("thread_time", thread_time), ("thread_time_ns", thread_time_ns),
        ("sleep", sleep), ("gmtime", gmtime), ("localtime", localtime), ("mktime", mktime), ("strftime", strftime),
        ("asctime", asctime), ("ctime", ctime), ("strptime", strptime), ("tzset", tzset), ("get_clock_info", get_clock_info),
    ]);
    crate::modules::sys::set_attr(vm, &m, "struct_time", struct_time_type(vm));
    for (k, v) in [("CLOCK_REALTIME", libc::CLOCK_REALTIME), ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID), ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID)] {
        crate::modules::sys::set_attr(vm, &m, k, vm.new_int(v as i64));
    }
    set_tz_attrs(vm, &m);
    Ok(m)
}
