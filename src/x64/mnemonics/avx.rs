//! AVX: the VEX-encoded floating-point, move, shuffle and conversion operations on xmm and ymm
//! (and F16C). Checked against dynasm-rs 5.1 by tests/cases/avx_fp*.tpl.
//!
//! Observed oracle behaviour (rows below follow it):
//! - `LIG` and `WIG` encode as 0; immediates are `imm8` (typed `i8`: `0x80`..`0xFF` are refused,
//!   `-0x80`..`-1` and expressions are taken).
//! - Memory sizes are the manual's, except: the `vcmp*ss` forms take `QWORD` (and no `DWORD`),
//!   as dynasm-rs does, and the 128-bit forms of `vcvtdq2pd`, `vcvtps2pd`, `vcvtph2ps`,
//!   `vcvtps2ph` and `vmovddup` take `OWORD` as well as `QWORD`.
//! - `vcmpps`, `vcmppd`, `vshufps`, `vshufpd`, `vblendps`, `vblendpd` and `vdpps`: dynasm-rs 5.1
//!   puts their second operand in ModRM.rm and their third in VEX.vvvv (swapping them), and
//!   with a memory third operand leaves vvvv at 0 and the memory out; declasm encodes the
//!   manual's `RVMI` (SPEC rule 9, tests/cases/differences.txt).
//! - `vbroadcastss ymm, m32` and `vcmpeq_ospd ymm, ymm, ymm/m256`: dynasm-rs encodes VEX.L = 0
//!   (the xmm instruction), declasm VEX.256.
//! - `vmovmskps`/`vmovmskpd` are refused by the oracle with every operand ("conflicting operand
//!   sizes"), so they are not here.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// Packed operations on xmm (VEX.128) and ymm (VEX.256), three operands:
// `name "pp.map.W op"`.
macro_rules! avx_rvm {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128" => concat!("RVM: VEX.NDS.128.", $enc, " /r"),
                "ymm, ymm, ymm/m256" => concat!("RVM: VEX.NDS.256.", $enc, " /r"),
            })*
        }
    };
}

avx_rvm! {
    vaddps "0F.WIG 58", vaddpd "66.0F.WIG 58",
    vsubps "0F.WIG 5C", vsubpd "66.0F.WIG 5C",
    vmulps "0F.WIG 59", vmulpd "66.0F.WIG 59",
    vdivps "0F.WIG 5E", vdivpd "66.0F.WIG 5E",
    vminps "0F.WIG 5D", vminpd "66.0F.WIG 5D",
    vmaxps "0F.WIG 5F", vmaxpd "66.0F.WIG 5F",
    vandps "0F.WIG 54", vandpd "66.0F.WIG 54",
    vandnps "0F.WIG 55", vandnpd "66.0F.WIG 55",
    vorps "0F.WIG 56", vorpd "66.0F.WIG 56",
    vxorps "0F.WIG 57", vxorpd "66.0F.WIG 57",
    vunpcklps "0F.WIG 14", vunpcklpd "66.0F.WIG 14",
    vunpckhps "0F.WIG 15", vunpckhpd "66.0F.WIG 15",
    vhaddps "F2.0F.WIG 7C", vhaddpd "66.0F.WIG 7C",
    vhsubps "F2.0F.WIG 7D", vhsubpd "66.0F.WIG 7D",
    vaddsubps "F2.0F.WIG D0", vaddsubpd "66.0F.WIG D0",
}

// Packed operations on xmm and ymm, two operands: `name "pp.map.W op"`.
macro_rules! avx_rm {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128" => concat!("RM: VEX.128.", $enc, " /r"),
                "ymm, ymm/m256" => concat!("RM: VEX.256.", $enc, " /r"),
            })*
        }
    };
}

avx_rm! {
    vsqrtps "0F.WIG 51", vsqrtpd "66.0F.WIG 51",
    vrcpps "0F.WIG 53", vrsqrtps "0F.WIG 52",
    vcvtdq2ps "0F.WIG 5B", vcvtps2dq "66.0F.WIG 5B", vcvttps2dq "F3.0F.WIG 5B",
    vmovshdup "F3.0F.WIG 16", vmovsldup "F3.0F.WIG 12",
    vtestps "66.0F38.W0 0E", vtestpd "66.0F38.W0 0F",
    vptest "66.0F38.WIG 17",
}

