//! The pyrite runtime.
