//! AVX and AVX2 integer operations (VEX.128 on xmm, VEX.256 on ymm), gathers (VSIB), and
//! the other VEX-encoded integer and crypto operations (AES, PCLMULQDQ, SSE4.2 string
//! compares).
//!
//! Observed oracle (dynasm-rs 5.1) behaviour, reproduced here where it means the same:
//! - WIG and LIG fields encode as 0; memory without a size keyword is accepted at the form's
//!   size; `imm8` is a signed byte (`0x80` and `0xFF` are refused, `-1` is accepted).
//! - Not reproduced, as they mean another instruction (SPEC rule 9, listed in
//!   tests/cases/differences.txt): dynasm-rs encodes `vpsrlq ymm, ymm, imm8` with VEX.L = 0,
//!   `vpmaskmovq` and the gathers of 64-bit elements or indexes (`vgatherdpd`, `vgatherqpd`,
//!   `vpgatherdq`, `vpgatherqq`) with W0 (their 32-bit twins), and `vpalignr`, `vpblendw`,
//!   `vpblendd`, `vmpsadbw` with operands 2 and 3 swapped; declasm follows the manual.
//! - VSIB patterns are named by element size, as the oracle's size keywords: `vm32x` is
//!   `DWORD` (or no size) memory with an xmm index, `vm64x` `QWORD` with an xmm index, `vm32y`
//!   and `vm64y` with a ymm index. So `vgatherdpd` (manual: vm32x) is `vm64x` here, and
//!   `vgatherqps` (manual: vm64x, vm64y) is `vm32x`, `vm32y`.
//! - `vpextrb`, `vpextrw`, `vpextrd` take a 64-bit register with VEX.W0 (the 32-bit encoding);
//!   `vpextrw` with a register is the `C5` form, with memory the `0F3A 15` one.
//! - `vpmovsxbd`/`wq` (and zx) take no memory in the 256-bit form, `vpmovsxbq` takes m16 in
//!   both; `vpmovmskb` is known but refuses every operand (not defined here).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// `xmm, xmm, xmm/m128` (VEX.128) and `ymm, ymm, ymm/m256` (VEX.256): `pp.map.W opcode`.
macro_rules! rvm_xy {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128" => concat!("RVM: VEX.NDS.128.", $enc, " /r"),
                "ymm, ymm, ymm/m256" => concat!("RVM: VEX.NDS.256.", $enc, " /r"),
            })*
        }
    };
}

