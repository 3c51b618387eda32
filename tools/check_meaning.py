#!/usr/bin/env python3
"""Does declasm's machine code mean what the statement says?  (SPEC section 3, rule 9.)

    tools/check_meaning.py [--shapes] [FILE ...]
                                             statements (default: every tests/cases/*.txt that
                                             dynasm-rs is the oracle of); prints the statements
                                             whose bytes mean something else, and a summary.
                                             --shapes: one statement per mnemonic and operand
                                             shape (register classes, memory, immediate), which
                                             cuts the 41k case statements to about 8k
    tools/check_meaning.py --differences     checks tests/cases/differences.txt: llvm-mc and GNU
                                             as must both agree with the listed declasm bytes, and
                                             the dynasm-rs bytes must disassemble to another meaning
    tools/check_meaning.py --write-differences FILE ...
                                             the statements of FILEs (case files) on which declasm
                                             and dynasm-rs 5.1 (tools/probe.py) give other bytes,
                                             with the reason, merged into differences.txt

For each statement: declasm's bytes (tools/probe.py --declasm, cached per statement in
target/meaning/declasm.tsv), the statement translated to LLVM's Intel spelling (OWORD [..] ->
xmmword ptr [..], dynamic registers -> register 9, the test variables -> their values, NASM
aliases -> LLVM's names) and assembled by llvm-mc. Equal bytes: fine. Other bytes: both are
disassembled by llvm-mc and compared as text (memory operands as a sum of scaled registers and a
displacement, so [rax*2] = [rax + rax]); equal text is the same meaning by another encoding
(fine: dynasm-rs's bytes are kept, rule 9). Different text is reported as MEANING, and confirmed
with GNU as (`as --64 -msyntax=intel -mnaked-reg`). A statement llvm-mc cannot assemble is
counted as unchecked (GNU as is tried for it), and statements using labels are skipped.
Exit status 1 if a MEANING difference is not listed in tests/cases/differences.txt.

"Agree" for --differences: llvm-mc's bytes equal the declasm bytes, or (a statement with a
dynamic register, which forces the 3-byte VEX form, or another encoding dynasm-rs chooses for
the same instruction) their disassemblies are equal; GNU as (objdump) the same.
"""
import hashlib, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CACHE = os.path.join(ROOT, "target", "meaning")
DIFFS = os.path.join(ROOT, "tests", "cases", "differences.txt")
LLVM = ["llvm-mc", "-triple=x86_64", "-x86-asm-syntax=intel", "-output-asm-variant=1"]

SIZES = {"BYTE": "byte", "WORD": "word", "DWORD": "dword", "FWORD": "fword", "QWORD": "qword",
         "AWORD": "qword", "TWORD": "tbyte", "OWORD": "xmmword", "YWORD": "ymmword",
         "ZWORD": "zmmword"}
VARS = {"i8v": "0x11", "i16v": "0x2211", "i32v": "0x44332211", "i64v": "0x7766554433221100"}
GP64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"]
GP32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"]
GP16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"]
GP8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"]
DYN = {"Rq": "r9", "Rd": "r9d", "Rw": "r9w", "Rb": "r9b", "Rx": "xmm9", "Ry": "ymm9", "Rz": "zmm9",
       "Rm": "mm1", "RC": "cr9", "RD": "dr9", "Rf": "st(1)"}
# NASM's names of the FMA3 operand orders (dynasm-rs knows them, LLVM does not).
FMA_ORDER = {"123": "213", "312": "132", "321": "231", "132": "132", "213": "213", "231": "231"}


def reg(tok):
    m = re.fullmatch(r"r(\d+)([dwb]?)", tok)
    if m and int(m.group(1)) < 8:
        n = int(m.group(1))
        return {"": GP64, "d": GP32, "w": GP16, "b": GP8}[m.group(2)][n]
    m = re.fullmatch(r"st(\d)", tok)
    if m:
        return f"st({m.group(1)})"
    return tok


