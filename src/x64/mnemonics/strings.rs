//! String instructions (with `rep`/`repe`/`repne` prefixes) and `xlat` (`in`/`out` are in
//! `system.rs`; tests/cases/strings.tpl checks them too).
//!
//! `movsd` and `cmpsd` are also SSE2 mnemonics (`movsd xmm0, xmm1` = `F2 0F 10 /r`): the SSE
//! forms belong in these same statics, after the operand-less string form.
#![allow(missing_docs)]
use super::{Form, Mnemonic};

forms! {
    movsb { "" => "A4" }
    movsw { "" => "o16 A5" }
    movsd {
        "" => "A5",
        "xmm, xmm/m64" => "F2 0F 10 /r",
        "m64, xmm" => "F2 0F 11 /r",
    }
    movsq { "" => "REX.W A5" }
    cmpsb { "" => "A6" }
    cmpsw { "" => "o16 A7" }
    /// The oracle's SSE2 form takes `OWORD` memory (not `QWORD`); declasm takes `QWORD` too.
    cmpsd {
        "" => "A7",
        "xmm, xmm/m128, imm8" => "F2 0F C2 /r ib",
        "xmm, m64, imm8" => "F2 0F C2 /r ib",
    }
    cmpsq { "" => "REX.W A7" }
    scasb { "" => "AE" }
    scasw { "" => "o16 AF" }
    scasd { "" => "AF" }
    scasq { "" => "REX.W AF" }
    lodsb { "" => "AC" }
    lodsw { "" => "o16 AD" }
    lodsd { "" => "AD" }
    lodsq { "" => "REX.W AD" }
    stosb { "" => "AA" }
    stosw { "" => "o16 AB" }
    stosd { "" => "AB" }
    stosq { "" => "REX.W AB" }
    insb { "" => "6C" }
    insw { "" => "o16 6D" }
    insd { "" => "6D" }
    outsb { "" => "6E" }
    outsw { "" => "o16 6F" }
    outsd { "" => "6F" }
    xlat { "" => "D7" }
    xlatb { "" => "D7" }
}
