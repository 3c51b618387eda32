//! EVEX integer operations: AVX512F/BW/DQ arithmetic, logic, shifts and rotates, compares into
//! opmasks (with llvm-mc's `vpcmp[u]{b,w,d,q}` predicate pseudo-ops), in-lane shuffles, packs and
//! unpacks, sign/zero extensions and down-conversions, mask <-> vector moves, and the CD, IFMA,
//! VBMI, VBMI2, VNNI (plus the AVX-VNNI `{vex}` forms), BITALG, VPOPCNTDQ, GFNI, VAES and
//! VPCLMULQDQ EVEX forms. (EVEX rows: see mod.rs.) Every row was checked against llvm-mc 14 and
//! GNU as 2.40 (registers 0-31, masks, zeroing, broadcasts, disp8*N) and, with low registers and
//! no decoration, for llvm-mc's choice of VEX.
//!
//! Observed oracle behaviour:
//! - `WIG` rows encode W0, as llvm-mc does for all of them.
//! - `vgf2p8affineqb` and `vgf2p8affineinvqb` broadcast a qword (the manual's `m64bcst`, GNU as:
//!   `QWORD [mem]{1toN}`, disp8*8). llvm-mc 14 refuses `QWORD` there and takes `BYTE [mem]{1toN}`,
//!   with which it also scales disp8 by 1 instead of 8 (`[rax + 8]{1to8}`: disp8 08, GNU as 01):
//!   an LLVM bug; the rows follow the manual and GNU as.
//! - The VAES, VPCLMULQDQ and `vpsadbw`, `vpslldq`, `vpsrldq` EVEX forms take no opmask, nor do
//!   `vpmovm2*`, `vpmov*2m` and `vpbroadcastm*`.
//! - The memory forms of the down-conversions (`vpmovqb` ...) take `{k}` and no `{z}`: they are
//!   written as rows of their own.
#![allow(missing_docs)]
#[allow(unused_imports)]
use super::super::{Form, Mnemonic};

