//! Operand descriptors for A64: what the `dynasm!` front end knows about an operand at compile
//! time, handed to the encoder as a flat [`Op`] (cheap to copy in the const interpreter).
//!
//! Registers are a class and a number ([`DYN`] when only known at run time), immediates a value
//! and a state ([`imm`]: absent, literal, run-time, floating-point literal), memory references
//! a base, an optional offset or index register with its modifier, and a write-back flag
//! (`[x0, #8]!`). A post-indexed reference `[x0], #8` is two operands: the memory (no offset)
//! and the immediate, as the manual writes it. Identifiers (conditions, barrier options,
//! system registers, prefetch operations) are looked up with [`Op::symbol`].

/// Operand kinds.
pub mod kind {
    /// No operand.
    pub const NONE: u8 = 0;
    /// A register (general purpose, scalar FP/SIMD or vector), static or dynamic.
    pub const REG: u8 = 1;
    /// An immediate `#expr` (integer, floating-point literal or run-time value).
    pub const IMM: u8 = 2;
    /// A shift or extend operand: `lsl #3`, `uxtw`, `sxtx #2`.
    pub const MOD: u8 = 3;
    /// A memory reference `[...]`.
    pub const MEM: u8 = 4;
    /// A label (`->l`, `>l`, `<l`, `=>e`).
    pub const LABEL: u8 = 5;
    /// A condition code (`eq` .. `nv`).
    pub const COND: u8 = 6;
    /// A register list `{v0.16b, v1.16b}`.
    pub const LIST: u8 = 7;
    /// A vector element `v0.s[1]`.
    pub const ELEM: u8 = 8;
    /// A barrier option (`sy`, `ish`, ...).
    pub const BARRIER: u8 = 9;
    /// A system register name (`tpidr_el0`, `nzcv`, ...).
    pub const SYSREG: u8 = 10;
    /// A prefetch operation (`pldl1keep`, ...).
    pub const PRFOP: u8 = 11;
    /// A named system operation or field: `dc`/`ic`/`at`/`tlbi` operations (`civac`, `ivau`,
    /// `vae1`, `s1e1r`), `msr` PSTATE fields (`daifset`), `rctx`, `csync` ([`Op::num`](super::Op::num): the
    /// family, [`super::sysop`]; [`Op::imm`](super::Op::imm): the encoding, see there).
    pub const SYSOP: u8 = 12;
}

/// Register classes.
pub mod class {
    /// 64-bit general purpose: x0-x30, and xzr as number 31.
    pub const X: u8 = 0;
    /// 32-bit general purpose: w0-w30, and wzr as number 31.
    pub const W: u8 = 1;
    /// The stack pointer `sp` (number 31).
    pub const XSP: u8 = 2;
    /// `wsp` (number 31).
    pub const WSP: u8 = 3;
    /// A SIMD vector register with an arrangement (`v0.16b`).
    pub const V: u8 = 4;
    /// Scalar SIMD/FP registers b0-31, h0-31, s0-31, d0-31, q0-31.
    pub const B: u8 = 5;
    #[allow(missing_docs)]
    pub const H: u8 = 6;
    #[allow(missing_docs)]
    pub const S: u8 = 7;
    #[allow(missing_docs)]
    pub const D: u8 = 8;
    #[allow(missing_docs)]
    pub const Q: u8 = 9;
    /// A control register `c0`-`c15` of `sys`/`sysl` (the CRn/CRm fields).
    pub const C: u8 = 10;
}

