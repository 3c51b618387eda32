//! Data movement: mov and its relatives, push/pop, conditional moves and sets (`lahf`/`sahf`
//! are in `system.rs`).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    mov {
        "r8, imm8" => "B0 +rb ib",
        "r16, imm16" => "o16 B8 +rw iw",
        // Before the byte form: unsized memory (`mov [rax], 1`) is an unknown operand size.
        "rm16, imm16" => "o16 C7 /0 iw",
        "rm8, imm8" => "C6 /0 ib",
        "r32, imm32" => "B8 +rd id",
        "rm32, imm32" => "C7 /0 id",
        "rm64, imm32" => "REX.W C7 /0 id",
        "r64, imm64" => "REX.W B8 +ro io",
        "rm8, r8" => "88 /r",
        "rm16, r16" => "o16 89 /r",
        "rm32, r32" => "89 /r",
        "rm64, r64" => "REX.W 89 /r",
        "r8, rm8" => "8A /r",
        "r16, rm16" => "o16 8B /r",
        "r32, rm32" => "8B /r",
        "r64, rm64" => "REX.W 8B /r",
        // dynasm-rs 5.1 encodes a load of a segment register with 8C, the store (`mov ds, ax`
        // = `mov ax, ds`); declasm gives 8E (tests/cases/differences.txt).
        "sreg, rm16" => "8E /r",
        "r16, sreg" => "o16 8C /r",
        "m16, sreg" => "8C /r",
        "r32, sreg" => "8C /r",
        "r64, sreg" => "REX.W 8C /r",
        "cr, r64" => "0F 22 /r",
        "r64, cr" => "0F 20 /r",
        "dr, r64" => "0F 23 /r",
        "r64, dr" => "0F 21 /r",
    }
    movzx {
        "r16, rm8" => "o16 0F B6 /r",
        "r32, rm8" => "0F B6 /r",
        "r64, rm8" => "REX.W 0F B6 /r",
        "r32, rm16" => "0F B7 /r",
        "r64, rm16" => "REX.W 0F B7 /r",
    }
    movsx {
        "r64, rm32" => "REX.W 63 /r",
        "r16, rm8" => "o16 0F BE /r",
        "r32, rm8" => "0F BE /r",
        "r64, rm8" => "REX.W 0F BE /r",
        "r32, rm16" => "0F BF /r",
        "r64, rm16" => "REX.W 0F BF /r",
    }
    movsxd {
        "r64, rm32" => "REX.W 63 /r",
    }
    lea {
        "r16, m" => "o16 8D /r",
        "r32, m" => "8D /r",
        "r64, m" => "REX.W 8D /r",
    }
    push {
        "r64" => "50 +ro",
        "r16" => "o16 50 +rw",
        "simm8" => "6A ib",
        "simm16" => "o16 68 iw",
        "imm32" => "68 id",
        "rm64" => "FF /6",
        "rm16" => "o16 FF /6",
        "fs" => "0F A0",
        "gs" => "0F A8",
    }
    pop {
        "r64" => "58 +ro",
        "r16" => "o16 58 +rw",
        "rm64" => "8F /0",
        "rm16" => "o16 8F /0",
        "fs" => "0F A1",
        "gs" => "0F A9",
    }
    pushf { "" => "9C" }
    pushfq { "" => "9C" }
    pushfw { "" => "o16 9C" }
    popf { "" => "9D" }
    popfq { "" => "9D" }
    popfw { "" => "o16 9D" }
    movbe {
        "r16, m16" => "o16 0F 38 F0 /r",
        "r32, m32" => "0F 38 F0 /r",
        "r64, m64" => "REX.W 0F 38 F0 /r",
        "m16, r16" => "o16 0F 38 F1 /r",
        "m32, r32" => "0F 38 F1 /r",
        "m64, r64" => "REX.W 0F 38 F1 /r",
    }
}

macro_rules! cc {
    ($($cmov:ident $set:ident $cc:literal),* $(,)?) => {
        forms! {
            $($cmov {
                "r16, rm16" => concat!("o16 0F 4", $cc, " /r"),
                "r32, rm32" => concat!("0F 4", $cc, " /r"),
                "r64, rm64" => concat!("REX.W 0F 4", $cc, " /r"),
            }
            $set {
                "rm8" => concat!("0F 9", $cc, " /0"),
            })*
        }
    };
}

cc! {
    cmovo seto "0", cmovno setno "1",
    cmovb setb "2", cmovc setc "2", cmovnae setnae "2",
    cmovae setae "3", cmovnb setnb "3", cmovnc setnc "3",
    cmove sete "4", cmovz setz "4", cmovne setne "5", cmovnz setnz "5",
    cmovbe setbe "6", cmovna setna "6", cmova seta "7", cmovnbe setnbe "7",
    cmovs sets "8", cmovns setns "9",
    cmovp setp "A", cmovpe setpe "A", cmovnp setnp "B", cmovpo setpo "B",
    cmovl setl "C", cmovnge setnge "C", cmovge setge "D", cmovnl setnl "D",
    cmovle setle "E", cmovng setng "E", cmovg setg "F", cmovnle setnle "F",
}