// Three operands, full vector, no broadcast (byte and word elements):
// `name "pp.map.W op" "group"`.
macro_rules! rvm {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

// Three operands, full vector or a broadcast dword.
macro_rules! rvm_d {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

// Three operands, full vector or a broadcast qword.
macro_rules! rvm_q {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m64bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

rvm! {
    vpaddb "66.0F.WIG FC" "avx512bw",
    vpaddw "66.0F.WIG FD" "avx512bw",
    vpsubb "66.0F.WIG F8" "avx512bw",
    vpsubw "66.0F.WIG F9" "avx512bw",
    vpaddsb "66.0F.WIG EC" "avx512bw",
    vpaddsw "66.0F.WIG ED" "avx512bw",
    vpaddusb "66.0F.WIG DC" "avx512bw",
    vpaddusw "66.0F.WIG DD" "avx512bw",
    vpsubsb "66.0F.WIG E8" "avx512bw",
    vpsubsw "66.0F.WIG E9" "avx512bw",
    vpsubusb "66.0F.WIG D8" "avx512bw",
    vpsubusw "66.0F.WIG D9" "avx512bw",
    vpmullw "66.0F.WIG D5" "avx512bw",
    vpmulhw "66.0F.WIG E5" "avx512bw",
    vpmulhuw "66.0F.WIG E4" "avx512bw",
    vpmulhrsw "66.0F38.WIG 0B" "avx512bw",
    vpmaddwd "66.0F.WIG F5" "avx512bw",
    vpmaddubsw "66.0F38.WIG 04" "avx512bw",
    vpavgb "66.0F.WIG E0" "avx512bw",
    vpavgw "66.0F.WIG E3" "avx512bw",
    vpminsb "66.0F38.WIG 38" "avx512bw",
    vpminsw "66.0F.WIG EA" "avx512bw",
    vpminub "66.0F.WIG DA" "avx512bw",
    vpminuw "66.0F38.WIG 3A" "avx512bw",
    vpmaxsb "66.0F38.WIG 3C" "avx512bw",
    vpmaxsw "66.0F.WIG EE" "avx512bw",
    vpmaxub "66.0F.WIG DE" "avx512bw",
    vpmaxuw "66.0F38.WIG 3E" "avx512bw",
    vpsllvw "66.0F38.W1 12" "avx512bw",
    vpsrlvw "66.0F38.W1 10" "avx512bw",
    vpsravw "66.0F38.W1 11" "avx512bw",
    vpshufb "66.0F38.WIG 00" "avx512bw",
    vpacksswb "66.0F.WIG 63" "avx512bw",
    vpackuswb "66.0F.WIG 67" "avx512bw",
    vpunpcklbw "66.0F.WIG 60" "avx512bw",
    vpunpcklwd "66.0F.WIG 61" "avx512bw",
    vpunpckhbw "66.0F.WIG 68" "avx512bw",
    vpunpckhwd "66.0F.WIG 69" "avx512bw",
    vpshldvw "66.0F38.W1 70" "avx512vbmi2",
    vpshrdvw "66.0F38.W1 72" "avx512vbmi2",
}

rvm_d! {
    vpaddd "66.0F.W0 FE" "avx512f",
    vpsubd "66.0F.W0 FA" "avx512f",
    vpmulld "66.0F38.W0 40" "avx512f",
    vpminsd "66.0F38.W0 39" "avx512f",
    vpminud "66.0F38.W0 3B" "avx512f",
    vpmaxsd "66.0F38.W0 3D" "avx512f",
    vpmaxud "66.0F38.W0 3F" "avx512f",
    vpandd "66.0F.W0 DB" "avx512f",
    vpandnd "66.0F.W0 DF" "avx512f",
    vpord "66.0F.W0 EB" "avx512f",
    vpxord "66.0F.W0 EF" "avx512f",
    vpsllvd "66.0F38.W0 47" "avx512f",
    vpsrlvd "66.0F38.W0 45" "avx512f",
    vpsravd "66.0F38.W0 46" "avx512f",
    vprolvd "66.0F38.W0 15" "avx512f",
    vprorvd "66.0F38.W0 14" "avx512f",
    vpunpckldq "66.0F.W0 62" "avx512f",
    vpunpckhdq "66.0F.W0 6A" "avx512f",
    vpackssdw "66.0F.W0 6B" "avx512bw",
    vpackusdw "66.0F38.W0 2B" "avx512bw",
    vpshldvd "66.0F38.W0 71" "avx512vbmi2",
    vpshrdvd "66.0F38.W0 73" "avx512vbmi2",
}

rvm_q! {
    vpaddq "66.0F.W1 D4" "avx512f",
    vpsubq "66.0F.W1 FB" "avx512f",
    vpmullq "66.0F38.W1 40" "avx512dq",
    vpmuldq "66.0F38.W1 28" "avx512f",
    vpmuludq "66.0F.W1 F4" "avx512f",
    vpminsq "66.0F38.W1 39" "avx512f",
    vpminuq "66.0F38.W1 3B" "avx512f",
    vpmaxsq "66.0F38.W1 3D" "avx512f",
    vpmaxuq "66.0F38.W1 3F" "avx512f",
    vpandq "66.0F.W1 DB" "avx512f",
    vpandnq "66.0F.W1 DF" "avx512f",
    vporq "66.0F.W1 EB" "avx512f",
    vpxorq "66.0F.W1 EF" "avx512f",
    vpsllvq "66.0F38.W1 47" "avx512f",
    vpsrlvq "66.0F38.W1 45" "avx512f",
    vpsravq "66.0F38.W1 46" "avx512f",
    vprolvq "66.0F38.W1 15" "avx512f",
    vprorvq "66.0F38.W1 14" "avx512f",
    vpunpcklqdq "66.0F.W1 6C" "avx512f",
    vpunpckhqdq "66.0F.W1 6D" "avx512f",
    vpmadd52luq "66.0F38.W1 B4" "avx512ifma",
    vpmadd52huq "66.0F38.W1 B5" "avx512ifma",
    vpmultishiftqb "66.0F38.W1 83" "avx512vbmi",
    vpshldvq "66.0F38.W1 71" "avx512vbmi2",
    vpshrdvq "66.0F38.W1 73" "avx512vbmi2",
}

// `vpsadbw`: no opmask.
forms! {
    vpsadbw {
        "xmm, xmm, xmm/m128" => "RVM: EVEX.128.66.0F.WIG F6 /r [avx512bw]",
        "ymm, ymm, ymm/m256" => "RVM: EVEX.256.66.0F.WIG F6 /r [avx512bw]",
        "zmm, zmm, zmm/m512" => "RVM: EVEX.512.66.0F.WIG F6 /r [avx512bw]",
    }
}

// VNNI: the EVEX forms, then the AVX-VNNI VEX forms, taken only with the `{vex}` prefix.
macro_rules! vnni {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.66.0F38.W0 ", $op, " /r [avx512vnni]"),
                "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.66.0F38.W0 ", $op, " /r [avx512vnni]"),
                "zmm{k}{z}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.66.0F38.W0 ", $op, " /r [avx512vnni]"),
                "xmm, xmm, xmm/m128" => concat!("RVM: VEX.128.66.0F38.W0 ", $op, " /r {vex} [avxvnni]"),
                "ymm, ymm, ymm/m256" => concat!("RVM: VEX.256.66.0F38.W0 ", $op, " /r {vex} [avxvnni]"),
            })*
        }
    };
}

