//! Native standard-library modules that are not needed to boot the
//! interpreter. They use only the VM's public API. `MODULES` is the registry
//! of everything this crate provides, readable top to bottom.

use pyrite_vm::modules::ModuleInit;

pub mod math;
pub mod random;
pub mod sha512;
pub mod struct_;
pub mod binascii;
pub mod array;
pub mod cmath;
pub mod cmath_special;
pub mod argcheck;
pub mod posix;
pub mod errno;
pub mod atexit;
pub mod gc;
pub mod _weakref;
pub mod termios;
pub mod fcntl;
pub mod pwd;
pub mod resource;
pub mod select;
pub mod posixsubprocess;
pub mod pyrite_hash;
pub mod zlib;
pub mod json;

/// Every module of this crate: (name, initialiser).
pub static MODULES: &[(&str, ModuleInit)] = &[
    ("math", math::init),
    ("unicodedata", pyrite_vm::unicode::unicodedata_init),
    ("_random", random::init),
    ("_sha512", sha512::init),
    ("_struct", struct_::init),
    ("binascii", binascii::init),
    ("array", array::init),
    ("cmath", cmath::init),
    ("posix", posix::init),
    ("errno", errno::init),
    ("atexit", atexit::init),
    ("gc", gc::init),
    ("_weakref", _weakref::init),
    ("termios", termios::init),
    ("fcntl", fcntl::init),
    ("pwd", pwd::init_pwd),
    ("grp", pwd::init_grp),
    ("resource", resource::init),
    ("select", select::init),
    ("_posixsubprocess", posixsubprocess::init),
    ("_pyrite_hash", pyrite_hash::init),
    ("zlib", zlib::init),
    ("_pyrite_json", json::init),
];

/// Make these modules importable (called by the binary at start-up).
pub fn register() {
    pyrite_vm::stdlib_hook::register(MODULES);
}