rvm_xy! {
    vpaddb "66.0F.WIG FC",
    vpaddw "66.0F.WIG FD",
    vpaddd "66.0F.WIG FE",
    vpaddq "66.0F.WIG D4",
    vpsubb "66.0F.WIG F8",
    vpsubw "66.0F.WIG F9",
    vpsubd "66.0F.WIG FA",
    vpsubq "66.0F.WIG FB",
    vpaddsb "66.0F.WIG EC",
    vpaddsw "66.0F.WIG ED",
    vpaddusb "66.0F.WIG DC",
    vpaddusw "66.0F.WIG DD",
    vpsubsb "66.0F.WIG E8",
    vpsubsw "66.0F.WIG E9",
    vpsubusb "66.0F.WIG D8",
    vpsubusw "66.0F.WIG D9",
    vpmullw "66.0F.WIG D5",
    vpmulld "66.0F38.WIG 40",
    vpmulhw "66.0F.WIG E5",
    vpmulhuw "66.0F.WIG E4",
    vpmuludq "66.0F.WIG F4",
    vpmuldq "66.0F38.WIG 28",
    vpmulhrsw "66.0F38.WIG 0B",
    vpmaddwd "66.0F.WIG F5",
    vpmaddubsw "66.0F38.WIG 04",
    vpsadbw "66.0F.WIG F6",
    vpavgb "66.0F.WIG E0",
    vpavgw "66.0F.WIG E3",
    vpminsb "66.0F38.WIG 38",
    vpminsw "66.0F.WIG EA",
    vpminsd "66.0F38.WIG 39",
    vpminub "66.0F.WIG DA",
    vpminuw "66.0F38.WIG 3A",
    vpminud "66.0F38.WIG 3B",
    vpmaxsb "66.0F38.WIG 3C",
    vpmaxsw "66.0F.WIG EE",
    vpmaxsd "66.0F38.WIG 3D",
    vpmaxub "66.0F.WIG DE",
    vpmaxuw "66.0F38.WIG 3E",
    vpmaxud "66.0F38.WIG 3F",
    vpsignb "66.0F38.WIG 08",
    vpsignw "66.0F38.WIG 09",
    vpsignd "66.0F38.WIG 0A",
    vpcmpeqb "66.0F.WIG 74",
    vpcmpeqw "66.0F.WIG 75",
    vpcmpeqd "66.0F.WIG 76",
    vpcmpeqq "66.0F38.WIG 29",
    vpcmpgtb "66.0F.WIG 64",
    vpcmpgtw "66.0F.WIG 65",
    vpcmpgtd "66.0F.WIG 66",
    vpcmpgtq "66.0F38.WIG 37",
    vpand "66.0F.WIG DB",
    vpandn "66.0F.WIG DF",
    vpor "66.0F.WIG EB",
    vpxor "66.0F.WIG EF",
    vpacksswb "66.0F.WIG 63",
    vpackssdw "66.0F.WIG 6B",
    vpackuswb "66.0F.WIG 67",
    vpackusdw "66.0F38.WIG 2B",
    vpunpcklbw "66.0F.WIG 60",
    vpunpcklwd "66.0F.WIG 61",
    vpunpckldq "66.0F.WIG 62",
    vpunpcklqdq "66.0F.WIG 6C",
    vpunpckhbw "66.0F.WIG 68",
    vpunpckhwd "66.0F.WIG 69",
    vpunpckhdq "66.0F.WIG 6A",
    vpunpckhqdq "66.0F.WIG 6D",
    vpshufb "66.0F38.WIG 00",
    vphaddw "66.0F38.WIG 01",
    vphaddd "66.0F38.WIG 02",
    vphaddsw "66.0F38.WIG 03",
    vphsubw "66.0F38.WIG 05",
    vphsubd "66.0F38.WIG 06",
    vphsubsw "66.0F38.WIG 07",
    vpsllvd "66.0F38.W0 47",
    vpsllvq "66.0F38.W1 47",
    vpsrlvd "66.0F38.W0 45",
    vpsrlvq "66.0F38.W1 45",
    vpsravd "66.0F38.W0 46",
}

// `xmm, xmm/m128` and `ymm, ymm/m256`.
macro_rules! rm_xy {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128" => concat!("RM: VEX.128.", $enc, " /r"),
                "ymm, ymm/m256" => concat!("RM: VEX.256.", $enc, " /r"),
            })*
        }
    };
}

rm_xy! {
    vpabsb "66.0F38.WIG 1C",
    vpabsw "66.0F38.WIG 1D",
    vpabsd "66.0F38.WIG 1E",
}

// `xmm, xmm/m128, imm8` and `ymm, ymm/m256, imm8`.
macro_rules! rmi_xy {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128, imm8" => concat!("RMI: VEX.128.", $enc, " /r ib"),
                "ymm, ymm/m256, imm8" => concat!("RMI: VEX.256.", $enc, " /r ib"),
            })*
        }
    };
}

rmi_xy! {
    vpshufd "66.0F.WIG 70",
    vpshufhw "F3.0F.WIG 70",
    vpshuflw "F2.0F.WIG 70",
}

// `vpalignr`, `vpblendw`, `vpblendd`, `vmpsadbw`: the manual's RVMI. (dynasm-rs 5.1 encodes the
// second operand in ModRM.rm and the third in VEX.vvvv, and with memory as the third operand
// emits vvvv = 0 and no memory operand at all: tests/cases/differences.txt.)
macro_rules! rmvi_xy {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128, imm8" => concat!("RVMI: VEX.NDS.128.", $enc, " /r ib"),
                "ymm, ymm, ymm/m256, imm8" => concat!("RVMI: VEX.NDS.256.", $enc, " /r ib"),
            })*
        }
    };
}

