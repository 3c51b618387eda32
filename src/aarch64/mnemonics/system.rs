//! System instructions: hints, exceptions, barriers, system register moves.
use super::{Form, Mnemonic};

// Hints with a fixed number (CRm:op2).
macro_rules! hint {
    ($($name:ident $text:literal $bits:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", $text, "`: HINT with CRm:op2 ", $bits, ".")]
            $name = $text {
                "" => concat!("1101010100 0 00 011 0010 ", $bits, " 11111"),
            })*
        }
    };
}

hint! {
    nop "nop" "0000 000";
    yield_ "yield" "0000 001";
    wfe "wfe" "0000 010";
    wfi "wfi" "0000 011";
    sev "sev" "0000 100";
    sevl "sevl" "0000 101";
}

// Exception generation: opc, LL.
macro_rules! exception {
    ($($name:ident $opc:literal $ll:literal;)*) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`.")]
            $name {
                "#<imm16>" => concat!("11010100 ", $opc, " imm16 000 ", $ll),
            })*
        }
    };
}

exception! {
    svc "000" "01";
    hvc "000" "10";
    smc "000" "11";
    brk "001" "00";
    hlt "010" "00";
}

forms! {
    /// `hint #imm`.
    hint {
        "#<hint>" => "1101010100 0 00 011 0010 hint 11111",
    }
    /// `dmb`: a barrier option or `#imm`.
    dmb {
        "<option>" => "1101010100 0 00 011 0011 CRm 1 01 11111",
        "#<crm>" => "1101010100 0 00 011 0011 CRm 1 01 11111",
    }
    /// `dsb`.
    dsb {
        "<option>" => "1101010100 0 00 011 0011 CRm 1 00 11111",
        "#<crm>" => "1101010100 0 00 011 0011 CRm 1 00 11111",
    }
    /// `isb` (SY when no option is given).
    isb {
        "" => "1101010100 0 00 011 0011 1111 1 10 11111",
        "SY" => "1101010100 0 00 011 0011 1111 1 10 11111",
        "#<crm>" => "1101010100 0 00 011 0011 CRm 1 10 11111",
    }
    /// `clrex` (#15 when no immediate is given).
    clrex {
        "" => "1101010100 0 00 011 0011 1111 0 10 11111",
        "#<crm>" => "1101010100 0 00 011 0011 CRm 0 10 11111",
    }
    /// `mrs`: read a system register, by number (o0:op1:CRn:CRm:op2, as dynasm-rs) or by name.
    mrs {
        "<Xt>, #<sysreg>" => "1101010100 1 1 sysreg Rt",
        "<Xt>, <systemreg>" => "1101010100 1 1 sysreg Rt",
    }
    /// `msr`: write a system register, by number or by name (not a read-only one).
    msr {
        "#<sysreg>, <Xt>" => "1101010100 0 1 sysreg Rt",
        "<systemreg_w>, <Xt>" => "1101010100 0 1 sysreg Rt",
        "<pstatefield>, #<crm>" => "1101010100 0 00 op1 0100 CRm op2 11111",
    }
    /// `sys`: a system instruction by number (`Xt` absent: XZR).
    sys {
        "#<op1>, <Cn>, <Cm>, #<op2>, <Xt>" => "1101010100 0 01 op1 CRn CRm op2 Rt",
        "#<op1>, <Cn>, <Cm>, #<op2>" => "1101010100 0 01 op1 CRn CRm op2 11111",
    }
    /// `sysl`: a system instruction with a result.
    sysl {
        "<Xt>, #<op1>, <Cn>, <Cm>, #<op2>" => "1101010100 1 01 op1 CRn CRm op2 Rt",
    }
    /// `dc`: data cache operation (SYS).
    dc {
        "<dc_op>, <Xt>" => "1101010100 0 01 op1 CRn CRm op2 Rt",
    }
    /// `ic`: instruction cache operation (SYS).
    ic {
        "IVAU, <Xt>" => "1101010100 0 01 011 0111 0101 001 Rt",
        "<ic_op>" => "1101010100 0 01 op1 CRn CRm op2 11111",
    }
    /// `at`: address translation (SYS).
    at {
        "<at_op>, <Xt>" => "1101010100 0 01 op1 CRn CRm op2 Rt",
    }
    /// `tlbi`: TLB invalidate (SYS); dynasm-rs takes a register with every operation, and
    /// none (XZR) with every operation.
    tlbi {
        "<tlbi_op>, <Xt>" => "1101010100 0 01 op1 CRn CRm op2 Rt",
        "<tlbi_op>" => "1101010100 0 01 op1 CRn CRm op2 11111",
    }
    /// `cfp rctx`: control flow prediction restriction (SYS #3, C7, C3, #4).
    cfp {
        "RCTX, <Xt>" => "1101010100 0 01 011 0111 0011 100 Rt",
    }
    /// `dvp rctx` (SYS #3, C7, C3, #5).
    dvp {
        "RCTX, <Xt>" => "1101010100 0 01 011 0111 0011 101 Rt",
    }
    /// `cpp rctx` (SYS #3, C7, C3, #7).
    cpp {
        "RCTX, <Xt>" => "1101010100 0 01 011 0111 0011 111 Rt",
    }
    /// `psb csync`: profiling synchronization barrier (HINT #17).
    psb {
        "CSYNC" => "1101010100 0 00 011 0010 0010 001 11111",
    }
    /// `tsb csync`: trace synchronization barrier (HINT #18).
    tsb {
        "CSYNC" => "1101010100 0 00 011 0010 0010 010 11111",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &nop, &yield_, &wfe, &wfi, &sev, &sevl, &svc, &hvc, &smc, &brk, &hlt, &hint, &dmb, &dsb, &isb,
    &clrex, &mrs, &msr, &sys, &sysl, &dc, &ic, &at, &tlbi, &cfp, &dvp, &cpp, &psb, &tsb,
];