vnni! {
    vpdpbusd "50",
    vpdpbusds "51",
    vpdpwssd "52",
    vpdpwssds "53",
}

// Two operands (`RM`), full vector, no broadcast.
macro_rules! rm {
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

macro_rules! rm_d {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm/m512/m32bcst" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

macro_rules! rm_q {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, zmm/m512/m64bcst" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

rm! {
    vpabsb "66.0F38.WIG 1C" "avx512bw",
    vpabsw "66.0F38.WIG 1D" "avx512bw",
    vpopcntb "66.0F38.W0 54" "avx512bitalg",
    vpopcntw "66.0F38.W1 54" "avx512bitalg",
}

rm_d! {
    vpabsd "66.0F38.W0 1E" "avx512f",
    vpconflictd "66.0F38.W0 C4" "avx512cd",
    vplzcntd "66.0F38.W0 44" "avx512cd",
    vpopcntd "66.0F38.W0 55" "avx512vpopcntdq",
}

rm_q! {
    vpabsq "66.0F38.W1 1F" "avx512f",
    vpconflictq "66.0F38.W1 C4" "avx512cd",
    vplzcntq "66.0F38.W1 44" "avx512cd",
    vpopcntq "66.0F38.W1 55" "avx512vpopcntdq",
}

// Three operands and an imm8 (`RVMI`).
macro_rules! rvmi {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
            })*
        }
    };
}

macro_rules! rvmi_d {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
            })*
        }
    };
}

macro_rules! rvmi_q {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
                "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
                "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
            })*
        }
    };
}

rvmi! {
    vpalignr "66.0F3A.WIG 0F" "avx512bw",
    vdbpsadbw "66.0F3A.W0 42" "avx512bw",
    vpshldw "66.0F3A.W1 70" "avx512vbmi2",
    vpshrdw "66.0F3A.W1 72" "avx512vbmi2",
}

rvmi_d! {
    vpternlogd "66.0F3A.W0 25" "avx512f",
    vpshldd "66.0F3A.W0 71" "avx512vbmi2",
    vpshrdd "66.0F3A.W0 73" "avx512vbmi2",
}

rvmi_q! {
    vpternlogq "66.0F3A.W1 25" "avx512f",
    vpshldq "66.0F3A.W1 71" "avx512vbmi2",
    vpshrdq "66.0F3A.W1 73" "avx512vbmi2",
}

// Two operands and an imm8 (`RMI`).
forms! {
    vpshufd {
        "xmm{k}{z}, xmm/m128/m32bcst, imm8" => "RMI: EVEX.128.66.0F.W0 70 /r ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m32bcst, imm8" => "RMI: EVEX.256.66.0F.W0 70 /r ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m32bcst, imm8" => "RMI: EVEX.512.66.0F.W0 70 /r ib [avx512f]",
    }
    vpshufhw {
        "xmm{k}{z}, xmm/m128, imm8" => "RMI: EVEX.128.F3.0F.WIG 70 /r ib [avx512bw]",
        "ymm{k}{z}, ymm/m256, imm8" => "RMI: EVEX.256.F3.0F.WIG 70 /r ib [avx512bw]",
        "zmm{k}{z}, zmm/m512, imm8" => "RMI: EVEX.512.F3.0F.WIG 70 /r ib [avx512bw]",
    }
    vpshuflw {
        "xmm{k}{z}, xmm/m128, imm8" => "RMI: EVEX.128.F2.0F.WIG 70 /r ib [avx512bw]",
        "ymm{k}{z}, ymm/m256, imm8" => "RMI: EVEX.256.F2.0F.WIG 70 /r ib [avx512bw]",
        "zmm{k}{z}, zmm/m512, imm8" => "RMI: EVEX.512.F2.0F.WIG 70 /r ib [avx512bw]",
    }
}

// Shifts of words: the count in xmm/m128 (`opcode`), or an imm8 (`opcode /digit`, the source in
// ModRM.rm, register or memory, the destination in EVEX.vvvv).
macro_rules! shift_w {
    ($($name:ident $rvm:literal $vmi:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F.WIG ", $rvm, " /r [avx512bw]"),
                "ymm{k}{z}, ymm, xmm/m128" => concat!("RVM: EVEX.256.66.0F.WIG ", $rvm, " /r [avx512bw]"),
                "zmm{k}{z}, zmm, xmm/m128" => concat!("RVM: EVEX.512.66.0F.WIG ", $rvm, " /r [avx512bw]"),
                "xmm{k}{z}, xmm/m128, imm8" => concat!("VMI: EVEX.128.66.0F.WIG ", $vmi, " ib [avx512bw]"),
                "ymm{k}{z}, ymm/m256, imm8" => concat!("VMI: EVEX.256.66.0F.WIG ", $vmi, " ib [avx512bw]"),
                "zmm{k}{z}, zmm/m512, imm8" => concat!("VMI: EVEX.512.66.0F.WIG ", $vmi, " ib [avx512bw]"),
            })*
        }
    };
}

