//! AVX512-FP16 (half-precision arithmetic, maps MAP5 and MAP6, and its 0F3A compares, classes
//! and immediate forms) and AVX512-BF16. (EVEX rows: see mod.rs.)
//!
//! Rows follow the Intel SDM's opcode tables; checked against llvm-mc 14
//! (`-mattr=+avx512fp16,+avx512bf16,+avx512vl`): every mnemonic that llvm-mc's Intel syntax has
//! for these extensions, except the AT&T-only size-suffixed spellings (`vcvtdq2phx`, `vcvtsh2sil`,
//! ...) and `vmovsh.s` (the store-opcode encoding of the register move, chosen by name only).
//!
//! Notes:
//! - Every packed FP16 instruction is W0; the scalar to/from GPR conversions are W0 with r32 and
//!   W1 with r64, as llvm-mc encodes them.
//! - `vmovw` is written `LIG`: it is EVEX.128 in the manual (L'L = 00, what LIG encodes) but needs
//!   AVX512-FP16 only, not AVX512VL (which every 128-bit row would get). Its r64 forms
//!   (`vmovw xmm1, rax`, W1) are llvm-mc's only: GNU as refuses them and the manual has r32/m16
//!   alone, so they are not here (SPEC 5: the manual decides).
//! - The compare pseudo-ops (`vcmpeqph` ...) are `vcmpph`/`vcmpsh` with the predicate as a fixed
//!   byte after the ModRM; llvm-mc takes all 32 predicate names and the 14 other names below.
#![allow(missing_docs)]
#[allow(unused_imports)]
use super::super::{Form, Mnemonic};

// Packed FP16, three operands, m16 broadcast: `name "pp.map.W op" "er"|"sae"|""` (what the
// 512-bit form takes).
macro_rules! ph_rvm {
    ($($name:ident $enc:literal $rc:tt),* $(,)?) => { $(ph_rvm!(@one $name $enc $rc);)* };
    (@one $name:ident $enc:literal "er") => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m16bcst" => concat!("RVM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, ymm, ymm/m256/m16bcst" => concat!("RVM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, zmm, zmm/m512/m16bcst{er}" => concat!("RVM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "sae") => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m16bcst" => concat!("RVM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, ymm, ymm/m256/m16bcst" => concat!("RVM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, zmm, zmm/m512/m16bcst{sae}" => concat!("RVM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
}

ph_rvm! {
    vaddph "MAP5.W0 58" "er", vsubph "MAP5.W0 5C" "er",
    vmulph "MAP5.W0 59" "er", vdivph "MAP5.W0 5E" "er",
    vminph "MAP5.W0 5D" "sae", vmaxph "MAP5.W0 5F" "sae",
    vscalefph "66.MAP6.W0 2C" "er",
    vfmadd132ph "66.MAP6.W0 98" "er", vfmadd213ph "66.MAP6.W0 A8" "er", vfmadd231ph "66.MAP6.W0 B8" "er",
    vfmsub132ph "66.MAP6.W0 9A" "er", vfmsub213ph "66.MAP6.W0 AA" "er", vfmsub231ph "66.MAP6.W0 BA" "er",
    vfnmadd132ph "66.MAP6.W0 9C" "er", vfnmadd213ph "66.MAP6.W0 AC" "er", vfnmadd231ph "66.MAP6.W0 BC" "er",
    vfnmsub132ph "66.MAP6.W0 9E" "er", vfnmsub213ph "66.MAP6.W0 AE" "er", vfnmsub231ph "66.MAP6.W0 BE" "er",
    vfmaddsub132ph "66.MAP6.W0 96" "er", vfmaddsub213ph "66.MAP6.W0 A6" "er", vfmaddsub231ph "66.MAP6.W0 B6" "er",
    vfmsubadd132ph "66.MAP6.W0 97" "er", vfmsubadd213ph "66.MAP6.W0 A7" "er", vfmsubadd231ph "66.MAP6.W0 B7" "er",
}

// Scalar FP16, three operands: `name "pp.map.W op" "er"|"sae"|""`.
macro_rules! sh_rvm {
    ($($name:ident $enc:literal $rc:tt),* $(,)?) => { $(sh_rvm!(@one $name $enc $rc);)* };
    (@one $name:ident $enc:literal "er") => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m16{er}" => concat!("RVM: EVEX.LIG.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "sae") => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m16{sae}" => concat!("RVM: EVEX.LIG.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "") => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m16" => concat!("RVM: EVEX.LIG.", $enc, " /r [avx512fp16]"),
    } } };
}

