#!/usr/bin/env python3
"""Second oracle for the aarch64 corpus: llvm-mc.

  tools/a64_llvm.py [FILES...]   (default tests/cases/a64/*.txt except rejected.txt)

Translates each recorded dynasm-rs statement to LLVM's syntax where that is mechanical (arrangements
`b16` -> `16b`, `{v0.b16 * 4}` -> an explicit list, `#` before immediates, `mrs x0, 0x5A10` ->
`S3_3_C4_C2_0`, `mov.inverted`/`mov.logical` -> `mov`/`orr ..., xzr`), assembles them all with
`llvm-mc -triple=aarch64 -show-encoding` and compares the bytes with dynasmrt's.  Statements with
labels, numeric branch offsets, run-time values, dynamic registers or directives are skipped.
Prints a summary per file, then `DIFF` lines (`statement<TAB>dynasmrt<TAB>llvm-mc<TAB>llvm text`) and,
with -v, `NOLLVM` lines (statements llvm-mc refuses).
"""
import glob, os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MATTR = "+v8.5a,+neon,+crypto,+fullfp16,+lse,+rcpc,+sha3,+sm4,+dotprod,+fp16fml,+rdm,+pauth,+predres,+mte,+ssbs,+rcpc-immo"
ARR = {"b16": "16b", "b8": "8b", "h8": "8h", "h4": "4h", "h2": "2h", "s4": "4s", "s2": "2s", "d2": "2d", "d1": "1d",
       "q1": "1q", "b4": "4b"}
REGWORDS = re.compile(r"^(x\d+|w\d+|sp|wsp|xzr|wzr|v\d+|[bhsdq]\d*|lsl|lsr|asr|ror|msl|[us]xt[bhwx]|eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al|nv|"
                      r"c\d+|sy|ish|ishld|ishst|nsh|nshld|nshst|osh|oshld|oshst|ld|st|csync|rctx|ivau|iallu|ialluis|civac|cvac|cvau|zva|ivac|isw|csw|cisw|cvap|gva|"
                      r"s1e[0-3][rw]p?|s12e[01][rw]|vmalle1|vmalle1is|vae1|vae1is|aside1|vaae1|alle[123]|spsel|daifset|daifclr|pan|uao|dit|ssbs|tco|"
                      r"[0-9].*|0x.*)$")


def translate(stmt):
    s = stmt
    if re.search(r"[<>]|->|=>|^\.|;|\b[A-Z]+\(|^(b|bl|cbz|cbnz|tbz|tbnz|adr|adrp|b\.\w+)\s", s):
        return None
    if re.match(r"^(ldr|ldrsw|prfm)\s+[^,]+,\s*-?\d", s):   # literal loads with a numeric offset
        return None
    mn, _, ops = s.partition(" ")
    for w in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", ops):
        if not REGWORDS.match(w):
            return None
    # register lists `{v0.b16 * 4}` (optionally followed by [idx])
    def lst(m):
        n, arr, cnt = int(m.group(1)), m.group(2), int(m.group(3))
        return "{" + ", ".join(f"v{(n + k) % 32}.{arr}" for k in range(cnt)) + "}"
    ops = re.sub(r"\{v(\d+)\.(\w+) \* (\d)\}", lst, ops)
    ops = re.sub(r"\{v(\d+)\.(\w+)\s*-\s*v(\d+)\.(\w+)\}", lambda m: "{v%s.%s - v%s.%s}" % m.groups(), ops)
    ops = re.sub(r"\bv(\d+)\.([bhsdq]\d+)\b", lambda m: f"v{m.group(1)}.{ARR.get(m.group(2), m.group(2))}", ops)
    ops = re.sub(r"(?<=[\s,])(-?(?:0x[0-9a-fA-F_]+|\d[\d_]*(?:\.\d+)?(?:e-?\d+)?))(?=$|[\s,\]!])",
                 lambda m: "#" + m.group(1).replace("_", ""), " " + ops).strip()
    if mn in ("mrs", "msr"):
        def sysreg(m):
            v = int(m.group(1), 0)
            return f"S{2 + (v >> 14)}_{(v >> 11) & 7}_C{(v >> 7) & 15}_C{(v >> 3) & 15}_{v & 7}"
        if mn == "mrs":
            ops = re.sub(r",\s*#(\w+)$", lambda m: ", " + sysreg(m), ops)
        else:
            ops = re.sub(r"^#(\w+),", lambda m: sysreg(m) + ",", ops)
    if mn == "mov.inverted":
        mn = "mov"
        r, imm = ops.split(", #")
        v = int(imm, 0)
        ops = f"{r}, #{hex(v)}"
    elif mn == "mov.logical":
        mn = "orr"
        r, imm = ops.split(", #")
        ops = f"{r}, {'wzr' if r.startswith('w') else 'xzr'}, #{imm}"
    elif mn in ("sys", "sysl"):
        pass
    return (mn + " " + ops).strip()


def llvm(lines):
    src = "".join(f"t{i}:\n{l}\n" for i, l in enumerate(lines))
    r = subprocess.run(["llvm-mc", "-triple=aarch64", f"-mattr={MATTR}", "-show-encoding"], input=src,
                       capture_output=True, text=True)
    res, cur = {}, None
    for l in r.stdout.splitlines():
        m = re.match(r"^t(\d+):", l)
        if m:
            cur = int(m.group(1))
            continue
        m = re.search(r"encoding: \[(.*)\]", l)
        if m and cur is not None:
            res[cur] = (" ".join(f"{int(b, 16):02X}" for b in m.group(1).split(",")), l.split("//")[0].strip())
            cur = None
    return res


def main():
    verbose = "-v" in sys.argv
    files = [a for a in sys.argv[1:] if a != "-v"] or sorted(
        f for f in glob.glob(os.path.join(ROOT, "tests/cases/a64/*.txt")) if not f.endswith("rejected.txt"))
    total = dict(n=0, tr=0, same=0, diff=0, nollvm=0)
    diffs, nol = [], []
    for f in files:
        recs = []
        for l in open(f):
            if l.startswith("#") or "\t" not in l:
                continue
            s, b = l.rstrip("\n").split("\t")
            recs.append((s, b))
        tr = [(s, b, translate(s)) for s, b in recs]
        tr = [t for t in tr if t[2]]
        res = llvm([t[2] for t in tr])
        same = diff = no = 0
        for i, (s, b, t) in enumerate(tr):
            if i not in res:
                no += 1
                nol.append(f"NOLLVM\t{s}\t{b}\t{t}")
            elif res[i][0] == b:
                same += 1
            else:
                diff += 1
                diffs.append(f"DIFF\t{s}\t{b}\t{res[i][0]}\t{res[i][1]}")
        print(f"{os.path.basename(f)}: {len(recs)} records, {len(tr)} translated, {same} same bytes, {diff} different, {no} refused by llvm-mc")
        for k, v in zip(("n", "tr", "same", "diff", "nollvm"), (len(recs), len(tr), same, diff, no)):
            total[k] += v
    print("total: {n} records, {tr} translated, {same} same, {diff} different, {nollvm} refused by llvm-mc".format(**total))
    for d in diffs:
        print(d)
    if verbose:
        for d in nol:
            print(d)


if __name__ == "__main__":
    main()