def split_ops(s):
    ops, depth, cur = [], 0, ""
    for c in s:
        if c in "[(":
            depth += 1
        elif c in "])":
            depth -= 1
        if c == "," and depth == 0:
            ops.append(cur.strip())
            cur = ""
        else:
            cur += c
    if cur.strip():
        ops.append(cur.strip())
    return ops


def subst(s):
    s = re.sub(r"\b(Rq|Rd|Rw|Rb|Rx|Ry|Rz|Rm|RC|RD|Rf)\(dynreg\)", lambda m: DYN[m.group(1)], s)
    s = re.sub(r"\bas _\b", "", s)
    for k, v in VARS.items():
        s = re.sub(r"\b%s\b" % k, v, s)
    return s


def translate(stmt, mask=True):
    """dynasm-rs statement -> LLVM Intel syntax, or None when it cannot be said there.

    The EVEX syntax (SPEC section 5) is LLVM's already: `zmm1{k1}{z}`, `ZWORD [rax]{k1}`,
    `DWORD [rax]{1to16}` and `{rz-sae}` pass through (ZWORD -> zmmword ptr), the `{vex}` and
    `{evex}` prefixes are kept, and an EVEX VSIB operand's keyword (the total data size, in both
    dialects) is kept."""
    # (A `.feature` directive before the statement changes nothing of its encoding.)
    stmt = re.sub(r"^\s*\.feature[^;]*;", "", stmt)
    if re.search(r"->|=>|<back|>fwd|extern|;|\bR[sBh]\(|\bdynreg\b.*\*\s*dynreg", stmt):
        return None
    stmt = subst(stmt.strip())
    words = stmt.split(None, 1)
    prefixes = []
    while words and words[0] in ("lock", "rep", "repe", "repz", "repne", "repnz", "{vex}", "{evex}"):
        prefixes.append(words[0])
        words = words[1].split(None, 1) if len(words) > 1 else []
    seg = ""
    if words and words[0] in ("cs", "ds", "es", "fs", "gs", "ss") and len(words) > 1:
        seg = words[0] + ":"
        words = words[1].split(None, 1)
    if not words or words[0] in ("cs", "ds", "es", "fs", "gs", "ss"):
        return None
    mn = words[0]
    m = re.fullmatch(r"(vf(?:n?m(?:add|sub)|maddsub|msubadd))(\d{3})(\w+)", mn)
    if m and m.group(2) in FMA_ORDER:
        mn = m.group(1) + FMA_ORDER[m.group(2)] + m.group(3)
    ops = []
    for k, op in enumerate(split_ops(words[1]) if len(words) > 1 else []):
        kw = None
        m = re.match(r"(BYTE|WORD|DWORD|FWORD|QWORD|AWORD|TWORD|OWORD|YWORD|ZWORD)\s+(.*)", op)
        if m:
            kw, op = m.group(1), m.group(2)
        # dynasm-rs spells the manual's r/m32 of the 64-bit LWP forms as r/m64.
        if mn in ("lwpins", "lwpval") and k == 1:
            kw = "DWORD" if kw == "QWORD" else kw
            op = {r: GP32[i] for i, r in enumerate(GP64)}.get(op, re.sub(r"^(r\d+)$", r"\1d", op))
        if mask and kw and not op.startswith("[") and re.fullmatch(r"0x[0-9a-fA-F]+", op.strip()):
            # A sized immediate takes the low bytes of a wider value (`BYTE i32v as _`) when its
            # slot is that size (`mask`; in a wider slot the keyword only selects the form).
            op = hex(int(op, 16) & ((1 << (8 * {"BYTE": 1, "WORD": 2, "DWORD": 4}.get(kw, 8))) - 1))
        if op.startswith("["):
            inner = re.sub(r"^\[\s*(NOSPLIT\s+)?(BYTE|DWORD)?\s*", "[", op)
            inner = re.sub(r"\b[a-z]\w*\b", lambda t: reg(t.group(0)), inner)
            # (A VEX VSIB operand's keyword is the element size in dynasm-rs, the total size in
            # LLVM: left out. An EVEX one, with its mandatory `{k}`, is the total size in both.)
            vsib = re.search(r"\b[xy]mm\d+\b", inner) and "{k" not in stmt
            ops.append((SIZES[kw] + " ptr " if kw and not vsib else "") + seg + inner)
        else:
            ops.append(reg(op))
    return " ".join(prefixes + [mn]) + (" " + ", ".join(ops) if ops else "")


