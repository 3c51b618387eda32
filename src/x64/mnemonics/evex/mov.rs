//! EVEX moves, broadcasts, inserts and extracts, permutes, blends, compress/expand, gathers and
//! scatters, and the (VEX-encoded) opmask instructions. (EVEX rows: see mod.rs.)
//!
//! Rows follow the Intel SDM's opcode tables, checked against llvm-mc 14 (which encoding it
//! chooses, W and L'L as it sets them). Notes:
//! - A masked store or extract to memory takes `{k}` only; the register destination of the same
//!   opcode (`vextractf32x4 xmm{k}{z}, zmm, imm8`, `vcompressps xmm{k}{z}, xmm`) is its own row.
//!   The `MR` register forms of the full moves (`vmovaps xmm/m128{k}{z}, xmm` with a register,
//!   opcode 29) are never chosen by llvm-mc (it uses the `RM` load opcode), so they have no row.
//! - `vmovss`/`vmovsd xmm{k}{z}, xmm, xmm` is the `10 /r` form (as the VEX table).
//! - `vpextrb`/`vpextrw` take a 64-bit register as the VEX rows do (llvm-mc: same bytes, W0).
//!   llvm-mc also takes `vextractps r64`, `vpinsrb`/`vpinsrw` with r64 (encoded as r32) and
//!   `vmovd` with r64 (= `vmovq`); the VEX tables have none of them, so an EVEX row would make
//!   xmm0-15 statements EVEX where llvm-mc encodes VEX: not here. llvm-mc refuses `vpextrd r64`.
//! - `vmovq` loads and stores of memory are `F3 7E` and `66 D6` (llvm-mc; GNU as encodes
//!   `66 6E`/`66 7E` W1, the GP forms), so `vmovq xmm, r64` and `vmovq r64, xmm` take registers
//!   only here.
//! - VSIB patterns are the SDM's (`vm32x` .. `vm64z`: index size and index register), e.g.
//!   `vgatherdpd zmm{k}, vm32y`; the memory keyword is the total data size, as llvm-mc prints it.
//! - Compress/expand memory and gathers/scatters are Tuple1 Scalar: disp8*N with N the element
//!   size (4 or 8; 1 and 2 for `vpcompressb/w`, `vpexpandb/w`), not the memory size: the
//!   compress/expand rows say it (`{n4}`), the encoder knows it for VSIB.
#![allow(missing_docs)]
#[allow(unused_imports)]
use super::super::{Form, Mnemonic};

// Full-vector moves: `name "pp.map.W" "load" "store" "group"`; the load is `RM` (write mask and
// zeroing), the store `MR` to memory (write mask).
macro_rules! evex_mov {
    ($($name:ident $enc:literal $ld:literal $st:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128" => concat!("RM: EVEX.128.", $enc, " ", $ld, " /r [", $g, "]"),
                "ymm{k}{z}, ymm/m256" => concat!("RM: EVEX.256.", $enc, " ", $ld, " /r [", $g, "]"),
                "zmm{k}{z}, zmm/m512" => concat!("RM: EVEX.512.", $enc, " ", $ld, " /r [", $g, "]"),
                "m128{k}, xmm" => concat!("MR: EVEX.128.", $enc, " ", $st, " /r [", $g, "]"),
                "m256{k}, ymm" => concat!("MR: EVEX.256.", $enc, " ", $st, " /r [", $g, "]"),
                "m512{k}, zmm" => concat!("MR: EVEX.512.", $enc, " ", $st, " /r [", $g, "]"),
            })*
        }
    };
}

evex_mov! {
    vmovaps "0F.W0" "28" "29" "avx512f",
    vmovapd "66.0F.W1" "28" "29" "avx512f",
    vmovups "0F.W0" "10" "11" "avx512f",
    vmovupd "66.0F.W1" "10" "11" "avx512f",
    vmovdqa32 "66.0F.W0" "6F" "7F" "avx512f",
    vmovdqa64 "66.0F.W1" "6F" "7F" "avx512f",
    vmovdqu8 "F2.0F.W0" "6F" "7F" "avx512bw",
    vmovdqu16 "F2.0F.W1" "6F" "7F" "avx512bw",
    vmovdqu32 "F3.0F.W0" "6F" "7F" "avx512f",
    vmovdqu64 "F3.0F.W1" "6F" "7F" "avx512f",
}

// Non-temporal stores (no mask): `name "pp.map.W opcode"`.
macro_rules! evex_movnt {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "m128, xmm" => concat!("MR: EVEX.128.", $enc, " /r [avx512f]"),
                "m256, ymm" => concat!("MR: EVEX.256.", $enc, " /r [avx512f]"),
                "m512, zmm" => concat!("MR: EVEX.512.", $enc, " /r [avx512f]"),
            })*
        }
    };
}

evex_movnt! {
    vmovntps "0F.W0 2B",
    vmovntpd "66.0F.W1 2B",
    vmovntdq "66.0F.W0 E7",
}

