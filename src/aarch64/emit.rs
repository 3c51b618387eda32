//! What the `.arch aarch64` `dynasm!` front end calls: operand descriptors built from the
//! statement's tokens (`const fn`s, evaluated in the instruction's constant), the Rust type of
//! each run-time value ([`Kind`], [`Value`]) and the run-time fill of the instruction word
//! ([`word`]).

use super::encoder::{fill, Enc};
use super::form::{imm, reloc};
use super::operand::{arr, class, imm as state, kind, Op, DYN};

// --- operands --------------------------------------------------------------------------------

/// An arrangement (`b16`, `B16`, ...) or element size (`b`, `h`, `s`, `d`) by name, any case.
const fn arrangement(name: &str) -> Option<u8> {
    const NAMES: [(&str, u8); 15] = [
        ("b8", arr::B8),
        ("b16", arr::B16),
        ("h4", arr::H4),
        ("h8", arr::H8),
        ("s2", arr::S2),
        ("s4", arr::S4),
        ("d1", arr::D1),
        ("d2", arr::D2),
        ("q1", arr::Q1),
        ("b4", arr::B4),
        ("h2", arr::H2),
        ("b", arr::B),
        ("h", arr::H),
        ("s", arr::S),
        ("d", arr::D),
    ];
    let n = name.as_bytes();
    let mut i = 0;
    while i < NAMES.len() {
        let t = NAMES[i].0.as_bytes();
        if t.len() == n.len() {
            let mut k = 0;
            while k < t.len() && n[k].to_ascii_lowercase() == t[k] {
                k += 1;
            }
            if k == t.len() {
                return Some(NAMES[i].1);
            }
        }
        i += 1;
    }
    None
}

/// `vN.T` (`T` a name as written: `b16`, `B16`, `s`...), `num` 0-31 or [`DYN`].
#[track_caller]
pub const fn vec(num: u8, t: &str) -> Op {
    match arrangement(t) {
        Some(a) if a < arr::B || a == arr::B4 || a == arr::H2 => Op::vec(num, a),
        // (The encoder names the statement and the operand.)
        _ => Op::vec(num, arr::BAD),
    }
}

/// The element size of an arrangement or size name: `b16` and `b` are `B`.
const fn elem_size(a: u8) -> u8 {
    match a {
        arr::B8 | arr::B16 | arr::B => arr::B,
        arr::H4 | arr::H8 | arr::H => arr::H,
        arr::S2 | arr::S4 | arr::S => arr::S,
        _ => arr::D,
    }
}

/// `vN.T[index]` (`T`: `b`, `h`, `s`, `d`).
#[track_caller]
pub const fn elem(num: u8, t: &str, index: u64) -> Op {
    match arrangement(t) {
        Some(a) if (a >= arr::B && a <= arr::D) || a == arr::B4 => {
            Op::elem(num, a, if index < 16 { index as u8 } else { 16 })
        }
        // (The encoder names the statement and the operand.)
        _ => Op {
            arr: arr::BAD,
            ..Op::elem(num, arr::B, 0)
        },
    }
}

/// `vN.T[expr]`: an element whose index is only known at run time.
#[track_caller]
pub const fn elem_dyn(num: u8, t: &str) -> Op {
    Op {
        imm_state: state::DYN,
        ..elem(num, t, 0)
    }
}

/// A list of elements whose index is only known at run time: `{v0.s, v1.s}[expr]`.
#[track_caller]
pub const fn list_idx_dyn(text: &str) -> Op {
    Op {
        imm_state: state::DYN,
        ..list(text, Some(0))
    }
}

/// `{V(n).T * count}[expr]`.
#[track_caller]
pub const fn list_dyn_idx_dyn(t: &str, count: u64) -> Op {
    Op {
        imm_state: state::DYN,
        ..list_dyn(t, count, Some(0))
    }
}

/// A barrier option (`ish`, `sy`, ...) by number.
pub const fn barrier(n: u8) -> Op {
    Op {
        kind: kind::BARRIER,
        num: n,
        ..Op::NONE
    }
}

/// A shift or extend whose amount is only known at run time.
pub const fn shift_dyn(m: u8) -> Op {
    Op {
        amount_state: state::DYN,
        ..Op::modifier(m)
    }
}

