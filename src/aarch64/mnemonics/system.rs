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
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &nop, &yield_, &wfe, &wfi, &sev, &sevl, &svc, &hvc, &smc, &brk, &hlt, &hint, &dmb, &dsb, &isb,
    &clrex, &mrs, &msr,
];