// Two operands, `xmm{k}{z}, xmm/m128` .. `zmm{k}{z}, zmm/m512` (no broadcast):
// `name "pp.map.W opcode" "group"`.
macro_rules! evex_rm {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm/m256" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm/m512" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

evex_rm! {
    vmovshdup "F3.0F.W0 16" "avx512f",
    vmovsldup "F3.0F.W0 12" "avx512f",
}

// Expand loads: memory is Tuple1 Scalar, disp8*N with N the element size (`{nN}`):
// `name "pp.map.W opcode" "{nN}" "group"`.
macro_rules! evex_expand {
    ($($name:ident $enc:literal $n:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128" => concat!("RM: EVEX.128.", $enc, " /r ", $n, " [", $g, "]"),
                "ymm{k}{z}, ymm/m256" => concat!("RM: EVEX.256.", $enc, " /r ", $n, " [", $g, "]"),
                "zmm{k}{z}, zmm/m512" => concat!("RM: EVEX.512.", $enc, " /r ", $n, " [", $g, "]"),
            })*
        }
    };
}

evex_expand! {
    vexpandps "66.0F38.W0 88" "{n4}" "avx512f",
    vexpandpd "66.0F38.W1 88" "{n8}" "avx512f",
    vpexpandd "66.0F38.W0 89" "{n4}" "avx512f",
    vpexpandq "66.0F38.W1 89" "{n8}" "avx512f",
    vpexpandb "66.0F38.W0 62" "{n1}" "avx512vbmi2",
    vpexpandw "66.0F38.W1 62" "{n2}" "avx512vbmi2",
}

// Compress stores: the destination is ModRM.rm, a register (write mask, zeroing) or memory
// (write mask; Tuple1 Scalar): `name "pp.map.W opcode" "group"`.
macro_rules! evex_compress {
    ($($name:ident $enc:literal $n:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm" => concat!("MR: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm" => concat!("MR: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm" => concat!("MR: EVEX.512.", $enc, " /r [", $g, "]"),
                "m128{k}, xmm" => concat!("MR: EVEX.128.", $enc, " /r ", $n, " [", $g, "]"),
                "m256{k}, ymm" => concat!("MR: EVEX.256.", $enc, " /r ", $n, " [", $g, "]"),
                "m512{k}, zmm" => concat!("MR: EVEX.512.", $enc, " /r ", $n, " [", $g, "]"),
            })*
        }
    };
}

evex_compress! {
    vcompressps "66.0F38.W0 8A" "{n4}" "avx512f",
    vcompresspd "66.0F38.W1 8A" "{n8}" "avx512f",
    vpcompressd "66.0F38.W0 8B" "{n4}" "avx512f",
    vpcompressq "66.0F38.W1 8B" "{n8}" "avx512f",
    vpcompressb "66.0F38.W0 63" "{n1}" "avx512vbmi2",
    vpcompressw "66.0F38.W1 63" "{n2}" "avx512vbmi2",
}

