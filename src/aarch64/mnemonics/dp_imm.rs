//! Data processing, immediate (and the register forms of the same mnemonics): add/sub,
//! logical, moves, bitfield and extract, with their aliases.
use super::{Form, Mnemonic};

// ADD, ADDS, SUB, SUBS: op:S in bits 30:29 (`$ops`), immediate, shifted and extended register.
// `$d`: the destination pattern letter set (SP for ADD/SUB, the zero register for ADDS/SUBS).
macro_rules! addsub {
    ($($(#[$doc:meta])* $name:ident $ops:literal $xd:literal $wd:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                concat!($xd, ", <Xn|SP>, #<imm12>{, LSL #<lsl12>}") => concat!("1 ", $ops, " 100010 sh imm12 Rn Rd"),
                concat!($wd, ", <Wn|WSP>, #<imm12>{, LSL #<lsl12>}") => concat!("0 ", $ops, " 100010 sh imm12 Rn Rd"),
                "<Xd>, <Xn>, <Xm>{, LSL|LSR|ASR #<amt64>}" => concat!("1 ", $ops, " 01011 shift 0 Rm imm6 Rn Rd"),
                "<Wd>, <Wn>, <Wm>{, LSL|LSR|ASR #<amt32>}" => concat!("0 ", $ops, " 01011 shift 0 Rm imm6 Rn Rd"),
                concat!($xd, ", <Xn|SP>, <Wm>, UXTB|UXTH|UXTW|SXTB|SXTH|SXTW {#<imm3>}") => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn Rd"),
                concat!($xd, ", <Xn|SP>, <Xm>{, UXTX|SXTX {#<imm3>}}") => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn Rd"),
                concat!($xd, ", <Xn|SP>, <Xm>, LSL #<imm3>") => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn Rd"),
                concat!($wd, ", <Wn|WSP>, <Wm>{, UXTB|UXTH|UXTW|UXTX|SXTB|SXTH|SXTW|SXTX {#<imm3>}}") => concat!("0 ", $ops, " 01011 00 1 Rm option imm3 Rn Rd"),
                concat!($wd, ", <Wn|WSP>, <Wm>, LSL #<imm3>") => concat!("0 ", $ops, " 01011 00 1 Rm option imm3 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

addsub! {
    /// `add`: immediate, shifted register, extended register.
    add "0 0" "<Xd|SP>" "<Wd|WSP>" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 10000 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 10000 1 Rn Rd",
    ];
    /// `adds`.
    adds "0 1" "<Xd>" "<Wd>";
    /// `sub`.
    sub "1 0" "<Xd|SP>" "<Wd|WSP>" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 10000 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 10000 1 Rn Rd",
    ];
    /// `subs`.
    subs "1 1" "<Xd>" "<Wd>";
}

// CMP, CMN: SUBS, ADDS with the zero register as destination.
macro_rules! compare {
    ($($(#[$doc:meta])* $name:ident $ops:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xn|SP>, #<imm12>{, LSL #<lsl12>}" => concat!("1 ", $ops, " 100010 sh imm12 Rn 11111"),
                "<Wn|WSP>, #<imm12>{, LSL #<lsl12>}" => concat!("0 ", $ops, " 100010 sh imm12 Rn 11111"),
                "<Xn>, <Xm>{, LSL|LSR|ASR #<amt64>}" => concat!("1 ", $ops, " 01011 shift 0 Rm imm6 Rn 11111"),
                "<Wn>, <Wm>{, LSL|LSR|ASR #<amt32>}" => concat!("0 ", $ops, " 01011 shift 0 Rm imm6 Rn 11111"),
                "<Xn|SP>, <Wm>, UXTB|UXTH|UXTW|SXTB|SXTH|SXTW {#<imm3>}" => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn 11111"),
                "<Xn|SP>, <Xm>{, UXTX|SXTX {#<imm3>}}" => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn 11111"),
                "<Xn|SP>, <Xm>, LSL #<imm3>" => concat!("1 ", $ops, " 01011 00 1 Rm option imm3 Rn 11111"),
                "<Wn|WSP>, <Wm>{, UXTB|UXTH|UXTW|UXTX|SXTB|SXTH|SXTW|SXTX {#<imm3>}}" => concat!("0 ", $ops, " 01011 00 1 Rm option imm3 Rn 11111"),
                "<Wn|WSP>, <Wm>, LSL #<imm3>" => concat!("0 ", $ops, " 01011 00 1 Rm option imm3 Rn 11111"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

compare! {
    /// `cmp`: SUBS to the zero register.
    cmp "1 1";
    /// `cmn`: ADDS to the zero register.
    cmn "0 1";
}

// Logical: AND, ORR, EOR, ANDS (opc in bits 30:29) with a bitmask immediate, and the shifted
// register forms (N, bit 21, inverts: BIC, ORN, EON, BICS have no immediate form).
macro_rules! logical {
    ($($(#[$doc:meta])* $name:ident $opc:literal $xd:literal $wd:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                concat!($xd, ", <Xn>, #<bimm64>") => concat!("1 ", $opc, " 100100 N immr imms Rn Rd"),
                concat!($wd, ", <Wn>, #<bimm32>") => concat!("0 ", $opc, " 100100 N immr imms Rn Rd"),
                "<Xd>, <Xn>, <Xm>{, LSL|LSR|ASR|ROR #<amt64>}" => concat!("1 ", $opc, " 01010 shift 0 Rm imm6 Rn Rd"),
                "<Wd>, <Wn>, <Wm>{, LSL|LSR|ASR|ROR #<amt32>}" => concat!("0 ", $opc, " 01010 shift 0 Rm imm6 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

logical! {
    /// `and`.
    and "00" "<Xd|SP>" "<Wd|WSP>" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 00 1 Rm 00011 1 Rn Rd",
    ];
    /// `orr`.
    orr "01" "<Xd|SP>" "<Wd|WSP>" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 10 1 Rm 00011 1 Rn Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl16>}; T = 4H|8H" => "0 Q 0 0111100000 abc 10 cm1 1 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl32>}; T = 2S|4S" => "0 Q 0 0111100000 abc 0 cm2 1 0 1 defgh Rd",
    ];
    /// `eor`.
    eor "10" "<Xd|SP>" "<Wd|WSP>" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 1 01110 00 1 Rm 00011 1 Rn Rd",
    ];
    /// `ands`.
    ands "11" "<Xd>" "<Wd>";
}

macro_rules! logical_not {
    ($($(#[$doc:meta])* $name:ident $opc:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>, <Xm>{, LSL|LSR|ASR|ROR #<amt64>}" => concat!("1 ", $opc, " 01010 shift 1 Rm imm6 Rn Rd"),
                "<Wd>, <Wn>, <Wm>{, LSL|LSR|ASR|ROR #<amt32>}" => concat!("0 ", $opc, " 01010 shift 1 Rm imm6 Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

logical_not! {
    /// `bic`: AND NOT.
    bic "00" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 01 1 Rm 00011 1 Rn Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl16>}; T = 4H|8H" => "0 Q 1 0111100000 abc 10 cm1 1 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl32>}; T = 2S|4S" => "0 Q 1 0111100000 abc 0 cm2 1 0 1 defgh Rd",
    ];
    /// `orn`.
    orn "01" [
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 11 1 Rm 00011 1 Rn Rd",
    ];
    /// `eon`.
    eon "10";
    /// `bics`.
    bics "11";
}

forms! {
    /// `tst`: ANDS to the zero register.
    tst {
        "<Xn>, #<bimm64>" => "1 11 100100 N immr imms Rn 11111",
        "<Wn>, #<bimm32>" => "0 11 100100 N immr imms Rn 11111",
        "<Xn>, <Xm>{, LSL|LSR|ASR|ROR #<amt64>}" => "1 11 01010 shift 0 Rm imm6 Rn 11111",
        "<Wn>, <Wm>{, LSL|LSR|ASR|ROR #<amt32>}" => "0 11 01010 shift 0 Rm imm6 Rn 11111",
    }

    /// `mov`: register (ORR from the zero register), to or from SP (ADD #0), wide immediate
    /// (MOVZ only: dynasm-rs does not fall back to MOVN or ORR, those are `mov.inverted` and
    /// `mov.logical`), vector, element.
    mov {
        "<Xd>, <Xm>" => "1 01 01010 00 0 Rm 000000 11111 Rd",
        "<Wd>, <Wm>" => "0 01 01010 00 0 Rm 000000 11111 Rd",
        "<Xd|SP>, <Xn|SP>" => "1 0 0 100010 0 000000000000 Rn Rd",
        "<Wd|WSP>, <Wn|WSP>" => "0 0 0 100010 0 000000000000 Rn Rd",
        "<Xd>, #<movz64>" => "1 10 100101 hw imm16 Rd",
        "<Wd>, #<movz32>" => "0 10 100101 hw imm16 Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 0 01110 10 1 Rn 00011 1 Rn Rd",
        "<Wd>, <Vn>.S[<index>]" => "0 0 0 01110000 imm5 0 0111 1 Rn Rd",
        "<Xd>, <Vn>.D[<index>]" => "0 1 0 01110000 imm5 0 0111 1 Rn Rd",
        "<Vd>.B[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.H[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.S[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.D[<index>], <Xn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.B[<index1>], <Vn>.B[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.H[<index1>], <Vn>.H[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.S[<index1>], <Vn>.S[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.D[<index1>], <Vn>.D[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Bd>, <Vn>.B[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Hd>, <Vn>.H[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Sd>, <Vn>.S[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Dd>, <Vn>.D[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
    }

    /// `mov.inverted`: MOVN, written with the value the register receives (its inverse is a
    /// wide immediate), dynasm-rs's spelling.
    mov_inverted = "mov.inverted" {
        "<Xd>, #<movn64>" => "1 00 100101 hw imm16 Rd",
        "<Wd>, #<movn32>" => "0 00 100101 hw imm16 Rd",
    }

    /// `mov.logical`: ORR of a bitmask immediate with the zero register, dynasm-rs's spelling.
    mov_logical = "mov.logical" {
        "<Xd|SP>, #<bimm64>" => "1 01 100100 N immr imms 11111 Rd",
        "<Wd|WSP>, #<bimm32>" => "0 01 100100 N immr imms 11111 Rd",
    }

    /// `mvn`: ORN from the zero register.
    mvn {
        "<Xd>, <Xm>{, LSL|LSR|ASR|ROR #<amt64>}" => "1 01 01010 shift 1 Rm imm6 11111 Rd",
        "<Wd>, <Wm>{, LSL|LSR|ASR|ROR #<amt32>}" => "0 01 01010 shift 1 Rm imm6 11111 Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 1 01110 00 10000 00101 10 Rn Rd",
    }

    /// `neg`: SUB from the zero register.
    neg {
        "<Xd>, <Xm>{, LSL|LSR|ASR #<amt64>}" => "1 1 0 01011 shift 0 Rm imm6 11111 Rd",
        "<Wd>, <Wm>{, LSL|LSR|ASR #<amt32>}" => "0 1 0 01011 shift 0 Rm imm6 11111 Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 10000 01011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 11 10000 01011 10 Rn Rd",
    }

    /// `negs`: SUBS from the zero register.
    negs {
        "<Xd>, <Xm>{, LSL|LSR|ASR #<amt64>}" => "1 1 1 01011 shift 0 Rm imm6 11111 Rd",
        "<Wd>, <Wm>{, LSL|LSR|ASR #<amt32>}" => "0 1 1 01011 shift 0 Rm imm6 11111 Rd",
    }

    /// `movz`.
    movz {
        "<Xd>, #<imm16>{, LSL #<hw64>}" => "1 10 100101 hw imm16 Rd",
        "<Wd>, #<imm16>{, LSL #<hw32>}" => "0 10 100101 hw imm16 Rd",
    }

    /// `movn`.
    movn {
        "<Xd>, #<imm16>{, LSL #<hw64>}" => "1 00 100101 hw imm16 Rd",
        "<Wd>, #<imm16>{, LSL #<hw32>}" => "0 00 100101 hw imm16 Rd",
    }

    /// `movk`.
    movk {
        "<Xd>, #<imm16>{, LSL #<hw64>}" => "1 11 100101 hw imm16 Rd",
        "<Wd>, #<imm16>{, LSL #<hw32>}" => "0 11 100101 hw imm16 Rd",
    }

    /// `adr`.
    adr {
        "<Xd>, <label>" => "0 immlo 10000 immhi Rd",
    }

    /// `adrp`.
    adrp {
        "<Xd>, <label>" => "1 immlo 10000 immhi Rd",
    }
}

// Bitfield moves: SBFM, BFM, UBFM (opc in bits 30:29; N = sf).
macro_rules! bitfield {
    ($($(#[$doc:meta])* $name:ident $opc:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                "<Xd>, <Xn>, #<immr64>, #<bfmimms64>" => concat!("1 ", $opc, " 100110 1 immr imms Rn Rd"),
                "<Wd>, <Wn>, #<immr32>, #<imms32>" => concat!("0 ", $opc, " 100110 0 immr imms Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

bitfield! {
    /// `sbfm`.
    sbfm "00";
    /// `bfm`.
    bfm "01";
    /// `ubfm`.
    ubfm "10";
}

// Bitfield aliases with (lsb, width): UBFX/SBFX/BFXIL (immr = lsb, imms = lsb + width - 1) and
// UBFIZ/SBFIZ/BFI (immr = -lsb mod size, imms = width - 1).
macro_rules! bitfield_alias {
    ($($(#[$doc:meta])* $name:ident $opc:literal $lsb:literal $width:literal$([$($xo:expr => $xe:expr),* $(,)?])?;)*) => {
        forms! {
            $($(#[$doc])* $name {
                concat!("<Xd>, <Xn>, #<", $lsb, "64>, #<", $width, "64>") => concat!("1 ", $opc, " 100110 1 immr imms Rn Rd"),
                concat!("<Wd>, <Wn>, #<", $lsb, "32>, #<", $width, "32>") => concat!("0 ", $opc, " 100110 0 immr imms Rn Rd"),
                $($($xo => $xe,)*)?
            })*
        }
    };
}

bitfield_alias! {
    /// `sbfx`: SBFM.
    sbfx "00" "immr" "width";
    /// `bfxil`: BFM.
    bfxil "01" "immr" "width";
    /// `ubfx`: UBFM.
    ubfx "10" "immr" "width";
    /// `sbfiz`: SBFM.
    sbfiz "00" "bfilsb" "bfiwidth";
    /// `bfi`: BFM.
    bfi "01" "bfilsb" "bfiwidth";
    /// `ubfiz`: UBFM.
    ubfiz "10" "bfilsb" "bfiwidth";
}

forms! {
    /// `asr`: SBFM (immediate), ASRV (register).
    asr {
        "<Xd>, <Xn>, #<immr64>" => "1 00 100110 1 immr 111111 Rn Rd",
        "<Wd>, <Wn>, #<immr32>" => "0 00 100110 0 immr 011111 Rn Rd",
        "<Xd>, <Xn>, <Xm>" => "1 0 0 11010110 Rm 0010 10 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 0010 10 Rn Rd",
    }

    /// `lsr`: UBFM (immediate), LSRV (register).
    lsr {
        "<Xd>, <Xn>, #<immr64>" => "1 10 100110 1 immr 111111 Rn Rd",
        "<Wd>, <Wn>, #<immr32>" => "0 10 100110 0 immr 011111 Rn Rd",
        "<Xd>, <Xn>, <Xm>" => "1 0 0 11010110 Rm 0010 01 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 0010 01 Rn Rd",
    }

    /// `lsl`: UBFM (immediate), LSLV (register).
    lsl {
        "<Xd>, <Xn>, #<lsl64>" => "1 10 100110 1 immr imms Rn Rd",
        "<Wd>, <Wn>, #<lsl32>" => "0 10 100110 0 immr imms Rn Rd",
        "<Xd>, <Xn>, <Xm>" => "1 0 0 11010110 Rm 0010 00 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 0010 00 Rn Rd",
    }

    /// `ror`: EXTR with both sources the same (immediate), RORV (register).
    ror {
        "<Xd>, <Xn>, #<imms64>" => "1 00 100111 1 0 Rn imms Rn Rd",
        "<Wd>, <Wn>, #<imms32>" => "0 00 100111 0 0 Rn imms Rn Rd",
        "<Xd>, <Xn>, <Xm>" => "1 0 0 11010110 Rm 0010 11 Rn Rd",
        "<Wd>, <Wn>, <Wm>" => "0 0 0 11010110 Rm 0010 11 Rn Rd",
    }

    /// `extr`.
    extr {
        "<Xd>, <Xn>, <Xm>, #<imms64>" => "1 00 100111 1 0 Rm imms Rn Rd",
        "<Wd>, <Wn>, <Wm>, #<imms32>" => "0 00 100111 0 0 Rm imms Rn Rd",
    }

    /// `sxtb`: SBFM #0, #7.
    sxtb {
        "<Xd>, <Wn>" => "1 00 100110 1 000000 000111 Rn Rd",
        "<Wd>, <Wn>" => "0 00 100110 0 000000 000111 Rn Rd",
    }

    /// `sxth`: SBFM #0, #15.
    sxth {
        "<Xd>, <Wn>" => "1 00 100110 1 000000 001111 Rn Rd",
        "<Wd>, <Wn>" => "0 00 100110 0 000000 001111 Rn Rd",
    }

    /// `sxtw`: SBFM #0, #31.
    sxtw {
        "<Xd>, <Wn>" => "1 00 100110 1 000000 011111 Rn Rd",
    }

    /// `uxtb`: UBFM #0, #7 (32-bit).
    uxtb {
        "<Wd>, <Wn>" => "0 10 100110 0 000000 000111 Rn Rd",
    }

    /// `uxth`: UBFM #0, #15 (32-bit).
    uxth {
        "<Wd>, <Wn>" => "0 10 100110 0 000000 001111 Rn Rd",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &add,
    &adds,
    &sub,
    &subs,
    &cmp,
    &cmn,
    &and,
    &orr,
    &eor,
    &ands,
    &bic,
    &orn,
    &eon,
    &bics,
    &tst,
    &mov,
    &mov_inverted,
    &mov_logical,
    &mvn,
    &neg,
    &negs,
    &movz,
    &movn,
    &movk,
    &adr,
    &adrp,
    &sbfm,
    &bfm,
    &ubfm,
    &sbfx,
    &bfxil,
    &ubfx,
    &sbfiz,
    &bfi,
    &ubfiz,
    &asr,
    &lsr,
    &lsl,
    &ror,
    &extr,
    &sxtb,
    &sxth,
    &sxtw,
    &uxtb,
    &uxth,
];
