//! Instruction forms: one row per form, written like the manual.
//!
//! A row is an operand pattern and an encoding, e.g. `"rm64, imm8" => "REX.W 83 /0 ib"`. Both
//! strings are parsed by `const fn`s while declasm itself compiles (the tables are `static`s),
//! so a malformed row is a build error of declasm and user crates only read the parsed data.
//!
//! Operand patterns: `r8 r16 r32 r64`, `rm8 rm16 rm32 rm64`, `m` (any memory), `m8 m16 m32 m64
//! m80 m128 m256`, fixed registers `al ax eax rax cl dx ecx edx`, `imm8` (an 8-bit slot that also takes
//! expressions of unknown size), `simm8` (a sign-extended 8-bit slot: only `BYTE` or a literal
//! that fits), `simm16` (an imm16 slot that only takes `BYTE`/`WORD` or a literal of at most
//! 2 bytes: `push 0x80` = `66 68`), `imm16 imm32 imm64` (labels only fit `imm64`), `rel8 rel32`
//! (jump targets), `rel8a` (the rel8 of an instruction without a rel32 form, `loop`/`jrcxz`: it
//! also takes expressions of unknown size and labels without size), `sreg cr dr`, `r32m16 r64m16`.
//! Vector and x87: `xmm` (and `xmm0`, the implicit one), `xmm/m8` .. `xmm/m128` (register or
//! memory of that size), `mm`, `mm/m32`, `mm/m64`, `st` (st0-st7), `st0`, and GP-or-memory
//! pairs `r32/m8 r64/m8 r32/m32 r64/m64` (register of one size or memory of another), `r64/-` (a
//! 64-bit register in ModRM.rm where the form takes no memory). VEX: `ymm`, `ymm/m256`, VSIB
//! memory `vm32x vm32y vm64x vm64y` (32- or 64-bit elements, xmm or ymm index); MPX: `bnd`.
//!
//! VEX and XOP rows start with the manual's Op/En column, one letter per operand: `R` ModRM.reg,
//! `M` ModRM.rm, `V` VEX.vvvv, `I` immediate, `S` register in imm8\[7:4\] (`is4`), e.g.
//! `"xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F.WIG 58 /r"`; the prefix is written
//! `VEX.[NDS.]L.pp.map.W` (L: 128 256 L0 L1 LZ LIG; pp: 66 F3 F2; map: 0F 0F38 0F3A; W: W0 W1
//! WIG) or `XOP.L.map.W` (map 08 09 0A).
//!
//! EVEX rows (src/x64/mnemonics/evex/) write the prefix `EVEX.L.pp.map.W` (L: 128 256 512
//! LIG; map: 0F 0F38 0F3A MAP5 MAP6) and end with the form's `.feature` groups in brackets
//! (`[avx512f]`, `[avx512f+gfni]`; avx512vl is added to the 128- and 256-bit forms). Their
//! vector patterns (`xmm`, `xmm/m32` .. `zmm/m512`, `m16` .. `m512`, `k`, `vm32x` .. `vm64z`)
//! also take registers 16-31, and decorations follow a pattern as the SDM writes them: `{k}`
//! (the first operand takes a write mask), `{z}` (and zeroing), `/m16bcst` `/m32bcst`
//! `/m64bcst` (the rm operand takes a broadcast of elements of that size), `{er}` (embedded
//! rounding), `{sae}`; e.g. `"zmm{k}{z}, zmm, zmm/m512/m32bcst{er}" => "RVM: EVEX.512.0F.W0 58
//! /r [avx512f]"`. The displacement of a memory operand is compressed (disp8*N) by the size of
//! the memory the form reads (the rm pattern's size, a broadcast element, or a VSIB element),
//! which is what the SDM's tuple types come to. Opmask registers in VEX rows: `k`, `k/m8` ..
//! `k/m64`. `{vex}` in a VEX row: the form is only chosen when the statement says `{vex}`.
//! `{sized}`: memory needs its size keyword (dynasm-rs's `rsdc`, `ud1`).
//! `{n1}`..`{n8}` in an EVEX row: N of disp8*N when it is not the memory operand's size (the
//! element size of compress/expand, Tuple1 Scalar).
//!
//! Encoding tokens: leading `66`/`67`/`F2`/`F3` (prefixes, emitted in the order written; `o16` is a
//! synonym for `66`), `REX.W`, opcode bytes in hex, `/r`, `/0`..`/7`, `+r` (register in the low
//! bits of the last opcode byte; `+rb +rw +rd +ro` are synonyms), `ib iw id io` (immediates in
//! operand order), `cb cd` (relative jump targets). A hex byte after `/r` or `/digit` is a fixed
//! byte emitted after the immediates (`cmpeqps` = `"0F C2 /r 00"`: the predicate of `cmpps`).
//!
//! Prefix policy tokens (they emit nothing): `{lock}` (the form takes `lock` when its ModRM.rm
//! operand is memory), `{rep}` (it takes `rep`), `{repe}` (it takes `repe`/`repz`/`repne`/
//! `repnz`). A form without them refuses those prefixes, as dynasm-rs does. `{a64}`: the memory
//! operand must use 64-bit address registers (`movdir64b`, whose register operand is an address
//! of the address size).

use super::operand::{class, kind, Op, DYN};

