//! The builtin exception hierarchy of CPython 3.11 (`Objects/exceptions.c`)
//! and the helpers that build OS errors from `std::io::Error`.

use crate::object::PyObjectRef;
use crate::types::type_::BaseKind;
use crate::vm::{new_static_type, PyErr, Vm};

macro_rules! exc_hierarchy {
    ($base:ident : $bname:literal; $( $field:ident : $name:literal < $parent:ident ),* $(,)?) => {
        pub struct ExcTypes {
            pub $base: PyObjectRef,
            $(pub $field: PyObjectRef,)*
        }
        impl ExcTypes {
            pub(crate) fn create(type_type: &PyObjectRef, dict_type: &PyObjectRef, object_type: &PyObjectRef) -> ExcTypes {
                let $base = new_static_type(type_type, dict_type, $bname, vec![object_type.clone()], BaseKind::Exception, true);
                $(let $field = new_static_type(type_type, dict_type, $name, vec![$parent.clone()], BaseKind::Exception, true);)*
                ExcTypes { $base, $($field,)* }
            }
            /// (name, class) of every builtin exception, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, PyObjectRef)> {
                vec![($bname, self.$base.clone()), $(($name, self.$field.clone()),)*]
            }
        }
    };
}

exc_hierarchy! {
    base_exception: "BaseException";
    base_exception_group: "BaseExceptionGroup" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    system_exit: "SystemExit" < base_exception,
    exception: "Exception" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    interrupted_error: "InterruptedError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    bytes_warning: "BytesWarning" < warning,
    deprecation_warning: "DeprecationWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
    future_warning: "FutureWarning" < warning,
    import_warning: "ImportWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    user_warning: "UserWarning" < warning,
}

/// The OSError subclass CPython picks for an errno (`errno_to_subclass`).
pub fn os_error_class_for_errno(vm: &Vm, errno: i32) -> PyObjectRef {
    let e = &vm.ctx.exc;
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => e.blocking_io_error.clone(),
        libc::ECHILD => e.child_process_error.clone(),
        libc::EPIPE | libc::ESHUTDOWN => e.broken_pipe_error.clone(),
        libc::ECONNABORTED => e.connection_aborted_error.clone(),
        libc::ECONNREFUSED => e.connection_refused_error.clone(),
        libc::ECONNRESET => e.connection_reset_error.clone(),
        libc::EEXIST => e.file_exists_error.clone(),
        libc::ENOENT => e.file_not_found_error.clone(),
        libc::EISDIR => e.is_a_directory_error.clone(),
        libc::ENOTDIR => e.not_a_directory_error.clone(),
        libc::EINTR => e.interrupted_error.clone(),
        libc::EACCES | libc::EPERM => e.permission_error.clone(),
        libc::ESRCH => e.process_lookup_error.clone(),
        libc::ETIMEDOUT => e.timeout_error.clone(),
        _ => e.os_error.clone(),
    }
}

/// `strerror(errno)` as CPython prints it.
pub fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a pointer to a static or thread-local string.
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {}", errno);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Build `OSError(errno, strerror[, filename[, winerror, filename2]])` with the right subclass.
pub fn os_error_from_errno(vm: &Vm, errno: i32, filename: Option<PyObjectRef>, filename2: Option<PyObjectRef>) -> PyErr {
    let cls = os_error_class_for_errno(vm, errno);
    let mut args = vec![vm.new_int(errno as i64), vm.new_string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f);
        if let Some(f2) = filename2 {
            args.push(vm.none());
            args.push(f2);
        }
    }
    let err = vm.new_exception(&cls, args.clone());
    crate::types::exception_methods::init_os_error_attrs(vm, &err.0, &args);
    err
}

pub fn os_error_from_io(vm: &Vm, e: &std::io::Error, filename: Option<PyObjectRef>, filename2: Option<PyObjectRef>) -> PyErr {
    match e.raw_os_error() {
        Some(errno) => os_error_from_errno(vm, errno, filename, filename2),
        None => {
            let errno = match e.kind() {
                std::io::ErrorKind::NotFound => libc::ENOENT,
                std::io::ErrorKind::PermissionDenied => libc::EACCES,
                std::io::ErrorKind::AlreadyExists => libc::EEXIST,
                std::io::ErrorKind::WouldBlock => libc::EAGAIN,
                std::io::ErrorKind::BrokenPipe => libc::EPIPE,
                std::io::ErrorKind::InvalidInput => libc::EINVAL,
                std::io::ErrorKind::Interrupted => libc::EINTR,
                _ => libc::EIO,
            };
            os_error_from_errno(vm, errno, filename, filename2)
        }
    }
}

/// The last OS error (`errno`) as an OSError.
pub fn last_os_error(vm: &Vm, filename: Option<PyObjectRef>) -> PyErr {
    let e = std::io::Error::last_os_error();
    os_error_from_io(vm, &e, filename, None)
}
