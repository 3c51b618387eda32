//! Instruction forms: one row per form, written like the ARM ARM's assembler template and
//! encoding diagram.
//!
//! A row is an operand template and a bit diagram, e.g.
//! `"<Xd|SP>, <Xn|SP>, #<imm12>{, LSL #<lsl12>}" => "1 0 0 100010 sh imm12 Rn Rd"`. Both strings
//! are parsed by `const fn`s while declasm compiles (the tables are `static`s), so a malformed
//! row (a diagram that is not 32 bits, a field no operand writes, an unknown placeholder) is a
//! build error of declasm.
//!
//! # The diagram
//!
//! Tokens separated by spaces, most significant bit first: runs of `0`/`1` (fixed bits) and
//! field names with their widths ([`field::NAMES`]): `Rd Rn Rm Rt Rt2 Ra Rs` (5 bits), `imm12`,
//! `sh`, `N immr imms`, `hw imm16`, `shift imm6`, `option imm3`, `S`, `cond`, `nzcv`, `imm5`,
//! `imm9`, `imm7`, `imm19`, `imm26`, `imm14`, `b5 b40`, `immlo immhi`, `CRm`, `hint` (CRm:op2),
//! `sysreg` (o0:op1:CRn:CRm:op2), `imm8`, `scale`, `Q`, `size`, `sz`, `imm4`, `immhb`
//! (immh:immb), `H L`, `abc defgh`, `rot` (2 bits), `rot1` (1 bit), `op1 CRn op2` (system
//! instructions, with `CRm`), `imm2`. A field name may appear twice (`Rn` in both
//! the Rn and the Rm position: `cinc`'s `csinc Xd, Xn, Xn, invert(cond)`); the operand is then
//! written into both.
//!
//! # The operand template
//!
//! Operands separated by commas; `{, ...}` is an optional last operand, as the manual writes it.
//! - Registers: `<` class, field letter(s), `>`: classes `X W` (31 is the zero register), `X..|SP`
//!   `W..|WSP` (31 is the stack pointer, and the zero register is refused), `<Xm!ZR>` (X0-X30:
//!   the post-index register of the structure loads, whose Rm = 31 means the immediate form),
//!   `B H S D Q` (scalar SIMD&FP), `V` with an arrangement `<Vd>.16B` (also `.4B`, `.2H`), `C`
//!   (a control register `c0`-`c15` of `sys`: `<Cn>`, `<Cm>` go into CRn, CRm); field letters
//!   `d n m t t2 a s` (Rd, Rn, Rm, Rt, Rt2, Ra, Rs). `<W(s+1)>`, `<X(t+1)>`: the register after
//!   the operand before (`casp`'s pairs; that one must be even), no field. `<Vd>.<T>`: a vector whose arrangement is one of the row's list, written
//!   after a `;` at the end of the template (`; T = 8B|16B|4H|8H|2S|4S`), the same for every
//!   `<T>` operand, and encoded into the diagram's `Q` (128 bits), `size` (the element size:
//!   B 0 .. D 3) and `sz` (D) fields, those of them the diagram has.
//! - Immediates: `#<kind>`, where the kind ([`imm::NAMES`]) says which fields it fills, how the
//!   value is encoded and its range (`#<imm12>`, `#<bimm64>` (a bitmask immediate: N:immr:imms),
//!   `#<movz64>`, `#<pimm8>` (an offset scaled by 8), `#<fimm>` (an FP 8-bit immediate), `#0.0`).
//! - Shifts and extends: names separated by `|`, then `#<kind>` (amount required) or `{#<kind>}`
//!   (amount optional): `LSL|LSR|ASR #<amt64>`, `UXTB|UXTH|UXTW|SXTB|SXTH|SXTW {#<imm3>}`; the
//!   name goes into the diagram's `shift` field (LSL 0, LSR 1, ASR 2, ROR 3) or `option` field
//!   (UXTB 0 .. SXTX 7; LSL is UXTW after a W register, UXTX after an X register).
//! - Memory: `[<Xn|SP>]` (no offset: with a following `#<simm9>` operand, post-index),
//!   `[<Xn|SP>{, #<pimm8>}]` (optional offset), `[<Xn|SP>, #<simm9>]!` (pre-index),
//!   `[<Xn|SP>, <Xm>{, LSL|SXTX {#<ls8>}}]` (register offset, its index modifier optional, its
//!   amount optional).
//! - Vector elements `<Vn>.S[<index>]` (B, H, S, D): the index goes into `imm5` with the element
//!   size's marker bit (`DUP`, `INS`, `UMOV`: B `xxxx1`, H `xxx10`, S `xx100`, D `x1000`), or,
//!   for a second element operand (`INS` element to element), into `imm4` scaled by the size;
//!   where the diagram has `H` (by-element forms, `... size L Rm opcode H 0 Rn Rd`, Rm the 5-bit
//!   M:Rm field): H elements take H:L:M (the register then 0-15), S elements H:L, D elements H.
//!   An index of an immediate kind instead of `<index>` says where it goes itself:
//!   `<Vm>.H[<index_hl>]` (H:L), `[<index_h>]`, `[<index_l>]`, `<Vm>.S[<imm2>]`, and `<Vd>.D[1]`
//!   (exactly 1, no field); the element's register then takes the whole Rm field.
//! - Register lists `{<Vt>.<T>, <Vt2>.<T>}` (1-4 consecutive registers, modulo 32): the first
//!   register in the field named (Rt, or Rn for `tbl`); `#<listbytes>`: a post-index by the
//!   list's size, `#<listelembytes>` by one element per register (`ld1r`, and the lists of
//!   elements `{<Vt>.S, <Vt2>.S}[<index>]` of single-structure loads, whose index goes into the
//!   diagram's Q, S and size fields).
//! - `<label>` (the relocation kind follows from the diagram: imm26, imm19, imm14, ADR's
//!   immlo:immhi, ADRP), `<cond>`, `<invcond>` (written inverted, `cset`), `<option>` (a barrier
//!   option), `<systemreg>`, `<systemreg_w>` (one `msr` can write), `<prfop>`.
//! - Named system operations ([`super::operand::SYSOPS`]): `<dc_op>`, `<ic_op>`, `<at_op>`,
//!   `<tlbi_op>` (their op1:CRn:CRm:op2 into those fields), `<pstatefield>` (op1, op2); and fixed
//!   names in capitals, which write no field: `SY` (the barrier option), `CSYNC`, `RCTX`, `IVAU`.

