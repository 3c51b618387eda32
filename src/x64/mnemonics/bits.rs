//! Shifts, rotates, bit tests and scans, bit counts, CRC32, byte swaps.
use super::{Form, Mnemonic};

// Shifts and rotates: ModRM extension /n; byte forms first (`shl [rax], 1` = C0 20 01); no D0/D1
// "by one" forms (`shl rax, 1` = 48 C1 E0 01).
macro_rules! shift {
    ($($name:ident $ext:literal),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "rm8, cl" => concat!("D2 /", $ext),
                "rm8, imm8" => concat!("C0 /", $ext, " ib"),
                "rm16, cl" => concat!("o16 D3 /", $ext),
                "rm16, imm8" => concat!("o16 C1 /", $ext, " ib"),
                "rm32, cl" => concat!("D3 /", $ext),
                "rm32, imm8" => concat!("C1 /", $ext, " ib"),
                "rm64, cl" => concat!("REX.W D3 /", $ext),
                "rm64, imm8" => concat!("REX.W C1 /", $ext, " ib"),
            })*
        }
    };
}

shift! {
    rol "0", ror "1", rcl "2", rcr "3", shl "4", sal "4", shr "5", sar "7",
}

// Double shifts: `op rm, r, imm8` (opcode $ib) and `op rm, r, cl` (opcode $cl).
macro_rules! dshift {
    ($($name:ident $ib:literal $cl:literal),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "rm16, r16, imm8" => concat!("o16 0F ", $ib, " /r ib"),
                "rm16, r16, cl" => concat!("o16 0F ", $cl, " /r"),
                "rm32, r32, imm8" => concat!("0F ", $ib, " /r ib"),
                "rm32, r32, cl" => concat!("0F ", $cl, " /r"),
                "rm64, r64, imm8" => concat!("REX.W 0F ", $ib, " /r ib"),
                "rm64, r64, cl" => concat!("REX.W 0F ", $cl, " /r"),
            })*
        }
    };
}

dshift! {
    shld "A4" "A5",
    shrd "AC" "AD",
}

// Bit tests: `op rm, r` (0F $op /r) and `op rm, $imm` (0F BA /$ext ib). No byte forms. The
// immediate (`$i16 $i32 $i64` patterns, one or more triples) of `bt` takes expressions of unknown
// size (`bt rax, x`); that of bts/btr/btc does so with a memory operand (`bts QWORD [rax], x`)
// but not with a register one (`bts rax, x` is refused by dynasm-rs 5.1).
macro_rules! bittest {
    ($($name:ident $op:literal $ext:literal $lock:literal [$($i16:literal $i32:literal $i64:literal)+]),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "rm16, r16" => concat!("o16 0F ", $op, " /r", $lock),
                "rm32, r32" => concat!("0F ", $op, " /r", $lock),
                "rm64, r64" => concat!("REX.W 0F ", $op, " /r", $lock),
                $($i16 => concat!("o16 0F BA /", $ext, " ib", $lock),
                $i32 => concat!("0F BA /", $ext, " ib", $lock),
                $i64 => concat!("REX.W 0F BA /", $ext, " ib", $lock),)+
            })*
        }
    };
}

bittest! {
    bt "A3" "4" "" ["rm16, imm8" "rm32, imm8" "rm64, imm8"],
    bts "AB" "5" " {lock}" ["r16, simm8" "r32, simm8" "r64, simm8" "m16, imm8" "m32, imm8" "m64, imm8"],
    btr "B3" "6" " {lock}" ["r16, simm8" "r32, simm8" "r64, simm8" "m16, imm8" "m32, imm8" "m64, imm8"],
    btc "BB" "7" " {lock}" ["r16, simm8" "r32, simm8" "r64, simm8" "m16, imm8" "m32, imm8" "m64, imm8"],
}

// `op r, rm` with 16/32/64-bit operands, after optional mandatory prefix $p (before 66).
macro_rules! scan {
    ($($name:ident $p:literal $op:literal),* $(,)?) => {
        forms! {
            $(#[doc = concat!("`", stringify!($name), "`")]
            $name {
                "r16, rm16" => concat!($p, "66 0F ", $op, " /r"),
                "r32, rm32" => concat!($p, "0F ", $op, " /r"),
                "r64, rm64" => concat!($p, "REX.W 0F ", $op, " /r"),
            })*
        }
    };
}

scan! {
    bsf "" "BC",
    bsr "" "BD",
    popcnt "F3 " "B8",
    lzcnt "F3 " "BD",
    tzcnt "F3 " "BC",
}

forms! {
    // dynasm-rs 5.1 knows only the 64-bit forms of adcx and adox; the 32-bit ones are checked
    // against llvm-mc (tests/cases/modern.tpl).
    /// `adcx`
    adcx {
        "r64, rm64" => "66 REX.W 0F 38 F6 /r",
        "r32, rm32" => "66 0F 38 F6 /r",
    }
    /// `adox`
    adox {
        "r64, rm64" => "F3 REX.W 0F 38 F6 /r",
        "r32, rm32" => "F3 0F 38 F6 /r",
    }
    // The operand-sized source first: `crc32 eax, [rax]` = F2 0F 38 F1 00.
    /// `crc32`
    crc32 {
        "r32, rm32" => "F2 0F 38 F1 /r",
        "r32, rm16" => "F2 66 0F 38 F1 /r",
        "r32, rm8" => "F2 0F 38 F0 /r",
        "r64, rm64" => "F2 REX.W 0F 38 F1 /r",
        "r64, rm8" => "F2 REX.W 0F 38 F0 /r",
    }
    /// `bswap`
    bswap {
        "r32" => "0F C8 +rd",
        "r64" => "REX.W 0F C8 +ro",
    }
}
