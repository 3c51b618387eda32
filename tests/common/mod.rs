//! Shared helpers of the differential tests: the same dynasm! text assembled by declasm and by
//! the oracle, dynasmrt 5.1, must give the same bytes.
#![allow(unused_macros, unused_imports, dead_code)]

pub use declasm::{DynasmApi as _, DynasmLabelApi as _};
pub use dynasmrt::{DynasmApi as _, DynasmLabelApi as _};

/// Assembles one statement with both crates (with labels `->glob`, `>fwd`, `<back` and `=>dynl`
/// defined around it) and compares the bytes.
/// `$dynl` is the name the statement uses for the dynamic label (macro hygiene needs it from
/// the caller).
macro_rules! same {
    ($dynl:ident; $($t:tt)*) => {{
        use common::*;
        let mut a = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0x10000);
        {
            let $dynl = a.new_dynamic_label();
            declasm::dynasm!(a ; .arch x64 ; ->glob: ; back: ; =>$dynl ; $($t)* ; fwd:);
        }
        let mut b = dynasmrt::VecAssembler::<dynasmrt::x64::X64Relocation>::new(0x10000);
        {
            let $dynl = b.new_dynamic_label();
            dynasmrt::dynasm!(b ; .arch x64 ; ->glob: ; back: ; =>$dynl ; $($t)* ; fwd:);
        }
        common::check(stringify!($($t)*), a.finalize().map_err(|e| format!("{e:?}")), b.finalize().map_err(|e| format!("{e:?}")));
    }};
}
pub(crate) use same;

/// Assembles one statement with declasm only (labels as in [`same!`]) and compares the bytes with
/// `$hex` (from llvm-mc and GNU as: instructions dynasm-rs lacks, tools/llvm_cases.py).
macro_rules! expect_bytes {
    ($dynl:ident; $($t:tt)*) => {
        common::expect_bytes!(@split [] $dynl; $($t)*)
    };
    (@split [$($s:tt)*] $dynl:ident; ; $hex:literal) => {{
        use common::*;
        let mut a = declasm::VecAssembler::<declasm::x64::X64Relocation>::new(0x10000);
        {
            let $dynl = a.new_dynamic_label();
            declasm::dynasm!(a ; .arch x64 ; ->glob: ; back: ; =>$dynl ; $($s)* ; fwd:);
        }
        let got = a
            .finalize()
            .map(|b| b.iter().map(|x| format!("{x:02X}")).collect::<Vec<_>>().join(" "))
            .map_err(|e| format!("{e:?}"));
        assert_eq!(got, Ok($hex.to_string()), "`{}`", stringify!($($s)*));
    }};
    (@split [$($s:tt)*] $dynl:ident; $n:tt $($t:tt)*) => {
        common::expect_bytes!(@split [$($s)* $n] $dynl; $($t)*)
    };
}
pub(crate) use expect_bytes;

#[track_caller]
pub fn check(stmt: &str, ours: Result<Vec<u8>, String>, oracle: Result<Vec<u8>, String>) {
    let hex = |r: &Result<Vec<u8>, String>| match r {
        Ok(b) => b
            .iter()
            .map(|x| format!("{x:02X}"))
            .collect::<Vec<_>>()
            .join(" "),
        Err(e) => format!("error {e}"),
    };
    if let Some((dynasm_hex, declasm_hex)) = listed_difference(stmt) {
        // A deliberate difference (tests/cases/differences.txt): dynasm-rs's bytes mean another
        // instruction; both crates must give the bytes listed there.
        assert_eq!(
            hex(&oracle),
            dynasm_hex,
            "`{stmt}`: dynasmrt no longer gives the bytes differences.txt lists"
        );
        assert_eq!(
            hex(&ours),
            declasm_hex,
            "`{stmt}`: declasm does not give the bytes differences.txt lists"
        );
        return;
    }
    assert_eq!(
        hex(&ours),
        hex(&oracle),
        "`{stmt}`: declasm (left) and dynasmrt (right) differ"
    );
}

/// The dynasm-rs and declasm bytes tests/cases/differences.txt lists for `stmt` (compared with
/// the whitespace removed: `stringify!` spaces tokens its own way).
pub fn listed_difference(stmt: &str) -> Option<(&'static str, &'static str)> {
    let key: String = stmt.split_whitespace().collect();
    include_str!("../cases/differences.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| {
            let mut f = l.split('\t');
            let s: String = f.next()?.split_whitespace().collect();
            (s == key).then(|| (f.next().unwrap_or(""), f.next().unwrap_or("")))
        })
}