// Packed operations with an imm8 (see the top of this file: dynasm-rs swaps operands 2 and 3).
macro_rules! avx_rmvi {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128, imm8" => concat!("RVMI: VEX.NDS.128.", $enc, " /r ib"),
                "ymm, ymm, ymm/m256, imm8" => concat!("RVMI: VEX.NDS.256.", $enc, " /r ib"),
            })*
        }
    };
}

avx_rmvi! {
    vcmpps "0F.WIG C2", vcmppd "66.0F.WIG C2",
    vshufps "0F.WIG C6", vshufpd "66.0F.WIG C6",
    vblendps "66.0F3A.WIG 0C", vblendpd "66.0F3A.WIG 0D",
    vdpps "66.0F3A.WIG 40",
}

// Scalar operations: `name "xmm, xmm, xmm/mNN" "pp.map.W op"`.
macro_rules! avx_scalar {
    ($($name:ident $ops:literal $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                $ops => concat!("RVM: VEX.NDS.LIG.", $enc, " /r"),
            })*
        }
    };
}

avx_scalar! {
    vaddss "xmm, xmm, xmm/m32" "F3.0F.WIG 58", vaddsd "xmm, xmm, xmm/m64" "F2.0F.WIG 58",
    vsubss "xmm, xmm, xmm/m32" "F3.0F.WIG 5C", vsubsd "xmm, xmm, xmm/m64" "F2.0F.WIG 5C",
    vmulss "xmm, xmm, xmm/m32" "F3.0F.WIG 59", vmulsd "xmm, xmm, xmm/m64" "F2.0F.WIG 59",
    vdivss "xmm, xmm, xmm/m32" "F3.0F.WIG 5E", vdivsd "xmm, xmm, xmm/m64" "F2.0F.WIG 5E",
    vminss "xmm, xmm, xmm/m32" "F3.0F.WIG 5D", vminsd "xmm, xmm, xmm/m64" "F2.0F.WIG 5D",
    vmaxss "xmm, xmm, xmm/m32" "F3.0F.WIG 5F", vmaxsd "xmm, xmm, xmm/m64" "F2.0F.WIG 5F",
    vsqrtss "xmm, xmm, xmm/m32" "F3.0F.WIG 51", vsqrtsd "xmm, xmm, xmm/m64" "F2.0F.WIG 51",
    vrcpss "xmm, xmm, xmm/m32" "F3.0F.WIG 53", vrsqrtss "xmm, xmm, xmm/m32" "F3.0F.WIG 52",
    vcvtss2sd "xmm, xmm, xmm/m32" "F3.0F.WIG 5A", vcvtsd2ss "xmm, xmm, xmm/m64" "F2.0F.WIG 5A",
}

// The comparison pseudo-ops: `vcmpeqps x, y, z` = `vcmpps x, y, z, 0` (with the manual's
// operand order, unlike `vcmpps` itself), the predicate as a fixed byte after the ModRM and
// displacement. The scalar single ones take memory as `m64`, as dynasm-rs does.
macro_rules! vcmp_pseudo {
    ($($ps:ident $pd:ident $ss:ident $sd:ident $imm:literal),* $(,)?) => {
        forms! {
            $(
                $ps {
                    "xmm, xmm, xmm/m128" => concat!("RVM: VEX.NDS.128.0F.WIG C2 /r ", $imm),
                    "ymm, ymm, ymm/m256" => concat!("RVM: VEX.NDS.256.0F.WIG C2 /r ", $imm),
                }
                $pd {
                    "xmm, xmm, xmm/m128" => concat!("RVM: VEX.NDS.128.66.0F.WIG C2 /r ", $imm),
                    "ymm, ymm, ymm/m256" => concat!("RVM: VEX.NDS.256.66.0F.WIG C2 /r ", $imm),
                }
                $ss {
                    "xmm, xmm, xmm/m64" => concat!("RVM: VEX.NDS.LIG.F3.0F.WIG C2 /r ", $imm),
                }
                $sd {
                    "xmm, xmm, xmm/m64" => concat!("RVM: VEX.NDS.LIG.F2.0F.WIG C2 /r ", $imm),
                }
            )*
        }
    };
}