rmvi_xy! {
    vpalignr "66.0F3A.WIG 0F",
    vpblendw "66.0F3A.WIG 0E",
    vpblendd "66.0F3A.W0 02",
    vmpsadbw "66.0F3A.WIG 42",
}

forms! {
    vpblendvb {
        "xmm, xmm, xmm/m128, xmm" => "RVMS: VEX.NDS.128.66.0F3A.W0 4C /r is4",
        "ymm, ymm, ymm/m256, ymm" => "RVMS: VEX.NDS.256.66.0F3A.W0 4C /r is4",
    }
}

// Shifts: the count in xmm/m128 (`opcode`), or an immediate (`opcode /digit`).
macro_rules! shift_xy {
    ($($name:ident $rvm:literal $vmi:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128" => concat!("RVM: VEX.NDS.128.66.0F.WIG ", $rvm, " /r"),
                "ymm, ymm, xmm/m128" => concat!("RVM: VEX.NDS.256.66.0F.WIG ", $rvm, " /r"),
                "xmm, xmm, imm8" => concat!("VMI: VEX.NDD.128.66.0F.WIG ", $vmi, " ib"),
                "ymm, ymm, imm8" => concat!("VMI: VEX.NDD.256.66.0F.WIG ", $vmi, " ib"),
            })*
        }
    };
}

shift_xy! {
    vpsllw "F1" "71 /6",
    vpslld "F2" "72 /6",
    vpsllq "F3" "73 /6",
    vpsrlw "D1" "71 /2",
    vpsrld "D2" "72 /2",
    vpsraw "E1" "71 /4",
    vpsrad "E2" "72 /4",
}

forms! {
    // dynasm-rs 5.1 encodes the ymm immediate form with VEX.L = 0 (the xmm instruction);
    // declasm encodes VEX.256 (tests/cases/differences.txt).
    vpsrlq {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F.WIG D3 /r",
        "ymm, ymm, xmm/m128" => "RVM: VEX.NDS.256.66.0F.WIG D3 /r",
        "xmm, xmm, imm8" => "VMI: VEX.NDD.128.66.0F.WIG 73 /2 ib",
        "ymm, ymm, imm8" => "VMI: VEX.NDD.256.66.0F.WIG 73 /2 ib",
    }
    vpslldq {
        "xmm, xmm, imm8" => "VMI: VEX.NDD.128.66.0F.WIG 73 /7 ib",
        "ymm, ymm, imm8" => "VMI: VEX.NDD.256.66.0F.WIG 73 /7 ib",
    }
    vpsrldq {
        "xmm, xmm, imm8" => "VMI: VEX.NDD.128.66.0F.WIG 73 /3 ib",
        "ymm, ymm, imm8" => "VMI: VEX.NDD.256.66.0F.WIG 73 /3 ib",
    }
}

// Sign and zero extension from half the destination (`xmm, m64`, `ymm, xmm/m128`).
macro_rules! pmovx_half {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, m64" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
                "ymm, xmm/m128" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r"),
                "xmm, xmm/m128" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
            })*
        }
    };
}

pmovx_half! {
    vpmovsxbw "20",
    vpmovsxwd "23",
    vpmovsxdq "25",
    vpmovzxbw "30",
    vpmovzxwd "33",
    vpmovzxdq "35",
}

// From a quarter of the destination (`xmm, m32`; the ymm form takes no memory).
macro_rules! pmovx_quarter {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, m32" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
                "ymm, xmm" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r"),
                "xmm, xmm" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
            })*
        }
    };
}

pmovx_quarter! {
    vpmovsxbd "21",
    vpmovsxwq "24",
    vpmovzxbd "31",
    vpmovzxwq "34",
}

