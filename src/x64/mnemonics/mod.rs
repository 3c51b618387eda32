//! The instruction tables: every mnemonic is a [`Mnemonic`] in [`TABLE`], with its forms in the
//! order they are tried (the order dynasm-rs 5.1 is observed to use), and a constant named after
//! it holds its [`MnemonicId`].
//!
//! `dynasm!` refers to `$crate::x64::mnemonics::<mnemonic>`, so an unknown mnemonic is a
//! "cannot find value" error with rustc's similar-name suggestion.
//!
//! The tables are written as the manual reads, one row of text per form (the files of this
//! module). Parsing the rows with `const fn` while declasm compiles would cost seconds, so the
//! crate compiles `generated.rs` instead: the same tables pre-parsed into struct literals by
//! `tools/gen_tables.py` (which builds declasm with `--cfg declasm_source_tables` to parse the
//! rows, and CI checks it is up to date).
#![allow(non_upper_case_globals)]

pub use super::form::{Form, Mnemonic, MnemonicId};

#[cfg(declasm_source_tables)]
/// Declares mnemonics and their forms: `name { "operands" => "encoding", ... }`.
macro_rules! forms {
    ($($(#[$doc:meta])* $name:ident { $($ops:literal => $enc:expr),* $(,)? })*) => {
        $(
            $(#[$doc])*
            pub static $name: Mnemonic =
                Mnemonic::new(stringify!($name), &[$(Form::parse($ops, $enc)),*]);
        )*
    };
}

#[cfg(declasm_source_tables)]
mod arith;
#[cfg(declasm_source_tables)]
mod avx;
#[cfg(declasm_source_tables)]
mod avx2;
#[cfg(declasm_source_tables)]
mod bits;
#[cfg(declasm_source_tables)]
mod bmi;
#[cfg(declasm_source_tables)]
mod control;
#[cfg(declasm_source_tables)]
pub mod evex;
#[cfg(declasm_source_tables)]
mod ext;
#[cfg(declasm_source_tables)]
mod extra;
#[cfg(declasm_source_tables)]
mod fma;
#[cfg(declasm_source_tables)]
mod modern;
#[cfg(declasm_source_tables)]
mod moves;
#[cfg(declasm_source_tables)]
mod packed;
#[cfg(declasm_source_tables)]
mod sse;
#[cfg(declasm_source_tables)]
mod sse4;
#[cfg(declasm_source_tables)]
mod strings;
#[cfg(declasm_source_tables)]
mod system;
#[cfg(declasm_source_tables)]
mod x87;

#[cfg(declasm_source_tables)]
pub use arith::*;
#[cfg(declasm_source_tables)]
pub use avx::*;
#[cfg(declasm_source_tables)]
pub use avx2::*;
#[cfg(declasm_source_tables)]
pub use bits::*;
#[cfg(declasm_source_tables)]
pub use bmi::*;
#[cfg(declasm_source_tables)]
pub use control::*;
#[cfg(declasm_source_tables)]
pub use ext::*;
#[cfg(declasm_source_tables)]
pub use extra::*;
#[cfg(declasm_source_tables)]
pub use fma::*;
#[cfg(declasm_source_tables)]
pub use modern::*;
#[cfg(declasm_source_tables)]
pub use moves::*;
#[cfg(declasm_source_tables)]
pub use packed::*;
#[cfg(declasm_source_tables)]
pub use sse::*;
#[cfg(declasm_source_tables)]
pub use sse4::*;
#[cfg(declasm_source_tables)]
pub use strings::*;
#[cfg(declasm_source_tables)]
pub use system::*;
#[cfg(declasm_source_tables)]
pub use x87::*;

/// With the source tables (only built by tools/gen_tables.py, which reads the `static`s the
/// `forms!` rows define) there is no table by id: `dynasm!` needs the generated tables.
#[cfg(declasm_source_tables)]
pub static TABLE: [Mnemonic; 0] = [];

#[cfg(not(declasm_source_tables))]
mod generated;
#[cfg(not(declasm_source_tables))]
pub use generated::*;
