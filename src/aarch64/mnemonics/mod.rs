//! The A64 instruction tables: every mnemonic is a [`Mnemonic`] static named after it (`b.eq`
//! is `b_eq`, `yield` is `yield_`), with its forms in the order they are tried; [`ALL`] lists
//! them.
//!
//! The tables are written as the ARM ARM reads (the files of this module, rows parsed by
//! [`Form::parse`], see [`super::form`]). Parsing the 2309 rows with `const fn` costs about 16 s
//! of a cold (non-incremental) build of declasm, so the crate compiles `generated.rs` instead:
//! the same tables pre-parsed into struct literals by `tools/a64_gen_tables.py` (which builds
//! the source tables with `--cfg declasm_source_tables` and prints them; `--check` fails if
//! generated.rs is not current), as x64 does.
#![allow(non_upper_case_globals)]

pub use super::form::{Form, Mnemonic};

/// Declares mnemonics and their forms: `name { "operands" => "diagram", ... }` (or
/// `name = "b.eq" { ... }` when the mnemonic is not an identifier). Each file lists its mnemonics in `ROWS`.
#[cfg(declasm_source_tables)]
macro_rules! forms {
    ($($(#[$doc:meta])* $name:ident $(= $text:literal)? { $($ops:expr => $enc:expr),* $(,)? })*) => {
        $(
            $(#[$doc])*
            pub static $name: Mnemonic =
                Mnemonic::new(forms!(@name $name $($text)?), &[$(Form::parse($ops, $enc)),*]);
        )*
    };
    (@name $name:ident) => { stringify!($name) };
    (@name $name:ident $text:literal) => { $text };
}

#[cfg(declasm_source_tables)]
pub mod atomic;
#[cfg(declasm_source_tables)]
pub mod branch;
#[cfg(declasm_source_tables)]
pub mod crypto;
#[cfg(declasm_source_tables)]
pub mod dp_imm;
#[cfg(declasm_source_tables)]
pub mod dp_reg;
#[cfg(declasm_source_tables)]
pub mod fp;
#[cfg(declasm_source_tables)]
pub mod ldst;
#[cfg(declasm_source_tables)]
pub mod pauth;
#[cfg(declasm_source_tables)]
pub mod simd;
#[cfg(declasm_source_tables)]
pub mod system;

#[cfg(declasm_source_tables)]
pub use atomic::*;
#[cfg(declasm_source_tables)]
pub use branch::*;
#[cfg(declasm_source_tables)]
pub use crypto::*;
#[cfg(declasm_source_tables)]
pub use dp_imm::*;
#[cfg(declasm_source_tables)]
pub use dp_reg::*;
#[cfg(declasm_source_tables)]
pub use fp::*;
#[cfg(declasm_source_tables)]
pub use ldst::*;
#[cfg(declasm_source_tables)]
pub use pauth::*;
#[cfg(declasm_source_tables)]
pub use simd::*;
#[cfg(declasm_source_tables)]
pub use system::*;

/// Every mnemonic, file by file.
#[cfg(declasm_source_tables)]
pub static ALL: [&[&Mnemonic]; 11] = [
    dp_imm::ROWS,
    dp_reg::ROWS,
    ldst::ROWS,
    branch::ROWS,
    branch::BCOND,
    system::ROWS,
    fp::ROWS,
    simd::ROWS,
    atomic::ROWS,
    crypto::ROWS,
    pauth::ROWS,
];

#[cfg(not(declasm_source_tables))]
#[rustfmt::skip]
mod generated;
#[cfg(not(declasm_source_tables))]
pub use generated::*;