/// Diagram fields.
pub mod field {
    #![allow(missing_docs)]
    pub const RD: u8 = 0;
    pub const RN: u8 = 1;
    pub const RM: u8 = 2;
    pub const RT: u8 = 3;
    pub const RT2: u8 = 4;
    pub const RA: u8 = 5;
    pub const RS: u8 = 6;
    pub const IMM12: u8 = 7;
    pub const IMM16: u8 = 8;
    pub const IMM9: u8 = 9;
    pub const IMM7: u8 = 10;
    pub const IMM6: u8 = 11;
    pub const IMM3: u8 = 12;
    pub const IMM19: u8 = 13;
    pub const IMM26: u8 = 14;
    pub const IMM14: u8 = 15;
    pub const IMM8: u8 = 16;
    pub const IMM5: u8 = 17;
    pub const IMMR: u8 = 18;
    pub const IMMS: u8 = 19;
    pub const N: u8 = 20;
    pub const HW: u8 = 21;
    pub const SH: u8 = 22;
    pub const SHIFT: u8 = 23;
    pub const OPTION: u8 = 24;
    pub const S: u8 = 25;
    pub const COND: u8 = 26;
    pub const NZCV: u8 = 27;
    pub const B5: u8 = 28;
    pub const B40: u8 = 29;
    pub const IMMLO: u8 = 30;
    pub const IMMHI: u8 = 31;
    pub const CRM: u8 = 32;
    pub const HINT: u8 = 33;
    pub const SYSREG: u8 = 34;
    pub const SCALE: u8 = 35;
    pub const Q: u8 = 36;
    pub const SIZE: u8 = 37;
    pub const SZ: u8 = 38;
    pub const IMM4: u8 = 39;
    pub const IMMHB: u8 = 40;
    /// The index bits of a by-element operand (with L, and M: the top bit of Rm).
    pub const H: u8 = 41;
    pub const L: u8 = 42;
    /// The 8-bit immediate of the modified-immediate SIMD forms, split a:b:c and d:e:f:g:h.
    pub const ABC: u8 = 43;
    pub const DEFGH: u8 = 44;
    /// The rotation of `fcmla` (2 bits: #0, #90, #180, #270) and of `fcadd` (1 bit: #90, #270).
    pub const ROT: u8 = 45;
    pub const ROT1: u8 = 46;
    /// The fields of a system instruction (`sys`, `dc`, `msr <pstatefield>`): op1, CRn, op2 (CRm
    /// is [`CRM`]).
    pub const OP1: u8 = 47;
    pub const CRN: u8 = 48;
    pub const OP2: u8 = 49;
    /// `sm3tt1a`'s element index.
    pub const IMM2: u8 = 50;
    /// The top bit of a by-element Rm field (M:Rm), which an H element's index uses: never in a
    /// diagram (its position is Rm's + 4).
    pub const M: u8 = 51;
    /// The shift amount bits of a modified-immediate SIMD form's cmode (`movi`, `mvni`, `orr`,
    /// `bic`): 1 bit (16-bit elements, MSL) or 2 bits (32-bit elements).
    pub const CM1: u8 = 52;
    pub const CM2: u8 = 53;
    /// The number of fields.
    pub const COUNT: usize = 54;
    /// No field.
    pub const NONE: u8 = 0xFF;
    /// Names and widths, by field number.
    pub const NAMES: [(&str, u8); COUNT] = [
        ("Rd", 5),
        ("Rn", 5),
        ("Rm", 5),
        ("Rt", 5),
        ("Rt2", 5),
        ("Ra", 5),
        ("Rs", 5),
        ("imm12", 12),
        ("imm16", 16),
        ("imm9", 9),
        ("imm7", 7),
        ("imm6", 6),
        ("imm3", 3),
        ("imm19", 19),
        ("imm26", 26),
        ("imm14", 14),
        ("imm8", 8),
        ("imm5", 5),
        ("immr", 6),
        ("imms", 6),
        ("N", 1),
        ("hw", 2),
        ("sh", 1),
        ("shift", 2),
        ("option", 3),
        ("S", 1),
        ("cond", 4),
        ("nzcv", 4),
        ("b5", 1),
        ("b40", 5),
        ("immlo", 2),
        ("immhi", 19),
        ("CRm", 4),
        ("hint", 7),
        ("sysreg", 15),
        ("scale", 6),
        ("Q", 1),
        ("size", 2),
        ("sz", 1),
        ("imm4", 4),
        ("immhb", 7),
        ("H", 1),
        ("L", 1),
        ("abc", 3),
        ("defgh", 5),
        ("rot", 2),
        ("rot1", 1),
        ("op1", 3),
        ("CRn", 4),
        ("op2", 3),
        ("imm2", 2),
        ("M", 1),
        ("cm1", 1),
        ("cm2", 2),
    ];
    /// A field's width in bits.
    pub const fn width(f: u8) -> u8 {
        NAMES[f as usize].1
    }
}

