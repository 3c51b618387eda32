//! x87 FPU instructions.
//!
//! Forms follow dynasm-rs 5.1's order. Register forms put `st(i)` in the low bits of the second
//! opcode byte (`"st0, st" => "D8 C0 +r"`); a dynamic `Rf(n)` takes no REX prefix there. Without
//! operands, the arithmetic instructions are their popping forms on `st1` (`fadd` = `DE C1`) and the
//! others act on `st1` (`fld` = `D9 C1`, `fxch` = `D9 C9`). Memory without a size keyword is taken
//! by the `m16` forms only (`fiadd [rax]` = `DE 00`, `fild [rax]` = `DF 00`), so they come first;
//! the waiting forms (`fclex`, `finit`, `fsave`, `fstsw` ...) start with `9B` (FWAIT), which
//! declasm emits before any prefix (`fstsw WORD [r8]` = `9B 41 DD 38`; dynasm-rs 5.1 emits
//! `41 9B DD 38`, i.e. a store to `[rax]`: tests/cases/differences.txt).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

// Instructions without operands.
forms! {
    f2xm1 { "" => "D9 F0" }
    fabs { "" => "D9 E1" }
    fchs { "" => "D9 E0" }
    fclex { "" => "9B DB E2" }
    fnclex { "" => "DB E2" }
    fcos { "" => "D9 FF" }
    fdecstp { "" => "D9 F6" }
    fincstp { "" => "D9 F7" }
    finit { "" => "9B DB E3" }
    fninit { "" => "DB E3" }
    fld1 { "" => "D9 E8" }
    fldl2t { "" => "D9 E9" }
    fldl2e { "" => "D9 EA" }
    fldpi { "" => "D9 EB" }
    fldlg2 { "" => "D9 EC" }
    fldln2 { "" => "D9 ED" }
    fldz { "" => "D9 EE" }
    fnop { "" => "D9 D0" }
    fpatan { "" => "D9 F3" }
    fprem { "" => "D9 F8" }
    fprem1 { "" => "D9 F5" }
    fptan { "" => "D9 F2" }
    frndint { "" => "D9 FC" }
    fscale { "" => "D9 FD" }
    fsin { "" => "D9 FE" }
    fsincos { "" => "D9 FB" }
    fsqrt { "" => "D9 FA" }
    ftst { "" => "D9 E4" }
    fxam { "" => "D9 E5" }
    fxtract { "" => "D9 F4" }
    fyl2x { "" => "D9 F1" }
    fyl2xp1 { "" => "D9 F9" }
    fcompp { "" => "DE D9" }
    fucompp { "" => "DA E9" }
    // dynasm-rs 5.1 emits DB E4, the no-wait fnsetpm (differences.txt).
    fsetpm { "" => "9B DB E4" }
    feni { "" => "9B DB E0" }
    fneni { "" => "DB E0" }
    fdisi { "" => "9B DB E1" }
    fndisi { "" => "DB E1" }
}

// Arithmetic: `st0, st(i)`, `st(i)`, `st(i), st0`, m32, m64; the popping forms on `st(i), st0`.
forms! {
    fadd {
        "" => "DE C1",
        "st0, st" => "D8 C0 +r",
        "st" => "D8 C0 +r",
        "st, st0" => "DC C0 +r",
        "m32" => "D8 /0",
        "m64" => "DC /0",
    }
    faddp {
        "" => "DE C1",
        "st" => "DE C0 +r",
        "st, st0" => "DE C0 +r",
    }
    fmul {
        "" => "DE C9",
        "st0, st" => "D8 C8 +r",
        "st" => "D8 C8 +r",
        "st, st0" => "DC C8 +r",
        "m32" => "D8 /1",
        "m64" => "DC /1",
    }
    fmulp {
        "" => "DE C9",
        "st" => "DE C8 +r",
        "st, st0" => "DE C8 +r",
    }
    fsub {
        "" => "DE E9",
        "st0, st" => "D8 E0 +r",
        "st" => "D8 E0 +r",
        "st, st0" => "DC E8 +r",
        "m32" => "D8 /4",
        "m64" => "DC /4",
    }
    fsubp {
        "" => "DE E9",
        "st" => "DE E8 +r",
        "st, st0" => "DE E8 +r",
    }
    fsubr {
        "" => "DE E1",
        "st0, st" => "D8 E8 +r",
        "st" => "D8 E8 +r",
        "st, st0" => "DC E0 +r",
        "m32" => "D8 /5",
        "m64" => "DC /5",
    }
    fsubrp {
        "" => "DE E1",
        "st" => "DE E0 +r",
        "st, st0" => "DE E0 +r",
    }
    fdiv {
        "" => "DE F9",
        "st0, st" => "D8 F0 +r",
        "st" => "D8 F0 +r",
        "st, st0" => "DC F8 +r",
        "m32" => "D8 /6",
        "m64" => "DC /6",
    }
    fdivp {
        "" => "DE F9",
        "st" => "DE F8 +r",
        "st, st0" => "DE F8 +r",
    }
    fdivr {
        "" => "DE F1",
        "st0, st" => "D8 F8 +r",
        "st" => "D8 F8 +r",
        "st, st0" => "DC F0 +r",
        "m32" => "D8 /7",
        "m64" => "DC /7",
    }
    fdivrp {
        "" => "DE F1",
        "st" => "DE F0 +r",
        "st, st0" => "DE F0 +r",
    }
}

