//! SSE and SSE2 floating-point arithmetic, logic, comparisons, shuffles, moves and conversions
//! (legacy encodings; `movsd`/`cmpsd` share their statics with the string instructions in
//! `strings.rs`). Checked against dynasm-rs 5.1 by tests/cases/sse.tpl.
//!
//! The oracle's memory sizes: packed operands are `m128`, scalar ones `m32`/`m64`, except that
//! `cmpps` and `cmpss` refuse every size keyword on their memory operand and `cmpsd` takes
//! `OWORD` (not `QWORD`); declasm takes those with the manual's sizes too (see `cmpps` below).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// Packed single (no prefix), packed double (66), scalar single (F3), scalar double (F2).
macro_rules! arith4 {
    ($($ps:ident $pd:ident $ss:ident $sd:ident $op:literal),* $(,)?) => {
        forms! {
            $(
                $ps { "xmm, xmm/m128" => concat!("0F ", $op, " /r") }
                $pd { "xmm, xmm/m128" => concat!("66 0F ", $op, " /r") }
                $ss { "xmm, xmm/m32" => concat!("F3 0F ", $op, " /r") }
                $sd { "xmm, xmm/m64" => concat!("F2 0F ", $op, " /r") }
            )*
        }
    };
}

arith4! {
    addps addpd addss addsd "58",
    mulps mulpd mulss mulsd "59",
    subps subpd subss subsd "5C",
    minps minpd minss minsd "5D",
    divps divpd divss divsd "5E",
    maxps maxpd maxss maxsd "5F",
    sqrtps sqrtpd sqrtss sqrtsd "51",
}

// Packed single and packed double only.
macro_rules! packed2 {
    ($($ps:ident $pd:ident $op:literal),* $(,)?) => {
        forms! {
            $(
                $ps { "xmm, xmm/m128" => concat!("0F ", $op, " /r") }
                $pd { "xmm, xmm/m128" => concat!("66 0F ", $op, " /r") }
            )*
        }
    };
}

packed2! {
    andps andpd "54",
    andnps andnpd "55",
    orps orpd "56",
    xorps xorpd "57",
    unpcklps unpcklpd "14",
    unpckhps unpckhpd "15",
    cvtdq2ps cvtps2dq "5B",
}

// The comparison pseudo-ops: `cmpeqps x, y` = `cmpps x, y, 0`, the predicate as a fixed byte
// after the ModRM/displacement.
macro_rules! cmp_pseudo {
    ($($ps:ident $pd:ident $ss:ident $sd:ident $imm:literal),* $(,)?) => {
        forms! {
            $(
                $ps { "xmm, xmm/m128" => concat!("0F C2 /r ", $imm) }
                $pd { "xmm, xmm/m128" => concat!("66 0F C2 /r ", $imm) }
                $ss { "xmm, xmm/m32" => concat!("F3 0F C2 /r ", $imm) }
                $sd { "xmm, xmm/m64" => concat!("F2 0F C2 /r ", $imm) }
            )*
        }
    };
}

cmp_pseudo! {
    cmpeqps cmpeqpd cmpeqss cmpeqsd "00",
    cmpltps cmpltpd cmpltss cmpltsd "01",
    cmpleps cmplepd cmpless cmplesd "02",
    cmpunordps cmpunordpd cmpunordss cmpunordsd "03",
    cmpneqps cmpneqpd cmpneqss cmpneqsd "04",
    cmpnltps cmpnltpd cmpnltss cmpnltsd "05",
    cmpnleps cmpnlepd cmpnless cmpnlesd "06",
    cmpordps cmpordpd cmpordss cmpordsd "07",
}

// Aligned/unaligned packed moves: load form first (`movaps xmm1, xmm2` = 0F 28 CA).
macro_rules! movp {
    ($($name:ident $pre:literal $load:literal $store:literal),* $(,)?) => {
        forms! {
            $(
                $name {
                    "xmm, xmm/m128" => concat!($pre, "0F ", $load, " /r"),
                    "m128, xmm" => concat!($pre, "0F ", $store, " /r"),
                }
            )*
        }
    };
}

movp! {
    movaps "" "28" "29",
    movapd "66 " "28" "29",
    movups "" "10" "11",
    movupd "66 " "10" "11",
}