// Three operands, `xmm{k}{z}, xmm, xmm/m128[/mNNbcst]` .. zmm. `name "b32"|"b64"|"nob"
// "pp.map.W opcode" "group"` (b32, b64: broadcast of 32- or 64-bit elements; nob: none).
macro_rules! evex_rvm {
    ($($name:ident $b:tt $enc:literal $g:literal),* $(,)?) => {
        $(evex_rvm!(@one $name $b $enc $g);)*
    };
    (@one $name:ident "b32" $enc:literal $g:literal) => {
        forms! {
            $name {
                "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            }
        }
    };
    (@one $name:ident "b64" $enc:literal $g:literal) => {
        forms! {
            $name {
                "xmm{k}{z}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m64bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            }
        }
    };
    (@one $name:ident "nob" $enc:literal $g:literal) => {
        forms! {
            $name {
                "xmm{k}{z}, xmm, xmm/m128" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            }
        }
    };
}

evex_rvm! {
    // Two-table permutes: the index in the destination (i2) or the first source (t2).
    vpermi2b "nob" "66.0F38.W0 75" "avx512vbmi",
    vpermi2w "nob" "66.0F38.W1 75" "avx512bw",
    vpermi2d "b32" "66.0F38.W0 76" "avx512f",
    vpermi2q "b64" "66.0F38.W1 76" "avx512f",
    vpermi2ps "b32" "66.0F38.W0 77" "avx512f",
    vpermi2pd "b64" "66.0F38.W1 77" "avx512f",
    vpermt2b "nob" "66.0F38.W0 7D" "avx512vbmi",
    vpermt2w "nob" "66.0F38.W1 7D" "avx512bw",
    vpermt2d "b32" "66.0F38.W0 7E" "avx512f",
    vpermt2q "b64" "66.0F38.W1 7E" "avx512f",
    vpermt2ps "b32" "66.0F38.W0 7F" "avx512f",
    vpermt2pd "b64" "66.0F38.W1 7F" "avx512f",
    // One-table permutes of bytes and words (vpermd .. vpermpd: 256 and 512 only, below).
    vpermb "nob" "66.0F38.W0 8D" "avx512vbmi",
    vpermw "nob" "66.0F38.W1 8D" "avx512bw",
    // Blends under the write mask.
    vblendmps "b32" "66.0F38.W0 65" "avx512f",
    vblendmpd "b64" "66.0F38.W1 65" "avx512f",
    vpblendmb "nob" "66.0F38.W0 66" "avx512bw",
    vpblendmw "nob" "66.0F38.W1 66" "avx512bw",
    vpblendmd "b32" "66.0F38.W0 64" "avx512f",
    vpblendmq "b64" "66.0F38.W1 64" "avx512f",
}

forms! {
    // Scalar moves.
    vmovss {
        "xmm{k}{z}, xmm, xmm" => "RVM: EVEX.LIG.F3.0F.W0 10 /r [avx512f]",
        "xmm{k}{z}, m32" => "RM: EVEX.LIG.F3.0F.W0 10 /r [avx512f]",
        "m32{k}, xmm" => "MR: EVEX.LIG.F3.0F.W0 11 /r [avx512f]",
    }
    vmovsd {
        "xmm{k}{z}, xmm, xmm" => "RVM: EVEX.LIG.F2.0F.W1 10 /r [avx512f]",
        "xmm{k}{z}, m64" => "RM: EVEX.LIG.F2.0F.W1 10 /r [avx512f]",
        "m64{k}, xmm" => "MR: EVEX.LIG.F2.0F.W1 11 /r [avx512f]",
    }
    vmovd {
        "xmm, r32/m32" => "RM: EVEX.128.66.0F.W0 6E /r [avx512f]",
        "r32/m32, xmm" => "MR: EVEX.128.66.0F.W0 7E /r [avx512f]",
    }
    /// As the VEX rows: xmm and loads `F3 7E`, stores `66 D6`, GP registers `66 6E/7E`.
    vmovq {
        "xmm, xmm/m64" => "RM: EVEX.128.F3.0F.W1 7E /r [avx512f]",
        "m64, xmm" => "MR: EVEX.128.66.0F.W1 D6 /r [avx512f]",
        "xmm, r64" => "RM: EVEX.128.66.0F.W1 6E /r [avx512f]",
        "r64, xmm" => "MR: EVEX.128.66.0F.W1 7E /r [avx512f]",
    }

    // Half moves: the load merges with the second operand.
    vmovhps {
        "xmm, xmm, m64" => "RVM: EVEX.128.0F.W0 16 /r [avx512f]",
        "m64, xmm" => "MR: EVEX.128.0F.W0 17 /r [avx512f]",
    }
    vmovlps {
        "xmm, xmm, m64" => "RVM: EVEX.128.0F.W0 12 /r [avx512f]",
        "m64, xmm" => "MR: EVEX.128.0F.W0 13 /r [avx512f]",
    }
    vmovhpd {
        "xmm, xmm, m64" => "RVM: EVEX.128.66.0F.W1 16 /r [avx512f]",
        "m64, xmm" => "MR: EVEX.128.66.0F.W1 17 /r [avx512f]",
    }
    vmovlpd {
        "xmm, xmm, m64" => "RVM: EVEX.128.66.0F.W1 12 /r [avx512f]",
        "m64, xmm" => "MR: EVEX.128.66.0F.W1 13 /r [avx512f]",
    }
    vmovhlps { "xmm, xmm, xmm" => "RVM: EVEX.128.0F.W0 12 /r [avx512f]" }
    vmovlhps { "xmm, xmm, xmm" => "RVM: EVEX.128.0F.W0 16 /r [avx512f]" }

    vmovntdqa {
        "xmm, m128" => "RM: EVEX.128.66.0F38.W0 2A /r [avx512f]",
        "ymm, m256" => "RM: EVEX.256.66.0F38.W0 2A /r [avx512f]",
        "zmm, m512" => "RM: EVEX.512.66.0F38.W0 2A /r [avx512f]",
    }
    /// The 128-bit form reads 64 bits (Tuple DUP: disp8*N with N = 8, 32, 64).
    vmovddup {
        "xmm{k}{z}, xmm/m64" => "RM: EVEX.128.F2.0F.W1 12 /r [avx512f]",
        "ymm{k}{z}, ymm/m256" => "RM: EVEX.256.F2.0F.W1 12 /r [avx512f]",
        "zmm{k}{z}, zmm/m512" => "RM: EVEX.512.F2.0F.W1 12 /r [avx512f]",
    }

    // Broadcasts of one element.
    vbroadcastss {
        "xmm{k}{z}, xmm/m32" => "RM: EVEX.128.66.0F38.W0 18 /r [avx512f]",
        "ymm{k}{z}, xmm/m32" => "RM: EVEX.256.66.0F38.W0 18 /r [avx512f]",
        "zmm{k}{z}, xmm/m32" => "RM: EVEX.512.66.0F38.W0 18 /r [avx512f]",
    }
    vbroadcastsd {
        "ymm{k}{z}, xmm/m64" => "RM: EVEX.256.66.0F38.W1 19 /r [avx512f]",
        "zmm{k}{z}, xmm/m64" => "RM: EVEX.512.66.0F38.W1 19 /r [avx512f]",
    }
    vpbroadcastb {
        "xmm{k}{z}, xmm/m8" => "RM: EVEX.128.66.0F38.W0 78 /r [avx512bw]",
        "ymm{k}{z}, xmm/m8" => "RM: EVEX.256.66.0F38.W0 78 /r [avx512bw]",
        "zmm{k}{z}, xmm/m8" => "RM: EVEX.512.66.0F38.W0 78 /r [avx512bw]",
        "xmm{k}{z}, r32" => "RM: EVEX.128.66.0F38.W0 7A /r [avx512bw]",
        "ymm{k}{z}, r32" => "RM: EVEX.256.66.0F38.W0 7A /r [avx512bw]",
        "zmm{k}{z}, r32" => "RM: EVEX.512.66.0F38.W0 7A /r [avx512bw]",
    }
    vpbroadcastw {
        "xmm{k}{z}, xmm/m16" => "RM: EVEX.128.66.0F38.W0 79 /r [avx512bw]",
        "ymm{k}{z}, xmm/m16" => "RM: EVEX.256.66.0F38.W0 79 /r [avx512bw]",
        "zmm{k}{z}, xmm/m16" => "RM: EVEX.512.66.0F38.W0 79 /r [avx512bw]",
        "xmm{k}{z}, r32" => "RM: EVEX.128.66.0F38.W0 7B /r [avx512bw]",
        "ymm{k}{z}, r32" => "RM: EVEX.256.66.0F38.W0 7B /r [avx512bw]",
        "zmm{k}{z}, r32" => "RM: EVEX.512.66.0F38.W0 7B /r [avx512bw]",
    }
    vpbroadcastd {
        "xmm{k}{z}, xmm/m32" => "RM: EVEX.128.66.0F38.W0 58 /r [avx512f]",
        "ymm{k}{z}, xmm/m32" => "RM: EVEX.256.66.0F38.W0 58 /r [avx512f]",
        "zmm{k}{z}, xmm/m32" => "RM: EVEX.512.66.0F38.W0 58 /r [avx512f]",
        "xmm{k}{z}, r32" => "RM: EVEX.128.66.0F38.W0 7C /r [avx512f]",
        "ymm{k}{z}, r32" => "RM: EVEX.256.66.0F38.W0 7C /r [avx512f]",
        "zmm{k}{z}, r32" => "RM: EVEX.512.66.0F38.W0 7C /r [avx512f]",
    }
    vpbroadcastq {
        "xmm{k}{z}, xmm/m64" => "RM: EVEX.128.66.0F38.W1 59 /r [avx512f]",
        "ymm{k}{z}, xmm/m64" => "RM: EVEX.256.66.0F38.W1 59 /r [avx512f]",
        "zmm{k}{z}, xmm/m64" => "RM: EVEX.512.66.0F38.W1 59 /r [avx512f]",
        "xmm{k}{z}, r64" => "RM: EVEX.128.66.0F38.W1 7C /r [avx512f]",
        "ymm{k}{z}, r64" => "RM: EVEX.256.66.0F38.W1 7C /r [avx512f]",
        "zmm{k}{z}, r64" => "RM: EVEX.512.66.0F38.W1 7C /r [avx512f]",
    }

    // Broadcasts of a pair, or of a 128- or 256-bit block.
    vbroadcastf32x2 {
        "ymm{k}{z}, xmm/m64" => "RM: EVEX.256.66.0F38.W0 19 /r [avx512dq]",
        "zmm{k}{z}, xmm/m64" => "RM: EVEX.512.66.0F38.W0 19 /r [avx512dq]",
    }
    vbroadcasti32x2 {
        "xmm{k}{z}, xmm/m64" => "RM: EVEX.128.66.0F38.W0 59 /r [avx512dq]",
        "ymm{k}{z}, xmm/m64" => "RM: EVEX.256.66.0F38.W0 59 /r [avx512dq]",
        "zmm{k}{z}, xmm/m64" => "RM: EVEX.512.66.0F38.W0 59 /r [avx512dq]",
    }
    vbroadcastf32x4 {
        "ymm{k}{z}, m128" => "RM: EVEX.256.66.0F38.W0 1A /r [avx512f]",
        "zmm{k}{z}, m128" => "RM: EVEX.512.66.0F38.W0 1A /r [avx512f]",
    }
    vbroadcastf64x2 {
        "ymm{k}{z}, m128" => "RM: EVEX.256.66.0F38.W1 1A /r [avx512dq]",
        "zmm{k}{z}, m128" => "RM: EVEX.512.66.0F38.W1 1A /r [avx512dq]",
    }
    vbroadcastf32x8 { "zmm{k}{z}, m256" => "RM: EVEX.512.66.0F38.W0 1B /r [avx512dq]" }
    vbroadcastf64x4 { "zmm{k}{z}, m256" => "RM: EVEX.512.66.0F38.W1 1B /r [avx512f]" }
    vbroadcasti32x4 {
        "ymm{k}{z}, m128" => "RM: EVEX.256.66.0F38.W0 5A /r [avx512f]",
        "zmm{k}{z}, m128" => "RM: EVEX.512.66.0F38.W0 5A /r [avx512f]",
    }
    vbroadcasti64x2 {
        "ymm{k}{z}, m128" => "RM: EVEX.256.66.0F38.W1 5A /r [avx512dq]",
        "zmm{k}{z}, m128" => "RM: EVEX.512.66.0F38.W1 5A /r [avx512dq]",
    }
    vbroadcasti32x8 { "zmm{k}{z}, m256" => "RM: EVEX.512.66.0F38.W0 5B /r [avx512dq]" }
    vbroadcasti64x4 { "zmm{k}{z}, m256" => "RM: EVEX.512.66.0F38.W1 5B /r [avx512f]" }

    // 128- and 256-bit block inserts.
    vinsertf32x4 {
        "ymm{k}{z}, ymm, xmm/m128, imm8" => "RVMI: EVEX.256.66.0F3A.W0 18 /r ib [avx512f]",
        "zmm{k}{z}, zmm, xmm/m128, imm8" => "RVMI: EVEX.512.66.0F3A.W0 18 /r ib [avx512f]",
    }
    vinsertf64x2 {
        "ymm{k}{z}, ymm, xmm/m128, imm8" => "RVMI: EVEX.256.66.0F3A.W1 18 /r ib [avx512dq]",
        "zmm{k}{z}, zmm, xmm/m128, imm8" => "RVMI: EVEX.512.66.0F3A.W1 18 /r ib [avx512dq]",
    }
    vinsertf32x8 {
        "zmm{k}{z}, zmm, ymm/m256, imm8" => "RVMI: EVEX.512.66.0F3A.W0 1A /r ib [avx512dq]",
    }
    vinsertf64x4 {
        "zmm{k}{z}, zmm, ymm/m256, imm8" => "RVMI: EVEX.512.66.0F3A.W1 1A /r ib [avx512f]",
    }
    vinserti32x4 {
        "ymm{k}{z}, ymm, xmm/m128, imm8" => "RVMI: EVEX.256.66.0F3A.W0 38 /r ib [avx512f]",
        "zmm{k}{z}, zmm, xmm/m128, imm8" => "RVMI: EVEX.512.66.0F3A.W0 38 /r ib [avx512f]",
    }
    vinserti64x2 {
        "ymm{k}{z}, ymm, xmm/m128, imm8" => "RVMI: EVEX.256.66.0F3A.W1 38 /r ib [avx512dq]",
        "zmm{k}{z}, zmm, xmm/m128, imm8" => "RVMI: EVEX.512.66.0F3A.W1 38 /r ib [avx512dq]",
    }
    vinserti32x8 {
        "zmm{k}{z}, zmm, ymm/m256, imm8" => "RVMI: EVEX.512.66.0F3A.W0 3A /r ib [avx512dq]",
    }
    vinserti64x4 {
        "zmm{k}{z}, zmm, ymm/m256, imm8" => "RVMI: EVEX.512.66.0F3A.W1 3A /r ib [avx512f]",
    }

    // 128- and 256-bit block extracts: to a register (mask, zeroing) or memory (mask).
    vextractf32x4 {
        "xmm{k}{z}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 19 /r ib [avx512f]",
        "m128{k}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 19 /r ib [avx512f]",
        "xmm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 19 /r ib [avx512f]",
        "m128{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 19 /r ib [avx512f]",
    }
    vextractf64x2 {
        "xmm{k}{z}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W1 19 /r ib [avx512dq]",
        "m128{k}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W1 19 /r ib [avx512dq]",
        "xmm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 19 /r ib [avx512dq]",
        "m128{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 19 /r ib [avx512dq]",
    }
    vextractf32x8 {
        "ymm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 1B /r ib [avx512dq]",
        "m256{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 1B /r ib [avx512dq]",
    }
    vextractf64x4 {
        "ymm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 1B /r ib [avx512f]",
        "m256{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 1B /r ib [avx512f]",
    }
    vextracti32x4 {
        "xmm{k}{z}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 39 /r ib [avx512f]",
        "m128{k}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 39 /r ib [avx512f]",
        "xmm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 39 /r ib [avx512f]",
        "m128{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 39 /r ib [avx512f]",
    }
    vextracti64x2 {
        "xmm{k}{z}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W1 39 /r ib [avx512dq]",
        "m128{k}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W1 39 /r ib [avx512dq]",
        "xmm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 39 /r ib [avx512dq]",
        "m128{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 39 /r ib [avx512dq]",
    }
    vextracti32x8 {
        "ymm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 3B /r ib [avx512dq]",
        "m256{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 3B /r ib [avx512dq]",
    }
    vextracti64x4 {
        "ymm{k}{z}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 3B /r ib [avx512f]",
        "m256{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W1 3B /r ib [avx512f]",
    }

    // Element inserts and extracts (no mask).
    vinsertps { "xmm, xmm, xmm/m32, imm8" => "RVMI: EVEX.128.66.0F3A.W0 21 /r ib [avx512f]" }
    vextractps { "r32/m32, xmm, imm8" => "MRI: EVEX.128.66.0F3A.WIG 17 /r ib [avx512f]" }
    vpinsrb { "xmm, xmm, r32/m8, imm8" => "RVMI: EVEX.128.66.0F3A.WIG 20 /r ib [avx512bw]" }
    vpinsrw { "xmm, xmm, r32m16, imm8" => "RVMI: EVEX.128.66.0F.WIG C4 /r ib [avx512bw]" }
    vpinsrd { "xmm, xmm, r32/m32, imm8" => "RVMI: EVEX.128.66.0F3A.W0 22 /r ib [avx512dq]" }
    vpinsrq { "xmm, xmm, r64/m64, imm8" => "RVMI: EVEX.128.66.0F3A.W1 22 /r ib [avx512dq]" }
    vpextrb {
        "r32/m8, xmm, imm8" => "MRI: EVEX.128.66.0F3A.WIG 14 /r ib [avx512bw]",
        "r64, xmm, imm8" => "MRI: EVEX.128.66.0F3A.WIG 14 /r ib [avx512bw]",
    }
    /// A register destination is the `C5` form, memory the `0F3A 15` one (as llvm-mc).
    vpextrw {
        "r32, xmm, imm8" => "RMI: EVEX.128.66.0F.WIG C5 /r ib [avx512bw]",
        "r64, xmm, imm8" => "RMI: EVEX.128.66.0F.WIG C5 /r ib [avx512bw]",
        "m16, xmm, imm8" => "MRI: EVEX.128.66.0F3A.WIG 15 /r ib [avx512bw]",
    }
    vpextrd { "r32/m32, xmm, imm8" => "MRI: EVEX.128.66.0F3A.W0 16 /r ib [avx512dq]" }
    vpextrq { "r64/m64, xmm, imm8" => "MRI: EVEX.128.66.0F3A.W1 16 /r ib [avx512dq]" }

    // Permutes across the whole vector (256 and 512 only).
    vpermd {
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => "RVM: EVEX.256.66.0F38.W0 36 /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => "RVM: EVEX.512.66.0F38.W0 36 /r [avx512f]",
    }
    vpermps {
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => "RVM: EVEX.256.66.0F38.W0 16 /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => "RVM: EVEX.512.66.0F38.W0 16 /r [avx512f]",
    }
    vpermq {
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => "RVM: EVEX.256.66.0F38.W1 36 /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst" => "RVM: EVEX.512.66.0F38.W1 36 /r [avx512f]",
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => "RMI: EVEX.256.66.0F3A.W1 00 /r ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m64bcst, imm8" => "RMI: EVEX.512.66.0F3A.W1 00 /r ib [avx512f]",
    }
    vpermpd {
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => "RVM: EVEX.256.66.0F38.W1 16 /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst" => "RVM: EVEX.512.66.0F38.W1 16 /r [avx512f]",
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => "RMI: EVEX.256.66.0F3A.W1 01 /r ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m64bcst, imm8" => "RMI: EVEX.512.66.0F3A.W1 01 /r ib [avx512f]",
    }

    // Permutes inside 128-bit lanes: by a vector (RVM) or by imm8 (RMI).
    vpermilps {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => "RVM: EVEX.128.66.0F38.W0 0C /r [avx512f]",
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => "RVM: EVEX.256.66.0F38.W0 0C /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => "RVM: EVEX.512.66.0F38.W0 0C /r [avx512f]",
        "xmm{k}{z}, xmm/m128/m32bcst, imm8" => "RMI: EVEX.128.66.0F3A.W0 04 /r ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m32bcst, imm8" => "RMI: EVEX.256.66.0F3A.W0 04 /r ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m32bcst, imm8" => "RMI: EVEX.512.66.0F3A.W0 04 /r ib [avx512f]",
    }
    vpermilpd {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst" => "RVM: EVEX.128.66.0F38.W1 0D /r [avx512f]",
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => "RVM: EVEX.256.66.0F38.W1 0D /r [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst" => "RVM: EVEX.512.66.0F38.W1 0D /r [avx512f]",
        "xmm{k}{z}, xmm/m128/m64bcst, imm8" => "RMI: EVEX.128.66.0F3A.W1 05 /r ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => "RMI: EVEX.256.66.0F3A.W1 05 /r ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m64bcst, imm8" => "RMI: EVEX.512.66.0F3A.W1 05 /r ib [avx512f]",
    }

    // Shuffles of 128-bit blocks (256 and 512 only).
    vshuff32x4 {
        "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W0 23 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W0 23 /r ib [avx512f]",
    }
    vshuff64x2 {
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W1 23 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W1 23 /r ib [avx512f]",
    }
    vshufi32x4 {
        "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W0 43 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W0 43 /r ib [avx512f]",
    }
    vshufi64x2 {
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W1 43 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W1 43 /r ib [avx512f]",
    }

    // Element alignment of two concatenated vectors.
    valignd {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8" => "RVMI: EVEX.128.66.0F3A.W0 03 /r ib [avx512f]",
        "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W0 03 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W0 03 /r ib [avx512f]",
    }
    valignq {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => "RVMI: EVEX.128.66.0F3A.W1 03 /r ib [avx512f]",
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W1 03 /r ib [avx512f]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W1 03 /r ib [avx512f]",
    }
}

// Gathers (`dest{k}, VSIB`) and scatters (`VSIB{k}, source`): the mask is mandatory.
// `name "xmm row" "ymm row" "zmm row" "W opcode"` with the SDM's operands per vector length.
macro_rules! evex_gather {
    ($($name:ident $x:literal $y:literal $z:literal $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                $x => concat!("RM: EVEX.128.66.0F38.", $enc, " /r [avx512f]"),
                $y => concat!("RM: EVEX.256.66.0F38.", $enc, " /r [avx512f]"),
                $z => concat!("RM: EVEX.512.66.0F38.", $enc, " /r [avx512f]"),
            })*
        }
    };
}