/// A register operand's number for a list (`v3.b16`): (number, arrangement).
const fn list_reg(b: &[u8], mut i: usize) -> (u8, u8, usize) {
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i >= b.len() || b[i] != b'v' {
        panic!("declasm: a register list holds vector registers: `{{v0.b16, v1.b16}}`, `{{v0.b16 * 2}}`, `{{v0.b16 - v3.b16}}`");
    }
    i += 1;
    let mut n = 0u32;
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        n = n * 10 + (b[i] - b'0') as u32;
        i += 1;
    }
    if i == start || n > 31 {
        panic!("declasm: a register list holds vector registers v0 to v31");
    }
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i >= b.len() || b[i] != b'.' {
        panic!(
            "declasm: a register of a list needs an arrangement or element size: `v0.b16`, `v0.s`"
        );
    }
    i += 1;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    let s = i;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let (name, _) = b.split_at(i);
    let (_, name) = name.split_at(s);
    let a = match core::str::from_utf8(name) {
        Ok(t) => arrangement(t),
        Err(_) => None,
    };
    match a {
        Some(a) => (n as u8, a, i),
        None => panic!("declasm: unknown arrangement in a register list"),
    }
}

/// A static register list, its text as written inside the braces: `v0.b16, v1.b16`,
/// `v0.b16 * 4`, `v0.b16 - v3.b16` (a range of registers, both ends included); `index`: the
/// element index of `{...}[index]` (a list of elements), or `None`.
#[track_caller]
pub const fn list(text: &str, index: Option<u64>) -> Op {
    let b = text.as_bytes();
    let (first, a, mut i) = list_reg(b, 0);
    let mut count = 1u8;
    let mut prev = first;
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    if i < b.len() && b[i] == b'*' {
        i += 1;
        let mut n = 0u32;
        while i < b.len() {
            if b[i].is_ascii_digit() {
                n = n * 10 + (b[i] - b'0') as u32;
            } else if b[i] != b' ' {
                panic!("declasm: `{{vN.T * n}}`: n is a number from 1 to 4");
            }
            i += 1;
        }
        if n < 1 || n > 4 {
            panic!("declasm: `{{vN.T * n}}`: n is a number from 1 to 4");
        }
        count = n as u8;
    } else if i < b.len() && b[i] == b'-' {
        let (last, a2, _) = list_reg(b, i + 1);
        if a2 != a {
            panic!("declasm: inconsistent arrangements in a register list");
        }
        count = ((last as u32 + 32 - first as u32) % 32 + 1) as u8;
        if count > 4 {
            panic!("declasm: a register list has 1 to 4 registers");
        }
    } else {
        while i < b.len() {
            if b[i] != b',' {
                panic!("declasm: malformed register list: expected `{{v0.b16, v1.b16}}`, `{{v0.b16 * 2}}` or `{{v0.b16 - v1.b16}}`");
            }
            let (n, a2, j) = list_reg(b, i + 1);
            if a2 != a {
                panic!("declasm: inconsistent arrangements in a register list");
            }
            if n != (prev + 1) % 32 {
                panic!(
                    "declasm: the registers of a list must be consecutive (v31 is followed by v0)"
                );
            }
            prev = n;
            count += 1;
            i = j;
            while i < b.len() && b[i] == b' ' {
                i += 1;
            }
        }
        if count > 4 {
            panic!("declasm: a register list has 1 to 4 registers");
        }
    }
    match index {
        Some(x) => {
            if x > 15 {
                panic!("declasm: element index out of range");
            }
            Op::list_elem(first, count, elem_size(a), x as u8)
        }
        None => Op::list(first, count, a),
    }
}

/// `{V(n).T * count}`: a list whose first register is only known at run time.
#[track_caller]
pub const fn list_dyn(t: &str, count: u64, index: Option<u64>) -> Op {
    let a = match arrangement(t) {
        Some(a) => a,
        None => panic!("declasm: unknown arrangement in a register list"),
    };
    if count < 1 || count > 4 {
        panic!("declasm: `{{V(n).T * count}}`: count is a number from 1 to 4");
    }
    match index {
        Some(x) if x <= 15 => Op::list_elem(DYN, count as u8, elem_size(a), x as u8),
        Some(_) => panic!("declasm: element index out of range"),
        None => Op::list(DYN, count as u8, a),
    }
}