shift_w! {
    vpsllw "F1" "71 /6",
    vpsrlw "D1" "71 /2",
    vpsraw "E1" "71 /4",
}

// Shifts and rotates of dwords (`W0`, the imm8 forms broadcast a dword) and qwords (`W1`):
// `name "count opcode" "imm8 opcode /digit"`.
macro_rules! shift_d {
    ($($name:ident $rvm:literal $vmi:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F.W0 ", $rvm, " /r [avx512f]"),
                "ymm{k}{z}, ymm, xmm/m128" => concat!("RVM: EVEX.256.66.0F.W0 ", $rvm, " /r [avx512f]"),
                "zmm{k}{z}, zmm, xmm/m128" => concat!("RVM: EVEX.512.66.0F.W0 ", $rvm, " /r [avx512f]"),
                "xmm{k}{z}, xmm/m128/m32bcst, imm8" => concat!("VMI: EVEX.128.66.0F.W0 ", $vmi, " ib [avx512f]"),
                "ymm{k}{z}, ymm/m256/m32bcst, imm8" => concat!("VMI: EVEX.256.66.0F.W0 ", $vmi, " ib [avx512f]"),
                "zmm{k}{z}, zmm/m512/m32bcst, imm8" => concat!("VMI: EVEX.512.66.0F.W0 ", $vmi, " ib [avx512f]"),
            })*
        }
    };
}

macro_rules! shift_q {
    ($($name:ident $rvm:literal $vmi:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F.W1 ", $rvm, " /r [avx512f]"),
                "ymm{k}{z}, ymm, xmm/m128" => concat!("RVM: EVEX.256.66.0F.W1 ", $rvm, " /r [avx512f]"),
                "zmm{k}{z}, zmm, xmm/m128" => concat!("RVM: EVEX.512.66.0F.W1 ", $rvm, " /r [avx512f]"),
                "xmm{k}{z}, xmm/m128/m64bcst, imm8" => concat!("VMI: EVEX.128.66.0F.W1 ", $vmi, " ib [avx512f]"),
                "ymm{k}{z}, ymm/m256/m64bcst, imm8" => concat!("VMI: EVEX.256.66.0F.W1 ", $vmi, " ib [avx512f]"),
                "zmm{k}{z}, zmm/m512/m64bcst, imm8" => concat!("VMI: EVEX.512.66.0F.W1 ", $vmi, " ib [avx512f]"),
            })*
        }
    };
}

shift_d! {
    vpslld "F2" "72 /6",
    vpsrld "D2" "72 /2",
    vpsrad "E2" "72 /4",
}

shift_q! {
    vpsllq "F3" "73 /6",
    vpsrlq "D3" "73 /2",
    vpsraq "E2" "72 /4",
}

// Rotates by an imm8.
forms! {
    vprold {
        "xmm{k}{z}, xmm/m128/m32bcst, imm8" => "VMI: EVEX.128.66.0F.W0 72 /1 ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m32bcst, imm8" => "VMI: EVEX.256.66.0F.W0 72 /1 ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m32bcst, imm8" => "VMI: EVEX.512.66.0F.W0 72 /1 ib [avx512f]",
    }
    vprolq {
        "xmm{k}{z}, xmm/m128/m64bcst, imm8" => "VMI: EVEX.128.66.0F.W1 72 /1 ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => "VMI: EVEX.256.66.0F.W1 72 /1 ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m64bcst, imm8" => "VMI: EVEX.512.66.0F.W1 72 /1 ib [avx512f]",
    }
    vprord {
        "xmm{k}{z}, xmm/m128/m32bcst, imm8" => "VMI: EVEX.128.66.0F.W0 72 /0 ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m32bcst, imm8" => "VMI: EVEX.256.66.0F.W0 72 /0 ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m32bcst, imm8" => "VMI: EVEX.512.66.0F.W0 72 /0 ib [avx512f]",
    }
    vprorq {
        "xmm{k}{z}, xmm/m128/m64bcst, imm8" => "VMI: EVEX.128.66.0F.W1 72 /0 ib [avx512f]",
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => "VMI: EVEX.256.66.0F.W1 72 /0 ib [avx512f]",
        "zmm{k}{z}, zmm/m512/m64bcst, imm8" => "VMI: EVEX.512.66.0F.W1 72 /0 ib [avx512f]",
    }
    // Byte shifts of each 128-bit lane: no opmask.
    vpslldq {
        "xmm, xmm/m128, imm8" => "VMI: EVEX.128.66.0F.WIG 73 /7 ib [avx512bw]",
        "ymm, ymm/m256, imm8" => "VMI: EVEX.256.66.0F.WIG 73 /7 ib [avx512bw]",
        "zmm, zmm/m512, imm8" => "VMI: EVEX.512.66.0F.WIG 73 /7 ib [avx512bw]",
    }
    vpsrldq {
        "xmm, xmm/m128, imm8" => "VMI: EVEX.128.66.0F.WIG 73 /3 ib [avx512bw]",
        "ymm, ymm/m256, imm8" => "VMI: EVEX.256.66.0F.WIG 73 /3 ib [avx512bw]",
        "zmm, zmm/m512, imm8" => "VMI: EVEX.512.66.0F.WIG 73 /3 ib [avx512bw]",
    }
}

