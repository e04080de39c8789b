//! Registration point for native modules that live outside this crate (the
//! `pyrite-stdlib` crate registers its modules here at start-up).

use crate::modules::ModuleInit;
use std::sync::OnceLock;

static EXTRA: OnceLock<&'static [(&'static str, ModuleInit)]> = OnceLock::new();

pub fn register(modules: &'static [(&'static str, ModuleInit)]) {
    let _ = EXTRA.set(modules);
}

pub fn find(name: &str) -> Option<ModuleInit> {
    EXTRA.get().and_then(|m| m.iter().find(|(n, _)| *n == name).map(|(_, f)| *f))
}

pub fn names() -> Vec<&'static str> {
    EXTRA.get().map(|m| m.iter().map(|(n, _)| *n).collect()).unwrap_or_default()
}