/// Operand patterns of a form.
pub mod pat {
    #![allow(missing_docs)]
    pub const NONE: u8 = 0;
    pub const R8: u8 = 1;
    pub const R16: u8 = 2;
    pub const R32: u8 = 3;
    pub const R64: u8 = 4;
    pub const RM8: u8 = 5;
    pub const RM16: u8 = 6;
    pub const RM32: u8 = 7;
    pub const RM64: u8 = 8;
    pub const M: u8 = 9;
    pub const M8: u8 = 10;
    pub const M16: u8 = 11;
    pub const M32: u8 = 12;
    pub const M64: u8 = 13;
    pub const M80: u8 = 14;
    pub const M128: u8 = 15;
    pub const M256: u8 = 16;
    pub const AL: u8 = 17;
    pub const AX: u8 = 18;
    pub const EAX: u8 = 19;
    pub const RAX: u8 = 20;
    pub const CL: u8 = 21;
    pub const DX: u8 = 22;
    pub const IMM8: u8 = 23;
    pub const SIMM8: u8 = 24;
    pub const IMM16: u8 = 25;
    pub const IMM32: u8 = 26;
    pub const IMM64: u8 = 27;
    pub const REL8: u8 = 28;
    pub const REL32: u8 = 29;
    pub const SREG: u8 = 30;
    pub const CR: u8 = 31;
    pub const DR: u8 = 32;
    pub const R32M16: u8 = 33;
    pub const R64M16: u8 = 34;
    pub const M16_64: u8 = 35;
    pub const FS: u8 = 36;
    pub const GS: u8 = 37;
    pub const REL8A: u8 = 38;
    pub const SIMM16: u8 = 39;
    pub const ECX: u8 = 40;
    pub const EDX: u8 = 41;
    // Vector and x87 registers.
    pub const XMM: u8 = 42;
    pub const XMM0: u8 = 43;
    pub const XM8: u8 = 44;
    pub const XM16: u8 = 45;
    pub const XM32: u8 = 46;
    pub const XM64: u8 = 47;
    pub const XM128: u8 = 48;
    pub const MM: u8 = 49;
    pub const MMM32: u8 = 50;
    pub const MMM64: u8 = 51;
    pub const ST: u8 = 52;
    pub const ST0: u8 = 53;
    pub const R32M8: u8 = 54;
    pub const R64M8: u8 = 55;
    pub const R32M32: u8 = 56;
    pub const R64M64: u8 = 57;
    /// A 64-bit register in ModRM.rm, no memory (`extractps r64, xmm, imm8`).
    pub const R64RM: u8 = 58;
    // VEX.
    pub const YMM: u8 = 59;
    pub const YM256: u8 = 60;
    /// VSIB memory: 32-bit indexes in xmm (`vm32x`) or ymm (`vm32y`), 64-bit in xmm/ymm.
    pub const VM32X: u8 = 61;
    pub const VM32Y: u8 = 62;
    pub const VM64X: u8 = 63;
    pub const VM64Y: u8 = 64;
    /// MPX bound registers bnd0-bnd3.
    pub const BND: u8 = 65;
    // EVEX. The vector patterns of an EVEX row are these variants (the parser maps `xmm` to
    // `EXMM` in an EVEX row): they also take registers 16-31, and an operand with a mask, zeroing
    // or a broadcast (or a VSIB index 16-31) takes only these (see `Op::pats`), so a legacy or
    // VEX form never accepts what only EVEX can encode.
    pub const EXMM: u8 = 66;
    pub const EXM8: u8 = 67;
    pub const EXM16: u8 = 68;
    pub const EXM32: u8 = 69;
    pub const EXM64: u8 = 70;
    pub const EXM128: u8 = 71;
    pub const EYMM: u8 = 72;
    pub const EYM256: u8 = 73;
    /// zmm0-31.
    pub const ZMM: u8 = 74;
    pub const ZM512: u8 = 75;
    /// Memory only, in an EVEX row (a masked store `m32{k}`, a load `m128`).
    pub const EM16: u8 = 76;
    pub const EM32: u8 = 77;
    pub const EM64: u8 = 78;
    pub const EM128: u8 = 79;
    pub const EM256: u8 = 80;
    pub const EM512: u8 = 81;
    /// An opmask register k0-7 in an EVEX row (a compare's destination, `k{k}`).
    pub const EK: u8 = 82;
    /// EVEX VSIB: 32/64-bit indexes in xmm, ymm or zmm (0-31); the size keyword, if any, is the
    /// total data size.
    pub const EVM32X: u8 = 83;
    pub const EVM32Y: u8 = 84;
    pub const EVM32Z: u8 = 85;
    pub const EVM64X: u8 = 86;
    pub const EVM64Y: u8 = 87;
    pub const EVM64Z: u8 = 88;
    /// Opmask registers k0-7 and opmask-or-memory, in VEX rows (the opmask instructions).
    pub const K: u8 = 89;
    pub const KM8: u8 = 90;
    pub const KM16: u8 = 91;
    pub const KM32: u8 = 92;
    pub const KM64: u8 = 93;
    /// The number of patterns (at most 128: operands carry them as a `u128` bit set).
    pub const COUNT: u8 = 94;
    /// The EVEX variants: the only patterns an operand that needs EVEX may match.
    pub const EVEX_ONLY: u128 = ((1u128 << (EVM64Z + 1)) - 1) & !((1u128 << EXMM) - 1);
    static_assertions::const_assert!(COUNT <= 128);
}

/// What an operand contributes to the encoding.
pub mod role {
    #![allow(missing_docs)]
    /// Implicit in the opcode (fixed registers).
    pub const NONE: u8 = 0;
    /// ModRM.reg.
    pub const REG: u8 = 1;
    /// ModRM.rm (register or memory).
    pub const RM: u8 = 2;
    /// Low three bits of the last opcode byte.
    pub const OPREG: u8 = 3;
    /// An immediate.
    pub const IMM: u8 = 4;
    /// A relative jump target.
    pub const REL: u8 = 5;
    /// VEX.vvvv (or XOP.vvvv).
    pub const VVVV: u8 = 6;
    /// A register in bits 7:4 of an immediate byte (`is4`).
    pub const IS4: u8 = 7;
}

/// The prefix family of a form ([`Form::vex`]).
pub mod vex {
    #![allow(missing_docs)]
    pub const NONE: u8 = 0;
    pub const VEX: u8 = 1;
    pub const XOP: u8 = 2;
    pub const EVEX: u8 = 3;
}

/// What an EVEX form takes ([`Form::deco`]): the row's `{k}`, `{z}`, `{er}`, `{sae}`.
pub mod deco {
    #![allow(missing_docs)]
    /// A write mask on the first operand (`{k}`).
    pub const MASK: u8 = 1;
    /// Zeroing-masking (`{z}`).
    pub const ZERO: u8 = 2;
    /// Embedded rounding (`{er}`: `{rn-sae}` .. `{rz-sae}`, and `{sae}`).
    pub const ER: u8 = 4;
    /// Suppress all exceptions (`{sae}`).
    pub const SAE: u8 = 8;
}

/// Which statement prefixes a form takes ([`Form::policy`]).
pub mod policy {
    #![allow(missing_docs)]
    pub const LOCK: u8 = 1;
    pub const REP: u8 = 2;
    pub const REPE: u8 = 4;
    /// Memory with 64-bit address registers only (no 67 prefix).
    pub const A64: u8 = 8;
    /// A VEX form chosen only when the statement says `{vex}` (AVX-VNNI: llvm-mc picks the
    /// EVEX form of `vpdpbusd` otherwise).
    pub const VEXP: u8 = 16;
    /// Memory needs its size keyword, even where a register or the pattern could give it
    /// (dynasm-rs: `rsdc cs, TWORD [rax]`, `ud1 eax, DWORD [rax]`).
    pub const SIZED: u8 = 32;
}

/// ModRM.reg is an opcode extension (`/0`..`/7`) when below this value.
pub const MODRM_R: u8 = 8;
/// No ModRM byte.
pub const MODRM_NONE: u8 = 0xFF;

/// One parsed form.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    /// Operand patterns ([`pat`]).
    pub ops: [u8; 4],
    /// Number of operands.
    pub nops: u8,
    /// What each operand contributes ([`role`]).
    pub roles: [u8; 4],
    /// Size in bytes of each immediate/relative operand's field.
    pub sizes: [u8; 4],
    /// Legacy prefixes (66, F2, F3) in the order written.
    pub prefixes: [u8; 3],
    /// Number of legacy prefixes.
    pub nprefixes: u8,
    /// REX.W.
    pub rex_w: bool,
    /// Opcode bytes.
    pub opcode: [u8; 3],
    /// Number of opcode bytes.
    pub opcode_len: u8,
    /// `/digit` (0-7), [`MODRM_R`] for `/r`, [`MODRM_NONE`] for none.
    pub modrm: u8,
    /// Register in the opcode's low bits.
    pub plus_r: bool,
    /// A fixed byte after the immediates (when `nsuffix` is 1).
    pub suffix: u8,
    /// Number of fixed trailing bytes (0 or 1).
    pub nsuffix: u8,
    /// The pattern text, for error messages.
    pub text: &'static str,
    /// For each operand position (one byte each), the operand kinds its pattern can accept, as
    /// bits `1 << kind`: a cheap first test before [`matches()`].
    pub kinds: u32,
    /// Index of the ModRM.rm operand, the ModRM.reg operand and the opcode-register operand
    /// (4: none).
    pub rm: u8,
    /// See `rm`.
    pub reg: u8,
    /// See `rm`.
    pub opreg: u8,
    /// VEX, XOP or EVEX encoded ([`vex`]); the fields below are then used instead of legacy
    /// prefixes and REX.
    pub vex: u8,
    /// VEX.mmmmm: the opcode map (1: 0F, 2: 0F38, 3: 0F3A; XOP: 8, 9, 10; EVEX also 5, 6).
    pub vex_map: u8,
    /// VEX.pp: the implied prefix (0: none, 1: 66, 2: F3, 3: F2).
    pub vex_pp: u8,
    /// VEX.L (EVEX: L'L, 2 for 512 bits).
    pub vex_l: u8,
    /// EVEX: the element size in bytes of the broadcast the ModRM.rm operand takes
    /// (`/m32bcst`: 4), 0 for none.
    pub bcst: u8,
    /// EVEX: the decorations the form takes ([`deco`] bits).
    pub deco: u8,
    /// EVEX: N of the compressed displacement (disp8*N) where it is not the size of the memory
    /// operand (the row's `{n1}`..`{n8}`: compress and expand, whose tuple is Tuple1 Scalar);
    /// 0: the memory operand's size.
    pub disp8: u8,
    /// VEX.W.
    pub vex_w: u8,
    /// Index of the VEX.vvvv operand (4: none).
    pub vvvv: u8,
    /// Index of the `is4` operand (4: none).
    pub is4: u8,
    /// A waiting x87 form (`9B` first in the row): the `9B` (FWAIT) is emitted before every
    /// prefix, so that REX, segment and 67 prefixes apply to the instruction after it.
    pub fwait: bool,
    /// The statement prefixes the form takes ([`policy`] bits, from the row's `{lock}`,
    /// `{rep}`, `{repe}` tokens).
    pub policy: u8,
    /// The `.feature` groups the form needs, all of them (bit `i`: [`super::feature::NAMES`]`[i]`;
    /// 0: none). Set by tools/gen_tables.py from `features.txt` (0 in the source tables).
    pub features: u64,
}

