//! The instruction tables: every mnemonic is a `static` [`Mnemonic`] named after it, with its
//! forms in the order they are tried (the order dynasm-rs 5.1 is observed to use).
//!
//! `dynasm!` refers to `$crate::x64::mnemonics::<mnemonic>`, so an unknown mnemonic is a
//! "cannot find value" error with rustc's similar-name suggestion.
#![allow(non_upper_case_globals)]

pub use super::form::{Form, Mnemonic};

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

mod arith;
mod avx;
mod avx2;
mod bits;
mod bmi;
mod control;
mod ext;
mod extra;
mod fma;
mod moves;
mod packed;
mod sse;
mod sse4;
mod strings;
mod system;
mod x87;

pub use arith::*;
pub use avx::*;
pub use avx2::*;
pub use bits::*;
pub use bmi::*;
pub use control::*;
pub use ext::*;
pub use extra::*;
pub use fma::*;
pub use moves::*;
pub use packed::*;
pub use sse::*;
pub use sse4::*;
pub use strings::*;
pub use system::*;
pub use x87::*;
