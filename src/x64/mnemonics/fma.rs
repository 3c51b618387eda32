//! FMA3 (VEX), FMA4 and XOP (AMD): fused multiply-add and the XOP integer operations.
//!
//! Where dynasm-rs 5.1's bytes mean another instruction, these rows give the manual's encoding
//! (SPEC rule 9; each case is in tests/cases/differences.txt):
//! - FMA3 packed double (`vfmadd132pd` ...): VEX.W1 (dynasm-rs emits W0, the `ps` instruction).
//! - FMA4 packed forms (ps and pd) with operand 4 in ModRM.rm (memory fourth, and registers
//!   only, where dynasm-rs and llvm-mc choose that form): W1, operand 3 in imm8\[7:4\] (dynasm-rs
//!   emits W0, which swaps operands 3 and 4). Memory third: W0. FMA4 scalar forms as the manual
//!   (dynasm-rs agrees).
//! - `vpcmov` with memory fourth: W1 (dynasm-rs: W0, memory third). `vpperm` follows the manual.
//!   Both choose the W0 form (operand 3 in ModRM.rm) for registers only, as dynasm-rs.
//! - The XOP shifts and rotates take memory second (W0, count in vvvv) or third (W1), W0 for
//!   registers only, as the manual.
//! - Memory takes no size keyword or exactly the form's (`OWORD`, `YWORD`, `DWORD` for ss...).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// FMA3: `VEX.DDS.{128,256}.66.0F38.W op /r`, the W and opcode given per mnemonic.
macro_rules! fma3_packed {
    ($($name:ident $wop:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128" => concat!("RVM: VEX.DDS.128.66.0F38.", $wop, " /r"),
                "ymm, ymm, ymm/m256" => concat!("RVM: VEX.DDS.256.66.0F38.", $wop, " /r"),
            })*
        }
    };
}

macro_rules! fma3_scalar {
    ($($name:ident $m:literal $wop:literal),* $(,)?) => {
        forms! {
            $($name {
                $m => concat!("RVM: VEX.DDS.LIG.66.0F38.", $wop, " /r"),
            })*
        }
    };
}

fma3_packed! {
    vfmadd132ps "W0 98", vfmadd213ps "W0 A8", vfmadd231ps "W0 B8",
    vfmadd132pd "W1 98", vfmadd213pd "W1 A8", vfmadd231pd "W1 B8",
    vfmaddsub132ps "W0 96", vfmaddsub213ps "W0 A6", vfmaddsub231ps "W0 B6",
    vfmaddsub132pd "W1 96", vfmaddsub213pd "W1 A6", vfmaddsub231pd "W1 B6",
    vfmsubadd132ps "W0 97", vfmsubadd213ps "W0 A7", vfmsubadd231ps "W0 B7",
    vfmsubadd132pd "W1 97", vfmsubadd213pd "W1 A7", vfmsubadd231pd "W1 B7",
    vfmsub132ps "W0 9A", vfmsub213ps "W0 AA", vfmsub231ps "W0 BA",
    vfmsub132pd "W1 9A", vfmsub213pd "W1 AA", vfmsub231pd "W1 BA",
    vfnmadd132ps "W0 9C", vfnmadd213ps "W0 AC", vfnmadd231ps "W0 BC",
    vfnmadd132pd "W1 9C", vfnmadd213pd "W1 AC", vfnmadd231pd "W1 BC",
    vfnmsub132ps "W0 9E", vfnmsub213ps "W0 AE", vfnmsub231ps "W0 BE",
    vfnmsub132pd "W1 9E", vfnmsub213pd "W1 AE", vfnmsub231pd "W1 BE",
}