/// A mnemonic's index in [`TABLE`](crate::x64::mnemonics::TABLE): what `dynasm!` passes to the
/// encoder (the constant `x64::mnemonics::<mnemonic>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MnemonicId(pub u16);

impl MnemonicId {
    /// The mnemonic's table.
    pub const fn get(self) -> &'static Mnemonic {
        &crate::x64::mnemonics::TABLE[self.0 as usize]
    }
}

/// A mnemonic and its forms, in the order they are tried.
#[derive(Debug)]
pub struct Mnemonic {
    /// The mnemonic.
    pub name: &'static str,
    /// Forms in the order they are tried: the first that accepts the operands wins.
    pub forms: &'static [Form],
    /// For each pair of kinds of the first two operands (`kind0 * 5 + kind1`), the forms (bit
    /// `i` for form `i`, the first 64 forms) that can accept them: selection visits only those.
    pub index: [u64; 25],
    /// For the first two operands, by the operand's size ([`SIZE_SLOT`]: 1, 2, 4, 8 bytes, or
    /// another size), the forms (bit `i`, the first 64) whose pattern there can take an operand of
    /// that size ([`pattern_sizes`]): a second filter with `index`, so that `cmp [rax], rbx` tries
    /// the 64-bit form only, not the 8-, 16- and 32-bit ones first.
    pub by_size: [[u64; 5]; 2],
    /// Forms (bit `i`, the first 64) that are one size of an operand-size family (the same
    /// opcode for 16, 32 and 64 bits): memory without a size keyword gets its size from a
    /// register operand there, and with none the size is unknown (dynasm-rs's rule).
    pub sized_family: u64,
    /// Whether some form takes an x87 register (`fld st1`): memory operands then need a size
    /// keyword (dynasm-rs refuses `fld [rax]` but takes `fild [rax]`).
    pub x87_reg_forms: bool,
}

impl Mnemonic {
    /// Builds a mnemonic and its selection index (at declasm's build time: the tables are
    /// `static`s).
    pub const fn new(name: &'static str, forms: &'static [Form]) -> Mnemonic {
        let mut index = [0u64; 25];
        let mut i = 0;
        while i < forms.len() && i < 64 {
            let k = forms[i].kinds;
            let mut a = 0;
            while a < 5 {
                let mut b = 0;
                while b < 5 {
                    if (k >> a) & 1 != 0 && (k >> (8 + b)) & 1 != 0 {
                        index[a * 5 + b] |= 1 << i;
                    }
                    b += 1;
                }
                a += 1;
            }
            i += 1;
        }
        let mut by_size = [[u64::MAX; 5]; 2];
        let mut pos = 0;
        while pos < 2 {
            let mut slot = 0;
            while slot < 4 {
                let mut bits = 0u64;
                let mut i = 0;
                while i < forms.len() && i < 64 {
                    if (pattern_sizes(forms[i].ops[pos]) >> slot) & 1 != 0 {
                        bits |= 1 << i;
                    }
                    i += 1;
                }
                // (Forms past the first 64 are not indexed: tried after, unfiltered.)
                by_size[pos][slot] = bits;
                slot += 1;
            }
            pos += 1;
        }
        let mut sized_family = 0u64;
        let mut i = 0;
        while i < forms.len() && i < 64 {
            let mut j = 0;
            while j < forms.len() {
                if j != i && same_family(&forms[i], &forms[j]) {
                    sized_family |= 1 << i;
                }
                j += 1;
            }
            i += 1;
        }
        let mut x87_reg_forms = false;
        let mut i = 0;
        while i < forms.len() {
            let mut k = 0;
            while k < 4 {
                if matches!(forms[i].ops[k], pat::ST | pat::ST0) {
                    x87_reg_forms = true;
                }
                k += 1;
            }
            i += 1;
        }
        Mnemonic {
            name,
            forms,
            index,
            by_size,
            sized_family,
            x87_reg_forms,
        }
    }
}

/// [`Mnemonic::by_size`]'s row for an operand of `size` bytes: 0-3 for 1, 2, 4, 8 bytes, 4 (no
/// filter) for any other size, or none (a table, not a function: it is read for every statement in
/// the const interpreter, which charges a call more than an index).
pub const SIZE_SLOT: [u8; 256] = {
    let mut t = [4u8; 256];
    t[1] = 0;
    t[2] = 1;
    t[4] = 2;
    t[8] = 3;
    t
};

/// The operand sizes (bit 0-3: 1, 2, 4, 8 bytes) a pattern can take: the general-purpose
/// register and memory patterns take operands of their size only (for memory also of no size
/// keyword, which is not filtered); every other pattern is taken as able to take any size. A test
/// checks it against [`matches`] for every operand the front end can build.
pub const fn pattern_sizes(p: u8) -> u8 {
    const B: u8 = 1;
    const W: u8 = 2;
    const D: u8 = 4;
    const Q: u8 = 8;
    match p {
        pat::R8 | pat::RM8 | pat::M8 | pat::AL | pat::CL => B,
        pat::R16 | pat::RM16 | pat::M16 | pat::AX | pat::DX => W,
        pat::R32 | pat::RM32 | pat::M32 | pat::EAX | pat::ECX | pat::EDX | pat::R32M32 => D,
        pat::R64 | pat::RM64 | pat::M64 | pat::RAX | pat::R64M64 | pat::R64RM => Q,
        pat::R32M16 => W | D,
        pat::R64M16 | pat::M16_64 => W | Q,
        pat::R32M8 => B | D,
        pat::R64M8 => B | Q,
        _ => B | W | D | Q,
    }
}