vcmp_pseudo! {
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
    // (predicate 10h: `vcmpeq_os*` are written out below)
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
    // Other names of predicates 1 to 7.
    vcmplt_osps vcmplt_ospd vcmplt_osss vcmplt_ossd "01",
    vcmple_osps vcmple_ospd vcmple_osss vcmple_ossd "02",
    vcmpunord_qps vcmpunord_qpd vcmpunord_qss vcmpunord_qsd "03",
    vcmpneq_uqps vcmpneq_uqpd vcmpneq_uqss vcmpneq_uqsd "04",
    vcmpnlt_usps vcmpnlt_uspd vcmpnlt_usss vcmpnlt_ussd "05",
    vcmpnle_usps vcmpnle_uspd vcmpnle_usss vcmpnle_ussd "06",
    vcmpord_qps vcmpord_qpd vcmpord_qss vcmpord_qsd "07",
    // Other names of predicates 9 to 0Fh.
    vcmpnge_usps vcmpnge_uspd vcmpnge_usss vcmpnge_ussd "09",
    vcmpngt_usps vcmpngt_uspd vcmpngt_usss vcmpngt_ussd "0A",
    vcmpfalse_oqps vcmpfalse_oqpd vcmpfalse_oqss vcmpfalse_oqsd "0B",
    vcmpge_osps vcmpge_ospd vcmpge_osss vcmpge_ossd "0D",
    vcmpgt_osps vcmpgt_ospd vcmpgt_osss vcmpgt_ossd "0E",
    vcmptrue_uqps vcmptrue_uqpd vcmptrue_uqss vcmptrue_uqsd "0F",
}

forms! {
    vcmpeq_osps {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.0F.WIG C2 /r 10",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.0F.WIG C2 /r 10",
    }
    /// dynasm-rs 5.1 encodes the ymm form with VEX.L = 0 (the xmm instruction); declasm
    /// encodes VEX.256 (tests/cases/differences.txt).
    vcmpeq_ospd {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F.WIG C2 /r 10",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F.WIG C2 /r 10",
    }
    vcmpeq_osss {
        "xmm, xmm, xmm/m64" => "RVM: VEX.NDS.LIG.F3.0F.WIG C2 /r 10",
    }
    vcmpeq_ossd {
        "xmm, xmm, xmm/m64" => "RVM: VEX.NDS.LIG.F2.0F.WIG C2 /r 10",
    }
}

// Aligned and unaligned packed moves: the load form first (`vmovaps xmm1, xmm2` = 28 /r).
macro_rules! avx_mov {
    ($($name:ident $pm:literal $load:literal $store:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128" => concat!("RM: VEX.128.", $pm, ".WIG ", $load, " /r"),
                "ymm, ymm/m256" => concat!("RM: VEX.256.", $pm, ".WIG ", $load, " /r"),
                "xmm/m128, xmm" => concat!("MR: VEX.128.", $pm, ".WIG ", $store, " /r"),
                "ymm/m256, ymm" => concat!("MR: VEX.256.", $pm, ".WIG ", $store, " /r"),
            })*
        }
    };
}

avx_mov! {
    vmovaps "0F" "28" "29",
    vmovapd "66.0F" "28" "29",
    vmovups "0F" "10" "11",
    vmovupd "66.0F" "10" "11",
    vmovdqa "66.0F" "6F" "7F",
    vmovdqu "F3.0F" "6F" "7F",
}

// Non-temporal stores.
macro_rules! avx_movnt {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "m128, xmm" => concat!("MR: VEX.128.", $enc, " /r"),
                "m256, ymm" => concat!("MR: VEX.256.", $enc, " /r"),
            })*
        }
    };
}

avx_movnt! {
    vmovntps "0F.WIG 2B",
    vmovntpd "66.0F.WIG 2B",
    vmovntdq "66.0F.WIG E7",
}

// Half moves: the load merges with the second operand.
macro_rules! avx_movhl {
    ($($name:ident $pm:literal $load:literal $store:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, m64" => concat!("RVM: VEX.NDS.128.", $pm, ".WIG ", $load, " /r"),
                "m64, xmm" => concat!("MR: VEX.128.", $pm, ".WIG ", $store, " /r"),
            })*
        }
    };
}