def run(cmd, inp=None):
    return subprocess.run(cmd, input=inp, capture_output=True, text=True)


def llvm_assemble(lines):
    """{index: bytes} for the lines llvm-mc assembles (each must give exactly one instruction)."""
    src = "".join(f"L{i}:\n{l}\n" for i, l in enumerate(lines) if l is not None) + "Lend:\n"
    out = run(LLVM + ["-show-encoding"], src).stdout
    res, cur, enc = {}, None, []
    for line in out.splitlines():
        m = re.match(r"L(\d+|end):", line)
        if m:
            if cur is not None and enc:
                res[cur] = bytes(enc)
            cur = None if m.group(1) == "end" else int(m.group(1))
            enc = []
            continue
        m = re.search(r"encoding: \[([^\]]*)\]", line)
        if m and cur is not None:
            enc += [int(x, 16) for x in m.group(1).split(",") if x]
    return res


def gnu_assemble(line):
    with tempfile.TemporaryDirectory() as d:
        with open(d + "/a.s", "w") as f:
            f.write(".intel_syntax noprefix\n" + line + "\n")
        if run(["as", "--64", "-msyntax=intel", "-mnaked-reg", "-o", d + "/a.o", d + "/a.s"]).returncode:
            return None
        run(["objcopy", "-O", "binary", "-j", ".text", d + "/a.o", d + "/a.bin"])
        return open(d + "/a.bin", "rb").read()


def disassemble(seqs):
    """llvm-mc disassembly of each byte string: [text or None] (a ud2 after each one separates
    them; when a byte string does not decode, all are disassembled one at a time)."""
    src = "".join(" ".join(f"0x{b:02x}" for b in s) + "\n0x0f 0x0b\n" for s in seqs)
    r = run(LLVM[:1] + ["--disassemble"] + LLVM[1:2] + LLVM[3:], src)
    res, cur = [], []
    for line in r.stdout.splitlines():
        line = line.strip()
        if not line or line.startswith("."):
            continue
        if line == "ud2":
            res.append(" ; ".join(cur))
            cur = []
        else:
            cur.append(line)
    if "invalid" in r.stderr or len(res) != len(seqs):
        if len(seqs) == 1:
            return [None]
        return [disassemble([s])[0] for s in seqs]
    return res


def objdump(seq):
    """objdump's disassembly of one byte string (it shows what llvm-mc leaves out, e.g. `addr32`)."""
    with tempfile.TemporaryDirectory() as d:
        open(d + "/a.bin", "wb").write(seq)
        out = run(["objdump", "-D", "-b", "binary", "-m", "i386:x86-64", "-M", "intel", d + "/a.bin"]).stdout
    return [l.split("\t")[-1].strip() for l in out.splitlines() if re.match(r"\s+[0-9a-f]+:\t", l)]


def canon(text):
    """Disassembly text with memory operands as {reg: scale}, disp and numbers as integers."""
    if text is None:
        return None

    def mem(m):
        terms, disp = {}, 0
        for sign, t in re.findall(r"([+-]?)\s*([^+-]+)", m.group(1).replace(" ", "")):
            k = -1 if sign == "-" else 1
            if re.fullmatch(r"(0x[0-9a-f]+|\d+)", t):
                disp += k * int(t, 0)
            elif "*" in t:
                a, b = t.split("*")
                r, n = (b, int(a)) if a.isdigit() else (a, int(b))
                terms[r] = terms.get(r, 0) + n
            elif t != "riz":
                terms[t] = terms.get(t, 0) + 1
        return "[" + "+".join(f"{r}*{n}" for r, n in sorted(terms.items())) + f"+{disp & (2**64 - 1):x}]"

    t = re.sub(r"\[([^\]]*)\]", mem, text.lower().split("#")[0])
    t = re.sub(r"\b(0x[0-9a-f]+|\d+)\b", lambda m: str(int(m.group(0), 0)), t)
    # A load of a segment register reads 16 bits whatever the operand size: llvm-mc prints
    # `mov ds, eax` without a 66 prefix and `mov ds, ax` with one.
    t = re.sub(r"^(mov\s+[c-gs]s,\s*)e([a-z]{2})$", r"\1\2", t.strip())
    t = re.sub(r"^(mov\s+[c-gs]s,\s*)(r\d+)d$", r"\1\2w", t)
    return re.sub(r"\s+", " ", t).strip()