fma3_scalar! {
    vfmadd132ss "xmm, xmm, xmm/m32" "W0 99", vfmadd213ss "xmm, xmm, xmm/m32" "W0 A9",
    vfmadd231ss "xmm, xmm, xmm/m32" "W0 B9",
    vfmadd132sd "xmm, xmm, xmm/m64" "W1 99", vfmadd213sd "xmm, xmm, xmm/m64" "W1 A9",
    vfmadd231sd "xmm, xmm, xmm/m64" "W1 B9",
    vfmsub132ss "xmm, xmm, xmm/m32" "W0 9B", vfmsub213ss "xmm, xmm, xmm/m32" "W0 AB",
    vfmsub231ss "xmm, xmm, xmm/m32" "W0 BB",
    vfmsub132sd "xmm, xmm, xmm/m64" "W1 9B", vfmsub213sd "xmm, xmm, xmm/m64" "W1 AB",
    vfmsub231sd "xmm, xmm, xmm/m64" "W1 BB",
    vfnmadd132ss "xmm, xmm, xmm/m32" "W0 9D", vfnmadd213ss "xmm, xmm, xmm/m32" "W0 AD",
    vfnmadd231ss "xmm, xmm, xmm/m32" "W0 BD",
    vfnmadd132sd "xmm, xmm, xmm/m64" "W1 9D", vfnmadd213sd "xmm, xmm, xmm/m64" "W1 AD",
    vfnmadd231sd "xmm, xmm, xmm/m64" "W1 BD",
    vfnmsub132ss "xmm, xmm, xmm/m32" "W0 9F", vfnmsub213ss "xmm, xmm, xmm/m32" "W0 AF",
    vfnmsub231ss "xmm, xmm, xmm/m32" "W0 BF",
    vfnmsub132sd "xmm, xmm, xmm/m64" "W1 9F", vfnmsub213sd "xmm, xmm, xmm/m64" "W1 AF",
    vfnmsub231sd "xmm, xmm, xmm/m64" "W1 BF",
}

// The other names of the operand orders (NASM's): 123 = 213, 312 = 132, 321 = 231; the same
// encodings (checked against the oracle in tests/cases/fma3_alias.txt).
fma3_packed! {
    vfmadd312ps "W0 98", vfmadd123ps "W0 A8", vfmadd321ps "W0 B8",
    vfmadd312pd "W1 98", vfmadd123pd "W1 A8", vfmadd321pd "W1 B8",
    vfmaddsub312ps "W0 96", vfmaddsub123ps "W0 A6", vfmaddsub321ps "W0 B6",
    vfmaddsub312pd "W1 96", vfmaddsub123pd "W1 A6", vfmaddsub321pd "W1 B6",
    vfmsubadd312ps "W0 97", vfmsubadd123ps "W0 A7", vfmsubadd321ps "W0 B7",
    vfmsubadd312pd "W1 97", vfmsubadd123pd "W1 A7", vfmsubadd321pd "W1 B7",
    vfmsub312ps "W0 9A", vfmsub123ps "W0 AA", vfmsub321ps "W0 BA",
    vfmsub312pd "W1 9A", vfmsub123pd "W1 AA", vfmsub321pd "W1 BA",
    vfnmadd312ps "W0 9C", vfnmadd123ps "W0 AC", vfnmadd321ps "W0 BC",
    vfnmadd312pd "W1 9C", vfnmadd123pd "W1 AC", vfnmadd321pd "W1 BC",
    vfnmsub312ps "W0 9E", vfnmsub123ps "W0 AE", vfnmsub321ps "W0 BE",
    vfnmsub312pd "W1 9E", vfnmsub123pd "W1 AE", vfnmsub321pd "W1 BE",
}

fma3_scalar! {
    vfmadd312ss "xmm, xmm, xmm/m32" "W0 99", vfmadd123ss "xmm, xmm, xmm/m32" "W0 A9",
    vfmadd321ss "xmm, xmm, xmm/m32" "W0 B9",
    vfmadd312sd "xmm, xmm, xmm/m64" "W1 99", vfmadd123sd "xmm, xmm, xmm/m64" "W1 A9",
    vfmadd321sd "xmm, xmm, xmm/m64" "W1 B9",
    vfmsub312ss "xmm, xmm, xmm/m32" "W0 9B", vfmsub123ss "xmm, xmm, xmm/m32" "W0 AB",
    vfmsub321ss "xmm, xmm, xmm/m32" "W0 BB",
    vfmsub312sd "xmm, xmm, xmm/m64" "W1 9B", vfmsub123sd "xmm, xmm, xmm/m64" "W1 AB",
    vfmsub321sd "xmm, xmm, xmm/m64" "W1 BB",
    vfnmadd312ss "xmm, xmm, xmm/m32" "W0 9D", vfnmadd123ss "xmm, xmm, xmm/m32" "W0 AD",
    vfnmadd321ss "xmm, xmm, xmm/m32" "W0 BD",
    vfnmadd312sd "xmm, xmm, xmm/m64" "W1 9D", vfnmadd123sd "xmm, xmm, xmm/m64" "W1 AD",
    vfnmadd321sd "xmm, xmm, xmm/m64" "W1 BD",
    vfnmsub312ss "xmm, xmm, xmm/m32" "W0 9F", vfnmsub123ss "xmm, xmm, xmm/m32" "W0 AF",
    vfnmsub321ss "xmm, xmm, xmm/m32" "W0 BF",
    vfnmsub312sd "xmm, xmm, xmm/m64" "W1 9F", vfnmsub123sd "xmm, xmm, xmm/m64" "W1 AF",
    vfnmsub321sd "xmm, xmm, xmm/m64" "W1 BF",
}