sh_rvm! {
    vaddsh "F3.MAP5.W0 58" "er", vsubsh "F3.MAP5.W0 5C" "er",
    vmulsh "F3.MAP5.W0 59" "er", vdivsh "F3.MAP5.W0 5E" "er",
    vminsh "F3.MAP5.W0 5D" "sae", vmaxsh "F3.MAP5.W0 5F" "sae",
    vsqrtsh "F3.MAP5.W0 51" "er",
    vscalefsh "66.MAP6.W0 2D" "er",
    vgetexpsh "66.MAP6.W0 43" "sae",
    vrcpsh "66.MAP6.W0 4D" "", vrsqrtsh "66.MAP6.W0 4F" "",
    vcvtsh2sd "F3.MAP5.W0 5A" "sae", vcvtsh2ss "MAP6.W0 13" "sae",
    vfmadd132sh "66.MAP6.W0 99" "er", vfmadd213sh "66.MAP6.W0 A9" "er", vfmadd231sh "66.MAP6.W0 B9" "er",
    vfmsub132sh "66.MAP6.W0 9B" "er", vfmsub213sh "66.MAP6.W0 AB" "er", vfmsub231sh "66.MAP6.W0 BB" "er",
    vfnmadd132sh "66.MAP6.W0 9D" "er", vfnmadd213sh "66.MAP6.W0 AD" "er", vfnmadd231sh "66.MAP6.W0 BD" "er",
    vfnmsub132sh "66.MAP6.W0 9F" "er", vfnmsub213sh "66.MAP6.W0 AF" "er", vfnmsub231sh "66.MAP6.W0 BF" "er",
}

// Packed FP16 (or words), two operands of one size, m16 broadcast:
// `name "pp.map.W op" "er"|"sae"|""`.
macro_rules! ph_rm {
    ($($name:ident $enc:literal $rc:tt),* $(,)?) => { $(ph_rm!(@one $name $enc $rc);)* };
    (@one $name:ident $enc:literal "er") => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, ymm/m256/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, zmm/m512/m16bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "sae") => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, ymm/m256/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, zmm/m512/m16bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "") => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, ymm/m256/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, zmm/m512/m16bcst" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
}

ph_rm! {
    vsqrtph "MAP5.W0 51" "er",
    vgetexpph "66.MAP6.W0 42" "sae",
    vrcpph "66.MAP6.W0 4C" "", vrsqrtph "66.MAP6.W0 4E" "",
    vcvtw2ph "F3.MAP5.W0 7D" "er", vcvtuw2ph "F2.MAP5.W0 7D" "er",
    vcvtph2w "66.MAP5.W0 7D" "er", vcvtph2uw "MAP5.W0 7D" "er",
    vcvttph2w "66.MAP5.W0 7C" "sae", vcvttph2uw "MAP5.W0 7C" "sae",
}

// Packed FP16 with an imm8 (all take {sae} at 512 bits): `name "map.W op"`.
macro_rules! ph_rmi {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128/m16bcst, imm8" => concat!("RMI: EVEX.128.", $enc, " /r ib [avx512fp16]"),
                "ymm{k}{z}, ymm/m256/m16bcst, imm8" => concat!("RMI: EVEX.256.", $enc, " /r ib [avx512fp16]"),
                "zmm{k}{z}, zmm/m512/m16bcst{sae}, imm8" => concat!("RMI: EVEX.512.", $enc, " /r ib [avx512fp16]"),
            })*
        }
    };
}

ph_rmi! {
    vgetmantph "0F3A.W0 26", vreduceph "0F3A.W0 56", vrndscaleph "0F3A.W0 08",
}

// Scalar FP16 with an imm8: `name "map.W op"`.
macro_rules! sh_rvmi {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m16{sae}, imm8" => concat!("RVMI: EVEX.LIG.", $enc, " /r ib [avx512fp16]"),
            })*
        }
    };
}

sh_rvmi! {
    vgetmantsh "0F3A.W0 27", vreducesh "0F3A.W0 57", vrndscalesh "0F3A.W0 0A",
}

// Complex FP16 (pairs of halves: m32 broadcast): `name "pp.map.W op"` packed, then scalar.
macro_rules! cph_rvm {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [avx512fp16]"),
                "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [avx512fp16]"),
                "zmm{k}{z}, zmm, zmm/m512/m32bcst{er}" => concat!("RVM: EVEX.512.", $enc, " /r [avx512fp16]"),
            })*
        }
    };
}

