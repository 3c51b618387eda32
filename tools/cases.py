#!/usr/bin/env python3
"""Differential test cases: templates -> statements -> oracle-accepted statements -> Rust tests.

  tools/cases.py expand tests/cases/NAME.tpl        print the statements a template expands to
  tools/cases.py accept tests/cases/NAME.tpl        expand, ask the oracle (dynasmrt 5.1), write
                                                    tests/cases/NAME.txt (accepted statements) and
                                                    tests/cases/NAME.rejected (what it refused)
  tools/cases.py rust tests/cases/NAME.txt          write tests/oracle_NAME.rs from accepted cases
  tools/cases.py all                                accept + rust for every template

A template line is a dynasm! statement in which `{class}` placeholders stand for operands. Each
placeholder is varied over its whole set while the others keep their first value (so the number
of cases grows with the sum, not the product, of the sets). Lines starting with # are comments.
Classes (see SETS below): r8 r16 r32 r64 rh, m (all memory shapes, no size), m8.. m64 (with
size keyword), m256, imm8 simm8 imm16 imm32 imm64, rel, xmm, ymm, vm32x, vm32y (VSIB), mm, sreg,
cr, dr, label.
"""
import itertools, os, re, subprocess, sys

MEMS = ["[rax]", "[rcx + 8]", "[rsp]", "[rbp]", "[r12]", "[r13]", "[r13 + 0x7F]", "[rax - 0x80]",
        "[rax + 0x80]", "[rdx - 0x81]", "[rax + rcx*2]", "[r8 + r15*8 + 0x12345678]", "[rax*4]",
        "[rbx*2]", "[rsi*8 - 4]", "[rip + 0x10]", "[0x1234]", "[rsp + rbp - 8]", "[eax + ebx*4]",
        "[r9d]", "[rbp + rax*4 + 0]", "[NOSPLIT rax*2]", "[BYTE rax + 0x10]", "[DWORD rdi + 1]",
        "[rax + i32v]", "[Rq(dynreg)]", "[Rq(dynreg) + 0x100]", "[rax + Rq(dynreg)*4]"]
SETS = {
    "r8": ["al", "cl", "bl", "spl", "dil", "r8b", "r15b", "ah", "Rb(dynreg)"],
    "rh": ["ah", "ch", "dh", "bh"],
    "r16": ["ax", "cx", "sp", "bp", "r9w", "r15w", "Rw(dynreg)"],
    "r32": ["eax", "ecx", "esp", "ebp", "esi", "r8d", "r12d", "r13d", "Rd(dynreg)"],
    "r64": ["rax", "rcx", "rsp", "rbp", "rdi", "r8", "r12", "r13", "r15", "Rq(dynreg)"],
    "m": MEMS,
    "m8": ["BYTE " + m for m in MEMS[:12]],
    "m16": ["WORD " + m for m in MEMS[:12]],
    "m32": ["DWORD " + m for m in MEMS[:12]],
    "m64": ["QWORD " + m for m in MEMS[:12]],
    "m80": ["TWORD " + m for m in MEMS[:6]],
    "m128": ["OWORD " + m for m in MEMS[:6]],
    "imm8": ["0", "1", "0x7F", "-0x80", "-1", "i8v", "BYTE i32v as _"],
    "simm8": ["0", "0x7F", "-0x80", "-1", "BYTE i8v"],
    "imm16": ["0x80", "0x7FFF", "-0x8000", "-0x81", "i16v", "WORD 5"],
    "imm32": ["0x8000", "0x7FFFFFFF", "-0x80000000", "-0x8001", "i32v", "DWORD 5"],
    "imm64": ["QWORD i64v", "0x80000000", "0x7FFFFFFFFFFFFFFF", "-0x80000001", "QWORD 1"],
    "rel": ["->glob", "BYTE ->glob", ">fwd", "<back", "=>dynl", "5", "0x100", "-0x80", "i32v", "BYTE 0x7F"],
    "label": ["->glob", ">fwd", "<back", "=>dynl"],
    "xmm": ["xmm0", "xmm1", "xmm7", "xmm8", "xmm15", "Rx(dynreg)"],
    "ymm": ["ymm0", "ymm1", "ymm7", "ymm8", "ymm15", "Ry(dynreg)"],
    "m256": ["YWORD " + m for m in MEMS[:6]],
    # VSIB: memory with a vector index (the index register class is the placeholder's).
    "vm32x": ["[rax + xmm1*4]", "[r13 + xmm9*8 + 0x10]", "[xmm2*4 + 0x100]", "[rsp + xmm15]",
              "[rbp + xmm3*2 - 8]", "[Rq(dynreg) + xmm1*4]", "[rax + Rx(dynreg)*4]", "[r8 + xmm0 + i32v]"],
    "vm32y": ["[rax + ymm1*4]", "[r13 + ymm9*8 + 0x10]", "[ymm2*4 + 0x100]", "[rsp + ymm15]",
              "[rbp + ymm3*2 - 8]", "[Rq(dynreg) + ymm1*4]", "[rax + Ry(dynreg)*4]", "[r8 + ymm0 + i32v]"],
    "mm": ["mm0", "mm1", "mm3", "mm7", "Rm(dynreg)"],
    "sreg": ["es", "cs", "ss", "ds", "fs", "gs"],
    "cr": ["cr0", "cr2", "cr3", "cr4", "cr8"],
    "dr": ["dr0", "dr3", "dr6", "dr7"],
}
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def expand(path):
    out = []
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        names = re.findall(r"\{(\w+)\}", line)
        if not names:
            out.append(line)
            continue
        for k in range(len(names)):
            for v in SETS[names[k]]:
                vals = [SETS[n][0] for n in names]
                vals[k] = v
                it = iter(vals)
                s = re.sub(r"\{(\w+)\}", lambda m: next(it), line)
                if s not in out:
                    out.append(s)
    return out


