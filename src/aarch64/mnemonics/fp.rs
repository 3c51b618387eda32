//! Scalar floating point: arithmetic, compares, conditional select, moves, conversions (H forms
//! need FEAT_FP16).
use super::{Form, Mnemonic};

// One source, H/S/D (ftype 11/00/01): `opcode` in bits 20:15.
macro_rules! fp1 {
    ($($name:ident $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>" => concat!("0 0 0 11110 11 1 ", $opcode, " 10000 Rn Rd"),
                "<Sd>, <Sn>" => concat!("0 0 0 11110 00 1 ", $opcode, " 10000 Rn Rd"),
                "<Dd>, <Dn>" => concat!("0 0 0 11110 01 1 ", $opcode, " 10000 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fp1! {
    fabs "000001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 01111 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 01111 10 Rn Rd",
    ];
    fneg "000010" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 01111 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 01111 10 Rn Rd",
    ];
    fsqrt "000011" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 11111 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 11111 10 Rn Rd",
    ];
    frintn "001000" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11000 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11000 10 Rn Rd",
    ];
    frintp "001001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 11000 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 11000 10 Rn Rd",
    ];
    frintm "001010" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11001 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11001 10 Rn Rd",
    ];
    frintz "001011" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 11001 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 11001 10 Rn Rd",
    ];
    frinta "001100" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11000 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11000 10 Rn Rd",
    ];
    frintx "001110" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11001 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11001 10 Rn Rd",
    ];
    frinti "001111" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 11001 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 11001 10 Rn Rd",
    ];
}

// Two sources: `opcode` in bits 15:12.
macro_rules! fp2 {
    ($($name:ident $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>, <Hm>" => concat!("0 0 0 11110 11 1 Rm ", $opcode, " 10 Rn Rd"),
                "<Sd>, <Sn>, <Sm>" => concat!("0 0 0 11110 00 1 Rm ", $opcode, " 10 Rn Rd"),
                "<Dd>, <Dn>, <Dm>" => concat!("0 0 0 11110 01 1 Rm ", $opcode, " 10 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fp2! {
    fmul "0000" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11011 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 011 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 00 L Rm 1001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 1 0 L Rm 1001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.D[<index>]; T = 2D" => "0 Q 0 01111 1 1 0 Rm 1001 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 00 L Rm 1001 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 1 0 L Rm 1001 H 0 Rn Rd",
        "<Dd>, <Dn>, <Vm>.D[<index>]" => "01 0 11111 1 1 0 Rm 1001 H 0 Rn Rd",
    ];
    fdiv "0001" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 111 1 Rn Rd",
    ];
    fadd "0010" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 010 1 Rn Rd",
    ];
    fsub "0011" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 1 Rm 11010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 1 10 Rm 00 010 1 Rn Rd",
    ];
    fmax "0100" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 110 1 Rn Rd",
    ];
    fmin "0101" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 1 Rm 11110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 1 10 Rm 00 110 1 Rn Rd",
    ];
    fmaxnm "0110" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 000 1 Rn Rd",
    ];
    fminnm "0111" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 1 Rm 11000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 1 10 Rm 00 000 1 Rn Rd",
    ];
    fnmul "1000";
}

