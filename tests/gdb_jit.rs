//! The GDB JIT interface (feature `gdb-jit`): gdb, running this test binary's child, stops in
//! JIT code (an `int3`) and names the frame, `info symbol` and `disassemble` included (skipped,
//! with a message, where gdb is missing).

mod jit_support;

use declasm::{dynasm, DynasmApi, DynasmLabelApi};
use jit_support::*;

/// The child: JIT code in two named ranges; `jit_trap` stops at an `int3`. Registered with gdb
/// through the API, or by `DECLASM_PERF=gdb` when that is set.
#[test]
fn child_trap() {
    if !is_child("child_trap") {
        return;
    }
    let mut ops = declasm::x64::Assembler::new().unwrap();
    if std::env::var_os("DECLASM_PERF").is_none() {
        ops.enable_gdb_jit();
    }
    let trap = ops.new_dynamic_label();
    ops.name_dynamic_label(trap, "jit_trap");
    dynasm!(ops
        ; .arch x64
        ; ->jit_caller:
        ; push rbp
        ; mov rbp, rsp
        ; call =>trap
        ; pop rbp
        ; ret
        ; =>trap
        ; mov eax, 42
        ; int3
        ; ret
    );
    ops.commit().unwrap();
    let start = ops.labels().resolve_global("jit_caller").unwrap();
    let reader = ops.reader();
    let code = reader.lock();
    // SAFETY: `start` begins a complete sysv64 function returning an i32; the guard keeps the
    // code alive and executable while it runs. (Without a debugger the int3 kills the child.)
    let f: extern "sysv64" fn() -> i32 = unsafe { std::mem::transmute(code.ptr(start)) };
    println!("returned {}", f());
}

#[test]
fn gdb_names_the_jit_frames() {
    gdb_names_the_jit_frames_of_the_child(None);
}

#[test]
fn declasm_perf_gdb_in_the_environment() {
    gdb_names_the_jit_frames_of_the_child(Some("gdb"));
}

fn gdb_names_the_jit_frames_of_the_child(declasm_perf: Option<&str>) {
    if !have("gdb") {
        println!("SKIPPED: gdb is not installed (Debian: apt-get install gdb)");
        return;
    }
    let script = [
        "-ex",
        "set pagination off",
        "-ex",
        "set confirm off",
        "-ex",
        "run",
        "-ex",
        "bt",
        "-ex",
        "info symbol $pc",
        "-ex",
        "disassemble",
        "-ex",
        "kill",
    ];
    let mut args = vec!["--batch", "-nx"];
    args.extend(script);
    args.push("--args");
    let mut gdb = child_command("gdb", &args, "child_trap");
    gdb.env_remove("DECLASM_PERF");
    if let Some(v) = declasm_perf {
        gdb.env("DECLASM_PERF", v);
    }
    let o = gdb.output().unwrap();
    let out = text(&o);
    // Frame #0 is in jit_trap, its caller in jit_caller.
    let frame0 = out
        .lines()
        .find(|l| l.starts_with("#0"))
        .unwrap_or_else(|| panic!("no bt:\n{out}"));
    assert!(
        frame0.contains("in jit_trap"),
        "frame #0 is not named:\n{out}"
    );
    let frame1 = out.lines().find(|l| l.starts_with("#1"));
    assert!(
        frame1.is_some_and(|l| l.contains("jit_caller")),
        "frame #1 is not named:\n{out}"
    );
    // The pc is after the int3 (mov eax, 42 is 5 bytes, int3 1).
    assert!(
        out.contains("jit_trap + 6 in section .text"),
        "info symbol:\n{out}"
    );
    assert!(
        out.contains("Dump of assembler code for function jit_trap"),
        "disassemble:\n{out}"
    );
    assert!(out.contains("int3"), "disassemble:\n{out}");
    println!(
        "{}",
        out.lines()
            .filter(|l| l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