def accept(tpl):
    stmts = expand(tpl)
    base = tpl[:-4]
    tmp = base + ".all"
    open(tmp, "w").write("\n".join(stmts) + "\n")
    r = subprocess.run([sys.executable, os.path.join(HERE, "probe.py"), tmp], capture_output=True, text=True)
    os.remove(tmp)
    if r.returncode != 0:
        sys.exit(r.stderr)
    ok, bad = [], []
    for l in r.stdout.splitlines():
        res, stmt = l.split("\t", 1)
        (ok if res.startswith("OK") else bad).append(stmt if res.startswith("OK") else f"{stmt}\t# {res}")
    open(base + ".txt", "w").write("\n".join(ok) + "\n")
    open(base + ".rejected", "w").write("\n".join(bad) + "\n")
    print(f"{tpl}: {len(ok)} accepted, {len(bad)} rejected by the oracle")
    return base + ".txt"


def rust(txt):
    name = os.path.basename(txt)[:-4]
    stmts = [l.rstrip("\n") for l in open(txt) if l.strip()]
    out = ["// @generated by tools/cases.py from tests/cases/%s.txt; do not edit by hand." % name,
           "//! Differential test: every statement assembled by declasm and by dynasmrt 5.1 must give",
           "//! the same bytes.",
           "// (dynasmrt's expansion of `Rq(x)` calls `.into()` on a `u8`.)",
           "#![allow(unused_variables, unused_mut, unused_braces, clippy::useless_conversion)]", "", "mod common;", ""]
    for chunk in range(0, len(stmts), 64):
        out.append(f"#[test]\nfn {name}_{chunk // 64:03}() {{")
        out.append("    let (i8v, i16v, i32v, i64v, dynreg): (i8, i16, i32, i64, u8) = (0x11, 0x2211, 0x44332211, 0x7766554433221100, 9);")
        for s in stmts[chunk:chunk + 64]:
            out.append(f"    common::same!(dynl; {s});")
        out.append("}\n")
    path = os.path.join(ROOT, "tests", f"oracle_{name}.rs")
    open(path, "w").write("\n".join(out) + "\n")
    # The generated file is kept rustfmt-clean (CI runs `cargo fmt --check`).
    subprocess.run(["rustfmt", "--edition", "2021", path], check=True)
    print(f"wrote {path}: {len(stmts)} cases")


def main():
    cmd = sys.argv[1]
    if cmd == "expand":
        print("\n".join(expand(sys.argv[2])))
    elif cmd == "accept":
        accept(sys.argv[2])
    elif cmd == "rust":
        rust(sys.argv[2])
    elif cmd == "all":
        d = os.path.join(ROOT, "tests", "cases")
        for f in sorted(os.listdir(d)):
            txt = os.path.join(d, f[:-4] + ".txt")
            if f.endswith(".tpl") and not (
                    os.path.exists(txt) and open(txt).readline().startswith("# oracle: llvm-mc")):
                # (The llvm-mc case files are tools/llvm_cases.py's.)
                rust(accept(os.path.join(d, f)))


if __name__ == "__main__":
    main()
