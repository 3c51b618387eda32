//! Operand descriptors: what the `dynasm!` front end knows about an operand at compile time.
//!
//! The macro turns every operand into an [`Op`] built with these `const fn` constructors; the
//! encoder selects a form and lays out the bytes from them. Values only known at run time
//! (immediates, displacements, dynamic registers, labels) are described here by their kind
//! and written into the instruction by [`super::emit`].

use super::form::{matches, pat};

/// Operand kinds.
pub mod kind {
    /// No operand.
    pub const NONE: u8 = 0;
    /// A register, static or dynamic.
    pub const REG: u8 = 1;
    /// A memory reference `[...]`.
    pub const MEM: u8 = 2;
    /// An immediate expression (also a literal jump target).
    pub const IMM: u8 = 3;
    /// A label reference outside brackets (`->l`, `>l`, `<l`, `=>e`, `extern e`).
    pub const LABEL: u8 = 4;
}

/// Register classes.
pub mod class {
    /// General purpose: rax.., eax.., ax.., al.., spl.., r8b..
    pub const GP: u8 = 0;
    /// The legacy high bytes ah, ch, dh, bh (numbers 4..7), which cannot be used with REX.
    pub const GPH: u8 = 1;
    /// xmm0-15.
    pub const XMM: u8 = 2;
    /// ymm0-15.
    pub const YMM: u8 = 3;
    /// mm0-7.
    pub const MMX: u8 = 4;
    /// st0-7.
    pub const ST: u8 = 5;
    /// es cs ss ds fs gs.
    pub const SEG: u8 = 6;
    /// cr0-15.
    pub const CR: u8 = 7;
    /// dr0-15.
    pub const DR: u8 = 8;
    /// bnd0-3.
    pub const BND: u8 = 9;
    /// rip / eip (only inside memory references).
    pub const RIP: u8 = 10;
    /// zmm0-31.
    pub const ZMM: u8 = 11;
    /// Opmask registers k0-7.
    pub const K: u8 = 12;
}

/// A register number that is only known at run time (`Rq(expr)`).
pub const DYN: u8 = 0xFF;
/// No register (memory base or index).
pub const NOREG: u8 = 0xFE;

/// Displacement kinds of a memory reference.
pub mod disp {
    /// No displacement term.
    pub const NONE: u8 = 0;
    /// One literal term that fits in an `i8`.
    pub const LIT8: u8 = 1;
    /// One literal term that does not fit in an `i8`.
    pub const LIT32: u8 = 2;
    /// An expression (or several terms): size unknown, encoded as disp32.
    pub const EXPR: u8 = 3;
}

/// Label reference kinds.
pub mod label {
    /// Not a label.
    pub const NONE: u8 = 0;
    /// `->name`.
    pub const GLOBAL: u8 = 1;
    /// `>name`.
    pub const FORWARD: u8 = 2;
    /// `<name`.
    pub const BACKWARD: u8 = 3;
    /// `=>expr`.
    pub const DYNAMIC: u8 = 4;
    /// `extern expr`: an absolute address.
    pub const EXTERN: u8 = 5;
}

#[doc(hidden)]
#[path = "reg_ops.rs"]
pub mod reg_ops;

/// Why a memory reference cannot be encoded ([`Mem::error`]). A fieldless enum, not a `&str`:
/// an operand without pointers is cheaper to copy in the const interpreter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemError {
    /// It can be encoded.
    None,
    /// `rip` can only be used alone, unscaled, as a base.
    RipAlone,
    /// `rip` cannot be combined with other registers.
    RipCombined,
    /// A memory reference can have only one vector index.
    TwoVectorIndexes,
    /// Memory references take 64-bit or 32-bit general purpose registers.
    RegisterKind,
    /// Address registers of different sizes.
    MixedSizes,
    /// Too many registers in a memory reference.
    TooManyRegisters,
    /// Displacement does not fit in 32 bits.
    DispRange,
    /// A VSIB reference takes one base register and one vector index.
    VsibShape,
    /// The base of a VSIB reference cannot be scaled.
    VsibScaledBase,
    /// Two scaled registers in a memory reference.
    TwoScaled,
    /// `rsp` cannot be used as an index.
    RspIndex,
    /// The scale of an index must be 1, 2, 4 or 8.
    BadScale,
    /// `[BYTE rax]`, `[DWORD rip]`: a displacement size keyword without a displacement.
    DispSizeAlone,
}