/// Vector arrangements (vector registers, lists) and element sizes (elements, lists of
/// elements).
pub mod arr {
    #![allow(missing_docs)]
    pub const NONE: u8 = 0;
    pub const B8: u8 = 1;
    pub const B16: u8 = 2;
    pub const H4: u8 = 3;
    pub const H8: u8 = 4;
    pub const S2: u8 = 5;
    pub const S4: u8 = 6;
    pub const D1: u8 = 7;
    pub const D2: u8 = 8;
    pub const Q1: u8 = 9;
    /// Element sizes (`v0.b[3]`, `{v0.s, v1.s}[1]`).
    pub const B: u8 = 10;
    pub const H: u8 = 11;
    pub const S: u8 = 12;
    pub const D: u8 = 13;
    /// An arrangement name the front end does not know (refused by the encoder).
    pub const BAD: u8 = 0xFE;
    /// `4B`: the element of `sdot`/`udot` by element (`v3.4b[1]`, dynasm-rs's `v3.b4[1]`).
    pub const B4: u8 = 14;
    /// `2H`: the half-width source of `fmlal` (`v1.2h`) and the pair of `faddp h0, v1.2h`.
    pub const H2: u8 = 15;
    /// The number of arrangement values (`1..COUNT` are names).
    pub const COUNT: u8 = 16;
    /// The arrangement's name as dynasm-rs and the manual write it (`"16B"`).
    pub const fn name(a: u8) -> &'static str {
        match a {
            B8 => "8B",
            B16 => "16B",
            H4 => "4H",
            H8 => "8H",
            S2 => "2S",
            S4 => "4S",
            D1 => "1D",
            D2 => "2D",
            Q1 => "1Q",
            B => "B",
            H => "H",
            S => "S",
            D => "D",
            B4 => "4B",
            H2 => "2H",
            _ => "",
        }
    }
}

/// The state of an immediate value ([`Op::imm_state`], [`Op::amount_state`]).
pub mod imm {
    /// Absent (`lsl` without an amount, `[x0]` without an offset).
    pub const NONE: u8 = 0;
    /// A literal integer known at compile time.
    pub const LIT: u8 = 1;
    /// A value only known at run time: the encoding leaves a hole.
    pub const DYN: u8 = 2;
    /// A floating-point literal: the value is the bits of an `f64`.
    pub const FLOAT: u8 = 3;
}

/// Shift and extend names ([`Op::modifier`] is the name's value plus one).
pub mod modifier {
    #![allow(missing_docs)]
    pub const LSL: u8 = 0;
    pub const LSR: u8 = 1;
    pub const ASR: u8 = 2;
    pub const ROR: u8 = 3;
    pub const MSL: u8 = 4;
    pub const UXTB: u8 = 5;
    pub const UXTH: u8 = 6;
    pub const UXTW: u8 = 7;
    pub const UXTX: u8 = 8;
    pub const SXTB: u8 = 9;
    pub const SXTH: u8 = 10;
    pub const SXTW: u8 = 11;
    pub const SXTX: u8 = 12;
    /// The names, by value.
    pub const NAMES: [&str; 13] = [
        "LSL", "LSR", "ASR", "ROR", "MSL", "UXTB", "UXTH", "UXTW", "UXTX", "SXTB", "SXTH", "SXTW",
        "SXTX",
    ];
    /// The value a shift name has in a `shift` field, an extend name in an `option` field.
    pub const fn field_value(m: u8) -> u32 {
        if m >= UXTB {
            (m - UXTB) as u32
        } else {
            m as u32
        }
    }
}

/// A register number only known at run time (`X(n)`, `V(n).S4`).
pub const DYN: u8 = 0xFF;
/// No register (a memory reference without an index).
pub const NOREG: u8 = 0xFE;

/// An operand, as the front end describes it. One flat struct for every kind; the fields a
/// kind does not use are zero (see the constructors).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Op {
    /// The kind ([`kind`]).
    pub kind: u8,
    /// Register class ([`class`]): the register, the memory base, the first register of a list.
    pub class: u8,
    /// Register number 0-31 or [`DYN`]; a condition code, barrier option, prefetch operation.
    pub num: u8,
    /// Arrangement or element size ([`arr`]).
    pub arr: u8,
    /// Number of registers in a list (1-4); a system register: 1 if it is writable.
    pub count: u8,
    /// Memory: the index register's class and number ([`NOREG`]: none).
    pub idx_class: u8,
    /// See `idx_class`.
    pub idx_num: u8,
    /// A shift/extend operand, or the modifier of a memory index: [`modifier`] value plus one
    /// (0: none).
    pub modifier: u8,
    /// Memory: pre-indexed (`[x0, #8]!`).
    pub writeback: bool,
    /// The immediate: the value of `#imm`, a memory offset, an element index, a system
    /// register's encoding.
    pub imm: i64,
    /// The state of `imm` ([`imm`]).
    pub imm_state: u8,
    /// The amount of a shift/extend (`lsl #3`, or a memory index's `lsl #3`).
    pub amount: i64,
    /// The state of `amount` ([`imm`]).
    pub amount_state: u8,
}

