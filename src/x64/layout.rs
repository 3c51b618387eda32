//! Laying out one form's bytes: legacy prefixes and REX, the VEX/XOP or EVEX prefix (their own
//! files: [`super::vex`], [`super::evex`]), opcode, ModRM, SIB, displacement and immediates,
//! leaving holes (described by [`Enc`]) for what is only known at run time.

use super::encoder::{prefix, Enc, Encoded, Field, Patch, MAX_LEN, NO_FIELD, NO_PATCH};
use super::form::{role, vex, Form, MODRM_NONE, MODRM_R};
use super::operand::{class, disp, kind, label, Op, DYN, NOREG};

/// An instruction with no bytes and no holes (one constant to copy: cheaper for the const
/// interpreter than building the fields).
const EMPTY: Enc = Enc {
    code: Encoded::EMPTY,
    imm: [NO_FIELD; 4],
    reg: [NO_PATCH; 4],
    disp: NO_FIELD,
    base: NO_PATCH,
    index: NO_PATCH,
    rex_pos: 0xFF,
    base_ord: 0xFF,
    index_ord: 0xFF,
};

/// SIB.scale by scale (1, 2, 4, 8; memory with another scale is refused before layout). A table,
/// not a function: the const interpreter charges a call more than an index.
const SCALE_BITS: [u8; 16] = [3, 0, 1, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];