evex_gather! {
    vgatherdps "xmm{k}, vm32x" "ymm{k}, vm32y" "zmm{k}, vm32z" "W0 92",
    vgatherdpd "xmm{k}, vm32x" "ymm{k}, vm32x" "zmm{k}, vm32y" "W1 92",
    vgatherqps "xmm{k}, vm64x" "xmm{k}, vm64y" "ymm{k}, vm64z" "W0 93",
    vgatherqpd "xmm{k}, vm64x" "ymm{k}, vm64y" "zmm{k}, vm64z" "W1 93",
    vpgatherdd "xmm{k}, vm32x" "ymm{k}, vm32y" "zmm{k}, vm32z" "W0 90",
    vpgatherdq "xmm{k}, vm32x" "ymm{k}, vm32x" "zmm{k}, vm32y" "W1 90",
    vpgatherqd "xmm{k}, vm64x" "xmm{k}, vm64y" "ymm{k}, vm64z" "W0 91",
    vpgatherqq "xmm{k}, vm64x" "ymm{k}, vm64y" "zmm{k}, vm64z" "W1 91",
}

macro_rules! evex_scatter {
    ($($name:ident $x:literal $y:literal $z:literal $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                $x => concat!("MR: EVEX.128.66.0F38.", $enc, " /r [avx512f]"),
                $y => concat!("MR: EVEX.256.66.0F38.", $enc, " /r [avx512f]"),
                $z => concat!("MR: EVEX.512.66.0F38.", $enc, " /r [avx512f]"),
            })*
        }
    };
}

