#!/usr/bin/env python3
"""Ask the oracle (dynasmrt 5.1, a black box) what it does with `.arch aarch64` dynasm! statements.

Usage: tools/a64_probe.py [FILE]   (one dynasm! body per line, e.g. `add x0, x1, 3` or
`back: ; b <back`; lines starting with # are skipped).  Prints one line per input:
`OK <hex bytes>\t<statement>`, `ERR <first line of the compile error>\t<statement>`,
`RTERR <finalize error>\t<statement>` or `PANIC <panic message>\t<statement>` (run time).

Each statement is assembled alone, as
    dynasm!(ops ; .arch aarch64 ; ->glob: ; back: ; =>dynl ; <STATEMENT> ; fwd: )
into a `dynasmrt::VecAssembler::<dynasmrt::aarch64::Aarch64Relocation>::new(BASE)` (BASE =
PROBE_BASE, default 0x10000, as for the x64 records), so the statement may reference the labels
`->glob`, `<back`, `>fwd`, `=>dynl` (the first three at offset 0 / the statement's own address,
`fwd` just after it).  The bytes printed are the whole output of `finalize()`.

PROBE_FULL=1 prints whole error messages (a mnemonic's accepted forms).

Run-time values in scope (see PRE): x: u32 = 3, i: i32 = -2, u64v: u64 = 0x1234,
i64v: i64 = -8, u8v: u8 = 7, u16v: u16 = 0x1234, i16v: i16 = 4, us: usize = 8, isz: isize = 8,
f32v: f32 = 1.0, f64v: f64 = 1.0, big: u32 = 0xFFFF_FFFF, neg: i32 = -1, huge: u64 = u64::MAX,
dynreg: u8 = 9, dr32: u32 = 9, dr64: u64 = 9, dzero: u8 = 0, d31: u8 = 31, d33: u8 = 33.

Statements the oracle rejects are found from rustc's JSON diagnostics and removed, then the crate
is rebuilt, until it compiles.  Scratch crate: PROBE_DIR (default /tmp/a64-probe-<checkout>);
target dir: PROBE_TARGET.  As a module: `probe(list_of_statements) -> list of result strings`.
"""
import json, os, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.environ.get("PROBE_DIR", "/tmp/a64-probe-" + os.path.basename(ROOT))
TARGET = os.environ.get("PROBE_TARGET", "/tmp/declasm-probe-target")
BASE = os.environ.get("PROBE_BASE", "0x10000")
NAME = "a64probe_" + "".join(c if c.isalnum() else "_" for c in WORK.strip("/"))
PRE = """    let x: u32 = 3; let i: i32 = -2; let u64v: u64 = 0x1234; let i64v: i64 = -8; let u8v: u8 = 7;
    let u16v: u16 = 0x1234; let i16v: i16 = 4; let us: usize = 8; let isz: isize = 8;
    let f32v: f32 = 1.0; let f64v: f64 = 1.0; let big: u32 = 0xFFFF_FFFF; let neg: i32 = -1; let huge: u64 = u64::MAX;
    let dynreg: u8 = 9; let dr32: u32 = 9; let dr64: u64 = 9; let dzero: u8 = 0; let d31: u8 = 31; let d33: u8 = 33;
"""
FULL = os.environ.get("PROBE_FULL") == "1"  # whole error messages (e.g. the list of forms)
CHUNK = int(os.environ.get("PROBE_CHUNK", "400"))


def build(stmts, active):
    os.makedirs(WORK + "/src", exist_ok=True)
    with open(WORK + "/Cargo.toml", "w") as f:
        f.write(f'[package]\nname = "{NAME}"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\ndynasmrt = "=5.1.0"\n'
                '[profile.dev]\nopt-level = 0\ndebug = false\nincremental = false\n[workspace]\n')
    lines = ["#![allow(unused)]",
             "use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler, aarch64::Aarch64Relocation};"]
    owner = {}
    for i in active:
        start = len(lines) + 1
        lines.append(f"fn t{i}() -> Result<Vec<u8>, String> {{")
        lines.append(f"    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new({BASE});")
        lines.extend(PRE.rstrip("\n").split("\n"))
        lines.append("    let dynl = ops.new_dynamic_label();")
        lines.append("    dynasm!(ops ; .arch aarch64 ; ->glob: ; back: ; =>dynl")
        lines.append("        ; " + stmts[i])
        lines.append("        ; fwd: );")
        lines.append("    ops.finalize().map_err(|e| format!(\"{:?}\", e))")
        lines.append("}")
        for l in range(start, len(lines) + 1):
            owner[l] = i
    lines.append("fn run(n: usize, f: fn() -> Result<Vec<u8>, String>) {")
    lines.append("    match std::panic::catch_unwind(f) {")
    lines.append('        Ok(Ok(b)) => println!("{} OK {}", n, b.iter().map(|x| format!("{:02X}", x)).collect::<Vec<_>>().join(" ")),')
    lines.append('        Ok(Err(e)) => println!("{} RTERR {}", n, e.replace(\'\\n\', " ")),')
    lines.append('        Err(p) => { let m = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default(); println!("{} PANIC {}", n, m.replace(\'\\n\', " ")) }')
    lines.append("    }")
    lines.append("}")
    lines.append("fn main() {")
    lines.append("    std::panic::set_hook(Box::new(|_| {}));")
    for i in active:
        lines.append(f"    run({i}, t{i});")
    lines.append("}")
    with open(WORK + "/src/main.rs", "w") as f:
        f.write("\n".join(lines) + "\n")
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET, CARGO_BUILD_JOBS="1")
    r = subprocess.run(["cargo", "build", "-q", "--message-format=json"], cwd=WORK, capture_output=True, text=True, env=env)
    errs = {}
    for line in r.stdout.splitlines():
        try:
            m = json.loads(line)
        except ValueError:
            continue
        if m.get("reason") != "compiler-message":
            continue
        msg = m["message"]
        if msg["level"] != "error":
            continue
        for sp in msg.get("spans", []):
            while sp is not None and not sp["file_name"].endswith("main.rs"):
                sp = (sp.get("expansion") or {}).get("span")
            if sp is not None:
                i = owner.get(sp["line_start"])
                if i is not None and i not in errs:
                    errs[i] = msg["message"] if FULL else msg["message"].split("\n")[0]
    return r.returncode == 0, errs, r.stderr


def probe_chunk(stmts):
    active = list(range(len(stmts)))
    rejected = {}
    for _ in range(20):
        ok, errs, stderr = build(stmts, active)
        if ok:
            break
        if not errs:
            sys.stderr.write(stderr[-3000:])
            raise SystemExit("a64_probe: build failed without attributable errors")
        rejected.update(errs)
        active = [i for i in active if i not in errs]
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
    out = subprocess.run(["cargo", "run", "-q"], cwd=WORK, capture_output=True, text=True, env=env).stdout
    res = {}
    for line in out.splitlines():
        idx, rest = line.split(" ", 1)
        res[int(idx)] = rest
    return [("ERR " + rejected[i]) if i in rejected else res.get(i, "MISSING") for i in range(len(stmts))]


def probe(stmts):
    out = []
    for k in range(0, len(stmts), CHUNK):
        out.extend(probe_chunk(stmts[k:k + CHUNK]))
    return out


def main():
    src = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    stmts = [l.strip() for l in src if l.strip() and not l.strip().startswith("#")]
    for s, r in zip(stmts, probe(stmts)):
        print(f"{r}\t{s}")


if __name__ == "__main__":
    main()
