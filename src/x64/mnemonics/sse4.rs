//! SSE3, SSSE3, SSE4.1, SSE4.2, AES, PCLMULQDQ and SHA (legacy encodings), with the forms and
//! the order dynasm-rs 5.1 is observed to use. dynasm-rs takes a 64-bit memory operand (`QWORD`
//! or no size) for most SSSE3/SSE4.1/SSE4.2 `xmm, mem` forms and refuses `OWORD`;
//! tests/cases/sse4.tpl checks every form against it.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// SSE3: `xmm, xmm/m128` (mandatory prefix, 0F opcode).
macro_rules! sse_rm128 {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name { "xmm, xmm/m128" => concat!($op, " /r") })*
        }
    };
}

sse_rm128! {
    addsubps "F2 0F D0",
    addsubpd "66 0F D0",
    haddps "F2 0F 7C",
    haddpd "66 0F 7C",
    hsubps "F2 0F 7D",
    hsubpd "66 0F 7D",
    aesenc "66 0F 38 DC",
    aesenclast "66 0F 38 DD",
    aesdec "66 0F 38 DE",
    aesdeclast "66 0F 38 DF",
    aesimc "66 0F 38 DB",
    sha1nexte "0F 38 C8",
    sha1msg1 "0F 38 C9",
    sha1msg2 "0F 38 CA",
    sha256rnds2 "0F 38 CB",
    sha256msg1 "0F 38 CC",
    sha256msg2 "0F 38 CD",
}

// `xmm, xmm/m128, imm8`.
macro_rules! sse_rm128_ib {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name { "xmm, xmm/m128, imm8" => concat!($op, " /r ib") })*
        }
    };
}

sse_rm128_ib! {
    aeskeygenassist "66 0F 3A DF",
    pclmulqdq "66 0F 3A 44",
    sha1rnds4 "0F 3A CC",
}

// `xmm, mN` (the first literal) then `xmm, xmm` (two forms in dynasm-rs: memory of size N, or a register).
macro_rules! sse_m_x {
    ($($name:ident $m:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                $m => concat!($op, " /r"),
                "xmm, xmm" => concat!($op, " /r"),
            })*
        }
    };
}

sse_m_x! {
    movddup "xmm, m64" "F2 0F 12",
    movshdup "xmm, m64" "F3 0F 16",
    movsldup "xmm, m64" "F3 0F 12",
    blendvps "xmm, m64" "66 0F 38 14",
    blendvpd "xmm, m64" "66 0F 38 15",
    packusdw "xmm, m64" "66 0F 38 2B",
    pblendvb "xmm, m64" "66 0F 38 10",
    pcmpeqq "xmm, m64" "66 0F 38 29",
    phminposuw "xmm, m64" "66 0F 38 41",
    pmaxsb "xmm, m64" "66 0F 38 3C",
    pmaxsd "xmm, m64" "66 0F 38 3D",
    pmaxud "xmm, m64" "66 0F 38 3F",
    pmaxuw "xmm, m64" "66 0F 38 3E",
    pminsb "xmm, m64" "66 0F 38 38",
    pminsd "xmm, m64" "66 0F 38 39",
    pminud "xmm, m64" "66 0F 38 3B",
    pminuw "xmm, m64" "66 0F 38 3A",
    pmuldq "xmm, m64" "66 0F 38 28",
    pmulld "xmm, m64" "66 0F 38 40",
    ptest "xmm, m64" "66 0F 38 17",
    pcmpgtq "xmm, m64" "66 0F 38 37",
    pmovsxbw "xmm, m64" "66 0F 38 20",
    pmovsxbd "xmm, m32" "66 0F 38 21",
    pmovsxbq "xmm, m16" "66 0F 38 22",
    pmovsxwd "xmm, m64" "66 0F 38 23",
    pmovsxwq "xmm, m32" "66 0F 38 24",
    pmovsxdq "xmm, m64" "66 0F 38 25",
    pmovzxbw "xmm, m64" "66 0F 38 30",
    pmovzxbd "xmm, m32" "66 0F 38 31",
    pmovzxbq "xmm, m16" "66 0F 38 32",
    pmovzxwd "xmm, m64" "66 0F 38 33",
    pmovzxwq "xmm, m32" "66 0F 38 34",
    pmovzxdq "xmm, m64" "66 0F 38 35",
}