// From an eighth of the destination (`m16` in both forms, as dynasm-rs; manual: ymm, m32).
macro_rules! pmovx_eighth {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "ymm, m16" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r"),
                "xmm, m16" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
                "ymm, xmm" => concat!("RM: VEX.256.66.0F38.WIG ", $op, " /r"),
                "xmm, xmm" => concat!("RM: VEX.128.66.0F38.WIG ", $op, " /r"),
            })*
        }
    };
}

pmovx_eighth! {
    vpmovsxbq "22",
    vpmovzxbq "32",
}

forms! {
    vpextrb {
        "m8, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 14 /r ib",
        "r32, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 14 /r ib",
        "r64, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 14 /r ib",
    }
    vpextrw {
        "m16, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 15 /r ib",
        "r32, xmm, imm8" => "RMI: VEX.128.66.0F.W0 C5 /r ib",
        "r64, xmm, imm8" => "RMI: VEX.128.66.0F.W0 C5 /r ib",
    }
    vpextrd {
        "r64, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 16 /r ib",
        "rm32, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 16 /r ib",
    }
    vpextrq {
        "rm64, xmm, imm8" => "MRI: VEX.128.66.0F3A.W1 16 /r ib",
    }
    vpinsrb {
        "xmm, xmm, r32, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W0 20 /r ib",
        "xmm, xmm, rm8, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W0 20 /r ib",
    }
    vpinsrw {
        "xmm, xmm, r32, imm8" => "RVMI: VEX.NDS.128.66.0F.W0 C4 /r ib",
        "xmm, xmm, rm16, imm8" => "RVMI: VEX.NDS.128.66.0F.W0 C4 /r ib",
    }
    vpinsrd {
        "xmm, xmm, rm32, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W0 22 /r ib",
    }
    vpinsrq {
        "xmm, xmm, rm64, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W1 22 /r ib",
    }
}

// xmm only: AES, PCLMULQDQ, SSE4.1 `phminposuw`, SSE4.2 string compares.
forms! {
    // The ymm forms (VAES) and that of vpclmulqdq (VPCLMULQDQ) are beyond dynasm-rs (checked
    // against llvm-mc: tests/cases/modern.tpl).
    vaesenc {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.WIG DC /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.WIG DC /r",
    }
    vaesenclast {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.WIG DD /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.WIG DD /r",
    }
    vaesdec {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.WIG DE /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.WIG DE /r",
    }
    vaesdeclast {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.WIG DF /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.WIG DF /r",
    }
    vaesimc { "xmm, xmm/m128" => "RM: VEX.128.66.0F38.WIG DB /r" }
    vaeskeygenassist { "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.WIG DF /r ib" }
    vpclmulqdq {
        "xmm, xmm, xmm/m128, imm8" => "RVMI: VEX.NDS.128.66.0F3A.WIG 44 /r ib",
        "ymm, ymm, ymm/m256, imm8" => "RVMI: VEX.NDS.256.66.0F3A.WIG 44 /r ib",
    }
    // `vpclmulqdq` with its predicate in the name (the fixed byte after the ModRM operand).
    vpclmullqlqdq { "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F3A.WIG 44 /r 00" }
    vpclmulhqlqdq { "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F3A.WIG 44 /r 01" }
    vpclmullqhqdq { "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F3A.WIG 44 /r 10" }
    vpclmulhqhqdq { "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F3A.WIG 44 /r 11" }
    vphminposuw { "xmm, xmm/m128" => "RM: VEX.128.66.0F38.WIG 41 /r" }
    vpcmpestri { "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.WIG 61 /r ib" }
    vpcmpestrm { "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.WIG 60 /r ib" }
    vpcmpistri { "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.WIG 63 /r ib" }
    vpcmpistrm { "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.WIG 62 /r ib" }
}

// Broadcasts from memory or from the low element of an xmm.
macro_rules! pbroadcast {
    ($($name:ident $y:literal $x:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                $y => concat!("RM: VEX.256.66.0F38.W0 ", $op, " /r"),
                $x => concat!("RM: VEX.128.66.0F38.W0 ", $op, " /r"),
                "ymm, xmm" => concat!("RM: VEX.256.66.0F38.W0 ", $op, " /r"),
                "xmm, xmm" => concat!("RM: VEX.128.66.0F38.W0 ", $op, " /r"),
            })*
        }
    };
}

