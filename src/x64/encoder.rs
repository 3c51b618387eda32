//! The const fn encoder: selects the first form of a mnemonic that accepts the operands and lays
//! out the instruction's bytes, leaving holes (described by [`Enc`]) for what is only known at
//! run time.

use super::form::{self, is_dyn, role, Form, Mnemonic, MODRM_NONE, MODRM_R};
use super::operand::{class, disp, kind, label, Op, DYN, NOREG};

/// Maximum length of an x64 instruction.
pub const MAX_LEN: usize = 16;

/// Statement prefixes, as a bit set.
pub mod prefix {
    #![allow(missing_docs)]
    pub const LOCK: u16 = 1 << 0;
    pub const REP: u16 = 1 << 1;
    pub const REPNE: u16 = 1 << 2;
    pub const ES: u16 = 1 << 3;
    pub const CS: u16 = 1 << 4;
    pub const SS: u16 = 1 << 5;
    pub const DS: u16 = 1 << 6;
    pub const FS: u16 = 1 << 7;
    pub const GS: u16 = 1 << 8;
}

/// A byte range of the instruction filled at run time (`size` 0: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Offset from the start of the instruction.
    pub pos: u8,
    /// Size in bytes.
    pub size: u8,
}

/// Where a dynamic register's number goes: its low three bits are shifted into `bytes[pos]`,
/// its fourth bit sets `rex_bit` in the REX byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Patch {
    /// Byte to patch, 0xFF for none.
    pub pos: u8,
    /// Shift of the low three bits (0 or 3).
    pub shift: u8,
    /// REX bit set by register numbers 8-15 (REX.R = 4, REX.X = 2, REX.B = 1).
    pub rex_bit: u8,
}

const NO_FIELD: Field = Field { pos: 0, size: 0 };
const NO_PATCH: Patch = Patch { pos: 0xFF, shift: 0, rex_bit: 0 };

/// An encoded instruction: constant bytes plus the holes the run-time values go into.
#[derive(Clone, Copy, Debug)]
pub struct Enc {
    /// The bytes, with zeros where run-time values go.
    pub bytes: [u8; MAX_LEN],
    /// Length of the instruction.
    pub len: u8,
    /// Immediate or relative-target field of each operand.
    pub imm: [Field; 4],
    /// Dynamic register patch of each register operand.
    pub reg: [Patch; 4],
    /// Displacement field of the memory operand.
    pub disp: Field,
    /// Dynamic base register patch of the memory operand.
    pub base: Patch,
    /// Dynamic index register patch of the memory operand.
    pub index: Patch,
    /// Position of the REX byte (when a dynamic register may set its bits).
    pub rex_pos: u8,
    /// Which dynamic register of the memory operand is its base (0xFF: none).
    pub base_ord: u8,
    /// Which dynamic register of the memory operand is its index (0xFF: none).
    pub index_ord: u8,
    /// The label field, if an operand is a label.
    pub reloc: Field,
    /// The relocation's encoding for [`crate::Relocation::from_encoding`].
    pub reloc_enc: u8,
    /// The form that was selected (index into the mnemonic's forms).
    pub form: u16,
}

impl Enc {
    /// The instruction's bytes (with zeros in the holes).
    pub const fn bytes(&self) -> &[u8] {
        self.bytes.split_at(self.len as usize).0
    }

    /// Field offset of the relocation, counted back from the end of the instruction.
    pub const fn reloc_field_offset(&self) -> u8 {
        self.len - self.reloc.pos
    }
}

struct Buf {
    b: [u8; MAX_LEN],
    n: usize,
}

impl Buf {
    const fn push(&mut self, v: u8) -> u8 {
        self.b[self.n] = v;
        self.n += 1;
        (self.n - 1) as u8
    }
    const fn write(&mut self, f: Field, v: i64) {
        let bytes = v.to_le_bytes();
        let mut k = 0;
        while k < f.size as usize {
            self.b[f.pos as usize + k] = bytes[k];
            k += 1;
        }
    }
    const fn hole(&mut self, size: u8) -> Field {
        let pos = self.n as u8;
        self.n += size as usize;
        Field { pos, size }
    }
}

const fn scale_bits(s: u8) -> u8 {
    match s {
        1 => 0,
        2 => 1,
        4 => 2,
        _ => 3,
    }
}

/// Whether register operand `op` needs a REX prefix to be addressed at all (spl, bpl, sil, dil).
const fn needs_rex_byte_reg(op: &Op) -> bool {
    op.kind == kind::REG && op.class == class::GP && op.size == 1 && op.num >= 4 && op.num < 8
}

const fn high(num: u8) -> bool {
    num != DYN && num != NOREG && num >= 8
}