avx_movhl! {
    vmovlps "0F" "12" "13",
    vmovlpd "66.0F" "12" "13",
    vmovhps "0F" "16" "17",
    vmovhpd "66.0F" "16" "17",
}

// Masked loads and stores.
macro_rules! avx_maskmov {
    ($($name:ident $load:literal $store:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, m128" => concat!("RVM: VEX.NDS.128.66.0F38.W0 ", $load, " /r"),
                "ymm, ymm, m256" => concat!("RVM: VEX.NDS.256.66.0F38.W0 ", $load, " /r"),
                "m128, xmm, xmm" => concat!("MVR: VEX.NDS.128.66.0F38.W0 ", $store, " /r"),
                "m256, ymm, ymm" => concat!("MVR: VEX.NDS.256.66.0F38.W0 ", $store, " /r"),
            })*
        }
    };
}

avx_maskmov! {
    vmaskmovps "2C" "2E",
    vmaskmovpd "2D" "2F",
}

// Rounding: `name "pp.map.W op"` of the packed single form; scalar forms below.
macro_rules! avx_rmi {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128, imm8" => concat!("RMI: VEX.128.", $enc, " /r ib"),
                "ymm, ymm/m256, imm8" => concat!("RMI: VEX.256.", $enc, " /r ib"),
            })*
        }
    };
}

avx_rmi! {
    vroundps "66.0F3A.WIG 08",
    vroundpd "66.0F3A.WIG 09",
}

// Variable blends: the mask register in imm8[7:4].
macro_rules! avx_rvms {
    ($($name:ident $enc:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128, xmm" => concat!("RVMS: VEX.NDS.128.", $enc, " /r is4"),
                "ymm, ymm, ymm/m256, ymm" => concat!("RVMS: VEX.NDS.256.", $enc, " /r is4"),
            })*
        }
    };
}

avx_rvms! {
    vblendvps "66.0F3A.W0 4A",
    vblendvpd "66.0F3A.W0 4B",
}

