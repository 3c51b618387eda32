//! Other extensions: 3DNow!, SSE4a, VMX, SVM and the Cyrix MMX extensions.
//!
//! Observed oracle behaviour (dynasm-rs 5.1): the 3DNow! and Cyrix MMX forms take `mm/m64` (memory
//! with `QWORD` or no size keyword); `pdistib`, `pmvzb`, `pmvnzb`, `pmvlzb`, `pmvgezb` and
//! `pmachriw` take memory only. `pmulhrw` is not known to the oracle: its 3DNow! form is called
//! `pmulhrwa`, the Cyrix one `pmulhrwc`. The SVM instructions take no operands (the implicit
//! `rax` is not written), except `invlpga`, which also takes its implicit `rax, ecx`. `vmxon`,
//! `vmclear`, `vmptrld` and `vmptrst` take memory without a size keyword; `invept`/`invvpid`
//! take `m128` (`OWORD` or none). The SSE4a `extrq`/`insertq` immediates are `imm8`.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    /// `femms` (3DNow!)
    femms {
        "" => "0F 0E",
    }
}

// 3DNow!: `0F 0F /r` with the operation in a trailing byte after ModRM and displacement.
macro_rules! tdnow {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $( $name { "mm, mm/m64" => concat!("0F 0F /r ", $op) } )*
        }
    };
}

tdnow! {
    pi2fw "0C",
    pi2fd "0D",
    pf2iw "1C",
    pf2id "1D",
    pfrcpv "86",
    pfrsqrtv "87",
    pfnacc "8A",
    pfpnacc "8E",
    pfcmpge "90",
    pfmin "94",
    pfrcp "96",
    pfrsqrt "97",
    pfsub "9A",
    pfadd "9E",
    pfcmpgt "A0",
    pfmax "A4",
    pfrcpit1 "A6",
    pfrsqit1 "A7",
    pfsubr "AA",
    pfacc "AE",
    pfcmpeq "B0",
    pfmul "B4",
    pfrcpit2 "B6",
    pmulhrwa "B7",
    pswapd "BB",
    pavgusb "BF",
}

// Cyrix MMX extensions (EMMI).
forms! {
    paddsiw { "mm, mm/m64" => "0F 51 /r" }
    pmagw { "mm, mm/m64" => "0F 52 /r" }
    pdistib { "mm, m64" => "0F 54 /r" }
    psubsiw { "mm, mm/m64" => "0F 55 /r" }
    pmvzb { "mm, m64" => "0F 58 /r" }
    pmulhrwc { "mm, mm/m64" => "0F 59 /r" }
    pmvnzb { "mm, m64" => "0F 5A /r" }
    pmvlzb { "mm, m64" => "0F 5B /r" }
    pmvgezb { "mm, m64" => "0F 5C /r" }
    pmulhriw { "mm, mm/m64" => "0F 5D /r" }
    pmachriw { "mm, m64" => "0F 5E /r" }
}

// SSE4a.
forms! {
    extrq {
        "xmm, imm8, imm8" => "66 0F 78 /0 ib ib",
        "xmm, xmm" => "66 0F 79 /r",
    }
    insertq {
        "xmm, xmm" => "F2 0F 79 /r",
        "xmm, xmm, imm8, imm8" => "F2 0F 78 /r ib ib",
    }
    movntsd { "m64, xmm" => "F2 0F 2B /r" }
    movntss { "m32, xmm" => "F3 0F 2B /r" }
}

// VMX.
forms! {
    vmcall { "" => "0F 01 C1" }
    vmlaunch { "" => "0F 01 C2" }
    vmresume { "" => "0F 01 C3" }
    vmxoff { "" => "0F 01 C4" }
    vmfunc { "" => "0F 01 D4" }
    vmptrld { "m" => "0F C7 /6" }
    vmptrst { "m" => "0F C7 /7" }
    vmclear { "m" => "66 0F C7 /6" }
    vmxon { "m" => "F3 0F C7 /6" }
    vmread { "rm64, r64" => "0F 78 /r" }
    vmwrite { "r64, rm64" => "0F 79 /r" }
    invept { "r64, m128" => "66 0F 38 80 /r" }
    invvpid { "r64, m128" => "66 0F 38 81 /r" }
}

// SVM.
forms! {
    vmrun { "" => "0F 01 D8" }
    vmmcall { "" => "0F 01 D9" }
    vmload { "" => "0F 01 DA" }
    vmsave { "" => "0F 01 DB" }
    stgi { "" => "0F 01 DC" }
    clgi { "" => "0F 01 DD" }
    skinit { "" => "0F 01 DE" }
    invlpga {
        "" => "0F 01 DF",
        "rax, ecx" => "0F 01 DF",
    }

    /// `bndmk` (MPX)
    bndmk { "bnd, m" => "F3 0F 1B /r" }
    /// `bndcl` (MPX)
    bndcl { "bnd, m" => "F3 0F 1A /r", "bnd, r64" => "F3 0F 1A /r" }
    /// `bndcu` (MPX)
    bndcu { "bnd, m" => "F2 0F 1A /r", "bnd, r64" => "F2 0F 1A /r" }
    /// `bndcn` (MPX)
    bndcn { "bnd, m" => "F2 0F 1B /r", "bnd, r64" => "F2 0F 1B /r" }
    /// `bndmov` (MPX)
    bndmov { "bnd, bnd" => "66 0F 1A /r", "bnd, m" => "66 0F 1A /r", "m, bnd" => "66 0F 1B /r" }
    /// `bndldx` (MPX)
    bndldx { "bnd, m" => "0F 1A /r" }
    /// `bndstx` (MPX)
    bndstx { "m, bnd" => "0F 1B /r" }

    /// `llwpcb` (AMD LWP)
    llwpcb { "r32" => "M: XOP.L0.09.W0 12 /0", "r64" => "M: XOP.L0.09.W1 12 /0" }
    /// `slwpcb` (AMD LWP)
    slwpcb { "r32" => "M: XOP.L0.09.W0 12 /1", "r64" => "M: XOP.L0.09.W1 12 /1" }
    /// `lwpins` (AMD LWP)
    lwpins {
        "r32, rm32, imm32" => "VMI: XOP.L0.0A.W0 12 /0 id",
        "r64, rm64, imm32" => "VMI: XOP.L0.0A.W1 12 /0 id",
    }
    /// `lwpval` (AMD LWP)
    lwpval {
        "r32, rm32, imm32" => "VMI: XOP.L0.0A.W0 12 /1 id",
        "r64, rm64, imm32" => "VMI: XOP.L0.0A.W1 12 /1 id",
    }
    /// `paveb` (Cyrix MMX)
    paveb { "mm, mm/m64" => "0F 50 /r" }
}
