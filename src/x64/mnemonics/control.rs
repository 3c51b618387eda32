//! Control transfer: jumps, calls, returns.
use super::{Form, Mnemonic};

forms! {
    jmp {
        "rel8" => "EB cb",
        "rel32" => "E9 cd",
        "rm64" => "FF /4",
    }
    call {
        "rel32" => "E8 cd",
        "rm64" => "FF /2",
    }
    ret {
        "" => "C3",
        "imm16" => "C2 iw",
    }
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
