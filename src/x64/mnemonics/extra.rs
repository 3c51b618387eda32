//! General-purpose mnemonics that tools/missing_mnemonics.py found the oracle accepts and the
//! other tables lacked: `movabs` (accumulator <-> 64-bit absolute address; any immediate or label,
//! whatever its size keyword, is an 8-byte address), the GP-register stores `movnti` and
//! `movdiri`, `int01` and `int03` (other spellings of `int1`/`icebp` and `int3`), and the NASM
//! `qq` names of the 256-bit moves (`vmovqqa` = `vmovdqa`, `vmovqqu` = `vmovdqu`, `vldqqu` =
//! `vlddqu`, `vmovntqq` = `vmovntdq`; ymm forms only, as dynasm-rs).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    movabs {
        "al, imm64" => "A0 io",
        "ax, imm64" => "o16 A1 io",
        "eax, imm64" => "A1 io",
        "rax, imm64" => "REX.W A1 io",
        "imm64, al" => "A2 io",
        "imm64, ax" => "o16 A3 io",
        "imm64, eax" => "A3 io",
        "imm64, rax" => "REX.W A3 io",
    }
    movnti {
        "m32, r32" => "0F C3 /r",
        "m64, r64" => "REX.W 0F C3 /r",
    }
    movdiri {
        "m32, r32" => "0F 38 F9 /r",
        "m64, r64" => "REX.W 0F 38 F9 /r",
    }
    int01 { "" => "F1" }
    int03 { "" => "CC" }
    vmovqqa {
        "ymm, ymm/m256" => "RM: VEX.256.66.0F.WIG 6F /r",
        "ymm/m256, ymm" => "MR: VEX.256.66.0F.WIG 7F /r",
    }
    vmovqqu {
        "ymm, ymm/m256" => "RM: VEX.256.F3.0F.WIG 6F /r",
        "ymm/m256, ymm" => "MR: VEX.256.F3.0F.WIG 7F /r",
    }
    vldqqu { "ymm, m256" => "RM: VEX.256.F2.0F.WIG F0 /r" }
    vmovntqq { "m256, ymm" => "MR: VEX.256.66.0F.WIG E7 /r" }
}
