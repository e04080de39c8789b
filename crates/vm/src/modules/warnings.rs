//! The native side of warnings: `warn()` from Rust code goes through the
//! Python `warnings` module when it is importable, else prints CPython's
//! default one-line report.

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

pub fn warn(vm: &Vm, category: &PyObjectRef, msg: &str, stacklevel: i64) -> PyResult<()> {
    match crate::import::import_module(vm, "warnings") {
        Ok(w) => {
            let f = vm.get_attr_str(&w, "warn")?;
            vm.call(&f, &[vm.new_str(msg), category.clone(), vm.new_int(stacklevel)])?;
            Ok(())
        }
        Err(_) => {
            let name = crate::types::type_::as_type(category).map(|t| t.name()).unwrap_or_default();
            eprintln!("{}: {}", name, msg);
            Ok(())
        }
    }
}