def declasm_bytes(stmts):
    os.makedirs(CACHE, exist_ok=True)
    # Keyed by the sources: a change of declasm starts a new cache.
    h = hashlib.sha1()
    for d, _, fs in sorted(os.walk(os.path.join(ROOT, "src"))):
        for fn in sorted(fs):
            # (The table sources reach the build only through generated.rs.)
            if d.endswith("mnemonics") and fn != "generated.rs":
                continue
            h.update(open(os.path.join(d, fn), "rb").read())
    path = os.path.join(CACHE, "declasm-%s.tsv" % h.hexdigest()[:12])
    cache = {}
    if os.path.exists(path):
        for line in open(path):
            s, r = line.rstrip("\n").split("\t", 1)
            cache[s] = r
    todo = sorted({s for s in stmts if s not in cache})
    for k in range(0, len(todo), 2500):
        chunk = todo[k:k + 2500]
        tmp = os.path.join(CACHE, "todo.txt")
        with open(tmp, "w") as f:
            f.write("\n".join(chunk) + "\n")
        sys.stderr.write(f"declasm: {k + len(chunk)}/{len(todo)} statements\n")
        r = run([sys.executable, os.path.join(HERE, "probe.py"), "--declasm", tmp])
        if r.returncode:
            sys.exit(r.stderr)
        with open(path, "a") as f:
            for line in r.stdout.splitlines():
                res, s = line.split("\t", 1)
                cache[s] = res
                f.write(f"{s}\t{res}\n")
    return {s: cache[s] for s in stmts}


def hexb(b):
    return " ".join(f"{x:02X}" for x in b)


def differences():
    rows = []
    if os.path.exists(DIFFS):
        for line in open(DIFFS):
            if line.strip() and not line.startswith("#"):
                rows.append(line.rstrip("\n").split("\t"))
    return rows


# The reason of each kind of difference, by the mnemonic (regular expression) and whether dynasm-rs's
# bytes decode at all.
REASONS = [
    (r"vf(n?m(add|sub)|maddsub|msubadd)(132|213|231|123|312|321)pd$",
     "dynasm-rs encodes VEX.W0, the packed-single instruction"),
    (r"vf(n?m(add|sub)|maddsub|msubadd)p[sd]$",
     "dynasm-rs encodes W0 with operand 4 in ModRM.rm, which swaps operands 3 and 4"),
    (r"vpcmov$", "dynasm-rs encodes XOP.W0 with the memory fourth, which makes it operand 3"),
    (r"v(shufp[sd]|cmpp[sd]|blendp[sd]|dpps|palignr|pblend[wd]|mpsadbw)$",
     "dynasm-rs swaps operands 2 and 3 (a memory third operand is left out, vvvv = 0)"),
    (r"v(psrlq|broadcastss|cmpeq_ospd)$", "dynasm-rs encodes VEX.L0, the xmm instruction"),
    (r"v(gather[dq]pd|pgather[dq]q|pmaskmovq)$",
     "dynasm-rs encodes VEX.W0, the 32-bit-element instruction"),
    (r"(bextr|lwpins|lwpval)$", "dynasm-rs writes XOP map 10h (8F F0), which is no instruction"),
    (r"mov$", "dynasm-rs encodes the load of a segment register with 8C, the store"),
    (r"fsetpm$", "dynasm-rs leaves out the 9B (wait): fnsetpm (GNU as gives 9B DB E4; llvm-mc refuses fsetpm)"),
    (r"f(stsw|stcw|stenv|save|clex|init|eni|disi)$",
     "dynasm-rs puts the REX, segment or 67 prefix before the 9B, where it applies to the wait"),
]