/// The register class of a dynamic register family (`X(n)`, `XSP(n)`, ...).
pub mod family {
    #![allow(missing_docs)]
    use super::class;
    pub const X: u8 = class::X;
    pub const W: u8 = class::W;
    pub const XSP: u8 = class::XSP;
    pub const WSP: u8 = class::WSP;
    pub const B: u8 = class::B;
    pub const H: u8 = class::H;
    pub const S: u8 = class::S;
    pub const D: u8 = class::D;
    pub const Q: u8 = class::Q;
}

// --- run-time values -------------------------------------------------------------------------

/// An immediate kind ([`imm`]) or [`imm::REG`] as a type, to give a run-time value its Rust type
/// ([`Value::Type`]), as dynasm-rs types them.
pub struct Kind<const K: u8>;

/// The Rust type of a run-time value of a kind, and its conversion to the encoder's value.
pub trait Value {
    /// The type.
    type Type;
    /// The value as the encoder takes it (an `f32` as the bits of the `f64` of equal value).
    fn bits(v: Self::Type) -> i64;
}

macro_rules! kinds {
    ($t:ty, |$v:ident| $e:expr; $($k:ident)*) => {
        $(impl Value for Kind<{ imm::$k }> {
            type Type = $t;
            #[inline(always)]
            fn bits($v: $t) -> i64 {
                $e
            }
        })*
    };
}

kinds!(u32, |v| v as i64; IMM12 IMM16 LSL12 HW32 HW64 BIMM32 MOVZ32 MOVN32 AMT32 AMT64 IMMR32
    IMMR64 IMMS32 IMMS64 LSL32 LSL64 WIDTH32 WIDTH64 BFILSB32 BFILSB64 BFIWIDTH32 BFIWIDTH64 IMM3
    NZCV IMM5 PIMM1 PIMM2 PIMM4 PIMM8 PIMM16 LS1 LS2 LS4 LS8 LS16 BIT32 BIT64 HINT CRM FBITS32
    FBITS64 LISTBYTES PRFOP SYSREG SHR8 SHR16 SHR32 SHR64 SHL8 SHL16 SHL32 SHL64 LISTELEMBYTES ZERO
    EQ8 EQ16 EQ32 EXT8 EXT16 IMM8V EQ24);
kinds!(i32, |v| v as i64; SIMM9 SIMM7X4 SIMM7X8 SIMM7X16 OFF26 OFF19 OFF14 OFFADR OFFADRP);
kinds!(u64, |v| v as i64; BIMM64 MOVZ64 MOVN64 BYTEMASK);
kinds!(f32, |v| (v as f64).to_bits() as i64; FIMM FIMMV FZERO);
kinds!(u8, |v| v as i64; REG);
kinds!(u32, |v| v as i64; ROT ROT90 INDEX_HL INDEX_H INDEX_L IMM2 OP1 OP2 EQ1 BFMIMMS64 VLSL16
    VLSL32 VMSL);
kinds!(i32, |v| v as i64; SIMM10X8);
kinds!(u8, |v| v as i64; REG4 REGEVEN);
macro_rules! kinds_n {
    ($($k:literal)*) => {
        $(impl Value for Kind<$k> {
            type Type = u32;
            #[inline(always)]
            fn bits(v: u32) -> i64 {
                v as i64
            }
        })*
    };
}
// The element index kinds, `imm::ELEM5..=imm::LELEM_END` (one per element size: no names).
kinds_n!(83 84 85 86 87 88 89 90 91 92 93 94 95 96 97);
static_assertions::const_assert!(imm::ELEM5 == 83 && imm::LELEM_END == 97);

/// `ops`, evaluated after the instruction's word (so that an error in an operand is reported
/// once, by the instruction's constant).
pub const fn after<const N: usize>(_word: u32, ops: [Op; N]) -> [Op; N] {
    ops
}

/// Whether a hole is a register number (masked to its field) rather than an immediate.
const fn is_reg(kind: u8) -> bool {
    kind == imm::REG || kind == imm::REG4 || kind == imm::REGEVEN
}

