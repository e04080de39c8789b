//! `pyrite`: the command line, as CPython's `Modules/main.c` (options, exit
//! codes, `sys.argv`/`sys.path[0]`). The interpreter runs on a thread with a
//! large stack so that deep Python recursion is bounded by the recursion
//! limit, not the OS stack.

use pyrite_vm::run::{self, Config};
use std::io::Read;

enum Target {
    Command(String),
    Module(String),
    File(String),
    Stdin,
}

const USAGE: &str = "usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...";

fn help(exe: &str) -> String {
    format!("{}\nOptions (and corresponding environment variables):\n\
-B     : don't write .pyc files on import\n\
-c cmd : program passed in as string (terminates option list)\n\
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n\
-h     : print this help message and exit (also -? or --help)\n\
-I     : isolate Python from the user's environment (implies -E and -s)\n\
-m mod : run library module as a script (terminates option list)\n\
-O     : remove assert and __debug__-dependent statements\n\
-q     : don't print version and copyright messages on interactive startup\n\
-s     : don't add user site directory to sys.path\n\
-S     : don't imply 'import site' on initialization\n\
-u     : force the stdout and stderr streams to be unbuffered\n\
-V     : print the Python version number and exit (also --version)\n\
-W arg : warning control\n\
-X opt : set implementation-specific option\n\
file   : program read from script file\n\
-      : program read from stdin (default; interactive mode if a tty)\n\
arg ...: arguments passed to program in sys.argv[1:]\n", USAGE.replace("{exe}", exe))
}

fn usage_error(exe: &str, msg: &str) -> ! {
    eprintln!("{}", msg);
    eprintln!("{}", USAGE.replace("{exe}", exe));
    eprintln!("Try `python -h' for more information.");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| args.first().cloned().unwrap_or_default());
    let mut config = Config { executable: exe.clone(), ..Default::default() };
    config.flags.hash_randomization = 1;
    let mut i = 1;
    let mut target = None;
    let mut ignore_env = false;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            target = Some(Target::Stdin);
            i += 1;
            break;
        }
        if a == "--version" {
            println!("Python 3.11.7");
            return;
        }
        if a == "--help" {
            print!("{}", help(&args[0]));
            return;
        }
        if !a.starts_with('-') || a.len() < 2 {
            target = Some(Target::File(a.clone()));
            i += 1;
            break;
        }
        if a.starts_with("--") {
            usage_error(&args[0], &format!("unknown option {}", a));
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        let mut stop = false;
        while j < chars.len() {
            let c = chars[j];
            let rest: String = chars[j + 1..].iter().collect();
            let take_arg = |i: &mut usize| -> String {
                if !rest.is_empty() {
                    rest.clone()
                } else {
                    *i += 1;
                    match args.get(*i) {
                        Some(v) => v.clone(),
                        None => usage_error(&args[0], &format!("Argument expected for the -{} option", c)),
                    }
                }
            };
            match c {
                'c' => {
                    target = Some(Target::Command(take_arg(&mut i)));
                    stop = true;
                    break;
                }
                'm' => {
                    target = Some(Target::Module(take_arg(&mut i)));
                    stop = true;
                    break;
                }
                'X' => {
                    config.xoptions.push(take_arg(&mut i));
                    break;
                }
                'W' => {
                    config.warnoptions.push(take_arg(&mut i));
                    break;
                }
                'u' => config.flags.unbuffered = true,
                'E' => {
                    ignore_env = true;
                    config.flags.ignore_environment = 1;
                }
                'S' => config.flags.no_site = 1,
                's' => config.flags.no_user_site = 1,
                'I' => {
                    ignore_env = true;
                    config.flags.isolated = 1;
                    config.flags.ignore_environment = 1;
                    config.flags.no_user_site = 1;
                    config.flags.safe_path = true;
                }
                'P' => config.flags.safe_path = true,
                'B' => config.flags.dont_write_bytecode = 1,
                'O' => config.flags.optimize += 1,
                'q' => config.flags.quiet = 1,
                'v' => config.flags.verbose += 1,
                'b' => config.flags.bytes_warning += 1,
                'd' => config.flags.debug += 1,
                'i' => config.flags.inspect = 1,
                'R' => {}
                'x' => {}
                'V' => {
                    println!("Python 3.11.7");
                    return;
                }
                'h' | '?' => {
                    print!("{}", help(&args[0]));
                    return;
                }
                _ => usage_error(&args[0], &format!("Unknown option: -{}", c)),
            }
            j += 1;
        }
        i += 1;
        if stop {
            break;
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    if !ignore_env {
        if let Ok(p) = std::env::var("PYTHONPATH") {
            config.pythonpath = p.split(':').filter(|s| !s.is_empty()).map(|s| s.to_string()).collect();
        }
        if std::env::var("PYTHONUNBUFFERED").map(|v| !v.is_empty()).unwrap_or(false) {
            config.flags.unbuffered = true;
        }
        if std::env::var("PYTHONDONTWRITEBYTECODE").map(|v| !v.is_empty()).unwrap_or(false) {
            config.flags.dont_write_bytecode = 1;
        }
        if std::env::var("PYTHONSAFEPATH").map(|v| !v.is_empty()).unwrap_or(false) {
            config.flags.safe_path = true;
        }
        if let Ok(v) = std::env::var("PYTHONOPTIMIZE") {
            let n = v.parse::<i64>().unwrap_or(if v.is_empty() { 0 } else { 1 });
            config.flags.optimize = config.flags.optimize.max(n);
        }
        // A fixed PYTHONHASHSEED disables hash randomisation.
        if let Ok(v) = std::env::var("PYTHONHASHSEED") {
            config.flags.hash_randomization = if v == "0" { 0 } else { 1 };
        }
    }
    // sys.warnoptions, lowest precedence first (CPython's config_init_warnoptions).
    let mut warn = Vec::new();
    let dev = config.xoptions.iter().any(|x| x == "dev") || (!ignore_env && std::env::var("PYTHONDEVMODE").map(|v| !v.is_empty()).unwrap_or(false));
    if dev {
        config.flags.dev_mode = true;
        warn.push("default".to_string());
    }
    if !ignore_env {
        if let Ok(w) = std::env::var("PYTHONWARNINGS") {
            warn.extend(w.split(',').map(|s| s.trim()).filter(|s| !s.is_empty()).map(String::from));
        }
    }
    warn.extend(config.warnoptions.drain(..));
    if config.flags.bytes_warning > 1 {
        warn.push("error::BytesWarning".to_string());
    } else if config.flags.bytes_warning == 1 {
        warn.push("default::BytesWarning".to_string());
    }
    config.warnoptions = warn;
    let target = target.unwrap_or(Target::Stdin);
    let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
    match &target {
        Target::Command(_) => {
            config.argv = std::iter::once("-c".to_string()).chain(rest).collect();
            config.path0 = if config.flags.safe_path { None } else { Some(String::new()) };
        }
        Target::Module(_) => {
            config.argv = std::iter::once("-m".to_string()).chain(rest).collect();
            config.path0 = if config.flags.safe_path { None } else { Some(cwd.clone()) };
        }
        Target::File(f) => {
            config.argv = std::iter::once(f.clone()).chain(rest).collect();
            let abs = std::path::Path::new(&cwd).join(f);
            let dir = abs.parent().map(|p| normalize(&p.display().to_string())).unwrap_or_default();
            config.path0 = if config.flags.safe_path { None } else { Some(dir) };
        }
        Target::Stdin => {
            config.argv = if rest.is_empty() { vec![String::new()] } else { std::iter::once("-".to_string()).chain(rest).collect() };
            config.path0 = if config.flags.safe_path { None } else { Some(String::new()) };
        }
    }
    let exe2 = args[0].clone();
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run_main(config, target, exe2));
    let code = match child {
        Ok(h) => {
            // Leave process-directed signals to the interpreter thread (as in
            // single-threaded CPython, `os.kill(os.getpid(), sig)` then runs
            // the handler before kill() returns).
            pyrite_vm::modules::signal::block_async_signals();
            h.join().unwrap_or(1)
        }
        Err(_) => run_main_fallback(),
    };
    std::process::exit(code);
}