/// The memory size in bytes a pattern implies (0: none, or any size).
pub const fn pattern_mem_size(p: u8) -> u8 {
    match p {
        pat::M8 | pat::RM8 | pat::XM8 | pat::R32M8 | pat::R64M8 => 1,
        pat::M16 | pat::RM16 | pat::XM16 | pat::R32M16 | pat::R64M16 => 2,
        pat::M32 | pat::RM32 | pat::XM32 | pat::MMM32 | pat::R32M32 => 4,
        pat::M64 | pat::RM64 | pat::XM64 | pat::MMM64 | pat::R64M64 => 8,
        pat::M80 => 10,
        pat::M128 | pat::XM128 => 16,
        pat::M256 | pat::YM256 => 32,
        pat::EXM8 | pat::KM8 => 1,
        pat::EXM16 | pat::EM16 | pat::KM16 => 2,
        pat::EXM32 | pat::EM32 | pat::KM32 => 4,
        pat::EXM64 | pat::EM64 | pat::KM64 => 8,
        pat::EXM128 | pat::EM128 => 16,
        pat::EYM256 | pat::EM256 => 32,
        pat::ZM512 | pat::EM512 => 64,
        _ => 0,
    }
}

/// The size of a general-purpose memory pattern (`rm16`, `m32`...), the ones of the 16/32/64-bit
/// operand-size families; 0 for the others.
const fn mem_pattern_size(p: u8) -> u8 {
    match p {
        pat::RM8 | pat::M8 | pat::RM16 | pat::M16 | pat::RM32 | pat::M32 | pat::RM64 | pat::M64 => {
            pattern_mem_size(p)
        }
        _ => 0,
    }
}

/// Whether `a` and `b` are two sizes (16/32/64 bits) of one instruction: same opcode and ModRM
/// field, and a memory pattern of a different size at the same position.
const fn same_family(a: &Form, b: &Form) -> bool {
    if a.nops != b.nops || a.opcode_len != b.opcode_len || a.modrm != b.modrm || a.rm >= 4 {
        return false;
    }
    let mut k = 0;
    while k < a.opcode_len as usize {
        if a.opcode[k] != b.opcode[k] {
            return false;
        }
        k += 1;
    }
    let sa = mem_pattern_size(a.ops[a.rm as usize]);
    let sb = mem_pattern_size(b.ops[a.rm as usize]);
    sa > 1 && sb > 1 && sa != sb
}

impl Mnemonic {
    /// Whether form `i` needs a register operand to size unsized memory.
    pub const fn needs_size(&self, i: usize) -> bool {
        i < 64 && (self.sized_family >> i) & 1 != 0
    }
}

/// Splits `s` at `sep` characters (and spaces), returning the next word starting at `*pos`.
const fn next_word(s: &[u8], pos: &mut usize, sep: u8) -> (usize, usize) {
    while *pos < s.len() && (s[*pos] == b' ' || s[*pos] == sep) {
        *pos += 1;
    }
    let start = *pos;
    while *pos < s.len() && s[*pos] != b' ' && s[*pos] != sep {
        *pos += 1;
    }
    (start, *pos)
}

const fn sub(s: &[u8], start: usize, end: usize) -> &[u8] {
    s.split_at(end).0.split_at(start).1
}

/// The pattern named `w`. A `match` on byte strings (a decision tree) rather than a search: the
/// tables are parsed by the const interpreter while declasm compiles, where every step costs.
const fn parse_pattern(w: &[u8]) -> u8 {
    match w {
        b"r8" => pat::R8,
        b"r16" => pat::R16,
        b"r32" => pat::R32,
        b"r64" => pat::R64,
        b"rm8" => pat::RM8,
        b"rm16" => pat::RM16,
        b"rm32" => pat::RM32,
        b"rm64" => pat::RM64,
        b"m" => pat::M,
        b"m8" => pat::M8,
        b"m16" => pat::M16,
        b"m32" => pat::M32,
        b"m64" => pat::M64,
        b"m80" => pat::M80,
        b"m128" => pat::M128,
        b"m256" => pat::M256,
        b"al" => pat::AL,
        b"ax" => pat::AX,
        b"eax" => pat::EAX,
        b"rax" => pat::RAX,
        b"cl" => pat::CL,
        b"dx" => pat::DX,
        b"imm8" => pat::IMM8,
        b"simm8" => pat::SIMM8,
        b"imm16" => pat::IMM16,
        b"imm32" => pat::IMM32,
        b"imm64" => pat::IMM64,
        b"rel8" => pat::REL8,
        b"rel32" => pat::REL32,
        b"rel8a" => pat::REL8A,
        b"simm16" => pat::SIMM16,
        b"sreg" => pat::SREG,
        b"cr" => pat::CR,
        b"dr" => pat::DR,
        b"r32m16" => pat::R32M16,
        b"r64m16" => pat::R64M16,
        b"m16_64" => pat::M16_64,
        b"fs" => pat::FS,
        b"gs" => pat::GS,
        b"ecx" => pat::ECX,
        b"edx" => pat::EDX,
        b"xmm" => pat::XMM,
        b"xmm0" => pat::XMM0,
        b"xmm/m8" => pat::XM8,
        b"xmm/m16" => pat::XM16,
        b"xmm/m32" => pat::XM32,
        b"xmm/m64" => pat::XM64,
        b"xmm/m128" => pat::XM128,
        b"mm" => pat::MM,
        b"mm/m32" => pat::MMM32,
        b"mm/m64" => pat::MMM64,
        b"st" => pat::ST,
        b"st0" => pat::ST0,
        b"r32/m8" => pat::R32M8,
        b"r64/m8" => pat::R64M8,
        b"r32/m32" => pat::R32M32,
        b"r64/m64" => pat::R64M64,
        b"r64/-" => pat::R64RM,
        b"ymm" => pat::YMM,
        b"ymm/m256" => pat::YM256,
        b"vm32x" => pat::VM32X,
        b"vm32y" => pat::VM32Y,
        b"vm64x" => pat::VM64X,
        b"vm64y" => pat::VM64Y,
        b"bnd" => pat::BND,
        b"zmm" => pat::ZMM,
        b"zmm/m512" => pat::ZM512,
        b"m512" => pat::EM512,
        b"k" => pat::K,
        b"k/m8" => pat::KM8,
        b"k/m16" => pat::KM16,
        b"k/m32" => pat::KM32,
        b"k/m64" => pat::KM64,
        b"vm32z" => pat::EVM32Z,
        b"vm64z" => pat::EVM64Z,
        _ => panic!("unknown operand pattern in a form table"),
    }
}

const fn hex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'F' => c - b'A' + 10,
        b'a'..=b'f' => c - b'a' + 10,
        _ => panic!("bad hex digit in a form table"),
    }
}

const fn is_rm(p: u8) -> bool {
    matches!(
        p,
        pat::RM8
            | pat::RM16
            | pat::RM32
            | pat::RM64
            | pat::M
            | pat::M8
            | pat::M16
            | pat::M32
            | pat::M64
            | pat::M80
            | pat::M128
            | pat::M256
            | pat::R32M16
            | pat::R64M16
            | pat::M16_64
            | pat::XM8
            | pat::XM16
            | pat::XM32
            | pat::XM64
            | pat::XM128
            | pat::MMM32
            | pat::MMM64
            | pat::R32M8
            | pat::R64M8
            | pat::R32M32
            | pat::R64M64
            | pat::R64RM
            | pat::YM256
            | pat::VM32X
            | pat::VM32Y
            | pat::VM64X
            | pat::VM64Y
            | pat::EXM8
            | pat::EXM16
            | pat::EXM32
            | pat::EXM64
            | pat::EXM128
            | pat::EYM256
            | pat::ZM512
            | pat::EM16
            | pat::EM32
            | pat::EM64
            | pat::EM128
            | pat::EM256
            | pat::EM512
            | pat::EVM32X
            | pat::EVM32Y
            | pat::EVM32Z
            | pat::EVM64X
            | pat::EVM64Y
            | pat::EVM64Z
            | pat::KM8
            | pat::KM16
            | pat::KM32
            | pat::KM64
    )
}

