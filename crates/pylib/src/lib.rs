//! Embedded Lib/.