// Compares and tests into an opmask (the destination `k` takes a write mask):
// `name "pp.map.W op" "group"` (the `_d`/`_q` variants broadcast a dword/qword).
macro_rules! cmp_k {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "k{k}, ymm, ymm/m256" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "k{k}, zmm, zmm/m512" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

macro_rules! cmp_k_d {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "k{k}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "k{k}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

macro_rules! cmp_k_q {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
                "k{k}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
                "k{k}, zmm, zmm/m512/m64bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

cmp_k! {
    vpcmpeqb "66.0F.WIG 74" "avx512bw",
    vpcmpeqw "66.0F.WIG 75" "avx512bw",
    vpcmpgtb "66.0F.WIG 64" "avx512bw",
    vpcmpgtw "66.0F.WIG 65" "avx512bw",
    vptestmb "66.0F38.W0 26" "avx512bw",
    vptestmw "66.0F38.W1 26" "avx512bw",
    vptestnmb "F3.0F38.W0 26" "avx512bw",
    vptestnmw "F3.0F38.W1 26" "avx512bw",
    vpshufbitqmb "66.0F38.W0 8F" "avx512bitalg",
}

cmp_k_d! {
    vpcmpeqd "66.0F.W0 76" "avx512f",
    vpcmpgtd "66.0F.W0 66" "avx512f",
    vptestmd "66.0F38.W0 27" "avx512f",
    vptestnmd "F3.0F38.W0 27" "avx512f",
}

cmp_k_q! {
    vpcmpeqq "66.0F38.W1 29" "avx512f",
    vpcmpgtq "66.0F38.W1 37" "avx512f",
    vptestmq "66.0F38.W1 27" "avx512f",
    vptestnmq "F3.0F38.W1 27" "avx512f",
}

// `vpcmp[u]{b,w,d,q}` with the predicate as an imm8: `name "W op" ["group"]`.
macro_rules! cmpi_k {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128, imm8" => concat!("RVMI: EVEX.128.66.0F3A.", $enc, " /r ib [", $g, "]"),
                "k{k}, ymm, ymm/m256, imm8" => concat!("RVMI: EVEX.256.66.0F3A.", $enc, " /r ib [", $g, "]"),
                "k{k}, zmm, zmm/m512, imm8" => concat!("RVMI: EVEX.512.66.0F3A.", $enc, " /r ib [", $g, "]"),
            })*
        }
    };
}

macro_rules! cmpi_k_d {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m32bcst, imm8" => concat!("RVMI: EVEX.128.66.0F3A.", $enc, " /r ib [avx512f]"),
                "k{k}, ymm, ymm/m256/m32bcst, imm8" => concat!("RVMI: EVEX.256.66.0F3A.", $enc, " /r ib [avx512f]"),
                "k{k}, zmm, zmm/m512/m32bcst, imm8" => concat!("RVMI: EVEX.512.66.0F3A.", $enc, " /r ib [avx512f]"),
            })*
        }
    };
}

macro_rules! cmpi_k_q {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m64bcst, imm8" => concat!("RVMI: EVEX.128.66.0F3A.", $enc, " /r ib [avx512f]"),
                "k{k}, ymm, ymm/m256/m64bcst, imm8" => concat!("RVMI: EVEX.256.66.0F3A.", $enc, " /r ib [avx512f]"),
                "k{k}, zmm, zmm/m512/m64bcst, imm8" => concat!("RVMI: EVEX.512.66.0F3A.", $enc, " /r ib [avx512f]"),
            })*
        }
    };
}