def reason(stmt, dyn_text):
    words = stmt.split(";")[-1].split()
    while words[0] in ("lock", "rep", "repe", "repne", "cs", "ds", "es", "fs", "gs", "ss"):
        words = words[1:]
    mn = words[0]
    for rx, why in REASONS:
        if re.match(rx, mn):
            return why + (f"; its bytes decode as `{dyn_text}`" if dyn_text else "")
    raise SystemExit(f"no reason known for a difference on `{stmt}`")


def write_differences(files):
    stmts = []
    for fn in files:
        stmts += [l.split("\t")[0].strip() for l in open(fn).read().splitlines() if l.strip() and not l.startswith("#")]
    stmts = list(dict.fromkeys(stmts))
    ours = declasm_bytes(stmts)
    tmp = os.path.join(CACHE, "oracle.txt")
    with open(tmp, "w") as f:
        f.write("\n".join(stmts) + "\n")
    r = run([sys.executable, os.path.join(HERE, "probe.py"), tmp])
    if r.returncode:
        sys.exit(r.stderr)
    oracle = {}
    for line in r.stdout.splitlines():
        res, st = line.split("\t", 1)
        oracle[st] = res
    rows = {row[0]: row for row in differences()}
    diff = [st for st in stmts if oracle[st] != ours[st]]
    for st in diff:
        if not (oracle[st].startswith("OK ") and ours[st].startswith("OK ")):
            sys.exit(f"`{st}`: dynasm-rs {oracle[st]}, declasm {ours[st]}: not a difference of bytes")
    texts = disassemble([bytes.fromhex(oracle[st][3:]) for st in diff])
    for st, t in zip(diff, texts):
        rows[st] = [st, oracle[st][3:], ours[st][3:], reason(st, re.sub(r"\s+", " ", t.split("#")[0]).strip() if t else None)]
    with open(DIFFS, "w") as f:
        for st in sorted(rows):
            f.write("\t".join(rows[st]) + "\n")
    print(f"{len(diff)} of {len(stmts)} statements differ; differences.txt has {len(rows)}")


def agrees(dec, other, dec_text):
    """Whether an assembler's bytes `other` agree with declasm's `dec` (see the top)."""
    if other is None:
        return False
    if other == dec:
        return True
    return canon(dec_text) is not None and canon(dec_text) == canon(disassemble([other])[0])


def check_differences():
    rows = differences()
    bad = 0
    ours = declasm_bytes([r[0] for r in rows])
    exact = 0
    for stmt, dyn, dec, why in rows:
        for mask in (True, False):
            t = translate(stmt, mask)
            llvm = llvm_assemble([t]).get(0) if t else None
            gnu = gnu_assemble(t) if t else None
            if llvm == bytes.fromhex(dec) or gnu == bytes.fromhex(dec):
                break
        got = ours[stmt]
        dyn_text, dec_text = disassemble([bytes.fromhex(dyn), bytes.fromhex(dec)])
        decb = bytes.fromhex(dec)
        errs = []
        if t is None:
            errs.append("the statement cannot be said to llvm-mc")
        # (A row whose reason says llvm-mc refuses the statement rests on GNU as and the SDM.)
        if not agrees(decb, llvm, dec_text) and not (llvm is None and "llvm-mc refuses" in why):
            errs.append(f"llvm-mc gives {hexb(llvm) if llvm else 'an error'}")
        if not agrees(decb, gnu, dec_text):
            errs.append(f"GNU as gives {hexb(gnu) if gnu else 'an error'}")
        exact += llvm == decb and gnu == decb
        if got != "OK " + dec:
            errs.append(f"declasm gives {got}")
        if (dyn_text is not None and canon(dyn_text) == canon(dec_text)
                and objdump(bytes.fromhex(dyn)) == objdump(decb)):
            errs.append(f"dynasm-rs's bytes mean the same ({dyn_text})")
        if errs:
            bad += 1
            print(f"BAD  {stmt}: " + "; ".join(errs))
    print(f"{len(rows)} differences: {exact} with llvm-mc's and GNU as's bytes, "
          f"{len(rows) - exact - bad} with their meaning (other encoding), {bad} not confirmed")
    return bad == 0


