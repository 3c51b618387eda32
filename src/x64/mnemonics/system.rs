//! System, cache-control, processor-state and miscellaneous instructions.
//!
//! Memory operands follow dynasm-rs 5.1: `m` where it only takes an operand without a size
//! keyword (`xsave [rax]`, `lgdt [rax]`), `m8` for the prefetches and `clflush`, `m64` for the
//! 3DNow! `prefetch`/`prefetchw`, `m32` for `ldmxcsr`/`stmxcsr`. Forms taking an unsized memory
//! operand come before the register forms whose `rm` would also take it (`sldt [rax]` has no 66).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// Instructions without operands.
forms! {
    cpuid { "" => "0F A2" }
    rdtsc { "" => "0F 31" }
    rdtscp { "" => "0F 01 F9" }
    rdpmc { "" => "0F 33" }
    rdmsr { "" => "0F 32" }
    wrmsr { "" => "0F 30" }
    xgetbv { "" => "0F 01 D0" }
    xsetbv { "" => "0F 01 D1" }
    invd { "" => "0F 08" }
    wbinvd { "" => "0F 09" }
    clts { "" => "0F 06" }
    swapgs { "" => "0F 01 F8" }
    lfence { "" => "0F AE E8" }
    mfence { "" => "0F AE F0" }
    sfence { "" => "0F AE F8" }
    rsm { "" => "0F AA" }
    getsec { "" => "0F 37" }
    clac { "" => "0F 01 CA" }
    stac { "" => "0F 01 CB" }
    hlt { "" => "F4" }
    pause { "" => "F3 90" }
    ud2 { "" => "0F 0B" }
    ud2a { "" => "0F 0B" }
    fwait { "" => "9B" }
    xtest { "" => "0F 01 D6" }
    xend { "" => "0F 01 D5" }
    clzero { "" => "0F 01 FC" }
    // Flag control.
    clc { "" => "F8" }
    stc { "" => "F9" }
    cmc { "" => "F5" }
    cld { "" => "FC" }
    std { "" => "FD" }
    cli { "" => "FA" }
    sti { "" => "FB" }
    lahf { "" => "9F" }
    sahf { "" => "9E" }
}

// MONITOR/MWAIT, with their implicit operands optionally written out.
forms! {
    monitor {
        "" => "0F 01 C8",
        "rax, ecx, edx" => "0F 01 C8",
    }
    mwait {
        "" => "0F 01 C9",
        "eax, ecx" => "0F 01 C9",
    }
    /// dynasm-rs also takes `eax, ecx, edx` but encodes it as the `rax` form (no 67 prefix, a
    /// 64-bit address); declasm gives the 67 prefix (tests/cases/differences.txt).
    monitorx {
        "" => "0F 01 FA",
        "rax, ecx, edx" => "0F 01 FA",
        "eax, ecx, edx" => "67 0F 01 FA",
        // No 16-bit addressing in 64-bit mode: dynasm-rs 5.1 takes `ax` and gives the `rax`
        // form's bytes; so does declasm.
        "ax, ecx, edx" => "0F 01 FA",
    }
    mwaitx {
        "" => "0F 01 FB",
        "eax, ecx" => "0F 01 FB",
    }
}

// Processor state save/restore, descriptor tables, TLB and cache control.
forms! {
    xsave { "m" => "0F AE /4" }
    xsave64 { "m" => "REX.W 0F AE /4" }
    xrstor { "m" => "0F AE /5" }
    xrstor64 { "m" => "REX.W 0F AE /5" }
    xsaveopt64 { "m" => "REX.W 0F AE /6" }
    xsavec64 { "m" => "REX.W 0F C7 /4" }
    xsaves64 { "m" => "REX.W 0F C7 /5" }
    xrstors64 { "m" => "REX.W 0F C7 /3" }
    fxsave { "m" => "0F AE /0" }
    fxsave64 { "m" => "REX.W 0F AE /0" }
    fxrstor { "m" => "0F AE /1" }
    fxrstor64 { "m" => "REX.W 0F AE /1" }
    ldmxcsr { "m32" => "0F AE /2" }
    stmxcsr { "m32" => "0F AE /3" }
    lgdt { "m" => "0F 01 /2" }
    sgdt { "m" => "0F 01 /0" }
    lidt { "m" => "0F 01 /3" }
    sidt { "m" => "0F 01 /1" }
    invlpg { "m" => "0F 01 /7" }
    clflush { "m8" => "0F AE /7" }
    prefetchnta { "m8" => "0F 18 /0" }
    prefetcht0 { "m8" => "0F 18 /1" }
    prefetcht1 { "m8" => "0F 18 /2" }
    prefetcht2 { "m8" => "0F 18 /3" }
    prefetchwt1 { "m8" => "0F 0D /2" }
    prefetch { "m64" => "0F 0D /0" }
    prefetchw { "m64" => "0F 0D /1" }
    invpcid { "r64, m128" => "66 0F 38 82 /r" }
}

