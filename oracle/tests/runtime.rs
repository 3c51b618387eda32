//! The runtime tests (tests/runtime.rs at the root), built here with `declasm_oracle` set so
//! that the label test compares with dynasmrt 5.1's `dynasm!`.
#[path = "../../tests/runtime.rs"]
mod runtime;
