//! Loads and stores: single registers (unsigned scaled offset, pre- and post-index, register
//! offset, literal), unscaled (`ldur`...), pairs, exclusive and acquire/release.
//!
//! As dynasm-rs, `ldr`/`str` do not fall back to the unscaled encoding (LDUR...) for an offset
//! the scaled form cannot encode (llvm-mc does): that is `ldur`. Prefetch operations are numbers
//! (`prfm #0, [x0, x1]`; dynasm-rs has no names for them), and `prfm` has no immediate-offset
//! form (that is `prfum`).
use super::{Form, Mnemonic};

// One mnemonic's single-register forms, per register class: `Rt size V opc scale`, where the
// scale is the access size in bytes (pimmN: the offset scaled by N; lsN: the register offset's
// shift, 0 or log2 N).
macro_rules! single {
    ($($(#[$doc:meta])* $name:ident { $($rt:literal $size:literal $v:literal $opc:literal $scale:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", [<Xn|SP>{, #<pimm", $scale, ">}]") => concat!($size, " 111 ", $v, " 01 ", $opc, " imm12 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, #<simm9>]!") => concat!($size, " 111 ", $v, " 00 ", $opc, " 0 imm9 11 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>], #<simm9>") => concat!($size, " 111 ", $v, " 00 ", $opc, " 0 imm9 01 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Xm>{, SXTX {#<ls", $scale, ">}}]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Xm>, LSL #<ls", $scale, ">]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Wm>, UXTW|SXTW {#<ls", $scale, ">}]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
            })*
        }
    };
}

single! {
    /// `str`.
    str {
        "<Xt>" "11" "0" "00" "8";
        "<Wt>" "10" "0" "00" "4";
        "<Bt>" "00" "1" "00" "1";
        "<Ht>" "01" "1" "00" "2";
        "<St>" "10" "1" "00" "4";
        "<Dt>" "11" "1" "00" "8";
        "<Qt>" "00" "1" "10" "16";
    }
    /// `ldrb`.
    ldrb { "<Wt>" "00" "0" "01" "1"; }
    /// `strb`.
    strb { "<Wt>" "00" "0" "00" "1"; }
    /// `ldrsb`.
    ldrsb { "<Xt>" "00" "0" "10" "1"; "<Wt>" "00" "0" "11" "1"; }
    /// `ldrh`.
    ldrh { "<Wt>" "01" "0" "01" "2"; }
    /// `strh`.
    strh { "<Wt>" "01" "0" "00" "2"; }
    /// `ldrsh`.
    ldrsh { "<Xt>" "01" "0" "10" "2"; "<Wt>" "01" "0" "11" "2"; }
}

// `ldr` is `ldr_single`'s rows and the literal forms; `ldrsw` likewise.
macro_rules! with_literal {
    ($($(#[$doc:meta])* $name:ident { $($rt:literal $size:literal $v:literal $opc:literal $scale:literal;)* } { $($lrt:literal $lopc:literal $lv:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", [<Xn|SP>{, #<pimm", $scale, ">}]") => concat!($size, " 111 ", $v, " 01 ", $opc, " imm12 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, #<simm9>]!") => concat!($size, " 111 ", $v, " 00 ", $opc, " 0 imm9 11 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>], #<simm9>") => concat!($size, " 111 ", $v, " 00 ", $opc, " 0 imm9 01 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Xm>{, SXTX {#<ls", $scale, ">}}]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Xm>, LSL #<ls", $scale, ">]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
                $(concat!($rt, ", [<Xn|SP>, <Wm>, UXTW|SXTW {#<ls", $scale, ">}]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 1 Rm option S 10 Rn Rt"),)*
                $(concat!($lrt, ", <label>") => concat!($lopc, " 011 ", $lv, " 00 imm19 Rt"),)*
            })*
        }
    };
}