const fn is_plain_reg(p: u8) -> bool {
    matches!(
        p,
        pat::R8
            | pat::R16
            | pat::R32
            | pat::R64
            | pat::SREG
            | pat::CR
            | pat::DR
            | pat::XMM
            | pat::MM
            | pat::ST
            | pat::YMM
            | pat::BND
    )
}

const fn is_imm(p: u8) -> bool {
    matches!(
        p,
        pat::IMM8 | pat::SIMM8 | pat::SIMM16 | pat::IMM16 | pat::IMM32 | pat::IMM64
    )
}

impl Form {
    /// Parses one table row. Panics (a compile error of the table) on malformed input.
    pub const fn parse(operands: &'static str, encoding: &'static str) -> Form {
        let mut f = Form {
            ops: [pat::NONE; 4],
            nops: 0,
            roles: [role::NONE; 4],
            sizes: [0; 4],
            prefixes: [0; 3],
            nprefixes: 0,
            rex_w: false,
            opcode: [0; 3],
            opcode_len: 0,
            modrm: MODRM_NONE,
            plus_r: false,
            suffix: 0,
            nsuffix: 0,
            text: operands,
            kinds: 0,
            rm: 4,
            reg: 4,
            opreg: 4,
            vex: vex::NONE,
            vex_map: 0,
            vex_pp: 0,
            vex_l: 0,
            bcst: 0,
            deco: 0,
            disp8: 0,
            vex_w: 0,
            vvvv: 4,
            is4: 4,
            fwait: false,
            policy: 0,
            features: 0,
        };
        // Operand encodings given explicitly (`RVM:`), as the manual's Op/En column.
        let mut tags = [0u8; 4];
        let mut ntags = 0;
        // Operands.
        let s = operands.as_bytes();
        let mut pos = 0;
        loop {
            let (a, b) = next_word(s, &mut pos, b',');
            if a == b {
                break;
            }
            if f.nops == 4 {
                panic!("too many operands in a form table row");
            }
            // EVEX decorations: `{k}`, `{z}`, `{er}`, `{sae}` and `/mNbcst` after the pattern.
            let mut end = a;
            while end < b && s[end] != b'{' {
                end += 1;
            }
            let mut d = end;
            let word = sub(s, 0, b);
            while d < b {
                let (da, db) = next_word(word, &mut d, b'}');
                if da == db {
                    break;
                }
                f.deco |= match sub(s, da, db) {
                    b"{k" => deco::MASK,
                    b"{z" => deco::ZERO,
                    b"{er" => deco::ER,
                    b"{sae" => deco::SAE,
                    _ => panic!("unknown decoration in a form table row"),
                };
            }
            if end - a > 8 && s[end - 4] == b'b' && s[end - 1] == b't' {
                f.bcst = match s[end - 6] {
                    b'1' => 2,
                    b'3' => 4,
                    _ => 8,
                };
                end -= 8;
            }
            f.ops[f.nops as usize] = parse_pattern(sub(s, a, end));
            f.nops += 1;
        }
        // Encoding.
        let e = encoding.as_bytes();
        let mut pos = 0;
        let mut imms = [0u8; 4];
        let mut nimm = 0;
        let mut rels = [0u8; 2];
        let mut nrel = 0;
        let mut bytes = [0u8; 6];
        let mut nbytes = 0;
        loop {
            let (a, b) = next_word(e, &mut pos, b' ');
            if a == b {
                break;
            }
            // Decided on length and bytes, not by comparing with byte strings (in the const
            // interpreter, a byte-string pattern is a call to `PartialEq::eq`).
            let (c0, c1) = (e[a], if b - a > 1 { e[a + 1] } else { 0 });
            if e[b - 1] == b':' {
                let mut k = a;
                while k + 1 < b {
                    if ntags == 4 {
                        panic!("too many operand encodings in a form table row");
                    }
                    tags[ntags] = e[k];
                    ntags += 1;
                    k += 1;
                }
                continue;
            }
            if c0 == b'{' && c1 == b'n' && b - a == 4 {
                // `{n4}`: the disp8*N scale of an EVEX row whose N is not its memory size.
                f.disp8 = e[a + 2] - b'0';
                continue;
            }
            if c0 == b'{' {
                f.policy |= match sub(e, a, b) {
                    b"{lock}" => policy::LOCK,
                    b"{rep}" => policy::REP,
                    b"{repe}" => policy::REPE,
                    b"{a64}" => policy::A64,
                    b"{vex}" => policy::VEXP,
                    b"{sized}" => policy::SIZED,
                    _ => panic!("unknown prefix policy in a form table encoding"),
                };
                continue;
            }
            if c0 == b'[' {
                // The `.feature` groups: `[avx512f]`, `[avx512f+avx512cd]`.
                let mut k = a + 1;
                while k < b - 1 {
                    let (ga, gb) = next_word(sub(e, 0, b - 1), &mut k, b'+');
                    f.features |= super::feature::bit(sub(e, ga, gb));
                }
                continue;
            }
            if b - a > 5 && c0 == b'E' && e[a + 4] == b'.' {
                parse_vex(&mut f, sub(e, a, b));
                continue;
            }
            if b - a > 4 && (c0 == b'V' || c0 == b'X') && e[a + 3] == b'.' {
                parse_vex(&mut f, sub(e, a, b));
                continue;
            }
            match (b - a, c0, c1) {
                (3, b'i', b's') | (4, b'/', b'i') => {}
                (5, b'R', b'E') => f.rex_w = true,
                (3, b'o', b'1') => {
                    f.prefixes[f.nprefixes as usize] = 0x66;
                    f.nprefixes += 1;
                }
                (2, b'/', b'r') => f.modrm = MODRM_R,
                (2, b'/', d) => f.modrm = d - b'0',
                (_, b'+', _) => f.plus_r = true,
                (2, b'i', z) => {
                    imms[nimm] = match z {
                        b'b' => 1,
                        b'w' => 2,
                        b'd' => 4,
                        _ => 8,
                    };
                    nimm += 1;
                }
                (2, b'c', z) => {
                    rels[nrel] = match z {
                        b'b' => 1,
                        b'w' => 2,
                        _ => 4,
                    };
                    nrel += 1;
                }
                (2, h, l) if f.modrm != MODRM_NONE => {
                    f.suffix = hex(h) * 16 + hex(l);
                    f.nsuffix = 1;
                }
                (2, h, l) => {
                    bytes[nbytes] = hex(h) * 16 + hex(l);
                    nbytes += 1;
                }
                _ => panic!("unknown token in a form table encoding"),
            }
        }
        // A leading 9B before more opcode bytes is FWAIT (`fstsw`), the instruction before the
        // prefixes; leading 66/67/F2/F3 are prefixes; the rest is the opcode.
        let mut i = 0;
        if f.vex == vex::NONE && nbytes > 1 && bytes[0] == 0x9B {
            f.fwait = true;
            i = 1;
        }
        while f.vex == vex::NONE && i + 1 < nbytes && matches!(bytes[i], 0x66 | 0x67 | 0xF2 | 0xF3)
        {
            f.prefixes[f.nprefixes as usize] = bytes[i];
            f.nprefixes += 1;
            i += 1;
        }
        while i < nbytes {
            f.opcode[f.opcode_len as usize] = bytes[i];
            f.opcode_len += 1;
            i += 1;
        }
        if f.vex == vex::EVEX {
            let mut k = 0;
            while k < f.nops as usize {
                f.ops[k] = evex_pattern(f.ops[k]);
                k += 1;
            }
            if f.features == 0 {
                panic!("an EVEX row needs its `.feature` group (`[avx512f]`)");
            }
            if f.vex_l < 2 && f.vex_l != LIG {
                f.features |= super::feature::bit(b"avx512vl");
            }
            if f.vex_l == LIG {
                f.vex_l = 0;
            }
        }
        if ntags != 0 {
            // Roles as written: R = ModRM.reg, M = ModRM.rm, V = VEX.vvvv, I = immediate,
            // S = register in imm8[7:4].
            if ntags != f.nops as usize {
                panic!("operand encodings and operands disagree in a form table row");
            }
            let mut imm_i = 0;
            let mut k = 0;
            while k < ntags {
                f.roles[k] = match tags[k] {
                    b'R' => role::REG,
                    b'M' => role::RM,
                    b'V' => role::VVVV,
                    b'I' => role::IMM,
                    b'S' => role::IS4,
                    _ => panic!("unknown operand encoding in a form table row"),
                };
                if tags[k] == b'I' {
                    f.sizes[k] = imms[imm_i];
                    imm_i += 1;
                }
                if tags[k] == b'S' {
                    f.sizes[k] = 1;
                }
                k += 1;
            }
            if imm_i != nimm {
                panic!("immediate operands and immediate encoding tokens disagree");
            }
            return f.finish_roles();
        }
        if f.vex != vex::NONE {
            panic!("a VEX or XOP form needs its operand encodings (`RVM:`)");
        }
        // Roles, as the manual's Op/En column would give them.
        let mut have_rm = false;
        let mut have_reg = false;
        let mut imm_i = 0;
        let mut rel_i = 0;
        let mut k = 0;
        while k < f.nops as usize {
            let p = f.ops[k];
            if is_rm(p) && !have_rm && f.modrm != MODRM_NONE {
                f.roles[k] = role::RM;
                have_rm = true;
            } else if is_imm(p) {
                f.roles[k] = role::IMM;
                f.sizes[k] = imms[imm_i];
                imm_i += 1;
            } else if matches!(p, pat::REL8 | pat::REL8A | pat::REL32) {
                f.roles[k] = role::REL;
                f.sizes[k] = rels[rel_i];
                rel_i += 1;
            }
            k += 1;
        }
        // Plain registers: +r takes the register; /r gives ModRM.reg to a control/debug/segment
        // register or to the first register, and ModRM.rm to the other when no rm operand exists.
        let mut k = 0;
        while k < f.nops as usize {
            let p = f.ops[k];
            if is_plain_reg(p) && f.roles[k] == role::NONE {
                if f.plus_r {
                    f.roles[k] = role::OPREG;
                } else if f.modrm == MODRM_R && !have_reg {
                    let special = matches!(p, pat::SREG | pat::CR | pat::DR);
                    let other_special = k + 1 < f.nops as usize
                        && matches!(f.ops[k + 1], pat::SREG | pat::CR | pat::DR);
                    if !have_rm && !special && other_special {
                        f.roles[k] = role::RM;
                        have_rm = true;
                    } else {
                        f.roles[k] = role::REG;
                        have_reg = true;
                    }
                } else if f.modrm != MODRM_NONE && !have_rm {
                    f.roles[k] = role::RM;
                    have_rm = true;
                } else {
                    panic!("a register operand has no place in the encoding");
                }
            }
            k += 1;
        }
        if imm_i != nimm || rel_i != nrel {
            panic!("immediate operands and immediate encoding tokens disagree");
        }
        f.finish_roles()
    }

