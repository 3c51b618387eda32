//! The A64 encoder: selects the first form of a mnemonic whose patterns accept the operands and
//! lays out its 32-bit word; the immediate encoders (bitmask immediates, wide moves, FP 8-bit
//! immediates, scaled offsets, ...) are `const fn`s shared with the run-time path, which fills
//! the [`Hole`]s a statement's run-time values leave.

use super::form::{field, imm, mem, pk, reloc, rp, Form, Mnemonic, Pat, ARR_T, MAX_OPS};
use super::operand::{self, class, kind, modifier, Op, DYN};

/// A part of the word only known at run time: an immediate of a kind ([`imm`]) or a register
/// number ([`imm::REG`]), from operand `op` (and, for the pair kinds, operand `op2`), written
/// into the fields at `pos` (the least significant bit of each field the kind fills, in the
/// order of [`imm::NAMES`]; for a register, its field and a repeated field, 0xFF: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hole {
    /// The immediate kind, or [`imm::REG`] / [`imm::REG4`] / [`imm::REGEVEN`] (a register
    /// number).
    pub kind: u8,
    /// Which operand holds the value.
    pub op: u8,
    /// Pair kinds ([`imm::pair`]): the operand holding the first value (`ubfx`'s lsb).
    pub op2: u8,
    /// Where the fields go.
    pub pos: [u8; 3],
    /// For a register field: which part of a memory operand (0: the register or base, 1: the
    /// index); for an immediate: 0 for `#imm` and a memory offset, 1 for a modifier's amount.
    pub part: u8,
}

impl Hole {
    const NONE: Hole = Hole {
        kind: 0,
        op: 0,
        op2: 0xFF,
        pos: [0xFF; 3],
        part: 0,
    };
}

/// The maximum number of holes of one instruction.
pub const MAX_HOLES: usize = 4;

/// An encoded instruction: the word with the known fields, the holes for run-time values and
/// the relocation its label needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enc {
    /// The instruction word.
    pub word: u32,
    /// Holes (the first `nholes`).
    pub holes: [Hole; MAX_HOLES],
    /// Number of holes.
    pub nholes: u8,
    /// The relocation kind of the label operand ([`reloc`]; `reloc::NONE`: none).
    pub reloc: u8,
    /// Which operand is the label.
    pub label_op: u8,
    /// The index of the form that encoded it in its mnemonic's table.
    pub form: u16,
}

/// Why a statement cannot be encoded.
#[derive(Clone, Copy, Debug)]
pub struct Failure {
    /// The mnemonic.
    pub mnemonic: &'static Mnemonic,
    /// The statement as written.
    pub stmt: &'static str,
    /// What is wrong; empty when no form accepts the operands' kinds (the message lists the
    /// forms).
    pub why: &'static str,
    /// The operand (0-based) `why` is about, or 0xFF.
    pub operand: u8,
    /// `why` is the range of values the operand takes.
    pub range: bool,
    /// The form whose patterns matched but whose value check failed (its template), if any.
    pub form: &'static str,
}

impl Failure {
    /// The message (built in a buffer: read it with [`Message::as_str`]).
    pub const fn message(&self) -> Message {
        let mut msg = Message {
            buf: [0; 2048],
            n: 0,
        }
        .add("declasm: `")
        .add(self.stmt)
        .add("`: ");
        if self.why.is_empty() {
            msg = msg
                .add("no form of `")
                .add(self.mnemonic.name)
                .add("` accepts these operands; expected one of:");
            let mut i = 0;
            while i < self.mnemonic.forms.len() {
                msg = msg
                    .add("\n    ")
                    .add(self.mnemonic.name)
                    .add(" ")
                    .add(self.mnemonic.forms[i].text);
                i += 1;
            }
        } else {
            if self.operand != 0xFF {
                const ORD: [&str; 5] = ["first", "second", "third", "fourth", "fifth"];
                msg = msg
                    .add("the ")
                    .add(ORD[self.operand as usize])
                    .add(" operand: ");
            }
            if self.range {
                msg = msg.add("value out of range, expected ");
            }
            msg = msg.add(self.why);
            if !self.form.is_empty() {
                msg = msg
                    .add(" (form `")
                    .add(self.mnemonic.name)
                    .add(" ")
                    .add(self.form)
                    .add("`)");
            }
        }
        msg
    }
}

/// A message, built in a buffer by `const fn`s.
pub struct Message {
    buf: [u8; 2048],
    n: usize,
}

impl Message {
    const fn add(mut self, s: &str) -> Message {
        let s = s.as_bytes();
        let mut i = 0;
        while i < s.len() && self.n < self.buf.len() {
            self.buf[self.n] = s[i];
            self.n += 1;
            i += 1;
        }
        self
    }

    /// The text.
    pub const fn as_str(&self) -> &str {
        let mut n = self.n;
        while n > 0 && core::str::from_utf8(self.buf.split_at(n).0).is_err() {
            n -= 1;
        }
        match core::str::from_utf8(self.buf.split_at(n).0) {
            Ok(s) => s,
            Err(_) => "declasm: invalid statement",
        }
    }
}

// --- immediate encoders ---------------------------------------------------------------------

