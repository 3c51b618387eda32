//! The const fn encoder: selects the first form of a mnemonic that accepts the operands and lays
//! out the instruction's bytes, leaving holes (described by [`Enc`]) for what is only known at
//! run time.

use super::form::{self, role, vex, Form, Mnemonic, MnemonicId, MODRM_NONE, MODRM_R};
use super::operand::{class, disp, kind, label, Op, DYN, NOREG};

/// Maximum length of an x64 instruction.
pub const MAX_LEN: usize = 16;

/// Statement prefixes, as bits of the statement flags (the `.feature` groups are the high 64
/// bits, see [`super::feature`]).
pub mod prefix {
    #![allow(missing_docs)]
    pub const LOCK: u128 = 1 << 0;
    pub const REP: u128 = 1 << 1;
    pub const REPNE: u128 = 1 << 2;
    pub const ES: u128 = 1 << 3;
    pub const CS: u128 = 1 << 4;
    pub const SS: u128 = 1 << 5;
    pub const DS: u128 = 1 << 6;
    pub const FS: u128 = 1 << 7;
    pub const GS: u128 = 1 << 8;
    /// `repe`/`repz` (F3, like `rep`, but only on `cmps`/`scas`).
    pub const REPE: u128 = 1 << 9;
    /// EVEX embedded rounding: `{rn-sae}` (and the next three: `{rd-sae}`, `{ru-sae}`,
    /// `{rz-sae}`, in EVEX.L'L order), written as an operand but a property of the statement.
    pub const RN_SAE: u128 = 1 << 10;
    pub const RD_SAE: u128 = 1 << 11;
    pub const RU_SAE: u128 = 1 << 12;
    pub const RZ_SAE: u128 = 1 << 13;
    /// EVEX `{sae}`.
    pub const SAE: u128 = 1 << 14;
    /// `{vex}`: the VEX form, not the EVEX one (AVX-VNNI).
    pub const VEX: u128 = 1 << 15;
    /// Any rounding or `{sae}`.
    pub const ROUNDING: u128 = RN_SAE | RD_SAE | RU_SAE | RZ_SAE | SAE;

    // The prefixes as the statement spells them (`dynasm!` passes the user's word, so that an
    // error quotes the statement as written).
    #[allow(non_upper_case_globals)]
    mod spelled {
        use super::*;
        pub const lock: u128 = LOCK;
        pub const rep: u128 = REP;
        pub const repe: u128 = REPE;
        pub const repz: u128 = REPE;
        pub const repne: u128 = REPNE;
        pub const repnz: u128 = REPNE;
        pub const cs: u128 = CS;
        pub const ds: u128 = DS;
        pub const es: u128 = ES;
        pub const fs: u128 = FS;
        pub const gs: u128 = GS;
        pub const ss: u128 = SS;
        pub const vex: u128 = VEX;
    }
    pub use spelled::*;
}

/// A byte range of the instruction filled at run time (`size` 0: none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Offset from the start of the instruction.
    pub pos: u8,
    /// Size in bytes.
    pub size: u8,
}

/// Where a dynamic register's number goes: its low bits (`mask`: 7, or 15 for VEX.vvvv and
/// `is4`) are shifted into `bytes[pos]`, its fourth bit flips `rex_bit` in the REX byte (or the
/// VEX byte holding the inverted R, X, B bits). Patches are applied with XOR: the fields start
/// as register 0 (zero bits, or ones where VEX stores the number inverted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Patch {
    /// Byte to patch, 0xFF for none.
    pub pos: u8,
    /// Shift of the low bits (0, 3 or 4).
    pub shift: u8,
    /// Bits of the number that go to `bytes[pos]` (7 or 15).
    pub mask: u8,
    /// Bit flipped by register numbers 8-15 (REX.R = 4, REX.X = 2, REX.B = 1; VEX: 0x80,
    /// 0x40, 0x20).
    pub rex_bit: u8,
    /// EVEX: the bit flipped by register numbers 16-31, in the byte at `rex_pos` (EVEX.R' =
    /// 0x10, EVEX.X = 0x40) or, with 0x80 set, two bytes after it (EVEX.V' = 0x08); 0 where
    /// such a number cannot be encoded (emission refuses it).
    pub hi: u8,
}

const NO_FIELD: Field = Field { pos: 0, size: 0 };
const NO_PATCH: Patch = Patch {
    pos: 0xFF,
    shift: 0,
    mask: 7,
    rex_bit: 0,
    hi: 0,
};

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
}

