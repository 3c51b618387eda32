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
    assert_eq!(
        hex(&ours),
        hex(&oracle),
        "`{stmt}`: declasm (left) and dynasmrt (right) differ"
    );
}