/// A bitmask immediate of a 32- or 64-bit logical instruction as `(N, immr, imms)`; `None` for
/// 0, all ones and values that are not a rotated run of ones repeated in 2-, 4-, .. 64-bit
/// elements.
pub const fn logical_imm(value: u64, width: u32) -> Option<(u32, u32, u32)> {
    let mut v = value;
    if width == 32 {
        // A 32-bit value (also given sign-extended, e.g. -2).
        if v >> 32 != 0 && v >> 32 != 0xFFFF_FFFF {
            return None;
        }
        v &= 0xFFFF_FFFF;
        v |= v << 32;
    }
    // (The encoding itself is the run-time helper's, shared with dynasmrt's API.)
    match super::immediate::encode_logical_immediate_64bit(v) {
        Some(e) => Some(((e >> 12) as u32, (e >> 6 & 0x3F) as u32, (e & 0x3F) as u32)),
        None => None,
    }
}

/// The value a bitmask immediate `(N, immr, imms)` stands for (the inverse of
/// [`logical_imm`], for tests and listings); `None` for a reserved encoding.
pub const fn decode_logical_imm(n: u32, immr: u32, imms: u32, width: u32) -> Option<u64> {
    let combined = (n << 6) | (!imms & 0x3F);
    if combined == 0 {
        return None;
    }
    let len = 31 - combined.leading_zeros();
    let size = 1u32 << len;
    let levels = size - 1;
    let s = imms & levels;
    let r = immr & levels;
    if s == levels || (width == 32 && n == 1) {
        return None;
    }
    let run = (1u64 << (s + 1)) - 1;
    let mask = if size == 64 {
        u64::MAX
    } else {
        (1u64 << size) - 1
    };
    let mut elt = if r == 0 {
        run
    } else {
        ((run >> r) | (run << (size - r))) & mask
    };
    let mut e = size;
    while e < 64 {
        elt |= elt << e;
        e *= 2;
    }
    Some(if width == 32 { elt & 0xFFFF_FFFF } else { elt })
}

/// A value of a 32-bit operation: accepted if it fits in 32 bits, unsigned or signed.
const fn u32_of(v: i64) -> Option<u64> {
    if v >= i32::MIN as i64 && v <= u32::MAX as i64 {
        Some(v as u64 & 0xFFFF_FFFF)
    } else {
        None
    }
}

/// `(imm16, hw)` of a MOVZ of `v` (a 16-bit chunk at bit 0, 16, 32 or 48; `width` 32: 0 or 16).
pub const fn wide_imm(v: u64, width: u32) -> Option<(u32, u32)> {
    let mut hw = 0;
    while hw < width / 16 {
        if v & !(0xFFFFu64 << (16 * hw)) == 0 {
            return Some(((v >> (16 * hw)) as u32 & 0xFFFF, hw));
        }
        hw += 1;
    }
    None
}

/// The 8-bit immediate of FMOV (`imm8`) for an `f64` value's bits: `±n/16 × 2^r`, n 16..31,
/// r -3..4.
pub const fn fp_imm8(bits: u64) -> Option<u32> {
    let sign = (bits >> 63) as u32;
    let exp = ((bits >> 52) & 0x7FF) as u32;
    let frac = bits & ((1u64 << 52) - 1);
    if frac & ((1u64 << 48) - 1) != 0 || exp < 1020 || exp > 1027 {
        return None;
    }
    let b = ((exp >> 10) & 1) ^ 1;
    Some((sign << 7) | (b << 6) | ((exp & 3) << 4) | (frac >> 48) as u32)
}

/// Why a value does not fit a kind: the range text of [`imm::NAMES`].
pub const fn imm_range(k: u8) -> &'static str {
    imm::range_text(k)
}

const fn one(x: u32) -> Option<[u32; 3]> {
    Some([x, 0, 0])
}

const fn range(v: i64, lo: i64, hi: i64) -> bool {
    v >= lo && v <= hi
}

