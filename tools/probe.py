#!/usr/bin/env python3
"""Ask the oracle (dynasmrt 5.1, a black box) what it does with dynasm! statements.

Usage: tools/probe.py [--declasm] [FILE]   (one dynasm! body per line, e.g. `add rax, 1` or
`->l: ; jmp ->l`; lines starting with # are skipped).  Prints one line per input:
`OK <hex bytes>\t<statement>` or `ERR <first line of the error>\t<statement>`.

Each statement is assembled alone into a VecAssembler at base address 0 (or PROBE_BASE) inside a
scratch crate (by default /tmp/declasm-probe).  Statements the oracle rejects are
found from rustc's JSON diagnostics and removed, then the crate is rebuilt, until
it compiles.  Variables available to statements: i8v, i16v, i32v, i64v (0x11..),
and `dynreg: u8 = 9` for dynamic registers; for the operand expression grammar also
`min_stack`, `offset` (i32), `arity`, `us` (usize), `big` (u64), `fl` (f64), `arr`, `foo`/`rfoo`
(a `Foo` with methods `get`, `reg`), `tup`, `regs`, the macros `eight!()`, `ptr_size!()`, the
module `m` (`m::C`, `m::f()`, `m::r()`), `K`, `KU` and `r()`. The statement is assembled between the labels
`->glob:`, `back:`, `=>dynl` (before) and `fwd:` (after), so it may reference them.
"""
import json, os, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DECLASM = "--declasm" in sys.argv
if DECLASM:
    sys.argv.remove("--declasm")
# One scratch crate per checkout, so that several checkouts can probe at once.
WORK = os.environ.get("PROBE_DIR", "/tmp/declasm-probe-" + os.path.basename(ROOT)) + ("-declasm" if DECLASM else "")
# Scratch crates share one target directory (cargo serialises builds: good on 2 cores).
TARGET = os.environ.get("PROBE_TARGET", "/tmp/declasm-probe-target")
# The assembler's base address (PROBE_BASE; tools/cases.py records at 0x10000).
BASE = os.environ.get("PROBE_BASE", "0")
NAME = "probe_" + "".join(c if c.isalnum() else "_" for c in WORK.strip("/"))
PRE = """    let i8v: i8 = 0x11; let i16v: i16 = 0x2211; let i32v: i32 = 0x44332211; let i64v: i64 = 0x7766554433221100;
    let _ = (i8v, i16v, i32v, i64v); let dynreg: u8 = 9; let _ = dynreg;
    let min_stack: i32 = 32; let offset: i32 = 2; let arity: usize = 3; let us: usize = 8; let big: u64 = 1;
    let fl: f64 = 1.0; let arr = [8i32; 4]; let foo = Foo { a: 1, b: 2 }; let tup = (8i32, 9i8); let regs = [1u8, 2u8];
    let rfoo = &foo;
"""

def build(stmts, active):
    os.makedirs(WORK + "/src", exist_ok=True)
    with open(WORK + "/Cargo.toml", "w") as f:
        dep = f'dynasmrt = {{ package = "declasm", path = "{ROOT}" }}' if DECLASM else 'dynasmrt = "=5.1.0"'
        f.write(f'[package]\nname = "{NAME}"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\n{dep}\n'
                '[profile.dev]\nopt-level = 0\ndebug = false\n[workspace]\n')
    lines = ["#![allow(unused)]", "#[repr(C)] pub struct Foo { pub a: u32, pub b: u32 }",
             "impl Foo { fn get(&self) -> i32 { 8 } fn reg(&self) -> u8 { 3 } }",
             "macro_rules! eight { () => { 8 } }", "macro_rules! ptr_size { () => { 8 } }",
             "mod m { pub const C: i32 = 8; pub fn f() -> i32 { 8 } pub fn r() -> u8 { 2 } }",
             "const K: i32 = 16; const KU: u8 = 5; fn r() -> u8 { 9 }", "use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler, x64::X64Relocation};"]
    owner = {}
    for i in active:
        start = len(lines) + 1
        lines.append(f"fn t{i}() -> Result<Vec<u8>, String> {{")
        lines.append(f"    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new({BASE});")
        lines.extend(PRE.rstrip("\n").split("\n"))
        lines.append("    let dynl = ops.new_dynamic_label();")
        lines.append("    dynasm!(ops ; .arch x64 ; ->glob: ; back: ; =>dynl")
        lines.append("        ; " + stmts[i])
        lines.append("        ; fwd: );")
        lines.append("    ops.finalize().map_err(|e| format!(\"{:?}\", e))")
        lines.append("}")
        for l in range(start, len(lines) + 1):
            owner[l] = i
    lines.append("fn main() {")
    for i in active:
        lines.append(f'    match t{i}() {{ Ok(b) => println!("{i} OK {{}}", b.iter().map(|x| format!("{{:02X}}", x)).collect::<Vec<_>>().join(" ")), Err(e) => println!("{i} RTERR {{}}", e) }}')
    lines.append("}")
    with open(WORK + "/src/main.rs", "w") as f:
        f.write("\n".join(lines) + "\n")
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
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
            # Follow macro expansions back to the call site in main.rs.
            while sp is not None and not sp["file_name"].endswith("main.rs"):
                sp = (sp.get("expansion") or {}).get("span")
            if sp is not None:
                i = owner.get(sp["line_start"])
                if i is not None and i not in errs:
                    errs[i] = msg["message"].split("\n")[0]
    return r.returncode == 0, errs, r.stderr

def main():
    src = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    stmts = [l.strip() for l in src if l.strip() and not l.strip().startswith("#")]
    active = list(range(len(stmts)))
    rejected = {}
    for _ in range(20):
        ok, errs, stderr = build(stmts, active)
        if ok:
            break
        if not errs:
            # an error without a usable span: bisect by dropping statements one half at a time
            sys.stderr.write(stderr[-3000:])
            sys.exit("probe: build failed without attributable errors")
        rejected.update(errs)
        active = [i for i in active if i not in errs]
    env = dict(os.environ, CARGO_TARGET_DIR=TARGET)
    out = subprocess.run(["cargo", "run", "-q"], cwd=WORK, capture_output=True, text=True, env=env).stdout
    res = {}
    for line in out.splitlines():
        idx, rest = line.split(" ", 1)
        res[int(idx)] = rest
    for i, s in enumerate(stmts):
        if i in rejected:
            print(f"ERR {rejected[i]}\t{s}")
        else:
            print(f"{res.get(i, 'MISSING')}\t{s}")

if __name__ == "__main__":
    main()