/// The index of the hole of operand `op` (`part`: see [`super::encoder::Hole`]; `reg`: a register
/// number rather than an immediate).
#[track_caller]
pub const fn hole(e: &Enc, op: u8, part: u8, reg: bool) -> usize {
    let mut i = 0;
    while i < e.nholes as usize {
        let h = &e.holes[i];
        if h.op == op && h.part == part && is_reg(h.kind) == reg {
            return i;
        }
        i += 1;
    }
    panic!("declasm: this operand cannot be a run-time value here")
}

/// The relocation encoding ([`super::Aarch64Relocation::decode`]) of the instruction's label.
pub const fn reloc(e: &Enc) -> super::Aarch64Relocation {
    super::Aarch64Relocation::decode(match e.reloc {
        reloc::B26 => super::Aarch64Relocation::B,
        reloc::IMM19 => super::Aarch64Relocation::BCOND,
        reloc::TB14 => super::Aarch64Relocation::TBZ,
        reloc::ADR => super::Aarch64Relocation::ADR,
        reloc::ADRP => super::Aarch64Relocation::ADRP,
        _ => panic!("declasm: this instruction takes no label"),
    })
}

#[cold]
#[inline(never)]
#[track_caller]
fn out_of_range(kind: u8, v: i64) -> ! {
    match kind {
        imm::BIMM64 | imm::MOVZ64 | imm::MOVN64 | imm::BYTEMASK => panic!(
            "Cannot assemble this Aarch64 instruction. Immediate {} is out of range.",
            v as u64
        ),
        imm::FIMM | imm::FIMMV | imm::FZERO => panic!(
            "Cannot assemble this Aarch64 instruction. Immediate {} is out of range.",
            f64::from_bits(v as u64)
        ),
        _ => panic!("Cannot assemble this Aarch64 instruction. Immediate {v} is out of range."),
    }
}

/// The instruction word with its holes filled by the run-time values `vals` (`(hole index,
/// value)`); `ops`: the statement's operands (a hole without a run-time value is a literal whose
/// encoding depends on a run-time one: `bfi w1, w2, lsb, 16`'s width on the lsb). Out of range:
/// a panic, as dynasm-rs.
#[inline]
#[track_caller]
pub fn word(e: &Enc, ops: &[Op], vals: &[(usize, i64)]) -> u32 {
    let value = |i: usize| {
        for &(j, v) in vals {
            if j == i {
                return v;
            }
        }
        let h = &e.holes[i];
        let op = &ops[h.op as usize];
        if h.part == 1 {
            op.amount
        } else {
            op.imm
        }
    };
    let mut w = e.word;
    for i in 0..e.nholes as usize {
        let h = &e.holes[i];
        let v = value(i);
        let mut prev = 0;
        if imm::pair(h.kind) {
            prev = ops[h.op2 as usize].imm;
            for j in 0..e.nholes as usize {
                if e.holes[j].op == h.op2 && !is_reg(e.holes[j].kind) {
                    prev = value(j);
                }
            }
        }
        w = match fill(w, h, v, prev) {
            Ok(w) => w,
            Err(_) => out_of_range(h.kind, v),
        };
    }
    w
}

// --- flat constructors (one call per operand, arguments literals: what the macros emit) ------

/// A static register (`class`: [`class`], number 0-31) or a dynamic one (number [`DYN`]).
pub const fn reg(c: u8, n: u8) -> Op {
    Op::reg(c, n)
}

// `dynasm_a64_sysop!` writes the control registers' class as a number.
static_assertions::const_assert!(class::C == 10);

/// A named system operation, `SYSOPS[k]` (`dc civac`, `tlbi vmalle1`, `msr daifset`, `psb csync`).
pub const fn sysop(k: usize) -> Op {
    let (_, family, value) = super::operand::SYSOPS[k];
    Op {
        kind: kind::SYSOP,
        num: family,
        imm: value as i64,
        imm_state: super::operand::imm::LIT,
        ..Op::NONE
    }
}

/// A condition code by number.
pub const fn cond(n: u8) -> Op {
    Op::cond(n)
}

/// A shift or extend without an amount ([`super::operand::modifier`] value).
pub const fn modifier(m: u8) -> Op {
    Op::modifier(m)
}