/// Encodes a value of an immediate kind: the values of the fields it fills, in the order of
/// [`imm::NAMES`] (unused: 0). `prev` is the operand before it for the pair kinds
/// ([`imm::pair`]). `float` says `v` holds the bits of an `f64`. `None`: out of range (the
/// message is [`imm_range`]). The run-time path calls this too.
pub const fn encode_imm(k: u8, v: i64, prev: i64, float: bool) -> Option<[u32; 3]> {
    match k {
        imm::IMM12 | imm::PIMM1 if range(v, 0, 4095) => one(v as u32),
        imm::IMM16 if range(v, 0, 65535) => one(v as u32),
        imm::LSL12 if v == 0 || v == 12 => one((v == 12) as u32),
        imm::HW32 if v == 0 || v == 16 => one(v as u32 / 16),
        imm::HW64 if v == 0 || v == 16 || v == 32 || v == 48 => one(v as u32 / 16),
        imm::BIMM32 | imm::BIMM64 => {
            let r = if k == imm::BIMM32 {
                match u32_of(v) {
                    Some(x) => logical_imm(x, 32),
                    None => None,
                }
            } else {
                logical_imm(v as u64, 64)
            };
            match r {
                Some((n, immr, imms)) => Some([n, immr, imms]),
                None => None,
            }
        }
        imm::MOVZ32 | imm::MOVN32 => match u32_of(v) {
            Some(x) => {
                let x = if k == imm::MOVN32 {
                    !x & 0xFFFF_FFFF
                } else {
                    x
                };
                match wide_imm(x, 32) {
                    Some((i, hw)) => Some([i, hw, 0]),
                    None => None,
                }
            }
            None => None,
        },
        imm::MOVZ64 | imm::MOVN64 => {
            let x = if k == imm::MOVN64 {
                !(v as u64)
            } else {
                v as u64
            };
            match wide_imm(x, 64) {
                Some((i, hw)) => Some([i, hw, 0]),
                None => None,
            }
        }
        imm::AMT32 | imm::IMMR32 | imm::IMMS32 | imm::BIT32 | imm::IMM5 if range(v, 0, 31) => {
            if k == imm::BIT32 {
                Some([0, v as u32, 0])
            } else {
                one(v as u32)
            }
        }
        imm::AMT64 | imm::IMMR64 | imm::IMMS64 if range(v, 0, 63) => one(v as u32),
        imm::BIT64 if range(v, 0, 63) => Some([v as u32 >> 5, v as u32 & 31, 0]),
        imm::LSL32 if range(v, 0, 31) => Some([(32 - v as u32) % 32, 31 - v as u32, 0]),
        imm::LSL64 if range(v, 0, 63) => Some([(64 - v as u32) % 64, 63 - v as u32, 0]),
        imm::BFILSB32 if range(v, 0, 31) => one((32 - v as u32) % 32),
        imm::BFILSB64 if range(v, 0, 63) => one((64 - v as u32) % 64),
        imm::WIDTH32 | imm::BFIWIDTH32 if v >= 1 && range(prev, 0, 31) && prev + v <= 32 => {
            one(if k == imm::WIDTH32 {
                prev + v - 1
            } else {
                v - 1
            } as u32)
        }
        imm::WIDTH64 | imm::BFIWIDTH64 if v >= 1 && range(prev, 0, 63) && prev + v <= 64 => {
            one(if k == imm::WIDTH64 {
                prev + v - 1
            } else {
                v - 1
            } as u32)
        }
        imm::IMM3 if range(v, 0, 4) => one(v as u32),
        imm::NZCV | imm::CRM if range(v, 0, 15) => one(v as u32),
        imm::PRFOP if range(v, 0, 31) => one(v as u32),
        imm::EXT8 if range(v, 0, 7) => one(v as u32),
        imm::IMM8V if range(v, 0, 255) => Some([v as u32 >> 5, v as u32 & 31, 0]),
        imm::EQ24 if v == 24 => one(0),
        imm::BYTEMASK => {
            let mut x = 0u32;
            let mut b = 0;
            while b < 8 {
                let byte = (v as u64 >> (8 * b)) & 0xFF;
                if byte == 0xFF {
                    x |= 1 << b;
                } else if byte != 0 {
                    return None;
                }
                b += 1;
            }
            Some([x >> 5, x & 31, 0])
        }
        imm::EXT16 if range(v, 0, 15) => one(v as u32),
        imm::SHR8 | imm::SHR16 | imm::SHR32 | imm::SHR64 => {
            let size = 8i64 << (k - imm::SHR8);
            if range(v, 1, size) {
                one((2 * size - v) as u32)
            } else {
                None
            }
        }
        imm::SHL8 | imm::SHL16 | imm::SHL32 | imm::SHL64 => {
            let size = 8i64 << (k - imm::SHL8);
            if range(v, 0, size - 1) {
                one((size + v) as u32)
            } else {
                None
            }
        }
        imm::SYSREG if range(v, 0, 32767) => one(v as u32),
        imm::HINT if range(v, 0, 127) => one(v as u32),
        imm::SIMM9 if range(v, -256, 255) => one(v as u32 & 0x1FF),
        imm::PIMM2 | imm::PIMM4 | imm::PIMM8 | imm::PIMM16 => {
            let scale = 1i64 << (k - imm::PIMM1);
            if v % scale == 0 && range(v / scale, 0, 4095) {
                one((v / scale) as u32)
            } else {
                None
            }
        }
        imm::SIMM7X4 | imm::SIMM7X8 | imm::SIMM7X16 => {
            let scale = 4i64 << (k - imm::SIMM7X4);
            if v % scale == 0 && range(v / scale, -64, 63) {
                one((v / scale) as u32 & 0x7F)
            } else {
                None
            }
        }
        // The amount of a register offset: 0 (S = 0) or log2 of the access size (S = 1); for
        // byte accesses only 0, and S says whether it was written (see `encode_form`).
        imm::LS1 if v == 0 => one(1),
        imm::LS2 | imm::LS4 | imm::LS8 | imm::LS16 => {
            let s = (k - imm::LS1) as i64;
            if v == 0 || v == s {
                one((v == s) as u32)
            } else {
                None
            }
        }
        imm::FBITS32 if range(v, 1, 32) => one(64 - v as u32),
        imm::FBITS64 if range(v, 1, 64) => one(64 - v as u32),
        imm::FIMMV => {
            let bits = if float {
                v as u64
            } else {
                (v as f64).to_bits()
            };
            match fp_imm8(bits) {
                Some(x) => Some([x >> 5, x & 31, 0]),
                None => None,
            }
        }
        imm::FIMM => {
            let bits = if float {
                v as u64
            } else {
                (v as f64).to_bits()
            };
            match fp_imm8(bits) {
                Some(x) => one(x),
                None => None,
            }
        }
        imm::FZERO if float && v == 0 => one(0),
        imm::ZERO if !float && v == 0 => one(0),
        imm::EQ8 | imm::EQ16 | imm::EQ32 if v == 8 << (k - imm::EQ8) => one(0),
        imm::EQ1 if v == 1 => one(0),
        imm::VLSL16 if v == 0 || v == 8 => one(v as u32 / 8),
        imm::VLSL32 if v == 0 || v == 8 || v == 16 || v == 24 => one(v as u32 / 8),
        imm::VMSL if v == 8 || v == 16 => one(v as u32 / 8 - 1),
        imm::ELEM5..=imm::LELEM_END => {
            let (base, first) = match k {
                imm::ELEM5..=imm::ELEM5_END => (imm::ELEM5, 0),
                imm::ELEM4..=imm::ELEM4_END => (imm::ELEM4, 0),
                imm::ELEMH..=imm::ELEMH_END => (imm::ELEMH, 1),
                _ => (imm::LELEM, 0),
            };
            let size = (k - base + first) as u32;
            if !range(v, 0, (16 >> size) - 1) {
                return None;
            }
            let i = v as u32;
            match base {
                imm::ELEM5 => one((i << (size + 1)) | (1 << size)),
                imm::ELEM4 => one(i << size),
                // H:L:M (H), H:L (S), H (D).
                imm::ELEMH => Some(match size {
                    1 => [i >> 2, (i >> 1) & 1, i & 1],
                    2 => [i >> 1, i & 1, 0],
                    _ => [i, 0, 0],
                }),
                // Q:S:size (B), Q:S:size<1> (H), Q:S (S), Q (D; size 01).
                _ => Some(match size {
                    0 => [i >> 3, (i >> 2) & 1, i & 3],
                    1 => [i >> 2, (i >> 1) & 1, (i & 1) << 1],
                    2 => [i >> 1, i & 1, 0],
                    _ => [i, 0, 1],
                }),
            }
        }
        imm::BFMIMMS64 if range(v, 1, 63) && range(prev, 0, 63) && prev + v <= 64 => one(v as u32),
        imm::ROT if v == 0 || v == 90 || v == 180 || v == 270 => one(v as u32 / 90),
        imm::ROT90 if v == 90 || v == 270 => one(v as u32 / 180),
        imm::INDEX_HL | imm::IMM2 if range(v, 0, 3) => {
            if k == imm::IMM2 {
                one(v as u32)
            } else {
                Some([v as u32 >> 1, v as u32 & 1, 0])
            }
        }
        imm::INDEX_H | imm::INDEX_L if range(v, 0, 1) => one(v as u32),
        imm::OP1 | imm::OP2 if range(v, 0, 7) => one(v as u32),
        imm::SIMM10X8 if v % 8 == 0 && range(v, -4096, 4088) => {
            let x = (v / 8) as u32 & 0x3FF;
            Some([x >> 9, x & 0x1FF, 0])
        }
        imm::OFF26 | imm::OFF19 | imm::OFF14 => {
            let bits = match k {
                imm::OFF26 => 26,
                imm::OFF19 => 19,
                _ => 14,
            };
            let half = 1i64 << (bits - 1);
            if v % 4 == 0 && range(v / 4, -half, half - 1) {
                one((v / 4) as u32 & ((1u32 << bits) - 1))
            } else {
                None
            }
        }
        imm::OFFADR | imm::OFFADRP => {
            let x = if k == imm::OFFADRP {
                if v % 4096 != 0 {
                    return None;
                }
                v / 4096
            } else {
                v
            };
            if range(x, -(1 << 20), (1 << 20) - 1) {
                Some([x as u32 & 3, (x >> 2) as u32 & 0x7_FFFF, 0])
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Writes a field's value at `lsb` (width from [`field::NAMES`]).
const fn put(word: u32, f: u8, lsb: u8, v: u32) -> u32 {
    let w = field::width(f) as u32;
    let mask = if w == 32 { u32::MAX } else { (1u32 << w) - 1 };
    word | ((v & mask) << lsb)
}

/// Writes the values of an immediate kind's fields into `word` at the form's positions.
const fn put_imm(word: u32, f: &Form, k: u8, vals: [u32; 3]) -> u32 {
    let fs = imm::fields(k);
    let pos = imm_pos(f, k);
    let mut w = word;
    let mut i = 0;
    while i < 3 {
        if fs[i] != field::NONE {
            w = put(w, fs[i], pos[i], vals[i]);
        }
        i += 1;
    }
    w
}

/// The positions of a kind's fields in a form (M, the top bit of Rm, is not in diagrams).
const fn imm_pos(f: &Form, k: u8) -> [u8; 3] {
    let fs = imm::fields(k);
    let mut p = [0xFF; 3];
    let mut i = 0;
    while i < 3 {
        if fs[i] == field::M {
            p[i] = f.pos[field::RM as usize] + 4;
        } else if fs[i] != field::NONE {
            p[i] = f.pos[fs[i] as usize];
        }
        i += 1;
    }
    p
}

/// [`fill`] for a floating-point run-time value (the FP immediate kinds: `fmov d0, f`), which
/// [`fill`] takes as the bits of the `f64`.
pub const fn fill_float(word: u32, h: &Hole, v: f64) -> Result<u32, &'static str> {
    fill(word, h, v.to_bits() as i64, 0)
}

/// Applies a run-time value to a hole: the word with the hole's fields written, or the range
/// message. `prev` is the value of operand `op2` for the pair kinds; a register hole takes the
/// register number, masked to 5 bits as dynasm-rs does.
pub const fn fill(word: u32, h: &Hole, v: i64, prev: i64) -> Result<u32, &'static str> {
    if h.kind == imm::REG || h.kind == imm::REG4 || h.kind == imm::REGEVEN {
        // As dynasm-rs: no range check, the number is masked to the 5-bit field (`X(33)` is x1),
        // or to 4 bits where the field's top bit is an index bit (REG4), or to an even number.
        let n = v as u32
            & match h.kind {
                imm::REG4 => 15,
                imm::REGEVEN => 30,
                _ => 31,
            };
        let mut w = word | (n << h.pos[0]);
        if h.pos[1] != 0xFF {
            w |= n << h.pos[1];
        }
        return Ok(w);
    }
    let fs = imm::fields(h.kind);
    // A run-time floating-point immediate is given as the bits of an `f64`.
    let float = matches!(h.kind, imm::FIMM | imm::FIMMV | imm::FZERO);
    match encode_imm(h.kind, v, prev, float) {
        Some(vals) => {
            let mut w = word;
            let mut i = 0;
            while i < 3 {
                if fs[i] != field::NONE {
                    w = put(w, fs[i], h.pos[i], vals[i]);
                }
                i += 1;
            }
            Ok(w)
        }
        None => Err(imm_range(h.kind)),
    }
}

// --- selection ------------------------------------------------------------------------------

/// Whether a register operand fits a register pattern.
const fn reg_fits(p: u8, arrangement: u8, op: &Op) -> bool {
    let c = op.class;
    let n = op.num;
    match p {
        rp::X => c == class::X,
        rp::XNZ => c == class::X && n != 31,
        rp::XSP => c == class::XSP || (c == class::X && n != 31),
        rp::W => c == class::W,
        rp::WSP => c == class::WSP || (c == class::W && n != 31),
        rp::B => c == class::B,
        rp::H => c == class::H,
        rp::S => c == class::S,
        rp::D => c == class::D,
        rp::Q => c == class::Q,
        rp::C => c == class::C && (n < 16 || n == DYN),
        rp::V => {
            c == class::V
                && if arrangement == ARR_T {
                    op.arr != 0 && op.arr < 16
                } else {
                    op.arr == arrangement
                }
        }
        _ => false,
    }
}

/// How an operand failed a pattern: its kind or register does not fit (try the next form), or
/// its value is out of range (remember the message).
enum Miss {
    Shape,
    Value(&'static str),
}

struct State {
    word: u32,
    /// The arrangement of the `<T>` operands (0: none seen yet).
    t: u8,
    holes: [Hole; MAX_HOLES],
    nholes: u8,
}

impl State {
    const fn hole(mut self, h: Hole) -> State {
        if (self.nholes as usize) < MAX_HOLES {
            self.holes[self.nholes as usize] = h;
            self.nholes += 1;
        }
        self
    }
}

/// Writes a register number into a field (and its repeat), or leaves a hole.
const fn put_reg(mut s: State, f: &Form, fld: u8, num: u8, op: u8, part: u8) -> State {
    let lsb = f.pos[fld as usize];
    let dup = if f.dup.0 == fld { f.dup.1 } else { 0xFF };
    if num == DYN {
        return s.hole(Hole {
            kind: imm::REG,
            op,
            pos: [lsb, dup, 0xFF],
            part,
            ..Hole::NONE
        });
    }
    s.word = put(s.word, fld, lsb, num as u32 & 31);
    if dup != 0xFF {
        s.word = put(s.word, fld, dup, num as u32 & 31);
    }
    s
}

/// Writes a `<T>` arrangement into the diagram's `Q`, `size` and `sz` fields.
const fn put_arrangement(mut s: State, f: &Form, a: u8) -> State {
    use super::operand::arr;
    s.t = a;
    let q = matches!(a, arr::B16 | arr::H8 | arr::S4 | arr::D2 | arr::Q1) as u32;
    let size = match a {
        arr::B8 | arr::B16 => 0,
        arr::H4 | arr::H8 => 1,
        arr::S2 | arr::S4 => 2,
        _ => 3,
    };
    s.word = put(s.word, field::Q, f.pos[field::Q as usize], q);
    if f.pos[field::SIZE as usize] != field::NONE {
        s.word = put(s.word, field::SIZE, f.pos[field::SIZE as usize], size);
    }
    if f.pos[field::SZ as usize] != field::NONE {
        s.word = put(
            s.word,
            field::SZ,
            f.pos[field::SZ as usize],
            (size == 3) as u32,
        );
    }
    s
}

/// Writes an immediate (literal or run-time) of kind `k` into the form's fields.
const fn put_value(
    s: State,
    f: &Form,
    k: u8,
    v: i64,
    state: u8,
    prev: Option<(i64, u8, u8)>,
    (op, part): (u8, u8),
) -> Result<State, Miss> {
    let float = state == operand::imm::FLOAT;
    if float && !matches!(k, imm::FIMM | imm::FIMMV | imm::FZERO) {
        return Err(Miss::Shape);
    }
    let (pv, pstate, pop) = match prev {
        Some(p) => p,
        None => (0, operand::imm::LIT, 0xFF),
    };
    if state == operand::imm::DYN || (imm::pair(k) && pstate == operand::imm::DYN) {
        // An exact value takes no run-time value, except a shift amount that must be 0
        // (`movi v0.16b, #1, lsl x`: checked when filled).
        if matches!(
            k,
            imm::FZERO | imm::ZERO | imm::EQ1 | imm::EQ8 | imm::EQ16 | imm::EQ24 | imm::EQ32
        ) && !(k == imm::ZERO && part == 1)
        {
            return Err(Miss::Shape);
        }
        return Ok(s.hole(Hole {
            kind: k,
            op,
            op2: if imm::pair(k) { pop } else { 0xFF },
            pos: imm_pos(f, k),
            part,
        }));
    }
    match encode_imm(k, v, pv, float) {
        Some(vals) => Ok(State {
            word: put_imm(s.word, f, k, vals),
            ..s
        }),
        None => Err(Miss::Value(imm_range(k))),
    }
}

/// Writes a modifier's name (`LSL` .. `SXTX`) into the pattern's field.
const fn put_modifier(mut s: State, f: &Form, p: &Pat, m: u8) -> State {
    if p.mod_field != field::NONE {
        let v = if p.mod_field == field::OPTION && m == modifier::LSL {
            p.lsl_option as u32
        } else {
            modifier::field_value(m)
        };
        s.word = put(s.word, p.mod_field, f.pos[p.mod_field as usize], v);
    }
    s
}

/// Encodes operand `i` into the state, or says why it does not fit.
const fn put_operand(s: State, f: &Form, ops: &[Op; MAX_OPS], i: usize) -> Result<State, Miss> {
    let p = &f.ops[i];
    let op = &ops[i];
    let oi = i as u8;
    match p.kind {
        pk::REG => {
            if op.kind != kind::REG || !reg_fits(p.reg, p.arr, op) {
                return Err(Miss::Shape);
            }
            let mut s = s;
            if p.arr == ARR_T {
                if (f.tset >> op.arr) & 1 == 0 || (s.t != 0 && s.t != op.arr) {
                    return Err(Miss::Shape);
                }
                if s.t == 0 {
                    s = put_arrangement(s, f, op.arr);
                }
            }
            Ok(put_reg(s, f, p.field, op.num, oi, 0))
        }
        pk::ELEM if (p.imm as usize) < imm::COUNT => {
            // An index of an immediate kind (`<Vm>.H[<index_hl>]`, `<Vd>.D[1]`).
            if op.kind != kind::ELEM || op.class != class::V || op.arr != p.arr {
                return Err(Miss::Shape);
            }
            let s = match put_value(s, f, p.imm, op.imm, op.imm_state, None, (oi, 0)) {
                Ok(s) => s,
                Err(m) => return Err(m),
            };
            Ok(put_reg(s, f, p.field, op.num, oi, 0))
        }
        pk::ELEM => {
            if op.kind != kind::ELEM || op.class != class::V || op.arr != p.arr {
                return Err(Miss::Shape);
            }
            let size = p.arr - operand::arr::B;
            // By element (H): H:L:M for H elements (M is the top bit of the Rm field, so the
            // register is 0-15), H:L for S, H for D; else imm5 (with the size's marker bit) or
            // imm4 (scaled).
            let k = if p.elem_field == field::H {
                if size == 1 && op.num != DYN && op.num > 15 {
                    return Err(Miss::Value("a register 0 to 15 (H elements)"));
                }
                imm::ELEMH + size - 1
            } else if p.elem_field == field::IMM5 {
                imm::ELEM5 + size
            } else {
                imm::ELEM4 + size
            };
            let s = match put_value(s, f, k, op.imm, op.imm_state, None, (oi, 0)) {
                Ok(s) => s,
                Err(m) => return Err(m),
            };
            let mut s = put_reg(s, f, p.field, op.num, oi, 0);
            if k == imm::ELEMH && op.num == DYN {
                // (H elements: the register is 4 bits, M is an index bit.)
                s.holes[s.nholes as usize - 1].kind = imm::REG4;
            }
            Ok(s)
        }
        pk::LIST => {
            if op.kind != kind::LIST || op.class != class::V || op.count != p.count {
                return Err(Miss::Shape);
            }
            let mut s = s;
            if p.arr == ARR_T {
                if op.arr >= 16 || (f.tset >> op.arr) & 1 == 0 || (s.t != 0 && s.t != op.arr) {
                    return Err(Miss::Shape);
                }
                if s.t == 0 {
                    s = put_arrangement(s, f, op.arr);
                }
            } else if op.arr != p.arr {
                return Err(Miss::Shape);
            }
            Ok(put_reg(s, f, p.field, op.num, oi, 0))
        }
        pk::LISTELEM => {
            if op.kind != kind::LIST || op.count != p.count || op.arr != p.arr {
                return Err(Miss::Shape);
            }
            // The index in Q:S:size.
            let k = imm::LELEM + (p.arr - operand::arr::B);
            let s = match put_value(s, f, k, op.imm, op.imm_state, None, (oi, 0)) {
                Ok(s) => s,
                Err(m) => return Err(m),
            };
            Ok(put_reg(s, f, p.field, op.num, oi, 0))
        }
        pk::IMM if p.imm == imm::LISTBYTES || p.imm == imm::LISTELEMBYTES => {
            if op.kind != kind::IMM || op.imm_state == operand::imm::FLOAT {
                return Err(Miss::Shape);
            }
            // The list's size: 8 or 16 bytes per register.
            let mut bytes = 0;
            let mut k = 0;
            while k < MAX_OPS {
                if ops[k].kind == kind::LIST {
                    let q = matches!(
                        ops[k].arr,
                        operand::arr::B16 | operand::arr::H8 | operand::arr::S4 | operand::arr::D2
                    );
                    let per = if ops[k].arr >= operand::arr::B {
                        1 << (ops[k].arr - operand::arr::B)
                    } else if p.imm == imm::LISTELEMBYTES {
                        1 << ((ops[k].arr - 1) / 2)
                    } else if q {
                        16
                    } else {
                        8
                    };
                    bytes = ops[k].count as i64 * per;
                }
                k += 1;
            }
            if op.imm_state != operand::imm::LIT || op.imm != bytes {
                return Err(Miss::Value(imm_range(p.imm)));
            }
            Ok(s)
        }
        pk::IMM => {
            if op.kind != kind::IMM {
                return Err(Miss::Shape);
            }
            let prev = if i > 0 && imm::pair(p.imm) {
                Some((ops[i - 1].imm, ops[i - 1].imm_state, oi - 1))
            } else {
                None
            };
            put_value(s, f, p.imm, op.imm, op.imm_state, prev, (oi, 0))
        }
        pk::MOD => {
            if op.kind != kind::MOD || op.modifier == 0 || (p.names >> (op.modifier - 1)) & 1 == 0 {
                return Err(Miss::Shape);
            }
            let s = put_modifier(s, f, p, op.modifier - 1);
            if op.amount_state == operand::imm::NONE {
                if !p.imm_opt {
                    return Err(Miss::Shape);
                }
                return Ok(s);
            }
            if p.imm as usize >= imm::COUNT {
                return Err(Miss::Shape);
            }
            put_value(s, f, p.imm, op.amount, op.amount_state, None, (oi, 1))
        }
        pk::MEM => {
            if op.kind != kind::MEM || !reg_fits(rp::XSP, 0, op) {
                return Err(Miss::Shape);
            }
            if op.writeback != (p.mem == mem::PRE) {
                return Err(Miss::Shape);
            }
            let has_index = op.idx_num != operand::NOREG;
            let s = put_reg(s, f, p.field, op.num, oi, 0);
            match p.mem {
                mem::BASE => {
                    if has_index
                        || op.imm_state == operand::imm::DYN
                        || (op.imm_state == operand::imm::LIT && op.imm != 0)
                    {
                        return Err(Miss::Shape);
                    }
                    Ok(s)
                }
                mem::OFFSET | mem::PRE => {
                    if has_index {
                        return Err(Miss::Shape);
                    }
                    if op.imm_state == operand::imm::NONE {
                        if !p.imm_opt {
                            return Err(Miss::Shape);
                        }
                        return Ok(s);
                    }
                    put_value(s, f, p.imm, op.imm, op.imm_state, None, (oi, 0))
                }
                _ => {
                    let idx = Op {
                        class: op.idx_class,
                        num: op.idx_num,
                        ..*op
                    };
                    if !has_index || !reg_fits(p.idx, 0, &idx) {
                        return Err(Miss::Shape);
                    }
                    let s = put_reg(s, f, field::RM, op.idx_num, oi, 1);
                    if op.modifier == 0 {
                        if !p.mod_opt {
                            return Err(Miss::Shape);
                        }
                        // No modifier: LSL with no amount.
                        return Ok(put_modifier(s, f, p, modifier::LSL));
                    }
                    if (p.names >> (op.modifier - 1)) & 1 == 0 {
                        return Err(Miss::Shape);
                    }
                    let s = put_modifier(s, f, p, op.modifier - 1);
                    if op.amount_state == operand::imm::NONE {
                        if !p.imm_opt {
                            return Err(Miss::Shape);
                        }
                        return Ok(s);
                    }
                    put_value(s, f, p.imm, op.amount, op.amount_state, None, (oi, 1))
                }
            }
        }
        pk::LABEL => {
            // A number: the displacement itself (`b 8`), encoded as the relocation would.
            if op.kind == kind::IMM && op.imm_state != operand::imm::FLOAT {
                let k = match f.reloc {
                    reloc::B26 => imm::OFF26,
                    reloc::IMM19 => imm::OFF19,
                    reloc::TB14 => imm::OFF14,
                    reloc::ADR => imm::OFFADR,
                    reloc::ADRP => imm::OFFADRP,
                    _ => return Err(Miss::Shape),
                };
                return put_value(s, f, k, op.imm, op.imm_state, None, (oi, 0));
            }
            if op.kind != kind::LABEL {
                return Err(Miss::Shape);
            }
            Ok(s)
        }
        pk::COND | pk::INVCOND => {
            if op.kind != kind::COND {
                return Err(Miss::Shape);
            }
            let mut s = s;
            let c = if p.kind == pk::INVCOND {
                if op.num >= 14 {
                    return Err(Miss::Value("a condition other than al and nv"));
                }
                op.num ^ 1
            } else {
                op.num
            };
            s.word = put(s.word, field::COND, f.pos[field::COND as usize], c as u32);
            Ok(s)
        }
        pk::BARRIER | pk::PRFOP | pk::SYSREG | pk::SYSREGW => {
            if p.kind == pk::SYSREGW && op.kind == kind::SYSREG && op.count == 0 {
                return Err(Miss::Value(
                    "a writable system register (this one is read-only)",
                ));
            }
            let (k, fl, v) = match p.kind {
                pk::BARRIER => (kind::BARRIER, field::CRM, op.num as u32),
                pk::PRFOP => (kind::PRFOP, field::RT, op.num as u32),
                _ => (kind::SYSREG, field::SYSREG, op.imm as u32),
            };
            if op.kind != k {
                return Err(Miss::Shape);
            }
            let mut s = s;
            s.word = put(s.word, fl, f.pos[fl as usize], v);
            Ok(s)
        }
        pk::SYSOP => {
            if op.kind != kind::SYSOP || op.num != p.reg {
                return Err(Miss::Shape);
            }
            let v = op.imm as u32;
            let mut s = s;
            s.word = put(s.word, field::OP1, f.pos[field::OP1 as usize], v >> 11);
            s.word = put(s.word, field::OP2, f.pos[field::OP2 as usize], v);
            if p.reg != operand::sysop::PSTATE {
                s.word = put(s.word, field::CRN, f.pos[field::CRN as usize], v >> 7);
                s.word = put(s.word, field::CRM, f.pos[field::CRM as usize], v >> 3);
            }
            Ok(s)
        }
        pk::NAME => {
            if op.kind != p.reg || op.num != p.count {
                return Err(Miss::Shape);
            }
            Ok(s)
        }
        pk::NEXT => {
            // The register after the previous operand's (which must be even); after a dynamic
            // register, written as the zero register (dynasm-rs's rule).
            let prev = &ops[i - 1];
            if op.kind != kind::REG || !reg_fits(p.reg, 0, op) || op.num == DYN {
                return Err(Miss::Shape);
            }
            if prev.num == DYN {
                if op.num != 31 {
                    return Err(Miss::Value(
                        "the zero register (the register after a dynamic one)",
                    ));
                }
                // The dynamic register's hole takes even numbers only.
                let mut s = s;
                let mut k = 0;
                while k < s.nholes as usize {
                    if s.holes[k].op == oi - 1 && s.holes[k].kind == imm::REG {
                        s.holes[k].kind = imm::REGEVEN;
                    }
                    k += 1;
                }
                return Ok(s);
            }
            if prev.num % 2 != 0 {
                return Err(Miss::Value("an even register before it"));
            }
            if op.num != prev.num + 1 {
                return Err(Miss::Value("the register after the previous operand's"));
            }
            Ok(s)
        }
        _ => Err(Miss::Shape),
    }
}

/// Encodes the operands with one form, or says why they do not fit.
const fn encode_form(f: &Form, ops: &[Op; MAX_OPS]) -> Result<Enc, (u8, Miss)> {
    let mut s = State {
        word: f.bits,
        t: 0,
        holes: [Hole::NONE; MAX_HOLES],
        nholes: 0,
    };
    let mut label_op = 0xFF;
    let mut i = 0;
    while i < MAX_OPS {
        let p = &f.ops[i];
        if ops[i].kind == kind::NONE {
            if p.kind != pk::NONE && !p.optional {
                return Err((i as u8, Miss::Shape));
            }
            // An absent extend of an extended-register form is LSL (UXTW/UXTX).
            if p.kind == pk::MOD && p.mod_field != field::NONE {
                s = put_modifier(s, f, p, modifier::LSL);
            }
        } else if p.kind == pk::NONE {
            return Err((i as u8, Miss::Shape));
        } else {
            if p.kind == pk::LABEL && ops[i].kind == kind::LABEL {
                label_op = i as u8;
            }
            s = match put_operand(s, f, ops, i) {
                Ok(s) => s,
                Err(m) => return Err((i as u8, m)),
            };
        }
        i += 1;
    }
    Ok(Enc {
        word: s.word,
        holes: s.holes,
        nholes: s.nholes,
        reloc: if label_op == 0xFF {
            reloc::NONE
        } else {
            f.reloc
        },
        label_op,
        form: 0,
    })
}

/// Selects the first form of `m` that accepts `ops` and encodes it, or says why none does:
/// the first form whose operand kinds fit but a value did not gives the message (the operand
/// and the accepted range); if no form's kinds fit, the message lists the forms.
pub const fn encode(
    m: &'static Mnemonic,
    ops: [Op; MAX_OPS],
    stmt: &'static str,
) -> Result<Enc, Failure> {
    let mut fail = Failure {
        mnemonic: m,
        stmt,
        why: "",
        operand: 0xFF,
        range: false,
        form: "",
    };
    // An arrangement or element size the front end did not know (`v0.b3`).
    let mut i = 0;
    while i < MAX_OPS {
        if ops[i].arr == operand::arr::BAD {
            fail.why = "unknown arrangement or element size (arrangements: b8, b16, h4, h8, s2, s4, d1, d2, q1, and b4, h2 where an instruction has them; elements: b, h, s, d)";
            fail.operand = i as u8;
            return Err(fail);
        }
        i += 1;
    }
    let mut k = 0;
    while k < m.forms.len() {
        match encode_form(&m.forms[k], &ops) {
            Ok(e) => {
                return Ok(Enc {
                    form: k as u16,
                    ..e
                })
            }
            Err((i, Miss::Value(why))) => {
                if fail.why.is_empty() {
                    fail.why = why;
                    fail.operand = i;
                    fail.range = true;
                    fail.form = m.forms[k].text;
                }
            }
            Err((_, Miss::Shape)) => {}
        }
        k += 1;
    }
    Err(fail)
}

/// The encoding, or a compile error with the failure's message.
#[track_caller]
pub const fn ok(r: Result<Enc, Failure>) -> Enc {
    match r {
        Ok(e) => e,
        Err(f) => panic!("{}", f.message().as_str()),
    }
}

/// [`encode`] with up to five operands (missing ones [`Op::NONE`]), panicking with the message
/// (a compile error in a `const`).
#[track_caller]
pub const fn encode_ops(m: &'static Mnemonic, ops: &[Op], stmt: &'static str) -> Enc {
    let mut a = [Op::NONE; MAX_OPS];
    let mut i = 0;
    while i < ops.len() && i < MAX_OPS {
        a[i] = ops[i];
        i += 1;
    }
    ok(encode(m, a, stmt))
}