with_literal! {
    /// `ldr`: general purpose and SIMD&FP registers, with the literal (label) forms.
    ldr {
        "<Xt>" "11" "0" "01" "8";
        "<Wt>" "10" "0" "01" "4";
        "<Bt>" "00" "1" "01" "1";
        "<Ht>" "01" "1" "01" "2";
        "<St>" "10" "1" "01" "4";
        "<Dt>" "11" "1" "01" "8";
        "<Qt>" "00" "1" "11" "16";
    } {
        "<Xt>" "01" "0";
        "<Wt>" "00" "0";
        "<St>" "00" "1";
        "<Dt>" "01" "1";
        "<Qt>" "10" "1";
    }
    /// `ldrsw`.
    ldrsw { "<Xt>" "10" "0" "10" "4"; } { "<Xt>" "10" "0"; }
}

forms! {
    /// `prfm`: literal and register offset.
    prfm {
        "#<prfop>, <label>" => "11 011 0 00 imm19 Rt",
        "#<prfop>, [<Xn|SP>, <Xm>{, SXTX {#<ls8>}}]" => "11 111 0 00 10 1 Rm option S 10 Rn Rt",
        "#<prfop>, [<Xn|SP>, <Xm>, LSL #<ls8>]" => "11 111 0 00 10 1 Rm option S 10 Rn Rt",
        "#<prfop>, [<Xn|SP>, <Wm>, UXTW|SXTW {#<ls8>}]" => "11 111 0 00 10 1 Rm option S 10 Rn Rt",
    }
    /// `prfum`.
    prfum {
        "#<prfop>, [<Xn|SP>{, #<simm9>}]" => "11 111 0 00 10 0 imm9 00 Rn Rt",
    }
}

// Unscaled: `Rt size V opc`.
macro_rules! unscaled {
    ($($(#[$doc:meta])* $name:ident { $($rt:literal $size:literal $v:literal $opc:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", [<Xn|SP>{, #<simm9>}]") => concat!($size, " 111 ", $v, " 00 ", $opc, " 0 imm9 00 Rn Rt"),)*
            })*
        }
    };
}

unscaled! {
    /// `ldur`.
    ldur {
        "<Xt>" "11" "0" "01";
        "<Wt>" "10" "0" "01";
        "<Bt>" "00" "1" "01";
        "<Ht>" "01" "1" "01";
        "<St>" "10" "1" "01";
        "<Dt>" "11" "1" "01";
        "<Qt>" "00" "1" "11";
    }
    /// `stur`.
    stur {
        "<Xt>" "11" "0" "00";
        "<Wt>" "10" "0" "00";
        "<Bt>" "00" "1" "00";
        "<Ht>" "01" "1" "00";
        "<St>" "10" "1" "00";
        "<Dt>" "11" "1" "00";
        "<Qt>" "00" "1" "10";
    }
    /// `ldurb`.
    ldurb { "<Wt>" "00" "0" "01"; }
    /// `sturb`.
    sturb { "<Wt>" "00" "0" "00"; }
    /// `ldursb`.
    ldursb { "<Xt>" "00" "0" "10"; "<Wt>" "00" "0" "11"; }
    /// `ldurh`.
    ldurh { "<Wt>" "01" "0" "01"; }
    /// `sturh`.
    sturh { "<Wt>" "01" "0" "00"; }
    /// `ldursh`.
    ldursh { "<Xt>" "01" "0" "10"; "<Wt>" "01" "0" "11"; }
    /// `ldursw`.
    ldursw { "<Xt>" "10" "0" "10"; }
}

// Pairs: `Rt Rt2 opc V scale` (simm7xN: the offset scaled by N); L in bit 22.
macro_rules! pair {
    ($($(#[$doc:meta])* $name:ident $l:literal { $($rt:literal $rt2:literal $opc:literal $v:literal $scale:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", ", $rt2, ", [<Xn|SP>{, #<simm7x", $scale, ">}]") => concat!($opc, " 101 ", $v, " 010 ", $l, " imm7 Rt2 Rn Rt"),)*
                $(concat!($rt, ", ", $rt2, ", [<Xn|SP>, #<simm7x", $scale, ">]!") => concat!($opc, " 101 ", $v, " 011 ", $l, " imm7 Rt2 Rn Rt"),)*
                $(concat!($rt, ", ", $rt2, ", [<Xn|SP>], #<simm7x", $scale, ">") => concat!($opc, " 101 ", $v, " 001 ", $l, " imm7 Rt2 Rn Rt"),)*
            })*
        }
    };
}