pbroadcast! {
    vpbroadcastb "ymm, m8" "xmm, m8" "78",
    vpbroadcastw "ymm, m16" "xmm, m16" "79",
    vpbroadcastd "ymm, m32" "xmm, m32" "58",
    vpbroadcastq "ymm, m64" "xmm, m64" "59",
}

forms! {
    vbroadcasti128 { "ymm, m128" => "RM: VEX.256.66.0F38.W0 5A /r" }
    vperm2i128 { "ymm, ymm, ymm/m256, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W0 46 /r ib" }
    vpermd { "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.W0 36 /r" }
    vpermps { "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.W0 16 /r" }
    vpermq { "ymm, ymm/m256, imm8" => "RMI: VEX.256.66.0F3A.W1 00 /r ib" }
    vpermpd { "ymm, ymm/m256, imm8" => "RMI: VEX.256.66.0F3A.W1 01 /r ib" }
    vinserti128 { "ymm, ymm, xmm/m128, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W0 38 /r ib" }
    vextracti128 { "xmm/m128, ymm, imm8" => "MRI: VEX.256.66.0F3A.W0 39 /r ib" }
    vpmaskmovd {
        "m256, ymm, ymm" => "MVR: VEX.NDS.256.66.0F38.W0 8E /r",
        "m128, xmm, xmm" => "MVR: VEX.NDS.128.66.0F38.W0 8E /r",
        "ymm, ymm, m256" => "RVM: VEX.NDS.256.66.0F38.W0 8C /r",
        "xmm, xmm, m128" => "RVM: VEX.NDS.128.66.0F38.W0 8C /r",
    }
    // dynasm-rs 5.1 emits W0, i.e. vpmaskmovd; declasm the manual's W1
    // (tests/cases/differences.txt).
    vpmaskmovq {
        "m256, ymm, ymm" => "MVR: VEX.NDS.256.66.0F38.W1 8E /r",
        "m128, xmm, xmm" => "MVR: VEX.NDS.128.66.0F38.W1 8E /r",
        "ymm, ymm, m256" => "RVM: VEX.NDS.256.66.0F38.W1 8C /r",
        "xmm, xmm, m128" => "RVM: VEX.NDS.128.66.0F38.W1 8C /r",
    }
}

// Gathers: `dest, VSIB memory, mask`. The 64-bit element and index forms are W1 (dynasm-rs
// 5.1 emits W0, the 32-bit instruction: tests/cases/differences.txt); the VSIB patterns are
// named by element size (see the top).
macro_rules! gather {
    ($($name:ident $x:literal $y:literal $w:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                $y => concat!("RMV: VEX.DDS.256.66.0F38.", $w, " ", $op, " /r"),
                $x => concat!("RMV: VEX.DDS.128.66.0F38.", $w, " ", $op, " /r"),
            })*
        }
    };
}

gather! {
    vgatherdps "xmm, vm32x, xmm" "ymm, vm32y, ymm" "W0" "92",
    vgatherdpd "xmm, vm64x, xmm" "ymm, vm64x, ymm" "W1" "92",
    vgatherqps "xmm, vm32x, xmm" "xmm, vm32y, xmm" "W0" "93",
    vgatherqpd "xmm, vm64x, xmm" "ymm, vm64y, ymm" "W1" "93",
    vpgatherdd "xmm, vm32x, xmm" "ymm, vm32y, ymm" "W0" "90",
    vpgatherdq "xmm, vm64x, xmm" "ymm, vm64x, ymm" "W1" "90",
    vpgatherqd "xmm, vm32x, xmm" "xmm, vm32y, xmm" "W0" "91",
    vpgatherqq "xmm, vm64x, xmm" "ymm, vm64y, ymm" "W1" "91",
}