cph_rvm! {
    vfmaddcph "F3.MAP6.W0 56", vfcmaddcph "F2.MAP6.W0 56",
    vfmulcph "F3.MAP6.W0 D6", vfcmulcph "F2.MAP6.W0 D6",
}

macro_rules! csh_rvm {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm, xmm/m32{er}" => concat!("RVM: EVEX.LIG.", $enc, " /r [avx512fp16]"),
            })*
        }
    };
}

csh_rvm! {
    vfmaddcsh "F3.MAP6.W0 57", vfcmaddcsh "F2.MAP6.W0 57",
    vfmulcsh "F3.MAP6.W0 D7", vfcmulcsh "F2.MAP6.W0 D7",
}

// Conversions from FP16 to 32-bit elements (the source is half the destination's width):
// `name "pp.map.W op" "er"|"sae"`.
macro_rules! cvt_ph_d {
    ($($name:ident $enc:literal $rc:tt),* $(,)?) => { $(cvt_ph_d!(@one $name $enc $rc);)* };
    (@one $name:ident $enc:literal "er") => { forms! { $name {
        "xmm{k}{z}, xmm/m64/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, xmm/m128/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, ymm/m256/m16bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "sae") => { forms! { $name {
        "xmm{k}{z}, xmm/m64/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, xmm/m128/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, ymm/m256/m16bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
}

cvt_ph_d! {
    vcvtph2dq "66.MAP5.W0 5B" "er", vcvtph2udq "MAP5.W0 79" "er",
    vcvttph2dq "F3.MAP5.W0 5B" "sae", vcvttph2udq "MAP5.W0 78" "sae",
    vcvtph2psx "66.MAP6.W0 13" "sae",
}

// Conversions from FP16 to 64-bit elements (the source is a quarter of the destination):
// `name "pp.map.W op" "er"|"sae"`.
macro_rules! cvt_ph_q {
    ($($name:ident $enc:literal $rc:tt),* $(,)?) => { $(cvt_ph_q!(@one $name $enc $rc);)* };
    (@one $name:ident $enc:literal "er") => { forms! { $name {
        "xmm{k}{z}, xmm/m32/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, xmm/m64/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, xmm/m128/m16bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $enc:literal "sae") => { forms! { $name {
        "xmm{k}{z}, xmm/m32/m16bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
        "ymm{k}{z}, xmm/m64/m16bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
        "zmm{k}{z}, xmm/m128/m16bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
    } } };
}

cvt_ph_q! {
    vcvtph2qq "66.MAP5.W0 7B" "er", vcvtph2uqq "66.MAP5.W0 79" "er",
    vcvttph2qq "66.MAP5.W0 7A" "sae", vcvttph2uqq "66.MAP5.W0 78" "sae",
    vcvtph2pd "MAP5.W0 5A" "sae",
}

// Conversions from 32-bit elements to FP16 (the destination is half the source's width), all
// with {er}: `name "pp.map.W op"`.
macro_rules! cvt_d_ph {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
                "xmm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
                "ymm{k}{z}, zmm/m512/m32bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
            })*
        }
    };
}

cvt_d_ph! {
    vcvtdq2ph "MAP5.W0 5B", vcvtudq2ph "F2.MAP5.W0 7A", vcvtps2phx "66.MAP5.W0 1D",
}

// Conversions from 64-bit elements to FP16 (the destination is a quarter of the source), all
// with {er}: `name "pp.map.W op"`.
macro_rules! cvt_q_ph {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [avx512fp16]"),
                "xmm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [avx512fp16]"),
                "xmm{k}{z}, zmm/m512/m64bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [avx512fp16]"),
            })*
        }
    };
}

cvt_q_ph! {
    vcvtqq2ph "MAP5.W1 5B", vcvtuqq2ph "F2.MAP5.W1 7A", vcvtpd2ph "66.MAP5.W1 5A",
}

// Scalar FP16 to a general register: `name "op" "er"|"sae"` (F3.MAP5; W1 for r64).
macro_rules! cvt_sh_si {
    ($($name:ident $op:literal $rc:tt),* $(,)?) => { $(cvt_sh_si!(@one $name $op $rc);)* };
    (@one $name:ident $op:literal "er") => { forms! { $name {
        "r32, xmm/m16{er}" => concat!("RM: EVEX.LIG.F3.MAP5.W0 ", $op, " /r [avx512fp16]"),
        "r64, xmm/m16{er}" => concat!("RM: EVEX.LIG.F3.MAP5.W1 ", $op, " /r [avx512fp16]"),
    } } };
    (@one $name:ident $op:literal "sae") => { forms! { $name {
        "r32, xmm/m16{sae}" => concat!("RM: EVEX.LIG.F3.MAP5.W0 ", $op, " /r [avx512fp16]"),
        "r64, xmm/m16{sae}" => concat!("RM: EVEX.LIG.F3.MAP5.W1 ", $op, " /r [avx512fp16]"),
    } } };
}

