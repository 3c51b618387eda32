//! String instructions (with `rep`/`repe`/`repne` prefixes) and `xlat` (`in`/`out` are in
//! `system.rs`; tests/cases/strings.tpl checks them too).
//!
//! `movsd` and `cmpsd` are also SSE2 mnemonics (`movsd xmm0, xmm1` = `F2 0F 10 /r`): the SSE
//! forms belong in these same statics, after the operand-less string form. `{rep}` and `{repe}`
//! mark the forms that take `rep` and `repe`/`repne` (as dynasm-rs).
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    movsb { "" => "A4 {rep}" }
    movsw { "" => "o16 A5 {rep}" }
    movsd {
        "" => "A5 {rep}",
        "xmm, xmm/m64" => "F2 0F 10 /r",
        "m64, xmm" => "F2 0F 11 /r",
    }
    movsq { "" => "REX.W A5 {rep}" }
    cmpsb { "" => "A6 {repe}" }
    cmpsw { "" => "o16 A7 {repe}" }
    /// The oracle's SSE2 form takes `OWORD` memory (not `QWORD`); declasm takes `QWORD` too.
    cmpsd {
        "" => "A7 {repe}",
        "xmm, xmm/m128, imm8" => "F2 0F C2 /r ib",
        "xmm, m64, imm8" => "F2 0F C2 /r ib",
    }
    cmpsq { "" => "REX.W A7 {repe}" }
    scasb { "" => "AE {repe}" }
    scasw { "" => "o16 AF {repe}" }
    scasd { "" => "AF {repe}" }
    scasq { "" => "REX.W AF {repe}" }
    lodsb { "" => "AC {rep}" }
    lodsw { "" => "o16 AD {rep}" }
    lodsd { "" => "AD {rep}" }
    lodsq { "" => "REX.W AD {rep}" }
    stosb { "" => "AA {rep}" }
    stosw { "" => "o16 AB {rep}" }
    stosd { "" => "AB {rep}" }
    stosq { "" => "REX.W AB {rep}" }
    insb { "" => "6C {rep}" }
    insw { "" => "o16 6D {rep}" }
    insd { "" => "6D {rep}" }
    outsb { "" => "6E {rep}" }
    outsw { "" => "o16 6F {rep}" }
    outsd { "" => "6F {rep}" }
    xlat { "" => "D7" }
    xlatb { "" => "D7" }
}
