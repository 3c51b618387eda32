//! EVEX floating point: arithmetic, logic, compares, FMA3, the AVX512F/DQ special operations
//! (rcp14, rsqrt14, getexp, getmant, scalef, fixupimm, range, reduce, rndscale, fpclass), unpack
//! and shuffle, and the conversions. Rows as the Intel SDM's opcode tables; bytes checked
//! against llvm-mc 14 (`-x86-asm-syntax=intel`).
//!
//! Macro arguments: `elem` is the broadcast element size (`32` or `64`), `deco` the decoration of
//! the 512-bit form's last source (`"er"`, `"sae"` or `""`), `group` the `.feature` group.
//! (Selectors are literals, not identifiers: tools/missing_mnemonics.py reads every identifier
//! outside strings as a mnemonic name.)
#![allow(missing_docs)]
#[allow(unused_imports)]
use super::super::{Form, Mnemonic};

// Packed, three operands (RVM), full vector: `name "pp.map.W op" elem deco group`.
macro_rules! evex_rvm {
    ($($name:ident $enc:literal $e:tt $d:tt $g:literal),* $(,)?) => {
        $(evex_rvm!(@ $name $enc $e $d $g);)*
    };
    (@ $name:ident $enc:literal 32 "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m32bcst{er}" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m64bcst{er}" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 32 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 32 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m32bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m64bcst" => concat!("RVM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
}

// Packed, two operands (RM), same element width in and out: `name "pp.map.W op" elem deco group`.
macro_rules! evex_rm {
    ($($name:ident $enc:literal $e:tt $d:tt $g:literal),* $(,)?) => {
        $(evex_rm!(@ $name $enc $e $d $g);)*
    };
    (@ $name:ident $enc:literal 32 "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m32bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m64bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 32 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m32bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m64bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 32 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m32bcst" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m64bcst" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
}

// Packed with an imm8, two operands (RMI), `{sae}` on the 512-bit form:
// `name "pp.map.W op" elem group`.
macro_rules! evex_rmi_sae {
    ($($name:ident $enc:literal $e:tt $g:literal),* $(,)?) => {
        $(evex_rmi_sae!(@ $name $enc $e $g);)*
    };
    (@ $name:ident $enc:literal 32 $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m32bcst, imm8" => concat!("RMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m32bcst, imm8" => concat!("RMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m32bcst{sae}, imm8" => concat!("RMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst, imm8" => concat!("RMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm/m256/m64bcst, imm8" => concat!("RMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm/m512/m64bcst{sae}, imm8" => concat!("RMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
}

// Packed with an imm8, three operands (RVMI): `name "pp.map.W op" elem deco group`.
macro_rules! evex_rvmi {
    ($($name:ident $enc:literal $e:tt $d:tt $g:literal),* $(,)?) => {
        $(evex_rvmi!(@ $name $enc $e $d $g);)*
    };
    (@ $name:ident $enc:literal 32 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m32bcst{sae}, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m64bcst{sae}, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 32 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m32bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m32bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m32bcst, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal 64 "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m128/m64bcst, imm8" => concat!("RVMI: EVEX.128.", $enc, " /r ib [", $g, "]"),
        "ymm{k}{z}, ymm, ymm/m256/m64bcst, imm8" => concat!("RVMI: EVEX.256.", $enc, " /r ib [", $g, "]"),
        "zmm{k}{z}, zmm, zmm/m512/m64bcst, imm8" => concat!("RVMI: EVEX.512.", $enc, " /r ib [", $g, "]"),
    } } };
}

// Scalar, three operands (RVM), `xmm{k}{z}, xmm, xmm/mNN{deco}`: `name "operands" "pp.map.W op"
// group`.
macro_rules! evex_scalar {
    ($($name:ident $ops:literal $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                $ops => concat!("RVM: EVEX.LIG.", $enc, " /r [", $g, "]"),
            })*
        }
    };
}

