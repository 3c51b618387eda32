//! The EVEX encoding family (AVX-512): the four-byte prefix, the checks of the decorations
//! (write masks, zeroing, broadcast, rounding) against a form, and the compressed displacement
//! (disp8*N). The rest of an EVEX instruction (opcode, ModRM, SIB, immediates) is laid out by
//! [`super::encoder::encode_form`] as for VEX.
//!
//! Prefix layout (Intel SDM vol. 2, 2.7): `62`, P0 = `R X B R' 0 m m m`, P1 = `W v v v v 1 p p`,
//! P2 = `z L' L b V' a a a`; R, X, B, R', V' and vvvv are stored inverted.

use super::encoder::{prefix, Enc, Patch, MAX_LEN};
use super::form::{deco, pat, pattern_mem_size, Form};
use super::operand::{class, disp, kind, Mem, Op, DYN};

/// A register's number for the static bits of the prefix (a dynamic register is patched at run
/// time from 0; no register: 0).
const fn num(ops: &[Op; 4], i: u8) -> u8 {
    if i < 4 && ops[i as usize].num != DYN && ops[i as usize].kind == kind::REG {
        ops[i as usize].num
    } else {
        0
    }
}

/// Writes the EVEX prefix at `b[n..]`; returns the position after it. Records the position of
/// P0 in `e.rex_pos` (dynamic registers flip its R, X, B, R' bits, and V' two bytes further) and
/// the patch of a dynamic vvvv register.
pub const fn prefix(
    f: &Form,
    ops: &[Op; 4],
    flags: u128,
    b: &mut [u8; MAX_LEN],
    n: usize,
    e: &mut Enc,
) -> usize {
    let rm = f.rm;
    let is_mem = rm < 4 && ops[rm as usize].kind == kind::MEM;
    let r = num(ops, f.reg);
    let mut p0 = f.vex_map;
    if r & 8 == 0 {
        p0 |= 0x80;
    }
    if r & 16 == 0 {
        p0 |= 0x10;
    }
    // V' (inverted): the fifth bit of vvvv, or of a VSIB index.
    let mut v_hi = false;
    if is_mem {
        let m = &ops[rm as usize].mem;
        let base = if m.base < 16 { m.base } else { 0 };
        let index = if m.index < 32 { m.index } else { 0 };
        if base & 8 == 0 {
            p0 |= 0x20;
        }
        if index & 8 == 0 {
            p0 |= 0x40;
        }
        if m.index_class != class::GP && index & 16 != 0 {
            v_hi = true;
        }
    } else {
        let x = num(ops, rm);
        if x & 8 == 0 {
            p0 |= 0x20;
        }
        if x & 16 == 0 {
            p0 |= 0x40;
        }
    }
    let v = num(ops, f.vvvv);
    if v & 16 != 0 {
        v_hi = true;
    }
    let p1 = f.vex_w << 7 | (!v & 15) << 3 | 4 | f.vex_pp;
    // P2: zeroing and mask from the first operand (the destination, or a store's memory).
    let o = &ops[0];
    let mut ll = f.vex_l;
    let mut bit_b = 0;
    if flags & prefix::ROUNDING != 0 {
        bit_b = 1;
        // `{rn-sae}`..`{rz-sae}` are L'L 0-3; `{sae}` leaves L'L 0 (as llvm-mc writes it).
        ll = if flags & prefix::SAE != 0 {
            0
        } else {
            ((flags & (prefix::ROUNDING & !prefix::SAE)) / prefix::RN_SAE).trailing_zeros() as u8
        };
    } else if is_mem && ops[rm as usize].bcst != 0 {
        bit_b = 1;
    }
    let z = if o.zero { 0x80 } else { 0 };
    let p2 = z | ll << 5 | bit_b << 4 | if v_hi { 0 } else { 8 } | o.mask;
    b[n] = 0x62;
    b[n + 1] = p0;
    b[n + 2] = p1;
    b[n + 3] = p2;
    e.rex_pos = (n + 1) as u8;
    if f.vvvv < 4 && ops[f.vvvv as usize].num == DYN {
        e.reg[f.vvvv as usize] = Patch {
            pos: (n + 2) as u8,
            shift: 3,
            mask: 15,
            rex_bit: 0,
            hi: 0x88,
        };
    }
    n + 4
}

