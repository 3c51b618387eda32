//! Data processing, register: add/subtract with carry, conditional select and compare,
//! multiply and divide, variable shifts, one-source bit operations.
use super::{Form, Mnemonic};

// ADC, ADCS, SBC, SBCS (op:S in bits 30:29), and NGC/NGCS (SBC/SBCS from the zero register).
macro_rules! carry {
    ($($(#[$doc:meta])* $name:ident $ops:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>, <Xm>" => concat!("1 ", $ops, " 11010000 Rm 000000 Rn Rd"),
                "<Wd>, <Wn>, <Wm>" => concat!("0 ", $ops, " 11010000 Rm 000000 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

carry! {
    /// `adc`.
    adc "0 0";
    /// `adcs`.
    adcs "0 1";
    /// `sbc`.
    sbc "1 0";
    /// `sbcs`.
    sbcs "1 1";
}

forms! {
    /// `ngc`: SBC from the zero register.
    ngc {
        "<Xd>, <Xm>" => "1 1 0 11010000 Rm 000000 11111 Rd",
        "<Wd>, <Wm>" => "0 1 0 11010000 Rm 000000 11111 Rd",
    }
    /// `ngcs`: SBCS from the zero register.
    ngcs {
        "<Xd>, <Xm>" => "1 1 1 11010000 Rm 000000 11111 Rd",
        "<Wd>, <Wm>" => "0 1 1 11010000 Rm 000000 11111 Rd",
    }
}

// Conditional select: CSEL, CSINC, CSINV, CSNEG (op in bit 30, o2 in bit 10).
macro_rules! csel {
    ($($(#[$doc:meta])* $name:ident $op:literal $o2:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>, <Xm>, <cond>" => concat!("1 ", $op, " 0 11010100 Rm cond 0 ", $o2, " Rn Rd"),
                "<Wd>, <Wn>, <Wm>, <cond>" => concat!("0 ", $op, " 0 11010100 Rm cond 0 ", $o2, " Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

csel! {
    /// `csel`.
    csel "0" "0";
    /// `csinc`.
    csinc "0" "1";
    /// `csinv`.
    csinv "1" "0";
    /// `csneg`.
    csneg "1" "1";
}

forms! {
    /// `cset`: CSINC from the zero register, the condition inverted.
    cset {
        "<Xd>, <invcond>" => "1 0 0 11010100 11111 cond 0 1 11111 Rd",
        "<Wd>, <invcond>" => "0 0 0 11010100 11111 cond 0 1 11111 Rd",
    }
    /// `csetm`: CSINV from the zero register, the condition inverted.
    csetm {
        "<Xd>, <invcond>" => "1 1 0 11010100 11111 cond 0 0 11111 Rd",
        "<Wd>, <invcond>" => "0 1 0 11010100 11111 cond 0 0 11111 Rd",
    }
    /// `cinc`: CSINC Rn, Rn, the condition inverted.
    cinc {
        "<Xd>, <Xn>, <invcond>" => "1 0 0 11010100 Rn cond 0 1 Rn Rd",
        "<Wd>, <Wn>, <invcond>" => "0 0 0 11010100 Rn cond 0 1 Rn Rd",
    }
    /// `cinv`: CSINV Rn, Rn, the condition inverted.
    cinv {
        "<Xd>, <Xn>, <invcond>" => "1 1 0 11010100 Rn cond 0 0 Rn Rd",
        "<Wd>, <Wn>, <invcond>" => "0 1 0 11010100 Rn cond 0 0 Rn Rd",
    }
    /// `cneg`: CSNEG Rn, Rn, the condition inverted.
    cneg {
        "<Xd>, <Xn>, <invcond>" => "1 1 0 11010100 Rn cond 0 1 Rn Rd",
        "<Wd>, <Wn>, <invcond>" => "0 1 0 11010100 Rn cond 0 1 Rn Rd",
    }
}

// Conditional compare: CCMN, CCMP (op in bit 30), register and immediate.
macro_rules! ccmp {
    ($($(#[$doc:meta])* $name:ident $op:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xn>, #<imm5>, #<nzcv>, <cond>" => concat!("1 ", $op, " 1 11010010 imm5 cond 1 0 Rn 0 nzcv"),
                "<Wn>, #<imm5>, #<nzcv>, <cond>" => concat!("0 ", $op, " 1 11010010 imm5 cond 1 0 Rn 0 nzcv"),
                "<Xn>, <Xm>, #<nzcv>, <cond>" => concat!("1 ", $op, " 1 11010010 Rm cond 0 0 Rn 0 nzcv"),
                "<Wn>, <Wm>, #<nzcv>, <cond>" => concat!("0 ", $op, " 1 11010010 Rm cond 0 0 Rn 0 nzcv"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

ccmp! {
    /// `ccmn`.
    ccmn "0";
    /// `ccmp`.
    ccmp "1";
}

// Three-source multiply: MADD/MSUB (o0 in bit 15), and MUL/MNEG with Ra the zero register;
// the long forms SMADDL/SMSUBL/UMADDL/UMSUBL (U in bit 23) and their SMULL/SMNEGL/UMULL/UMNEGL
// aliases.
forms! {
    /// `madd`.
    madd {
        "<Xd>, <Xn>, <Xm>, <Xa>" => "1 00 11011 000 Rm 0 Ra Rn Rd",
        "<Wd>, <Wn>, <Wm>, <Wa>" => "0 00 11011 000 Rm 0 Ra Rn Rd",
    }
    /// `msub`.
    msub {
        "<Xd>, <Xn>, <Xm>, <Xa>" => "1 00 11011 000 Rm 1 Ra Rn Rd",
        "<Wd>, <Wn>, <Wm>, <Wa>" => "0 00 11011 000 Rm 1 Ra Rn Rd",
    }
    /// `mul`: MADD with the zero register.
    mul {
        "<Xd>, <Xn>, <Xm>" => "1 00 11011 000 Rm 0 11111 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 00 11011 000 Rm 0 11111 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 10011 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 01 L Rm 1000 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 10 L Rm 1000 H 0 Rn Rd",
    }
    /// `mneg`: MSUB with the zero register.
    mneg {
        "<Xd>, <Xn>, <Xm>" => "1 00 11011 000 Rm 1 11111 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 00 11011 000 Rm 1 11111 Rn Rd",
    }
    /// `smaddl`.
    smaddl {
        "<Xd>, <Wn>, <Wm>, <Xa>" => "1 00 11011 001 Rm 0 Ra Rn Rd",
    }
    /// `smsubl`.
    smsubl {
        "<Xd>, <Wn>, <Wm>, <Xa>" => "1 00 11011 001 Rm 1 Ra Rn Rd",
    }
    /// `umaddl`.
    umaddl {
        "<Xd>, <Wn>, <Wm>, <Xa>" => "1 00 11011 101 Rm 0 Ra Rn Rd",
    }
    /// `umsubl`.
    umsubl {
        "<Xd>, <Wn>, <Wm>, <Xa>" => "1 00 11011 101 Rm 1 Ra Rn Rd",
    }
    /// `smull`: SMADDL with the zero register.
    smull {
        "<Xd>, <Wn>, <Wm>" => "1 00 11011 001 Rm 0 11111 Rn Rd",
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1100 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 1010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 1010 H 0 Rn Rd",
    }
    /// `smnegl`: SMSUBL with the zero register.
    smnegl {
        "<Xd>, <Wn>, <Wm>" => "1 00 11011 001 Rm 1 11111 Rn Rd",
    }
    /// `umull`: UMADDL with the zero register.
    umull {
        "<Xd>, <Wn>, <Wm>" => "1 00 11011 101 Rm 0 11111 Rn Rd",
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 1100 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 1 01111 01 L Rm 1010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 1 01111 10 L Rm 1010 H 0 Rn Rd",
    }
    /// `umnegl`: UMSUBL with the zero register.
    umnegl {
        "<Xd>, <Wn>, <Wm>" => "1 00 11011 101 Rm 1 11111 Rn Rd",
    }
}

forms! {
    /// `smulh`.
    smulh {
        "<Xd>, <Xn>, <Xm>" => "1 00 11011 010 Rm 0 11111 Rn Rd",
    }
    /// `umulh`.
    umulh {
        "<Xd>, <Xn>, <Xm>" => "1 00 11011 110 Rm 0 11111 Rn Rd",
    }
}

// Two-source: UDIV, SDIV, LSLV, LSRV, ASRV, RORV (opcode in bits 15:10).
macro_rules! two_source {
    ($($(#[$doc:meta])* $name:ident $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>, <Xm>" => concat!("1 0 0 11010110 Rm ", $opcode, " Rn Rd"),
                "<Wd>, <Wn>, <Wm>" => concat!("0 0 0 11010110 Rm ", $opcode, " Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

two_source! {
    /// `udiv`.
    udiv "000010";
    /// `sdiv`.
    sdiv "000011";
    /// `lslv`.
    lslv "001000";
    /// `lsrv`.
    lsrv "001001";
    /// `asrv`.
    asrv "001010";
    /// `rorv`.
    rorv "001011";
}

// One-source: RBIT, REV16, REV (32-bit: opcode 2, 64-bit: 3), CLZ, CLS (opcode in bits 15:10).
macro_rules! one_source {
    ($($(#[$doc:meta])* $name:ident $x:literal $w:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>" => concat!("1 1 0 11010110 00000 ", $x, " Rn Rd"),
                "<Wd>, <Wn>" => concat!("0 1 0 11010110 00000 ", $w, " Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

one_source! {
    /// `rbit`.
    rbit "000000" "000000" [
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 1 01110 01 10000 00101 10 Rn Rd",
    ];
    /// `rev16`.
    rev16 "000001" "000001" [
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 0 01110 size 10000 00001 10 Rn Rd",
    ];
    /// `rev`.
    rev "000011" "000010";
    /// `clz`.
    clz "000100" "000100" [
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 10000 00100 10 Rn Rd",
    ];
    /// `cls`.
    cls "000101" "000101" [
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 10000 00100 10 Rn Rd",
    ];
}

forms! {
    /// `rev32` (64-bit only).
    rev32 {
        "<Xd>, <Xn>" => "1 1 0 11010110 00000 000010 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H" => "0 Q 1 01110 size 10000 00000 10 Rn Rd",
    }
    /// `rev64`: REV of 64 bits.
    rev64 {
        "<Xd>, <Xn>" => "1 1 0 11010110 00000 000011 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 10000 00000 10 Rn Rd",
    }
}

forms! {
    /// `crc32b`.
    crc32b {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 0 00 Rn Rd",
    }
    /// `crc32h`.
    crc32h {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 0 01 Rn Rd",
    }
    /// `crc32w`.
    crc32w {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 0 10 Rn Rd",
    }
    /// `crc32x`.
    crc32x {
        "<Wd>, <Wn>, <Xm>" => "1 0 0 11010110 Rm 010 0 11 Rn Rd",
    }
    /// `crc32cb`.
    crc32cb {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 1 00 Rn Rd",
    }
    /// `crc32ch`.
    crc32ch {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 1 01 Rn Rd",
    }
    /// `crc32cw`.
    crc32cw {
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 010 1 10 Rn Rd",
    }
    /// `crc32cx`.
    crc32cx {
        "<Wd>, <Wn>, <Xm>" => "1 0 0 11010110 Rm 010 1 11 Rn Rd",
    }
    /// `bfc`.
    bfc {
        "<Xd>, #<bfilsb64>, #<bfiwidth64>" => "1 01 100110 1 immr imms 11111 Rd",
        "<Wd>, #<bfilsb32>, #<bfiwidth32>" => "0 01 100110 0 immr imms 11111 Rd",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &crc32b, &crc32h, &crc32w, &crc32x, &crc32cb, &crc32ch, &crc32cw, &crc32cx, &bfc, &adc, &adcs,
    &sbc, &sbcs, &ngc, &ngcs, &csel, &csinc, &csinv, &csneg, &cset, &csetm, &cinc, &cinv, &cneg,
    &ccmn, &ccmp, &madd, &msub, &mul, &mneg, &smaddl, &smsubl, &umaddl, &umsubl, &smull, &smnegl,
    &umull, &umnegl, &smulh, &umulh, &udiv, &sdiv, &lslv, &lsrv, &asrv, &rorv, &rbit, &rev16, &rev,
    &clz, &cls, &rev32, &rev64,
];