// FMA4 packed: `VEX.NDS.L.66.0F3A.W op /r is4`, operand 4 in ModRM.rm (W1) or operand 3 (W0).
macro_rules! fma4_packed {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm, xmm/m128" => concat!("RVSM: VEX.NDS.128.66.0F3A.W1 ", $op, " /r is4"),
                "xmm, xmm, m128, xmm" => concat!("RVMS: VEX.NDS.128.66.0F3A.W0 ", $op, " /r is4"),
                "ymm, ymm, ymm, ymm/m256" => concat!("RVSM: VEX.NDS.256.66.0F3A.W1 ", $op, " /r is4"),
                "ymm, ymm, m256, ymm" => concat!("RVMS: VEX.NDS.256.66.0F3A.W0 ", $op, " /r is4"),
            })*
        }
    };
}

// FMA4 scalar: memory of the element size, fourth (W1) or third (W0).
macro_rules! fma4_scalar {
    ($($name:ident $xxm:literal $xm:literal $op:literal),* $(,)?) => {
        forms! {
            $($name {
                $xxm => concat!("RVSM: VEX.NDS.LIG.66.0F3A.W1 ", $op, " /r is4"),
                $xm => concat!("RVMS: VEX.NDS.LIG.66.0F3A.W0 ", $op, " /r is4"),
            })*
        }
    };
}

fma4_packed! {
    vfmaddsubps "5C", vfmaddsubpd "5D", vfmsubaddps "5E", vfmsubaddpd "5F",
    vfmaddps "68", vfmaddpd "69", vfmsubps "6C", vfmsubpd "6D",
    vfnmaddps "78", vfnmaddpd "79", vfnmsubps "7C", vfnmsubpd "7D",
}

fma4_scalar! {
    vfmaddss "xmm, xmm, xmm, xmm/m32" "xmm, xmm, m32, xmm" "6A",
    vfmaddsd "xmm, xmm, xmm, xmm/m64" "xmm, xmm, m64, xmm" "6B",
    vfmsubss "xmm, xmm, xmm, xmm/m32" "xmm, xmm, m32, xmm" "6E",
    vfmsubsd "xmm, xmm, xmm, xmm/m64" "xmm, xmm, m64, xmm" "6F",
    vfnmaddss "xmm, xmm, xmm, xmm/m32" "xmm, xmm, m32, xmm" "7A",
    vfnmaddsd "xmm, xmm, xmm, xmm/m64" "xmm, xmm, m64, xmm" "7B",
    vfnmsubss "xmm, xmm, xmm, xmm/m32" "xmm, xmm, m32, xmm" "7E",
    vfnmsubsd "xmm, xmm, xmm, xmm/m64" "xmm, xmm, m64, xmm" "7F",
}

// XOP.
forms! {
    /// `vpcmov`
    vpcmov {
        "xmm, xmm, xmm/m128, xmm" => "RVMS: XOP.NDS.128.08.W0 A2 /r is4",
        "xmm, xmm, xmm, m128" => "RVSM: XOP.NDS.128.08.W1 A2 /r is4",
        "ymm, ymm, ymm/m256, ymm" => "RVMS: XOP.NDS.256.08.W0 A2 /r is4",
        "ymm, ymm, ymm, m256" => "RVSM: XOP.NDS.256.08.W1 A2 /r is4",
    }
    /// `vpperm`
    vpperm {
        "xmm, xmm, xmm/m128, xmm" => "RVMS: XOP.NDS.128.08.W0 A3 /r is4",
        "xmm, xmm, xmm, m128" => "RVSM: XOP.NDS.128.08.W1 A3 /r is4",
    }
}

