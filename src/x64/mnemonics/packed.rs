//! MMX instructions and their SSE2 `xmm` forms: one static per mnemonic with the `mm` form (no
//! prefix) and the `xmm` form (66 prefix) in dynasm-rs's order, plus the MMX/SSE2 moves (`movd`,
//! `movq`, `movdqa`, `movdqu`, `movntq`, `movntdq`, `movdq2q`, `movq2dq`), shuffles, word
//! insert/extract and `emms`. Observed oracle behaviour: shift counts and shuffle selectors are
//! `imm8` (unknown-size expressions fit, typed `i8`); memory without a size keyword is accepted
//! at the form's size; `movq xmm, xmm` is `F3 0F 7E` and a store `movq m64, xmm` is `66 0F D6`;
//! `movd` and `movq` share the `REX.W 0F 6E/7E` forms with 64-bit GP registers.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    emms { "" => "0F 77" }
    packsswb {
        "mm, mm/m64" => "0F 63 /r",
        "xmm, xmm/m128" => "66 0F 63 /r",
    }
    packssdw {
        "mm, mm/m64" => "0F 6B /r",
        "xmm, xmm/m128" => "66 0F 6B /r",
    }
    packuswb {
        "mm, mm/m64" => "0F 67 /r",
        "xmm, xmm/m128" => "66 0F 67 /r",
    }
    paddb {
        "mm, mm/m64" => "0F FC /r",
        "xmm, xmm/m128" => "66 0F FC /r",
    }
    paddw {
        "mm, mm/m64" => "0F FD /r",
        "xmm, xmm/m128" => "66 0F FD /r",
    }
    paddd {
        "mm, mm/m64" => "0F FE /r",
        "xmm, xmm/m128" => "66 0F FE /r",
    }
    paddq {
        "mm, mm/m64" => "0F D4 /r",
        "xmm, xmm/m128" => "66 0F D4 /r",
    }
    paddsb {
        "mm, mm/m64" => "0F EC /r",
        "xmm, xmm/m128" => "66 0F EC /r",
    }
    paddsw {
        "mm, mm/m64" => "0F ED /r",
        "xmm, xmm/m128" => "66 0F ED /r",
    }
    paddusb {
        "mm, mm/m64" => "0F DC /r",
        "xmm, xmm/m128" => "66 0F DC /r",
    }
    paddusw {
        "mm, mm/m64" => "0F DD /r",
        "xmm, xmm/m128" => "66 0F DD /r",
    }
    psubb {
        "mm, mm/m64" => "0F F8 /r",
        "xmm, xmm/m128" => "66 0F F8 /r",
    }
    psubw {
        "mm, mm/m64" => "0F F9 /r",
        "xmm, xmm/m128" => "66 0F F9 /r",
    }
    psubd {
        "mm, mm/m64" => "0F FA /r",
        "xmm, xmm/m128" => "66 0F FA /r",
    }
    psubq {
        "mm, mm/m64" => "0F FB /r",
        "xmm, xmm/m128" => "66 0F FB /r",
    }
    psubsb {
        "mm, mm/m64" => "0F E8 /r",
        "xmm, xmm/m128" => "66 0F E8 /r",
    }
    psubsw {
        "mm, mm/m64" => "0F E9 /r",
        "xmm, xmm/m128" => "66 0F E9 /r",
    }
    psubusb {
        "mm, mm/m64" => "0F D8 /r",
        "xmm, xmm/m128" => "66 0F D8 /r",
    }
    psubusw {
        "mm, mm/m64" => "0F D9 /r",
        "xmm, xmm/m128" => "66 0F D9 /r",
    }
    pcmpeqb {
        "mm, mm/m64" => "0F 74 /r",
        "xmm, xmm/m128" => "66 0F 74 /r",
    }
    pcmpeqw {
        "mm, mm/m64" => "0F 75 /r",
        "xmm, xmm/m128" => "66 0F 75 /r",
    }
    pcmpeqd {
        "mm, mm/m64" => "0F 76 /r",
        "xmm, xmm/m128" => "66 0F 76 /r",
    }
    pcmpgtb {
        "mm, mm/m64" => "0F 64 /r",
        "xmm, xmm/m128" => "66 0F 64 /r",
    }
    pcmpgtw {
        "mm, mm/m64" => "0F 65 /r",
        "xmm, xmm/m128" => "66 0F 65 /r",
    }
    pcmpgtd {
        "mm, mm/m64" => "0F 66 /r",
        "xmm, xmm/m128" => "66 0F 66 /r",
    }
    pmaddwd {
        "mm, mm/m64" => "0F F5 /r",
        "xmm, xmm/m128" => "66 0F F5 /r",
    }
    pmulhw {
        "mm, mm/m64" => "0F E5 /r",
        "xmm, xmm/m128" => "66 0F E5 /r",
    }
    pmullw {
        "mm, mm/m64" => "0F D5 /r",
        "xmm, xmm/m128" => "66 0F D5 /r",
    }
    pmuludq {
        "mm, mm/m64" => "0F F4 /r",
        "xmm, xmm/m128" => "66 0F F4 /r",
    }
    pmulhuw {
        "mm, mm/m64" => "0F E4 /r",
        "xmm, xmm/m128" => "66 0F E4 /r",
    }
    pand {
        "mm, mm/m64" => "0F DB /r",
        "xmm, xmm/m128" => "66 0F DB /r",
    }
    pandn {
        "mm, mm/m64" => "0F DF /r",
        "xmm, xmm/m128" => "66 0F DF /r",
    }
    por {
        "mm, mm/m64" => "0F EB /r",
        "xmm, xmm/m128" => "66 0F EB /r",
    }
    pxor {
        "mm, mm/m64" => "0F EF /r",
        "xmm, xmm/m128" => "66 0F EF /r",
    }
    punpckhbw {
        "mm, mm/m64" => "0F 68 /r",
        "xmm, xmm/m128" => "66 0F 68 /r",
    }
    punpckhwd {
        "mm, mm/m64" => "0F 69 /r",
        "xmm, xmm/m128" => "66 0F 69 /r",
    }
    punpckhdq {
        "mm, mm/m64" => "0F 6A /r",
        "xmm, xmm/m128" => "66 0F 6A /r",
    }
    punpcklbw {
        "mm, mm/m64" => "0F 60 /r",
        "xmm, xmm/m128" => "66 0F 60 /r",
    }
    punpcklwd {
        "mm, mm/m64" => "0F 61 /r",
        "xmm, xmm/m128" => "66 0F 61 /r",
    }
    punpckldq {
        "mm, mm/m64" => "0F 62 /r",
        "xmm, xmm/m128" => "66 0F 62 /r",
    }
    pavgb {
        "mm, mm/m64" => "0F E0 /r",
        "xmm, xmm/m128" => "66 0F E0 /r",
    }
    pavgw {
        "mm, mm/m64" => "0F E3 /r",
        "xmm, xmm/m128" => "66 0F E3 /r",
    }
    pmaxsw {
        "mm, mm/m64" => "0F EE /r",
        "xmm, xmm/m128" => "66 0F EE /r",
    }
    pmaxub {
        "mm, mm/m64" => "0F DE /r",
        "xmm, xmm/m128" => "66 0F DE /r",
    }
    pminsw {
        "mm, mm/m64" => "0F EA /r",
        "xmm, xmm/m128" => "66 0F EA /r",
    }
    pminub {
        "mm, mm/m64" => "0F DA /r",
        "xmm, xmm/m128" => "66 0F DA /r",
    }
    psadbw {
        "mm, mm/m64" => "0F F6 /r",
        "xmm, xmm/m128" => "66 0F F6 /r",
    }
    punpckhqdq {
        "xmm, xmm/m128" => "66 0F 6D /r",
    }
    punpcklqdq {
        "xmm, xmm/m128" => "66 0F 6C /r",
    }
    psllw {
        "mm, imm8" => "0F 71 /6 ib",
        "mm, mm/m64" => "0F F1 /r",
        "xmm, imm8" => "66 0F 71 /6 ib",
        "xmm, xmm/m128" => "66 0F F1 /r",
    }
    pslld {
        "mm, imm8" => "0F 72 /6 ib",
        "mm, mm/m64" => "0F F2 /r",
        "xmm, imm8" => "66 0F 72 /6 ib",
        "xmm, xmm/m128" => "66 0F F2 /r",
    }
    psllq {
        "mm, imm8" => "0F 73 /6 ib",
        "mm, mm/m64" => "0F F3 /r",
        "xmm, imm8" => "66 0F 73 /6 ib",
        "xmm, xmm/m128" => "66 0F F3 /r",
    }
    psrlw {
        "mm, imm8" => "0F 71 /2 ib",
        "mm, mm/m64" => "0F D1 /r",
        "xmm, imm8" => "66 0F 71 /2 ib",
        "xmm, xmm/m128" => "66 0F D1 /r",
    }
    psrld {
        "mm, imm8" => "0F 72 /2 ib",
        "mm, mm/m64" => "0F D2 /r",
        "xmm, imm8" => "66 0F 72 /2 ib",
        "xmm, xmm/m128" => "66 0F D2 /r",
    }
    psrlq {
        "mm, imm8" => "0F 73 /2 ib",
        "mm, mm/m64" => "0F D3 /r",
        "xmm, imm8" => "66 0F 73 /2 ib",
        "xmm, xmm/m128" => "66 0F D3 /r",
    }
    psraw {
        "mm, imm8" => "0F 71 /4 ib",
        "mm, mm/m64" => "0F E1 /r",
        "xmm, imm8" => "66 0F 71 /4 ib",
        "xmm, xmm/m128" => "66 0F E1 /r",
    }
    psrad {
        "mm, imm8" => "0F 72 /4 ib",
        "mm, mm/m64" => "0F E2 /r",
        "xmm, imm8" => "66 0F 72 /4 ib",
        "xmm, xmm/m128" => "66 0F E2 /r",
    }
    pslldq {
        "xmm, imm8" => "66 0F 73 /7 ib",
    }
    psrldq {
        "xmm, imm8" => "66 0F 73 /3 ib",
    }
    movd {
        "m32, xmm" => "66 0F 7E /r",
        "mm, rm32" => "0F 6E /r",
        "mm, rm64" => "REX.W 0F 6E /r",
        "xmm, rm32" => "66 0F 6E /r",
        "rm32, mm" => "0F 7E /r",
        "rm32, xmm" => "66 0F 7E /r",
        "rm64, mm" => "REX.W 0F 7E /r",
    }
    movq {
        // The store `66 0F D6` comes first; `movq xmm, xmm` is the load `F3 0F 7E`.
        "m64, xmm" => "66 0F D6 /r",
        "mm, mm/m64" => "0F 6F /r",
        "mm, rm64" => "REX.W 0F 6E /r",
        "xmm, m64" => "F3 0F 7E /r",
        "xmm, rm64" => "66 REX.W 0F 6E /r",
        "xmm, xmm" => "F3 0F 7E /r",
        "mm/m64, mm" => "0F 7F /r",
        "rm64, mm" => "REX.W 0F 7E /r",
        "rm64, xmm" => "66 REX.W 0F 7E /r",
    }
    movdqa {
        "m128, xmm" => "66 0F 7F /r",
        "xmm, m128" => "66 0F 6F /r",
        "xmm, xmm" => "66 0F 6F /r",
    }
    movdqu {
        "m128, xmm" => "F3 0F 7F /r",
        "xmm, m128" => "F3 0F 6F /r",
        "xmm, xmm" => "F3 0F 6F /r",
    }
    movntq { "m64, mm" => "0F E7 /r" }
    movntdq { "m128, xmm" => "66 0F E7 /r" }
    movdq2q { "mm, xmm" => "F2 0F D6 /r" }
    movq2dq { "xmm, mm" => "F3 0F D6 /r" }
    maskmovq { "mm, mm" => "0F F7 /r" }
    maskmovdqu { "xmm, xmm" => "66 0F F7 /r" }
    pextrw {
        "m16, xmm, imm8" => "66 0F 3A 15 /r ib",
        "r32, mm, imm8" => "0F C5 /r ib",
        "r32, xmm, imm8" => "66 0F C5 /r ib",
        // SSE4.1's register form (the memory half is taken by the first form).
        "r64m16, xmm, imm8" => "66 REX.W 0F 3A 15 /r ib",
    }
    pinsrw {
        "mm, r32m16, imm8" => "0F C4 /r ib",
        "mm, r16, imm8" => "0F C4 /r ib",
        "xmm, r32m16, imm8" => "66 0F C4 /r ib",
        "xmm, r16, imm8" => "66 0F C4 /r ib",
    }
    pmovmskb {
        "r32, mm" => "0F D7 /r",
        "r32, xmm" => "66 0F D7 /r",
    }
    pshufw { "mm, mm/m64, imm8" => "0F 70 /r ib" }
    pshufd { "xmm, xmm/m128, imm8" => "66 0F 70 /r ib" }
    pshufhw { "xmm, xmm/m128, imm8" => "F3 0F 70 /r ib" }
    pshuflw { "xmm, xmm/m128, imm8" => "F2 0F 70 /r ib" }
}