// `xmm, m64, imm8` then `xmm, xmm, imm8`.
macro_rules! sse_m_x_ib {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, m64, imm8" => concat!($op, " /r ib"),
                "xmm, xmm, imm8" => concat!($op, " /r ib"),
            })*
        }
    };
}

sse_m_x_ib! {
    blendps "66 0F 3A 0C",
    blendpd "66 0F 3A 0D",
    dpps "66 0F 3A 40",
    dppd "66 0F 3A 41",
    mpsadbw "66 0F 3A 42",
    pblendw "66 0F 3A 0E",
    roundps "66 0F 3A 08",
    roundpd "66 0F 3A 09",
    roundss "66 0F 3A 0A",
    roundsd "66 0F 3A 0B",
    pcmpestri "66 0F 3A 61",
    pcmpestrm "66 0F 3A 60",
    pcmpistri "66 0F 3A 63",
    pcmpistrm "66 0F 3A 62",
}

// SSSE3: `mm, mm/m64` (0F 38 xx), then `xmm, m64` and `xmm, xmm` (66 0F 38 xx).
macro_rules! ssse3 {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "mm, mm/m64" => concat!("0F 38 ", $op, " /r"),
                "xmm, m64" => concat!("66 0F 38 ", $op, " /r"),
                "xmm, xmm" => concat!("66 0F 38 ", $op, " /r"),
            })*
        }
    };
}

ssse3! {
    pabsb "1C",
    pabsw "1D",
    pabsd "1E",
    phaddw "01",
    phaddd "02",
    phaddsw "03",
    phsubw "05",
    phsubd "06",
    phsubsw "07",
    pmaddubsw "04",
    pmulhrsw "0B",
    pshufb "00",
    psignb "08",
    psignw "09",
    psignd "0A",
}

forms! {
    lddqu { "xmm, m128" => "F2 0F F0 /r" }
    movntdqa { "xmm, m128" => "66 0F 38 2A /r" }
    palignr {
        "mm, mm/m64, imm8" => "0F 3A 0F /r ib",
        "xmm, m64, imm8" => "66 0F 3A 0F /r ib",
        "xmm, xmm, imm8" => "66 0F 3A 0F /r ib",
    }
    insertps {
        "xmm, m32, imm8" => "66 0F 3A 21 /r ib",
        "xmm, xmm, imm8" => "66 0F 3A 21 /r ib",
    }
    extractps {
        "r64/-, xmm, imm8" => "66 REX.W 0F 3A 17 /r ib",
        "rm32, xmm, imm8" => "66 0F 3A 17 /r ib",
    }
    // The register forms use `r32/m8`, `r64/m8`: memory always takes the first form.
    pextrb {
        "r32/m8, xmm, imm8" => "66 0F 3A 14 /r ib",
        "r64/m8, xmm, imm8" => "66 REX.W 0F 3A 14 /r ib",
    }
    pextrd { "rm32, xmm, imm8" => "66 0F 3A 16 /r ib" }
    pextrq { "rm64, xmm, imm8" => "66 REX.W 0F 3A 16 /r ib" }
    pinsrb {
        "xmm, m, imm8" => "66 0F 3A 20 /r ib",
        "xmm, r32, imm8" => "66 0F 3A 20 /r ib",
        "xmm, rm8, imm8" => "66 0F 3A 20 /r ib",
    }
    pinsrd {
        "xmm, m, imm8" => "66 0F 3A 22 /r ib",
        "xmm, rm32, imm8" => "66 0F 3A 22 /r ib",
    }
    pinsrq {
        "xmm, m, imm8" => "66 REX.W 0F 3A 22 /r ib",
        "xmm, rm64, imm8" => "66 REX.W 0F 3A 22 /r ib",
    }
}

// `pclmulqdq` with its predicate in the name (the fixed byte after the ModRM operand).
forms! {
    pclmullqlqdq { "xmm, xmm/m128" => "66 0F 3A 44 /r 00" }
    pclmulhqlqdq { "xmm, xmm/m128" => "66 0F 3A 44 /r 01" }
    pclmullqhqdq { "xmm, xmm/m128" => "66 0F 3A 44 /r 10" }
    pclmulhqhqdq { "xmm, xmm/m128" => "66 0F 3A 44 /r 11" }
}