// Integer arithmetic and compares: m16 first (it takes memory without a size), then m32.
forms! {
    fiadd { "m16" => "DE /0", "m32" => "DA /0" }
    fimul { "m16" => "DE /1", "m32" => "DA /1" }
    ficom { "m16" => "DE /2", "m32" => "DA /2" }
    ficomp { "m16" => "DE /3", "m32" => "DA /3" }
    fisub { "m16" => "DE /4", "m32" => "DA /4" }
    fisubr { "m16" => "DE /5", "m32" => "DA /5" }
    fidiv { "m16" => "DE /6", "m32" => "DA /6" }
    fidivr { "m16" => "DE /7", "m32" => "DA /7" }
}

// Compares and conditional moves: `st0, st(i)` and `st(i)`; without operands, `st1`.
forms! {
    fcom {
        "" => "D8 D1",
        "st0, st" => "D8 D0 +r",
        "st" => "D8 D0 +r",
        "m32" => "D8 /2",
        "m64" => "DC /2",
    }
    fcomp {
        "" => "D8 D9",
        "st0, st" => "D8 D8 +r",
        "st" => "D8 D8 +r",
        "m32" => "D8 /3",
        "m64" => "DC /3",
    }
    fcomi {
        "" => "DB F1",
        "st0, st" => "DB F0 +r",
        "st" => "DB F0 +r",
    }
    fcomip {
        "" => "DF F1",
        "st0, st" => "DF F0 +r",
        "st" => "DF F0 +r",
    }
    fucomi {
        "" => "DB E9",
        "st0, st" => "DB E8 +r",
        "st" => "DB E8 +r",
    }
    fucomip {
        "" => "DF E9",
        "st0, st" => "DF E8 +r",
        "st" => "DF E8 +r",
    }
    fucom {
        "" => "DD E1",
        "st0, st" => "DD E0 +r",
        "st" => "DD E0 +r",
    }
    fucomp {
        "" => "DD E9",
        "st0, st" => "DD E8 +r",
        "st" => "DD E8 +r",
    }
    fcmovb {
        "" => "DA C1",
        "st0, st" => "DA C0 +r",
        "st" => "DA C0 +r",
    }
    fcmove {
        "" => "DA C9",
        "st0, st" => "DA C8 +r",
        "st" => "DA C8 +r",
    }
    fcmovbe {
        "" => "DA D1",
        "st0, st" => "DA D0 +r",
        "st" => "DA D0 +r",
    }
    fcmovu {
        "" => "DA D9",
        "st0, st" => "DA D8 +r",
        "st" => "DA D8 +r",
    }
    fcmovnb {
        "" => "DB C1",
        "st0, st" => "DB C0 +r",
        "st" => "DB C0 +r",
    }
    fcmovne {
        "" => "DB C9",
        "st0, st" => "DB C8 +r",
        "st" => "DB C8 +r",
    }
    fcmovnbe {
        "" => "DB D1",
        "st0, st" => "DB D0 +r",
        "st" => "DB D0 +r",
    }
    fcmovnu {
        "" => "DB D9",
        "st0, st" => "DB D8 +r",
        "st" => "DB D8 +r",
    }
    fxch {
        "" => "D9 C9",
        "st0, st" => "D9 C8 +r",
        "st" => "D9 C8 +r",
        "st, st0" => "D9 C8 +r",
    }
    ffree {
        "" => "DD C1",
        "st" => "DD C0 +r",
    }
}

// Loads and stores.
forms! {
    fld {
        "" => "D9 C1",
        "st" => "D9 C0 +r",
        "m32" => "D9 /0",
        "m80" => "DB /5",
        "m64" => "DD /0",
    }
    fst {
        "" => "DD D1",
        "st" => "DD D0 +r",
        "m32" => "D9 /2",
        "m64" => "DD /2",
    }
    fstp {
        "" => "DD D9",
        "st" => "DD D8 +r",
        "m32" => "D9 /3",
        "m80" => "DB /7",
        "m64" => "DD /3",
    }
    fild { "m16" => "DF /0", "m32" => "DB /0", "m64" => "DF /5" }
    fist { "m16" => "DF /2", "m32" => "DB /2" }
    fistp { "m16" => "DF /3", "m32" => "DB /3", "m64" => "DF /7" }
    fisttp { "m16" => "DF /1", "m32" => "DB /1", "m64" => "DD /1" }
    fbld { "m" => "DF /4" }
    fbstp { "m" => "DF /6" }
}

// Control word, status word and environment.
forms! {
    fldcw { "m16" => "D9 /5" }
    fstcw { "m16" => "9B D9 /7" }
    fnstcw { "m16" => "D9 /7" }
    fstsw { "ax" => "9B DF E0", "m16" => "9B DD /7" }
    fnstsw { "ax" => "DF E0", "m16" => "DD /7" }
    fldenv { "m" => "D9 /4" }
    fstenv { "m" => "9B D9 /6" }
    fnstenv { "m" => "D9 /6" }
    frstor { "m" => "DD /4" }
    fsave { "m" => "9B DD /6" }
    fnsave { "m" => "DD /6" }
}