impl MemError {
    /// The message.
    pub const fn message(self) -> &'static str {
        match self {
            MemError::None => "",
            MemError::RipAlone => "rip can only be used alone, unscaled, as a base",
            MemError::RipCombined => "rip cannot be combined with other registers",
            MemError::TwoVectorIndexes => "a memory reference can have only one vector index",
            MemError::RegisterKind => {
                "memory references take 64-bit or 32-bit general purpose registers"
            }
            MemError::MixedSizes => "address registers of different sizes",
            MemError::TooManyRegisters => "too many registers in a memory reference",
            MemError::DispRange => "displacement does not fit in 32 bits",
            MemError::VsibShape => "a VSIB reference takes one base register and one vector index",
            MemError::VsibScaledBase => "the base of a VSIB reference cannot be scaled",
            MemError::TwoScaled => "two scaled registers in a memory reference",
            MemError::RspIndex => "rsp cannot be used as an index",
            MemError::BadScale => "the scale of an index must be 1, 2, 4 or 8",
            MemError::DispSizeAlone => "displacement size without a displacement",
        }
    }
}

/// A memory reference, after the base/index rules of dynasm-rs have been applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mem {
    /// Base register number, [`NOREG`] or [`DYN`].
    pub base: u8,
    /// Index register number, [`NOREG`] or [`DYN`].
    pub index: u8,
    /// Scale of the index (1, 2, 4, 8); while building, the sum of the scales seen.
    pub scale: u8,
    /// Class of the index register (`GP`, or `XMM`/`YMM` for VSIB).
    pub index_class: u8,
    /// Size in bytes of the address registers (8, or 4 for a `67` prefix).
    pub addr_size: u8,
    /// Displacement kind ([`disp`]).
    pub disp: u8,
    /// `[BYTE ...]` = 1, `[DWORD ...]` = 4, else 0.
    pub force: u8,
    /// `[NOSPLIT ...]`.
    pub nosplit: bool,
    /// rip-relative (`[rip + d]` or a label).
    pub rip: bool,
    /// Label kind for `[->l]` and friends ([`label`](mod@label)).
    pub label: u8,
    /// Why the reference cannot be encoded.
    pub error: MemError,
    /// The value of a displacement that is one literal (written at compile time).
    pub disp_value: i32,
    /// The type of that literal, by [`lit_type`].
    pub lit_ty: u8,
    /// For a dynamic base: which dynamic register of the reference (in order of appearance).
    pub base_ord: u8,
    /// For a dynamic index: which dynamic register of the reference (in order of appearance).
    pub index_ord: u8,
    // Building state: the registers seen, in order, with their summed scales.
    regs: [u8; 4],
    scales: [u8; 4],
    unscaled: [bool; 4],
    ords: [u8; 4],
    nregs: u8,
    ndyn: u8,
    ndisp: u8,
}

/// The type of a literal from its text (without a sign), as dynasm-rs types literals: 0 for an
/// unsuffixed integer literal (it takes the type of the field it fills), 1, 2, 4, 8 for a suffix
/// [`Op::lit_ty`] of a literal outside `i64` (`mov rax, 0xFFFFFFFFFFFFFFFF`): dynasm-rs 5.1 refuses
/// it ("literal out of range for `i64`"), and so does the encoder.
pub const LIT_RANGE: u8 = 0xFE;

/// `i8`, `i16`, `i32`, `i64`, 0xFF for anything else (unsigned or `i128` suffixes, floats,
/// characters), which fits no field.
pub const fn lit_type(text: &str) -> u8 {
    // (Written for the const interpreter, which charges for every call: slice patterns and byte
    // comparisons only; an unsuffixed literal returns at its end.)
    let mut b = text.as_bytes();
    let hex = matches!(b, [b'0', b'x' | b'X', _, ..]);
    if hex || matches!(b, [b'0', b'o' | b'b', _, ..]) {
        if let [_, _, rest @ ..] = b {
            b = rest;
        }
    }
    while let [c, rest @ ..] = b {
        let c = *c;
        let digit = (c >= b'0' && c <= b'9')
            || c == b'_'
            || (hex && ((c >= b'a' && c <= b'f') || (c >= b'A' && c <= b'F')));
        if !digit {
            break;
        }
        b = rest;
    }
    match b {
        [] => 0,
        [b'i', b'8'] => 1,
        [b'i', b'1', b'6'] => 2,
        [b'i', b'3', b'2'] => 4,
        [b'i', b'6', b'4'] => 8,
        _ => 0xFF,
    }
}