    /// Fills `kinds` and the operand indexes of each role.
    const fn finish_roles(mut self) -> Form {
        let mut k = 0;
        while k < 4 {
            self.kinds |= (pattern_kinds(self.ops[k]) as u32) << (8 * k);
            if k < self.nops as usize {
                match self.roles[k] {
                    role::RM => self.rm = k as u8,
                    role::REG => self.reg = k as u8,
                    role::OPREG => self.opreg = k as u8,
                    role::VVVV => self.vvvv = k as u8,
                    role::IS4 => self.is4 = k as u8,
                    _ => {}
                }
            }
            k += 1;
        }
        self
    }
}

/// `vex_l` of an EVEX `LIG` row while parsing (it encodes as 0, and needs no avx512vl).
const LIG: u8 = 0x80;

/// The EVEX variant of a pattern (see [`pat::EVEX_ONLY`]); the others are shared.
const fn evex_pattern(p: u8) -> u8 {
    match p {
        pat::XMM => pat::EXMM,
        pat::XM8 => pat::EXM8,
        pat::XM16 => pat::EXM16,
        pat::XM32 => pat::EXM32,
        pat::XM64 => pat::EXM64,
        pat::XM128 => pat::EXM128,
        pat::YMM => pat::EYMM,
        pat::YM256 => pat::EYM256,
        pat::M16 => pat::EM16,
        pat::M32 => pat::EM32,
        pat::M64 => pat::EM64,
        pat::M128 => pat::EM128,
        pat::M256 => pat::EM256,
        pat::K => pat::EK,
        pat::VM32X => pat::EVM32X,
        pat::VM32Y => pat::EVM32Y,
        pat::VM64X => pat::EVM64X,
        pat::VM64Y => pat::EVM64Y,
        _ => p,
    }
}

/// Parses `VEX.[NDS.]L.pp.map.W` (or `XOP.L.map.W`) as the manual writes it: L is `128`, `256`,
/// `L0`, `L1`, `LZ` or `LIG`; pp `66`, `F3`, `F2` or absent; map `0F`, `0F38`, `0F3A` (XOP:
/// `08`, `09`, `0A`); W `W0`, `W1` or `WIG`. Ignored fields (`LIG`, `WIG`) encode as 0.
const fn parse_vex(f: &mut Form, w: &[u8]) {
    f.vex = match w[0] {
        b'V' => vex::VEX,
        b'E' => vex::EVEX,
        _ => vex::XOP,
    };
    let mut pos = if f.vex == vex::EVEX { 5 } else { 4 };
    loop {
        let (a, b) = next_word(w, &mut pos, b'.');
        if a == b {
            break;
        }
        match sub(w, a, b) {
            b"NDS" | b"NDD" | b"DDS" | b"128" | b"L0" | b"LZ" | b"W0" | b"WIG" => {}
            b"LIG" => {
                if f.vex == vex::EVEX {
                    f.vex_l = LIG;
                }
            }
            b"256" | b"L1" => f.vex_l = 1,
            b"512" => f.vex_l = 2,
            b"MAP5" => f.vex_map = 5,
            b"MAP6" => f.vex_map = 6,
            b"66" => f.vex_pp = 1,
            b"F3" => f.vex_pp = 2,
            b"F2" => f.vex_pp = 3,
            b"0F" => f.vex_map = 1,
            b"0F38" => f.vex_map = 2,
            b"0F3A" => f.vex_map = 3,
            b"08" => f.vex_map = 8,
            b"09" => f.vex_map = 9,
            // (dynasm-rs 5.1 writes map 0A as map field 10000b, `8F F0` where the manual has
            // `8F EA`, which no CPU decodes; declasm writes 0A: tests/cases/differences.txt.)
            b"0A" => f.vex_map = 0x0A,
            b"W1" => f.vex_w = 1,
            _ => panic!("unknown field in a VEX or XOP encoding"),
        }
    }
    if f.vex_map == 0 {
        panic!("a VEX or XOP encoding without an opcode map");
    }
}

