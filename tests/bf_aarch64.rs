//! The aarch64 brainfuck compiler (examples/bf-jit-aarch64.rs, `dynasm!` with `.arch aarch64`)
//! run under qemu-user: the bundled programs give the output of the x64 JIT (tests/tutorial.rs's
//! expected texts; `powers.b` prints n and n^4 for n = 1..45). Skipped, with a note, where
//! `qemu-aarch64` is not installed (Debian: `apt-get install qemu-user`; CI installs it) and the
//! host is not aarch64 Linux.

#[allow(dead_code)]
#[path = "../examples/bf-jit-aarch64.rs"]
mod bf;

use std::io::Write;
use std::process::{Command, Stdio};

/// The runner: the executable itself on aarch64 Linux, else qemu-aarch64 if installed.
fn runner() -> Option<Vec<String>> {
    if cfg!(all(target_arch = "aarch64", target_os = "linux")) {
        return Some(vec![]);
    }
    let found = Command::new("qemu-aarch64")
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    found.then(|| vec!["qemu-aarch64".to_string()])
}

fn run(name: &str, input: &[u8]) -> Option<Vec<u8>> {
    let runner = runner()?;
    let program = std::fs::read(format!("examples/programs/{name}")).unwrap();
    let exe = bf::executable(&program).unwrap();
    let path =
        std::env::temp_dir().join(format!("declasm-bf-aarch64-{}-{name}", std::process::id()));
    std::fs::write(&path, exe).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut cmd = match runner.first() {
        Some(q) => {
            let mut c = Command::new(q);
            c.arg(&path);
            c
        }
        None => Command::new(&path),
    };
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(out.status.success(), "{name}: {}", out.status);
    Some(out.stdout)
}

#[test]
fn bundled_programs_under_emulation() {
    let Some(hello) = run("hello.b", b"") else {
        eprintln!("qemu-aarch64 not found: the aarch64 brainfuck programs were compiled, not run");
        // Still compiled: the compiler must accept every bundled program.
        for name in ["hello.b", "rev.b", "powers.b"] {
            let program = std::fs::read(format!("examples/programs/{name}")).unwrap();
            assert!(bf::executable(&program).is_ok(), "{name}");
        }
        return;
    };
    assert_eq!(String::from_utf8(hello).unwrap(), "Hello World!\n");
    assert_eq!(run("rev.b", b"tutorial\n").unwrap(), b"lairotut\n");
    let powers: String = (1u64..=45)
        .map(|n| format!("{n:03} {:08}\n", n.pow(4)))
        .collect();
    assert_eq!(
        String::from_utf8(run("powers.b", b"").unwrap()).unwrap(),
        powers
    );
}

#[test]
fn unbalanced_brackets_are_errors() {
    assert_eq!(bf::compile(b"[", 0), Err("[ without ]"));
    assert_eq!(bf::compile(b"]", 0), Err("] without ["));
}
