//! Data movement.
use super::{Form, Mnemonic};

forms! {
    mov {
        "r8, imm8" => "B0 +rb ib",
        "rm8, imm8" => "C6 /0 ib",
        "r16, imm16" => "o16 B8 +rw iw",
        "rm16, imm16" => "o16 C7 /0 iw",
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
        "imm32" => "68 id",
        "rm64" => "FF /6",
        "rm16" => "o16 FF /6",
    }
    pop {
        "r64" => "58 +ro",
        "r16" => "o16 58 +rw",
        "rm64" => "8F /0",
        "rm16" => "o16 8F /0",
    }
}