def shape(st):
    """A statement's mnemonic and operand shape: registers by class, memory, immediates."""
    t = re.sub(r"\[[^\]]*\]", "[m]", st)
    t = re.sub(r"\b(xmm|ymm|mm|st|cr|dr|bnd)\d+\b", r"\1", t)
    t = re.sub(r"\bR[a-zA-Z]\(dynreg\)", "dyn", t)
    t = re.sub(r"\b(r\d+[dwb]?|[re]?[abcd]x|[abcd][lh]|[re]?(si|di|sp|bp)|(si|di|sp|bp)l)\b", "gp", t)
    return re.sub(r"(-?\b(0x[0-9a-fA-F]+|\d+)\b|\bi\d+v\b( as _)?)", "imm", t)


def main():
    args = sys.argv[1:]
    shapes = "--shapes" in args
    args = [a for a in args if a != "--shapes"]
    if args and args[0] == "--write-differences":
        return write_differences(args[1:])
    if "--differences" in args:
        sys.exit(0 if check_differences() else 1)
    files = args or [os.path.join(ROOT, "tests", "cases", f) for f in sorted(os.listdir(os.path.join(ROOT, "tests", "cases")))
                     if f.endswith(".txt") and not f.startswith("candidates")]
    stmts = []
    for fn in files:
        lines = open(fn).read().splitlines()
        if lines and lines[0].startswith("# oracle:"):
            continue
        stmts += [l.split("\t")[0] for l in lines if l.strip() and not l.startswith("#")]
    stmts = list(dict.fromkeys(stmts))
    if shapes:
        seen = {}
        for st in stmts:
            # Prefer a statement without dynamic registers or run-time values.
            k = shape(st)
            if k not in seen or ("dynreg" in seen[k] or re.search(r"\bi\d+v\b", seen[k])) and not (
                    "dynreg" in st or re.search(r"\bi\d+v\b", st)):
                seen[k] = st
        stmts = list(seen.values())
    trans = [translate(s) for s in stmts]
    stmts = [s for s, t in zip(stmts, trans) if t is not None]
    trans = [t for t in trans if t is not None]
    ours = declasm_bytes(stmts)
    llvm = llvm_assemble(trans)
    listed = {r[0] for r in differences()}
    same = other = unchecked = refused = 0
    todo = []
    for i, (s, t) in enumerate(zip(stmts, trans)):
        r = ours[s]
        if not r.startswith("OK "):
            refused += 1
            continue
        d = bytes.fromhex(r[3:])
        if i in llvm and llvm[i] == d:
            same += 1
        elif i in llvm:
            todo.append((s, t, d, llvm[i]))
        else:
            g = gnu_assemble(t)
            if g is None:
                unchecked += 1
                print(f"UNCHECKED  {s}  ->  {t}")
            elif g == d:
                same += 1
            else:
                todo.append((s, t, d, g))
    dis = disassemble([x for _, _, d, o in todo for x in (d, o)])
    meaning = unlisted = 0
    for k, (s, t, d, o) in enumerate(todo):
        a, b = dis[2 * k], dis[2 * k + 1]
        if a is not None and canon(a) == canon(b):
            other += 1
            continue
        meaning += 1
        mark = "listed" if s in listed else "MEANING"
        unlisted += s not in listed
        g = gnu_assemble(t)
        print(f"{mark}  {s}\n    declasm {hexb(d)}  = {a}\n    llvm-mc {hexb(o)}  = {b}\n"
              f"    GNU as  {hexb(g) if g else 'error'}")
    print(f"{len(stmts)} statements: {same} same bytes, {other} same meaning (other encoding), "
          f"{meaning} other meaning ({unlisted} not in differences.txt), {unchecked} unchecked, "
          f"{refused} refused by declasm")
    sys.exit(1 if unlisted else 0)


if __name__ == "__main__":
    main()