/// Immediate kinds: how a value is checked and encoded, and the fields it fills (see
/// [`super::encoder::encode_imm`]). A run-time value leaves a hole of this kind.
pub mod imm {
    #![allow(missing_docs)]
    use super::field as f;
    pub const IMM12: u8 = 0;
    pub const IMM16: u8 = 1;
    pub const LSL12: u8 = 2;
    pub const HW32: u8 = 3;
    pub const HW64: u8 = 4;
    pub const BIMM32: u8 = 5;
    pub const BIMM64: u8 = 6;
    pub const MOVZ32: u8 = 7;
    pub const MOVZ64: u8 = 8;
    pub const MOVN32: u8 = 9;
    pub const MOVN64: u8 = 10;
    pub const AMT32: u8 = 11;
    pub const AMT64: u8 = 12;
    pub const IMMR32: u8 = 13;
    pub const IMMR64: u8 = 14;
    pub const IMMS32: u8 = 15;
    pub const IMMS64: u8 = 16;
    pub const LSL32: u8 = 17;
    pub const LSL64: u8 = 18;
    pub const WIDTH32: u8 = 19;
    pub const WIDTH64: u8 = 20;
    pub const BFILSB32: u8 = 21;
    pub const BFILSB64: u8 = 22;
    pub const BFIWIDTH32: u8 = 23;
    pub const BFIWIDTH64: u8 = 24;
    pub const IMM3: u8 = 25;
    pub const NZCV: u8 = 26;
    pub const IMM5: u8 = 27;
    pub const SIMM9: u8 = 28;
    pub const PIMM1: u8 = 29;
    pub const PIMM2: u8 = 30;
    pub const PIMM4: u8 = 31;
    pub const PIMM8: u8 = 32;
    pub const PIMM16: u8 = 33;
    pub const SIMM7X4: u8 = 34;
    pub const SIMM7X8: u8 = 35;
    pub const SIMM7X16: u8 = 36;
    pub const LS1: u8 = 37;
    pub const LS2: u8 = 38;
    pub const LS4: u8 = 39;
    pub const LS8: u8 = 40;
    pub const LS16: u8 = 41;
    pub const BIT32: u8 = 42;
    pub const BIT64: u8 = 43;
    pub const HINT: u8 = 44;
    pub const CRM: u8 = 45;
    pub const FIMM: u8 = 46;
    pub const FZERO: u8 = 47;
    pub const FBITS32: u8 = 48;
    pub const FBITS64: u8 = 49;
    /// The post-index immediate of a multiple-structure load/store: the list's size in bytes
    /// (8 or 16 per register); it fills no field (Rm is 11111).
    pub const LISTBYTES: u8 = 50;
    /// A prefetch operation as a number (Rt).
    pub const PRFOP: u8 = 51;
    /// The post-index immediate of a load-and-replicate (`ld1r`..`ld4r`): the number of
    /// registers times the element size; no field.
    pub const LISTELEMBYTES: u8 = 61;
    /// `#0`: an integer zero (compares with zero), no field.
    pub const ZERO: u8 = 62;
    /// `#8`, `#16`, `#32`: exactly that value (`shll`'s shift by the element size), no field.
    pub const EQ8: u8 = 63;
    pub const EQ16: u8 = 64;
    pub const EQ32: u8 = 65;
    /// An FP 8-bit immediate split into abc:defgh (`fmov <Vd>.4S, #1.0`).
    pub const FIMMV: u8 = 66;
    /// `ext`'s byte index into imm4: 0-7 (8B) or 0-15 (16B).
    pub const EXT8: u8 = 67;
    pub const EXT16: u8 = 68;
    /// The 8-bit immediate of `movi`/`mvni`/`orr`/`bic` (vector) split into abc:defgh.
    pub const IMM8V: u8 = 69;
    /// A 64-bit mask of whole bytes (`movi <Dd>, #0xff00ff00ff00ff00`): one bit per byte.
    pub const BYTEMASK: u8 = 70;
    /// `#24`: exactly 24, no field.
    pub const EQ24: u8 = 71;
    /// A system register as a number: o0:op1:CRn:CRm:op2.
    pub const SYSREG: u8 = 52;
    /// `fcmla`'s rotation: #0, #90, #180 or #270 (`rot`).
    pub const ROT: u8 = 72;
    /// `fcadd`'s rotation: #90 or #270 (`rot1`).
    pub const ROT90: u8 = 73;
    /// Element indexes written into fixed fields (`<Vm>.H[<index_hl>]`): H:L (0-3), H (0-1),
    /// L (0-1), as `fcmla`, `sdot` by element write them.
    pub const INDEX_HL: u8 = 74;
    pub const INDEX_H: u8 = 75;
    pub const INDEX_L: u8 = 76;
    /// A 2-bit element index (`sm3tt1a`).
    pub const IMM2: u8 = 77;
    /// `sys`'s op1 and op2: 0-7.
    pub const OP1: u8 = 78;
    pub const OP2: u8 = 79;
    /// `ldraa`'s offset: a multiple of 8 from -4096 to 4088, as S:imm9.
    pub const SIMM10X8: u8 = 80;
    /// `[1]`: exactly 1 (`fmov <Vd>.D[1], <Xn>`), no field.
    pub const EQ1: u8 = 81;
    /// The imms of the 64-bit `sbfm`/`bfm`/`ubfm` as dynasm-rs checks it: 1 to 63 and at most
    /// 64 - immr (the operand before), encoded as written.
    pub const BFMIMMS64: u8 = 82;
    /// Element indexes `<Vn>.S[<index>]` by element size (B, H, S, D: `+ 0..3`), as the row
    /// places them: into imm5 with the size's marker bit (`dup`, `ins`, `umov`), into imm4
    /// scaled by the size (`ins`'s second element), into H:L:M (H, from 1), H:L (S), H (D) (by
    /// element), into Q:S:size (lists of elements); a run-time index leaves a hole of these.
    pub const ELEM5: u8 = 83;
    pub const ELEM4: u8 = 87;
    pub const ELEMH: u8 = 91;
    pub const LELEM: u8 = 94;
    /// The shift of `movi`/`mvni`/`orr`/`bic` (vector, immediate) into cmode: LSL #0 or #8
    /// (16-bit elements), LSL #0, #8, #16 or #24 (32-bit), MSL #8 or #16.
    pub const VLSL16: u8 = 98;
    pub const VLSL32: u8 = 99;
    pub const VMSL: u8 = 100;
    pub const ELEM5_END: u8 = ELEM5 + 3;
    pub const ELEM4_END: u8 = ELEM4 + 3;
    pub const ELEMH_END: u8 = ELEMH + 2;
    pub const LELEM_END: u8 = LELEM + 3;
    /// SIMD shifts by immediate (immh:immb): right shifts of 8- to 64-bit elements (1 to the
    /// element size, encoded as 2 * size - shift) and left shifts (0 to size - 1, size + shift).
    pub const SHR8: u8 = 53;
    pub const SHR16: u8 = 54;
    pub const SHR32: u8 = 55;
    pub const SHR64: u8 = 56;
    pub const SHL8: u8 = 57;
    pub const SHL16: u8 = 58;
    pub const SHL32: u8 = 59;
    pub const SHL64: u8 = 60;
    /// The number of kinds.
    pub const COUNT: usize = 101;
    /// A register number (a dynamic register's hole, [`super::super::encoder::Hole`]).
    pub const REG: u8 = 0xFE;
    /// A register number in a 4-bit field (the Rm of a by-element form with an H element:
    /// dynasm-rs keeps the low 4 bits, `V(31).h[7]` is v15).
    pub const REG4: u8 = 0xFD;
    /// A register number of which only an even one fits (the first of `casp`'s pairs): as
    /// dynasm-rs, the low bit is dropped (`casp X(9), xzr, ..` is x8).
    pub const REGEVEN: u8 = 0xFC;
    /// Name in a row (`#<name>`), fields filled (in the order [`super::super::encoder::encode_imm`]
    /// returns their values) and the accepted values, for messages.
    pub const NAMES: [(&str, [u8; 3], &str); COUNT] = [
        ("imm12", [f::IMM12, f::NONE, f::NONE], "0 to 4095"),
        ("imm16", [f::IMM16, f::NONE, f::NONE], "0 to 65535"),
        ("lsl12", [f::SH, f::NONE, f::NONE], "0 or 12"),
        ("hw32", [f::HW, f::NONE, f::NONE], "0 or 16"),
        ("hw64", [f::HW, f::NONE, f::NONE], "0, 16, 32 or 48"),
        ("bimm32", [f::N, f::IMMR, f::IMMS], "a 32-bit logical immediate (a rotated run of ones repeated in 2, 4, .. 32-bit elements; not 0 or all ones)"),
        ("bimm64", [f::N, f::IMMR, f::IMMS], "a 64-bit logical immediate (a rotated run of ones repeated in 2, 4, .. 64-bit elements; not 0 or all ones)"),
        ("movz32", [f::IMM16, f::HW, f::NONE], "a 16-bit value shifted by 0 or 16"),
        ("movz64", [f::IMM16, f::HW, f::NONE], "a 16-bit value shifted by 0, 16, 32 or 48"),
        ("movn32", [f::IMM16, f::HW, f::NONE], "the inverse of a 16-bit value shifted by 0 or 16"),
        ("movn64", [f::IMM16, f::HW, f::NONE], "the inverse of a 16-bit value shifted by 0, 16, 32 or 48"),
        ("amt32", [f::IMM6, f::NONE, f::NONE], "0 to 31"),
        ("amt64", [f::IMM6, f::NONE, f::NONE], "0 to 63"),
        ("immr32", [f::IMMR, f::NONE, f::NONE], "0 to 31"),
        ("immr64", [f::IMMR, f::NONE, f::NONE], "0 to 63"),
        ("imms32", [f::IMMS, f::NONE, f::NONE], "0 to 31"),
        ("imms64", [f::IMMS, f::NONE, f::NONE], "0 to 63"),
        ("lsl32", [f::IMMR, f::IMMS, f::NONE], "0 to 31"),
        ("lsl64", [f::IMMR, f::IMMS, f::NONE], "0 to 63"),
        ("width32", [f::IMMS, f::NONE, f::NONE], "1 to 32 - lsb"),
        ("width64", [f::IMMS, f::NONE, f::NONE], "1 to 64 - lsb"),
        ("bfilsb32", [f::IMMR, f::NONE, f::NONE], "0 to 31"),
        ("bfilsb64", [f::IMMR, f::NONE, f::NONE], "0 to 63"),
        ("bfiwidth32", [f::IMMS, f::NONE, f::NONE], "1 to 32 - lsb"),
        ("bfiwidth64", [f::IMMS, f::NONE, f::NONE], "1 to 64 - lsb"),
        ("imm3", [f::IMM3, f::NONE, f::NONE], "0 to 4"),
        ("nzcv", [f::NZCV, f::NONE, f::NONE], "0 to 15"),
        ("imm5", [f::IMM5, f::NONE, f::NONE], "0 to 31"),
        ("simm9", [f::IMM9, f::NONE, f::NONE], "-256 to 255"),
        ("pimm1", [f::IMM12, f::NONE, f::NONE], "0 to 4095"),
        ("pimm2", [f::IMM12, f::NONE, f::NONE], "a multiple of 2 from 0 to 8190"),
        ("pimm4", [f::IMM12, f::NONE, f::NONE], "a multiple of 4 from 0 to 16380"),
        ("pimm8", [f::IMM12, f::NONE, f::NONE], "a multiple of 8 from 0 to 32760"),
        ("pimm16", [f::IMM12, f::NONE, f::NONE], "a multiple of 16 from 0 to 65520"),
        ("simm7x4", [f::IMM7, f::NONE, f::NONE], "a multiple of 4 from -256 to 252"),
        ("simm7x8", [f::IMM7, f::NONE, f::NONE], "a multiple of 8 from -512 to 504"),
        ("simm7x16", [f::IMM7, f::NONE, f::NONE], "a multiple of 16 from -1024 to 1008"),
        ("ls1", [f::S, f::NONE, f::NONE], "0"),
        ("ls2", [f::S, f::NONE, f::NONE], "0 or 1"),
        ("ls4", [f::S, f::NONE, f::NONE], "0 or 2"),
        ("ls8", [f::S, f::NONE, f::NONE], "0 or 3"),
        ("ls16", [f::S, f::NONE, f::NONE], "0 or 4"),
        ("bit32", [f::B5, f::B40, f::NONE], "0 to 31"),
        ("bit64", [f::B5, f::B40, f::NONE], "0 to 63"),
        ("hint", [f::HINT, f::NONE, f::NONE], "0 to 127"),
        ("crm", [f::CRM, f::NONE, f::NONE], "0 to 15"),
        ("fimm", [f::IMM8, f::NONE, f::NONE], "a floating-point value +/-(16..31)/16 * 2^(-3..4)"),
        ("fzero", [f::NONE, f::NONE, f::NONE], "0.0"),
        ("fbits32", [f::SCALE, f::NONE, f::NONE], "1 to 32"),
        ("fbits64", [f::SCALE, f::NONE, f::NONE], "1 to 64"),
        ("listbytes", [f::NONE, f::NONE, f::NONE], "the size of the register list in bytes"),
        ("prfop", [f::RT, f::NONE, f::NONE], "0 to 31"),
        ("sysreg", [f::SYSREG, f::NONE, f::NONE], "0 to 32767"),
        ("shr8", [f::IMMHB, f::NONE, f::NONE], "1 to 8"),
        ("shr16", [f::IMMHB, f::NONE, f::NONE], "1 to 16"),
        ("shr32", [f::IMMHB, f::NONE, f::NONE], "1 to 32"),
        ("shr64", [f::IMMHB, f::NONE, f::NONE], "1 to 64"),
        ("shl8", [f::IMMHB, f::NONE, f::NONE], "0 to 7"),
        ("shl16", [f::IMMHB, f::NONE, f::NONE], "0 to 15"),
        ("shl32", [f::IMMHB, f::NONE, f::NONE], "0 to 31"),
        ("shl64", [f::IMMHB, f::NONE, f::NONE], "0 to 63"),
        ("listelembytes", [f::NONE, f::NONE, f::NONE], "the number of registers times the element size"),
        ("zero", [f::NONE, f::NONE, f::NONE], "0"),
        ("8", [f::NONE, f::NONE, f::NONE], "8"),
        ("16", [f::NONE, f::NONE, f::NONE], "16"),
        ("32", [f::NONE, f::NONE, f::NONE], "32"),
        ("fimmv", [f::ABC, f::DEFGH, f::NONE], "a floating-point value +/-(16..31)/16 * 2^(-3..4)"),
        ("ext8", [f::IMM4, f::NONE, f::NONE], "0 to 7"),
        ("ext16", [f::IMM4, f::NONE, f::NONE], "0 to 15"),
        ("imm8v", [f::ABC, f::DEFGH, f::NONE], "0 to 255"),
        ("bytemask", [f::ABC, f::DEFGH, f::NONE], "a 64-bit value whose bytes are each 0x00 or 0xff"),
        ("24", [f::NONE, f::NONE, f::NONE], "24"),
        ("rot", [f::ROT, f::NONE, f::NONE], "0, 90, 180 or 270"),
        ("rot90", [f::ROT1, f::NONE, f::NONE], "90 or 270"),
        ("index_hl", [f::H, f::L, f::NONE], "0 to 3"),
        ("index_h", [f::H, f::NONE, f::NONE], "0 to 1"),
        ("index_l", [f::L, f::NONE, f::NONE], "0 to 1"),
        ("imm2", [f::IMM2, f::NONE, f::NONE], "0 to 3"),
        ("op1", [f::OP1, f::NONE, f::NONE], "0 to 7"),
        ("op2", [f::OP2, f::NONE, f::NONE], "0 to 7"),
        ("simm10x8", [f::S, f::IMM9, f::NONE], "a multiple of 8 from -4096 to 4088"),
        ("1", [f::NONE, f::NONE, f::NONE], "1"),
        ("bfmimms64", [f::IMMS, f::NONE, f::NONE], "1 to 63 and at most 64 - immr"),
        ("elem5b", [f::IMM5, f::NONE, f::NONE], "0 to 15"),
        ("elem5h", [f::IMM5, f::NONE, f::NONE], "0 to 7"),
        ("elem5s", [f::IMM5, f::NONE, f::NONE], "0 to 3"),
        ("elem5d", [f::IMM5, f::NONE, f::NONE], "0 to 1"),
        ("elem4b", [f::IMM4, f::NONE, f::NONE], "0 to 15"),
        ("elem4h", [f::IMM4, f::NONE, f::NONE], "0 to 7"),
        ("elem4s", [f::IMM4, f::NONE, f::NONE], "0 to 3"),
        ("elem4d", [f::IMM4, f::NONE, f::NONE], "0 to 1"),
        ("elemhh", [f::H, f::L, f::M], "0 to 7"),
        ("elemhs", [f::H, f::L, f::NONE], "0 to 3"),
        ("elemhd", [f::H, f::NONE, f::NONE], "0 to 1"),
        ("lelemb", [f::Q, f::S, f::SIZE], "0 to 15"),
        ("lelemh", [f::Q, f::S, f::SIZE], "0 to 7"),
        ("lelems", [f::Q, f::S, f::SIZE], "0 to 3"),
        ("lelemd", [f::Q, f::S, f::SIZE], "0 to 1"),
        ("vlsl16", [f::CM1, f::NONE, f::NONE], "0 or 8"),
        ("vlsl32", [f::CM2, f::NONE, f::NONE], "0, 8, 16 or 24"),
        ("vmsl", [f::CM1, f::NONE, f::NONE], "8 or 16"),
    ];
    /// A numeric offset in place of a label (`b 8`, `adr x0, -4`): the displacement in bytes,
    /// encoded as the form's relocation would (`OFF26`: `b`/`bl`; `OFF19`: imm19; `OFF14`:
    /// `tbz`; `OFFADR`, `OFFADRP`: immlo:immhi, in bytes and in pages). Not in [`NAMES`] (no row
    /// names them): see [`fields`] and [`range_text`].
    pub const OFF26: u8 = 0x80;
    pub const OFF19: u8 = 0x81;
    pub const OFF14: u8 = 0x82;
    pub const OFFADR: u8 = 0x83;
    pub const OFFADRP: u8 = 0x84;
    /// The fields a kind fills (in the order the encoder gives their values).
    pub const fn fields(k: u8) -> [u8; 3] {
        match k {
            OFF26 => [f::IMM26, f::NONE, f::NONE],
            OFF19 => [f::IMM19, f::NONE, f::NONE],
            OFF14 => [f::IMM14, f::NONE, f::NONE],
            OFFADR | OFFADRP => [f::IMMLO, f::IMMHI, f::NONE],
            _ => NAMES[k as usize].1,
        }
    }
    /// The values a kind accepts, for messages.
    pub const fn range_text(k: u8) -> &'static str {
        match k {
            OFF26 => "a multiple of 4 from -134217728 to 134217724",
            OFF19 => "a multiple of 4 from -1048576 to 1048572",
            OFF14 => "a multiple of 4 from -32768 to 32764",
            OFFADR => "-1048576 to 1048575",
            OFFADRP => "a multiple of 4096 from -4294967296 to 4294963200",
            _ => NAMES[k as usize].2,
        }
    }
    /// Whether the kind's encoding also depends on the operand before (`ubfx`'s width on its
    /// lsb).
    pub const fn pair(k: u8) -> bool {
        matches!(k, WIDTH32 | WIDTH64 | BFIWIDTH32 | BFIWIDTH64 | BFMIMMS64)
    }
}