evex_scatter! {
    vscatterdps "vm32x{k}, xmm" "vm32y{k}, ymm" "vm32z{k}, zmm" "W0 A2",
    vscatterdpd "vm32x{k}, xmm" "vm32x{k}, ymm" "vm32y{k}, zmm" "W1 A2",
    vscatterqps "vm64x{k}, xmm" "vm64y{k}, xmm" "vm64z{k}, ymm" "W0 A3",
    vscatterqpd "vm64x{k}, xmm" "vm64y{k}, ymm" "vm64z{k}, zmm" "W1 A3",
    vpscatterdd "vm32x{k}, xmm" "vm32y{k}, ymm" "vm32z{k}, zmm" "W0 A0",
    vpscatterdq "vm32x{k}, xmm" "vm32x{k}, ymm" "vm32y{k}, zmm" "W1 A0",
    vpscatterqd "vm64x{k}, xmm" "vm64y{k}, xmm" "vm64z{k}, ymm" "W0 A1",
    vpscatterqq "vm64x{k}, xmm" "vm64y{k}, ymm" "vm64z{k}, zmm" "W1 A1",
}

// Opmask instructions (VEX). The element size picks pp and W: b = 66.W0, w = W0 (no pp),
// d = 66.W1, q = W1. The b and d/q forms came with AVX512DQ and AVX512BW; `group_w` is that of
// the w form (AVX512F, or AVX512DQ for `kaddw`, `ktestw`).
//
// `k, k, k` (VEX.L1, RVM): `b w d q "opcode" "group_w"`.
macro_rules! kop3 {
    ($($b:ident $w:ident $d:ident $q:ident $op:literal $gw:literal),* $(,)?) => {
        forms! {
            $(
                $b { "k, k, k" => concat!("RVM: VEX.L1.66.0F.W0 ", $op, " /r [avx512dq]") }
                $w { "k, k, k" => concat!("RVM: VEX.L1.0F.W0 ", $op, " /r [", $gw, "]") }
                $d { "k, k, k" => concat!("RVM: VEX.L1.66.0F.W1 ", $op, " /r [avx512bw]") }
                $q { "k, k, k" => concat!("RVM: VEX.L1.0F.W1 ", $op, " /r [avx512bw]") }
            )*
        }
    };
}