// Segment descriptors and the machine status word.
forms! {
    sldt {
        "m" => "0F 00 /0",
        "r16" => "o16 0F 00 /0",
        "r32" => "0F 00 /0",
        "r64" => "REX.W 0F 00 /0",
    }
    str {
        "m" => "0F 00 /1",
        "r16" => "o16 0F 00 /1",
        "r32" => "0F 00 /1",
        "r64" => "REX.W 0F 00 /1",
    }
    smsw {
        "m" => "0F 01 /4",
        "r16" => "o16 0F 01 /4",
        "r32" => "0F 01 /4",
        "r64" => "REX.W 0F 01 /4",
    }
    lldt {
        "m" => "0F 00 /2",
        "r16" => "0F 00 /2",
    }
    ltr {
        "m" => "0F 00 /3",
        "r16" => "0F 00 /3",
    }
    verr {
        "m" => "0F 00 /4",
        "r16" => "0F 00 /4",
    }
    verw {
        "m" => "0F 00 /5",
        "r16" => "0F 00 /5",
    }
    lmsw {
        "m" => "0F 01 /6",
        "r16" => "0F 01 /6",
    }
    lar {
        "r16, rm16" => "o16 0F 02 /r",
        "r32, r32m16" => "0F 02 /r",
        "r64, r64m16" => "REX.W 0F 02 /r",
    }
    lsl {
        "r16, rm16" => "o16 0F 03 /r",
        "r32, r32m16" => "0F 03 /r",
        "r64, r64m16" => "REX.W 0F 03 /r",
    }
    lfs {
        "r16, m" => "o16 0F B4 /r",
        "r32, m" => "0F B4 /r",
        "r64, m" => "REX.W 0F B4 /r",
    }
    lgs {
        "r16, m" => "o16 0F B5 /r",
        "r32, m" => "0F B5 /r",
        "r64, m" => "REX.W 0F B5 /r",
    }
    lss {
        "r16, m" => "o16 0F B2 /r",
        "r32, m" => "0F B2 /r",
        "r64, m" => "REX.W 0F B2 /r",
    }
}

// Random numbers, FS/GS base, processor id.
forms! {
    // (dynasm-rs knows the 64-bit forms; the others are checked against llvm-mc.)
    rdrand {
        "r64" => "REX.W 0F C7 /6",
        "r32" => "0F C7 /6",
        "r16" => "o16 0F C7 /6",
    }
    rdseed {
        "r64" => "REX.W 0F C7 /7",
        "r32" => "0F C7 /7",
        "r16" => "o16 0F C7 /7",
    }
    rdfsbase {
        "r32" => "F3 0F AE /0",
        "r64" => "F3 REX.W 0F AE /0",
    }
    rdgsbase {
        "r32" => "F3 0F AE /1",
        "r64" => "F3 REX.W 0F AE /1",
    }
    wrfsbase {
        "r32" => "F3 0F AE /2",
        "r64" => "F3 REX.W 0F AE /2",
    }
    wrgsbase {
        "r32" => "F3 0F AE /3",
        "r64" => "F3 REX.W 0F AE /3",
    }
}

// Miscellaneous: multi-byte NOP, UD1, transactional memory, port I/O.
forms! {
    nop {
        "" => "90",
        "rm16" => "o16 0F 1F /0",
        "rm32" => "0F 1F /0",
        "rm64" => "REX.W 0F 1F /0",
    }
    ud1 { "r32, rm32" => "0F B9 /r {sized}" }
    xabort { "imm8" => "C6 F8 ib" }
    xbegin { "rel32" => "C7 F8 cd" }
    r#in {
        "al, dx" => "EC",
        "ax, dx" => "o16 ED",
        "eax, dx" => "ED",
        "al, imm8" => "E4 ib",
        "ax, imm8" => "o16 E5 ib",
        "eax, imm8" => "E5 ib",
    }
    out {
        "dx, al" => "EE",
        "dx, ax" => "o16 EF",
        "dx, eax" => "EF",
        "imm8, al" => "E6 ib",
        "imm8, ax" => "o16 E7 ib",
        "imm8, eax" => "E7 ib",
    }
}

// AMD RDPRU; Cyrix SMM and descriptor save/restore; VIA PadLock.
forms! {
    rdpru { "" => "0F 01 FD" }
    smint { "" => "0F 38" }
    dmint { "" => "0F 39" }
    rdm { "" => "0F 3A" }
    cpu_write { "" => "0F 3C" }
    cpu_read { "" => "0F 3D" }
    rdshr { "rm32" => "0F 36 /0" }
    wrshr { "rm32" => "0F 37 /0" }
    svdc { "m80, sreg" => "0F 78 /r {sized}" }
    rsdc { "sreg, m80" => "0F 79 /r {sized}" }
    svldt { "m80" => "0F 7A /0 {sized}" }
    rsldt { "m80" => "0F 7B /0 {sized}" }
    svts { "m80" => "0F 7C /0 {sized}" }
    rsts { "m80" => "0F 7D /0 {sized}" }
    xstore { "" => "0F A7 C0" }
    xcryptecb { "" => "F3 0F A7 C8" }
    xcryptcbc { "" => "F3 0F A7 D0" }
    xcryptctr { "" => "F3 0F A7 D8" }
    xcryptcfb { "" => "F3 0F A7 E0" }
    xcryptofb { "" => "F3 0F A7 E8" }
    montmul { "" => "F3 0F A6 C0" }
    xsha1 { "" => "F3 0F A6 C8" }
    xsha256 { "" => "F3 0F A6 D0" }
}