impl Enc {
    /// Field offset of the relocation, counted back from the end of the instruction.
    pub const fn reloc_field_offset(&self) -> u8 {
        self.len - self.reloc.pos
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

/// Encodes `ops` with `form`, or returns the reason it cannot.
///
/// This runs in the const interpreter for every statement, where each MIR statement and each
/// call costs: it is written flat (no helper calls, no copies of the operands).
pub const fn encode_form(f: &Form, ops: &[Op; 4], prefixes: u128) -> Result<Enc, &'static str> {
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
    };
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
                    e.reloc = Field {
                        pos: n as u8,
                        size: 4,
                    };
                    e.reloc_enc = if m.label == label::EXTERN { 0x14 } else { 0x04 };
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
                    (scale_bits(m.scale) << 6) | 5
                } else {
                    (scale_bits(m.scale) << 6) | (m.index & 7) << 3 | 5
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
                        (scale_bits(m.scale) << 6) | base_low
                    } else {
                        (scale_bits(m.scale) << 6) | (m.index & 7) << 3 | base_low
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
                    let v = (disp_value as i64).to_le_bytes();
                    let mut k = 0;
                    while k < dsize as usize {
                        b[dpos + k] = v[k];
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
                e.reloc = Field { pos: n as u8, size };
                e.reloc_enc = size | k << 4;
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
                let v = o.value.to_le_bytes();
                let mut k = 0;
                while k < size as usize {
                    b[n + k] = v[k];
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

    e.bytes = b;
    e.len = n as u8;
    Ok(e)
}

/// The message for a statement the form's policy ([`Form::policy`]) refuses, if any: memory with
/// 32-bit address registers where the row says `{a64}`;
/// `lock` only where the row says `{lock}` and ModRM.rm is memory, `rep` only with `{rep}`,
/// `repe`/`repne` only with `{repe}` (as dynasm-rs: the memory-destination forms of the
/// lockable instructions, and the operand-less string forms).
const fn policy_error(f: &Form, ops: &[Op; 4], prefixes: u128) -> Option<&'static str> {
    if f.policy & form::policy::A64 != 0
        && f.rm < 4
        && ops[f.rm as usize].kind == kind::MEM
        && ops[f.rm as usize].mem.addr_size == 4
    {
        return Some("this instruction takes 64-bit address registers only");
    }
    if prefixes & prefix::LOCK != 0
        && (f.policy & form::policy::LOCK == 0 || f.rm >= 4 || ops[f.rm as usize].kind != kind::MEM)
    {
        return Some("cannot use prefix lock on this instruction");
    }
    if prefixes & prefix::REP != 0 && f.policy & form::policy::REP == 0 {
        return Some("cannot use prefix rep on this instruction");
    }
    if prefixes & (prefix::REPE | prefix::REPNE) != 0 && f.policy & form::policy::REPE == 0 {
        return Some("cannot use prefix repe/repne on this instruction");
    }
    None
}

/// Whether memory without a size keyword leaves a VEX instruction ambiguous: another form `j`
/// of the mnemonic, of another VEX.L or VEX.W, accepts the same operands with a memory operand
/// of another size
/// (`vcvtpd2ps xmm0, [rax]`: 128 or 256 bits; `vcvtsi2ss xmm0, xmm1, [rax]`: 32 or 64). dynasm-rs
/// then refuses the statement ("unknown operand size"); `vaddps xmm0, xmm1, [rax]` is not
/// ambiguous (only the xmm form takes xmm registers).
const fn ambiguous_memory_size(m: &Mnemonic, k: usize, ops: &[Op; 4]) -> bool {
    let f = &m.forms[k];
    if f.rm >= 4 || ops[f.rm as usize].kind != kind::MEM || ops[f.rm as usize].size != 0 {
        return false;
    }
    let size = form::pattern_mem_size(f.ops[f.rm as usize]);
    let mut j = 0;
    while j < m.forms.len() {
        let g = &m.forms[j];
        if j != k
            && g.rm == f.rm
            && (ops[0].pats >> g.ops[0])
                & (ops[1].pats >> g.ops[1])
                & (ops[2].pats >> g.ops[2])
                & (ops[3].pats >> g.ops[3])
                & 1
                != 0
            && form::pattern_mem_size(g.ops[g.rm as usize]) != size
            // (Forms that encode alike, e.g. a second row taking another size keyword, are
            // not a different instruction.)
            && (g.vex_l != f.vex_l || g.vex_w != f.vex_w)
        {
            return true;
        }
        j += 1;
    }
    false
}

/// Whether the operands have memory without a size keyword and no register to size it.
const fn unsized_memory(ops: &[Op; 4]) -> bool {
    let mut has_unsized = false;
    let mut i = 0;
    while i < 4 {
        if ops[i].kind == kind::REG {
            return false;
        }
        if ops[i].kind == kind::MEM && ops[i].size == 0 {
            has_unsized = true;
        }
        i += 1;
    }
    has_unsized
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

/// Selects the first form of `m` that accepts `ops` and encodes it. Panics (a compile error in
/// the user's crate, since this runs in a `const`) when no form accepts the operands; `stmt` is
/// the statement's text for the message.
pub const fn encode(id: MnemonicId, flags: u128, ops: [Op; 4], stmt: &str) -> Enc {
    let m = id.get();
    // Why the forms whose patterns matched could not take the statement (EVEX decorations,
    // `{vex}`, rounding), reported if no later form takes it.
    let mut why = "";
    // Only the forms whose first two patterns take these kinds of operands, in order; forms past
    // the first 64 are not indexed and are tried after them.
    let mut cand = m.index[ops[0].kind as usize * 5 + ops[1].kind as usize];
    let mut i = 64;
    loop {
        let k = if cand != 0 {
            let k = cand.trailing_zeros() as usize;
            cand &= cand - 1;
            k
        } else if i < m.forms.len() {
            i += 1;
            i - 1
        } else {
            break;
        };
        let f = &m.forms[k];
        // Bit tests of the patterns each operand accepts (`Op::pats`, see `form::matches`).
        if (ops[0].pats >> f.ops[0])
            & (ops[1].pats >> f.ops[1])
            & (ops[2].pats >> f.ops[2])
            & (ops[3].pats >> f.ops[3])
            & 1
            != 0
        {
            // EVEX: rounding needs an EVEX form, `{vex}` a VEX one, and an AVX-VNNI form is
            // only taken with `{vex}`; the decorations must be the form's.
            if flags & (prefix::ROUNDING | prefix::VEX) != 0 || f.policy & form::policy::VEXP != 0 {
                if f.vex == vex::EVEX {
                    if flags & prefix::VEX != 0 {
                        why = "`{vex}`: no VEX form takes these operands";
                        continue;
                    }
                } else if flags & prefix::ROUNDING != 0 {
                    why = "embedded rounding and `{sae}` need an EVEX form (AVX-512)";
                    continue;
                } else if f.policy & form::policy::VEXP != 0 && flags & prefix::VEX == 0 {
                    continue;
                }
            }
            if f.vex == vex::EVEX {
                if let Some(msg) = super::evex::check(f, &ops, flags) {
                    why = msg;
                    continue;
                }
            }
            if ((m.needs_size(k) || m.x87_reg_forms) && unsized_memory(&ops))
                || (f.vex != vex::NONE && ambiguous_memory_size(m, k, &ops))
            {
                super::diagnostics::fail(
                    m,
                    stmt,
                    "unknown operand size: give the memory operand a size (BYTE, WORD, DWORD, QWORD)",
                );
            }
            if flags & (prefix::LOCK | prefix::REP | prefix::REPE | prefix::REPNE) != 0
                || f.policy & form::policy::A64 != 0
            {
                if let Some(p) = policy_error(f, &ops, flags) {
                    super::diagnostics::fail(m, stmt, p);
                }
            }
            if flags & super::feature::GIVEN != 0 {
                let missing = f.features & !((flags >> 64) as u64);
                if missing != 0 {
                    super::diagnostics::fail_features(stmt, missing);
                }
            }
            match encode_form(f, &ops, flags) {
                Ok(e) => return e,
                Err(msg) => super::diagnostics::fail(m, stmt, msg),
            }
        }
    }
    super::diagnostics::fail(m, stmt, why)
}

/// [`encode`] by operand count, as `dynasm!` calls it: the statement's `const` then holds only
/// its own operands (no array, no padding), which costs the compiler less per statement.
pub const fn encode0(id: MnemonicId, flags: u128, stmt: &str) -> Enc {
    encode(id, flags, [Op::NONE; 4], stmt)
}

/// [`encode`] for one operand (see [`encode0`]).
pub const fn encode1(id: MnemonicId, flags: u128, a: Op, stmt: &str) -> Enc {
    encode(id, flags, [a, Op::NONE, Op::NONE, Op::NONE], stmt)
}

/// [`encode`] for two operands (see [`encode0`]).
pub const fn encode2(id: MnemonicId, flags: u128, a: Op, b: Op, stmt: &str) -> Enc {
    encode(id, flags, [a, b, Op::NONE, Op::NONE], stmt)
}

/// [`encode`] for three operands (see [`encode0`]).
pub const fn encode3(id: MnemonicId, flags: u128, a: Op, b: Op, c: Op, stmt: &str) -> Enc {
    encode(id, flags, [a, b, c, Op::NONE], stmt)
}

/// [`encode`] for four operands (see [`encode0`]).
pub const fn encode4(id: MnemonicId, flags: u128, a: Op, b: Op, c: Op, d: Op, stmt: &str) -> Enc {
    encode(id, flags, [a, b, c, d], stmt)
}
