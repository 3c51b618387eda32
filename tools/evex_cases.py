#!/usr/bin/env python3
"""Differential test cases of the EVEX (AVX-512) forms, generated from the instruction tables.

    tools/evex_cases.py [--only REGEX] [--files fp,int,...] [--no-rust]
                                  write tests/cases/evex_FILE.txt and .rejected for every
                                  src/x64/mnemonics/evex/FILE.rs, then tools/cases.py rust
    tools/evex_cases.py --check   regenerate into a temporary directory and fail if a committed
                                  tests/cases/evex_*.txt differs (CI; with the --lean or --lean-all
                                  the files were made with, which their second line names)
    tools/evex_cases.py --compare [--only REGEX] [--files ...]
                                  declasm's bytes (tools/probe.py --declasm, cached in
                                  target/meaning) for the statements of the committed
                                  tests/cases/evex_*.txt, against the record: prints every statement
                                  declasm refuses or encodes otherwise, and a summary (exit status 1
                                  if any). The quick way to test rows before compiling tests/x64_cases;
                                  --sample N: every Nth statement only.
    tools/evex_cases.py --list [--only REGEX]
                                  print the statements (and their LLVM spelling), assemble nothing
    --lean: fewer values (the disp8*N edges, registers 8 and 31, masks k1 and k7...) for the
    128- and 256-bit forms of a mnemonic that has 512-bit ones; --lean-all: for every EVEX form.
    Options: --generated PATH (default src/x64/mnemonics/generated.rs, written by
    tools/gen_tables.py), --evex-dir DIR (default src/x64/mnemonics/evex: which file each
    mnemonic's EVEX rows come from), --out DIR (default tests/cases).
    Example, one family, its statements compared with declasm:
      python3 tools/gen_tables.py && tools/evex_cases.py --files int --only '^vpadd' --no-rust \\
        && tools/evex_cases.py --compare --files int --only '^vpadd'

Cost (measured on the rows of the four evex tables, 2661 EVEX/VEX forms, 2 cores): a run takes
about 30 s (llvm-mc 8 s, GNU as 10 s, the rest Python) and records 154k statements, 94k with
--lean, 50k with --lean-all; tools/cases.py rust then takes 12 s. In `cargo test` a statement
costs about 2 ms of compile time (1280 statements: 2.5 s user; evex_mov.rs, 20k statements,
48 s user), so the full set adds some 5 minutes of CPU to a cold test build, --lean-all 1.5.
--compare runs tools/probe.py in chunks of 2500 statements, 2-5 minutes each.

Which forms: generated.rs lists every mnemonic (`    // 123: \\`vaddps\\``) with its forms, one
line each, the Debug print of a `Form` whose `text` is the row's operand pattern and `vex` the
encoding (0 legacy, 1 VEX, 2 XOP, 3 EVEX). A mnemonic declared in evex/FILE.rs (tools/
missing_mnemonics.py `file_names`) contributes to evex_FILE its EVEX forms and, if no other table
has the name (kandw, kmovw, the AVX-VNNI `{vex}` rows...), all its forms.

Statements: each operand pattern of a form expands to a set of values; every statement varies one
operand (or one decoration) while the others keep their first value (a sum, not a product):
- vector registers 0, 1, 7, 8, 15, 16, 23, 31 (xmm/ymm/zmm by pattern); the first values are 17,
  18, 19... by position, so that the base statement of an xmm/ymm form is EVEX-only;
- k registers k0-k7; GP registers (incl. esp/ebp, r8, r12, r13, r15);
- memory `ZWORD [rax]` (the keyword by the pattern size) on bases rax r12 r13 rsp rbp rip, with
  indexes, without a base, and displacements at the disp8*N edges N, 127N, 128N, -128N, -129N,
  N+1 (N as llvm-mc scales this form's disp8: see probe_disp_n; mostly the pattern's memory
  size, the element size for compress/expand);
- broadcast `DWORD [rax]{1to16}` (N of 1toN = memory size / element size, disp8*N with N = the
  element size);
- VSIB `ZWORD [rax + zmm18*4]` (keyword: the total data size, the form's data register; the mask
  `{k1}` is mandatory) with every index register, bases, scales and displacements (N, the
  element size, probed likewise: 4 for W0 forms, 8 for W1);
- `{k1}`..`{k7}` on a `{k}` operand, with and without `{z}` where `{z}` is allowed (and on the
  memory of a store form);
- `{rn-sae}` `{rd-sae}` `{ru-sae}` `{rz-sae}` `{sae}` where `{er}`, `{sae}` where `{sae}`: a
  separate operand after the operand the pattern decorates (before an imm8), or before it when
  that is a GP register (`vcvtsi2ss xmm1, xmm2, {rn-sae}, rax`, as LLVM writes it);
- imm8 1, 0, 0x7f, -0x80, -1;
- two statements with every decoration at once (mask, zeroing, rounding or broadcast, high
  registers);
- VEX preference: for a mnemonic that also has VEX forms, each xmm/ymm EVEX form gives three
  undecorated statements with registers 0-15 (and a memory operand): where llvm-mc encodes them
  VEX (1778 of 1844 on the tables of the first run; the others have no VEX form for those
  operands, e.g. `vpermq ymm1, ymm2, ymm3`), so must declasm.

Each statement is said in LLVM's Intel syntax (tools/check_meaning.py `translate`) and assembled
by llvm-mc (one process per file) and GNU as (`as --64 -msyntax=intel -mnaked-reg`, batches of a
few thousand lines, bytes cut out of the object between per-statement labels). A statement both
assemble without a warning to the same bytes is written to tests/cases/evex_FILE.txt (first line
`# oracle: llvm-mc`, then `STATEMENT<TAB>HEX`). Where both take it but give other bytes that
disassemble to the same instruction (llvm-mc's disassembler and objdump alike: `vmovq xmm17,
QWORD [rax]` is F3 0F 7E for llvm-mc, 66 0F 6E for GNU as), llvm-mc's bytes are recorded, after a
`# GNU as gives ...` comment line. The others go to evex_FILE.rejected with the reason (refused
by one or both, a warning such as "index and destination registers should be distinct", or both
byte strings). One llvm-mc warning is known to be wrong and is ignored when GNU as agrees without
one (LLVM_SPURIOUS). tools/cases.py rust then writes tests/x64_cases/evex_FILE.rs (declasm
against the record; the oracle crate skips these files).
"""
import argparse, difflib, os, re, shutil, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import check_meaning as cm  # noqa: E402
import missing_mnemonics  # noqa: E402

