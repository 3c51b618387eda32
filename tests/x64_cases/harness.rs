//! What every generated case calls: one statement assembled between the labels the record was
//! made with, its bytes compared with the recorded ones. `crate::rt` is declasm here, dynasmrt
//! 5.1 in oracle/tests/record (which uses this file too).

pub use crate::rt::{dynasm, DynasmApi as _, DynasmLabelApi as _};

/// The assembler the records were made with.
pub type Asm = crate::rt::VecAssembler<crate::rt::x64::X64Relocation>;

/// A fresh assembler at base 0x10000 with `->glob`, `back` and the returned dynamic label
/// defined at offset 0.
pub fn start() -> (Asm, crate::rt::DynamicLabel) {
    let mut a = Asm::new(0x10000);
    let dynl = a.new_dynamic_label();
    dynasm!(a ; ->glob: ; back: ; =>dynl);
    (a, dynl)
}

/// Defines `fwd` after the statement, finalizes, and compares with the record.
#[track_caller]
pub fn check(mut a: Asm, stmt: &str, expected: &str) {
    dynasm!(a ; fwd:);
    let got = match a.finalize() {
        Ok(b) => b
            .iter()
            .map(|x| format!("{x:02X}"))
            .collect::<Vec<_>>()
            .join(" "),
        Err(e) => format!("error {e:?}"),
    };
    if expected == "?" {
        // Not recorded yet: `tools/cases.py fill` runs the oracle's copy of this test with
        // DECLASM_CASES_FILL set and collects what it gives, in order, per test function.
        if let Ok(dir) = std::env::var("DECLASM_CASES_FILL") {
            use std::io::Write;
            let name = std::thread::current()
                .name()
                .unwrap_or("main")
                .replace("::", "__");
            let path = std::path::Path::new(&dir).join(name);
            let mut f = std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(path)
                .unwrap();
            writeln!(f, "{got}").unwrap();
            return;
        }
        panic!("`{stmt}` has no recorded bytes: run tools/cases.py fill");
    }
    assert_eq!(
        got,
        expected,
        "`{stmt}`: {} (left) and the record (right) differ",
        crate::RT
    );
}

/// `case!("HEX", dynl; statement)`: the statement must assemble to HEX.
/// `case!("OURS", "THEIRS", dynl; statement)`: a listed difference (SPEC rule 9): declasm must
/// give OURS, dynasmrt 5.1 THEIRS.
macro_rules! case {
    ($hex:literal, $dynl:ident; $($t:tt)*) => {{
        let (mut a, $dynl) = start();
        dynasm!(a ; $($t)*);
        check(a, stringify!($($t)*), $hex);
    }};
    ($ours:literal, $theirs:literal, $dynl:ident; $($t:tt)*) => {{
        let (mut a, $dynl) = start();
        dynasm!(a ; $($t)*);
        check(a, stringify!($($t)*), if crate::RT == "declasm" { $ours } else { $theirs });
    }};
}
pub(crate) use case;
