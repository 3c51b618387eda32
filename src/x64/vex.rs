//! The VEX and XOP encoding families: the two- or three-byte prefix (Intel SDM vol. 2, 2.3;
//! AMD APM vol. 3, 1.8). `C5 [R vvvv L pp]` when the form allows it, else `C4`/`8F
//! [R X B mmmmm] [W vvvv L pp]`; R, X, B and vvvv are stored inverted.

use super::encoder::{Enc, Patch, MAX_LEN};
use super::form::{vex, Form};
use super::operand::{kind, Op, DYN};

/// Writes the VEX/XOP prefix at `b[n..]`; returns the position after it. `rex` holds the REX
/// bits the registers need (R = 4, X = 2, B = 1). Records the position of the R/X/B byte in
/// `e.rex_pos` (dynamic registers flip those bits) and the patch of a dynamic vvvv register.
pub const fn prefix(
    f: &Form,
    ops: &[Op; 4],
    rex: u8,
    b: &mut [u8; MAX_LEN],
    mut n: usize,
    e: &mut Enc,
) -> usize {
    let rm = f.rm as usize;
    let is_mem = rm < 4 && ops[rm].kind == kind::MEM;
    let m = &ops[if is_mem { rm } else { 0 }].mem;
    // The 2-byte form (C5) holds only R, vvvv, L and pp: it needs map 0F, W0, and no X or
    // B, which a dynamic base, index or r/m register might need at run time.
    let dyn_xb = if is_mem {
        m.base == DYN || m.index == DYN
    } else {
        rm < 4 && ops[rm].num == DYN
    };
    let vvvv = if f.vvvv < 4 && ops[f.vvvv as usize].num != DYN {
        !ops[f.vvvv as usize].num & 15
    } else {
        15
    };
    let tail = vvvv << 3 | f.vex_l << 2 | f.vex_pp;
    let r = if rex & 4 != 0 { 0 } else { 0x80 };
    e.rex_pos = (n + 1) as u8;
    let vvvv_pos;
    if f.vex == vex::VEX && f.vex_map == 1 && f.vex_w == 0 && rex & 3 == 0 && !dyn_xb {
        b[n] = 0xC5;
        b[n + 1] = r | tail;
        vvvv_pos = n + 1;
        n += 2;
    } else {
        b[n] = if f.vex == vex::XOP { 0x8F } else { 0xC4 };
        b[n + 1] = r
            | if rex & 2 != 0 { 0 } else { 0x40 }
            | if rex & 1 != 0 { 0 } else { 0x20 }
            | f.vex_map;
        b[n + 2] = f.vex_w << 7 | tail;
        vvvv_pos = n + 2;
        n += 3;
    }
    if f.vvvv < 4 && ops[f.vvvv as usize].num == DYN {
        e.reg[f.vvvv as usize] = Patch {
            pos: vvvv_pos as u8,
            shift: 3,
            mask: 15,
            rex_bit: 0,
            hi: 0,
        };
    }
    n
}