cmpi_k! {
    vpcmpb "W0 3F" "avx512bw",
    vpcmpub "W0 3E" "avx512bw",
    vpcmpw "W1 3F" "avx512bw",
    vpcmpuw "W1 3E" "avx512bw",
}

cmpi_k_d! {
    vpcmpd "W0 1F",
    vpcmpud "W0 1E",
}

cmpi_k_q! {
    vpcmpq "W1 1F",
    vpcmpuq "W1 1E",
}

// llvm-mc's predicate pseudo-ops of `vpcmp[u]{b,w,d,q}`: the predicate is a fixed byte after the
// ModRM operand (0 eq, 1 lt, 2 le, 4 neq, 5 nlt, 6 nle; the signed `eq` is the real `vpcmpeq*`).
// `name "W op" "imm8"`.
macro_rules! cmpcc_bw {
    ($($name:ident $enc:literal $cc:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F3A.", $enc, " /r ", $cc, " [avx512bw]"),
                "k{k}, ymm, ymm/m256" => concat!("RVM: EVEX.256.66.0F3A.", $enc, " /r ", $cc, " [avx512bw]"),
                "k{k}, zmm, zmm/m512" => concat!("RVM: EVEX.512.66.0F3A.", $enc, " /r ", $cc, " [avx512bw]"),
            })*
        }
    };
}

macro_rules! cmpcc_d {
    ($($name:ident $enc:literal $cc:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
                "k{k}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
                "k{k}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
            })*
        }
    };
}

macro_rules! cmpcc_q {
    ($($name:ident $enc:literal $cc:literal),* $(,)?) => {
        forms! {
            $($name {
                "k{k}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
                "k{k}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
                "k{k}, zmm, zmm/m512/m64bcst" => concat!("RVM: EVEX.512.66.0F3A.", $enc, " /r ", $cc, " [avx512f]"),
            })*
        }
    };
}

cmpcc_bw! {
    vpcmpltb "W0 3F" "01",
    vpcmpleb "W0 3F" "02",
    vpcmpneqb "W0 3F" "04",
    vpcmpnltb "W0 3F" "05",
    vpcmpnleb "W0 3F" "06",
    vpcmpequb "W0 3E" "00",
    vpcmpltub "W0 3E" "01",
    vpcmpleub "W0 3E" "02",
    vpcmpnequb "W0 3E" "04",
    vpcmpnltub "W0 3E" "05",
    vpcmpnleub "W0 3E" "06",
    vpcmpltw "W1 3F" "01",
    vpcmplew "W1 3F" "02",
    vpcmpneqw "W1 3F" "04",
    vpcmpnltw "W1 3F" "05",
    vpcmpnlew "W1 3F" "06",
    vpcmpequw "W1 3E" "00",
    vpcmpltuw "W1 3E" "01",
    vpcmpleuw "W1 3E" "02",
    vpcmpnequw "W1 3E" "04",
    vpcmpnltuw "W1 3E" "05",
    vpcmpnleuw "W1 3E" "06",
}

cmpcc_d! {
    vpcmpltd "W0 1F" "01",
    vpcmpled "W0 1F" "02",
    vpcmpneqd "W0 1F" "04",
    vpcmpnltd "W0 1F" "05",
    vpcmpnled "W0 1F" "06",
    vpcmpequd "W0 1E" "00",
    vpcmpltud "W0 1E" "01",
    vpcmpleud "W0 1E" "02",
    vpcmpnequd "W0 1E" "04",
    vpcmpnltud "W0 1E" "05",
    vpcmpnleud "W0 1E" "06",
}

cmpcc_q! {
    vpcmpltq "W1 1F" "01",
    vpcmpleq "W1 1F" "02",
    vpcmpneqq "W1 1F" "04",
    vpcmpnltq "W1 1F" "05",
    vpcmpnleq "W1 1F" "06",
    vpcmpequq "W1 1E" "00",
    vpcmpltuq "W1 1E" "01",
    vpcmpleuq "W1 1E" "02",
    vpcmpnequq "W1 1E" "04",
    vpcmpnltuq "W1 1E" "05",
    vpcmpnleuq "W1 1E" "06",
}

