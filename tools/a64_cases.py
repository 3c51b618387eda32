#!/usr/bin/env python3
"""aarch64 differential corpus: statements -> dynasmrt 5.1's bytes (tools/a64_probe.py).

  tools/a64_cases.py forms       ask dynasmrt, for every mnemonic of tools/a64/mnemonics.txt (the
                                 A64 ISA's mnemonics and aliases), which forms it accepts (its error
                                 message for a statement no form matches lists them) and write
                                 tools/a64/forms.txt
  tools/a64_cases.py expand      print the statements the generator makes (family<TAB>statement)
  tools/a64_cases.py check      check the records: every `dynamic`/`runtime` statement must have the
                                 bytes of its static twin (except where XSP/WSP selects another form)
  tools/a64_cases.py accept [FAMILY...]
                                 generate, probe with dynasmrt 5.1 and write
                                 tests/cases/a64/FAMILY.txt (`STATEMENT<TAB>HEX`, what it accepted,
                                 bytes as assembled at 0x10000) and tests/cases/a64/rejected.txt
                                 (`STATEMENT<TAB># ERR|PANIC|RTERR message`: what it refused, at compile
                                 time, or at run time by panicking / a finalize error)

The statements come from two sources:
- every form of tools/a64/forms.txt instantiated: each register placeholder and immediate varied
  over a few values (field edges, zr/sp, range ends, one past the range, a misaligned value) while
  the others keep a base value; optional parts with and without; each alternative of `A|B`;
  every condition code; labels of every kind for `<offset>`;
- every form's first pattern again with each register letter as a dynamic register of the same
  number (`X(dynreg - 8)` is x1; family `dynamic`) and with each immediate as a run-time expression
  of the same value in the candidate Rust types, plus one out of range (family `runtime`);
- tools/a64/extra.txt: hand-written statements for what the forms do not show (dynamic registers,
  run-time immediates, register-list spellings, symbolic operands, directives, labels; family
  `syntax`).
The record is made with the labels `->glob: ; back: ; =>dynl` before the statement and `fwd:`
after it, in a VecAssembler at 0x10000 (see tools/a64_probe.py for the run-time variables).
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
OUT = os.path.join(ROOT, "tests", "cases", "a64")

CONDS = ["eq", "ne", "cs", "hs", "cc", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"]

LOGICAL_W = [0xff, 0xff00, 0x0f0f0f0f, 0x55555555, 0x80000000, 0x7fffffff, 0xfffffffe, 0x00ff00ff, 1, 0xffff,
             0x3c3c3c3c, 0x1, 0xc0000003]
LOGICAL_X = [0xff, 0x5555555555555555, 0xffff0000ffff0000, 0x8000000000000000, 0x7fffffffffffffff,
             0xfffffffffffffffe, 0x0101010101010101, 0x3333333333333333, 0x00000000ffffffff, 1,
             0xff00ff00ff00ff00, 0x000000000000ffff, 0xc000000000000003, 0x1111111111111111]
LOGICAL_BAD = [0, 0x1234, "W:0xffffffff", "X:0xffffffffffffffff", "W:0x100000000"]
WIDE_W = [0, 0x1234, 0x12340000, 0xffff0000, 0xffff, 0x10000]
WIDE_X = [0, 0x1234, 0x12340000, 0x123400000000, 0x1234000000000000, 0xffff000000000000]
WIDE_BAD = [0x12345, 0x123456, "X:0xffffffffffffffff"]
WIDE_INV_W = [0xffffedcb, 0xedcbffff, 0xffffffff, 0xffff0000]
WIDE_INV_X = [0xffffffffffffedcb, 0xffffffffedcbffff, 0xffffedcbffffffff, 0xedcbffffffffffff, 0xffffffffffffffff]
FLOATS = ["1.0", "0.5", "-2.5", "31.0", "0.125", "-1.9375", "2.0", "0.1", "1", "0.0", "32.0"]
STRETCHED = [0xff00ff00ff00ff00, 0, 0xffffffffffffffff, 0x00ff00ff00ff00ff, 0xff, 0x1234]


# ---------------------------------------------------------------- form parsing

def split_form(line):
    m = re.match(r"^(.*?)\s{2,}\((.*)\)\s*$", line)
    body, cons = (m.group(1), m.group(2)) if m else (line.strip(), "")
    mn, _, ops = body.strip().partition(" ")
    return mn, ops.strip(), cons


def parse_constraints(cons):
    """-> dict placeholder -> spec; registers: 'n'/'m'/'a'/'b' -> ('even',) or ('max', k)."""
    spec = {}
    # protect commas inside [..]
    parts = re.split(r",\s*(?![^\[]*\])", cons) if cons else []
    for p in parts:
        p = p.strip()
        m = re.fullmatch(r"#?(u|s)?imm(\d?) <= (\d+)", p)
        if m:
            spec.setdefault(f"{m.group(1) or ''}imm{m.group(2)}", {}).update(lo=0, hi=int(m.group(3)))
            continue
        m = re.fullmatch(r"(-?\d+) <= #(u|s)imm(\d?) <= (\d+)(?: - (u|s)imm(\d?))?", p)
        if m:
            d = spec.setdefault(f"{m.group(2)}imm{m.group(3)}", {})
            d.update(lo=int(m.group(1)), hi=int(m.group(4)))
            if m.group(5):
                d["minus"] = f"{m.group(5)}imm{m.group(6)}"
            continue
        m = re.fullmatch(r"#(u|s)imm(\d?) = (\d+) \* N", p)
        if m:
            spec.setdefault(f"{m.group(1)}imm{m.group(2)}", {})["step"] = int(m.group(3))
            continue
        m = re.fullmatch(r"#(u|s)imm(\d?) = \[(.*)\]", p)
        if m:
            spec.setdefault(f"{m.group(1)}imm{m.group(2)}", {})["set"] = [int(x) for x in m.group(3).split(",")]
            continue
        m = re.fullmatch(r"([nmab]) is even", p)
        if m:
            spec.setdefault(m.group(1), {})["even"] = True
            continue
        m = re.fullmatch(r"([nmab]) is 0-(\d+)", p)
        if m:
            spec.setdefault(m.group(1), {})["max"] = int(m.group(2))
            continue
        m = re.fullmatch(r"offset is (\d+) bit", p)
        if m:
            spec.setdefault("offset", {})["bits"] = int(m.group(1))
            continue
        m = re.fullmatch(r"(\d+)-byte aligned", p)
        if m:
            spec.setdefault("offset", {})["align"] = int(m.group(1))
            continue
        if p == "4K-page aligned":
            spec.setdefault("offset", {})["page"] = True
            continue
        m = re.fullmatch(r"#imm is a (\w+ ?\w*) immediate", p)
        if m:
            spec["imm"] = {"kind": m.group(1)}
            continue
        spec.setdefault("_unparsed", []).append(p)
    return spec


def expand_optional(s):
    """Every way of keeping or dropping the `{ ... }` optional groups (not register lists)."""
    m = None
    for mm in re.finditer(r"\{([^{}]*)\}", s):
        if not re.match(r"\s*V", mm.group(1)):
            m = mm
            break
    if m is None:
        return [s]
    return expand_optional(s[:m.start()] + " " + m.group(1) + " " + s[m.end():]) + \
        expand_optional(s[:m.start()] + s[m.end():])


def expand_alternatives(s):
    s = re.sub(r"(\w+)\[([A-Z]{2,})\]", lambda m: "|".join(m.group(1) + c for c in m.group(2)), s)
    # `|UXT` pieces from `LSL|UXT[BHWX]|SXT[BHWX]` are joined by the substitution above
    toks = re.split(r"(\s+|,|\[|\]|\{|\}|!)", s)
    outs = [[]]
    for t in toks:
        if "|" in t:
            alts = [a for a in t.split("|") if a]
            if any(a in ("SP", "WSP") for a in alts):
                alts = [a + "~" if a not in ("SP", "WSP") else a for a in alts]
            outs = [o + [a] for o in outs for a in alts]
        else:
            outs = [o + [t] for o in outs]
    return ["".join(o) for o in outs]


def normalise(s):
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"\s*,\s*", ", ", s)
    s = re.sub(r"\[\s*", "[", s)
    s = re.sub(r"\s*\]", "]", s)
    s = re.sub(r"(, )+", ", ", s)
    s = re.sub(r", \]", "]", s)
    return s.strip().strip(",").strip()


REG = re.compile(r"(?<![\w.])(\{)?V([nmab])\.([BHSDQ]\d*)( \* (\d))?(\})?(\[uimm1?\])?|(?<![\w.])([XWBHSDQ])([nmab])(\+1)?(~)?(?!\w)")
IMM = re.compile(r"#?(?<![\w])(uimm1?|simm1?|imm)(?!\w)|<cond>|<offset>|\b(barrier_op|at_op|dc_op|ic_op|tlbi_op|msr_imm_op|control_reg|rctx)\b")


class Form:
    def __init__(self, line):
        self.line = line
        self.mn, self.ops, cons = split_form(line)
        self.spec = parse_constraints(cons)
        self.patterns = []
        for o in expand_optional(self.ops):
            for a in expand_alternatives(o):
                p = normalise(a)
                if p not in self.patterns:
                    self.patterns.append(p)


# ---------------------------------------------------------------- instantiation

SYMBOLIC = {
    "barrier_op": ["sy", "ish", "ishld", "ishst", "nsh", "nshld", "nshst", "osh", "oshld", "oshst", "ld", "st"],
    "at_op": ["s1e1r", "s1e1w", "s1e0r", "s1e0w", "s1e2r", "s1e3r", "s12e1r", "s1e1rp"],
    "dc_op": ["civac", "cvac", "cvau", "zva", "ivac", "isw", "csw", "cisw", "cvap", "gva"],
    "ic_op": ["ialluis", "iallu", "ivau"],
    "tlbi_op": ["vmalle1", "vmalle1is", "vae1", "vae1is", "aside1", "vaae1", "alle1", "alle2", "alle3"],
    "msr_imm_op": ["spsel", "daifset", "daifclr", "pan", "uao", "dit", "ssbs", "tco"],
    "control_reg": ["c0", "c7", "c15"],
    "rctx": ["rctx"],
}


def reg_text(kind, num, sp_ok):
    k = kind.lower()
    if num == 31 and kind in "XW":
        return ("sp" if kind == "X" else "wsp") if sp_ok else (k + "zr")
    return f"{k}{num}"


def imm_values(name, spec, first_reg, mn=""):
    """(base, [variations]) for an immediate placeholder."""
    d = spec.get(name, {})
    if name == "imm":
        kind = d.get("kind", "")
        w = first_reg == "W"
        if kind == "logical":
            good = LOGICAL_W if w else LOGICAL_X
            bad = [v for v in LOGICAL_BAD if not isinstance(v, str)] + [int(v[2:], 16) for v in LOGICAL_BAD if isinstance(v, str) and v[0] == ("W" if w else "X")]
            return hex(good[0]), [hex(v) for v in good[1:] + bad]
        if kind == "wide" and mn == "mov.inverted":
            good = WIDE_INV_W if w else WIDE_INV_X
            return hex(good[0]), [hex(v) for v in good[1:] + [0x1234, 0xffffffffffff0000 if not w else 0x0]]
        if kind == "wide":
            good = WIDE_W if w else WIDE_X
            bad = WIDE_BAD
            return hex(good[1]), [hex(v) if isinstance(v, int) else v[2:] for v in good + bad]
        if kind == "floating point":
            return FLOATS[0], FLOATS[1:]
        if kind == "stretched":
            return hex(STRETCHED[0]), [hex(v) for v in STRETCHED[1:]]
        return "1", ["0", "0xff"]
    if "set" in d:
        s = d["set"]
        bad = max(s) + 1 if max(s) + 1 not in s else max(s) + 2
        return str(s[-1]), [str(v) for v in s] + [str(bad)]
    lo, hi = d.get("lo"), d.get("hi")
    step = d.get("step", 1)
    if lo is None:
        lo = 0
    if hi is None:
        hi = 15 if name.startswith("u") else 255
        if name.startswith("s"):
            lo = -256
    vals = [lo, hi - (hi - lo) % step if step > 1 else hi]
    mid = lo + ((hi - lo) // 2 // step) * step
    if lo < 0 < hi:
        mid = step
    base = mid if mid != lo or hi == lo else hi
    vals.append(mid)
    if lo < 0:
        vals.append(-step)
    vals.append(vals[1] + step)                 # one past the range (refused)
    if lo < 0:
        vals.append(lo - step)
    if step > 1:
        vals.append(mid + step // 2 if step // 2 else mid + 1)   # misaligned (refused)
    out = []
    for v in vals:
        if str(v) not in out:
            out.append(str(v))
    return str(base), out


def offset_values(spec):
    d = spec.get("offset", {})
    bits = d.get("bits", 19)
    if d.get("page"):
        span = 1 << (bits - 1 + 12)
        num = ["0", "4096", "-4096", str(span - 4096), str(-span), str(span), "2048"]
    else:
        align = d.get("align", 1)
        span = (1 << (bits - 1)) * (align if align > 1 else 1)
        num = ["0", "8", "-8", str(span - align), str(-span), str(span), str(-span - align)]
        if align > 1:
            num.append("2")
    labels = [">fwd", "<back", "->glob", "=>dynl", ">fwd + 8", "->glob - 4"]
    return labels[0], labels[1:] + num


class Slot:
    def __init__(self, kind, key):
        self.kind, self.key = kind, key


def instantiate(form, pattern, hashes=False, regs=True, mode=None):
    """-> list of statements: a base statement and its variations."""
    spec = form.spec
    # register letters used and their kinds
    letters = collections.OrderedDict()
    first_reg = None
    for m in REG.finditer(pattern):
        if m.group(2):
            letters.setdefault(m.group(2), "V")
            first_reg = first_reg or "V"
        else:
            letters.setdefault(m.group(9), m.group(8))
            first_reg = first_reg or m.group(8)
    base_reg = {}
    defaults = {"n": 1, "m": 2, "a": 3, "b": 4}
    for L in letters:
        v = defaults[L]
        if spec.get(L, {}).get("even"):
            v = {"n": 2, "m": 4, "a": 6, "b": 8}[L]
        base_reg[L] = v
    reg_vars = {}
    for L, kind in letters.items():
        s = spec.get(L, {})
        mx = s.get("max", 31)
        vs = [0, 31, 17] if kind != "V" else [0, 31]
        vs = [v for v in vs if v <= mx] + ([mx + 1] if mx < 31 else [])
        if s.get("even"):
            vs = [0, 30, 3]
        reg_vars[L] = vs
    imms = collections.OrderedDict()
    for m in IMM.finditer(pattern):
        t = m.group(0)
        if t == "<cond>":
            imms["cond"] = ("eq", CONDS)
        elif t == "<offset>":
            imms["offset"] = offset_values(spec)
        elif m.group(2):
            vals = SYMBOLIC[m.group(2)]
            imms[m.group(2)] = (vals[0], vals[1:] + ["1"])
        else:
            name = m.group(1)
            if name not in imms:
                imms[name] = imm_values(name, spec, first_reg, form.mn)
    # element indices `[uimm]` use the same names as #uimm, found above by IMM (word boundary)

    def render(regs, vals):
        def rrep(m):
            if m.group(2):
                L, arr = m.group(2), m.group(3).lower()
                n = regs[L]
                if isinstance(n, str):  # dynamic register expression
                    s = ("{V(%s).%s * %s}" % (n, arr, m.group(5) or 1)) if m.group(1) else f"V({n}).{arr}"
                    if m.group(7):
                        s += "[" + vals[m.group(7)[1:-1]] + "]"
                    return s
                if m.group(1):  # list
                    cnt = int(m.group(5) or 1)
                    body = ", ".join(f"v{(n + k) % 32}.{arr}" for k in range(cnt))
                    s = "{" + body + "}"
                else:
                    s = f"v{n}.{arr}"
                if m.group(7):
                    s += "[" + vals[m.group(7)[1:-1]] + "]"
                return s
            kind, L = m.group(8), m.group(9)
            if isinstance(regs[L], str):
                fam = kind + ("SP" if m.group(11) and kind in "XW" else "")
                return f"{fam}({regs[L]})"
            n = regs[L] + (1 if m.group(10) else 0)
            return reg_text(kind, n, bool(m.group(11)))

        s = REG.sub(rrep, pattern)

        def irep(m):
            t = m.group(0)
            if t == "<cond>":
                return None
            if t == "<offset>":
                return vals["offset"]
            if m.group(2):
                return vals[m.group(2)]
            name = m.group(1)
            v = vals[name]
            return ("#" + v) if hashes and t.startswith("#") else v
        out = []
        pos = 0
        for m in IMM.finditer(s):
            out.append(s[pos:m.start()])
            if m.group(0) == "<cond>":
                out.append(vals["cond"])
            else:
                out.append(irep(m))
            pos = m.end()
        out.append(s[pos:])
        s = "".join(out)
        s = re.sub(r"\b(LSL|LSR|ASR|ROR|MSL|UXT[BHWX]|SXT[BHWX]|SP|WSP)\b(?!\()", lambda k: k.group(0).lower(), s)
        mn = form.mn
        if mn.startswith("fcm") and s.endswith(", 0"):
            s = s + ".0"     # the forms' `0` is the floating-point zero, written 0.0
        if "<cond>" in mn:
            mn = mn.replace("<cond>", vals["cond"])
        return (mn + " " + s).strip()

    base_vals = {k: v[0] for k, v in imms.items()}
    # dependent range (bitfield width <= 64 - lsb)
    for k, d in spec.items():
        if isinstance(d, dict) and "minus" in d and k in base_vals:
            lim = d["hi"] - int(base_vals[d["minus"]])
            base_vals[k] = str(max(d["lo"], min(int(base_vals[k]), lim)))
            imms[k] = (base_vals[k], [str(d["lo"]), str(lim), str(lim + 1)])
    if "<cond>" in form.mn:
        imms["cond"] = ("eq", CONDS)
        base_vals["cond"] = "eq"
    out = [render(base_reg, base_vals)]
    if hashes:
        return out
    if mode == "dynamic":
        # each register letter in turn as a dynamic register with the base number
        # (`X(dynreg - 8)` is x1: the bytes must be the base statement's)
        res = []
        for L in letters:
            if re.search(r"\b[XW]" + L + r"\+1", pattern):
                continue
            r = dict(base_reg)
            r[L] = f"dynreg - {9 - base_reg[L]}" if base_reg[L] < 9 else f"dynreg + {base_reg[L] - 9}"
            res.append(render(r, base_vals))
        if len(letters) > 1 and not re.search(r"\+1", pattern):
            r = {L: f"dynreg - {9 - base_reg[L]}" for L in letters}
            res.append(render(r, base_vals))
        return res
    if mode == "runtime":
        # each numeric immediate as a run-time expression of the base value (the bytes must be the
        # base statement's), in the candidate Rust types, and one out of range (run-time check)
        res = []
        for k, (b, vs) in imms.items():
            if k in ("cond", "offset") or k in SYMBOLIC:
                continue
            kind = spec.get("imm", {}).get("kind", "") if k == "imm" else ""
            cands = []
            if kind == "floating point":
                cands = [f"(f32v - 1.0 + {b})"]
            elif b.startswith("-"):
                cands = [f"(i + 2 {b.replace('-', '- ')})"]
            else:
                cands = [f"(x - 3 + {b})", f"(i + 2 + {b})", f"(u64v - 0x1234 + {b})"]
                bad = vs[-1] if not kind else None
                if bad is not None and not bad.startswith("-"):
                    cands += [f"(x - 3 + {bad})", f"(i + 2 + {bad})"]
            for c in cands:
                vv = dict(base_vals)
                vv[k] = c
                res.append(render(base_reg, vv))
        return res
    for L, vs in (reg_vars.items() if regs else ()):
        for v in vs:
            r = dict(base_reg)
            r[L] = v
            out.append(render(r, base_vals))
    for k, (b, vs) in imms.items():
        for v in vs:
            vv = dict(base_vals)
            vv[k] = v
            out.append(render(base_reg, vv))
    return out


# ---------------------------------------------------------------- families

BRANCH = set("b bl br blr ret retaa retab braa braaz brab brabz blraa blraaz blrab blrabz cbz cbnz tbz tbnz adr adrp eret eretaa eretab drps".split())
SYSTEM = set("""mrs msr dmb dsb isb hint nop yield wfe wfi sev sevl svc hvc smc brk hlt dcps1 dcps2 dcps3 clrex sys sysl at dc ic tlbi
psb csdb esb ssbb pssbb sb tsb cfp dvp cpp cfinv setf8 setf16 rmif udf""".split())
CRYPTO_PREFIX = ("aes", "sha", "sm3", "sm4")
CRYPTO = {"eor3", "bcax", "rax1", "xar"}


def family(mn, stmt):
    base = mn.split(".")[0]
    if base in BRANCH or mn.startswith("b."):
        return "branch"
    if base in SYSTEM or base.startswith(("pac", "aut", "xpac")):
        return "system"
    if base.startswith(CRYPTO_PREFIX) or base in CRYPTO:
        return "crypto"
    if re.match(r"^(cas|swp|ld(add|clr|eor|set|smax|smin|umax|umin)|st(add|clr|eor|set|smax|smin|umax|umin))", base) and not base.startswith("stur"):
        return "atomic"
    if re.match(r"^(ld|st)(a|l)?x[rp]|^ld(a|l)?(x)?r[bh]?$|^ldar|^stlr|^ldapr|^ldlar|^stllr|^ldapur|^stlur|^ldax|^stlx", base) and base not in ("ldr", "ldrb", "ldrh"):
        return "exclusive"
    if re.match(r"^(ld|st)[1-4]r?$", base):
        return "simd_mem"
    has_v = re.search(r"\bv\d+\.|\b[bhsdq]\d+\b", stmt) is not None
    if re.match(r"^(ld|st|prf)", base):
        return "mem_fp" if has_v else "mem"
    if base.startswith("f") or base in ("scvtf", "ucvtf"):
        return "simd_fp" if re.search(r"\bv\d+\.", stmt) else "fp"
    if has_v:
        return "simd_int"
    return "int"


FAMILY_ORDER = ["int", "mem", "branch", "system", "exclusive", "atomic", "fp", "mem_fp", "simd_int", "simd_fp",
                "simd_mem", "crypto", "syntax", "dynamic", "runtime"]


def load_forms():
    forms = []
    for l in open(os.path.join(HERE, "a64", "forms.txt")):
        if l.startswith("#") or not l.strip():
            continue
        forms.append(Form(l.rstrip("\n")))
    return forms


def generate():
    """-> OrderedDict family -> list of statements (deduplicated, in order)."""
    fams = collections.OrderedDict((f, []) for f in FAMILY_ORDER)
    seen = set()
    for form in load_forms():
        for i, p in enumerate(form.patterns):
            # register variations for a form's first pattern only (the others differ in
            # shifts, optional parts and alternatives, which their base statement covers)
            stmts = instantiate(form, p, regs=(i == 0))
            if i == 0:
                stmts += instantiate(form, p, hashes=True)
            for s in stmts:
                if s in seen:
                    continue
                seen.add(s)
                fams[family(form.mn, s)].append(s)
    forms = load_forms()
    for mode in ("dynamic", "runtime"):
        for form in forms:
            if not form.patterns:
                continue
            for st in instantiate(form, form.patterns[0], mode=mode):
                if st not in seen:
                    seen.add(st)
                    fams[mode].append(st)
    for l in open(os.path.join(HERE, "a64", "extra.txt")):
        l = l.rstrip("\n")
        if not l.strip() or l.startswith("#"):
            continue
        if l not in seen:
            seen.add(l)
            fams["syntax"].append(l)
    return fams


def cmd_forms():
    import json
    os.environ["PROBE_FULL"] = "1"
    import a64_probe
    mn = []
    for l in open(os.path.join(HERE, "a64", "mnemonics.txt")):
        if not l.startswith("#"):
            mn += [m for m in l.split() if m not in mn]
    res = a64_probe.probe([f"{m} x0, x0, x0, x0, x0, x0, x0" for m in mn])
    with open(os.path.join(HERE, "a64", "forms.txt"), "w") as f:
        f.write("# Forms dynasmrt 5.1 lists per mnemonic, from its own error message for `MNEMONIC x0, x0, x0, x0, x0, x0, x0`\n"
                "# (tools/a64_cases.py forms). Unknown mnemonics are listed at the end.\n")
        unk = []
        for m, r in zip(mn, res):
            if "Unknown instruction" in r:
                unk.append(m)
                continue
            for l in r.split("\n"):
                if l.startswith(">>> "):
                    f.write(l[4:].rstrip() + "\n")
        f.write("# unknown: " + " ".join(unk) + "\n")


def cmd_accept(only):
    import a64_probe
    fams = generate()
    os.makedirs(OUT, exist_ok=True)
    rej_path = os.path.join(OUT, "rejected.txt")
    rejected = collections.OrderedDict()
    if os.path.exists(rej_path):
        for l in open(rej_path):
            if l.startswith("#") or "\t" not in l:
                continue
            s, e = l.rstrip("\n").split("\t", 1)
            rejected[s] = e
    for fam, stmts in fams.items():
        if only and fam not in only:
            continue
        for s in [s for s, e in rejected.items() if e.startswith(f"# {fam} ")]:
            del rejected[s]     # this family's old refusals: it is probed again in full
        res = a64_probe.probe(stmts)
        ok = []
        for s, r in zip(stmts, res):
            rejected.pop(s, None)
            if r.startswith("OK "):
                ok.append(f"{s}\t{r[3:]}")
            else:
                rejected[s] = f"# {fam} {r}"
        with open(os.path.join(OUT, fam + ".txt"), "w") as f:
            f.write("# oracle: dynasmrt 5.1\n")
            f.write(f"# family {fam}: statements dynasmrt accepts, each assembled alone at 0x10000 after"
                    " `->glob: ; back: ; =>dynl` and before `fwd:` (tools/a64_cases.py)\n")
            f.write("\n".join(ok) + "\n")
        sys.stderr.write(f"{fam}: {len(ok)} accepted, {len(stmts) - len(ok)} rejected\n")
        with open(rej_path, "w") as f:
            f.write("# oracle: dynasmrt 5.1 -- statements it refuses: `STATEMENT<TAB># FAMILY ERR <compile error>` or\n"
                    "# `# FAMILY PANIC <run-time panic>` / `RTERR <finalize error>` (tools/a64_cases.py)\n")
            for s, e in rejected.items():
                f.write(f"{s}\t{e}\n")


def records():
    rec = collections.OrderedDict()
    for f in sorted(os.listdir(OUT)):
        if not f.endswith(".txt") or f == "rejected.txt":
            continue
        for l in open(os.path.join(OUT, f)):
            if l.startswith("#") or "\t" not in l:
                continue
            st, b = l.rstrip("\n").split("\t")
            rec[st] = (f[:-4], b)
    return rec


def dyn_to_static(st):
    def reg(m):
        fam, op, k = m.group(1), m.group(2), int(m.group(3))
        n = 9 - k if op == "-" else 9 + k
        if fam in ("XSP", "WSP"):
            return ("sp" if fam == "XSP" else "wsp") if n == 31 else fam[0].lower() + str(n)
        return fam.lower() + str(n)

    def lst(m):
        n = 9 - int(m.group(2)) if m.group(1) == "-" else 9 + int(m.group(2))
        return "{" + ", ".join(f"v{(n + j) % 32}.{m.group(3)}" for j in range(int(m.group(4)))) + "}"
    st = re.sub(r"\{V\(dynreg ([-+]) (\d+)\)\.(\w+) \* (\d)\}", lst, st)
    return re.sub(r"\b(XSP|WSP|X|W|V|B|H|S|D|Q)\(dynreg ([-+]) (\d+)\)", reg, st)


def runtime_to_static(st):
    st = re.sub(r"\(x - 3 \+ ([^)]+)\)", r"\1", st)
    st = re.sub(r"\(i \+ 2 \+ ([^)]+)\)", r"\1", st)
    st = re.sub(r"\(i \+ 2 - ([^)]+)\)", r"-\1", st)
    st = re.sub(r"\(u64v - 0x1234 \+ ([^)]+)\)", r"\1", st)
    return re.sub(r"\(f32v - 1\.0 \+ ([^)]+)\)", r"\1", st)


def cmd_check():
    rec = records()
    bad = 0
    for fam, conv in (("dynamic", dyn_to_static), ("runtime", runtime_to_static)):
        same = sp_form = 0
        for st, (f, b) in rec.items():
            if f != fam:
                continue
            twin = conv(st)
            if twin not in rec:
                print(f"NO TWIN\t{st}\t{twin}")
                bad += 1
            elif rec[twin][1] == b:
                same += 1
            elif "SP(" in st:
                sp_form += 1
            else:
                print(f"DIFF\t{st}\t{b}\t{twin}\t{rec[twin][1]}")
                bad += 1
        print(f"{fam}: {same} same bytes as the static twin, {sp_form} other form chosen by XSP/WSP")
    sys.exit(1 if bad else 0)


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "expand"
    if cmd == "forms":
        cmd_forms()
    elif cmd == "expand":
        for fam, stmts in generate().items():
            for s in stmts:
                print(f"{fam}\t{s}")
    elif cmd == "check":
        cmd_check()
    elif cmd == "accept":
        cmd_accept(sys.argv[2:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