pair! {
    /// `ldp`.
    ldp "1" {
        "<Xt>" "<Xt2>" "10" "0" "8";
        "<Wt>" "<Wt2>" "00" "0" "4";
        "<St>" "<St2>" "00" "1" "4";
        "<Dt>" "<Dt2>" "01" "1" "8";
        "<Qt>" "<Qt2>" "10" "1" "16";
    }
    /// `stp`.
    stp "0" {
        "<Xt>" "<Xt2>" "10" "0" "8";
        "<Wt>" "<Wt2>" "00" "0" "4";
        "<St>" "<St2>" "00" "1" "4";
        "<Dt>" "<Dt2>" "01" "1" "8";
        "<Qt>" "<Qt2>" "10" "1" "16";
    }
    /// `ldpsw`.
    ldpsw "1" { "<Xt>" "<Xt2>" "01" "0" "4"; }
}

// Non-temporal pairs (offset only).
macro_rules! pair_nt {
    ($($(#[$doc:meta])* $name:ident $l:literal { $($rt:literal $rt2:literal $opc:literal $v:literal $scale:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", ", $rt2, ", [<Xn|SP>{, #<simm7x", $scale, ">}]") => concat!($opc, " 101 ", $v, " 000 ", $l, " imm7 Rt2 Rn Rt"),)*
            })*
        }
    };
}

pair_nt! {
    /// `ldnp`.
    ldnp "1" {
        "<Xt>" "<Xt2>" "10" "0" "8";
        "<Wt>" "<Wt2>" "00" "0" "4";
        "<St>" "<St2>" "00" "1" "4";
        "<Dt>" "<Dt2>" "01" "1" "8";
        "<Qt>" "<Qt2>" "10" "1" "16";
    }
    /// `stnp`.
    stnp "0" {
        "<Xt>" "<Xt2>" "10" "0" "8";
        "<Wt>" "<Wt2>" "00" "0" "4";
        "<St>" "<St2>" "00" "1" "4";
        "<Dt>" "<Dt2>" "01" "1" "8";
        "<Qt>" "<Qt2>" "10" "1" "16";
    }
}

// Exclusive and acquire/release, one register: `size` per register class, then o2 L o1 o0
// around the fixed Rs/Rt2 fields; the stores with a status register take `<Ws>` first.
macro_rules! excl {
    ($($(#[$doc:meta])* $name:ident $o2:literal $l:literal $o0:literal { $($rt:literal $size:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!($rt, ", [<Xn|SP>]") => concat!($size, " 001000 ", $o2, " ", $l, " 0 11111 ", $o0, " 11111 Rn Rt"),)*
            })*
        }
    };
}

excl! {
    /// `ldxr`.
    ldxr "0" "1" "0" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `ldaxr`.
    ldaxr "0" "1" "1" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `ldar`.
    ldar "1" "1" "1" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `stlr`.
    stlr "1" "0" "1" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `ldxrb`.
    ldxrb "0" "1" "0" { "<Wt>" "00"; }
    /// `ldxrh`.
    ldxrh "0" "1" "0" { "<Wt>" "01"; }
    /// `ldaxrb`.
    ldaxrb "0" "1" "1" { "<Wt>" "00"; }
    /// `ldaxrh`.
    ldaxrh "0" "1" "1" { "<Wt>" "01"; }
    /// `ldarb`.
    ldarb "1" "1" "1" { "<Wt>" "00"; }
    /// `ldarh`.
    ldarh "1" "1" "1" { "<Wt>" "01"; }
    /// `stlrb`.
    stlrb "1" "0" "1" { "<Wt>" "00"; }
    /// `stlrh`.
    stlrh "1" "0" "1" { "<Wt>" "01"; }
}

