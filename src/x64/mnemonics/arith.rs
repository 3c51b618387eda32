//! Integer arithmetic and logic.
use super::{Form, Mnemonic};

// The eight classic ALU operations: ModRM extension /n and opcode base 8*n.
macro_rules! alu {
    ($($name:ident $ext:literal $b0:literal $b1:literal $b2:literal $b3:literal $b4:literal $b5:literal),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "al, imm8" => concat!($b4, " ib"),
                "rm8, imm8" => concat!("80 /", $ext, " ib", " {lock}"),
                "r16, simm8" => concat!("o16 83 /", $ext, " ib"),
                "ax, imm16" => concat!("o16 ", $b5, " iw"),
                "rm16, imm16" => concat!("o16 81 /", $ext, " iw", " {lock}"),
                "r32, simm8" => concat!("83 /", $ext, " ib"),
                "eax, imm32" => concat!($b5, " id"),
                "rm32, imm32" => concat!("81 /", $ext, " id", " {lock}"),
                "r64, simm8" => concat!("REX.W 83 /", $ext, " ib"),
                "rax, imm32" => concat!("REX.W ", $b5, " id"),
                "rm64, imm32" => concat!("REX.W 81 /", $ext, " id", " {lock}"),
                "rm8, r8" => concat!($b0, " /r", " {lock}"),
                "rm16, r16" => concat!("o16 ", $b1, " /r", " {lock}"),
                "rm32, r32" => concat!($b1, " /r", " {lock}"),
                "rm64, r64" => concat!("REX.W ", $b1, " /r", " {lock}"),
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
}

forms! {
    /// `cmp`: unlike the other seven, no sign-extended imm8 forms (`cmp rcx, 1` = 48 81 F9 imm32)
    /// and `reg, r/m` before `r/m, reg` (`cmp rcx, rax` = 48 3B C8).
    cmp {
        "al, imm8" => "3C ib",
        "rm8, imm8" => "80 /7 ib",
        "ax, imm16" => "o16 3D iw",
        "rm16, imm16" => "o16 81 /7 iw",
        "eax, imm32" => "3D id",
        "rm32, imm32" => "81 /7 id",
        "rax, imm32" => "REX.W 3D id",
        "rm64, imm32" => "REX.W 81 /7 id",
        "r8, rm8" => "3A /r",
        "r16, rm16" => "o16 3B /r",
        "r32, rm32" => "3B /r",
        "r64, rm64" => "REX.W 3B /r",
        "rm8, r8" => "38 /r",
        "rm16, r16" => "o16 39 /r",
        "rm32, r32" => "39 /r",
        "rm64, r64" => "REX.W 39 /r",
    }
    /// `test`
    test {
        "al, imm8" => "A8 ib",
        "rm8, imm8" => "F6 /0 ib",
        "ax, imm16" => "o16 A9 iw",
        "rm16, imm16" => "o16 F7 /0 iw",
        "eax, imm32" => "A9 id",
        "rm32, imm32" => "F7 /0 id",
        "rax, imm32" => "REX.W A9 id",
        "rm64, imm32" => "REX.W F7 /0 id",
        "rm8, r8" => "84 /r",
        "rm16, r16" => "o16 85 /r",
        "rm32, r32" => "85 /r",
        "rm64, r64" => "REX.W 85 /r",
        "r8, rm8" => "84 /r",
        "r16, rm16" => "o16 85 /r",
        "r32, rm32" => "85 /r",
        "r64, rm64" => "REX.W 85 /r",
    }
}

// One-operand group 3/4/5 instructions: byte form first (`inc [rax]` = FE 00).
macro_rules! unary {
    ($($name:ident $op8:literal $op:literal $ext:literal $lock:literal),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "rm8" => concat!($op8, " /", $ext, $lock),
                "rm16" => concat!("o16 ", $op, " /", $ext, $lock),
                "rm32" => concat!($op, " /", $ext, $lock),
                "rm64" => concat!("REX.W ", $op, " /", $ext, $lock),
            })*
        }
    };
}

unary! {
    inc "FE" "FF" "0" " {lock}",
    dec "FE" "FF" "1" " {lock}",
    not "F6" "F7" "2" " {lock}",
    neg "F6" "F7" "3" " {lock}",
    mul "F6" "F7" "4" "",
    div "F6" "F7" "6" "",
    idiv "F6" "F7" "7" "",
}

forms! {
    /// `imul`
    imul {
        "rm16" => "o16 F7 /5",
        "rm32" => "F7 /5",
        "rm64" => "REX.W F7 /5",
        "rm8" => "F6 /5",
        "r16, rm16" => "o16 0F AF /r",
        "r32, rm32" => "0F AF /r",
        "r64, rm64" => "REX.W 0F AF /r",
        "r16, rm16, simm8" => "o16 6B /r ib",
        "r16, rm16, imm16" => "o16 69 /r iw",
        "r32, rm32, simm8" => "6B /r ib",
        "r32, rm32, imm32" => "69 /r id",
        "r64, rm64, simm8" => "REX.W 6B /r ib",
        "r64, rm64, imm32" => "REX.W 69 /r id",
    }
    /// `xchg`
    xchg {
        "ax, r16" => "o16 90 +rw",
        "r16, ax" => "o16 90 +rw",
        "eax, r32" => "90 +rd",
        "r32, eax" => "90 +rd",
        "rax, r64" => "REX.W 90 +ro",
        "r64, rax" => "REX.W 90 +ro",
        // dynasm-rs takes `lock` on the byte forms only.
        "r8, rm8" => "86 /r {lock}",
        "rm8, r8" => "86 /r {lock}",
        "r16, rm16" => "o16 87 /r",
        "rm16, r16" => "o16 87 /r",
        "r32, rm32" => "87 /r",
        "rm32, r32" => "87 /r",
        "r64, rm64" => "REX.W 87 /r",
        "rm64, r64" => "REX.W 87 /r",
    }
    /// `xadd`
    xadd {
        "rm8, r8" => "0F C0 /r {lock}",
        "rm16, r16" => "o16 0F C1 /r {lock}",
        "rm32, r32" => "0F C1 /r {lock}",
        "rm64, r64" => "REX.W 0F C1 /r {lock}",
    }
    /// `cmpxchg`
    cmpxchg {
        "rm8, r8" => "0F B0 /r {lock}",
        "rm16, r16" => "o16 0F B1 /r {lock}",
        "rm32, r32" => "0F B1 /r {lock}",
        "rm64, r64" => "REX.W 0F B1 /r {lock}",
    }
    /// `cmpxchg8b`
    cmpxchg8b {
        "m64" => "0F C7 /1 {lock}",
    }
    /// `cmpxchg16b`
    cmpxchg16b {
        "m128" => "REX.W 0F C7 /1 {lock}",
    }
    /// `cbw`
    cbw {
        "" => "66 98",
    }
    /// `cwde`
    cwde {
        "" => "98",
    }
    /// `cdqe`
    cdqe {
        "" => "REX.W 98",
    }
    /// `cwd`
    cwd {
        "" => "66 99",
    }
    /// `cdq`
    cdq {
        "" => "99",
    }
    /// `cqo`
    cqo {
        "" => "REX.W 99",
    }
}
