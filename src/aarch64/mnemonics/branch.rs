//! Branches: immediate (`b`, `bl`, `b.cond`), compare and branch, test and branch, register.
use super::{Form, Mnemonic};

forms! {
    /// `b`.
    b {
        "<label>" => "0 00101 imm26",
    }
    /// `bl`.
    bl {
        "<label>" => "1 00101 imm26",
    }
    /// `br`.
    br {
        "<Xn>" => "1101011 0 0 00 11111 0000 0 0 Rn 00000",
    }
    /// `blr`.
    blr {
        "<Xn>" => "1101011 0 0 01 11111 0000 0 0 Rn 00000",
    }
    /// `ret` (x30 when no register is given).
    ret {
        "" => "1101011 0 0 10 11111 0000 0 0 11110 00000",
        "<Xn>" => "1101011 0 0 10 11111 0000 0 0 Rn 00000",
    }
    /// `cbz`.
    cbz {
        "<Xt>, <label>" => "1 011010 0 imm19 Rt",
        "<Wt>, <label>" => "0 011010 0 imm19 Rt",
    }
    /// `cbnz`.
    cbnz {
        "<Xt>, <label>" => "1 011010 1 imm19 Rt",
        "<Wt>, <label>" => "0 011010 1 imm19 Rt",
    }
    /// `tbz`: the bit number selects X (32-63) or W (0-31) in b5.
    tbz {
        "<Xt>, #<bit64>, <label>" => "b5 011011 0 b40 imm14 Rt",
        "<Wt>, #<bit32>, <label>" => "b5 011011 0 b40 imm14 Rt",
    }
    /// `tbnz`.
    tbnz {
        "<Xt>, #<bit64>, <label>" => "b5 011011 1 b40 imm14 Rt",
        "<Wt>, #<bit32>, <label>" => "b5 011011 1 b40 imm14 Rt",
    }
}

// `b.<cond>`: one mnemonic per condition (the condition is part of the mnemonic).
macro_rules! bcond {
    ($($name:ident $text:literal $cond:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", $text, "`.")]
            $name = $text {
                "<label>" => concat!("0101010 0 imm19 0 ", $cond),
            })*
        }
        pub(super) static BCOND: &[&Mnemonic] = &[$(&$name),*];
    };
}

bcond! {
    b_eq "b.eq" "0000";
    b_ne "b.ne" "0001";
    b_cs "b.cs" "0010";
    b_hs "b.hs" "0010";
    b_cc "b.cc" "0011";
    b_lo "b.lo" "0011";
    b_mi "b.mi" "0100";
    b_pl "b.pl" "0101";
    b_vs "b.vs" "0110";
    b_vc "b.vc" "0111";
    b_hi "b.hi" "1000";
    b_ls "b.ls" "1001";
    b_ge "b.ge" "1010";
    b_lt "b.lt" "1011";
    b_gt "b.gt" "1100";
    b_le "b.le" "1101";
    b_al "b.al" "1110";
    b_nv "b.nv" "1111";
}

pub(super) static ROWS: &[&Mnemonic] = &[&b, &bl, &br, &blr, &ret, &cbz, &cbnz, &tbz, &tbnz];