/// A condition code's number by name (`eq` .. `nv`, `hs`, `lo`), lowercase.
pub const CONDITIONS: [(&str, u8); 18] = [
    ("eq", 0),
    ("ne", 1),
    ("cs", 2),
    ("hs", 2),
    ("cc", 3),
    ("lo", 3),
    ("mi", 4),
    ("pl", 5),
    ("vs", 6),
    ("vc", 7),
    ("hi", 8),
    ("ls", 9),
    ("ge", 10),
    ("lt", 11),
    ("gt", 12),
    ("le", 13),
    ("al", 14),
    ("nv", 15),
];

/// Barrier options of `dmb`/`dsb` (the CRm field).
pub const BARRIERS: [(&str, u8); 12] = [
    ("oshld", 1),
    ("oshst", 2),
    ("osh", 3),
    ("nshld", 5),
    ("nshst", 6),
    ("nsh", 7),
    ("ishld", 9),
    ("ishst", 10),
    ("ish", 11),
    ("ld", 13),
    ("st", 14),
    ("sy", 15),
];

/// Prefetch operations of `prfm` (the Rt field).
pub const PREFETCH_OPS: [(&str, u8); 18] = [
    ("pldl1keep", 0),
    ("pldl1strm", 1),
    ("pldl2keep", 2),
    ("pldl2strm", 3),
    ("pldl3keep", 4),
    ("pldl3strm", 5),
    ("plil1keep", 8),
    ("plil1strm", 9),
    ("plil2keep", 10),
    ("plil2strm", 11),
    ("plil3keep", 12),
    ("plil3strm", 13),
    ("pstl1keep", 16),
    ("pstl1strm", 17),
    ("pstl2keep", 18),
    ("pstl2strm", 19),
    ("pstl3keep", 20),
    ("pstl3strm", 21),
];

/// System registers by name: `o0:op1:CRn:CRm:op2` (15 bits, `op0` = 2 + o0) and whether `msr`
/// can write it; a first small table (`mrs`/`msr`).
pub const SYSREGS: [(&str, u16, bool); 14] = [
    ("nzcv", sysreg(3, 3, 4, 2, 0), true),
    ("daif", sysreg(3, 3, 4, 2, 1), true),
    ("fpcr", sysreg(3, 3, 4, 4, 0), true),
    ("fpsr", sysreg(3, 3, 4, 4, 1), true),
    ("tpidr_el0", sysreg(3, 3, 13, 0, 2), true),
    ("tpidrro_el0", sysreg(3, 3, 13, 0, 3), true),
    ("ctr_el0", sysreg(3, 3, 0, 0, 1), false),
    ("dczid_el0", sysreg(3, 3, 0, 0, 7), false),
    ("cntvct_el0", sysreg(3, 3, 14, 0, 2), false),
    ("cntfrq_el0", sysreg(3, 3, 14, 0, 0), true),
    ("cntpct_el0", sysreg(3, 3, 14, 0, 1), false),
    ("midr_el1", sysreg(3, 0, 0, 0, 0), false),
    ("mpidr_el1", sysreg(3, 0, 0, 0, 5), false),
    ("tpidr_el1", sysreg(3, 0, 13, 0, 4), true),
];

/// Families of named system operations ([`kind::SYSOP`]'s [`Op::num`]): which mnemonic and
/// operand takes the name.
pub mod sysop {
    #![allow(missing_docs)]
    /// `dc <op>, <Xt>`.
    pub const DC: u8 = 0;
    /// `ic <op>` (no register: `iallu`, `ialluis`).
    pub const IC: u8 = 1;
    /// `ic ivau, <Xt>`.
    pub const IVAU: u8 = 2;
    /// `at <op>, <Xt>`.
    pub const AT: u8 = 3;
    /// `tlbi <op>{, <Xt>}`.
    pub const TLBI: u8 = 4;
    /// `msr <pstatefield>, #<imm>`.
    pub const PSTATE: u8 = 5;
    /// `cfp`/`dvp`/`cpp rctx, <Xt>`.
    pub const RCTX: u8 = 6;
    /// `psb`/`tsb csync`.
    pub const CSYNC: u8 = 7;
}

