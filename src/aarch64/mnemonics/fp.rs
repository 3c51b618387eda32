//! Scalar floating point: arithmetic, compares, conditional select, moves, conversions (H forms
//! need FEAT_FP16).
use super::{Form, Mnemonic};

// One source, H/S/D (ftype 11/00/01): `opcode` in bits 20:15.
macro_rules! fp1 {
    ($($name:ident $opcode:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>" => concat!("0 0 0 11110 11 1 ", $opcode, " 10000 Rn Rd"),
                "<Sd>, <Sn>" => concat!("0 0 0 11110 00 1 ", $opcode, " 10000 Rn Rd"),
                "<Dd>, <Dn>" => concat!("0 0 0 11110 01 1 ", $opcode, " 10000 Rn Rd"),
            })*
        }
    };
}

fp1! {
    fabs "000001";
    fneg "000010";
    fsqrt "000011";
    frintn "001000";
    frintp "001001";
    frintm "001010";
    frintz "001011";
    frinta "001100";
    frintx "001110";
    frinti "001111";
}

// Two sources: `opcode` in bits 15:12.
macro_rules! fp2 {
    ($($name:ident $opcode:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>, <Hm>" => concat!("0 0 0 11110 11 1 Rm ", $opcode, " 10 Rn Rd"),
                "<Sd>, <Sn>, <Sm>" => concat!("0 0 0 11110 00 1 Rm ", $opcode, " 10 Rn Rd"),
                "<Dd>, <Dn>, <Dm>" => concat!("0 0 0 11110 01 1 Rm ", $opcode, " 10 Rn Rd"),
            })*
        }
    };
}

fp2! {
    fmul "0000";
    fdiv "0001";
    fadd "0010";
    fsub "0011";
    fmax "0100";
    fmin "0101";
    fmaxnm "0110";
    fminnm "0111";
    fnmul "1000";
}

// Three sources: o1 (bit 21), o0 (bit 15).
macro_rules! fp3 {
    ($($name:ident $o1:literal $o0:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hd>, <Hn>, <Hm>, <Ha>" => concat!("0 0 0 11111 11 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
                "<Sd>, <Sn>, <Sm>, <Sa>" => concat!("0 0 0 11111 00 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
                "<Dd>, <Dn>, <Dm>, <Da>" => concat!("0 0 0 11111 01 ", $o1, " Rm ", $o0, " Ra Rn Rd"),
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
    ($($name:ident $e:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hn>, <Hm>" => concat!("0 0 0 11110 11 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Sn>, <Sm>" => concat!("0 0 0 11110 00 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Dn>, <Dm>" => concat!("0 0 0 11110 01 1 Rm 00 1000 Rn ", $e, "0 000"),
                "<Hn>, #0.0" => concat!("0 0 0 11110 11 1 00000 00 1000 Rn ", $e, "1 000"),
                "<Sn>, #0.0" => concat!("0 0 0 11110 00 1 00000 00 1000 Rn ", $e, "1 000"),
                "<Dn>, #0.0" => concat!("0 0 0 11110 01 1 00000 00 1000 Rn ", $e, "1 000"),
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
    ($($name:ident $op:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Hn>, <Hm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 11 1 Rm cond 01 Rn ", $op, " nzcv"),
                "<Sn>, <Sm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 00 1 Rm cond 01 Rn ", $op, " nzcv"),
                "<Dn>, <Dm>, #<nzcv>, <cond>" => concat!("0 0 0 11110 01 1 Rm cond 01 Rn ", $op, " nzcv"),
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
        "<Hd>, #<fimm>" => "0 0 0 11110 11 1 imm8 100 00000 Rd",
        "<Sd>, #<fimm>" => "0 0 0 11110 00 1 imm8 100 00000 Rd",
        "<Dd>, #<fimm>" => "0 0 0 11110 01 1 imm8 100 00000 Rd",
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
    ($($name:ident $rmode:literal $opcode:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "<Wd>, <Hn>" => concat!("0 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Hn>" => concat!("1 0 0 11110 11 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Sn>" => concat!("0 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Sn>" => concat!("1 0 0 11110 00 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Wd>, <Dn>" => concat!("0 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
                "<Xd>, <Dn>" => concat!("1 0 0 11110 01 1 ", $rmode, " ", $opcode, " 000000 Rn Rd"),
            })*
        }
    };
}

fcvt_int! {
    fcvtns "00" "000";
    fcvtnu "00" "001";
    fcvtas "00" "100";
    fcvtau "00" "101";
    fcvtps "01" "000";
    fcvtpu "01" "001";
    fcvtms "10" "000";
    fcvtmu "10" "001";
}

// FCVTZS/FCVTZU, with a fixed-point form (fbits: scale = 64 - fbits).
macro_rules! fcvt_fixed {
    ($($name:ident $rmode:literal $opcode:literal;)*) => {
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
            })*
        }
    };
}

fcvt_fixed! {
    fcvtzs "11" "000";
    fcvtzu "11" "001";
}

// SCVTF/UCVTF, from integer and fixed point.
macro_rules! cvtf {
    ($($name:ident $opcode:literal;)*) => {
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
            })*
        }
    };
}

cvtf! {
    scvtf "010";
    ucvtf "011";
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &fabs, &fneg, &fsqrt, &frintn, &frintp, &frintm, &frintz, &frinta, &frintx, &frinti, &fmul,
    &fdiv, &fadd, &fsub, &fmax, &fmin, &fmaxnm, &fminnm, &fnmul, &fmadd, &fmsub, &fnmadd, &fnmsub,
    &fcmp, &fcmpe, &fccmp, &fccmpe, &fcsel, &fmov, &fcvt, &fcvtns, &fcvtnu, &fcvtas, &fcvtau,
    &fcvtps, &fcvtpu, &fcvtms, &fcvtmu, &fcvtzs, &fcvtzu, &scvtf, &ucvtf,
];