// XOP rotates: by an immediate (map 08), or by a register or memory count (map 09): the
// source in ModRM.rm and the count in vvvv (W0), or the reverse (W1).
macro_rules! xop_rot {
    ($($name:ident $op:literal $opi:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128, imm8" => concat!("RMI: XOP.128.08.W0 ", $opi, " /r ib"),
                "xmm, xmm/m128, xmm" => concat!("RMV: XOP.NDS.128.09.W0 ", $op, " /r"),
                "xmm, xmm, m128" => concat!("RVM: XOP.NDS.128.09.W1 ", $op, " /r"),
            })*
        }
    };
}

macro_rules! xop_shift {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm/m128, xmm" => concat!("RMV: XOP.NDS.128.09.W0 ", $op, " /r"),
                "xmm, xmm, m128" => concat!("RVM: XOP.NDS.128.09.W1 ", $op, " /r"),
            })*
        }
    };
}

xop_rot! { vprotb "90" "C0", vprotw "91" "C1", vprotd "92" "C2", vprotq "93" "C3" }

xop_shift! {
    vpshlb "94", vpshlw "95", vpshld "96", vpshlq "97",
    vpshab "98", vpshaw "99", vpshad "9A", vpshaq "9B",
}

// XOP multiply-accumulate: `XOP.NDS.128.08.W0 op /r is4`, the accumulator in imm8[7:4].
macro_rules! xop_is4 {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128, xmm" => concat!("RVMS: XOP.NDS.128.08.W0 ", $op, " /r is4"),
            })*
        }
    };
}

xop_is4! {
    vpmacssww "85", vpmacsswd "86", vpmacssdql "87", vpmacssdd "8E", vpmacssdqh "8F",
    vpmacsww "95", vpmacswd "96", vpmacsdql "97", vpmacsdd "9E", vpmacsdqh "9F",
    vpmadcsswd "A6", vpmadcswd "B6",
}

// XOP horizontal add/subtract: `XOP.128.09.W0 op /r`.
macro_rules! xop_rm {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name { "xmm, xmm/m128" => concat!("RM: XOP.128.09.W0 ", $op, " /r") })*
        }
    };
}

xop_rm! {
    vphaddbw "C1", vphaddbd "C2", vphaddbq "C3", vphaddwd "C6", vphaddwq "C7", vphadddq "CB",
    vphaddubw "D1", vphaddubd "D2", vphaddubq "D3", vphadduwd "D6", vphadduwq "D7",
    vphaddudq "DB", vphsubbw "E1", vphsubwd "E2", vphsubdq "E3",
}

forms! {
    /// `vfrczps`
    vfrczps {
        "xmm, xmm/m128" => "RM: XOP.128.09.W0 80 /r",
        "ymm, ymm/m256" => "RM: XOP.256.09.W0 80 /r",
    }
    /// `vfrczpd`
    vfrczpd {
        "xmm, xmm/m128" => "RM: XOP.128.09.W0 81 /r",
        "ymm, ymm/m256" => "RM: XOP.256.09.W0 81 /r",
    }
    /// `vfrczss`
    vfrczss { "xmm, xmm/m32" => "RM: XOP.128.09.W0 82 /r" }
    /// `vfrczsd`
    vfrczsd { "xmm, xmm/m64" => "RM: XOP.128.09.W0 83 /r" }
}

// XOP compares: `XOP.NDS.128.08.W0 op /r ib`, the predicate in the immediate.
macro_rules! xop_com {
    ($($name:ident $op:literal),* $(,)?) => {
        forms! {
            $($name {
                "xmm, xmm, xmm/m128, imm8" => concat!("RVMI: XOP.NDS.128.08.W0 ", $op, " /r ib"),
            })*
        }
    };
}

xop_com! {
    vpcomb "CC", vpcomw "CD", vpcomd "CE", vpcomq "CF",
    vpcomub "EC", vpcomuw "ED", vpcomud "EE", vpcomuq "EF",
}