/// `op1:CRn:CRm:op2` (14 bits) of a system operation.
pub const fn sysop_value(op1: u16, crn: u16, crm: u16, op2: u16) -> u16 {
    (op1 << 11) | (crn << 7) | (crm << 3) | op2
}

const fn so(
    name: &'static str,
    family: u8,
    op1: u16,
    crn: u16,
    crm: u16,
    op2: u16,
) -> (&'static str, u8, u16) {
    (name, family, sysop_value(op1, crn, crm, op2))
}

/// Named system operations: name, family ([`sysop`]) and `op1:CRn:CRm:op2` (for PSTATE fields
/// op1 and op2 only, CRm being the immediate), as dynasm-rs 5.1 accepts them.
pub const SYSOPS: [(&str, u8, u16); 112] = {
    use sysop::*;
    [
        so("ivac", DC, 0, 7, 6, 1),
        so("isw", DC, 0, 7, 6, 2),
        so("csw", DC, 0, 7, 10, 2),
        so("cisw", DC, 0, 7, 14, 2),
        so("zva", DC, 3, 7, 4, 1),
        so("cvac", DC, 3, 7, 10, 1),
        so("cvau", DC, 3, 7, 11, 1),
        so("civac", DC, 3, 7, 14, 1),
        so("cvap", DC, 3, 7, 12, 1),
        so("ivau", IVAU, 3, 7, 5, 1),
        so("ialluis", IC, 0, 7, 1, 0),
        so("iallu", IC, 0, 7, 5, 0),
        so("s1e1r", AT, 0, 7, 8, 0),
        so("s1e1w", AT, 0, 7, 8, 1),
        so("s1e0r", AT, 0, 7, 8, 2),
        so("s1e0w", AT, 0, 7, 8, 3),
        so("s1e2r", AT, 4, 7, 8, 0),
        so("s1e2w", AT, 4, 7, 8, 1),
        so("s12e1r", AT, 4, 7, 8, 4),
        so("s12e1w", AT, 4, 7, 8, 5),
        so("s12e0r", AT, 4, 7, 8, 6),
        so("s12e0w", AT, 4, 7, 8, 7),
        so("s1e3r", AT, 6, 7, 8, 0),
        so("s1e3w", AT, 6, 7, 8, 1),
        so("s1e1rp", AT, 0, 7, 9, 0),
        so("s1e1wp", AT, 0, 7, 9, 1),
        so("vmalle1is", TLBI, 0, 8, 3, 0),
        so("vae1is", TLBI, 0, 8, 3, 1),
        so("aside1is", TLBI, 0, 8, 3, 2),
        so("vaae1is", TLBI, 0, 8, 3, 3),
        so("vale1is", TLBI, 0, 8, 3, 5),
        so("vaale1is", TLBI, 0, 8, 3, 7),
        so("vmalle1", TLBI, 0, 8, 7, 0),
        so("vae1", TLBI, 0, 8, 7, 1),
        so("aside1", TLBI, 0, 8, 7, 2),
        so("vaae1", TLBI, 0, 8, 7, 3),
        so("vale1", TLBI, 0, 8, 7, 5),
        so("vaale1", TLBI, 0, 8, 7, 7),
        so("ipas2e1is", TLBI, 4, 8, 0, 1),
        so("ipas2le1is", TLBI, 4, 8, 0, 5),
        so("alle2is", TLBI, 4, 8, 3, 0),
        so("vae2is", TLBI, 4, 8, 3, 1),
        so("alle1is", TLBI, 4, 8, 3, 4),
        so("vale2is", TLBI, 4, 8, 3, 5),
        so("vmalls12e1is", TLBI, 4, 8, 3, 6),
        so("ipas2e1", TLBI, 4, 8, 4, 1),
        so("ipas2le1", TLBI, 4, 8, 4, 5),
        so("alle2", TLBI, 4, 8, 7, 0),
        so("vae2", TLBI, 4, 8, 7, 1),
        so("alle1", TLBI, 4, 8, 7, 4),
        so("vale2", TLBI, 4, 8, 7, 5),
        so("vmalls12e1", TLBI, 4, 8, 7, 6),
        so("alle3is", TLBI, 6, 8, 3, 0),
        so("vae3is", TLBI, 6, 8, 3, 1),
        so("vale3is", TLBI, 6, 8, 3, 5),
        so("alle3", TLBI, 6, 8, 7, 0),
        so("vae3", TLBI, 6, 8, 7, 1),
        so("vale3", TLBI, 6, 8, 7, 5),
        so("vmalle1os", TLBI, 0, 8, 1, 0),
        so("vae1os", TLBI, 0, 8, 1, 1),
        so("aside1os", TLBI, 0, 8, 1, 2),
        so("vaae1os", TLBI, 0, 8, 1, 3),
        so("vale1os", TLBI, 0, 8, 1, 5),
        so("vaale1os", TLBI, 0, 8, 1, 7),
        so("rvae1", TLBI, 0, 8, 6, 1),
        so("rvae1is", TLBI, 0, 8, 2, 1),
        so("rvae1os", TLBI, 0, 8, 5, 1),
        so("ipas2e1os", TLBI, 4, 8, 4, 0),
        so("alle2os", TLBI, 4, 8, 1, 0),
        so("alle1os", TLBI, 4, 8, 1, 4),
        so("alle3os", TLBI, 6, 8, 1, 0),
        so("vae2os", TLBI, 4, 8, 1, 1),
        so("vae3os", TLBI, 6, 8, 1, 1),
        so("ipas2le1os", TLBI, 4, 8, 4, 4),
        so("vale2os", TLBI, 4, 8, 1, 5),
        so("vmalls12e1os", TLBI, 4, 8, 1, 6),
        so("vale3os", TLBI, 6, 8, 1, 5),
        so("rvaae1", TLBI, 0, 8, 6, 3),
        so("rvale1", TLBI, 0, 8, 6, 5),
        so("rvaale1", TLBI, 0, 8, 6, 7),
        so("rvaae1is", TLBI, 0, 8, 2, 3),
        so("rvale1is", TLBI, 0, 8, 2, 5),
        so("rvaale1is", TLBI, 0, 8, 2, 7),
        so("rvaae1os", TLBI, 0, 8, 5, 3),
        so("rvale1os", TLBI, 0, 8, 5, 5),
        so("rvaale1os", TLBI, 0, 8, 5, 7),
        so("ripas2e1is", TLBI, 4, 8, 0, 2),
        so("ripas2le1is", TLBI, 4, 8, 0, 6),
        so("ripas2e1", TLBI, 4, 8, 4, 2),
        so("ripas2le1", TLBI, 4, 8, 4, 6),
        so("ripas2e1os", TLBI, 4, 8, 4, 3),
        so("ripas2le1os", TLBI, 4, 8, 4, 7),
        so("rvae2", TLBI, 4, 8, 6, 1),
        so("rvale2", TLBI, 4, 8, 6, 5),
        so("rvae2is", TLBI, 4, 8, 2, 1),
        so("rvale2is", TLBI, 4, 8, 2, 5),
        so("rvae2os", TLBI, 4, 8, 5, 1),
        so("rvale2os", TLBI, 4, 8, 5, 5),
        so("rvae3", TLBI, 6, 8, 6, 1),
        so("rvale3", TLBI, 6, 8, 6, 5),
        so("rvae3is", TLBI, 6, 8, 2, 1),
        so("rvale3is", TLBI, 6, 8, 2, 5),
        so("rvae3os", TLBI, 6, 8, 5, 1),
        so("rvale3os", TLBI, 6, 8, 5, 5),
        so("spsel", PSTATE, 0, 0, 0, 5),
        so("daifset", PSTATE, 3, 0, 0, 6),
        so("daifclr", PSTATE, 3, 0, 0, 7),
        so("pan", PSTATE, 0, 0, 0, 4),
        so("uao", PSTATE, 0, 0, 0, 3),
        so("dit", PSTATE, 3, 0, 0, 2),
        so("rctx", RCTX, 0, 0, 0, 0),
        so("csync", CSYNC, 0, 0, 0, 0),
    ]
};