fn run_main_fallback() -> i32 {
    eprintln!("pyrite: could not start the interpreter thread");
    1
}

/// Collapse `.` and `..` components of an absolute path.
fn normalize(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

fn run_main(config: Config, target: Target, argv0: String) -> i32 {
    pyrite_stdlib::register();
    let vm = match run::init(&config) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("Fatal Python error: init failed");
            let _ = e;
            return 1;
        }
    };
    let result = match &target {
        Target::Command(cmd) => run::run_source(&vm, cmd, "<string>", None),
        Target::Module(m) => run::run_module(&vm, m),
        Target::File(f) => {
            let cwd = std::env::current_dir().map(|p| p.display().to_string()).unwrap_or_default();
            let abs = normalize(&std::path::Path::new(&cwd).join(f).display().to_string());
            match std::fs::read(f) {
                Ok(bytes) => {
                    if std::path::Path::new(f).is_dir() {
                        eprintln!("{}: can't find '__main__' module in '{}'", argv0, f);
                        return 1;
                    }
                    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes)).into_owned();
                    run::run_source(&vm, &text, &abs, Some(&abs))
                }
                Err(e) => {
                    if std::path::Path::new(f).is_dir() {
                        eprintln!("{}: can't find '__main__' module in '{}'", argv0, f);
                        return 1;
                    }
                    let errno = e.raw_os_error().unwrap_or(2);
                    eprintln!("{}: can't open file '{}': [Errno {}] {}", argv0, abs, errno, pyrite_vm::exceptions::strerror(errno));
                    return 2;
                }
            }
        }
        Target::Stdin => {
            let mut src = String::new();
            let mut buf = Vec::new();
            if std::io::stdin().read_to_end(&mut buf).is_ok() {
                src = String::from_utf8_lossy(&buf).into_owned();
            }
            run::run_source(&vm, &src, "<stdin>", None)
        }
    };
    let code = run::finish(&vm, result);
    if code == 130 {
        // An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does.
        // SAFETY: restoring the default disposition and signalling ourselves.
        unsafe {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            libc::raise(libc::SIGINT);
        }
    }
    code
}