/// The displacement of an EVEX memory operand: its size (0, 1 or 4) and the value to write
/// (for a disp8, the displacement divided by N, the size of the memory the form reads: the
/// operand's, a broadcast's element, or a VSIB element). `needs_disp`: the base is rbp/r13 (or
/// dynamic), whose mod 00 would mean something else.
pub const fn disp_size(
    f: &Form,
    ops: &[Op; 4],
    m: &Mem,
    needs_disp: bool,
) -> Result<(u8, i32), &'static str> {
    let o = &ops[f.rm as usize];
    let n = if o.bcst != 0 {
        f.bcst as i32
    } else if f.disp8 != 0 {
        f.disp8 as i32
    } else if m.index_class != class::GP {
        if f.vex_w == 1 {
            8
        } else {
            4
        }
    } else {
        let s = pattern_mem_size(f.ops[f.rm as usize]);
        if s == 0 {
            1
        } else {
            s as i32
        }
    };
    if m.force == 4 {
        return Ok((4, m.disp_value));
    }
    if m.disp == disp::EXPR {
        if m.force == 1 {
            return Err("an EVEX instruction scales an 8-bit displacement (disp8*N): `[BYTE ..]` cannot take a run-time value here");
        }
        return Ok((4, 0));
    }
    let v = if m.disp == disp::NONE {
        0
    } else {
        m.disp_value
    };
    if v == 0 && !needs_disp && m.force == 0 {
        return Ok((0, 0));
    }
    if v % n == 0 && v / n >= -128 && v / n <= 127 {
        return Ok((1, v / n));
    }
    if m.force == 1 {
        return Err("this displacement is not a multiple of the operand size that fits in 8 bits (EVEX disp8*N): `[BYTE ..]` cannot encode it");
    }
    Ok((4, v))
}

/// Why `f` (an EVEX form whose patterns accept `ops`) cannot take the statement's decorations,
/// if it cannot: the encoder then tries the next form, and reports this if none is left.
pub const fn check(f: &Form, ops: &[Op; 4], flags: u128) -> Option<&'static str> {
    let o = &ops[0];
    if o.mask != 0 && f.deco & deco::MASK == 0 {
        return Some("this instruction takes no write mask");
    }
    if o.zero {
        if o.mask == 0 {
            return Some("zeroing `{z}` needs a write mask `{k1}`..`{k7}` before it");
        }
        if f.deco & deco::ZERO == 0 || o.kind == kind::MEM {
            return Some(
                "zeroing `{z}` is not allowed here (a store or compare takes a merging mask only)",
            );
        }
    }
    let rm = f.rm as usize;
    if rm < 4 && ops[rm].kind == kind::MEM && ops[rm].mem.index_class != class::GP && o.mask == 0 {
        return Some("a gather or scatter needs a write mask `{k1}`..`{k7}`");
    }
    if rm < 4
        && ops[rm].kind == kind::MEM
        && ops[rm].mem.index_class != class::GP
        && ops[rm].size != 0
    {
        // A VSIB operand's size keyword is the data's total size (as llvm-mc prints it): the
        // number of indexes times the element size.
        let m = &ops[rm].mem;
        let index_bytes: u32 = match m.index_class {
            class::XMM => 16,
            class::YMM => 32,
            _ => 64,
        };
        let index_elem: u32 = if matches!(f.ops[rm], pat::EVM32X | pat::EVM32Y | pat::EVM32Z) {
            4
        } else {
            8
        };
        let data_elem: u32 = if f.vex_w == 1 { 8 } else { 4 };
        // (As many elements as both the indexes and the data register hold:
        // `vgatherdpd xmm1{k1}, OWORD [rax + xmm2*8]` uses two of four indexes.)
        let data = &ops[if rm == 0 { 1 } else { 0 }];
        let mut count = index_bytes / index_elem;
        if data.kind == kind::REG && (data.size as u32) / data_elem < count {
            count = data.size as u32 / data_elem;
        }
        if ops[rm].size as u32 != count * data_elem {
            return Some("the size keyword of a gather's or scatter's memory operand is the total data size (number of indexes times the element size), as llvm-mc prints it");
        }
    }
    let mut i = 0;
    while i < 4 {
        let x = &ops[i];
        if i > 0 && (x.mask != 0 || x.zero) {
            return Some("a write mask applies to the first operand only");
        }
        if x.bcst != 0 {
            if i != rm || f.bcst == 0 {
                return Some("this operand takes no broadcast `{1toN}`");
            }
            if x.size == 0 {
                // `[rax]{1to16}`: the element is the form's; N must fill its vector.
                if x.bcst as u32 * f.bcst as u32 != 16 << f.vex_l {
                    return Some(
                        "the broadcast's element count `{1toN}` does not fill this instruction's vector",
                    );
                }
            } else if x.size != f.bcst {
                return Some(
                    "the broadcast element's size keyword is not this instruction's element size",
                );
            }
        }
        i += 1;
    }
    if flags & prefix::ROUNDING != 0 {
        if (flags & prefix::ROUNDING).count_ones() > 1 {
            return Some("more than one rounding or `{sae}` operand");
        }
        if rm < 4 && ops[rm].kind == kind::MEM {
            return Some("embedded rounding and `{sae}` need register operands (no memory)");
        }
        if flags & prefix::SAE != 0 {
            if f.deco & deco::SAE == 0 {
                // (A form with embedded rounding takes `{rn-sae}`..`{rz-sae}`, not `{sae}`, as
                // llvm-mc and GNU as.)
                return Some("this instruction (or this vector length) takes no `{sae}`");
            }
        } else if f.deco & deco::ER == 0 {
            return Some(
                "this instruction (or this vector length) takes no embedded rounding `{rn-sae}`..`{rz-sae}`",
            );
        }
    }
    None
}