// Sign and zero extension. From half the destination: `name "W op" "group"`.
macro_rules! pmovx_half {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m64" => concat!("RM: EVEX.128.66.0F38.", $enc, " /r [", $g, "]"),
                "ymm{k}{z}, xmm/m128" => concat!("RM: EVEX.256.66.0F38.", $enc, " /r [", $g, "]"),
                "zmm{k}{z}, ymm/m256" => concat!("RM: EVEX.512.66.0F38.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

// From a quarter of the destination (`name "op"`). The VEX form `ymm, m64` (beyond dynasm-rs, whose rows are
// in avx2.rs) comes first, so that it is chosen as llvm-mc chooses it.
macro_rules! pmovx_quarter {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "ymm, m64" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r [avx2]"),
                "xmm{k}{z}, xmm/m32" => concat!("RM: EVEX.128.66.0F38.WIG ", $op, " /r [avx512f]"),
                "ymm{k}{z}, xmm/m64" => concat!("RM: EVEX.256.66.0F38.WIG ", $op, " /r [avx512f]"),
                "zmm{k}{z}, xmm/m128" => concat!("RM: EVEX.512.66.0F38.WIG ", $op, " /r [avx512f]"),
            })*
        }
    };
}

// From an eighth of the destination. The VEX form `ymm, m32` first (as `ymm, m64` above).
macro_rules! pmovx_eighth {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "ymm, m32" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r [avx2]"),
                "xmm{k}{z}, xmm/m16" => concat!("RM: EVEX.128.66.0F38.WIG ", $op, " /r [avx512f]"),
                "ymm{k}{z}, xmm/m32" => concat!("RM: EVEX.256.66.0F38.WIG ", $op, " /r [avx512f]"),
                "zmm{k}{z}, xmm/m64" => concat!("RM: EVEX.512.66.0F38.WIG ", $op, " /r [avx512f]"),
            })*
        }
    };
}

pmovx_half! {
    vpmovsxbw "WIG 20" "avx512bw",
    vpmovsxwd "WIG 23" "avx512f",
    vpmovsxdq "W0 25" "avx512f",
    vpmovzxbw "WIG 30" "avx512bw",
    vpmovzxwd "WIG 33" "avx512f",
    vpmovzxdq "W0 35" "avx512f",
}

pmovx_quarter! {
    vpmovsxbd "21",
    vpmovsxwq "24",
    vpmovzxbd "31",
    vpmovzxwq "34",
}

pmovx_eighth! {
    vpmovsxbq "22",
    vpmovzxbq "32",
}

// Down-conversions (truncating, signed and unsigned saturating), to a register or to memory
// under a write mask (`MR`; the store takes `{k}`, not `{z}`): `name "op"` (and `"group"` for
// the halves). To an eighth of the source:
macro_rules! pmov_eighth {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m16{k}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "xmm{k}{z}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m32{k}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "xmm{k}{z}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m64{k}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [avx512f]"),
            })*
        }
    };
}

// To a quarter of the source.
macro_rules! pmov_quarter {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m32{k}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "xmm{k}{z}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m64{k}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "xmm{k}{z}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [avx512f]"),
                "m128{k}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [avx512f]"),
            })*
        }
    };
}

// To half the source.
macro_rules! pmov_half {
    ($($name:ident $op:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [", $g, "]"),
                "m64{k}, xmm" => concat!("MR: EVEX.128.F3.0F38.W0 ", $op, " /r [", $g, "]"),
                "xmm{k}{z}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [", $g, "]"),
                "m128{k}, ymm" => concat!("MR: EVEX.256.F3.0F38.W0 ", $op, " /r [", $g, "]"),
                "ymm{k}{z}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [", $g, "]"),
                "m256{k}, zmm" => concat!("MR: EVEX.512.F3.0F38.W0 ", $op, " /r [", $g, "]"),
            })*
        }
    };
}

pmov_eighth! {
    vpmovqb "32",
    vpmovsqb "22",
    vpmovusqb "12",
}

pmov_quarter! {
    vpmovqw "34",
    vpmovsqw "24",
    vpmovusqw "14",
    vpmovdb "31",
    vpmovsdb "21",
    vpmovusdb "11",
}

pmov_half! {
    vpmovqd "35" "avx512f",
    vpmovsqd "25" "avx512f",
    vpmovusqd "15" "avx512f",
    vpmovdw "33" "avx512f",
    vpmovsdw "23" "avx512f",
    vpmovusdw "13" "avx512f",
    vpmovwb "30" "avx512bw",
    vpmovswb "20" "avx512bw",
    vpmovuswb "10" "avx512bw",
}