/// Encodes `ops` with `form`, or returns the reason it cannot.
///
/// This runs in the const interpreter for every statement, where each MIR statement and each
/// call costs: it is written flat (no helper calls, no copies of the operands).
pub const fn encode_form(f: &Form, ops: &[Op; 4], prefixes: u128) -> Result<Enc, &'static str> {
    let mut e = EMPTY;
    // Where the label field starts, if an operand is a label (0xFF: none).
    let mut reloc_pos = 0xFFu8;
    let mut b = [0u8; MAX_LEN];
    let mut n = 0usize;

    let rm = f.rm as usize;
    let reg = f.reg as usize;
    let opreg = f.opreg as usize;
    let is_mem = rm < 4 && ops[rm].kind == kind::MEM;
    let m = if is_mem { &ops[rm].mem } else { &ops[0].mem };
    if is_mem && !matches!(m.error, super::operand::MemError::None) {
        return Err(m.error.message());
    }

    // REX: W from the form, R/X/B from registers 8-15; forced by spl/bpl/sil/dil and by any
    // dynamic register (its number is only known at run time) except x87 `Rf(n)` (no REX there)
    // and MMX `Rm(n)` and MPX `RB(n)` (dynasm-rs forces none: the number's fourth bit only lands
    // in a REX that exists for another reason), and `Rh(n)`, which cannot take one (its number
    // is checked to be 4-7 at emission).
    let mut rex: u8 = if f.rex_w { 0x48 } else { 0 };
    let mut high_byte = false;
    let mut i = 0;
    while i < f.nops as usize {
        let o = &ops[i];
        if o.kind == kind::REG {
            if (o.num == DYN
                && o.class != class::ST
                && o.class != class::MMX
                && o.class != class::BND
                && o.class != class::GPH)
                || (o.class == class::GP && o.size == 1 && o.num >= 4 && o.num < 8)
            {
                rex |= 0x40;
            } else if o.class == class::GPH {
                high_byte = true;
            }
        }
        i += 1;
    }
    if reg < 4 && ops[reg].num >= 8 && ops[reg].num < 16 {
        rex |= 0x44;
    }
    if opreg < 4 && ops[opreg].num >= 8 && ops[opreg].num < 16 {
        rex |= 0x41;
    }
    if is_mem {
        if m.base >= 8 && m.base < 16 {
            rex |= 0x41;
        }
        // (A vector index, VSIB, extends with X too; only VEX forms take one.)
        if m.index >= 8 && m.index < 16 {
            rex |= 0x42;
        } else if m.index == DYN {
            rex |= 0x40;
        }
        if m.base == DYN {
            rex |= 0x40;
        }
    } else if rm < 4 && ops[rm].num >= 8 && ops[rm].num < 16 {
        rex |= 0x41;
    }
    let is_vex = f.vex != vex::NONE;
    let evex = f.vex == vex::EVEX;
    // EVEX: where the fifth bit of a dynamic register goes (ModRM.reg: R', ModRM.rm: X, vvvv
    // and a VSIB index: V').
    let (hi_r, hi_rm, hi_v) = if evex {
        (0x10u8, 0x40u8, 0x88u8)
    } else {
        (0, 0, 0)
    };
    // The bits a dynamic register's fourth bit flips: REX.R/X/B, or VEX's inverted R/X/B.
    let (bit_r, bit_x, bit_b) = if is_vex {
        (0x80u8, 0x40u8, 0x20u8)
    } else {
        (4u8, 2u8, 1u8)
    };
    if rex != 0 && high_byte {
        return Err("high byte register combined with a REX prefix (extended registers, spl/bpl/sil/dil or 64-bit operand size)");
    }

    // FWAIT of a waiting x87 form, then the legacy prefixes: segment, 67, lock/rep, then the
    // form's own. (dynasm-rs 5.1 puts REX, segment and 67 before the 9B, where they apply to
    // FWAIT: `fstsw WORD [r8]` would store to [rax]; tests/cases/differences.txt.)
    if f.fwait {
        b[n] = 0x9B;
        n += 1;
    }
    if prefixes != 0 {
        let seg = [0x26u8, 0x2E, 0x36, 0x3E, 0x64, 0x65];
        let mut i = 0;
        while i < 6 {
            if prefixes & (prefix::ES << i) != 0 {
                b[n] = seg[i];
                n += 1;
            }
            i += 1;
        }
    }
    if is_mem && m.addr_size == 4 {
        b[n] = 0x67;
        n += 1;
    }
    if prefixes != 0 {
        if prefixes & prefix::LOCK != 0 {
            b[n] = 0xF0;
            n += 1;
        }
        if prefixes & (prefix::REP | prefix::REPE) != 0 {
            b[n] = 0xF3;
            n += 1;
        }
        if prefixes & prefix::REPNE != 0 {
            b[n] = 0xF2;
            n += 1;
        }
    }
    let mut i = 0;
    while i < f.nprefixes as usize {
        b[n] = f.prefixes[i];
        n += 1;
        i += 1;
    }
    if evex {
        n = super::evex::prefix(f, ops, prefixes, &mut b, n, &mut e);
    } else if is_vex {
        n = super::vex::prefix(f, ops, rex, &mut b, n, &mut e);
    } else if rex != 0 {
        e.rex_pos = n as u8;
        b[n] = rex;
        n += 1;
    }

    // Opcode; `+r` puts a register in the low bits of its last byte.
    let mut i = 0;
    while i < f.opcode_len as usize {
        b[n] = f.opcode[i];
        n += 1;
        i += 1;
    }
    if f.plus_r && opreg < 4 {
        if ops[opreg].num == DYN {
            e.reg[opreg] = Patch {
                pos: (n - 1) as u8,
                shift: 0,
                mask: 7,
                rex_bit: if ops[opreg].class == class::ST { 0 } else { 1 },
                hi: 0,
            };
        } else {
            b[n - 1] |= ops[opreg].num & 7;
        }
    }

    // ModRM, SIB, displacement.
    if f.modrm != MODRM_NONE {
        let modrm_pos = n as u8;
        let mut reg_bits = 0u8;
        if f.modrm < MODRM_R {
            reg_bits = f.modrm;
        } else if reg < 4 {
            if ops[reg].num == DYN {
                e.reg[reg] = Patch {
                    pos: modrm_pos,
                    shift: 3,
                    mask: 7,
                    rex_bit: bit_r,
                    hi: hi_r,
                };
            } else {
                reg_bits = ops[reg].num & 7;
            }
        }
        if !is_mem {
            let mut rm_bits = 0;
            if rm < 4 {
                if ops[rm].num == DYN {
                    e.reg[rm] = Patch {
                        pos: modrm_pos,
                        shift: 0,
                        mask: 7,
                        rex_bit: bit_b,
                        hi: hi_rm,
                    };
                } else {
                    rm_bits = ops[rm].num & 7;
                }
            }
            b[n] = 0xC0 | reg_bits << 3 | rm_bits;
            n += 1;
        } else {
            e.base_ord = m.base_ord;
            e.index_ord = m.index_ord;
            let mut disp_value = m.disp_value;
            // A vector (VSIB) index's fifth bit is EVEX.V'.
            let vsib_hi = if m.index_class != class::GP { hi_v } else { 0 };
            // Where the displacement goes, and its size.
            let dpos;
            let dsize: u8;
            if m.rip {
                b[n] = reg_bits << 3 | 5;
                n += 1;
                dpos = n;
                dsize = 4;
                if m.label != label::NONE {
                    reloc_pos = n as u8;
                    e.code.reloc_enc = if m.label == label::EXTERN { 0x14 } else { 0x04 };
                }
            } else if m.base == NOREG {
                // No base: SIB with base 101 and a disp32.
                b[n] = reg_bits << 3 | 4;
                let sib = if m.index == NOREG {
                    0x25
                } else if m.index == DYN {
                    e.index = Patch {
                        pos: (n + 1) as u8,
                        shift: 3,
                        mask: 7,
                        rex_bit: bit_x,
                        hi: vsib_hi,
                    };
                    (SCALE_BITS[m.scale as usize & 15] << 6) | 5
                } else {
                    (SCALE_BITS[m.scale as usize & 15] << 6) | (m.index & 7) << 3 | 5
                };
                b[n + 1] = sib;
                n += 2;
                dpos = n;
                dsize = 4;
            } else {
                let dynbase = m.base == DYN;
                let base_low = if dynbase { 0 } else { m.base & 7 };
                dsize = if evex {
                    // disp8*N (llvm-mc's choice: no displacement for 0, a scaled disp8 when
                    // the value is a multiple of N in range, else disp32).
                    match super::evex::disp_size(f, ops, m, base_low == 5 || dynbase) {
                        Ok((size, value)) => {
                            disp_value = value;
                            size
                        }
                        Err(msg) => return Err(msg),
                    }
                } else if m.force != 0 {
                    m.force
                } else if m.disp == disp::NONE {
                    // dynasm-rs gives VSIB references with a base a disp8 of 0 always.
                    if base_low == 5 || dynbase || m.index_class != class::GP {
                        1
                    } else {
                        0
                    }
                } else if m.disp == disp::LIT8 {
                    1
                } else {
                    4
                };
                let md: u8 = if dsize == 0 {
                    0
                } else if dsize == 1 {
                    0x40
                } else {
                    0x80
                };
                if m.index != NOREG || base_low == 4 || dynbase {
                    b[n] = md | reg_bits << 3 | 4;
                    let sib = if m.index == NOREG {
                        0x20 | base_low
                    } else if m.index == DYN {
                        e.index = Patch {
                            pos: (n + 1) as u8,
                            shift: 3,
                            mask: 7,
                            rex_bit: bit_x,
                            hi: vsib_hi,
                        };
                        (SCALE_BITS[m.scale as usize & 15] << 6) | base_low
                    } else {
                        (SCALE_BITS[m.scale as usize & 15] << 6) | (m.index & 7) << 3 | base_low
                    };
                    if dynbase {
                        e.base = Patch {
                            pos: (n + 1) as u8,
                            shift: 0,
                            mask: 7,
                            rex_bit: bit_b,
                            hi: 0,
                        };
                    }
                    b[n + 1] = sib;
                    n += 2;
                } else {
                    b[n] = md | reg_bits << 3 | base_low;
                    n += 1;
                }
                dpos = n;
            }
            if m.label == label::NONE {
                if m.disp == disp::LIT8 || m.disp == disp::LIT32 {
                    if m.lit_ty != 0 && m.lit_ty != dsize && !evex {
                        return Err(suffix_mismatch(dsize));
                    }
                    let mut v = disp_value as i64;
                    let mut k = 0;
                    while k < dsize as usize {
                        b[dpos + k] = v as u8;
                        v >>= 8;
                        k += 1;
                    }
                } else if m.disp != disp::NONE {
                    e.disp = Field {
                        pos: dpos as u8,
                        size: dsize,
                    };
                }
            }
            n = dpos + dsize as usize;
        }
    }

    // Immediates and relative targets, in operand order.
    let mut i = 0;
    while i < f.nops as usize {
        let size = f.sizes[i];
        if size != 0 {
            let o = &ops[i];
            if o.kind == kind::LABEL {
                let k = if f.roles[i] != role::REL {
                    2
                } else if o.label == label::EXTERN {
                    1
                } else {
                    0
                };
                reloc_pos = n as u8;
                e.code.reloc_enc = size | k << 4;
            } else if f.roles[i] == role::IS4 {
                // A register in bits 7:4 of the byte.
                if o.num == DYN {
                    e.reg[i] = Patch {
                        pos: n as u8,
                        shift: 4,
                        mask: 15,
                        rex_bit: 0,
                        hi: 0,
                    };
                } else {
                    b[n] = o.num << 4;
                }
            } else if o.lit != 0 {
                // A literal: its value is known now; a suffixed one must have the field's type
                // (dynasm-rs: `add eax, 8i8`, not `8i32`).
                if o.lit_ty != 0 && o.lit_ty != size {
                    if o.lit_ty == super::operand::LIT_RANGE {
                        return Err("literal out of range for `i64`");
                    }
                    return Err(suffix_mismatch(size));
                }
                let mut v = o.value;
                let mut k = 0;
                while k < size as usize {
                    b[n + k] = v as u8;
                    v >>= 8;
                    k += 1;
                }
            } else {
                e.imm[i] = Field { pos: n as u8, size };
            }
            n += size as usize;
        }
        i += 1;
    }
    if f.nsuffix != 0 {
        b[n] = f.suffix;
        n += 1;
    }

    if !is_vex && rex == 0 {
        // Dynamic registers patched without a REX byte (MMX, x87): their fourth bit is dropped
        // and the REX patch points at a byte it leaves unchanged.
        e.rex_pos = 0;
        e.reg[0].rex_bit = 0;
        e.reg[1].rex_bit = 0;
        e.reg[2].rex_bit = 0;
        e.reg[3].rex_bit = 0;
    }

    e.code.bytes = b;
    e.code.len = n as u8;
    if reloc_pos != 0xFF {
        e.code.reloc_field = n as u8 - reloc_pos;
    }
    Ok(e)
}

/// The error for a suffixed literal whose type is not that of the field it fills (dynasm-rs
/// sizes a literal by its value, then requires the field's type).
const fn suffix_mismatch(size: u8) -> &'static str {
    match size {
        1 => "a literal with a type suffix must be an `i8` here (the form's field is 8 bits)",
        2 => "a literal with a type suffix must be an `i16` here (the form's field is 16 bits)",
        4 => "a literal with a type suffix must be an `i32` here (the form's field is 32 bits)",
        _ => "a literal with a type suffix must be an `i64` here (the form's field is 64 bits)",
    }
}
