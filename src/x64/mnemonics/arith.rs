//! Integer arithmetic and logic.
use super::{Form, Mnemonic};

// The eight classic ALU operations: ModRM extension /n and opcode base 8*n.
macro_rules! alu {
    ($($name:ident $ext:literal $b0:literal $b1:literal $b2:literal $b3:literal $b4:literal $b5:literal),* $(,)?) => {
        forms! {
            $($name {
                "al, imm8" => concat!($b4, " ib"),
                "rm8, imm8" => concat!("80 /", $ext, " ib"),
                "r16, simm8" => concat!("o16 83 /", $ext, " ib"),
                "ax, imm16" => concat!("o16 ", $b5, " iw"),
                "rm16, imm16" => concat!("o16 81 /", $ext, " iw"),
                "r32, simm8" => concat!("83 /", $ext, " ib"),
                "eax, imm32" => concat!($b5, " id"),
                "rm32, imm32" => concat!("81 /", $ext, " id"),
                "r64, simm8" => concat!("REX.W 83 /", $ext, " ib"),
                "rax, imm32" => concat!("REX.W ", $b5, " id"),
                "rm64, imm32" => concat!("REX.W 81 /", $ext, " id"),
                "rm8, r8" => concat!($b0, " /r"),
                "rm16, r16" => concat!("o16 ", $b1, " /r"),
                "rm32, r32" => concat!($b1, " /r"),
                "rm64, r64" => concat!("REX.W ", $b1, " /r"),
                "r8, rm8" => concat!($b2, " /r"),
                "r16, rm16" => concat!("o16 ", $b3, " /r"),
                "r32, rm32" => concat!($b3, " /r"),
                "r64, rm64" => concat!("REX.W ", $b3, " /r"),
            })*
        }
    };
}

alu! {
    add "0" "00" "01" "02" "03" "04" "05",
    or  "1" "08" "09" "0A" "0B" "0C" "0D",
    adc "2" "10" "11" "12" "13" "14" "15",
    sbb "3" "18" "19" "1A" "1B" "1C" "1D",
    and "4" "20" "21" "22" "23" "24" "25",
    sub "5" "28" "29" "2A" "2B" "2C" "2D",
    xor "6" "30" "31" "32" "33" "34" "35",
    cmp "7" "38" "39" "3A" "3B" "3C" "3D",
}