// Opmask to vector (each element all ones or zeros, `RM`, the opmask in ModRM.rm) and the
// broadcasts of an opmask: `name "W op" "group"`.
macro_rules! from_k {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, k" => concat!("RM: EVEX.128.F3.0F38.", $enc, " /r [", $g, "]"),
                "ymm, k" => concat!("RM: EVEX.256.F3.0F38.", $enc, " /r [", $g, "]"),
                "zmm, k" => concat!("RM: EVEX.512.F3.0F38.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

// Vector to opmask (the elements' sign bits).
macro_rules! to_k {
    ($($name:ident $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                "k, xmm" => concat!("RM: EVEX.128.F3.0F38.", $enc, " /r [", $g, "]"),
                "k, ymm" => concat!("RM: EVEX.256.F3.0F38.", $enc, " /r [", $g, "]"),
                "k, zmm" => concat!("RM: EVEX.512.F3.0F38.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

from_k! {
    vpmovm2b "W0 28" "avx512bw",
    vpmovm2w "W1 28" "avx512bw",
    vpmovm2d "W0 38" "avx512dq",
    vpmovm2q "W1 38" "avx512dq",
    vpbroadcastmb2q "W1 2A" "avx512cd",
    vpbroadcastmw2d "W0 3A" "avx512cd",
}

to_k! {
    vpmovb2m "W0 29" "avx512bw",
    vpmovw2m "W1 29" "avx512bw",
    vpmovd2m "W0 39" "avx512dq",
    vpmovq2m "W1 39" "avx512dq",
}

// GFNI (the CPUID flags of the manual: GFNI and AVX512VL, GFNI and AVX512F for 512 bits).
forms! {
    vgf2p8mulb {
        "xmm{k}{z}, xmm, xmm/m128" => "RVM: EVEX.128.66.0F38.W0 CF /r [gfni]",
        "ymm{k}{z}, ymm, ymm/m256" => "RVM: EVEX.256.66.0F38.W0 CF /r [gfni]",
        "zmm{k}{z}, zmm, zmm/m512" => "RVM: EVEX.512.66.0F38.W0 CF /r [avx512f+gfni]",
    }
    vgf2p8affineqb {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => "RVMI: EVEX.128.66.0F3A.W1 CE /r ib [gfni]",
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W1 CE /r ib [gfni]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W1 CE /r ib [avx512f+gfni]",
    }
    vgf2p8affineinvqb {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => "RVMI: EVEX.128.66.0F3A.W1 CF /r ib [gfni]",
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F3A.W1 CF /r ib [gfni]",
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => "RVMI: EVEX.512.66.0F3A.W1 CF /r ib [avx512f+gfni]",
    }
}

// VAES: no opmask (VAES and AVX512VL, VAES and AVX512F for 512 bits).
macro_rules! vaes {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F38.WIG ", $op, " /r [vaes]"),
                "ymm, ymm, ymm/m256" => concat!("RVM: EVEX.256.66.0F38.WIG ", $op, " /r [vaes]"),
                "zmm, zmm, zmm/m512" => concat!("RVM: EVEX.512.66.0F38.WIG ", $op, " /r [avx512f+vaes]"),
            })*
        }
    };
}

vaes! {
    vaesenc "DC",
    vaesenclast "DD",
    vaesdec "DE",
    vaesdeclast "DF",
}

// VPCLMULQDQ: no opmask.
forms! {
    vpclmulqdq {
        "xmm, xmm, xmm/m128, imm8" => "RVMI: EVEX.128.66.0F3A.WIG 44 /r ib [vpclmulqdq]",
        "ymm, ymm, ymm/m256, imm8" => "RVMI: EVEX.256.66.0F3A.WIG 44 /r ib [vpclmulqdq]",
        "zmm, zmm, zmm/m512, imm8" => "RVMI: EVEX.512.66.0F3A.WIG 44 /r ib [avx512f+vpclmulqdq]",
    }
}

// llvm-mc's `vpclmulqdq` pseudo-ops, the predicate a fixed byte. The xmm VEX form is in
// avx2.rs; llvm-mc also takes the ymm VEX form (VPCLMULQDQ), which is here, ahead of the EVEX
// rows, so that ymm0-15 get VEX as with llvm-mc.
macro_rules! pclmul_cc {
    ($($name:ident $cc:literal),* $(,)?) => {
        forms! {
            $($name {
                "ymm, ymm, ymm/m256" => concat!("RVM: VEX.256.66.0F3A.WIG 44 /r ", $cc, " [avx+vpclmulqdq]"),
                "xmm, xmm, xmm/m128" => concat!("RVM: EVEX.128.66.0F3A.WIG 44 /r ", $cc, " [vpclmulqdq]"),
                "ymm, ymm, ymm/m256" => concat!("RVM: EVEX.256.66.0F3A.WIG 44 /r ", $cc, " [vpclmulqdq]"),
                "zmm, zmm, zmm/m512" => concat!("RVM: EVEX.512.66.0F3A.WIG 44 /r ", $cc, " [avx512f+vpclmulqdq]"),
            })*
        }
    };
}

pclmul_cc! {
    vpclmullqlqdq "00",
    vpclmulhqlqdq "01",
    vpclmullqhqdq "10",
    vpclmulhqhqdq "11",
}
