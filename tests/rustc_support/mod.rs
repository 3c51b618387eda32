//! Shared by the tests that compile a case with rustc against the declasm library the test
//! itself was built with (tests/compile_fail.rs, tests/runs.rs): the same front end as the test
//! build's profile, debug or release, and no build tool in between.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory holding the test build's dependencies, and the newest declasm rlib in it (the
/// one cargo has just built for this test).
pub fn artifacts() -> (PathBuf, PathBuf) {
    let exe = std::env::current_exe().unwrap();
    let deps = exe.parent().unwrap().to_path_buf();
    let rlib = std::fs::read_dir(&deps)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.starts_with("libdeclasm-") && n.ends_with(".rlib")
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .expect("the declasm rlib next to the test binary")
        .path();
    (deps, rlib)
}

/// rustc (`$RUSTC`, or `rustc`), with the test build's dependencies and its declasm as the
/// crate `declasm`; the caller adds the case, the crate type and what to emit.
pub fn rustc(deps: &Path, rlib: &Path) -> Command {
    let mut cmd = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()));
    cmd.arg("-L")
        .arg(format!("dependency={}", deps.display()))
        .arg("--extern")
        .arg(format!("declasm={}", rlib.display()));
    cmd
}