forms! {
    vcmpss {
        "xmm, xmm, xmm/m64, imm8" => "RVMI: VEX.NDS.LIG.F3.0F.WIG C2 /r ib",
    }
    vcmpsd {
        "xmm, xmm, xmm/m64, imm8" => "RVMI: VEX.NDS.LIG.F2.0F.WIG C2 /r ib",
    }
    vcomiss { "xmm, xmm/m32" => "RM: VEX.LIG.0F.WIG 2F /r" }
    vcomisd { "xmm, xmm/m64" => "RM: VEX.LIG.66.0F.WIG 2F /r" }
    vucomiss { "xmm, xmm/m32" => "RM: VEX.LIG.0F.WIG 2E /r" }
    vucomisd { "xmm, xmm/m64" => "RM: VEX.LIG.66.0F.WIG 2E /r" }
    vdppd { "xmm, xmm, xmm/m128, imm8" => "RVMI: VEX.NDS.128.66.0F3A.WIG 41 /r ib" }
    vroundss { "xmm, xmm, xmm/m32, imm8" => "RVMI: VEX.NDS.LIG.66.0F3A.WIG 0A /r ib" }
    vroundsd { "xmm, xmm, xmm/m64, imm8" => "RVMI: VEX.NDS.LIG.66.0F3A.WIG 0B /r ib" }

    // Conversions.
    vcvtsi2ss {
        "xmm, xmm, r32/m32" => "RVM: VEX.NDS.LIG.F3.0F.W0 2A /r",
        "xmm, xmm, r64/m64" => "RVM: VEX.NDS.LIG.F3.0F.W1 2A /r",
    }
    vcvtsi2sd {
        "xmm, xmm, r32/m32" => "RVM: VEX.NDS.LIG.F2.0F.W0 2A /r",
        "xmm, xmm, r64/m64" => "RVM: VEX.NDS.LIG.F2.0F.W1 2A /r",
    }
    vcvtss2si {
        "r32, xmm/m32" => "RM: VEX.LIG.F3.0F.W0 2D /r",
        "r64, xmm/m32" => "RM: VEX.LIG.F3.0F.W1 2D /r",
    }
    vcvttss2si {
        "r32, xmm/m32" => "RM: VEX.LIG.F3.0F.W0 2C /r",
        "r64, xmm/m32" => "RM: VEX.LIG.F3.0F.W1 2C /r",
    }
    vcvtsd2si {
        "r32, xmm/m64" => "RM: VEX.LIG.F2.0F.W0 2D /r",
        "r64, xmm/m64" => "RM: VEX.LIG.F2.0F.W1 2D /r",
    }
    vcvttsd2si {
        "r32, xmm/m64" => "RM: VEX.LIG.F2.0F.W0 2C /r",
        "r64, xmm/m64" => "RM: VEX.LIG.F2.0F.W1 2C /r",
    }
    /// Narrowing: the source is xmm/m128 (VEX.128) or ymm/m256 (VEX.256).
    vcvtpd2ps {
        "xmm, xmm/m128" => "RM: VEX.128.66.0F.WIG 5A /r",
        "xmm, ymm/m256" => "RM: VEX.256.66.0F.WIG 5A /r",
    }
    vcvtpd2dq {
        "xmm, xmm/m128" => "RM: VEX.128.F2.0F.WIG E6 /r",
        "xmm, ymm/m256" => "RM: VEX.256.F2.0F.WIG E6 /r",
    }
    vcvttpd2dq {
        "xmm, xmm/m128" => "RM: VEX.128.66.0F.WIG E6 /r",
        "xmm, ymm/m256" => "RM: VEX.256.66.0F.WIG E6 /r",
    }
    /// Widening: the source is xmm/m64 (VEX.128; the oracle also takes `OWORD`) or xmm/m128
    /// (VEX.256).
    vcvtps2pd {
        "xmm, xmm/m64" => "RM: VEX.128.0F.WIG 5A /r",
        "xmm, m128" => "RM: VEX.128.0F.WIG 5A /r",
        "ymm, xmm/m128" => "RM: VEX.256.0F.WIG 5A /r",
    }
    vcvtdq2pd {
        "xmm, xmm/m64" => "RM: VEX.128.F3.0F.WIG E6 /r",
        "xmm, m128" => "RM: VEX.128.F3.0F.WIG E6 /r",
        "ymm, xmm/m128" => "RM: VEX.256.F3.0F.WIG E6 /r",
    }
    // F16C.
    vcvtph2ps {
        "xmm, xmm/m64" => "RM: VEX.128.66.0F38.W0 13 /r",
        "xmm, m128" => "RM: VEX.128.66.0F38.W0 13 /r",
        "ymm, xmm/m128" => "RM: VEX.256.66.0F38.W0 13 /r",
    }
    vcvtps2ph {
        "xmm/m64, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 1D /r ib",
        "m128, xmm, imm8" => "MRI: VEX.128.66.0F3A.W0 1D /r ib",
        "xmm/m128, ymm, imm8" => "MRI: VEX.256.66.0F3A.W0 1D /r ib",
    }

    // Scalar and GP moves.
    /// `vmovss xmm1, xmm2, xmm3` is the `10 /r` form (the manual's `11 /r` MVR form of it is
    /// never chosen).
    vmovss {
        "xmm, xmm, xmm" => "RVM: VEX.NDS.LIG.F3.0F.WIG 10 /r",
        "xmm, m32" => "RM: VEX.LIG.F3.0F.WIG 10 /r",
        "m32, xmm" => "MR: VEX.LIG.F3.0F.WIG 11 /r",
    }
    vmovsd {
        "xmm, xmm, xmm" => "RVM: VEX.NDS.LIG.F2.0F.WIG 10 /r",
        "xmm, m64" => "RM: VEX.LIG.F2.0F.WIG 10 /r",
        "m64, xmm" => "MR: VEX.LIG.F2.0F.WIG 11 /r",
    }
    vmovd {
        "xmm, r32/m32" => "RM: VEX.128.66.0F.W0 6E /r",
        "r32/m32, xmm" => "MR: VEX.128.66.0F.W0 7E /r",
    }
    /// `vmovq xmm, xmm` and loads are `F3 7E`, stores `66 D6`; GP registers use `W1 6E/7E`.
    vmovq {
        "xmm, xmm/m64" => "RM: VEX.128.F3.0F.WIG 7E /r",
        "xmm/m64, xmm" => "MR: VEX.128.66.0F.WIG D6 /r",
        "xmm, r64/m64" => "RM: VEX.128.66.0F.W1 6E /r",
        "r64/m64, xmm" => "MR: VEX.128.66.0F.W1 7E /r",
    }
    vmovhlps { "xmm, xmm, xmm" => "RVM: VEX.NDS.128.0F.WIG 12 /r" }
    vmovlhps { "xmm, xmm, xmm" => "RVM: VEX.NDS.128.0F.WIG 16 /r" }
    vmovntdqa {
        "xmm, m128" => "RM: VEX.128.66.0F38.WIG 2A /r",
        "ymm, m256" => "RM: VEX.256.66.0F38.WIG 2A /r",
    }
    vmovddup {
        "xmm, xmm/m64" => "RM: VEX.128.F2.0F.WIG 12 /r",
        "xmm, m128" => "RM: VEX.128.F2.0F.WIG 12 /r",
        "ymm, ymm/m256" => "RM: VEX.256.F2.0F.WIG 12 /r",
    }
    vlddqu {
        "xmm, m128" => "RM: VEX.128.F2.0F.WIG F0 /r",
        "ymm, m256" => "RM: VEX.256.F2.0F.WIG F0 /r",
    }
    vmaskmovdqu { "xmm, xmm" => "RM: VEX.128.66.0F.WIG F7 /r" }

    // Broadcasts, 128-bit lane inserts, extracts and permutes.
    /// dynasm-rs 5.1 encodes `ymm, m32` with VEX.L = 0 (the xmm instruction); declasm encodes
    /// VEX.256 (tests/cases/differences.txt).
    vbroadcastss {
        "xmm, m32" => "RM: VEX.128.66.0F38.W0 18 /r",
        "ymm, m32" => "RM: VEX.256.66.0F38.W0 18 /r",
        "xmm, xmm" => "RM: VEX.128.66.0F38.W0 18 /r",
        "ymm, xmm" => "RM: VEX.256.66.0F38.W0 18 /r",
    }
    vbroadcastsd {
        "ymm, m64" => "RM: VEX.256.66.0F38.W0 19 /r",
        "ymm, xmm" => "RM: VEX.256.66.0F38.W0 19 /r",
    }
    vbroadcastf128 { "ymm, m128" => "RM: VEX.256.66.0F38.W0 1A /r" }
    vinsertf128 { "ymm, ymm, xmm/m128, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W0 18 /r ib" }
    vextractf128 { "xmm/m128, ymm, imm8" => "MRI: VEX.256.66.0F3A.W0 19 /r ib" }
    vperm2f128 { "ymm, ymm, ymm/m256, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W0 06 /r ib" }
    vpermilps {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.W0 0C /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.W0 0C /r",
        "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.W0 04 /r ib",
        "ymm, ymm/m256, imm8" => "RMI: VEX.256.66.0F3A.W0 04 /r ib",
    }
    vpermilpd {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.W0 0D /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.W0 0D /r",
        "xmm, xmm/m128, imm8" => "RMI: VEX.128.66.0F3A.W0 05 /r ib",
        "ymm, ymm/m256, imm8" => "RMI: VEX.256.66.0F3A.W0 05 /r ib",
    }
    vextractps { "r32/m32, xmm, imm8" => "MRI: VEX.128.66.0F3A.WIG 17 /r ib" }
    vinsertps { "xmm, xmm, xmm/m32, imm8" => "RVMI: VEX.NDS.128.66.0F3A.WIG 21 /r ib" }

    // State.
    /// VEX.256.0F.WIG 77 and VEX.128.0F.WIG 77: a form row cannot write a VEX prefix without
    /// operands, so the two-byte VEX prefix is written out (C5, then R = 1, vvvv = 1111, L, pp).
    vzeroall { "" => "C5 FC 77" }
    vzeroupper { "" => "C5 F8 77" }
    vldmxcsr { "m32" => "M: VEX.LZ.0F.WIG AE /2" }
    vstmxcsr { "m32" => "M: VEX.LZ.0F.WIG AE /3" }
}