/// Register patterns.
pub mod rp {
    #![allow(missing_docs)]
    /// X0-X30, XZR.
    pub const X: u8 = 0;
    /// X0-X30, SP.
    pub const XSP: u8 = 1;
    pub const W: u8 = 2;
    pub const WSP: u8 = 3;
    pub const B: u8 = 4;
    pub const H: u8 = 5;
    pub const S: u8 = 6;
    pub const D: u8 = 7;
    pub const Q: u8 = 8;
    /// A vector register with the pattern's arrangement.
    pub const V: u8 = 9;
    /// A control register `c0`-`c15` (`<Cn>`, `<Cm>`: the CRn, CRm fields).
    pub const C: u8 = 10;
    /// X0-X30: neither XZR nor SP (`<Xm!ZR>`, the post-index register of the structure loads,
    /// where Rm = 31 means the immediate form).
    pub const XNZ: u8 = 11;
}

/// The arrangement of a `<Vd>.<T>` pattern: the row's `; T = ..` list, the same for every
/// `<T>` operand, encoded into the diagram's `Q`, `size` and `sz` fields.
pub const ARR_T: u8 = 0xFF;

/// Pattern kinds ([`Pat::kind`]).
pub mod pk {
    #![allow(missing_docs)]
    pub const NONE: u8 = 0;
    pub const REG: u8 = 1;
    pub const IMM: u8 = 2;
    pub const MOD: u8 = 3;
    pub const MEM: u8 = 4;
    pub const LABEL: u8 = 5;
    pub const COND: u8 = 6;
    pub const INVCOND: u8 = 7;
    pub const BARRIER: u8 = 8;
    pub const SYSREG: u8 = 9;
    pub const PRFOP: u8 = 10;
    /// A system register `msr` can write.
    pub const SYSREGW: u8 = 11;
    /// A vector element `<Vn>.S[<index>]`.
    pub const ELEM: u8 = 12;
    /// A register list `{<Vt>.<T>, <Vt2>.<T>}`.
    pub const LIST: u8 = 13;
    /// A list of elements `{<Vt>.S, <Vt2>.S}[<index>]` (single-structure loads and stores): the
    /// index goes into Q, S and size.
    pub const LISTELEM: u8 = 14;
    /// A named system operation of a family ([`super::super::operand::sysop`], in
    /// [`Pat::reg`](super::Pat::reg)): `<dc_op>`, `<ic_op>`, `<at_op>`, `<tlbi_op>` (op1:CRn:CRm:op2 into those
    /// fields) and `<pstatefield>` (op1, op2).
    pub const SYSOP: u8 = 15;
    /// A fixed name, written in capitals in the template (`SY`, `CSYNC`, `RCTX`, `IVAU`): the
    /// operand must be that symbol ([`Pat::reg`](super::Pat::reg): its [`super::super::operand::kind`],
    /// [`Pat::count`](super::Pat::count): its number or family); it writes no field.
    pub const NAME: u8 = 16;
    /// The register after the one before (`<W(s+1)>` of `casp`): of the class of [`Pat::reg`](super::Pat::reg),
    /// number the previous operand's plus one (which must be even); it writes no field.
    pub const NEXT: u8 = 17;
}