cvt_sh_si! {
    vcvtsh2si "2D" "er", vcvtsh2usi "79" "er",
    vcvttsh2si "2C" "sae", vcvttsh2usi "78" "sae",
}

// A general register or memory to scalar FP16 (F3.MAP5; W1 for r64/m64): `name "op"`.
// `{er}` is written before the register (`vcvtsi2sh xmm1, xmm2, {rn-sae}, eax`).
macro_rules! cvt_si_sh {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, rm32{er}" => concat!("RVM: EVEX.LIG.F3.MAP5.W0 ", $op, " /r [avx512fp16]"),
                "xmm, xmm, rm64{er}" => concat!("RVM: EVEX.LIG.F3.MAP5.W1 ", $op, " /r [avx512fp16]"),
            })*
        }
    };
}

cvt_si_sh! {
    vcvtsi2sh "2A", vcvtusi2sh "7B",
}

forms! {
    vcvtss2sh {
        "xmm{k}{z}, xmm, xmm/m32{er}" => "RVM: EVEX.LIG.MAP5.W0 1D /r [avx512fp16]",
    }
    vcvtsd2sh {
        "xmm{k}{z}, xmm, xmm/m64{er}" => "RVM: EVEX.LIG.F2.MAP5.W1 5A /r [avx512fp16]",
    }

    vcmpph {
        "k{k}, xmm, xmm/m128/m16bcst, imm8" => "RVMI: EVEX.128.0F3A.W0 C2 /r ib [avx512fp16]",
        "k{k}, ymm, ymm/m256/m16bcst, imm8" => "RVMI: EVEX.256.0F3A.W0 C2 /r ib [avx512fp16]",
        "k{k}, zmm, zmm/m512/m16bcst{sae}, imm8" => "RVMI: EVEX.512.0F3A.W0 C2 /r ib [avx512fp16]",
    }
    vcmpsh {
        "k{k}, xmm, xmm/m16{sae}, imm8" => "RVMI: EVEX.LIG.F3.0F3A.W0 C2 /r ib [avx512fp16]",
    }

    vcomish {
        "xmm, xmm/m16{sae}" => "RM: EVEX.LIG.MAP5.W0 2F /r [avx512fp16]",
    }
    vucomish {
        "xmm, xmm/m16{sae}" => "RM: EVEX.LIG.MAP5.W0 2E /r [avx512fp16]",
    }

    vfpclassph {
        "k{k}, xmm/m128/m16bcst, imm8" => "RMI: EVEX.128.0F3A.W0 66 /r ib [avx512fp16]",
        "k{k}, ymm/m256/m16bcst, imm8" => "RMI: EVEX.256.0F3A.W0 66 /r ib [avx512fp16]",
        "k{k}, zmm/m512/m16bcst, imm8" => "RMI: EVEX.512.0F3A.W0 66 /r ib [avx512fp16]",
    }
    vfpclasssh {
        "k{k}, xmm/m16, imm8" => "RMI: EVEX.LIG.0F3A.W0 67 /r ib [avx512fp16]",
    }

    vmovsh {
        "xmm{k}{z}, m16" => "RM: EVEX.LIG.F3.MAP5.W0 10 /r [avx512fp16]",
        "m16{k}, xmm" => "MR: EVEX.LIG.F3.MAP5.W0 11 /r [avx512fp16]",
        "xmm{k}{z}, xmm, xmm" => "RVM: EVEX.LIG.F3.MAP5.W0 10 /r [avx512fp16]",
    }
    /// EVEX.128 in the manual, written LIG (the same bits) so that it needs AVX512-FP16 alone.
    vmovw {
        "xmm, r32m16" => "RM: EVEX.LIG.66.MAP5.W0 6E /r [avx512fp16]",
        "r32m16, xmm" => "MR: EVEX.LIG.66.MAP5.W0 7E /r [avx512fp16]",
    }
}