/// A compile-time description of one operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Op {
    /// [`kind`].
    pub kind: u8,
    /// Register: its size in bytes. Memory, immediate, label: the size keyword (0 if none).
    pub size: u8,
    /// Register class ([`class`]).
    pub class: u8,
    /// Register number, or [`DYN`].
    pub num: u8,
    /// Immediate: the size of a literal by dynasm-rs's rules (1, 2, 4, 8), 0 if not a literal.
    pub lit: u8,
    /// Label kind for [`kind::LABEL`] operands.
    pub label: u8,
    /// Immediate: the value of a literal (written into the instruction at compile time).
    pub value: i64,
    /// Immediate: the type of the literal, by [`lit_type`].
    pub lit_ty: u8,
    /// Memory reference.
    pub mem: Mem,
    /// The form patterns that accept this operand (bit `p` for pattern `p`, see
    /// [`super::form::matches`]): computed when the operand is built, so that selecting a form
    /// is a bit test per operand rather than a call.
    pub pats: u128,
    /// EVEX: the write mask of the operand (`{k1}`: 1), 0 for none.
    pub mask: u8,
    /// EVEX: zeroing-masking (`{z}`).
    pub zero: bool,
    /// EVEX: a broadcast memory operand's element count (`{1to16}`: 16), 0 for none.
    pub bcst: u8,
}

const EMPTY_MEM: Mem = Mem {
    base: NOREG,
    index: NOREG,
    scale: 0,
    index_class: class::GP,
    addr_size: 8,
    disp: disp::NONE,
    force: 0,
    nosplit: false,
    rip: false,
    label: label::NONE,
    error: MemError::None,
    disp_value: 0,
    lit_ty: 0,
    base_ord: 0xFF,
    index_ord: 0xFF,
    regs: [NOREG; 4],
    scales: [0; 4],
    unscaled: [false; 4],
    ords: [0xFF; 4],
    nregs: 0,
    ndyn: 0,
    ndisp: 0,
};

impl Op {
    /// No operand.
    pub const NONE: Op = Op {
        kind: kind::NONE,
        size: 0,
        class: 0,
        num: 0,
        lit: 0,
        label: label::NONE,
        value: 0,
        lit_ty: 0,
        mem: EMPTY_MEM,
        pats: 1 << pat::NONE,
        mask: 0,
        zero: false,
        bcst: 0,
    };

    /// A static register.
    pub const fn reg(class: u8, size: u8, num: u8) -> Op {
        let op = Op {
            kind: kind::REG,
            size,
            class,
            num,
            pats: REG_PATS[class as usize % 16][size_code(size)],
            ..Op::NONE
        };
        if num >= 16 {
            // xmm16-31, ymm16-31, zmm16-31: EVEX only.
            return Op {
                pats: op.pats & pat::EVEX_ONLY,
                ..op
            };
        }
        if num > 5 {
            return op;
        }
        // Registers 0-5 may also be a fixed register of a pattern (`al`, `cl`, `dx`, `fs`...).
        let mut pats = op.pats;
        let mut i = 0;
        while i < FIXED_REG_PATS.len() {
            if matches(FIXED_REG_PATS[i], &op) {
                pats |= 1 << FIXED_REG_PATS[i];
            }
            i += 1;
        }
        Op { pats, ..op }
    }

    /// The operand with the EVEX decorations `d` (bits 8-10: the mask register, bit 11: `{z}`,
    /// bits 12-19: the broadcast's element count; the low byte is the size keyword): `dynasm!`
    /// writes `zmm1{k1}{z}` as `ZMM1.deco(1 << 8 | 1 << 11)`. Such an operand matches EVEX
    /// patterns only; a broadcast memory operand matches them by its total size.
    pub const fn deco(self, d: u32) -> Op {
        let bcst = (d >> 12) as u8;
        let mut pats = self.pats;
        if bcst != 0 && self.kind == kind::MEM {
            let total = (bcst as u32) * (self.size as u32);
            let code = if total > 64 {
                9
            } else {
                size_code(total as u8)
            };
            pats = MEM_PATS[code][index_code(self.mem.index_class)];
        }
        Op {
            mask: ((d >> 8) & 7) as u8,
            zero: d & (1 << 11) != 0,
            bcst,
            pats: pats & pat::EVEX_ONLY,
            ..self
        }
    }

    /// The operand with [`Op::pats`] computed from [`super::form::matches`] (at declasm's
    /// build time, or once per register constant).
    const fn with_pats(mut self) -> Op {
        let mut pats = 0u128;
        let mut p = 0;
        while p < pat::COUNT {
            if matches(p, &self) {
                pats |= 1 << p;
            }
            p += 1;
        }
        self.pats = pats;
        self
    }
}

// The operand constructors `dynasm!` calls: free functions, which the compiler resolves for less
// than associated ones in every statement.

/// A register whose number is given at run time.
pub const fn dynreg(class: u8, size: u8) -> Op {
    Op {
        kind: kind::REG,
        size,
        class,
        num: DYN,
        pats: DYNREG_PATS[class as usize % 16][size_code(size)],
        ..Op::NONE
    }
}

/// An immediate expression of unknown size, with an optional size keyword.
pub const fn imm(keyword: u8) -> Op {
    Op {
        kind: kind::IMM,
        size: keyword,
        pats: IMM_PATS[size_code(keyword)][0],
        ..Op::NONE
    }
}