/// A system register's 15-bit encoding from `op0, op1, CRn, CRm, op2` (op0 is 2 or 3).
pub const fn sysreg(op0: u16, op1: u16, crn: u16, crm: u16, op2: u16) -> u16 {
    ((op0 - 2) << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2
}

/// ASCII case-insensitive comparison of a name with a lowercase table entry.
const fn name_eq(a: &str, lower: &str) -> bool {
    let (a, b) = (a.as_bytes(), lower.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i].to_ascii_lowercase() != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl Op {
    /// No operand.
    pub const NONE: Op = Op {
        kind: kind::NONE,
        class: 0,
        num: 0,
        arr: arr::NONE,
        count: 0,
        idx_class: 0,
        idx_num: NOREG,
        modifier: 0,
        writeback: false,
        imm: 0,
        imm_state: imm::NONE,
        amount: 0,
        amount_state: imm::NONE,
    };

    /// A register of a class ([`class`]), number 0-31 or [`DYN`].
    pub const fn reg(class: u8, num: u8) -> Op {
        Op {
            kind: kind::REG,
            class,
            num,
            ..Op::NONE
        }
    }

    /// `xN` (x31 is `xzr`).
    pub const fn x(n: u8) -> Op {
        Op::reg(class::X, n)
    }

    /// `wN` (w31 is `wzr`).
    pub const fn w(n: u8) -> Op {
        Op::reg(class::W, n)
    }

    /// `sp`.
    pub const SP: Op = Op::reg(class::XSP, 31);
    /// `wsp`.
    pub const WSP: Op = Op::reg(class::WSP, 31);
    /// `xzr`.
    pub const XZR: Op = Op::reg(class::X, 31);
    /// `wzr`.
    pub const WZR: Op = Op::reg(class::W, 31);

    /// A vector register with an arrangement ([`arr`]): `v3.16b` is `Op::vec(3, arr::B16)`.
    pub const fn vec(num: u8, arrangement: u8) -> Op {
        Op {
            arr: arrangement,
            ..Op::reg(class::V, num)
        }
    }

    /// A vector element `vN.<size>[index]` ([`arr::B`] .. [`arr::D`]).
    pub const fn elem(num: u8, size: u8, index: u8) -> Op {
        Op {
            kind: kind::ELEM,
            class: class::V,
            num,
            arr: size,
            imm: index as i64,
            imm_state: imm::LIT,
            ..Op::NONE
        }
    }

    /// A list of `count` (1-4) consecutive vector registers from `first` (modulo 32) with an
    /// arrangement or element size.
    pub const fn list(first: u8, count: u8, arrangement: u8) -> Op {
        Op {
            kind: kind::LIST,
            class: class::V,
            num: first,
            count,
            arr: arrangement,
            ..Op::NONE
        }
    }

    /// A list of elements `{vN.S, vN+1.S}[index]` (`size`: [`arr::B`] .. [`arr::D`]).
    pub const fn list_elem(first: u8, count: u8, size: u8, index: u8) -> Op {
        Op {
            imm: index as i64,
            imm_state: imm::LIT,
            ..Op::list(first, count, size)
        }
    }

    /// A literal immediate `#v`.
    pub const fn imm(v: i64) -> Op {
        Op {
            kind: kind::IMM,
            imm: v,
            imm_state: imm::LIT,
            ..Op::NONE
        }
    }

    /// An immediate only known at run time.
    pub const DYN_IMM: Op = Op {
        kind: kind::IMM,
        imm_state: imm::DYN,
        ..Op::NONE
    };

    /// A floating-point literal `#1.5`.
    pub const fn float(v: f64) -> Op {
        Op {
            kind: kind::IMM,
            imm: v.to_bits() as i64,
            imm_state: imm::FLOAT,
            ..Op::NONE
        }
    }

    /// A shift or extend operand ([`modifier`]) without an amount (`uxtw`).
    pub const fn modifier(m: u8) -> Op {
        Op {
            kind: kind::MOD,
            modifier: m + 1,
            ..Op::NONE
        }
    }

    /// A shift or extend with a literal amount (`lsl #3`).
    pub const fn shift(m: u8, amount: i64) -> Op {
        Op {
            amount,
            amount_state: imm::LIT,
            ..Op::modifier(m)
        }
    }

    /// A condition code by number.
    pub const fn cond(c: u8) -> Op {
        Op {
            kind: kind::COND,
            num: c,
            ..Op::NONE
        }
    }

    /// A label operand (the relocation kind comes from the instruction's form).
    pub const LABEL: Op = Op {
        kind: kind::LABEL,
        ..Op::NONE
    };

    /// An identifier operand: a condition, barrier option, prefetch operation, named system
    /// operation ([`SYSOPS`]: `civac`, `vae1`, `daifset`, `csync`, ...), control register
    /// (`c0`-`c15`, a register of class [`class::C`]) or system register, by name (any case).
    /// `None` if it is none of these.
    pub const fn symbol(name: &str) -> Option<Op> {
        let mut i = 0;
        while i < CONDITIONS.len() {
            if name_eq(name, CONDITIONS[i].0) {
                return Some(Op::cond(CONDITIONS[i].1));
            }
            i += 1;
        }
        i = 0;
        while i < BARRIERS.len() {
            if name_eq(name, BARRIERS[i].0) {
                return Some(Op {
                    kind: kind::BARRIER,
                    num: BARRIERS[i].1,
                    ..Op::NONE
                });
            }
            i += 1;
        }
        i = 0;
        while i < PREFETCH_OPS.len() {
            if name_eq(name, PREFETCH_OPS[i].0) {
                return Some(Op {
                    kind: kind::PRFOP,
                    num: PREFETCH_OPS[i].1,
                    ..Op::NONE
                });
            }
            i += 1;
        }
        i = 0;
        while i < SYSOPS.len() {
            if name_eq(name, SYSOPS[i].0) {
                return Some(Op {
                    kind: kind::SYSOP,
                    num: SYSOPS[i].1,
                    imm: SYSOPS[i].2 as i64,
                    imm_state: imm::LIT,
                    ..Op::NONE
                });
            }
            i += 1;
        }
        // `c0`-`c15`: the control registers of `sys`/`sysl`.
        let b = name.as_bytes();
        if b.len() >= 2 && b.len() <= 3 && (b[0] == b'c' || b[0] == b'C') {
            let mut n = 0u8;
            let mut k = 1;
            let mut digits = true;
            while k < b.len() {
                if !b[k].is_ascii_digit() {
                    digits = false;
                }
                n = n.wrapping_mul(10).wrapping_add(b[k].wrapping_sub(b'0'));
                k += 1;
            }
            if digits && n < 16 && !(b.len() == 3 && b[1] == b'0') {
                return Some(Op::reg(class::C, n));
            }
        }
        i = 0;
        while i < SYSREGS.len() {
            if name_eq(name, SYSREGS[i].0) {
                return Some(Op {
                    kind: kind::SYSREG,
                    // (`count`: 1 for a register `msr` can write.)
                    count: SYSREGS[i].2 as u8,
                    imm: SYSREGS[i].1 as i64,
                    imm_state: imm::LIT,
                    ..Op::NONE
                });
            }
            i += 1;
        }
        None
    }

    /// A memory reference `[base]` (base: `sp` or an X register, possibly dynamic).
    pub const fn mem(base: Op) -> Op {
        Op {
            kind: kind::MEM,
            class: base.class,
            num: base.num,
            ..Op::NONE
        }
    }

    /// `[base, #offset]`.
    pub const fn mem_off(base: Op, offset: i64) -> Op {
        Op {
            imm: offset,
            imm_state: imm::LIT,
            ..Op::mem(base)
        }
    }

    /// `[base, #expr]` with an offset only known at run time.
    pub const fn mem_dyn_off(base: Op) -> Op {
        Op {
            imm_state: imm::DYN,
            ..Op::mem(base)
        }
    }

    /// `[base, index]`, `[base, index, <modifier>]`, `[base, index, <modifier> #amount]`
    /// (`modifier`: 0 for none, else a [`modifier`] value plus one; `amount_state`: [`imm`]).
    pub const fn mem_idx(base: Op, index: Op, modifier: u8, amount: i64, amount_state: u8) -> Op {
        Op {
            idx_class: index.class,
            idx_num: index.num,
            modifier,
            amount,
            amount_state,
            ..Op::mem(base)
        }
    }

    /// The pre-indexed form of a memory reference (`[...]!`).
    pub const fn pre(self) -> Op {
        Op {
            writeback: true,
            ..self
        }
    }
}