// Scalar with an imm8 (RVMI): `name "operands" "pp.map.W op" group`.
macro_rules! evex_scalar_i {
    ($($name:ident $ops:literal $enc:literal $g:literal),* $(,)?) => {
        forms! {
            $($name {
                $ops => concat!("RVMI: EVEX.LIG.", $enc, " /r ib [", $g, "]"),
            })*
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Arithmetic and logic.

evex_rvm! {
    vaddps "0F.W0 58" 32 "er" "avx512f", vaddpd "66.0F.W1 58" 64 "er" "avx512f",
    vsubps "0F.W0 5C" 32 "er" "avx512f", vsubpd "66.0F.W1 5C" 64 "er" "avx512f",
    vmulps "0F.W0 59" 32 "er" "avx512f", vmulpd "66.0F.W1 59" 64 "er" "avx512f",
    vdivps "0F.W0 5E" 32 "er" "avx512f", vdivpd "66.0F.W1 5E" 64 "er" "avx512f",
    vminps "0F.W0 5D" 32 "sae" "avx512f", vminpd "66.0F.W1 5D" 64 "sae" "avx512f",
    vmaxps "0F.W0 5F" 32 "sae" "avx512f", vmaxpd "66.0F.W1 5F" 64 "sae" "avx512f",
    vandps "0F.W0 54" 32 "" "avx512dq", vandpd "66.0F.W1 54" 64 "" "avx512dq",
    vandnps "0F.W0 55" 32 "" "avx512dq", vandnpd "66.0F.W1 55" 64 "" "avx512dq",
    vorps "0F.W0 56" 32 "" "avx512dq", vorpd "66.0F.W1 56" 64 "" "avx512dq",
    vxorps "0F.W0 57" 32 "" "avx512dq", vxorpd "66.0F.W1 57" 64 "" "avx512dq",
    vscalefps "66.0F38.W0 2C" 32 "er" "avx512f", vscalefpd "66.0F38.W1 2C" 64 "er" "avx512f",
    vunpcklps "0F.W0 14" 32 "" "avx512f", vunpcklpd "66.0F.W1 14" 64 "" "avx512f",
    vunpckhps "0F.W0 15" 32 "" "avx512f", vunpckhpd "66.0F.W1 15" 64 "" "avx512f",
}

evex_rm! {
    vsqrtps "0F.W0 51" 32 "er" "avx512f", vsqrtpd "66.0F.W1 51" 64 "er" "avx512f",
    vrcp14ps "66.0F38.W0 4C" 32 "" "avx512f", vrcp14pd "66.0F38.W1 4C" 64 "" "avx512f",
    vrsqrt14ps "66.0F38.W0 4E" 32 "" "avx512f", vrsqrt14pd "66.0F38.W1 4E" 64 "" "avx512f",
    vgetexpps "66.0F38.W0 42" 32 "sae" "avx512f", vgetexppd "66.0F38.W1 42" 64 "sae" "avx512f",
}

evex_scalar! {
    vaddss "xmm{k}{z}, xmm, xmm/m32{er}" "F3.0F.W0 58" "avx512f",
    vaddsd "xmm{k}{z}, xmm, xmm/m64{er}" "F2.0F.W1 58" "avx512f",
    vsubss "xmm{k}{z}, xmm, xmm/m32{er}" "F3.0F.W0 5C" "avx512f",
    vsubsd "xmm{k}{z}, xmm, xmm/m64{er}" "F2.0F.W1 5C" "avx512f",
    vmulss "xmm{k}{z}, xmm, xmm/m32{er}" "F3.0F.W0 59" "avx512f",
    vmulsd "xmm{k}{z}, xmm, xmm/m64{er}" "F2.0F.W1 59" "avx512f",
    vdivss "xmm{k}{z}, xmm, xmm/m32{er}" "F3.0F.W0 5E" "avx512f",
    vdivsd "xmm{k}{z}, xmm, xmm/m64{er}" "F2.0F.W1 5E" "avx512f",
    vminss "xmm{k}{z}, xmm, xmm/m32{sae}" "F3.0F.W0 5D" "avx512f",
    vminsd "xmm{k}{z}, xmm, xmm/m64{sae}" "F2.0F.W1 5D" "avx512f",
    vmaxss "xmm{k}{z}, xmm, xmm/m32{sae}" "F3.0F.W0 5F" "avx512f",
    vmaxsd "xmm{k}{z}, xmm, xmm/m64{sae}" "F2.0F.W1 5F" "avx512f",
    vsqrtss "xmm{k}{z}, xmm, xmm/m32{er}" "F3.0F.W0 51" "avx512f",
    vsqrtsd "xmm{k}{z}, xmm, xmm/m64{er}" "F2.0F.W1 51" "avx512f",
    vrcp14ss "xmm{k}{z}, xmm, xmm/m32" "66.0F38.W0 4D" "avx512f",
    vrcp14sd "xmm{k}{z}, xmm, xmm/m64" "66.0F38.W1 4D" "avx512f",
    vrsqrt14ss "xmm{k}{z}, xmm, xmm/m32" "66.0F38.W0 4F" "avx512f",
    vrsqrt14sd "xmm{k}{z}, xmm, xmm/m64" "66.0F38.W1 4F" "avx512f",
    vgetexpss "xmm{k}{z}, xmm, xmm/m32{sae}" "66.0F38.W0 43" "avx512f",
    vgetexpsd "xmm{k}{z}, xmm, xmm/m64{sae}" "66.0F38.W1 43" "avx512f",
    vscalefss "xmm{k}{z}, xmm, xmm/m32{er}" "66.0F38.W0 2D" "avx512f",
    vscalefsd "xmm{k}{z}, xmm, xmm/m64{er}" "66.0F38.W1 2D" "avx512f",
}

// ---------------------------------------------------------------------------------------------
// The imm8 operations.

evex_rmi_sae! {
    vgetmantps "66.0F3A.W0 26" 32 "avx512f", vgetmantpd "66.0F3A.W1 26" 64 "avx512f",
    vreduceps "66.0F3A.W0 56" 32 "avx512dq", vreducepd "66.0F3A.W1 56" 64 "avx512dq",
    vrndscaleps "66.0F3A.W0 08" 32 "avx512f", vrndscalepd "66.0F3A.W1 09" 64 "avx512f",
}

evex_rvmi! {
    vfixupimmps "66.0F3A.W0 54" 32 "sae" "avx512f", vfixupimmpd "66.0F3A.W1 54" 64 "sae" "avx512f",
    vrangeps "66.0F3A.W0 50" 32 "sae" "avx512dq", vrangepd "66.0F3A.W1 50" 64 "sae" "avx512dq",
    vshufps "0F.W0 C6" 32 "" "avx512f", vshufpd "66.0F.W1 C6" 64 "" "avx512f",
}

evex_scalar_i! {
    vgetmantss "xmm{k}{z}, xmm, xmm/m32{sae}, imm8" "66.0F3A.W0 27" "avx512f",
    vgetmantsd "xmm{k}{z}, xmm, xmm/m64{sae}, imm8" "66.0F3A.W1 27" "avx512f",
    vfixupimmss "xmm{k}{z}, xmm, xmm/m32{sae}, imm8" "66.0F3A.W0 55" "avx512f",
    vfixupimmsd "xmm{k}{z}, xmm, xmm/m64{sae}, imm8" "66.0F3A.W1 55" "avx512f",
    vrangess "xmm{k}{z}, xmm, xmm/m32{sae}, imm8" "66.0F3A.W0 51" "avx512dq",
    vrangesd "xmm{k}{z}, xmm, xmm/m64{sae}, imm8" "66.0F3A.W1 51" "avx512dq",
    vreducess "xmm{k}{z}, xmm, xmm/m32{sae}, imm8" "66.0F3A.W0 57" "avx512dq",
    vreducesd "xmm{k}{z}, xmm, xmm/m64{sae}, imm8" "66.0F3A.W1 57" "avx512dq",
    vrndscaless "xmm{k}{z}, xmm, xmm/m32{sae}, imm8" "66.0F3A.W0 0A" "avx512f",
    vrndscalesd "xmm{k}{z}, xmm, xmm/m64{sae}, imm8" "66.0F3A.W1 0B" "avx512f",
}

forms! {
    /// The memory forms of different lengths differ only in their size keyword (or the `{1toN}`
    /// of a broadcast), which llvm-mc requires.
    vfpclassps {
        "k{k}, xmm/m128/m32bcst, imm8" => "RMI: EVEX.128.66.0F3A.W0 66 /r ib [avx512dq]",
        "k{k}, ymm/m256/m32bcst, imm8" => "RMI: EVEX.256.66.0F3A.W0 66 /r ib [avx512dq]",
        "k{k}, zmm/m512/m32bcst, imm8" => "RMI: EVEX.512.66.0F3A.W0 66 /r ib [avx512dq]",
    }
    vfpclasspd {
        "k{k}, xmm/m128/m64bcst, imm8" => "RMI: EVEX.128.66.0F3A.W1 66 /r ib [avx512dq]",
        "k{k}, ymm/m256/m64bcst, imm8" => "RMI: EVEX.256.66.0F3A.W1 66 /r ib [avx512dq]",
        "k{k}, zmm/m512/m64bcst, imm8" => "RMI: EVEX.512.66.0F3A.W1 66 /r ib [avx512dq]",
    }
    vfpclassss { "k{k}, xmm/m32, imm8" => "RMI: EVEX.LIG.66.0F3A.W0 67 /r ib [avx512dq]" }
    vfpclasssd { "k{k}, xmm/m64, imm8" => "RMI: EVEX.LIG.66.0F3A.W1 67 /r ib [avx512dq]" }
}

// ---------------------------------------------------------------------------------------------
// Compares.

forms! {
    vcmpps {
        "k{k}, xmm, xmm/m128/m32bcst, imm8" => "RVMI: EVEX.128.0F.W0 C2 /r ib [avx512f]",
        "k{k}, ymm, ymm/m256/m32bcst, imm8" => "RVMI: EVEX.256.0F.W0 C2 /r ib [avx512f]",
        "k{k}, zmm, zmm/m512/m32bcst{sae}, imm8" => "RVMI: EVEX.512.0F.W0 C2 /r ib [avx512f]",
    }
    vcmppd {
        "k{k}, xmm, xmm/m128/m64bcst, imm8" => "RVMI: EVEX.128.66.0F.W1 C2 /r ib [avx512f]",
        "k{k}, ymm, ymm/m256/m64bcst, imm8" => "RVMI: EVEX.256.66.0F.W1 C2 /r ib [avx512f]",
        "k{k}, zmm, zmm/m512/m64bcst{sae}, imm8" => "RVMI: EVEX.512.66.0F.W1 C2 /r ib [avx512f]",
    }
    vcmpss { "k{k}, xmm, xmm/m32{sae}, imm8" => "RVMI: EVEX.LIG.F3.0F.W0 C2 /r ib [avx512f]" }
    vcmpsd { "k{k}, xmm, xmm/m64{sae}, imm8" => "RVMI: EVEX.LIG.F2.0F.W1 C2 /r ib [avx512f]" }
    vcomiss { "xmm, xmm/m32{sae}" => "RM: EVEX.LIG.0F.W0 2F /r [avx512f]" }
    vcomisd { "xmm, xmm/m64{sae}" => "RM: EVEX.LIG.66.0F.W1 2F /r [avx512f]" }
    vucomiss { "xmm, xmm/m32{sae}" => "RM: EVEX.LIG.0F.W0 2E /r [avx512f]" }
    vucomisd { "xmm, xmm/m64{sae}" => "RM: EVEX.LIG.66.0F.W1 2E /r [avx512f]" }
}

// The comparison pseudo-ops (the spellings avx.rs defines for VEX): `vcmpeqps k1, zmm2, zmm3` =
// `vcmpps k1, zmm2, zmm3, 0`, the predicate a fixed byte after the ModRM and displacement. Unlike
// the VEX rows, the scalar single ones take `m32` (the manual's size, as llvm-mc).
macro_rules! evex_vcmp_pseudo {
    ($($ps:ident $pd:ident $ss:ident $sd:ident $imm:literal),* $(,)?) => {
        forms! {
            $(
                $ps {
                    "k{k}, xmm, xmm/m128/m32bcst" => concat!("RVM: EVEX.128.0F.W0 C2 /r ", $imm, " [avx512f]"),
                    "k{k}, ymm, ymm/m256/m32bcst" => concat!("RVM: EVEX.256.0F.W0 C2 /r ", $imm, " [avx512f]"),
                    "k{k}, zmm, zmm/m512/m32bcst{sae}" => concat!("RVM: EVEX.512.0F.W0 C2 /r ", $imm, " [avx512f]"),
                }
                $pd {
                    "k{k}, xmm, xmm/m128/m64bcst" => concat!("RVM: EVEX.128.66.0F.W1 C2 /r ", $imm, " [avx512f]"),
                    "k{k}, ymm, ymm/m256/m64bcst" => concat!("RVM: EVEX.256.66.0F.W1 C2 /r ", $imm, " [avx512f]"),
                    "k{k}, zmm, zmm/m512/m64bcst{sae}" => concat!("RVM: EVEX.512.66.0F.W1 C2 /r ", $imm, " [avx512f]"),
                }
                $ss {
                    "k{k}, xmm, xmm/m32{sae}" => concat!("RVM: EVEX.LIG.F3.0F.W0 C2 /r ", $imm, " [avx512f]"),
                }
                $sd {
                    "k{k}, xmm, xmm/m64{sae}" => concat!("RVM: EVEX.LIG.F2.0F.W1 C2 /r ", $imm, " [avx512f]"),
                }
            )*
        }
    };
}

evex_vcmp_pseudo! {
    vcmpeqps vcmpeqpd vcmpeqss vcmpeqsd "00",
    vcmpltps vcmpltpd vcmpltss vcmpltsd "01",
    vcmpleps vcmplepd vcmpless vcmplesd "02",
    vcmpunordps vcmpunordpd vcmpunordss vcmpunordsd "03",
    vcmpneqps vcmpneqpd vcmpneqss vcmpneqsd "04",
    vcmpnltps vcmpnltpd vcmpnltss vcmpnltsd "05",
    vcmpnleps vcmpnlepd vcmpnless vcmpnlesd "06",
    vcmpordps vcmpordpd vcmpordss vcmpordsd "07",
    vcmpeq_uqps vcmpeq_uqpd vcmpeq_uqss vcmpeq_uqsd "08",
    vcmpngeps vcmpngepd vcmpngess vcmpngesd "09",
    vcmpngtps vcmpngtpd vcmpngtss vcmpngtsd "0A",
    vcmpfalseps vcmpfalsepd vcmpfalsess vcmpfalsesd "0B",
    vcmpneq_oqps vcmpneq_oqpd vcmpneq_oqss vcmpneq_oqsd "0C",
    vcmpgeps vcmpgepd vcmpgess vcmpgesd "0D",
    vcmpgtps vcmpgtpd vcmpgtss vcmpgtsd "0E",
    vcmptrueps vcmptruepd vcmptruess vcmptruesd "0F",
    vcmpeq_osps vcmpeq_ospd vcmpeq_osss vcmpeq_ossd "10",
    vcmplt_oqps vcmplt_oqpd vcmplt_oqss vcmplt_oqsd "11",
    vcmple_oqps vcmple_oqpd vcmple_oqss vcmple_oqsd "12",
    vcmpunord_sps vcmpunord_spd vcmpunord_sss vcmpunord_ssd "13",
    vcmpneq_usps vcmpneq_uspd vcmpneq_usss vcmpneq_ussd "14",
    vcmpnlt_uqps vcmpnlt_uqpd vcmpnlt_uqss vcmpnlt_uqsd "15",
    vcmpnle_uqps vcmpnle_uqpd vcmpnle_uqss vcmpnle_uqsd "16",
    vcmpord_sps vcmpord_spd vcmpord_sss vcmpord_ssd "17",
    vcmpeq_usps vcmpeq_uspd vcmpeq_usss vcmpeq_ussd "18",
    vcmpnge_uqps vcmpnge_uqpd vcmpnge_uqss vcmpnge_uqsd "19",
    vcmpngt_uqps vcmpngt_uqpd vcmpngt_uqss vcmpngt_uqsd "1A",
    vcmpfalse_osps vcmpfalse_ospd vcmpfalse_osss vcmpfalse_ossd "1B",
    vcmpneq_osps vcmpneq_ospd vcmpneq_osss vcmpneq_ossd "1C",
    vcmpge_oqps vcmpge_oqpd vcmpge_oqss vcmpge_oqsd "1D",
    vcmpgt_oqps vcmpgt_oqpd vcmpgt_oqss vcmpgt_oqsd "1E",
    vcmptrue_usps vcmptrue_uspd vcmptrue_usss vcmptrue_ussd "1F",
    // The other spellings of predicates 01h-0Fh.
    vcmplt_osps vcmplt_ospd vcmplt_osss vcmplt_ossd "01",
    vcmple_osps vcmple_ospd vcmple_osss vcmple_ossd "02",
    vcmpunord_qps vcmpunord_qpd vcmpunord_qss vcmpunord_qsd "03",
    vcmpneq_uqps vcmpneq_uqpd vcmpneq_uqss vcmpneq_uqsd "04",
    vcmpnlt_usps vcmpnlt_uspd vcmpnlt_usss vcmpnlt_ussd "05",
    vcmpnle_usps vcmpnle_uspd vcmpnle_usss vcmpnle_ussd "06",
    vcmpord_qps vcmpord_qpd vcmpord_qss vcmpord_qsd "07",
    vcmpnge_usps vcmpnge_uspd vcmpnge_usss vcmpnge_ussd "09",
    vcmpngt_usps vcmpngt_uspd vcmpngt_usss vcmpngt_ussd "0A",
    vcmpfalse_oqps vcmpfalse_oqpd vcmpfalse_oqss vcmpfalse_oqsd "0B",
    vcmpge_osps vcmpge_ospd vcmpge_osss vcmpge_ossd "0D",
    vcmpgt_osps vcmpgt_ospd vcmpgt_osss vcmpgt_ossd "0E",
    vcmptrue_uqps vcmptrue_uqpd vcmptrue_uqss vcmptrue_uqsd "0F",
}

// ---------------------------------------------------------------------------------------------
// FMA3: `EVEX.DDS.L.66.0F38.W op /r`, `{er}` on the 512-bit and scalar forms. (The scalar macro
// takes the element size: `name elem "W op"`.)

macro_rules! evex_fma_scalar {
    ($($name:ident $e:tt $wop:literal),* $(,)?) => {
        $(evex_fma_scalar!(@ $name $e $wop);)*
    };
    (@ $name:ident 32 $wop:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m32{er}" => concat!("RVM: EVEX.LIG.66.0F38.", $wop, " /r [avx512f]"),
    } } };
    (@ $name:ident 64 $wop:literal) => { forms! { $name {
        "xmm{k}{z}, xmm, xmm/m64{er}" => concat!("RVM: EVEX.LIG.66.0F38.", $wop, " /r [avx512f]"),
    } } };
}

evex_rvm! {
    vfmadd132ps "66.0F38.W0 98" 32 "er" "avx512f", vfmadd132pd "66.0F38.W1 98" 64 "er" "avx512f",
    vfmadd213ps "66.0F38.W0 A8" 32 "er" "avx512f", vfmadd213pd "66.0F38.W1 A8" 64 "er" "avx512f",
    vfmadd231ps "66.0F38.W0 B8" 32 "er" "avx512f", vfmadd231pd "66.0F38.W1 B8" 64 "er" "avx512f",
    vfmaddsub132ps "66.0F38.W0 96" 32 "er" "avx512f", vfmaddsub132pd "66.0F38.W1 96" 64 "er" "avx512f",
    vfmaddsub213ps "66.0F38.W0 A6" 32 "er" "avx512f", vfmaddsub213pd "66.0F38.W1 A6" 64 "er" "avx512f",
    vfmaddsub231ps "66.0F38.W0 B6" 32 "er" "avx512f", vfmaddsub231pd "66.0F38.W1 B6" 64 "er" "avx512f",
    vfmsubadd132ps "66.0F38.W0 97" 32 "er" "avx512f", vfmsubadd132pd "66.0F38.W1 97" 64 "er" "avx512f",
    vfmsubadd213ps "66.0F38.W0 A7" 32 "er" "avx512f", vfmsubadd213pd "66.0F38.W1 A7" 64 "er" "avx512f",
    vfmsubadd231ps "66.0F38.W0 B7" 32 "er" "avx512f", vfmsubadd231pd "66.0F38.W1 B7" 64 "er" "avx512f",
    vfmsub132ps "66.0F38.W0 9A" 32 "er" "avx512f", vfmsub132pd "66.0F38.W1 9A" 64 "er" "avx512f",
    vfmsub213ps "66.0F38.W0 AA" 32 "er" "avx512f", vfmsub213pd "66.0F38.W1 AA" 64 "er" "avx512f",
    vfmsub231ps "66.0F38.W0 BA" 32 "er" "avx512f", vfmsub231pd "66.0F38.W1 BA" 64 "er" "avx512f",
    vfnmadd132ps "66.0F38.W0 9C" 32 "er" "avx512f", vfnmadd132pd "66.0F38.W1 9C" 64 "er" "avx512f",
    vfnmadd213ps "66.0F38.W0 AC" 32 "er" "avx512f", vfnmadd213pd "66.0F38.W1 AC" 64 "er" "avx512f",
    vfnmadd231ps "66.0F38.W0 BC" 32 "er" "avx512f", vfnmadd231pd "66.0F38.W1 BC" 64 "er" "avx512f",
    vfnmsub132ps "66.0F38.W0 9E" 32 "er" "avx512f", vfnmsub132pd "66.0F38.W1 9E" 64 "er" "avx512f",
    vfnmsub213ps "66.0F38.W0 AE" 32 "er" "avx512f", vfnmsub213pd "66.0F38.W1 AE" 64 "er" "avx512f",
    vfnmsub231ps "66.0F38.W0 BE" 32 "er" "avx512f", vfnmsub231pd "66.0F38.W1 BE" 64 "er" "avx512f",
}

evex_fma_scalar! {
    vfmadd132ss 32 "W0 99", vfmadd213ss 32 "W0 A9", vfmadd231ss 32 "W0 B9",
    vfmadd132sd 64 "W1 99", vfmadd213sd 64 "W1 A9", vfmadd231sd 64 "W1 B9",
    vfmsub132ss 32 "W0 9B", vfmsub213ss 32 "W0 AB", vfmsub231ss 32 "W0 BB",
    vfmsub132sd 64 "W1 9B", vfmsub213sd 64 "W1 AB", vfmsub231sd 64 "W1 BB",
    vfnmadd132ss 32 "W0 9D", vfnmadd213ss 32 "W0 AD", vfnmadd231ss 32 "W0 BD",
    vfnmadd132sd 64 "W1 9D", vfnmadd213sd 64 "W1 AD", vfnmadd231sd 64 "W1 BD",
    vfnmsub132ss 32 "W0 9F", vfnmsub213ss 32 "W0 AF", vfnmsub231ss 32 "W0 BF",
    vfnmsub132sd 64 "W1 9F", vfnmsub213sd 64 "W1 AF", vfnmsub231sd 64 "W1 BF",
}

// NASM's names of the operand orders, which fma.rs defines for VEX: 123 = 213, 312 = 132,
// 321 = 231, the same encodings (llvm-mc does not know these names: checked as the 132/213/231
// ones).
evex_rvm! {
    vfmadd312ps "66.0F38.W0 98" 32 "er" "avx512f", vfmadd312pd "66.0F38.W1 98" 64 "er" "avx512f",
    vfmadd123ps "66.0F38.W0 A8" 32 "er" "avx512f", vfmadd123pd "66.0F38.W1 A8" 64 "er" "avx512f",
    vfmadd321ps "66.0F38.W0 B8" 32 "er" "avx512f", vfmadd321pd "66.0F38.W1 B8" 64 "er" "avx512f",
    vfmaddsub312ps "66.0F38.W0 96" 32 "er" "avx512f", vfmaddsub312pd "66.0F38.W1 96" 64 "er" "avx512f",
    vfmaddsub123ps "66.0F38.W0 A6" 32 "er" "avx512f", vfmaddsub123pd "66.0F38.W1 A6" 64 "er" "avx512f",
    vfmaddsub321ps "66.0F38.W0 B6" 32 "er" "avx512f", vfmaddsub321pd "66.0F38.W1 B6" 64 "er" "avx512f",
    vfmsubadd312ps "66.0F38.W0 97" 32 "er" "avx512f", vfmsubadd312pd "66.0F38.W1 97" 64 "er" "avx512f",
    vfmsubadd123ps "66.0F38.W0 A7" 32 "er" "avx512f", vfmsubadd123pd "66.0F38.W1 A7" 64 "er" "avx512f",
    vfmsubadd321ps "66.0F38.W0 B7" 32 "er" "avx512f", vfmsubadd321pd "66.0F38.W1 B7" 64 "er" "avx512f",
    vfmsub312ps "66.0F38.W0 9A" 32 "er" "avx512f", vfmsub312pd "66.0F38.W1 9A" 64 "er" "avx512f",
    vfmsub123ps "66.0F38.W0 AA" 32 "er" "avx512f", vfmsub123pd "66.0F38.W1 AA" 64 "er" "avx512f",
    vfmsub321ps "66.0F38.W0 BA" 32 "er" "avx512f", vfmsub321pd "66.0F38.W1 BA" 64 "er" "avx512f",
    vfnmadd312ps "66.0F38.W0 9C" 32 "er" "avx512f", vfnmadd312pd "66.0F38.W1 9C" 64 "er" "avx512f",
    vfnmadd123ps "66.0F38.W0 AC" 32 "er" "avx512f", vfnmadd123pd "66.0F38.W1 AC" 64 "er" "avx512f",
    vfnmadd321ps "66.0F38.W0 BC" 32 "er" "avx512f", vfnmadd321pd "66.0F38.W1 BC" 64 "er" "avx512f",
    vfnmsub312ps "66.0F38.W0 9E" 32 "er" "avx512f", vfnmsub312pd "66.0F38.W1 9E" 64 "er" "avx512f",
    vfnmsub123ps "66.0F38.W0 AE" 32 "er" "avx512f", vfnmsub123pd "66.0F38.W1 AE" 64 "er" "avx512f",
    vfnmsub321ps "66.0F38.W0 BE" 32 "er" "avx512f", vfnmsub321pd "66.0F38.W1 BE" 64 "er" "avx512f",
}

evex_fma_scalar! {
    vfmadd312ss 32 "W0 99", vfmadd123ss 32 "W0 A9", vfmadd321ss 32 "W0 B9",
    vfmadd312sd 64 "W1 99", vfmadd123sd 64 "W1 A9", vfmadd321sd 64 "W1 B9",
    vfmsub312ss 32 "W0 9B", vfmsub123ss 32 "W0 AB", vfmsub321ss 32 "W0 BB",
    vfmsub312sd 64 "W1 9B", vfmsub123sd 64 "W1 AB", vfmsub321sd 64 "W1 BB",
    vfnmadd312ss 32 "W0 9D", vfnmadd123ss 32 "W0 AD", vfnmadd321ss 32 "W0 BD",
    vfnmadd312sd 64 "W1 9D", vfnmadd123sd 64 "W1 AD", vfnmadd321sd 64 "W1 BD",
    vfnmsub312ss 32 "W0 9F", vfnmsub123ss 32 "W0 AF", vfnmsub321ss 32 "W0 BF",
    vfnmsub312sd 64 "W1 9F", vfnmsub123sd 64 "W1 AF", vfnmsub321sd 64 "W1 BF",
}

// ---------------------------------------------------------------------------------------------
// Conversions.

// Same element width in and out (full vector).
evex_rm! {
    vcvtdq2ps "0F.W0 5B" 32 "er" "avx512f",
    vcvtudq2ps "F2.0F.W0 7A" 32 "er" "avx512f",
    vcvtps2dq "66.0F.W0 5B" 32 "er" "avx512f",
    vcvttps2dq "F3.0F.W0 5B" 32 "sae" "avx512f",
    vcvtps2udq "0F.W0 79" 32 "er" "avx512f",
    vcvttps2udq "0F.W0 78" 32 "sae" "avx512f",
    vcvtpd2qq "66.0F.W1 7B" 64 "er" "avx512dq",
    vcvttpd2qq "66.0F.W1 7A" 64 "sae" "avx512dq",
    vcvtpd2uqq "66.0F.W1 79" 64 "er" "avx512dq",
    vcvttpd2uqq "66.0F.W1 78" 64 "sae" "avx512dq",
    vcvtqq2pd "F3.0F.W1 E6" 64 "er" "avx512dq",
    vcvtuqq2pd "F3.0F.W1 7A" 64 "er" "avx512dq",
}

// 32-bit elements to 64-bit (half vector source, 32-bit broadcast): `name "pp.map.W op" deco
// group`.
macro_rules! evex_cvt_widen {
    ($($name:ident $enc:literal $d:tt $g:literal),* $(,)?) => {
        $(evex_cvt_widen!(@ $name $enc $d $g);)*
    };
    (@ $name:ident $enc:literal "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m64/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, ymm/m256/m32bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m64/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, ymm/m256/m32bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal "" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m64/m32bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, xmm/m128/m32bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "zmm{k}{z}, ymm/m256/m32bcst" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
}

evex_cvt_widen! {
    vcvtdq2pd "F3.0F.W0 E6" "" "avx512f",
    vcvtudq2pd "F3.0F.W0 7A" "" "avx512f",
    vcvtps2pd "0F.W0 5A" "sae" "avx512f",
    vcvtps2qq "66.0F.W0 7B" "er" "avx512dq",
    vcvttps2qq "66.0F.W0 7A" "sae" "avx512dq",
    vcvtps2uqq "66.0F.W0 79" "er" "avx512dq",
    vcvttps2uqq "66.0F.W0 78" "sae" "avx512dq",
}

// 64-bit elements to 32-bit (the destination half the source, 64-bit broadcast; the 128- and
// 256-bit sources both write xmm, their memory forms differ by the size keyword or `{1toN}`):
// `name "pp.map.W op" deco group`.
macro_rules! evex_cvt_narrow {
    ($($name:ident $enc:literal $d:tt $g:literal),* $(,)?) => {
        $(evex_cvt_narrow!(@ $name $enc $d $g);)*
    };
    (@ $name:ident $enc:literal "er" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "xmm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, zmm/m512/m64bcst{er}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
    (@ $name:ident $enc:literal "sae" $g:literal) => { forms! { $name {
        "xmm{k}{z}, xmm/m128/m64bcst" => concat!("RM: EVEX.128.", $enc, " /r [", $g, "]"),
        "xmm{k}{z}, ymm/m256/m64bcst" => concat!("RM: EVEX.256.", $enc, " /r [", $g, "]"),
        "ymm{k}{z}, zmm/m512/m64bcst{sae}" => concat!("RM: EVEX.512.", $enc, " /r [", $g, "]"),
    } } };
}

evex_cvt_narrow! {
    vcvtpd2ps "66.0F.W1 5A" "er" "avx512f",
    vcvtpd2dq "F2.0F.W1 E6" "er" "avx512f",
    vcvttpd2dq "66.0F.W1 E6" "sae" "avx512f",
    vcvtpd2udq "0F.W1 79" "er" "avx512f",
    vcvttpd2udq "0F.W1 78" "sae" "avx512f",
    vcvtqq2ps "0F.W1 5B" "er" "avx512dq",
    vcvtuqq2ps "F2.0F.W1 7A" "er" "avx512dq",
}

forms! {
    vcvtph2ps {
        "xmm{k}{z}, xmm/m64" => "RM: EVEX.128.66.0F38.W0 13 /r [avx512f]",
        "ymm{k}{z}, xmm/m128" => "RM: EVEX.256.66.0F38.W0 13 /r [avx512f]",
        "zmm{k}{z}, ymm/m256{sae}" => "RM: EVEX.512.66.0F38.W0 13 /r [avx512f]",
    }
    /// The manual's `xmm1/m64 {k1}{z}` destination as two rows: zeroing only with a register.
    vcvtps2ph {
        "xmm{k}{z}, xmm, imm8" => "MRI: EVEX.128.66.0F3A.W0 1D /r ib [avx512f]",
        "m64{k}, xmm, imm8" => "MRI: EVEX.128.66.0F3A.W0 1D /r ib [avx512f]",
        "xmm{k}{z}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 1D /r ib [avx512f]",
        "m128{k}, ymm, imm8" => "MRI: EVEX.256.66.0F3A.W0 1D /r ib [avx512f]",
        "ymm{k}{z}, zmm{sae}, imm8" => "MRI: EVEX.512.66.0F3A.W0 1D /r ib [avx512f]",
        "m256{k}, zmm, imm8" => "MRI: EVEX.512.66.0F3A.W0 1D /r ib [avx512f]",
    }
    vcvtss2sd { "xmm{k}{z}, xmm, xmm/m32{sae}" => "RVM: EVEX.LIG.F3.0F.W0 5A /r [avx512f]" }
    vcvtsd2ss { "xmm{k}{z}, xmm, xmm/m64{er}" => "RVM: EVEX.LIG.F2.0F.W1 5A /r [avx512f]" }

    // From a general-purpose register or memory: `{er}` (written before the GP operand in a
    // statement) where the result can be inexact.
    vcvtsi2ss {
        "xmm, xmm, rm32{er}" => "RVM: EVEX.LIG.F3.0F.W0 2A /r [avx512f]",
        "xmm, xmm, rm64{er}" => "RVM: EVEX.LIG.F3.0F.W1 2A /r [avx512f]",
    }
    vcvtsi2sd {
        "xmm, xmm, rm32" => "RVM: EVEX.LIG.F2.0F.W0 2A /r [avx512f]",
        "xmm, xmm, rm64{er}" => "RVM: EVEX.LIG.F2.0F.W1 2A /r [avx512f]",
    }
    vcvtusi2ss {
        "xmm, xmm, rm32{er}" => "RVM: EVEX.LIG.F3.0F.W0 7B /r [avx512f]",
        "xmm, xmm, rm64{er}" => "RVM: EVEX.LIG.F3.0F.W1 7B /r [avx512f]",
    }
    vcvtusi2sd {
        "xmm, xmm, rm32" => "RVM: EVEX.LIG.F2.0F.W0 7B /r [avx512f]",
        "xmm, xmm, rm64{er}" => "RVM: EVEX.LIG.F2.0F.W1 7B /r [avx512f]",
    }

    // To a general-purpose register.
    vcvtss2si {
        "r32, xmm/m32{er}" => "RM: EVEX.LIG.F3.0F.W0 2D /r [avx512f]",
        "r64, xmm/m32{er}" => "RM: EVEX.LIG.F3.0F.W1 2D /r [avx512f]",
    }
    vcvtsd2si {
        "r32, xmm/m64{er}" => "RM: EVEX.LIG.F2.0F.W0 2D /r [avx512f]",
        "r64, xmm/m64{er}" => "RM: EVEX.LIG.F2.0F.W1 2D /r [avx512f]",
    }
    vcvttss2si {
        "r32, xmm/m32{sae}" => "RM: EVEX.LIG.F3.0F.W0 2C /r [avx512f]",
        "r64, xmm/m32{sae}" => "RM: EVEX.LIG.F3.0F.W1 2C /r [avx512f]",
    }
    vcvttsd2si {
        "r32, xmm/m64{sae}" => "RM: EVEX.LIG.F2.0F.W0 2C /r [avx512f]",
        "r64, xmm/m64{sae}" => "RM: EVEX.LIG.F2.0F.W1 2C /r [avx512f]",
    }
    vcvtss2usi {
        "r32, xmm/m32{er}" => "RM: EVEX.LIG.F3.0F.W0 79 /r [avx512f]",
        "r64, xmm/m32{er}" => "RM: EVEX.LIG.F3.0F.W1 79 /r [avx512f]",
    }
    vcvtsd2usi {
        "r32, xmm/m64{er}" => "RM: EVEX.LIG.F2.0F.W0 79 /r [avx512f]",
        "r64, xmm/m64{er}" => "RM: EVEX.LIG.F2.0F.W1 79 /r [avx512f]",
    }
    vcvttss2usi {
        "r32, xmm/m32{sae}" => "RM: EVEX.LIG.F3.0F.W0 78 /r [avx512f]",
        "r64, xmm/m32{sae}" => "RM: EVEX.LIG.F3.0F.W1 78 /r [avx512f]",
    }
    vcvttsd2usi {
        "r32, xmm/m64{sae}" => "RM: EVEX.LIG.F2.0F.W0 78 /r [avx512f]",
        "r64, xmm/m64{sae}" => "RM: EVEX.LIG.F2.0F.W1 78 /r [avx512f]",
    }
}
