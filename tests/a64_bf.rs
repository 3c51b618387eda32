//! The aarch64 brainfuck JIT (examples/bf-jit-aarch64.rs) runs under emulation and prints what
//! the x64 JIT (examples/bf-jit.rs) prints, for the bundled programs.
//!
//! The aarch64 code runs in a static aarch64 Linux executable under `qemu-aarch64` (Debian's
//! `qemu-user`, which `.ci/run` installs); without it the emulated runs are skipped, saying so.

#[allow(dead_code, clippy::all)]
#[path = "../examples/bf-jit-aarch64.rs"]
mod bf_a64;

use std::io::Write;
use std::process::{Command, Stdio};

fn qemu() -> bool {
    let ok = Command::new("qemu-aarch64")
        .arg("--version")
        .output()
        .is_ok();
    if !ok {
        eprintln!("qemu-aarch64 not found (Debian package qemu-user): skipping the emulated runs");
    }
    ok
}

/// examples/bf-jit.rs's binary: `cargo test` builds the examples next to the tests' directory.
fn bf_jit() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let bf_jit = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join("bf-jit");
    assert!(
        bf_jit.exists(),
        "{} not found: run `cargo test` (which builds the examples) or `cargo build --example bf-jit` first",
        bf_jit.display()
    );
    bf_jit
}

/// The x64 JIT's output for `program` with `input`: examples/bf-jit.rs run on a file holding
/// `program`.
fn x64_output(program: &[u8], input: &[u8]) -> Vec<u8> {
    let bf_jit = bf_jit();
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("declasm-a64-bf-{}-{run}.b", std::process::id()));
    std::fs::write(&path, program).unwrap();
    let mut child = Command::new(&bf_jit)
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bf_jit.display()));
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success());
    out.stdout
}

fn program(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/examples/programs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn bundled_programs_print_what_the_x64_jit_prints() {
    if !qemu() {
        return;
    }
    for (name, input) in [
        ("hello.b", &b""[..]),
        ("powers.b", b""),
        ("rev.b", b"declasm\n"),
    ] {
        let p = program(name);
        let expected = x64_output(&p, input);
        assert!(!expected.is_empty(), "{name}: the x64 JIT printed nothing");
        let (out, status) = bf_a64::run_emulated(&p, input).unwrap();
        assert_eq!(status, 0, "{name}: exit status");
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&expected),
            "{name}: aarch64 output differs from x64's"
        );
    }
}

#[test]
fn overflow_and_io_errors_are_reported() {
    if !qemu() {
        return;
    }
    // 127 increments, then one more: the cell overflows as a signed byte (the x64 code's `jo`);
    // 128 increments at once add -128 (the amount is an `i8`, as in the x64 code) and do not,
    // 128 decrements at once do. The x64 JIT prints its message where the status is 1.
    let overflow_message = b"An overflow occurred\n".to_vec();
    for (program, overflows) in [
        ([vec![b'+'; 127], b"><+".to_vec()].concat(), true),
        (vec![b'+'; 128], false),
        (vec![b'-'; 128], true),
        (vec![b'-'; 127], false),
    ] {
        let (_, status) = bf_a64::run_emulated(&program, b"").unwrap();
        assert_eq!(
            status,
            overflows as i32,
            "{}",
            String::from_utf8_lossy(&program)
        );
        assert_eq!(x64_output(&program, b"") == overflow_message, overflows);
    }
    // Reading past the end of the input is an I/O error.
    let (_, status) = bf_a64::run_emulated(b",", b"").unwrap();
    assert_eq!(status, 2);
    // The tape pointer wraps at both ends (left from cell 0, right from the last cell), as the
    // x64 code's does.
    let wrap = b"<+++++[>++++++++++<-]>.";
    let (out, status) = bf_a64::run_emulated(wrap, b"").unwrap();
    assert_eq!(status, 0);
    assert_eq!(out, x64_output(wrap, b""));
    assert_eq!(out[0], 50);
}

#[test]
fn unbalanced_brackets_are_refused() {
    assert!(bf_a64::executable(b"[").is_err());
    assert!(bf_a64::executable(b"]").is_err());
}