// Three sources: o1 (bit 21), o0 (bit 15).
macro_rules! fp3 {
    ($($name:ident $o1:literal $o0:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>, <Hm>, <Ha>" => concat!("0 0 0 11111 11 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
                "<Sd>, <Sn>, <Sm>, <Sa>" => concat!("0 0 0 11111 00 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
                "<Dd>, <Dn>, <Dm>, <Da>" => concat!("0 0 0 11111 01 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fp3! {
    fmadd "0" "0";
    fmsub "0" "1";
    fnmadd "1" "0";
    fnmsub "1" "1";
}

// Compares: register and `#0.0` (opc bits 4:3: E, zero).
macro_rules! fcmp {
    ($($name:ident $e:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hn>, <Hm>" => concat!("0 0 0 11110 11 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Sn>, <Sm>" => concat!("0 0 0 11110 00 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Dn>, <Dm>" => concat!("0 0 0 11110 01 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Hn>, #0.0" => concat!("0 0 0 11110 11 1 00000 00 1000 Rn ", $e, "1 000"),
                "<Sn>, #0.0" => concat!("0 0 0 11110 00 1 00000 00 1000 Rn ", $e, "1 000"),
                "<Dn>, #0.0" => concat!("0 0 0 11110 01 1 00000 00 1000 Rn ", $e, "1 000"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fcmp! {
    fcmp "0";
    fcmpe "1";
}

// Conditional compare (op in bit 4) and select.
macro_rules! fccmp {
    ($($name:ident $op:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hn>, <Hm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 11 1 Rm cond 01 Rn ", $op, " nzcv"),
                "<Sn>, <Sm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 00 1 Rm cond 01 Rn ", $op, " nzcv"),
                "<Dn>, <Dm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 01 1 Rm cond 01 Rn ", $op, " nzcv"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fccmp! {
    fccmp "0";
    fccmpe "1";
}

forms! {
    /// `fcsel`.
    fcsel {
        "<Hd>, <Hn>, <Hm>, <cond>" => "0 0 0 11110 11 1 Rm cond 11 Rn Rd",
        "<Sd>, <Sn>, <Sm>, <cond>" => "0 0 0 11110 00 1 Rm cond 11 Rn Rd",
        "<Dd>, <Dn>, <Dm>, <cond>" => "0 0 0 11110 01 1 Rm cond 11 Rn Rd",
    }

    /// `fmov`: register, to and from general purpose registers, immediate.
    fmov {
        "<Hd>, <Hn>" => "0 0 0 11110 11 1 000000 10000 Rn Rd",
        "<Sd>, <Sn>" => "0 0 0 11110 00 1 000000 10000 Rn Rd",
        "<Dd>, <Dn>" => "0 0 0 11110 01 1 000000 10000 Rn Rd",
        "<Wd>, <Hn>" => "0 0 0 11110 11 1 00 110 000000 Rn Rd",
        "<Xd>, <Hn>" => "1 0 0 11110 11 1 00 110 000000 Rn Rd",
        "<Hd>, <Wn>" => "0 0 0 11110 11 1 00 111 000000 Rn Rd",
        "<Hd>, <Xn>" => "1 0 0 11110 11 1 00 111 000000 Rn Rd",
        "<Wd>, <Sn>" => "0 0 0 11110 00 1 00 110 000000 Rn Rd",
        "<Sd>, <Wn>" => "0 0 0 11110 00 1 00 111 000000 Rn Rd",
        "<Xd>, <Dn>" => "1 0 0 11110 01 1 00 110 000000 Rn Rd",
        "<Dd>, <Xn>" => "1 0 0 11110 01 1 00 111 000000 Rn Rd",
        "<Vd>.D[1], <Xn>" => "1 0 0 11110 10 1 01 111 000000 Rn Rd",
        "<Xd>, <Vn>.D[1]" => "1 0 0 11110 10 1 01 110 000000 Rn Rd",
        "<Hd>, #<fimm>" => "0 0 0 11110 11 1 imm8 100 00000 Rd",
        "<Sd>, #<fimm>" => "0 0 0 11110 00 1 imm8 100 00000 Rd",
        "<Dd>, #<fimm>" => "0 0 0 11110 01 1 imm8 100 00000 Rd",
        "<Vd>.<T>, #<fimmv>; T = 2S|4S" => "0 Q 0 0111100000 abc 1111 0 1 defgh Rd",
        "<Vd>.<T>, #<fimmv>; T = 2D" => "0 Q 1 0111100000 abc 1111 0 1 defgh Rd",
        "<Vd>.<T>, #<fimmv>; T = 4H|8H" => "0 Q 0 0111100000 abc 1111 1 1 defgh Rd",
    }

    /// `fcvt`: between half, single and double precision.
    fcvt {
        "<Sd>, <Hn>" => "0 0 0 11110 11 1 0001 00 10000 Rn Rd",
        "<Dd>, <Hn>" => "0 0 0 11110 11 1 0001 01 10000 Rn Rd",
        "<Hd>, <Sn>" => "0 0 0 11110 00 1 0001 11 10000 Rn Rd",
        "<Dd>, <Sn>" => "0 0 0 11110 00 1 0001 01 10000 Rn Rd",
        "<Hd>, <Dn>" => "0 0 0 11110 01 1 0001 11 10000 Rn Rd",
        "<Sd>, <Dn>" => "0 0 0 11110 01 1 0001 00 10000 Rn Rd",
    }
}

// Floating point to integer: rmode, opcode.
macro_rules! fcvt_int {
    ($($name:ident $rmode:literal $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Wd>, <Hn>" => concat!("0 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Hn>" => concat!("1 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Sn>" => concat!("0 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Sn>" => concat!("1 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Dn>" => concat!("0 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Dn>" => concat!("1 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fcvt_int! {
    fcvtns "00" "000" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11010 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 0 0 10000 11010 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 0 1 10000 11010 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 0 111100 11010 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11010 10 Rn Rd",
    ];
    fcvtnu "00" "001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11010 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 0 0 10000 11010 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 0 1 10000 11010 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 0 111100 11010 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11010 10 Rn Rd",
    ];
    fcvtas "00" "100" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11100 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 0 0 10000 11100 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 0 1 10000 11100 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 0 111100 11100 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11100 10 Rn Rd",
    ];
    fcvtau "00" "101" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11100 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 0 0 10000 11100 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 0 1 10000 11100 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 0 111100 11100 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11100 10 Rn Rd",
    ];
    fcvtps "01" "000" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 11010 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 1 0 10000 11010 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 1 1 10000 11010 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 1 111100 11010 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 11010 10 Rn Rd",
    ];
    fcvtpu "01" "001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 11010 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 1 0 10000 11010 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 1 1 10000 11010 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 1 111100 11010 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 11010 10 Rn Rd",
    ];
    fcvtms "10" "000" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 0 0 10000 11011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 0 1 10000 11011 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 0 111100 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11011 10 Rn Rd",
    ];
    fcvtmu "10" "001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 0 0 10000 11011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 0 1 10000 11011 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 0 111100 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11011 10 Rn Rd",
    ];
}

// FCVTZS/FCVTZU, with a fixed-point form (fbits: scale = 64 - fbits).
macro_rules! fcvt_fixed {
    ($($name:ident $rmode:literal $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`: integer and fixed point.")]
            $name {
                "<Wd>, <Hn>" => concat!("0 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Hn>" => concat!("1 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Sn>" => concat!("0 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Sn>" => concat!("1 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Dn>" => concat!("0 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Dn>" => concat!("1 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Hn>, #<fbits32>" => concat!("0 0 0 11110 11 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                "<Xd>, <Hn>, #<fbits64>" => concat!("1 0 0 11110 11 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                "<Wd>, <Sn>, #<fbits32>" => concat!("0 0 0 11110 00 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                "<Xd>, <Sn>, #<fbits64>" => concat!("1 0 0 11110 00 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                "<Wd>, <Dn>, #<fbits32>" => concat!("0 0 0 11110 01 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                "<Xd>, <Dn>, #<fbits64>" => concat!("1 0 0 11110 01 0 ", $rmode, " ", $opcode, " scale Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

fcvt_fixed! {
    fcvtzs "11" "000" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 11011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 1 0 10000 11011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 1 1 10000 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 11111 1 Rn Rd",
        "<Sd>, <Sn>, #<shr32>" => "01 0 111110 immhb 11111 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 11111 1 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 1 111100 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 11011 10 Rn Rd",
        "<Hd>, <Hn>, #<shr16>" => "01 0 111110 immhb 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 11111 1 Rn Rd",
    ];
    fcvtzu "11" "001" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 11011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 1 0 10000 11011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 1 1 10000 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 11111 1 Rn Rd",
        "<Sd>, <Sn>, #<shr32>" => "01 1 111110 immhb 11111 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 11111 1 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 1 111100 11011 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 11011 10 Rn Rd",
        "<Hd>, <Hn>, #<shr16>" => "01 1 111110 immhb 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 11111 1 Rn Rd",
    ];
}

// SCVTF/UCVTF, from integer and fixed point.
macro_rules! cvtf {
    ($($name:ident $opcode:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`: integer and fixed point.")]
            $name {
                "<Hd>, <Wn>" => concat!("0 0 0 11110 11 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Hd>, <Xn>" => concat!("1 0 0 11110 11 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Sd>, <Wn>" => concat!("0 0 0 11110 00 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Sd>, <Xn>" => concat!("1 0 0 11110 00 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Dd>, <Wn>" => concat!("0 0 0 11110 01 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Dd>, <Xn>" => concat!("1 0 0 11110 01 1 00 ", $opcode, " 000000 Rn Rd"),
                "<Hd>, <Wn>, #<fbits32>" => concat!("0 0 0 11110 11 0 00 ", $opcode, " scale Rn Rd"),
                "<Hd>, <Xn>, #<fbits64>" => concat!("1 0 0 11110 11 0 00 ", $opcode, " scale Rn Rd"),
                "<Sd>, <Wn>, #<fbits32>" => concat!("0 0 0 11110 00 0 00 ", $opcode, " scale Rn Rd"),
                "<Sd>, <Xn>, #<fbits64>" => concat!("1 0 0 11110 00 0 00 ", $opcode, " scale Rn Rd"),
                "<Dd>, <Wn>, #<fbits32>" => concat!("0 0 0 11110 01 0 00 ", $opcode, " scale Rn Rd"),
                "<Dd>, <Xn>, #<fbits64>" => concat!("1 0 0 11110 01 0 00 ", $opcode, " scale Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

cvtf! {
    scvtf "010" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 10000 11101 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 0 0 10000 11101 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 0 1 10000 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 11100 1 Rn Rd",
        "<Sd>, <Sn>, #<shr32>" => "01 0 111110 immhb 11100 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 11100 1 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 0 111100 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 0 111100 11101 10 Rn Rd",
        "<Hd>, <Hn>, #<shr16>" => "01 0 111110 immhb 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 11100 1 Rn Rd",
    ];
    ucvtf "011" [
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 10000 11101 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 0 0 10000 11101 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 0 1 10000 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 11100 1 Rn Rd",
        "<Sd>, <Sn>, #<shr32>" => "01 1 111110 immhb 11100 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 11100 1 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 0 111100 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 0 111100 11101 10 Rn Rd",
        "<Hd>, <Hn>, #<shr16>" => "01 1 111110 immhb 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 11100 1 Rn Rd",
    ];
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &fabs, &fneg, &fsqrt, &frintn, &frintp, &frintm, &frintz, &frinta, &frintx, &frinti, &fmul,
    &fdiv, &fadd, &fsub, &fmax, &fmin, &fmaxnm, &fminnm, &fnmul, &fmadd, &fmsub, &fnmadd, &fnmsub,
    &fcmp, &fcmpe, &fccmp, &fccmpe, &fcsel, &fmov, &fcvt, &fcvtns, &fcvtnu, &fcvtas, &fcvtau,
    &fcvtps, &fcvtpu, &fcvtms, &fcvtmu, &fcvtzs, &fcvtzu, &scvtf, &ucvtf,
];