/// The operand kinds pattern `p` may accept (bits `1 << kind`); all kinds for patterns not
/// listed, so that [`matches`] alone decides for them.
const fn pattern_kinds(p: u8) -> u8 {
    const REG: u8 = 1 << kind::REG;
    const MEM: u8 = 1 << kind::MEM;
    const IMM: u8 = 1 << kind::IMM;
    const LABEL: u8 = 1 << kind::LABEL;
    match p {
        pat::NONE => 1 << kind::NONE,
        pat::R8 | pat::R16 | pat::R32 | pat::R64 | pat::AL | pat::AX | pat::EAX | pat::RAX => REG,
        pat::CL | pat::DX | pat::SREG | pat::CR | pat::DR | pat::FS | pat::GS => REG,
        pat::ECX | pat::EDX | pat::XMM | pat::XMM0 | pat::MM | pat::ST | pat::ST0 => REG,
        pat::XM8 | pat::XM16 | pat::XM32 | pat::XM64 | pat::XM128 | pat::MMM32 | pat::MMM64 => {
            REG | MEM
        }
        pat::R32M8 | pat::R64M8 | pat::R32M32 | pat::R64M64 => REG | MEM,
        pat::R64RM | pat::YMM | pat::BND => REG,
        pat::YM256 => REG | MEM,
        pat::VM32X | pat::VM32Y | pat::VM64X | pat::VM64Y => MEM,
        pat::EXMM | pat::EYMM | pat::ZMM | pat::EK | pat::K => REG,
        pat::EXM8 | pat::EXM16 | pat::EXM32 | pat::EXM64 | pat::EXM128 => REG | MEM,
        pat::EYM256 | pat::ZM512 | pat::KM8 | pat::KM16 | pat::KM32 | pat::KM64 => REG | MEM,
        pat::EM16 | pat::EM32 | pat::EM64 | pat::EM128 | pat::EM256 | pat::EM512 => MEM,
        pat::EVM32X | pat::EVM32Y | pat::EVM32Z | pat::EVM64X | pat::EVM64Y | pat::EVM64Z => MEM,
        pat::RM8 | pat::RM16 | pat::RM32 | pat::RM64 | pat::R32M16 | pat::R64M16 => REG | MEM,
        pat::M | pat::M8 | pat::M16 | pat::M32 | pat::M64 | pat::M80 | pat::M128 => MEM,
        pat::M256 | pat::M16_64 => MEM,
        pat::IMM8 | pat::SIMM8 | pat::IMM16 => IMM,
        pat::IMM32 | pat::IMM64 | pat::REL8 | pat::REL32 => IMM | LABEL,
        _ => 0xFF,
    }
}

/// Whether operand `op` is accepted by pattern `p`.
pub const fn matches(p: u8, op: &Op) -> bool {
    let reg = op.kind == kind::REG;
    let gp = reg && (op.class == class::GP || op.class == class::GPH);
    let mem = op.kind == kind::MEM;
    match p {
        pat::NONE => op.kind == kind::NONE,
        pat::R8 => gp && op.size == 1,
        pat::R16 => gp && op.size == 2,
        pat::R32 => gp && op.size == 4,
        pat::R64 => gp && op.size == 8,
        pat::RM8 => (gp && op.size == 1) || mem_size(op, 1),
        pat::RM16 => (gp && op.size == 2) || mem_size(op, 2),
        pat::RM32 => (gp && op.size == 4) || mem_size(op, 4),
        pat::RM64 => (gp && op.size == 8) || mem_size(op, 8),
        // Any memory, and no size keyword (dynasm-rs refuses `lea rax, QWORD [rax]`).
        pat::M => mem && op.mem.index_class == class::GP && op.size == 0,
        pat::M8 => mem_size(op, 1),
        pat::M16 => mem_size(op, 2),
        pat::M32 => mem_size(op, 4),
        pat::M64 => mem_size(op, 8),
        pat::M80 => mem_size(op, 10),
        pat::M128 => mem_size(op, 16),
        pat::M256 => mem_size(op, 32),
        pat::M16_64 => mem_size(op, 2) || mem_size(op, 8),
        pat::R32M16 => (gp && op.size == 4) || mem_size(op, 2),
        pat::R64M16 => (gp && op.size == 8) || mem_size(op, 2),
        pat::AL => gp && op.class == class::GP && op.num == 0 && op.size == 1,
        pat::AX => gp && op.num == 0 && op.size == 2,
        pat::EAX => gp && op.num == 0 && op.size == 4,
        pat::RAX => gp && op.num == 0 && op.size == 8,
        pat::CL => gp && op.class == class::GP && op.num == 1 && op.size == 1,
        pat::ECX => gp && op.num == 1 && op.size == 4,
        pat::EDX => gp && op.num == 2 && op.size == 4,
        pat::DX => gp && op.class == class::GP && op.num == 2 && op.size == 2,
        pat::IMM8 => imm_fits(op, 1),
        pat::SIMM8 => op.kind == kind::IMM && (op.size == 1 || (op.size == 0 && op.lit == 1)),
        pat::IMM16 => imm_fits(op, 2),
        pat::SIMM16 => {
            op.kind == kind::IMM
                && (op.size == 1 || op.size == 2 || (op.size == 0 && (op.lit == 1 || op.lit == 2)))
        }
        // Labels are never 32-bit immediates; any label is an absolute 64-bit immediate.
        pat::IMM32 => imm_fits(op, 4),
        pat::IMM64 => imm_fits(op, 8) || op.kind == kind::LABEL,
        pat::REL8A => imm_fits(op, 1) || (op.kind == kind::LABEL && op.size <= 1),
        pat::REL8 => {
            (op.kind == kind::IMM && (op.size == 1 || (op.size == 0 && op.lit == 1)))
                || (op.kind == kind::LABEL && op.size == 1)
        }
        pat::REL32 => imm_fits(op, 4) || (op.kind == kind::LABEL && op.size <= 4 && op.size != 3),
        // dynasm-rs gives a dynamic segment register (`Rs(n)`) no REX prefix, unlike every other
        // dynamic register: not supported here.
        pat::SREG => reg && op.class == class::SEG && op.num != DYN,
        pat::FS => reg && op.class == class::SEG && op.num == 4,
        pat::GS => reg && op.class == class::SEG && op.num == 5,
        pat::CR => reg && op.class == class::CR,
        pat::DR => reg && op.class == class::DR,
        pat::XMM => reg && op.class == class::XMM,
        pat::XMM0 => reg && op.class == class::XMM && op.num == 0,
        pat::XM8 => (reg && op.class == class::XMM) || mem_size(op, 1),
        pat::XM16 => (reg && op.class == class::XMM) || mem_size(op, 2),
        pat::XM32 => (reg && op.class == class::XMM) || mem_size(op, 4),
        pat::XM64 => (reg && op.class == class::XMM) || mem_size(op, 8),
        pat::XM128 => (reg && op.class == class::XMM) || mem_size(op, 16),
        pat::MM => reg && op.class == class::MMX,
        pat::MMM32 => (reg && op.class == class::MMX) || mem_size(op, 4),
        pat::MMM64 => (reg && op.class == class::MMX) || mem_size(op, 8),
        pat::ST => reg && op.class == class::ST,
        pat::ST0 => reg && op.class == class::ST && op.num == 0,
        pat::R32M8 => (gp && op.size == 4) || mem_size(op, 1),
        pat::R64M8 => (gp && op.size == 8) || mem_size(op, 1),
        pat::R32M32 => (gp && op.size == 4) || mem_size(op, 4),
        pat::R64M64 => (gp && op.size == 8) || mem_size(op, 8),
        pat::R64RM => gp && op.size == 8,
        pat::YMM => reg && op.class == class::YMM,
        pat::BND => reg && op.class == class::BND,
        pat::YM256 => (reg && op.class == class::YMM) || mem_size(op, 32),
        pat::VM32X | pat::VM64X => vsib_size(op, class::XMM, p == pat::VM32X),
        pat::VM32Y | pat::VM64Y => vsib_size(op, class::YMM, p == pat::VM32Y),
        pat::EXMM => reg && op.class == class::XMM,
        pat::EXM8 => (reg && op.class == class::XMM) || mem_size(op, 1),
        pat::EXM16 => (reg && op.class == class::XMM) || mem_size(op, 2),
        pat::EXM32 => (reg && op.class == class::XMM) || mem_size(op, 4),
        pat::EXM64 => (reg && op.class == class::XMM) || mem_size(op, 8),
        pat::EXM128 => (reg && op.class == class::XMM) || mem_size(op, 16),
        pat::EYMM => reg && op.class == class::YMM,
        pat::EYM256 => (reg && op.class == class::YMM) || mem_size(op, 32),
        pat::ZMM => reg && op.class == class::ZMM,
        pat::ZM512 => (reg && op.class == class::ZMM) || mem_size(op, 64),
        pat::EM16 => mem_size(op, 2),
        pat::EM32 => mem_size(op, 4),
        pat::EM64 => mem_size(op, 8),
        pat::EM128 => mem_size(op, 16),
        pat::EM256 => mem_size(op, 32),
        pat::EM512 => mem_size(op, 64),
        pat::EK | pat::K => reg && op.class == class::K,
        pat::KM8 => (reg && op.class == class::K) || mem_size(op, 1),
        pat::KM16 => (reg && op.class == class::K) || mem_size(op, 2),
        pat::KM32 => (reg && op.class == class::K) || mem_size(op, 4),
        pat::KM64 => (reg && op.class == class::K) || mem_size(op, 8),
        pat::EVM32X | pat::EVM64X => evex_vsib(op, class::XMM),
        pat::EVM32Y | pat::EVM64Y => evex_vsib(op, class::YMM),
        pat::EVM32Z | pat::EVM64Z => evex_vsib(op, class::ZMM),
        _ => false,
    }
}