/// A shift or extend with a literal amount.
pub const fn shift_lit(m: u8, amount: u64) -> Op {
    Op::shift(m, amount as i64)
}

/// An immediate only known at run time.
pub const fn imm_dyn() -> Op {
    Op::DYN_IMM
}

/// A label operand.
pub const fn label() -> Op {
    Op::LABEL
}

/// The value of a float literal's text (`1.5`, `2.0e1`, `1.0f32`, `3f64`).
const fn parse_float(text: &str) -> f64 {
    let b = text.as_bytes();
    let mut m = 0u64;
    let mut digits = 0;
    let mut exp: i32 = 0;
    let mut i = 0;
    let mut frac = false;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            if digits < 19 {
                m = m * 10 + (c - b'0') as u64;
                digits += 1;
                if frac {
                    exp -= 1;
                }
            } else if !frac {
                exp += 1;
            }
        } else if c == b'.' {
            frac = true;
        } else if c == b'_' {
        } else {
            break;
        }
        i += 1;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let mut neg = false;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            neg = b[i] == b'-';
            i += 1;
        }
        let mut e = 0i32;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            if b[i] != b'_' {
                e = e * 10 + (b[i] - b'0') as i32;
            }
            i += 1;
        }
        exp += if neg { -e } else { e };
    }
    let mut p = 1.0f64;
    let mut k = if exp < 0 { -exp } else { exp };
    while k > 0 {
        p *= 10.0;
        k -= 1;
    }
    if exp < 0 {
        m as f64 / p
    } else {
        m as f64 * p
    }
}

/// A literal immediate: `text` as written (it tells an integer from a float), `int` its value
/// cast to `u64`, `neg`: negated (`-1`, `-0.5`).
pub const fn lit(text: &str, int: u64, neg: bool) -> Op {
    let b = text.as_bytes();
    let radix = b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'X' | b'b' | b'o');
    let mut is_float = false;
    let mut i = 0;
    // (An integer suffix `u32`, `usize`, `i64` ends the scan.)
    while i < b.len() && !radix && b[i] != b'u' && b[i] != b'i' {
        if b[i] == b'.' || b[i] == b'e' || b[i] == b'E' || b[i] == b'f' {
            is_float = true;
        }
        i += 1;
    }
    if is_float {
        let f = parse_float(text);
        Op::float(if neg { -f } else { f })
    } else if neg {
        Op::imm((int as i64).wrapping_neg())
    } else {
        Op::imm(int as i64)
    }
}

/// `[base]` (`pre`: `[base]!`, refused by every form).
pub const fn mem(bc: u8, bn: u8, pre: bool) -> Op {
    let m = Op::mem(Op::reg(bc, bn));
    if pre {
        m.pre()
    } else {
        m
    }
}

/// `[base, #lit]` / `[base, #lit]!`.
pub const fn mem_lit(bc: u8, bn: u8, text: &str, int: u64, neg: bool, pre: bool) -> Op {
    let off = lit(text, int, neg);
    if off.imm_state == state::FLOAT {
        panic!("declasm: a memory offset is an integer");
    }
    let m = Op::mem_off(Op::reg(bc, bn), off.imm);
    if pre {
        m.pre()
    } else {
        m
    }
}

/// `[base, expr]` / `[base, expr]!` with an offset only known at run time.
pub const fn mem_dyn(bc: u8, bn: u8, pre: bool) -> Op {
    let m = Op::mem_dyn_off(Op::reg(bc, bn));
    if pre {
        m.pre()
    } else {
        m
    }
}

/// `[base, index {, modifier {#amount}}]` (`has_mod`: a modifier `m` is written; `amount_state`:
/// [`state`]).
#[allow(clippy::too_many_arguments)]
pub const fn mem_idx(
    bc: u8,
    bn: u8,
    ic: u8,
    inum: u8,
    has_mod: bool,
    m: u8,
    amount: u64,
    amount_state: u8,
    pre: bool,
) -> Op {
    let op = Op::mem_idx(
        Op::reg(bc, bn),
        Op::reg(ic, inum),
        if has_mod { m + 1 } else { 0 },
        amount as i64,
        amount_state,
    );
    if pre {
        op.pre()
    } else {
        op
    }
}