/// Encodes `ops` with `form`, or returns the reason it cannot.
pub const fn encode_form(f: &Form, ops: &[Op; 4], prefixes: u16) -> Result<Enc, &'static str> {
    let mut e = Enc {
        bytes: [0; MAX_LEN],
        len: 0,
        imm: [NO_FIELD; 4],
        reg: [NO_PATCH; 4],
        disp: NO_FIELD,
        base: NO_PATCH,
        index: NO_PATCH,
        rex_pos: 0xFF,
        base_ord: 0xFF,
        index_ord: 0xFF,
        reloc: NO_FIELD,
        reloc_enc: 0,
        form: 0,
    };
    let mut b = Buf { b: [0; MAX_LEN], n: 0 };

    // Find the operands by role.
    let mut rm: usize = 4;
    let mut reg: usize = 4;
    let mut opreg: usize = 4;
    let mut i = 0;
    while i < f.nops as usize {
        match f.roles[i] {
            role::RM => rm = i,
            role::REG => reg = i,
            role::OPREG => opreg = i,
            _ => {}
        }
        i += 1;
    }
    let mem = if rm < 4 && ops[rm].kind == kind::MEM { Some(ops[rm].mem) } else { None };
    if let Some(m) = mem {
        if !m.error.is_empty() {
            return Err(m.error);
        }
    }

    // REX.
    let mut rex: u8 = if f.rex_w { 0x48 } else { 0 };
    let mut force_rex = false;
    let mut has_high_byte = false;
    let mut i = 0;
    while i < f.nops as usize {
        let o = &ops[i];
        if is_dyn(o) {
            force_rex = true;
        }
        if needs_rex_byte_reg(o) {
            force_rex = true;
        }
        if o.kind == kind::REG && o.class == class::GPH {
            has_high_byte = true;
        }
        i += 1;
    }
    if reg < 4 && high(ops[reg].num) {
        rex |= 0x44;
    }
    if opreg < 4 && high(ops[opreg].num) {
        rex |= 0x41;
    }
    if rm < 4 {
        match mem {
            Some(m) => {
                if high(m.base) {
                    rex |= 0x41;
                }
                if m.index_class == class::GP && high(m.index) {
                    rex |= 0x42;
                }
                if m.base == DYN || (m.index == DYN && m.index_class == class::GP) {
                    force_rex = true;
                }
            }
            None => {
                if high(ops[rm].num) {
                    rex |= 0x41;
                }
            }
        }
    }
    if force_rex {
        rex |= 0x40;
    }
    if rex != 0 && has_high_byte {
        return Err("high byte register combined with a REX prefix (extended registers, spl/bpl/sil/dil or 64-bit operand size)");
    }

    // Legacy prefixes: segment, 67, lock/rep, then the form's own.
    let seg = [
        (prefix::ES, 0x26u8),
        (prefix::CS, 0x2E),
        (prefix::SS, 0x36),
        (prefix::DS, 0x3E),
        (prefix::FS, 0x64),
        (prefix::GS, 0x65),
    ];
    let mut i = 0;
    while i < seg.len() {
        if prefixes & seg[i].0 != 0 {
            b.push(seg[i].1);
        }
        i += 1;
    }
    if let Some(m) = mem {
        if m.addr_size == 4 {
            b.push(0x67);
        }
    }
    if prefixes & prefix::LOCK != 0 {
        b.push(0xF0);
    }
    if prefixes & prefix::REP != 0 {
        b.push(0xF3);
    }
    if prefixes & prefix::REPNE != 0 {
        b.push(0xF2);
    }
    let mut i = 0;
    while i < f.nprefixes as usize {
        b.push(f.prefixes[i]);
        i += 1;
    }
    if rex != 0 {
        e.rex_pos = b.push(rex);
    }

    // Opcode.
    let mut i = 0;
    while i < f.opcode_len as usize {
        let mut byte = f.opcode[i];
        if f.plus_r && i + 1 == f.opcode_len as usize && opreg < 4 {
            let o = &ops[opreg];
            if o.num == DYN {
                e.reg[opreg] = Patch { pos: b.n as u8, shift: 0, rex_bit: 1 };
            } else {
                byte |= o.num & 7;
            }
        }
        b.push(byte);
        i += 1;
    }

    // ModRM, SIB, displacement.
    if f.modrm != MODRM_NONE {
        let modrm_pos = b.n as u8;
        let mut reg_bits = 0u8;
        if f.modrm < MODRM_R {
            reg_bits = f.modrm;
        } else if reg < 4 {
            let o = &ops[reg];
            if o.num == DYN {
                e.reg[reg] = Patch { pos: modrm_pos, shift: 3, rex_bit: 4 };
            } else {
                reg_bits = o.num & 7;
            }
        }
        match mem {
            None => {
                let mut rm_bits = 0;
                if rm < 4 {
                    let o = &ops[rm];
                    if o.num == DYN {
                        e.reg[rm] = Patch { pos: modrm_pos, shift: 0, rex_bit: 1 };
                    } else {
                        rm_bits = o.num & 7;
                    }
                }
                b.push(0xC0 | reg_bits << 3 | rm_bits);
            }
            Some(m) => {
                e.base_ord = m.base_ord;
                e.index_ord = m.index_ord;
                if m.rip {
                    b.push(reg_bits << 3 | 5);
                    let field = b.hole(4);
                    if m.label != label::NONE {
                        e.reloc = field;
                        e.reloc_enc = if m.label == label::EXTERN { 0x14 } else { 0x04 };
                    } else if m.disp == disp::LIT8 || m.disp == disp::LIT32 {
                        b.write(field, m.disp_value as i64);
                    } else if m.disp != disp::NONE {
                        e.disp = field;
                    }
                } else if m.base == NOREG {
                    // No base: SIB with base 101 and a disp32.
                    b.push(reg_bits << 3 | 4);
                    let (idx, sc) = if m.index == NOREG {
                        (4u8, 0u8)
                    } else if m.index == DYN {
                        e.index = Patch { pos: b.n as u8, shift: 3, rex_bit: 2 };
                        (0, scale_bits(m.scale))
                    } else {
                        (m.index & 7, scale_bits(m.scale))
                    };
                    b.push(sc << 6 | idx << 3 | 5);
                    let field = b.hole(4);
                    if m.disp == disp::LIT8 || m.disp == disp::LIT32 {
                        b.write(field, m.disp_value as i64);
                    } else if m.disp != disp::NONE {
                        e.disp = field;
                    }
                } else {
                    let dynbase = m.base == DYN;
                    let base_low = if dynbase { 0 } else { m.base & 7 };
                    let need_sib = m.index != NOREG || base_low == 4 || dynbase;
                    // Displacement size.
                    let dsize: u8 = if m.force == 1 {
                        1
                    } else if m.force == 4 {
                        4
                    } else {
                        match m.disp {
                            disp::NONE => {
                                if base_low == 5 || dynbase {
                                    1
                                } else {
                                    0
                                }
                            }
                            disp::LIT8 => 1,
                            _ => 4,
                        }
                    };
                    let md: u8 = match dsize {
                        0 => 0,
                        1 => 0x40,
                        _ => 0x80,
                    };
                    if need_sib {
                        b.push(md | reg_bits << 3 | 4);
                        let sib_pos = b.n as u8;
                        let (idx, sc) = if m.index == NOREG {
                            (4u8, 0u8)
                        } else if m.index == DYN {
                            e.index = Patch { pos: sib_pos, shift: 3, rex_bit: 2 };
                            (0, scale_bits(m.scale))
                        } else {
                            (m.index & 7, scale_bits(m.scale))
                        };
                        if dynbase {
                            e.base = Patch { pos: sib_pos, shift: 0, rex_bit: 1 };
                        }
                        b.push(sc << 6 | idx << 3 | base_low);
                    } else {
                        b.push(md | reg_bits << 3 | base_low);
                    }
                    let field = b.hole(dsize);
                    if m.disp == disp::LIT8 || m.disp == disp::LIT32 {
                        b.write(field, m.disp_value as i64);
                    } else if m.disp != disp::NONE {
                        e.disp = field;
                    }
                }
            }
        }
    }

    // Immediates and relative targets, in operand order.
    let mut i = 0;
    while i < f.nops as usize {
        let r = f.roles[i];
        if r == role::IMM || r == role::REL {
            let field = b.hole(f.sizes[i]);
            let o = &ops[i];
            if o.kind == kind::LABEL {
                e.reloc = field;
                let k = if r == role::REL {
                    if o.label == label::EXTERN {
                        1
                    } else {
                        0
                    }
                } else {
                    2
                };
                e.reloc_enc = field.size | k << 4;
            } else if o.kind == kind::IMM && o.lit != 0 {
                // A literal: its value is known now.
                b.write(field, o.value);
            } else {
                e.imm[i] = field;
            }
        }
        i += 1;
    }

    e.bytes = b.b;
    e.len = b.n as u8;
    Ok(e)
}

/// Selects the first form of `m` that accepts `ops` and encodes it. Panics (a compile error in
/// the user's crate, since this runs in a `const`) when no form accepts the operands; `stmt` is
/// the statement's text for the message.
pub const fn encode(m: &Mnemonic, prefixes: u16, ops: [Op; 4], stmt: &str) -> Enc {
    let mut i = 0;
    while i < m.forms.len() {
        let f = &m.forms[i];
        if form::matches(f.ops[0], &ops[0])
            && form::matches(f.ops[1], &ops[1])
            && form::matches(f.ops[2], &ops[2])
            && form::matches(f.ops[3], &ops[3])
        {
            match encode_form(f, &ops, prefixes) {
                Ok(mut e) => {
                    e.form = i as u16;
                    return e;
                }
                Err(msg) => super::diagnostics::fail(m, stmt, msg),
            }
        }
        i += 1;
    }
    super::diagnostics::fail(m, stmt, "")
}

