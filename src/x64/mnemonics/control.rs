//! Control transfer: jumps, calls, returns, loops, interrupts, system calls.
//!
//! `hlt`, `nop`, `pause`, `ud1`, `ud2` and the flag instructions (`clc` ... `sti`) are in
//! `system.rs`; tests/cases/control.tpl checks them too.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    jmp {
        "rel8" => "EB cb",
        "rel32" => "E9 cd",
        "rm64" => "FF /4",
        "rm16" => "o16 FF /4",
    }
    call {
        "rel32" => "E8 cd",
        "rm64" => "FF /2",
        "rm16" => "o16 FF /2",
    }
    ret {
        "" => "C3",
        "imm16" => "C2 iw",
    }
    retn {
        "" => "C3",
        "imm16" => "C2 iw",
    }
    retf {
        "" => "CB",
        "imm16" => "CA iw",
    }
    jrcxz { "rel8a" => "E3 cb" }
    jecxz { "rel8a" => "67 E3 cb" }
    r#loop { "rel8a" => "E2 cb" }
    loope { "rel8a" => "E1 cb" }
    loopz { "rel8a" => "E1 cb" }
    loopne { "rel8a" => "E0 cb" }
    loopnz { "rel8a" => "E0 cb" }
    enter { "imm16, imm8" => "C8 iw ib" }
    leave { "" => "C9" }
    int { "imm8" => "CD ib" }
    int3 { "" => "CC" }
    int1 { "" => "F1" }
    icebp { "" => "F1" }
    iret { "" => "CF" }
    iretd { "" => "CF" }
    iretq { "" => "REX.W CF" }
    iretw { "" => "o16 CF" }
    syscall { "" => "0F 05" }
    sysret { "" => "0F 07" }
}

macro_rules! jcc {
    ($($name:ident $cc:literal),* $(,)?) => {
        forms! {
            $($name {
                "rel8" => concat!("7", $cc, " cb"),
                "rel32" => concat!("0F 8", $cc, " cd"),
            })*
        }
    };
}

jcc! {
    jo "0", jno "1", jb "2", jc "2", jnae "2", jnb "3", jae "3", jnc "3",
    jz "4", je "4", jnz "5", jne "5", jbe "6", jna "6", jnbe "7", ja "7",
    js "8", jns "9", jp "A", jpe "A", jnp "B", jpo "B", jl "C", jnge "C",
    jnl "D", jge "D", jle "E", jng "E", jnle "F", jg "F",
}
