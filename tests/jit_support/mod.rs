//! Shared by the tests of the perf map, the jitdump, the GDB JIT interface and the listing:
//! a JIT function with named ranges, running the test binary itself as a child (under perf or
//! gdb), and finding the tools.
#![allow(dead_code)]

use declasm::{dynasm, DynasmApi, DynasmLabelApi};
use std::process::{Command, Output};

/// Environment variable that turns a `child_*` test of the binary into the real thing.
pub const CHILD: &str = "DECLASM_TEST_CHILD";

/// Whether this process is the child that `name` asked for.
pub fn is_child(name: &str) -> bool {
    std::env::var(CHILD).is_ok_and(|v| v == name)
}

/// A command running test `test` of this test binary as a child (with `CHILD=test`).
pub fn child_command(program: &str, before: &[&str], test: &str) -> Command {
    let exe = std::env::current_exe().unwrap();
    let mut c = Command::new(program);
    c.args(before)
        .arg(exe)
        .args(["--exact", test, "--nocapture", "--test-threads=1"])
        .env(CHILD, test);
    c
}

/// Whether `tool --version` runs.
pub fn have(tool: &str) -> bool {
    Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Text of both output streams.
pub fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Emits a sysv64 function `fn(u64) -> u64` that loops `n` times around an inner loop of 1000
/// iterations, in three named ranges: `->jit_entry:` (global label), `jit_inner` (a dynamic label
/// named through the API, the hot loop) and `->jit_exit:`; before them a few bytes of unnamed
/// code (an `int3`, never run). Returns the entry and the inner loop's label.
pub fn hot_function(
    ops: &mut declasm::x64::Assembler,
) -> (declasm::AssemblyOffset, declasm::DynamicLabel) {
    let inner = ops.new_dynamic_label();
    ops.name_dynamic_label(inner, "jit_inner");
    dynasm!(ops
        ; .arch x64
        ; int3                  // unnamed code, never run
        ; ->jit_entry:
        ; xor eax, eax
        ; outer:
        ; mov rcx, 1000
        ; =>inner
        ; add rax, rcx
        ; dec rcx
        ; jnz =>inner
        ; dec rdi
        ; jnz <outer
        ; jmp ->jit_exit
        ; .align 16
        ; ->jit_exit:
        ; ret
    );
    (ops.labels().resolve_global("jit_entry").unwrap(), inner)
}

/// Runs the function of [`hot_function`] (committed in `ops`) with `n`.
pub fn run_hot(ops: &declasm::x64::Assembler, entry: declasm::AssemblyOffset, n: u64) -> u64 {
    let reader = ops.reader();
    let code = reader.lock();
    // SAFETY: `entry` starts a complete sysv64 function taking and returning a u64 (see
    // hot_function); the read guard keeps the code alive and executable while it runs.
    let f: extern "sysv64" fn(u64) -> u64 = unsafe { std::mem::transmute(code.ptr(entry)) };
    f(n)
}

/// The address range of `ops`'s committed code, as `lo hi` in hex.
pub fn code_range(ops: &declasm::x64::Assembler) -> (u64, u64) {
    let reader = ops.reader();
    let code = reader.lock();
    let lo = code.ptr(declasm::AssemblyOffset(0)) as u64;
    (lo, lo + code.len() as u64)
}

/// Parses `JIT lo hi` (hex) from a child's output.
pub fn parse_range(out: &str) -> Option<(u64, u64)> {
    let line = out
        .lines()
        .find_map(|l| l.split_once("JIT ").map(|(_, r)| r))?;
    let mut it = line.split_whitespace().map(|w| u64::from_str_radix(w, 16));
    Some((it.next()?.ok()?, it.next()?.ok()?))
}

/// Samples of `perf script -F ip,sym` whose ip is in `[lo, hi)`: (ip, symbol or "[unknown]").
pub fn jit_samples(perf_data: &std::path::Path, lo: u64, hi: u64) -> Vec<(u64, String)> {
    let out = Command::new("perf")
        .args(["script", "-F", "ip,sym", "-i"])
        .arg(perf_data)
        .output()
        .expect("perf script");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let (ip, sym) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            let ip = u64::from_str_radix(ip, 16).ok()?;
            (lo <= ip && ip < hi).then(|| (ip, sym.trim().to_string()))
        })
        .collect()
}

/// Whether `perf record` works here (prints why not otherwise).
pub fn perf_can_record() -> bool {
    if !have("perf") {
        println!("SKIPPED: perf is not installed (Debian: apt-get install linux-perf)");
        return false;
    }
    let dir = std::env::temp_dir().join(format!("declasm-perf-probe-{}", std::process::id()));
    let o = Command::new("perf")
        .args(["record", "-e", "cpu-clock", "-o"])
        .arg(&dir)
        .args(["--", "true"])
        .output();
    let _ = std::fs::remove_file(&dir);
    match o {
        Ok(o) if o.status.success() => true,
        Ok(o) => {
            let paranoid =
                std::fs::read_to_string("/proc/sys/kernel/perf_event_paranoid").unwrap_or_default();
            println!(
                "SKIPPED: `perf record -e cpu-clock` fails on this machine \
                 (kernel.perf_event_paranoid = {}; lower it with `sysctl -w kernel.perf_event_paranoid=1`):\n{}",
                paranoid.trim(),
                text(&o)
            );
            false
        }
        Err(e) => {
            println!("SKIPPED: cannot run perf: {e}");
            false
        }
    }
}