kop3! {
    kaddb kaddw kaddd kaddq "4A" "avx512dq",
    kandb kandw kandd kandq "41" "avx512f",
    kandnb kandnw kandnd kandnq "42" "avx512f",
    korb korw kord korq "45" "avx512f",
    kxnorb kxnorw kxnord kxnorq "46" "avx512f",
    kxorb kxorw kxord kxorq "47" "avx512f",
}

// `k, k` (VEX.L0, RM): `b w d q "opcode" "group_w"`.
macro_rules! kop2 {
    ($($b:ident $w:ident $d:ident $q:ident $op:literal $gw:literal),* $(,)?) => {
        forms! {
            $(
                $b { "k, k" => concat!("RM: VEX.L0.66.0F.W0 ", $op, " /r [avx512dq]") }
                $w { "k, k" => concat!("RM: VEX.L0.0F.W0 ", $op, " /r [", $gw, "]") }
                $d { "k, k" => concat!("RM: VEX.L0.66.0F.W1 ", $op, " /r [avx512bw]") }
                $q { "k, k" => concat!("RM: VEX.L0.0F.W1 ", $op, " /r [avx512bw]") }
            )*
        }
    };
}

kop2! {
    knotb knotw knotd knotq "44" "avx512f",
    kortestb kortestw kortestd kortestq "98" "avx512f",
    ktestb ktestw ktestd ktestq "99" "avx512dq",
}