GENERATED = os.path.join(ROOT, "src", "x64", "mnemonics", "generated.rs")
EVEX_DIR = os.path.join(ROOT, "src", "x64", "mnemonics", "evex")
CASES = os.path.join(ROOT, "tests", "cases")
LLVM_MARK = "# oracle: llvm-mc"
# llvm-mc 14 warns so on every masked vf[c]mulc[ps]h, whatever the registers (its check counts the
# mask as a source); GNU as refuses the statements whose registers do coincide. The warning is
# ignored when GNU as takes the statement without one and gives the same bytes.
LLVM_SPURIOUS = "Destination register should be distinct from source registers"
HEAD = "# generated by tools/evex_cases.py%s from the tables (bytes: llvm-mc and GNU as agree); do not edit"

VEC = [0, 1, 7, 8, 15, 16, 23, 31]
GP = {
    8: ["al", "cl", "spl", "bpl", "r8b", "r12b", "r13b", "r15b"],
    16: ["ax", "cx", "sp", "bp", "r8w", "r12w", "r13w", "r15w"],
    32: ["eax", "ecx", "esp", "ebp", "r8d", "r12d", "r13d", "r15d"],
    64: ["rax", "rcx", "rsp", "rbp", "r8", "r12", "r13", "r15"],
}
KW = {8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD", 128: "OWORD", 256: "YWORD", 512: "ZWORD"}
VBITS = {"xmm": 128, "ymm": 256, "zmm": 512}
IMM8 = ["1", "0", "0x7f", "-0x80", "-1"]
ROUNDING = ["{rn-sae}", "{rd-sae}", "{ru-sae}", "{rz-sae}"]


# ---------------------------------------------------------------------------------------------
# The tables

def parse_form(line):
    """The fields of a `Form { .. }` Debug print: {name: text} (strings unquoted)."""
    f = {}
    for m in re.finditer(r'\b(\w+): ("(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,{}\s]+)', line):
        v = m.group(2)
        f.setdefault(m.group(1), v[1:-1] if v.startswith('"') else v)
    return f


def read_generated(path):
    """{mnemonic: [form fields]} of generated.rs."""
    mns, cur = {}, None
    for line in open(path):
        m = re.match(r"\s*// \d+: `([^`]+)`", line)
        if m:
            cur = m.group(1)
            mns[cur] = []
        elif cur and line.lstrip().startswith("Form {"):
            mns[cur].append(parse_form(line))
    return mns


def evex_files(evex_dir):
    """{file stem: set of mnemonics} of the evex/*.rs tables."""
    out = {}
    for fn in sorted(os.listdir(evex_dir)):
        if fn.endswith(".rs") and fn != "mod.rs":
            out[fn[:-3]] = missing_mnemonics.file_names(os.path.join(evex_dir, fn))
    return out


def vex_prefixed(form):
    """Whether a form is taken only with the `{vex}` statement prefix (the AVX-VNNI rows)."""
    # (src/x64/form.rs `policy::VEXP`, set by the row's `{vex}` token.)
    return int(form.get("policy", "0")) & 16 != 0


# ---------------------------------------------------------------------------------------------
# Operand patterns

class Op:
    """One operand pattern: `zmm{k}{z}`, `zmm/m512/m32bcst{er}`, `vm32z{k}`, `r32/m8`, `imm8`..."""

    def __init__(self, text):
        self.text = text
        decs = re.findall(r"\{(\w+)\}", text)
        self.mask, self.zero = "k" in decs, "z" in decs
        self.er, self.sae = "er" in decs, "sae" in decs
        self.reg = None    # 'xmm' 'ymm' 'zmm' 'k' or a GP size (int)
        self.mem = None    # memory size in bits
        self.bcst = None   # broadcast element size in bits
        self.vsib = None   # (index bits, 'x'|'y'|'z')
        self.imm = False
        for alt in re.sub(r"\{\w+\}", "", text).split("/"):
            alt = alt.strip()
            if alt in ("xmm", "ymm", "zmm", "k"):
                self.reg = alt
            elif re.fullmatch(r"r(8|16|32|64)", alt):
                self.reg = int(alt[1:])
            elif re.fullmatch(r"rm(8|16|32|64)", alt):
                self.reg = self.mem = int(alt[2:])
            elif re.fullmatch(r"r(32|64)m16", alt):
                self.reg, self.mem = int(alt[1:3]), 16
            elif re.fullmatch(r"m(8|16|32|64|128|256|512)", alt):
                self.mem = int(alt[1:])
            elif re.fullmatch(r"m(16|32|64)bcst", alt):
                self.bcst = int(alt[1:-4])
            elif re.fullmatch(r"vm(32|64)[xyz]", alt):
                self.vsib = (int(alt[2:4]), alt[4])
            elif alt == "imm8":
                self.imm = True
            else:
                raise ValueError(f"unknown operand pattern `{alt}` in `{text}`")

    def vector(self):
        return self.reg in VBITS or self.vsib is not None


def gp_name(bits, k):
    """GP register k of GP[bits]."""
    return GP[bits][k]


def hexd(v):
    return f"- {hex(-v)}" if v < 0 else f"+ {hex(v)}"


def disps(n):
    """The disp8*N edges other than 0."""
    return [n, 127 * n, 128 * n, -128 * n, -129 * n, n + 1]


def mem_values(n):
    """Memory references (without keyword) for a disp8 scale of n bytes; the first is the default."""
    out = ["[rax]", "[r12]", "[r13]", "[rsp]", "[rbp]", "[rip]", "[rax + rcx*2]", "[r8 + r15*8]",
           "[rsp + r13*4]", "[rdx*4]"]
    out += [f"[rax {hexd(d)}]" for d in disps(n)]
    out += [f"[r13 + rcx*2 {hexd(127 * n)}]", f"[rsp {hexd(-128 * n)}]", f"[rip {hexd(n)}]"]
    return out


def bcst_values(n):
    out = ["[rax]"] + [f"[rax {hexd(d)}]" for d in disps(n)]
    return out + ["[r13]", f"[rsp + rcx*8 {hexd(n)}]", f"[rip {hexd(n)}]"]


def vsib_values(kind, idx_default, n, vec=VEC, dn=None):
    r = kind + "mm"
    i = f"{r}{idx_default}"
    out = [f"[rax + {i}*{n}]"]
    out += [f"[rax + {r}{v}*{n}]" for v in vec if v != idx_default]
    out += [f"[{b} + {i}*{n}]" for b in ("r12", "r13", "rsp", "rbp", "r15")]
    out += [f"[rax + {i}*{s}]" for s in (1, 2, 4, 8) if s != n]
    out += [f"[{i}*{n} + 0x100]"]
    out += [f"[rax + {i}*{n} {hexd(d)}]" for d in disps(dn or n)]
    return out


class Form:
    def __init__(self, mn, fields):
        self.mn = mn
        self.fields = fields
        self.text = fields["text"].replace("{vex}", "").strip().strip(",").strip()
        self.ops = [Op(t.strip()) for t in self.text.split(",")] if self.text else []
        self.prefix = "{vex} " if vex_prefixed(fields) else ""
        self.vsib = any(o.vsib for o in self.ops)
        # (The VEX rows of the evex tables, kandw ... and the AVX-VNNI ones, take registers 0-15.)
        self.evex = fields.get("vex") == "3"
        self.vec = VEC if self.evex else [v for v in VEC if v < 16]
        self.lean = False
        self.probed = {}
        w = fields.get("vex_w", "0")
        self.w1 = w in ("1", "true")
        # The data vector size: the largest vector register (or memory) of the form.
        sizes = [VBITS[o.reg] for o in self.ops if o.reg in VBITS] + [o.mem for o in self.ops if o.mem]
        self.vbits = max(sizes) if sizes else 128

    def defaults(self):
        """The first value of every operand and the register numbers used by default."""
        vals, nvec, nk, ngp = [], 0, 0, 0
        self.idx = {}
        for k, o in enumerate(self.ops):
            if o.vector():
                self.idx[k] = (17 if self.evex else 1) + nvec
                nvec += 1
            if o.reg == "k":
                self.idx[k] = 1 + nk
                nk += 1
            elif isinstance(o.reg, int):
                self.idx[k] = [0, 1, 2][ngp]
                ngp += 1
        for k, o in enumerate(self.ops):
            vals.append(self.value(k, o))
        return vals

    def reg_value(self, k, o, n=None):
        n = self.idx[k] if n is None else n
        if o.reg in VBITS:
            return f"{o.reg}{n}"
        if o.reg == "k":
            return f"k{n}"
        return gp_name(o.reg, n)

    def mask_default(self, o):
        return "{k1}" if o.mask and self.vsib else ""

    def vsib_kw(self, k):
        """The keyword of VSIB operand k: the total data size, the elements (as many as the
        index register or the data register holds, the fewer) times the element size."""
        data = [VBITS[o.reg] for j, o in enumerate(self.ops) if j != k and o.reg in VBITS]
        if not data:
            return ""
        bits, kind = self.ops[k].vsib
        n = self.vsib_n()
        count = min(VBITS[kind + "mm"] // bits, data[0] // (8 * n))
        return KW[count * n * 8] + " "

    def disp_n(self, k):
        """N of disp8*N for memory operand k: what llvm-mc does (see probe_disp_n), else the
        memory size (the VSIB element size)."""
        o = self.ops[k]
        return self.probed.get(k) or (self.vsib_n() if o.vsib else o.mem // 8)

    def disp_probes(self):
        """{k: [statement with [rax + D] as operand k, for D in DISP_PROBES]}."""
        base = self.defaults()
        out = {}
        for k, o in enumerate(self.ops):
            if o.mem or o.vsib:
                vals = list(base)
                lst = []
                for d in DISP_PROBES:
                    if o.vsib:
                        vals[k] = (self.vsib_kw(k) + f"[rax + {o.vsib[1]}mm{self.idx[k]}*{self.vsib_n()} + {hex(d)}]"
                                   + self.mask_default(o))
                    else:
                        vals[k] = f"{KW[o.mem]} [rax + {hex(d)}]" + self.mask_default(o)
                    lst.append(self.statement(vals))
                out[k] = lst
        return out

    def vsib_n(self):
        return 8 if self.w1 else 4

    def value(self, k, o):
        """The first value of operand k."""
        if o.imm:
            return IMM8[0]
        if o.vsib:
            n = self.vsib_n()
            return self.vsib_kw(k) + vsib_values(o.vsib[1], self.idx[k], n, self.vec, self.disp_n(k))[0] + self.mask_default(o)
        if o.reg is not None:
            return self.reg_value(k, o) + self.mask_default(o)
        if o.mem:
            return f"{KW[o.mem]} [rax]" + self.mask_default(o)
        if o.bcst:
            return self.bcst_value(o, "[rax]")
        raise ValueError(o.text)

    def bcst_value(self, o, ref):
        total = o.mem or self.vbits
        return f"{KW[o.bcst]} {ref}{{1to{total // o.bcst}}}"

    def variants(self, k, o):
        """The other values of operand k (the others keeping their first)."""
        return self.lean_variants(k, o) if self.lean else self.full_variants(k, o)

    def lean_variants(self, k, o):
        """`--lean`, for the 128/256-bit forms of a mnemonic that has 512-bit ones (whose full
        sets test the same operand fields): the values whose encoding depends on the row (L and
        the disp8*N scale) or sets each register bit once."""
        out = []
        if o.imm:
            return ["-0x80"]
        if o.vsib:
            n, kw, dn = self.vsib_n(), self.vsib_kw(k), self.disp_n(k)
            r = o.vsib[1] + "mm"
            i = f"{r}{self.idx[k]}"
            out += [kw + f"[rax + {r}{v}*{n}]" + self.mask_default(o) for v in (8, 31)]
            out += [kw + f"[rax + {i}*{n} {hexd(d)}]" + self.mask_default(o) for d in disps(dn)[:5]]
            if o.mask:
                out.append(kw + f"[rax + {i}*{n}]{{k7}}")
            return out
        if o.reg in VBITS:
            out += [self.reg_value(k, o, v) + self.mask_default(o) for v in (8, 31)]
        elif o.reg == "k":
            out += ["k0", "k7"]
        elif isinstance(o.reg, int):
            out += [gp_name(o.reg, v) for v in (4, 7)]
        if o.mem:
            n = self.disp_n(k)
            out += [f"{KW[o.mem]} {m}" + self.mask_default(o)
                    for m in ["[r13]"] + [f"[rax {hexd(d)}]" for d in disps(n)[:5]]]
        if o.bcst:
            n = o.bcst // 8
            out += [self.bcst_value(o, m) for m in ("[rax]", f"[rax {hexd(n)}]", f"[rax {hexd(128 * n)}]")]
        if o.mask and not self.vsib:
            base = self.reg_value(k, o) if o.reg is not None else f"{KW[o.mem]} [rax]"
            out += [f"{base}{{k1}}", f"{base}{{k7}}"]
            if o.zero and o.reg is not None:
                out.append(f"{base}{{k7}}{{z}}")
            if o.reg is not None and o.mem:
                out.append(f"{KW[o.mem]} [rax]{{k7}}")
        if o.vsib is None and self.vsib and o.mask:
            out.append(self.reg_value(k, o) + "{k7}")
        return out

    def full_variants(self, k, o):
        out = []
        if o.imm:
            return IMM8[1:]
        if o.vsib:
            n = self.vsib_n()
            kw = self.vsib_kw(k)
            out += [kw + v + self.mask_default(o) for v in vsib_values(o.vsib[1], self.idx[k], n, self.vec, self.disp_n(k))[1:]]
            if o.mask:
                out += [kw + vsib_values(o.vsib[1], self.idx[k], n, self.vec, self.disp_n(k))[0] + f"{{k{m}}}" for m in range(2, 8)]
            return out
        if o.reg in VBITS:
            out += [self.reg_value(k, o, v) + self.mask_default(o) for v in self.vec]
        elif o.reg == "k":
            out += [f"k{v}" for v in range(8)]
        elif isinstance(o.reg, int):
            out += [gp_name(o.reg, v) for v in range(8)]
        if o.mem:
            out += [f"{KW[o.mem]} {m}" + self.mask_default(o) for m in mem_values(self.disp_n(k))]
        if o.bcst:
            out += [self.bcst_value(o, m) for m in bcst_values(o.bcst // 8)]
        if o.mask and not self.vsib:
            base = self.reg_value(k, o) if o.reg is not None else f"{KW[o.mem]} [rax]"
            out += [f"{base}{{k{m}}}" for m in range(1, 8)]
            if o.zero and o.reg is not None:
                out += [f"{base}{{k{m}}}{{z}}" for m in range(1, 8)]
            if o.reg is not None and o.mem:
                out += [f"{KW[o.mem]} [rax]{{k{m}}}" for m in (1, 7)]
        if o.vsib is None and self.vsib and o.mask:
            out += [self.reg_value(k, o) + f"{{k{m}}}" for m in range(2, 8)]
        return out

    def with_rounding(self, vals, k, tok):
        """vals with the rounding operand `tok` placed for the decorated operand k."""
        o = self.ops[k]
        at = k if isinstance(o.reg, int) else k + 1
        return vals[:at] + [tok] + vals[at:]

    def statement(self, vals):
        return f"{self.prefix}{self.mn} " + ", ".join(vals) if vals else self.prefix + self.mn

    def statements(self):
        base = self.defaults()
        out = [self.statement(base)]
        for k, o in enumerate(self.ops):
            for v in self.variants(k, o):
                vals = list(base)
                vals[k] = v
                out.append(self.statement(vals))
            if o.er or o.sae:
                for tok in (ROUNDING + ["{sae}"] if o.er else ["{sae}"]):
                    out.append(self.statement(self.with_rounding(base, k, tok)))
        out += self.everything(base)
        return out

    def everything(self, base):
        """Statements with every decoration the form takes at once, and high registers."""
        out = []
        if not self.evex:
            return out
        hi = [31, 16, 23, 8]
        vals, rk, nvec = list(base), None, 0
        for k, o in enumerate(self.ops):
            if o.reg in VBITS:
                vals[k] = self.reg_value(k, o, hi[nvec % 4])
                nvec += 1
                if o.mask:
                    vals[k] += "{k5}" + ("{z}" if o.zero else "")
            elif o.reg == "k" and o.mask:
                vals[k] = "k6{k5}"
            if o.er or o.sae:
                rk = k
        if vals == base:
            return []
        if rk is not None:
            out.append(self.statement(self.with_rounding(vals, rk, "{rz-sae}" if self.ops[rk].er else "{sae}")))
        else:
            out.append(self.statement(vals))
        for k, o in enumerate(self.ops):
            if o.bcst:
                b = list(vals)
                b[k] = self.bcst_value(o, f"[r13 {hexd(-o.bcst // 8)}]")
                out.append(self.statement(b))
        return out

    def vex_statements(self):
        """Undecorated statements with registers 0-15: VEX when the mnemonic has a VEX form."""
        if any(o.reg in ("zmm", "k") or o.vsib for o in self.ops):
            return []
        out = []
        for regs, mem in (([1, 2, 3, 4], None), ([8, 15, 9, 12], None), ([5, 6, 7, 0], "[r13 + 0x40]")):
            vals, nv, used_mem = [], 0, False
            for k, o in enumerate(self.ops):
                if o.imm:
                    vals.append("0x11")
                elif o.reg in VBITS and not (mem and o.mem and not used_mem):
                    vals.append(f"{o.reg}{regs[nv % 4]}")
                    nv += 1
                elif isinstance(o.reg, int) and not (mem and o.mem and not used_mem):
                    vals.append(gp_name(o.reg, 1 + nv % 3))
                    nv += 1
                elif o.mem:
                    vals.append(f"{KW[o.mem]} {mem or '[rax]'}")
                    used_mem = True
                else:
                    return out
            if mem and not used_mem:
                continue
            out.append(self.statement(vals))
        return out


# ---------------------------------------------------------------------------------------------
# The oracles

def gnu_text(llvm_text):
    """GNU as spells a VSIB operand's keyword as the element size: left out."""
    return re.sub(r"\b\w+ ptr (\[[^\]]*\b[xyz]mm\d+[^\]]*\])", r"\1", llvm_text)


def llvm_batch(lines):
    """{index: (bytes or None, message)} for llvm-mc, one process for all lines."""
    src, where = [], {}
    for i, l in enumerate(lines):
        src.append(f"L{i}:")
        src.append(l)
        where[len(src)] = i
    src.append("Lend:")
    r = cm.run(cm.LLVM + ["-show-encoding"], "\n".join(src) + "\n")
    msgs = {}
    for m in re.finditer(r"^<stdin>:(\d+):\d+: (error|warning): (.*)$", r.stderr, re.M):
        i = where.get(int(m.group(1)))
        if i is not None and i not in msgs:
            msgs[i] = f"llvm-mc {m.group(2)}: {m.group(3)}"
    res, cur, enc, count = {}, None, [], 0
    for line in r.stdout.splitlines() + ["Lend:"]:
        m = re.match(r"L(\d+|end):", line)
        if m:
            if cur is not None and enc:
                res[cur] = (bytes(enc), count)
            cur = None if m.group(1) == "end" else int(m.group(1))
            enc, count = [], 0
            continue
        m = re.search(r"encoding: \[([^\]]*)\]", line)
        if m and cur is not None:
            enc += [int(x, 16) for x in m.group(1).split(",") if x]
            count += 1
    out = {}
    for i in range(len(lines)):
        if i in msgs and (" error: " in msgs[i] or i not in res):
            out[i] = (None, msgs[i])
        elif i in msgs:
            # A warning: the bytes, and the warning (see assemble()).
            out[i] = (res[i][0], msgs[i])
        elif i not in res:
            out[i] = (None, "llvm-mc: no encoding")
        elif res[i][1] != 1:
            out[i] = (None, f"llvm-mc: {res[i][1]} instructions")
        else:
            out[i] = (res[i][0], "")
    return out


def gnu_batch(lines, chunk=4000):
    """{index: (bytes or None, message)} for GNU as; statements it refuses or warns about are
    dropped and the rest assembled again."""
    out = {}
    for s in range(0, len(lines), chunk):
        todo = list(range(s, min(s + chunk, len(lines))))
        with tempfile.TemporaryDirectory() as d:
            for _ in range(10):
                src, where = [".intel_syntax noprefix", ".text"], {}
                for i in todo:
                    src.append(f"L{i}:")
                    src.append(lines[i])
                    where[len(src)] = i
                src.append("Lend:")
                open(d + "/a.s", "w").write("\n".join(src) + "\n")
                r = cm.run(["as", "--64", "-msyntax=intel", "-mnaked-reg", "-o", d + "/a.o", d + "/a.s"])
                bad = {}
                for m in re.finditer(r"^[^\n:]*a\.s:(\d+): (Error|Warning): (.*)$", r.stderr, re.M):
                    i = where.get(int(m.group(1)))
                    if i is not None and i not in bad:
                        bad[i] = f"GNU as {m.group(2).lower()}: {m.group(3)}"
                if not bad and r.returncode:
                    sys.exit("GNU as failed: " + r.stderr[-2000:])
                if bad:
                    for i, msg in bad.items():
                        out[i] = (None, msg)
                    todo = [i for i in todo if i not in bad]
                    continue
                break
            if not todo:
                continue
            cm.run(["objcopy", "-O", "binary", "-j", ".text", d + "/a.o", d + "/a.bin"])
            code = open(d + "/a.bin", "rb").read() if os.path.exists(d + "/a.bin") else b""
            syms = {}
            for line in cm.run(["nm", d + "/a.o"]).stdout.splitlines():
                f = line.split()
                if len(f) == 3 and re.fullmatch(r"L(\d+|end)", f[2]):
                    syms[f[2]] = int(f[0], 16)
            order = todo + ["end"]
            for a, b in zip(order, order[1:]):
                out[a] = (code[syms[f"L{a}"]:syms[f"L{b}"]], "")
    return out


# ---------------------------------------------------------------------------------------------
# Generation

def collect(args):
    """({file stem: [(Form, whether to add VEX-preference statements)]}, [problems])."""
    mns = read_generated(args.generated)
    files = evex_files(args.evex_dir)
    legacy = missing_mnemonics.declasm_names()
    only = re.compile(args.only) if args.only else None
    out, problems = {}, []
    for stem, names in files.items():
        if args.files and stem not in args.files:
            continue
        rows = []
        for mn in sorted(names):
            if only and not only.search(mn):
                continue
            if mn not in mns:
                problems.append(f"{stem}: `{mn}` is not in {os.path.relpath(args.generated, ROOT)} (run tools/gen_tables.py)")
                continue
            forms = mns[mn]
            has_vex = any(f.get("vex") == "1" for f in forms)
            has_zmm = any(f.get("vex") == "3" and "zmm" in f.get("text", "") for f in forms)
            for f in forms:
                if mn in legacy and f.get("vex") != "3":
                    continue
                try:
                    form = Form(mn, f)
                except ValueError as e:
                    problems.append(f"{stem}: `{mn}`: {e}")
                    continue
                form.lean = form.evex and (args.lean_all or args.lean and has_zmm and "zmm" not in form.text)
                rows.append((form, f.get("vex") == "3" and has_vex))
        out[stem] = rows
    probe_disp_n(out)
    return out, problems


DISP_PROBES = [0, 1, 2, 4, 8, 16, 32, 64]


def probe_disp_n(per_file):
    """Sets each form's disp8*N per memory operand from llvm-mc: N is the smallest of 1, 2, 4 ..
    64 whose `[rax + N]` is one byte longer than `[rax]` (a multiple of N below 128 N takes a
    disp8, a smaller power of two a disp32). (The SDM's tuple types give the memory size for
    most rows, but not e.g. for compress/expand, Tuple1 Scalar: N is the element size.)"""
    jobs, lines = [], []
    for rows in per_file.values():
        for form, _ in rows:
            for k, stmts in form.disp_probes().items():
                jobs.append((form, k, len(lines)))
                lines += [cm.translate(st) or "nop" for st in stmts]
    res = llvm_batch(lines)
    for form, k, at in jobs:
        got = [res[at + j][0] for j in range(len(DISP_PROBES))]
        if got[0] is None:
            continue
        for d, b in zip(DISP_PROBES[1:], got[1:]):
            if b is not None and len(b) == len(got[0]) + 1:
                form.probed[k] = d
                break


def statements(rows):
    """The statements of a file's forms, in order, without repeats."""
    seen, out = set(), []
    for form, vex_pref in rows:
        stmts = form.statements() + (form.vex_statements() if vex_pref else [])
        for s in stmts:
            if s not in seen:
                seen.add(s)
                out.append(s)
    return out


def assemble(stmts):
    """[(statement, hex or None, reason)]."""
    trans = [cm.translate(s) for s in stmts]
    idx = [i for i, t in enumerate(trans) if t is not None]
    llvm = llvm_batch([trans[i] for i in idx])
    gnu = gnu_batch([gnu_text(trans[i]) for i in idx])
    res = [(s, None, "cannot be said to llvm-mc") for s in stmts]
    other, llvm_bytes, gnu_bytes = [], {}, {}
    for j, i in enumerate(idx):
        (a, am), (g, gm) = llvm[j], gnu[j]
        llvm_bytes[i], gnu_bytes[i] = a, g
        s = stmts[i]
        if a is None or g is None:
            res[i] = (s, None, "; ".join(m for m in (am, gm) if m))
        elif am and not (am.endswith(LLVM_SPURIOUS) and a == g):
            res[i] = (s, None, am)
        elif a != g:
            res[i] = (s, None, f"llvm-mc {cm.hexb(a)}, GNU as {cm.hexb(g)}")
            other.append(i)
        else:
            res[i] = (s, cm.hexb(a), "")
    # Other bytes for the same instruction (both disassemble alike, by llvm-mc and by objdump):
    # llvm-mc's, with a note.
    texts = cm.disassemble([b for i in other for b in (llvm_bytes[i], gnu_bytes[i])])
    for k, i in enumerate(other):
        a, g = llvm_bytes[i], gnu_bytes[i]
        t1, t2 = texts[2 * k], texts[2 * k + 1]
        if t1 is not None and cm.canon(t1) == cm.canon(t2) and cm.objdump(a) == cm.objdump(g):
            res[i] = (stmts[i], cm.hexb(a), f"GNU as gives {cm.hexb(g)}, the same instruction")
    return res


def mode(args):
    """The value-set flags, as written in each file's second line (and read back by --check)."""
    return " --lean-all" if args.lean_all else " --lean" if args.lean else ""


def write(stem, res, out_dir, args):
    ok = [(f"# {why}\n" if why else "") + f"{s}\t{h}" for s, h, why in res if h]
    bad = [f"{s}\t# {why}" for s, h, why in res if not h]
    with open(os.path.join(out_dir, f"evex_{stem}.txt"), "w") as f:
        f.write(LLVM_MARK + "\n" + HEAD % mode(args) + "\n" + "".join(l + "\n" for l in ok))
    with open(os.path.join(out_dir, f"evex_{stem}.rejected"), "w") as f:
        f.write("".join(l + "\n" for l in bad))
    return len(ok), len(bad)


def generate(args, out_dir):
    t0 = time.time()
    per_file, problems = collect(args)
    for p in problems:
        print("PROBLEM", p)
    total = 0
    for stem, rows in per_file.items():
        t = time.time()
        stmts = statements(rows)
        res = assemble(stmts)
        ok, bad = write(stem, res, out_dir, args)
        total += ok
        nvex = sum(1 for _, h, _ in res if h and re.match(r"(C4|C5) ", h))
        print(f"evex_{stem}: {sum(1 for _ in rows)} forms, {len(stmts)} statements: {ok} recorded "
              f"({nvex} VEX-encoded), {bad} rejected ({time.time() - t:.1f} s)")
    print(f"{total} statements recorded in {time.time() - t0:.1f} s")
    return per_file, problems


def check(args):
    # The committed files' flags (--lean, --lean-all), unless given.
    if not (args.lean or args.lean_all):
        for f in sorted(os.listdir(args.out)):
            if re.fullmatch(r"evex_\w+\.txt", f):
                head = open(os.path.join(args.out, f)).read(300)
                args.lean_all = " --lean-all " in head
                args.lean = " --lean " in head
                break
    d = tempfile.mkdtemp(prefix="evex-cases-")
    try:
        per_file, problems = generate(args, d)
        bad = bool(problems)
        for stem in per_file:
            new = open(os.path.join(d, f"evex_{stem}.txt")).read().splitlines()
            path = os.path.join(args.out, f"evex_{stem}.txt")
            old = open(path).read().splitlines() if os.path.exists(path) else []
            if old != new:
                bad = True
                print(f"{os.path.relpath(path, ROOT)} is not what the tables give (run tools/evex_cases.py):")
                for l in list(difflib.unified_diff(old, new, "committed", "generated", lineterm="", n=0))[:40]:
                    print("   ", l)
        for f in os.listdir(args.out):
            m = re.fullmatch(r"evex_(\w+)\.txt", f)
            if m and m.group(1) not in per_file and not args.files:
                bad = True
                print(f"tests/cases/{f}: no evex/{m.group(1)}.rs table")
        if bad:
            sys.exit(1)
        print("the evex case files are current")
    finally:
        shutil.rmtree(d)


def compare(args):
    only = re.compile(args.only) if args.only else None
    stmts, want = [], {}
    for f in sorted(os.listdir(args.out)):
        m = re.fullmatch(r"evex_(\w+)\.txt", f)
        if not m or (args.files and m.group(1) not in args.files):
            continue
        for line in open(os.path.join(args.out, f)):
            if line.startswith("#") or "\t" not in line:
                continue
            s, h = line.rstrip("\n").split("\t", 1)
            words = s.split()
            mn = words[1] if words[0].startswith("{") else words[0]
            if only and not only.search(mn):
                continue
            stmts.append(s)
            want[s] = h
    if args.sample:
        stmts = stmts[::args.sample]
    ours = cm.declasm_bytes(stmts)
    refused = differ = 0
    for s in stmts:
        got = ours[s]
        if got == "OK " + want[s]:
            continue
        if got.startswith("OK "):
            differ += 1
            print(f"BYTES    {s}\n    declasm {got[3:]}\n    oracles {want[s]}")
        else:
            refused += 1
            print(f"REFUSED  {s}\n    {got}\n    oracles {want[s]}")
    print(f"{len(stmts)} statements: {len(stmts) - refused - differ} same bytes, {differ} other bytes, "
          f"{refused} refused by declasm")
    sys.exit(1 if refused or differ else 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--generated", default=GENERATED)
    ap.add_argument("--evex-dir", default=EVEX_DIR)
    ap.add_argument("--out", default=CASES)
    ap.add_argument("--only", help="regular expression on the mnemonic")
    ap.add_argument("--files", type=lambda s: s.split(","), help="evex table stems, e.g. fp,int")
    ap.add_argument("--no-rust", action="store_true", help="do not run tools/cases.py rust")
    ap.add_argument("--lean", action="store_true",
                    help="fewer values for the 128/256-bit forms of mnemonics with 512-bit forms")
    ap.add_argument("--lean-all", action="store_true", help="fewer values for every EVEX form")
    ap.add_argument("--sample", type=int, default=0, help="--compare: every Nth statement only")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if args.check:
        return check(args)
    if args.compare:
        return compare(args)
    if args.list:
        per_file, problems = collect(args)
        for p in problems:
            print("PROBLEM", p)
        for stem, rows in per_file.items():
            for s in statements(rows):
                print(f"{stem}\t{s}\t{cm.translate(s)}")
        return
    generate(args, args.out)
    if not args.no_rust and args.out == CASES:
        import cases
        cases.rust()


if __name__ == "__main__":
    main()