/// A non-negative integer literal; `text` is the literal as written (for its type).
pub const fn imm_lit(keyword: u8, value: u128, text: &str) -> Op {
    let lit = if value <= 0x7F {
        1
    } else if value <= 0x7FFF {
        2
    } else if value <= 0x7FFF_FFFF {
        4
    } else {
        8
    };
    Op {
        kind: kind::IMM,
        size: keyword,
        lit,
        value: value as i64,
        lit_ty: if value > i64::MAX as u128 {
            LIT_RANGE
        } else {
            lit_type(text)
        },
        pats: IMM_PATS[size_code(keyword)][size_code(lit)],
        ..Op::NONE
    }
}

/// A negated integer literal: `value` is `-lit`, already negated (so that `-128i8` stays an
/// `i8` literal); `text` is the literal as written, without its sign.
pub const fn imm_neg(keyword: u8, value: i128, text: &str) -> Op {
    let value = value.unsigned_abs();
    let lit = if value <= 0x80 {
        1
    } else if value <= 0x8000 {
        2
    } else if value <= 0x8000_0000 {
        4
    } else {
        8
    };
    Op {
        kind: kind::IMM,
        size: keyword,
        lit,
        value: (value as i64).wrapping_neg(),
        lit_ty: if value > 1u128 << 63 {
            LIT_RANGE
        } else {
            lit_type(text)
        },
        pats: IMM_PATS[size_code(keyword)][size_code(lit)],
        ..Op::NONE
    }
}

/// A label reference used as an immediate or jump target.
pub const fn label(keyword: u8, label: u8) -> Op {
    Op {
        kind: kind::LABEL,
        size: keyword,
        label,
        pats: LABEL_PATS[size_code(keyword)],
        ..Op::NONE
    }
}

/// A memory reference. `keyword` is the size keyword, with the EVEX decorations in its
/// high bits when there are any (see [`Op::deco`]).
pub const fn mem(keyword: u32, mem: Mem) -> Op {
    let mem = mem.finish();
    let op = Op {
        kind: kind::MEM,
        size: keyword as u8,
        mem,
        pats: MEM_PATS[size_code(keyword as u8)][index_code(mem.index_class)],
        ..Op::NONE
    };
    if keyword > 0xFF || (mem.index >= 16 && mem.index < NOREG) {
        // Decorated, or a VSIB index 16-31: EVEX only.
        return op.deco(keyword);
    }
    op
}

/// `[base]`, `[base + index * scale]`, each `± literal`, with static registers: the common
/// memory references in one call (the const interpreter charges for every call and every
/// copy of a [`Mem`], and the builder makes several). `index_class` is [`NOREG`] without an
/// index; `value` is the displacement when `has_disp`. What is not a plain base, index and
/// displacement goes to the builder, which gives the same result.
#[allow(clippy::too_many_arguments)]
pub const fn mem_fast(
    full_keyword: u32,
    base_class: u8,
    base_size: u8,
    base: u8,
    index_class: u8,
    index_size: u8,
    index: u8,
    scale: u8,
    has_disp: bool,
    value: i128,
    text: &str,
) -> Op {
    let decorated = full_keyword > 0xFF;
    let keyword = full_keyword as u8;
    if decorated {
        // (Rare: a decorated memory operand takes the general path.)
        let mut m = Mem::new(false, 0).reg(base_class, base_size, base, 1, true);
        if index_class != NOREG {
            m = m.reg(index_class, index_size, index, scale, false);
        }
        if has_disp {
            m = m.disp_lit(value, text);
        }
        return mem(full_keyword, m);
    }
    let plain_base = base_class == class::GP && (base_size == 8 || base_size == 4) && base < 16;
    let no_index = index_class == NOREG;
    let plain_index = index_class == class::GP
        && index_size == base_size
        && index < 16
        && index != 4
        && index != base
        && (scale == 1 || scale == 2 || scale == 4 || scale == 8);
    let kind = if !has_disp {
        disp::NONE
    } else if value >= -128 && value <= 127 {
        disp::LIT8
    } else {
        disp::LIT32
    };
    let fits = value >= i32::MIN as i128 && value <= i32::MAX as i128;
    if !plain_base || !(no_index || plain_index) || !fits {
        let mut m = Mem::new(false, 0).reg(base_class, base_size, base, 1, true);
        if !no_index {
            m = m.reg(index_class, index_size, index, scale, false);
        }
        if has_disp {
            m = m.disp_lit(value, text);
        }
        return mem(keyword as u32, m);
    }
    Op {
        kind: kind::MEM,
        size: keyword,
        mem: Mem {
            base,
            index: if no_index { NOREG } else { index },
            scale: if no_index { 0 } else { scale },
            addr_size: base_size,
            disp: kind,
            disp_value: value as i32,
            lit_ty: if has_disp { lit_type(text) } else { 0 },
            regs: [base, if no_index { NOREG } else { index }, NOREG, NOREG],
            scales: [1, if no_index { 0 } else { scale }, 0, 0],
            unscaled: [true, false, false, false],
            nregs: if no_index { 1 } else { 2 },
            ndisp: if kind == disp::NONE { 0 } else { 1 },
            ..EMPTY_MEM
        },
        pats: MEM_PATS[size_code(keyword)][0],
        ..Op::NONE
    }
}