forms! {
    // Concatenation of the low halves: VEX.L1, RVM.
    kunpckbw { "k, k, k" => "RVM: VEX.L1.66.0F.W0 4B /r [avx512f]" }
    kunpckwd { "k, k, k" => "RVM: VEX.L1.0F.W0 4B /r [avx512bw]" }
    kunpckdq { "k, k, k" => "RVM: VEX.L1.0F.W1 4B /r [avx512bw]" }

    // Shifts by imm8: VEX.L0.66.0F3A, RMI (b and w share an opcode, d and q the next one).
    kshiftlb { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W0 32 /r ib [avx512dq]" }
    kshiftlw { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W1 32 /r ib [avx512f]" }
    kshiftld { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W0 33 /r ib [avx512bw]" }
    kshiftlq { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W1 33 /r ib [avx512bw]" }
    kshiftrb { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W0 30 /r ib [avx512dq]" }
    kshiftrw { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W1 30 /r ib [avx512f]" }
    kshiftrd { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W0 31 /r ib [avx512bw]" }
    kshiftrq { "k, k, imm8" => "RMI: VEX.L0.66.0F3A.W1 31 /r ib [avx512bw]" }

    // Moves: k from k or memory (90), memory from k (91), k from a GP register (92), a GP
    // register from k (93). kmovd/kmovq with a GP register are F2 (W0/W1).
    kmovb {
        "k, k/m8" => "RM: VEX.L0.66.0F.W0 90 /r [avx512dq]",
        "m8, k" => "MR: VEX.L0.66.0F.W0 91 /r [avx512dq]",
        "k, r32" => "RM: VEX.L0.66.0F.W0 92 /r [avx512dq]",
        "r32, k" => "RM: VEX.L0.66.0F.W0 93 /r [avx512dq]",
    }
    kmovw {
        "k, k/m16" => "RM: VEX.L0.0F.W0 90 /r [avx512f]",
        "m16, k" => "MR: VEX.L0.0F.W0 91 /r [avx512f]",
        "k, r32" => "RM: VEX.L0.0F.W0 92 /r [avx512f]",
        "r32, k" => "RM: VEX.L0.0F.W0 93 /r [avx512f]",
    }
    kmovd {
        "k, k/m32" => "RM: VEX.L0.66.0F.W1 90 /r [avx512bw]",
        "m32, k" => "MR: VEX.L0.66.0F.W1 91 /r [avx512bw]",
        "k, r32" => "RM: VEX.L0.F2.0F.W0 92 /r [avx512bw]",
        "r32, k" => "RM: VEX.L0.F2.0F.W0 93 /r [avx512bw]",
    }
    kmovq {
        "k, k/m64" => "RM: VEX.L0.0F.W1 90 /r [avx512bw]",
        "m64, k" => "MR: VEX.L0.0F.W1 91 /r [avx512bw]",
        "k, r64" => "RM: VEX.L0.F2.0F.W1 92 /r [avx512bw]",
        "r64, k" => "RM: VEX.L0.F2.0F.W1 93 /r [avx512bw]",
    }
}