/// Memory reference shapes ([`Pat::mem`]).
pub mod mem {
    #![allow(missing_docs)]
    /// `[<Xn|SP>]` (also `[x0, #0]`).
    pub const BASE: u8 = 0;
    /// `[<Xn|SP>, #<kind>]`, `[<Xn|SP>{, #<kind>}]`.
    pub const OFFSET: u8 = 1;
    /// `[<Xn|SP>, #<kind>]!`.
    pub const PRE: u8 = 2;
    /// `[<Xn|SP>, <Xm>{, <extend> {#<kind>}}]`.
    pub const INDEX: u8 = 3;
}

/// Relocation kinds of a form with a `<label>` operand ([`Form::reloc`]): the bit fields of the
/// instruction word the target's offset goes into.
pub mod reloc {
    #![allow(missing_docs)]
    pub const NONE: u8 = 0;
    /// `b`, `bl`: imm26, offset / 4.
    pub const B26: u8 = 1;
    /// `b.cond`, `cbz`/`cbnz`, `ldr` literal: imm19 (bits 23:5), offset / 4.
    pub const IMM19: u8 = 2;
    /// `tbz`/`tbnz`: imm14 (bits 18:5), offset / 4.
    pub const TB14: u8 = 3;
    /// `adr`: immhi:immlo, a byte offset of 21 bits.
    pub const ADR: u8 = 4;
    /// `adrp`: immhi:immlo, the offset in 4 KiB pages between the instruction's page and the
    /// target's.
    pub const ADRP: u8 = 5;
}

/// One operand pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pat {
    /// The kind ([`pk`]).
    pub kind: u8,
    /// The operand may be absent (`{, ...}`).
    pub optional: bool,
    /// REG, and MEM's base: the register pattern ([`rp`]); SYSOP: the family
    /// ([`super::operand::sysop`]); NAME: the operand kind ([`super::operand::kind`]).
    pub reg: u8,
    /// REG: the register's field ([`field`]); MEM: the base's.
    pub field: u8,
    /// REG with `rp::V`: the arrangement ([`super::operand::arr`]).
    pub arr: u8,
    /// IMM: the immediate kind ([`imm`]); MOD: its amount's; MEM: the offset's or the index
    /// amount's; ELEM: the index's, when not `<index>` (`imm::COUNT`: none).
    pub imm: u8,
    /// MOD: the amount may be absent; MEM: the offset (OFFSET) or the index's amount (INDEX) may
    /// be absent.
    pub imm_opt: bool,
    /// MOD and MEM INDEX: accepted shift/extend names (bit `1 << modifier`).
    pub names: u16,
    /// MEM INDEX: the index modifier may be absent.
    pub mod_opt: bool,
    /// MOD and MEM INDEX: the field the modifier's name goes into (`shift`, `option` or none).
    pub mod_field: u8,
    /// The `option` value of `LSL` (UXTW 2 after a W register, UXTX 3 after an X register).
    pub lsl_option: u8,
    /// MEM: the shape ([`mem`]).
    pub mem: u8,
    /// MEM INDEX: the index register's pattern ([`rp::X`] or [`rp::W`]).
    pub idx: u8,
    /// LIST: the number of registers; NAME: the operand's number (barrier option) or family.
    pub count: u8,
    /// ELEM: the field the index goes into: `imm5` (with the element size's marker bit, the
    /// first element operand when the diagram has `imm5`) or `imm4` (the second).
    pub elem_field: u8,
}

impl Pat {
    /// No operand.
    pub const NONE: Pat = Pat {
        kind: pk::NONE,
        optional: false,
        reg: 0,
        field: field::NONE,
        arr: 0,
        imm: imm::COUNT as u8,
        imm_opt: false,
        names: 0,
        mod_opt: false,
        mod_field: field::NONE,
        lsl_option: 3,
        mem: 0,
        idx: 0,
        count: 0,
        elem_field: field::NONE,
    };
}

/// The maximum number of operands.
pub const MAX_OPS: usize = 5;

/// One parsed form.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    /// Operand patterns.
    pub ops: [Pat; MAX_OPS],
    /// Number of operands (optional ones included).
    pub nops: u8,
    /// The diagram's fixed bits.
    pub bits: u32,
    /// The least significant bit of each field in the diagram (`field::NONE`: not in it).
    pub pos: [u8; field::COUNT],
    /// A field written twice: its number ([`field::NONE`]: none) and second position.
    pub dup: (u8, u8),
    /// The relocation kind of the `<label>` operand ([`reloc`]).
    pub reloc: u8,
    /// The arrangements `<T>` takes (bit `1 << arr`), from the row's `; T = 8B|16B|..`.
    pub tset: u16,
    /// The operand template, for error messages.
    pub text: &'static str,
}

/// A mnemonic and its forms, in the order they are tried.
#[derive(Debug)]
pub struct Mnemonic {
    /// The mnemonic (lowercase).
    pub name: &'static str,
    /// The forms.
    pub forms: &'static [Form],
}

impl Mnemonic {
    /// A mnemonic.
    pub const fn new(name: &'static str, forms: &'static [Form]) -> Mnemonic {
        Mnemonic { name, forms }
    }
}

// --- const string helpers -------------------------------------------------------------------