forms! {
    rcpps { "xmm, xmm/m128" => "0F 53 /r" }
    rcpss { "xmm, xmm/m32" => "F3 0F 53 /r" }
    rsqrtps { "xmm, xmm/m128" => "0F 52 /r" }
    rsqrtss { "xmm, xmm/m32" => "F3 0F 52 /r" }
    /// The oracle takes memory here only without a size keyword; declasm also takes `OWORD`.
    cmpps { "xmm, xmm/m128, imm8" => "0F C2 /r ib" }
    cmppd { "xmm, xmm/m128, imm8" => "66 0F C2 /r ib" }
    /// The oracle takes memory here only without a size keyword; declasm also takes `DWORD`.
    cmpss { "xmm, xmm/m32, imm8" => "F3 0F C2 /r ib" }
    comiss { "xmm, xmm/m32" => "0F 2F /r" }
    comisd { "xmm, xmm/m64" => "66 0F 2F /r" }
    ucomiss { "xmm, xmm/m32" => "0F 2E /r" }
    ucomisd { "xmm, xmm/m64" => "66 0F 2E /r" }
    shufps { "xmm, xmm/m128, imm8" => "0F C6 /r ib" }
    shufpd { "xmm, xmm/m128, imm8" => "66 0F C6 /r ib" }
    movss {
        "xmm, xmm/m32" => "F3 0F 10 /r",
        "m32, xmm" => "F3 0F 11 /r",
    }
    movlps {
        "xmm, m64" => "0F 12 /r",
        "m64, xmm" => "0F 13 /r",
    }
    movlpd {
        "xmm, m64" => "66 0F 12 /r",
        "m64, xmm" => "66 0F 13 /r",
    }
    movhps {
        "xmm, m64" => "0F 16 /r",
        "m64, xmm" => "0F 17 /r",
    }
    movhpd {
        "xmm, m64" => "66 0F 16 /r",
        "m64, xmm" => "66 0F 17 /r",
    }
    movhlps { "xmm, xmm" => "0F 12 /r" }
    movlhps { "xmm, xmm" => "0F 16 /r" }
    movmskps {
        "r32, xmm" => "0F 50 /r",
        "r64, xmm" => "REX.W 0F 50 /r",
    }
    movmskpd {
        "r32, xmm" => "66 0F 50 /r",
        "r64, xmm" => "66 REX.W 0F 50 /r",
    }
    movntps { "m128, xmm" => "0F 2B /r" }
    movntpd { "m128, xmm" => "66 0F 2B /r" }
    // Conversions.
    cvtpi2ps { "xmm, mm/m64" => "0F 2A /r" }
    cvtpi2pd { "xmm, mm/m64" => "66 0F 2A /r" }
    cvtps2pi { "mm, xmm/m64" => "0F 2D /r" }
    cvttps2pi { "mm, xmm/m64" => "0F 2C /r" }
    cvtpd2pi { "mm, xmm/m128" => "66 0F 2D /r" }
    cvttpd2pi { "mm, xmm/m128" => "66 0F 2C /r" }
    cvtsi2ss {
        "xmm, r32/m32" => "F3 0F 2A /r",
        "xmm, r64/m64" => "F3 REX.W 0F 2A /r",
    }
    cvtsi2sd {
        "xmm, r32/m32" => "F2 0F 2A /r",
        "xmm, r64/m64" => "F2 REX.W 0F 2A /r",
    }
    cvtss2si {
        "r32, xmm/m32" => "F3 0F 2D /r",
        "r64, xmm/m32" => "F3 REX.W 0F 2D /r",
    }
    cvttss2si {
        "r32, xmm/m32" => "F3 0F 2C /r",
        "r64, xmm/m32" => "F3 REX.W 0F 2C /r",
    }
    cvtsd2si {
        "r32, xmm/m64" => "F2 0F 2D /r",
        "r64, xmm/m64" => "F2 REX.W 0F 2D /r",
    }
    cvttsd2si {
        "r32, xmm/m64" => "F2 0F 2C /r",
        "r64, xmm/m64" => "F2 REX.W 0F 2C /r",
    }
    cvtps2pd { "xmm, xmm/m64" => "0F 5A /r" }
    cvtpd2ps { "xmm, xmm/m128" => "66 0F 5A /r" }
    cvtss2sd { "xmm, xmm/m32" => "F3 0F 5A /r" }
    cvtsd2ss { "xmm, xmm/m64" => "F2 0F 5A /r" }
    cvttps2dq { "xmm, xmm/m128" => "F3 0F 5B /r" }
    cvtdq2pd { "xmm, xmm/m64" => "F3 0F E6 /r" }
    cvtpd2dq { "xmm, xmm/m128" => "F2 0F E6 /r" }
    cvttpd2dq { "xmm, xmm/m128" => "66 0F E6 /r" }
}