impl Op {
    /// For diagnostics: the operand with another size (a general-purpose register of the same
    /// class, a memory reference with that size keyword), or as an immediate literal that fits
    /// in a byte; `None` for any other operand.
    pub(crate) const fn resized(self, size: u8) -> Option<Op> {
        match self.kind {
            kind::REG if self.class == class::GP && self.num != DYN => Some(Op {
                size,
                pats: REG_PATS[class::GP as usize % 16][size_code(size)],
                ..self
            }),
            kind::MEM if self.mem.index_class == class::GP || self.mem.index_class == NOREG => {
                Some(Op {
                    size,
                    pats: MEM_PATS[size_code(size)][index_code(self.mem.index_class)],
                    ..self
                })
            }
            _ => None,
        }
    }

    /// For diagnostics: a literal immediate as if its value fitted in a byte.
    pub(crate) const fn small_literal(self) -> Op {
        Op {
            lit: 1,
            pats: IMM_PATS[size_code(self.size)][size_code(1)],
            ..self
        }
    }
}

/// Sizes (of registers, size keywords and literals) as table indexes: 0 (none), 1, 2, 4, 8,
/// 10, 16, 32, 64, and 9 for any other.
const fn size_code(size: u8) -> usize {
    match size {
        0 => 0,
        1 => 1,
        2 => 2,
        4 => 3,
        8 => 4,
        10 => 5,
        16 => 6,
        32 => 7,
        64 => 8,
        _ => 9,
    }
}

/// A size of each [`size_code`].
const CODE_SIZE: [u8; SIZE_CODES] = [0, 1, 2, 4, 8, 10, 16, 32, 64, 3];
const SIZE_CODES: usize = 10;

/// The index class of a memory reference as a table index: general purpose (or none), VSIB
/// with an xmm, ymm or zmm index.
const fn index_code(class: u8) -> usize {
    match class {
        class::XMM => 1,
        class::YMM => 2,
        class::ZMM => 3,
        _ => 0,
    }
}
const INDEX_CLASS: [u8; 4] = [class::GP, class::XMM, class::YMM, class::ZMM];

// Whether a pattern accepts an immediate, label, memory or register operand depends only on the
// sizes tabulated here (and for a few patterns on the register number), so `pats` is looked up
// rather than computed per statement. Each table is computed once into a `static` while declasm
// compiles (a `const` would be computed again in every crate that uses it), and used through a
// `const` copy of it (read once per crate, where each read of a `static` costs).

/// The patterns that name a fixed register (`al`, `cl`, `dx`, `fs`, `xmm0`...), all of numbers 0-5.
const FIXED_REG_PATS: [u8; 13] = [
    pat::AL,
    pat::AX,
    pat::EAX,
    pat::RAX,
    pat::CL,
    pat::ECX,
    pat::EDX,
    pat::DX,
    pat::FS,
    pat::GS,
    pat::XMM0,
    pat::ST0,
    pat::SREG,
];

/// `pats` of a static register by class and size (code), for a number (15) that is no fixed
/// register.
const REG_PATS: [[u128; SIZE_CODES]; 16] = REG_PATS_BUILT;
static REG_PATS_BUILT: [[u128; SIZE_CODES]; 16] = reg_pats(15);

/// `pats` of an immediate by size keyword and literal size (codes).
const IMM_PATS: [[u128; SIZE_CODES]; SIZE_CODES] = IMM_PATS_BUILT;
static IMM_PATS_BUILT: [[u128; SIZE_CODES]; SIZE_CODES] = {
    let mut t = [[0; SIZE_CODES]; SIZE_CODES];
    let mut k = 0;
    while k < SIZE_CODES {
        let mut l = 0;
        while l < SIZE_CODES {
            let op = Op {
                kind: kind::IMM,
                size: CODE_SIZE[k],
                lit: CODE_SIZE[l],
                ..Op::NONE
            };
            t[k][l] = op.with_pats().pats;
            l += 1;
        }
        k += 1;
    }
    t
};