/// `s[a..b]`.
const fn sub(s: &[u8], a: usize, b: usize) -> &[u8] {
    s.split_at(b).0.split_at(a).1
}

const fn eq(a: &[u8], b: &str) -> bool {
    let b = b.as_bytes();
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn trim(s: &[u8]) -> &[u8] {
    let (mut a, mut b) = (0, s.len());
    while a < b && s[a] == b' ' {
        a += 1;
    }
    while b > a && s[b - 1] == b' ' {
        b -= 1;
    }
    sub(s, a, b)
}

const fn starts(s: &[u8], p: &str) -> bool {
    s.len() >= p.len() && eq(sub(s, 0, p.len()), p)
}

const fn ends(s: &[u8], p: &str) -> bool {
    s.len() >= p.len() && eq(sub(s, s.len() - p.len(), s.len()), p)
}

/// The position of byte `c` in `s` from `from`, or `s.len()`.
const fn find(s: &[u8], from: usize, c: u8) -> usize {
    let mut i = from;
    while i < s.len() && s[i] != c {
        i += 1;
    }
    i
}

const fn field_by_name(s: &[u8]) -> u8 {
    let mut i = 0;
    while i < field::COUNT {
        if eq(s, field::NAMES[i].0) {
            return i as u8;
        }
        i += 1;
    }
    field::NONE
}

const fn imm_by_name(s: &[u8]) -> u8 {
    let mut i = 0;
    while i < imm::COUNT {
        if eq(s, imm::NAMES[i].0) {
            return i as u8;
        }
        i += 1;
    }
    panic!("unknown immediate kind in an aarch64 form row")
}

/// `#<kind>` or `#0.0`: the immediate kind.
const fn parse_imm(s: &[u8]) -> u8 {
    // `#0.0` (FP compares) and `#0` (integer compares with zero): an exact zero, no field.
    if eq(s, "#0.0") {
        return imm::FZERO;
    }
    if eq(s, "#0") {
        return imm::ZERO;
    }
    if eq(s, "#8") || eq(s, "#16") || eq(s, "#24") || eq(s, "#32") {
        return imm_by_name(sub(s, 1, s.len()));
    }
    if !starts(s, "#<") || !ends(s, ">") {
        panic!("an aarch64 immediate pattern is #<kind>");
    }
    imm_by_name(sub(s, 2, s.len() - 1))
}

/// `<Xd>`, `<Wn|WSP>`, `<Vd>.16B`: (register pattern, field, arrangement).
const fn parse_reg(s: &[u8]) -> (u8, u8, u8) {
    let close = find(s, 0, b'>');
    if s.len() < 4 || s[0] != b'<' || close == s.len() {
        panic!("bad register pattern in an aarch64 form row");
    }
    let mut inner = sub(s, 1, close);
    let nozr = ends(inner, "!ZR");
    if nozr {
        inner = sub(inner, 0, inner.len() - 3);
    }
    let bar = find(inner, 0, b'|');
    let name = sub(inner, 0, bar);
    let sp = bar < inner.len();
    let fname = sub(name, 1, name.len());
    let control = name[0] == b'C';
    let field = if control && eq(fname, "n") {
        field::CRN
    } else if control && eq(fname, "m") {
        field::CRM
    } else if eq(fname, "d") {
        field::RD
    } else if eq(fname, "n") {
        field::RN
    } else if eq(fname, "m") {
        field::RM
    } else if eq(fname, "t") {
        field::RT
    } else if eq(fname, "t2") {
        field::RT2
    } else if eq(fname, "a") {
        field::RA
    } else if eq(fname, "s") {
        field::RS
    } else {
        panic!("bad register field in an aarch64 form row")
    };
    let reg = match name[0] {
        b'X' if nozr => rp::XNZ,
        b'X' if sp => rp::XSP,
        b'X' => rp::X,
        b'W' if sp => rp::WSP,
        b'W' => rp::W,
        b'B' => rp::B,
        b'H' => rp::H,
        b'S' => rp::S,
        b'D' => rp::D,
        b'Q' => rp::Q,
        b'V' => rp::V,
        b'C' => rp::C,
        _ => panic!("bad register class in an aarch64 form row"),
    };
    let mut arrangement = 0;
    if reg == rp::V && eq(sub(s, close + 1, s.len()), ".<T>") {
        arrangement = ARR_T;
    } else if reg == rp::V {
        let a = sub(s, close + 1, s.len());
        let mut k = 1;
        while k < super::operand::arr::COUNT {
            let n = super::operand::arr::name(k).as_bytes();
            if a.len() == n.len() + 1
                && a[0] == b'.'
                && eq(sub(a, 1, a.len()), super::operand::arr::name(k))
            {
                arrangement = k;
            }
            k += 1;
        }
        if arrangement == 0 {
            panic!("a vector register pattern needs an arrangement (<Vd>.16B)");
        }
    } else if close + 1 != s.len() {
        panic!("bad register pattern in an aarch64 form row");
    }
    (reg, field, arrangement)
}

/// `LSL|LSR|ASR`: the set of names.
const fn parse_names(s: &[u8]) -> u16 {
    let mut names = 0u16;
    let mut a = 0;
    while a < s.len() {
        let b = find(s, a, b'|');
        let w = sub(s, a, b);
        let mut k = 0;
        let mut found = false;
        while k < super::operand::modifier::NAMES.len() {
            if eq(w, super::operand::modifier::NAMES[k]) {
                names |= 1 << k;
                found = true;
            }
            k += 1;
        }
        if !found {
            panic!("unknown shift/extend name in an aarch64 form row");
        }
        a = b + 1;
    }
    names
}

/// A modifier `NAMES`, `NAMES #<kind>` or `NAMES {#<kind>}`: (names, amount kind, amount
/// optional).
const fn parse_mod(s: &[u8]) -> (u16, u8, bool) {
    let sp = find(s, 0, b' ');
    let names = parse_names(sub(s, 0, sp));
    if sp == s.len() {
        return (names, imm::COUNT as u8, true);
    }
    let rest = trim(sub(s, sp, s.len()));
    if starts(rest, "{") && ends(rest, "}") {
        (names, parse_imm(sub(rest, 1, rest.len() - 1)), true)
    } else {
        (names, parse_imm(rest), false)
    }
}

/// The field a modifier's name goes into: `shift` or `option` if the diagram has one.
const fn mod_field(pos: &[u8; field::COUNT]) -> u8 {
    if pos[field::SHIFT as usize] != field::NONE {
        field::SHIFT
    } else if pos[field::OPTION as usize] != field::NONE {
        field::OPTION
    } else {
        field::NONE
    }
}

const fn is_w(reg: u8) -> bool {
    reg == rp::W || reg == rp::WSP
}

/// One operand's pattern; `prev` is the pattern before it (for `LSL` in an `option` field).
const fn parse_pat(s: &[u8], pos: &[u8; field::COUNT], prev: &Pat) -> Pat {
    let mut p = Pat::NONE;
    p.lsl_option = if prev.kind == pk::REG && is_w(prev.reg) {
        2
    } else {
        3
    };
    if s[0] == b'[' {
        p.kind = pk::MEM;
        let close = find(s, 0, b']');
        if close == s.len() {
            panic!("unclosed memory pattern in an aarch64 form row");
        }
        let after = sub(s, close + 1, s.len());
        let inner = sub(s, 1, close);
        // `[<Xn|SP>{, #<pimm8>}]`: the `}` is inside the brackets.
        let comma = find(inner, 0, b',');
        let mut base_end = comma;
        let mut optional_tail = false;
        if comma > 0 && inner[comma - 1] == b'{' {
            base_end = comma - 1;
            optional_tail = true;
        }
        let (reg, fld, _) = parse_reg(trim(sub(inner, 0, base_end)));
        if reg != rp::XSP {
            panic!("a memory base is <Xn|SP>");
        }
        p.reg = reg;
        p.field = fld;
        if comma == inner.len() {
            p.mem = mem::BASE;
            if !after.is_empty() {
                panic!("bad memory pattern in an aarch64 form row");
            }
            return p;
        }
        let mut tail = trim(sub(inner, comma + 1, inner.len()));
        if optional_tail {
            if !ends(tail, "}") {
                panic!("bad optional offset in an aarch64 memory pattern");
            }
            tail = trim(sub(tail, 0, tail.len() - 1));
        }
        if tail[0] == b'#' {
            p.imm = parse_imm(tail);
            p.imm_opt = optional_tail;
            p.mem = if eq(after, "!") {
                mem::PRE
            } else if after.is_empty() {
                mem::OFFSET
            } else {
                panic!("bad memory pattern in an aarch64 form row")
            };
            return p;
        }
        // Register offset: `<Xm>` then `{, NAMES {#<kind>}}` or `, NAMES ...`.
        if optional_tail || !after.is_empty() {
            panic!("bad register offset pattern in an aarch64 form row");
        }
        let end = find(tail, 0, b'>') + 1;
        let (ireg, ifld, _) = parse_reg(sub(tail, 0, end));
        if ifld != field::RM || (ireg != rp::X && ireg != rp::W) {
            panic!("a memory index is <Xm> or <Wm>");
        }
        p.mem = mem::INDEX;
        p.idx = ireg;
        p.lsl_option = if ireg == rp::W { 2 } else { 3 };
        p.mod_field = field::OPTION;
        let mut rest = trim(sub(tail, end, tail.len()));
        if rest.is_empty() {
            panic!("a register offset pattern names its extends");
        }
        if starts(rest, "{,") && ends(rest, "}") {
            p.mod_opt = true;
            rest = trim(sub(rest, 2, rest.len() - 1));
        } else if starts(rest, ",") {
            rest = trim(sub(rest, 1, rest.len()));
        } else {
            panic!("bad register offset pattern in an aarch64 form row");
        }
        let (names, k, opt) = parse_mod(rest);
        p.names = names;
        p.imm = k;
        p.imm_opt = opt;
        return p;
    }
    if s[0] == b'#' {
        p.kind = pk::IMM;
        p.imm = parse_imm(s);
        return p;
    }
    if eq(s, "<label>") {
        p.kind = pk::LABEL;
        return p;
    }
    if eq(s, "<cond>") {
        p.kind = pk::COND;
        return p;
    }
    if eq(s, "<invcond>") {
        p.kind = pk::INVCOND;
        return p;
    }
    if eq(s, "<option>") {
        p.kind = pk::BARRIER;
        return p;
    }
    if eq(s, "<systemreg>") {
        p.kind = pk::SYSREG;
        return p;
    }
    if eq(s, "<systemreg_w>") {
        p.kind = pk::SYSREGW;
        return p;
    }
    if eq(s, "<prfop>") {
        p.kind = pk::PRFOP;
        return p;
    }
    if s[0] == b'{' {
        // `{<Vt>.<T>, <Vt2>.<T>, ..}`: the first register gives the field and arrangement;
        // `{<Vt>.S, ..}[<index>]`: a list of elements.
        let close = find(s, 0, b'}');
        let indexed = close + 1 < s.len();
        if close == s.len() || (indexed && !ends(s, "[<index>]")) {
            panic!("bad register list in an aarch64 form row");
        }
        let inner = sub(s, 1, close);
        let comma = find(inner, 0, b',');
        let (reg, fld, a) = parse_reg(trim(sub(inner, 0, comma)));
        if reg != rp::V {
            panic!("a register list is {{<Vt>.<T>, ..}}");
        }
        let mut count = 1;
        let mut i = 0;
        while i < inner.len() {
            if inner[i] == b',' {
                count += 1;
            }
            i += 1;
        }
        p.kind = if indexed { pk::LISTELEM } else { pk::LIST };
        p.reg = reg;
        p.field = fld;
        p.arr = a;
        p.count = count;
        return p;
    }
    if s[0] == b'<' && ends(s, "]") {
        // `<Vn>.S[<index>]`; `<Vm>.H[<index_hl>]`, `<Vd>.D[1]`: an index of an immediate kind.
        let bracket = find(s, 0, b'[');
        let (reg, fld, a) = parse_reg(sub(s, 0, bracket));
        if reg != rp::V || a < super::operand::arr::B {
            panic!("a vector element is <Vn>.B[<index>] (B, H, S or D)");
        }
        p.kind = pk::ELEM;
        p.reg = reg;
        p.field = fld;
        p.arr = a;
        let index = sub(s, bracket + 1, s.len() - 1);
        if eq(index, "1") {
            p.imm = imm::EQ1;
        } else if !eq(index, "<index>") && !eq(index, "<index1>") && !eq(index, "<index2>") {
            if !starts(index, "<") || !ends(index, ">") {
                panic!("an element index is <index> or <kind>");
            }
            p.imm = imm_by_name(sub(index, 1, index.len() - 1));
        }
        if p.imm == imm::COUNT as u8 && a == super::operand::arr::B4 {
            panic!("a 4B element needs an index kind");
        }
        return p;
    }
    if s[0] == b'<' && (starts(s, "<W(") || starts(s, "<X(")) && ends(s, "+1)>") {
        // `<W(s+1)>`: the register after the previous operand's.
        p.kind = pk::NEXT;
        p.reg = if s[1] == b'W' { rp::W } else { rp::X };
        return p;
    }
    {
        use super::operand::{kind as ok, sysop as so};
        let family = if eq(s, "<dc_op>") {
            so::DC
        } else if eq(s, "<ic_op>") {
            so::IC
        } else if eq(s, "<at_op>") {
            so::AT
        } else if eq(s, "<tlbi_op>") {
            so::TLBI
        } else if eq(s, "<pstatefield>") {
            so::PSTATE
        } else {
            0xFF
        };
        if family != 0xFF {
            p.kind = pk::SYSOP;
            p.reg = family;
            return p;
        }
        let (k, n) = if eq(s, "SY") {
            (ok::BARRIER, 15)
        } else if eq(s, "CSYNC") {
            (ok::SYSOP, so::CSYNC)
        } else if eq(s, "RCTX") {
            (ok::SYSOP, so::RCTX)
        } else if eq(s, "IVAU") {
            (ok::SYSOP, so::IVAU)
        } else {
            (0xFF, 0)
        };
        if k != 0xFF {
            p.kind = pk::NAME;
            p.reg = k;
            p.count = n;
            return p;
        }
    }
    if s[0] == b'<' {
        let (reg, fld, a) = parse_reg(s);
        p.kind = pk::REG;
        p.reg = reg;
        p.field = fld;
        p.arr = a;
        return p;
    }
    let (names, k, opt) = parse_mod(s);
    p.kind = pk::MOD;
    p.names = names;
    p.imm = k;
    p.imm_opt = opt;
    p.mod_field = mod_field(pos);
    p
}

/// Marks the fields a pattern writes in `w` (`pos`: the diagram's fields).
const fn writes(p: &Pat, w: &mut [bool; field::COUNT], pos: &[u8; field::COUNT]) {
    if p.elem_field != field::NONE {
        w[p.elem_field as usize] = true;
        if p.elem_field == field::H && pos[field::L as usize] != field::NONE {
            w[field::L as usize] = true;
        }
    }
    if p.kind == pk::LISTELEM {
        w[field::Q as usize] = true;
        w[field::S as usize] = true;
        w[field::SIZE as usize] = true;
    }
    if (p.kind == pk::REG || p.kind == pk::LIST) && p.arr == ARR_T {
        w[field::Q as usize] = true;
        if pos[field::SIZE as usize] != field::NONE {
            w[field::SIZE as usize] = true;
        }
        if pos[field::SZ as usize] != field::NONE {
            w[field::SZ as usize] = true;
        }
    }
    if p.field != field::NONE {
        w[p.field as usize] = true;
    }
    if p.kind == pk::MEM && p.mem == mem::INDEX {
        w[field::RM as usize] = true;
    }
    if p.mod_field != field::NONE {
        w[p.mod_field as usize] = true;
    }
    if (p.imm as usize) < imm::COUNT {
        let fs = imm::NAMES[p.imm as usize].1;
        let mut i = 0;
        while i < 3 {
            if fs[i] != field::NONE {
                w[fs[i] as usize] = true;
            }
            i += 1;
        }
    }
    match p.kind {
        pk::COND | pk::INVCOND => w[field::COND as usize] = true,
        pk::BARRIER => w[field::CRM as usize] = true,
        pk::SYSREG | pk::SYSREGW => w[field::SYSREG as usize] = true,
        pk::PRFOP => w[field::RT as usize] = true,
        pk::SYSOP => {
            w[field::OP1 as usize] = true;
            w[field::OP2 as usize] = true;
            if p.reg != super::operand::sysop::PSTATE {
                w[field::CRN as usize] = true;
                w[field::CRM as usize] = true;
            }
        }
        pk::LABEL => {
            w[field::IMM26 as usize] = true;
            w[field::IMM19 as usize] = true;
            w[field::IMM14 as usize] = true;
            w[field::IMMLO as usize] = true;
            w[field::IMMHI as usize] = true;
        }
        _ => {}
    }
}

impl Form {
    /// Parses a row: the operand template and the bit diagram (see the module's documentation).
    /// Panics (a build error of declasm) on a malformed row.
    pub const fn parse(operands: &'static str, diagram: &'static str) -> Form {
        let mut f = Form {
            ops: [Pat::NONE; MAX_OPS],
            nops: 0,
            bits: 0,
            pos: [field::NONE; field::COUNT],
            dup: (field::NONE, 0),
            reloc: reloc::NONE,
            tset: 0,
            text: operands,
        };
        // The diagram, most significant bit first.
        let d = diagram.as_bytes();
        let mut bit: i32 = 32;
        let mut a = 0;
        while a < d.len() {
            if d[a] == b' ' {
                a += 1;
                continue;
            }
            let b = find(d, a, b' ');
            let w = sub(d, a, b);
            if w[0] == b'0' || w[0] == b'1' {
                let mut i = 0;
                while i < w.len() {
                    if bit == 0 {
                        panic!("an aarch64 diagram is longer than 32 bits");
                    }
                    bit -= 1;
                    if w[i] == b'1' {
                        f.bits |= 1 << bit;
                    } else if w[i] != b'0' {
                        panic!("bad fixed bits in an aarch64 diagram");
                    }
                    i += 1;
                }
            } else {
                let fl = field_by_name(w);
                if fl == field::NONE {
                    panic!("unknown field in an aarch64 diagram");
                }
                bit -= field::width(fl) as i32;
                if bit < 0 {
                    panic!("an aarch64 diagram is longer than 32 bits");
                }
                if f.pos[fl as usize] == field::NONE {
                    f.pos[fl as usize] = bit as u8;
                } else if f.dup.0 == field::NONE {
                    f.dup = (fl, bit as u8);
                } else {
                    panic!("two repeated fields in an aarch64 diagram");
                }
            }
            a = b;
        }
        if bit != 0 {
            panic!("an aarch64 diagram is not 32 bits");
        }
        // `; T = 8B|16B|...`: the arrangements of `<T>`.
        let all = operands.as_bytes();
        let semi = find(all, 0, b';');
        let s = sub(all, 0, semi);
        if semi < all.len() {
            let t = trim(sub(all, semi + 1, all.len()));
            if !starts(t, "T = ") {
                panic!("an aarch64 form row's `;` is followed by `T = ..`");
            }
            let list = sub(t, 4, t.len());
            let mut a = 0;
            while a < list.len() {
                let b = find(list, a, b'|');
                let w = sub(list, a, b);
                let mut k = 1;
                let mut found = false;
                while k < super::operand::arr::COUNT {
                    if eq(w, super::operand::arr::name(k)) {
                        f.tset |= 1 << k;
                        found = true;
                    }
                    k += 1;
                }
                if !found {
                    panic!("unknown arrangement in an aarch64 form row's `T = ..`");
                }
                a = b + 1;
            }
        }
        let mut i = 0;
        let mut start = 0;
        let mut depth = 0;
        let mut optional = false;
        while i <= s.len() {
            let at_end = i == s.len();
            let c = if at_end { b',' } else { s[i] };
            if depth == 0 && (c == b',' || (c == b'{' && i + 1 < s.len() && s[i + 1] == b',')) {
                let mut t = trim(sub(s, start, i));
                if optional {
                    if !ends(t, "}") {
                        panic!("unclosed optional operand in an aarch64 form row");
                    }
                    t = trim(sub(t, 0, t.len() - 1));
                }
                if !t.is_empty() {
                    if f.nops as usize == MAX_OPS {
                        panic!("too many operands in an aarch64 form row");
                    }
                    let prev = if f.nops > 0 {
                        f.ops[f.nops as usize - 1]
                    } else {
                        Pat::NONE
                    };
                    let mut p = parse_pat(t, &f.pos, &prev);
                    p.optional = optional;
                    f.ops[f.nops as usize] = p;
                    f.nops += 1;
                } else if !at_end && c == b',' {
                    panic!("empty operand in an aarch64 form row");
                }
                if c == b'{' {
                    // `{,` opens an optional operand; it ends at the matching `}` (the end).
                    optional = true;
                    depth = 1;
                    i += 2;
                    start = i;
                    continue;
                }
                start = i + 1;
            } else if c == b'[' || c == b'{' {
                depth += 1;
            } else if c == b']' || c == b'}' {
                depth -= 1;
            }
            i += 1;
        }
        // Every diagram field is written by an operand (the label's by the relocation), and
        // every field an operand writes is in the diagram.
        // Element indexes: imm5 for the first, imm4 for the second (INS element).
        let mut k = 0;
        let mut imm5_taken = false;
        while k < f.nops as usize {
            if f.ops[k].kind == pk::ELEM && f.ops[k].imm == imm::COUNT as u8 {
                f.ops[k].elem_field = if f.pos[field::H as usize] != field::NONE {
                    field::H
                } else if !imm5_taken && f.pos[field::IMM5 as usize] != field::NONE {
                    imm5_taken = true;
                    field::IMM5
                } else {
                    field::IMM4
                };
            }
            k += 1;
        }
        let mut w = [false; field::COUNT];
        k = 0;
        while k < f.nops as usize {
            if f.ops[k].arr == ARR_T && f.tset == 0 {
                panic!("a <T> operand needs the row's `; T = ..`");
            }
            writes(&f.ops[k], &mut w, &f.pos);
            if f.ops[k].kind == pk::LABEL {
                f.reloc = if f.pos[field::IMM26 as usize] != field::NONE {
                    reloc::B26
                } else if f.pos[field::IMM19 as usize] != field::NONE {
                    reloc::IMM19
                } else if f.pos[field::IMM14 as usize] != field::NONE {
                    reloc::TB14
                } else if f.pos[field::IMMHI as usize] != field::NONE {
                    if f.bits & (1 << 31) != 0 {
                        reloc::ADRP
                    } else {
                        reloc::ADR
                    }
                } else {
                    panic!("a <label> operand needs imm26, imm19, imm14 or immlo:immhi")
                };
            }
            k += 1;
        }
        let mut fl = 0;
        while fl < field::COUNT {
            let in_diagram = f.pos[fl] != field::NONE;
            let label_field = f.reloc != reloc::NONE
                && matches!(
                    fl as u8,
                    field::IMM26 | field::IMM19 | field::IMM14 | field::IMMLO | field::IMMHI
                );
            if in_diagram && !w[fl] {
                panic!("a field of an aarch64 diagram is written by no operand");
            }
            if w[fl] && !in_diagram && !label_field {
                panic!("an operand of an aarch64 form row writes a field not in its diagram");
            }
            fl += 1;
        }
        f
    }
}
