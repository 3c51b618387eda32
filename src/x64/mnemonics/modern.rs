//! Instructions dynasm-rs 5.1 does not know (non-EVEX): CET, cache and persistence control,
//! user-level wait and interrupts, SGX/PCONFIG leaves, ENQCMD, GFNI (legacy SSE and VEX). Their
//! bytes are checked against llvm-mc and GNU as (tests/cases/modern.tpl, tools/llvm_cases.py).
//! Memory operands take the size the manual gives (`m8` for the cache-line operations, `m64` for
//! the shadow-stack tokens) or none (`m`: the 64-byte `movdir64b`/`enqcmd` sources, the XSAVE
//! areas).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    // CET: indirect branch tracking and shadow stacks.
    endbr64 { "" => "F3 0F 1E FA" }
    endbr32 { "" => "F3 0F 1E FB" }
    incsspd { "r32" => "F3 0F AE /5" }
    incsspq { "r64" => "F3 REX.W 0F AE /5" }
    rdsspd { "r32" => "F3 0F 1E /1" }
    rdsspq { "r64" => "F3 REX.W 0F 1E /1" }
    saveprevssp { "" => "F3 0F 01 EA" }
    rstorssp { "m64" => "F3 0F 01 /5" }
    wrssd { "m32, r32" => "0F 38 F6 /r" }
    wrssq { "m64, r64" => "REX.W 0F 38 F6 /r" }
    wrussd { "m32, r32" => "66 0F 38 F5 /r" }
    wrussq { "m64, r64" => "66 REX.W 0F 38 F5 /r" }
    setssbsy { "" => "F3 0F 01 E8" }
    clrssbsy { "m64" => "F3 0F AE /6" }

    // Cache lines and persistence.
    clflushopt { "m8" => "66 0F AE /7" }
    clwb { "m8" => "66 0F AE /6" }
    cldemote { "m8" => "0F 1C /0" }
    wbnoinvd { "" => "F3 0F 09" }
    serialize { "" => "0F 01 E8" }
    // (`{a64}`: `movdir64b rax, [eax]` would mean `movdir64b eax, [eax]`; refused.)
    movdir64b { "r64, m" => "66 0F 38 F8 /r {a64}" }
    enqcmd { "r64, m" => "F2 0F 38 F8 /r {a64}" }
    enqcmds { "r64, m" => "F3 0F 38 F8 /r {a64}" }

    // Processor trace, XSAVE compacted/supervisor state (the `64` forms are dynasm-rs's).
    ptwrite {
        "rm32" => "F3 0F AE /4",
        "rm64" => "F3 REX.W 0F AE /4",
    }
    xsavec { "m" => "0F C7 /4" }
    xsaves { "m" => "0F C7 /5" }
    xrstors { "m" => "0F C7 /3" }
    rdpid { "r64" => "F3 0F C7 /7" }
    rdpkru { "" => "0F 01 EE" }
    wrpkru { "" => "0F 01 EF" }

    // WAITPKG and user interrupts.
    tpause { "r32" => "66 0F AE /6" }
    umonitor { "r64" => "F3 0F AE /6" }
    umwait { "r32" => "F2 0F AE /6" }
    clui { "" => "F3 0F 01 EE" }
    stui { "" => "F3 0F 01 EF" }
    testui { "" => "F3 0F 01 ED" }
    uiret { "" => "F3 0F 01 EC" }
    senduipi { "r64" => "F3 0F C7 /6" }

    // SGX and PCONFIG leaf functions (the leaf in eax).
    encls { "" => "0F 01 CF" }
    enclu { "" => "0F 01 D7" }
    enclv { "" => "0F 01 C0" }
    pconfig { "" => "0F 01 C5" }

    // HRESET (the ModRM byte is fixed, C0), AMD INVLPGB/TLBSYNC, TSX suspend load tracking.
    hreset { "imm8" => "F3 0F 3A F0 /0 ib" }
    invlpgb { "" => "0F 01 FE" }
    tlbsync { "" => "0F 01 FF" }
    xsusldtrk { "" => "F2 0F 01 E8" }
    xresldtrk { "" => "F2 0F 01 E9" }

    // GFNI: legacy SSE and VEX (128 and 256 bits).
    gf2p8mulb { "xmm, xmm/m128" => "66 0F 38 CF /r" }
    gf2p8affineqb { "xmm, xmm/m128, imm8" => "66 0F 3A CE /r ib" }
    gf2p8affineinvqb { "xmm, xmm/m128, imm8" => "66 0F 3A CF /r ib" }
    vgf2p8mulb {
        "xmm, xmm, xmm/m128" => "RVM: VEX.NDS.128.66.0F38.W0 CF /r",
        "ymm, ymm, ymm/m256" => "RVM: VEX.NDS.256.66.0F38.W0 CF /r",
    }
    vgf2p8affineqb {
        "xmm, xmm, xmm/m128, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W1 CE /r ib",
        "ymm, ymm, ymm/m256, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W1 CE /r ib",
    }
    vgf2p8affineinvqb {
        "xmm, xmm, xmm/m128, imm8" => "RVMI: VEX.NDS.128.66.0F3A.W1 CF /r ib",
        "ymm, ymm, ymm/m256, imm8" => "RVMI: VEX.NDS.256.66.0F3A.W1 CF /r ib",
    }
}