/// `pats` of a label by size keyword (code).
const LABEL_PATS: [u128; SIZE_CODES] = LABEL_PATS_BUILT;
static LABEL_PATS_BUILT: [u128; SIZE_CODES] = {
    let mut t = [0; SIZE_CODES];
    let mut k = 0;
    while k < SIZE_CODES {
        let op = Op {
            kind: kind::LABEL,
            size: CODE_SIZE[k],
            ..Op::NONE
        };
        t[k] = op.with_pats().pats;
        k += 1;
    }
    t
};

/// `pats` of a memory reference by size keyword (code) and index class ([`index_code`]).
const MEM_PATS: [[u128; 4]; SIZE_CODES] = MEM_PATS_BUILT;
static MEM_PATS_BUILT: [[u128; 4]; SIZE_CODES] = {
    let mut t = [[0; 4]; SIZE_CODES];
    let mut k = 0;
    while k < SIZE_CODES {
        let mut c = 0;
        while c < 4 {
            let op = Op {
                kind: kind::MEM,
                size: CODE_SIZE[k],
                mem: Mem {
                    index_class: INDEX_CLASS[c],
                    ..EMPTY_MEM
                },
                ..Op::NONE
            };
            t[k][c] = op.with_pats().pats;
            c += 1;
        }
        k += 1;
    }
    t
};

/// `pats` of a dynamic register by class and size (code).
const DYNREG_PATS: [[u128; SIZE_CODES]; 16] = DYNREG_PATS_BUILT;
static DYNREG_PATS_BUILT: [[u128; SIZE_CODES]; 16] = reg_pats(DYN);

/// `pats` of registers numbered `num`, by class and size (code).
const fn reg_pats(num: u8) -> [[u128; SIZE_CODES]; 16] {
    let mut t = [[0; SIZE_CODES]; 16];
    let mut c = 0;
    while c < 16 {
        let mut k = 0;
        while k < SIZE_CODES {
            let op = Op {
                kind: kind::REG,
                class: c as u8,
                size: CODE_SIZE[k],
                num,
                ..Op::NONE
            };
            t[c][k] = op.with_pats().pats;
            k += 1;
        }
        c += 1;
    }
    t
}

impl Mem {
    /// Starts a memory reference: `force` is the displacement size override (`[BYTE ..]` = 1,
    /// `[DWORD ..]` = 4, else 0).
    pub const fn new(nosplit: bool, force: u8) -> Mem {
        Mem {
            nosplit,
            force,
            ..EMPTY_MEM
        }
    }

    /// Starts a label memory reference `[->l]` (rip-relative).
    pub const fn label(label: u8) -> Mem {
        Mem {
            rip: true,
            label,
            disp: disp::EXPR,
            ..EMPTY_MEM
        }
    }

    /// Records the first reason the reference cannot be encoded.
    const fn fail(mut self, error: MemError) -> Mem {
        if matches!(self.error, MemError::None) {
            self.error = error;
        }
        self
    }

    /// Adds a register term `reg * scale` (scale 1 when unscaled, `unscaled` tells which).
    pub const fn reg(mut self, class: u8, size: u8, num: u8, scale: u8, unscaled: bool) -> Mem {
        if class == self::class::RIP {
            if self.rip || self.nregs > 0 || scale != 1 || !unscaled {
                return self.fail(MemError::RipAlone);
            }
            self.rip = true;
            if size == 4 {
                self.addr_size = 4;
            }
            return self;
        }
        if self.rip {
            return self.fail(MemError::RipCombined);
        }
        if class == self::class::XMM || class == self::class::YMM || class == self::class::ZMM {
            if self.index_class != self::class::GP {
                return self.fail(MemError::TwoVectorIndexes);
            }
            self.index_class = class;
            self.index = num;
            self.scale = scale;
            if num == DYN {
                self.index_ord = self.ndyn;
                self.ndyn += 1;
            }
            return self;
        }
        if class != self::class::GP || (size != 8 && size != 4) {
            return self.fail(MemError::RegisterKind);
        }
        if (self.nregs > 0 || (self.index_class != self::class::GP && self.index != NOREG))
            && size != self.addr_size
        {
            return self.fail(MemError::MixedSizes);
        }
        self.addr_size = size;
        // Repeated registers add their scales.
        let mut i = 0;
        while i < self.nregs as usize {
            if self.regs[i] == num && num != DYN {
                self.scales[i] += scale;
                self.unscaled[i] = false;
                return self;
            }
            i += 1;
        }
        if self.nregs == 4 {
            return self.fail(MemError::TooManyRegisters);
        }
        self.regs[self.nregs as usize] = num;
        self.scales[self.nregs as usize] = scale;
        self.unscaled[self.nregs as usize] = unscaled;
        if num == DYN {
            self.ords[self.nregs as usize] = self.ndyn;
            self.ndyn += 1;
        }
        self.nregs += 1;
        self
    }