macro_rules! store_excl {
    ($($(#[$doc:meta])* $name:ident $o0:literal { $($rt:literal $size:literal;)* })*) => {
        forms! {
            $($(#[$doc])* $name {
                $(concat!("<Ws>, ", $rt, ", [<Xn|SP>]") => concat!($size, " 001000 0 0 0 Rs ", $o0, " 11111 Rn Rt"),)*
            })*
        }
    };
}

store_excl! {
    /// `stxr`.
    stxr "0" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `stlxr`.
    stlxr "1" { "<Xt>" "11"; "<Wt>" "10"; }
    /// `stxrb`.
    stxrb "0" { "<Wt>" "00"; }
    /// `stxrh`.
    stxrh "0" { "<Wt>" "01"; }
    /// `stlxrb`.
    stlxrb "1" { "<Wt>" "00"; }
    /// `stlxrh`.
    stlxrh "1" { "<Wt>" "01"; }
}

forms! {
    /// `ldxp`.
    ldxp {
        "<Xt>, <Xt2>, [<Xn|SP>]" => "1 1 001000 0 1 1 11111 0 Rt2 Rn Rt",
        "<Wt>, <Wt2>, [<Xn|SP>]" => "1 0 001000 0 1 1 11111 0 Rt2 Rn Rt",
    }
    /// `ldaxp`.
    ldaxp {
        "<Xt>, <Xt2>, [<Xn|SP>]" => "1 1 001000 0 1 1 11111 1 Rt2 Rn Rt",
        "<Wt>, <Wt2>, [<Xn|SP>]" => "1 0 001000 0 1 1 11111 1 Rt2 Rn Rt",
    }
    /// `stxp`.
    stxp {
        "<Ws>, <Xt>, <Xt2>, [<Xn|SP>]" => "1 1 001000 0 0 1 Rs 0 Rt2 Rn Rt",
        "<Ws>, <Wt>, <Wt2>, [<Xn|SP>]" => "1 0 001000 0 0 1 Rs 0 Rt2 Rn Rt",
    }
    /// `stlxp`.
    stlxp {
        "<Ws>, <Xt>, <Xt2>, [<Xn|SP>]" => "1 1 001000 0 0 1 Rs 1 Rt2 Rn Rt",
        "<Ws>, <Wt>, <Wt2>, [<Xn|SP>]" => "1 0 001000 0 0 1 Rs 1 Rt2 Rn Rt",
    }
}

forms! {
    /// `sttr`.
    sttr {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "11 111 0 00 00 0 imm9 10 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "10 111 0 00 00 0 imm9 10 Rn Rt",
    }
    /// `ldtr`.
    ldtr {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "11 111 0 00 01 0 imm9 10 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "10 111 0 00 01 0 imm9 10 Rn Rt",
    }
    /// `sttrb`.
    sttrb {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 111 0 00 00 0 imm9 10 Rn Rt",
    }
    /// `ldtrb`.
    ldtrb {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 111 0 00 01 0 imm9 10 Rn Rt",
    }
    /// `ldtrsb`.
    ldtrsb {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "00 111 0 00 10 0 imm9 10 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 111 0 00 11 0 imm9 10 Rn Rt",
    }
    /// `sttrh`.
    sttrh {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 111 0 00 00 0 imm9 10 Rn Rt",
    }
    /// `ldtrh`.
    ldtrh {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 111 0 00 01 0 imm9 10 Rn Rt",
    }
    /// `ldtrsh`.
    ldtrsh {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "01 111 0 00 10 0 imm9 10 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 111 0 00 11 0 imm9 10 Rn Rt",
    }
    /// `ldtrsw`.
    ldtrsw {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "10 111 0 00 10 0 imm9 10 Rn Rt",
    }
    /// `stlur`.
    stlur {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "11 011001 00 0 imm9 00 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "10 011001 00 0 imm9 00 Rn Rt",
    }
    /// `ldapur`.
    ldapur {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "11 011001 01 0 imm9 00 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "10 011001 01 0 imm9 00 Rn Rt",
    }
    /// `stlurb`.
    stlurb {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 011001 00 0 imm9 00 Rn Rt",
    }
    /// `ldapurb`.
    ldapurb {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 011001 01 0 imm9 00 Rn Rt",
    }
    /// `ldapursb`.
    ldapursb {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "00 011001 10 0 imm9 00 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "00 011001 11 0 imm9 00 Rn Rt",
    }
    /// `stlurh`.
    stlurh {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 011001 00 0 imm9 00 Rn Rt",
    }
    /// `ldapurh`.
    ldapurh {
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 011001 01 0 imm9 00 Rn Rt",
    }
    /// `ldapursh`.
    ldapursh {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "01 011001 10 0 imm9 00 Rn Rt",
        "<Wt>, [<Xn|SP>{, #<simm9>}]" => "01 011001 11 0 imm9 00 Rn Rt",
    }
    /// `ldapursw`.
    ldapursw {
        "<Xt>, [<Xn|SP>{, #<simm9>}]" => "10 011001 10 0 imm9 00 Rn Rt",
    }
    /// `ldapr`.
    ldapr {
        "<Xt>, [<Xn|SP>]" => "11 111000 1 0 1 11111 1 100 00 Rn Rt",
        "<Wt>, [<Xn|SP>]" => "10 111000 1 0 1 11111 1 100 00 Rn Rt",
    }
    /// `ldaprb`.
    ldaprb {
        "<Wt>, [<Xn|SP>]" => "00 111000 1 0 1 11111 1 100 00 Rn Rt",
    }
    /// `ldaprh`.
    ldaprh {
        "<Wt>, [<Xn|SP>]" => "01 111000 1 0 1 11111 1 100 00 Rn Rt",
    }
    /// `ldlar`.
    ldlar {
        "<Xt>, [<Xn|SP>]" => "11 001000 1 1 0 11111 0 11111 Rn Rt",
        "<Wt>, [<Xn|SP>]" => "10 001000 1 1 0 11111 0 11111 Rn Rt",
    }
    /// `ldlarb`.
    ldlarb {
        "<Wt>, [<Xn|SP>]" => "00 001000 1 1 0 11111 0 11111 Rn Rt",
    }
    /// `ldlarh`.
    ldlarh {
        "<Wt>, [<Xn|SP>]" => "01 001000 1 1 0 11111 0 11111 Rn Rt",
    }
    /// `stllr`.
    stllr {
        "<Xt>, [<Xn|SP>]" => "11 001000 1 0 0 11111 0 11111 Rn Rt",
        "<Wt>, [<Xn|SP>]" => "10 001000 1 0 0 11111 0 11111 Rn Rt",
    }
    /// `stllrb`.
    stllrb {
        "<Wt>, [<Xn|SP>]" => "00 001000 1 0 0 11111 0 11111 Rn Rt",
    }
    /// `stllrh`.
    stllrh {
        "<Wt>, [<Xn|SP>]" => "01 001000 1 0 0 11111 0 11111 Rn Rt",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &sttr, &ldtr, &sttrb, &ldtrb, &ldtrsb, &sttrh, &ldtrh, &ldtrsh, &ldtrsw, &stlur, &ldapur,
    &stlurb, &ldapurb, &ldapursb, &stlurh, &ldapurh, &ldapursh, &ldapursw, &ldapr, &ldaprb,
    &ldaprh, &ldlar, &ldlarb, &ldlarh, &stllr, &stllrb, &stllrh, &ldxp, &ldaxp, &stxp, &stlxp,
    &ldr, &str, &ldrb, &strb, &ldrsb, &ldrh, &strh, &ldrsh, &ldrsw, &prfm, &prfum, &ldur, &stur,
    &ldurb, &sturb, &ldursb, &ldurh, &sturh, &ldursh, &ldursw, &ldp, &stp, &ldpsw, &ldnp, &stnp,
    &ldxr, &ldaxr, &ldar, &stlr, &ldxrb, &ldxrh, &ldaxrb, &ldaxrh, &ldarb, &ldarh, &stlrb, &stlrh,
    &stxr, &stlxr, &stxrb, &stxrh, &stlxrb, &stlxrh,
];