/// Memory of the given size (or of no size keyword), with a general-purpose index if any.
const fn mem_size(op: &Op, size: u8) -> bool {
    op.kind == kind::MEM && op.mem.index_class == class::GP && (op.size == 0 || op.size == size)
}

/// VSIB memory with an index of register class `index`: elements of 32 bits (`DWORD` or no
/// size keyword) or 64 bits (`QWORD` or none).
const fn vsib_size(op: &Op, index: u8, dword: bool) -> bool {
    op.kind == kind::MEM
        && op.mem.index_class == index
        && (op.size == 0 || op.size == if dword { 4 } else { 8 })
}

/// EVEX VSIB memory with an index of register class `index`; the size keyword, if any, is the
/// total data size (16, 32 or 64 bytes: the form's other operand decides, as llvm-mc spells it).
const fn evex_vsib(op: &Op, index: u8) -> bool {
    op.kind == kind::MEM
        && op.mem.index_class == index
        && (op.size == 0 || op.size == 8 || op.size == 16 || op.size == 32 || op.size == 64)
}

const fn imm_fits(op: &Op, size: u8) -> bool {
    op.kind == kind::IMM && op.size <= size && op.lit <= size
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x64::operand::{class, label, Mem, Op, DYN};

    /// Every operand the front end can build, of every class, size and shape: registers
    /// (static and dynamic), memory (sized or not, general-purpose and vector indexes, decorated,
    /// broadcast), immediates (with and without a size keyword, literal or not) and labels.
    fn operands() -> Vec<Op> {
        let sizes = [0u8, 1, 2, 4, 8, 10, 16, 32, 64];
        let mut ops = Vec::new();
        for c in 0..=class::K {
            for &s in &sizes {
                for num in 0..32 {
                    ops.push(Op::reg(c, s, num));
                }
                ops.push(crate::x64::operand::dynreg(c, s));
            }
        }
        for &kw in &sizes {
            let plain = Mem::new(false, 0).reg(class::GP, 8, 0, 1, true);
            let dynamic = Mem::new(false, 0).reg(class::GP, 8, DYN, 1, true);
            let mut mems = vec![plain, dynamic, Mem::label(label::GLOBAL)];
            for vc in [class::XMM, class::YMM, class::ZMM] {
                mems.push(plain.reg(vc, 16, 1, 4, false));
            }
            for m in mems {
                let op = crate::x64::operand::mem(kw as u32, m);
                ops.push(op);
                for bcst in [0u32, 2, 4, 8, 16] {
                    for d in [0u32, 1 << 8, 1 << 8 | 1 << 11] {
                        ops.push(op.deco(kw as u32 | d | bcst << 12));
                    }
                }
            }
            ops.push(crate::x64::operand::imm(kw));
            for v in [0u128, 1, 0x80, 0x8000, 0x8000_0000, 1 << 40] {
                ops.push(crate::x64::operand::imm_lit(kw, v, "1"));
                ops.push(crate::x64::operand::imm_neg(kw, -(v as i128), "1"));
            }
            for l in [
                label::GLOBAL,
                label::FORWARD,
                label::BACKWARD,
                label::DYNAMIC,
                label::EXTERN,
            ] {
                ops.push(crate::x64::operand::label(kw, l));
            }
        }
        ops
    }

    /// `Mnemonic::by_size` may only leave out forms that cannot take the operand: a pattern an
    /// operand of 1, 2, 4 or 8 bytes matches must list that size in `pattern_sizes`.
    #[test]
    fn pattern_sizes_cover_every_match() {
        let mut checked = 0;
        for op in operands() {
            let slot = SIZE_SLOT[op.size as usize];
            if slot == 4 {
                continue;
            }
            for p in 0..pat::COUNT {
                if (op.pats >> p) & 1 != 0 {
                    assert!(
                        (pattern_sizes(p) >> slot) & 1 != 0,
                        "pattern {p} takes {op:?} of {} bytes",
                        op.size
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// The size filter selects the form the unfiltered search selects, for every mnemonic and
    /// every pair of operands built above (a form the filter drops is one the search would have
    /// passed over).
    #[test]
    fn size_filter_keeps_the_first_match() {
        let ops = operands();
        let sample: Vec<Op> = ops.iter().step_by(97).copied().collect();
        let mut compared = 0;
        for m in crate::x64::mnemonics::TABLE.iter() {
            for a in &sample {
                for b in &sample {
                    let key = a.kind as usize * 5 + b.kind as usize;
                    let filtered = m.index[key]
                        & m.by_size[0][SIZE_SLOT[a.size as usize] as usize]
                        & m.by_size[1][SIZE_SLOT[b.size as usize] as usize];
                    let first = |cand: u64| {
                        (0..m.forms.len().min(64)).find(|&k| {
                            (cand >> k) & 1 != 0
                                && (a.pats >> m.forms[k].ops[0]) & (b.pats >> m.forms[k].ops[1]) & 1
                                    != 0
                        })
                    };
                    assert_eq!(
                        first(filtered),
                        first(m.index[key]),
                        "{} {a:?} {b:?}",
                        m.name
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 1_000_000, "{compared}");
    }
}