    /// Adds a displacement term that is an integer literal (already signed).
    pub const fn disp_lit(mut self, value: i128, text: &str) -> Mem {
        self.lit_ty = lit_type(text);
        self.ndisp += 1;
        self.disp = if self.ndisp > 1 {
            disp::EXPR
        } else if value >= -128 && value <= 127 {
            disp::LIT8
        } else {
            disp::LIT32
        };
        if value < i32::MIN as i128 || value > i32::MAX as i128 {
            return self.fail(MemError::DispRange);
        }
        self.disp_value = value as i32;
        self
    }

    /// Adds a displacement term that is an expression.
    pub const fn disp_expr(mut self) -> Mem {
        self.ndisp += 1;
        self.disp = disp::EXPR;
        self
    }

    /// Applies dynasm-rs's rules: the first unscaled register appearing once is the base, the
    /// other becomes the index; `[r*2]`, `*3`, `*5`, `*9` without a base split unless NOSPLIT; `[r*1]`
    /// alone is `[r]` unless NOSPLIT.
    const fn finish(mut self) -> Mem {
        // dynasm-rs 5.1 refuses `[BYTE rax]`, `[DWORD rip]` ("Displacement size without
        // displacement").
        if self.force != 0 && self.ndisp == 0 && self.label == label::NONE {
            return self.fail(MemError::DispSizeAlone);
        }
        if !matches!(self.error, MemError::None) || self.rip || self.label != label::NONE {
            return self;
        }
        if self.index_class != class::GP {
            // VSIB: the GP register (if any) is the base.
            if self.nregs > 1 {
                return self.fail(MemError::VsibShape);
            }
            if self.nregs == 1 {
                if self.scales[0] != 1 {
                    return self.fail(MemError::VsibScaledBase);
                }
                self = self.set_base(0);
            }
            return self.check_scale();
        }
        match self.nregs {
            0 => self,
            1 => {
                let s = self.scales[0];
                if s == 1 && (self.unscaled[0] || !self.nosplit || self.regs[0] == 4) {
                    // `[rax*1]` is `[rax]` as in dynasm-rs 5.1 (`48 8B 00`); rsp cannot be an
                    // index, so `[NOSPLIT rsp*1]` is `[rsp]` too.
                    self = self.set_base(0);
                } else if s == 1 {
                    // `[NOSPLIT rax*1]`: an index without a base.
                    self = self.set_index(0, 1);
                } else if !self.nosplit && (s == 2 || s == 3 || s == 5 || s == 9) {
                    self = self.set_base(0);
                    self = self.set_index(0, s - 1);
                } else {
                    self = self.set_index(0, s);
                }
                self.check_scale()
            }
            2 => {
                // The base is the first unscaled register; the other is the index.
                let (b, i) = if self.unscaled[0] && self.scales[0] == 1 {
                    (0, 1)
                } else if self.unscaled[1] && self.scales[1] == 1 {
                    (1, 0)
                } else if self.scales[0] == 1 {
                    (0, 1)
                } else if self.scales[1] == 1 {
                    (1, 0)
                } else {
                    return self.fail(MemError::TwoScaled);
                };
                let s = self.scales[i];
                // rsp cannot be an index: an unscaled rsp index swaps with the base.
                if self.regs[i] == 4 && s == 1 {
                    self = self.set_base(i);
                    self = self.set_index(b, 1);
                } else {
                    self = self.set_base(b);
                    self = self.set_index(i, s);
                }
                self.check_scale()
            }
            _ => self.fail(MemError::TooManyRegisters),
        }
    }

    const fn set_base(mut self, slot: usize) -> Mem {
        self.base = self.regs[slot];
        self.base_ord = self.ords[slot];
        self
    }

    const fn set_index(mut self, slot: usize, scale: u8) -> Mem {
        self.index = self.regs[slot];
        self.index_ord = self.ords[slot];
        self.scale = scale;
        self
    }

    const fn check_scale(self) -> Mem {
        if self.index == NOREG {
            return self;
        }
        if self.index_class == class::GP && self.index == 4 {
            return self.fail(MemError::RspIndex);
        }
        match self.scale {
            1 | 2 | 4 | 8 => self,
            _ => self.fail(MemError::BadScale),
        }
    }
}