// The compare pseudo-ops: `vcmpeqph k, x, y` = `vcmpph k, x, y, 0`.
macro_rules! vcmp_ph_pseudo {
    ($($ph:ident $sh:ident $imm:literal),* $(,)?) => {
        forms! {
            $(
                $ph {
                    "k{k}, xmm, xmm/m128/m16bcst" => concat!("RVM: EVEX.128.0F3A.W0 C2 /r ", $imm, " [avx512fp16]"),
                    "k{k}, ymm, ymm/m256/m16bcst" => concat!("RVM: EVEX.256.0F3A.W0 C2 /r ", $imm, " [avx512fp16]"),
                    "k{k}, zmm, zmm/m512/m16bcst{sae}" => concat!("RVM: EVEX.512.0F3A.W0 C2 /r ", $imm, " [avx512fp16]"),
                }
                $sh {
                    "k{k}, xmm, xmm/m16{sae}" => concat!("RVM: EVEX.LIG.F3.0F3A.W0 C2 /r ", $imm, " [avx512fp16]"),
                }
            )*
        }
    };
}

vcmp_ph_pseudo! {
    vcmpeqph vcmpeqsh "00", vcmpltph vcmpltsh "01", vcmpleph vcmplesh "02",
    vcmpunordph vcmpunordsh "03", vcmpneqph vcmpneqsh "04", vcmpnltph vcmpnltsh "05",
    vcmpnleph vcmpnlesh "06", vcmpordph vcmpordsh "07", vcmpeq_uqph vcmpeq_uqsh "08",
    vcmpngeph vcmpngesh "09", vcmpngtph vcmpngtsh "0A", vcmpfalseph vcmpfalsesh "0B",
    vcmpneq_oqph vcmpneq_oqsh "0C", vcmpgeph vcmpgesh "0D", vcmpgtph vcmpgtsh "0E",
    vcmptrueph vcmptruesh "0F", vcmpeq_osph vcmpeq_ossh "10", vcmplt_oqph vcmplt_oqsh "11",
    vcmple_oqph vcmple_oqsh "12", vcmpunord_sph vcmpunord_ssh "13",
    vcmpneq_usph vcmpneq_ussh "14", vcmpnlt_uqph vcmpnlt_uqsh "15",
    vcmpnle_uqph vcmpnle_uqsh "16", vcmpord_sph vcmpord_ssh "17", vcmpeq_usph vcmpeq_ussh "18",
    vcmpnge_uqph vcmpnge_uqsh "19", vcmpngt_uqph vcmpngt_uqsh "1A",
    vcmpfalse_osph vcmpfalse_ossh "1B", vcmpneq_osph vcmpneq_ossh "1C",
    vcmpge_oqph vcmpge_oqsh "1D", vcmpgt_oqph vcmpgt_oqsh "1E", vcmptrue_usph vcmptrue_ussh "1F",
    // Other names llvm-mc takes.
    vcmpeq_oqph vcmpeq_oqsh "00", vcmplt_osph vcmplt_ossh "01", vcmple_osph vcmple_ossh "02",
    vcmpunord_qph vcmpunord_qsh "03", vcmpneq_uqph vcmpneq_uqsh "04",
    vcmpnlt_usph vcmpnlt_ussh "05", vcmpnle_usph vcmpnle_ussh "06", vcmpord_qph vcmpord_qsh "07",
    vcmpnge_usph vcmpnge_ussh "09", vcmpngt_usph vcmpngt_ussh "0A",
    vcmpfalse_oqph vcmpfalse_oqsh "0B", vcmpge_osph vcmpge_ossh "0D", vcmpgt_osph vcmpgt_ossh "0E",
    vcmptrue_uqph vcmptrue_uqsh "0F",
}

// AVX512-BF16.
forms! {
    vcvtne2ps2bf16 {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => "RVM: EVEX.128.F2.0F38.W0 72 /r [avx512bf16]",
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => "RVM: EVEX.256.F2.0F38.W0 72 /r [avx512bf16]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => "RVM: EVEX.512.F2.0F38.W0 72 /r [avx512bf16]",
    }
    vcvtneps2bf16 {
        "xmm{k}{z}, xmm/m128/m32bcst" => "RM: EVEX.128.F3.0F38.W0 72 /r [avx512bf16]",
        "xmm{k}{z}, ymm/m256/m32bcst" => "RM: EVEX.256.F3.0F38.W0 72 /r [avx512bf16]",
        "ymm{k}{z}, zmm/m512/m32bcst" => "RM: EVEX.512.F3.0F38.W0 72 /r [avx512bf16]",
    }
    vdpbf16ps {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => "RVM: EVEX.128.F3.0F38.W0 52 /r [avx512bf16]",
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => "RVM: EVEX.256.F3.0F38.W0 52 /r [avx512bf16]",
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => "RVM: EVEX.512.F3.0F38.W0 52 /r [avx512bf16]",
    }
}