/// `[base]` with a static register: [`mem_fast`] without an index or a displacement, in
/// fewer arguments (each costs the compiler something in every statement that has one).
pub const fn mem_base(keyword: u32, base_class: u8, base_size: u8, base: u8) -> Op {
    if keyword > 0xFF || base_class != class::GP || (base_size != 8 && base_size != 4) || base >= 16
    {
        return mem_fast(
            keyword, base_class, base_size, base, NOREG, 0, 0, 0, false, 0, "0",
        );
    }
    Op {
        kind: kind::MEM,
        size: keyword as u8,
        mem: Mem {
            base,
            addr_size: base_size,
            regs: [base, NOREG, NOREG, NOREG],
            scales: [1, 0, 0, 0],
            unscaled: [true, false, false, false],
            nregs: 1,
            ..EMPTY_MEM
        },
        pats: MEM_PATS[size_code(keyword as u8)][0],
        ..Op::NONE
    }
}

/// `[base ± literal]` with a static register: [`mem_fast`] without an index, in fewer
/// arguments (see [`mem_base`]).
pub const fn mem_base_disp(
    keyword: u32,
    base_class: u8,
    base_size: u8,
    base: u8,
    value: i128,
    text: &str,
) -> Op {
    if keyword > 0xFF
        || base_class != class::GP
        || (base_size != 8 && base_size != 4)
        || base >= 16
        || value < i32::MIN as i128
        || value > i32::MAX as i128
    {
        return mem_fast(
            keyword, base_class, base_size, base, NOREG, 0, 0, 0, true, value, text,
        );
    }
    Op {
        kind: kind::MEM,
        size: keyword as u8,
        mem: Mem {
            base,
            addr_size: base_size,
            disp: if value >= -128 && value <= 127 {
                disp::LIT8
            } else {
                disp::LIT32
            },
            disp_value: value as i32,
            lit_ty: lit_type(text),
            regs: [base, NOREG, NOREG, NOREG],
            scales: [1, 0, 0, 0],
            unscaled: [true, false, false, false],
            nregs: 1,
            ndisp: 1,
            ..EMPTY_MEM
        },
        pats: MEM_PATS[size_code(keyword as u8)][0],
        ..Op::NONE
    }
}

/// The scale of a type-mapped index: the type's size, or 0 (rejected by the encoder) when it is
/// not a possible scale.
pub const fn scale(size: usize) -> u8 {
    match size {
        1 | 2 | 4 | 8 => size as u8,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Op::mem_fast` must give exactly what the builder gives, for every base, index, scale
    /// and displacement it may see: plain ones, and the ones it hands over (rsp index, repeated
    /// registers, bad scales, 16-bit or mixed-size registers, rip, vector registers, big values).
    #[test]
    fn mem_fast_is_the_builder() {
        let classes = [
            (class::GP, 8),
            (class::GP, 4),
            (class::GP, 2),
            (class::RIP, 8),
            (class::XMM, 16),
        ];
        let disps: [Option<i128>; 9] = [
            None,
            Some(0),
            Some(-128),
            Some(127),
            Some(128),
            Some(-129),
            Some(i32::MAX as i128),
            Some(i32::MIN as i128),
            Some(1 << 40),
        ];
        let mut checked = 0;
        for keyword in [0u32, 4, 8] {
            for &(bc, bs) in &classes {
                for b in 0..16u8 {
                    for d in disps {
                        let mut m = Mem::new(false, 0).reg(bc, bs, b, 1, true);
                        if let Some(v) = d {
                            m = m.disp_lit(v, "1");
                        }
                        let fast = mem_fast(
                            keyword,
                            bc,
                            bs,
                            b,
                            NOREG,
                            0,
                            0,
                            0,
                            d.is_some(),
                            d.unwrap_or(0),
                            "1",
                        );
                        assert_eq!(fast, mem(keyword, m), "[{bc} {bs} {b}] {d:?}");
                        let short = match d {
                            None => mem_base(keyword, bc, bs, b),
                            Some(v) => mem_base_disp(keyword, bc, bs, b, v, "1"),
                        };
                        assert_eq!(short, fast, "short [{bc} {bs} {b}] {d:?}");
                        checked += 1;
                        for &(ic, is) in &classes {
                            for i in [0u8, 3, 4, 5, 12, 13, 15, b] {
                                for scale in [1u8, 2, 3, 4, 8] {
                                    let mut m = Mem::new(false, 0)
                                        .reg(bc, bs, b, 1, true)
                                        .reg(ic, is, i, scale, false);
                                    if let Some(v) = d {
                                        m = m.disp_lit(v, "1");
                                    }
                                    let fast = mem_fast(
                                        keyword,
                                        bc,
                                        bs,
                                        b,
                                        ic,
                                        is,
                                        i,
                                        scale,
                                        d.is_some(),
                                        d.unwrap_or(0),
                                        "1",
                                    );
                                    assert_eq!(
                                        fast,
                                        mem(keyword, m),
                                        "[{bc} {bs} {b} + {ic} {is} {i} * {scale}] {d:?}"
                                    );
                                    checked += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 100_000);
    }
}
