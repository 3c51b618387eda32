//! The A64 instruction tables: every mnemonic is a [`Mnemonic`] static named after it (`b.eq`
//! is `b_eq`), with its forms in the order they are tried; [`ALL`] lists them.
//!
//! The rows are written like the ARM ARM (see [`super::form`]) and parsed by `const fn` while
//! declasm compiles. (x64 pre-parses its tables with tools/gen_tables.py for compile time; these
//! tables are small enough so far to be parsed in place.)
#![allow(non_upper_case_globals)]

pub use super::form::{Form, Mnemonic};

/// Declares mnemonics and their forms: `name { "operands" => "diagram", ... }` (or
/// `name = "b.eq" { ... }` when the mnemonic is not an identifier). Each file lists its mnemonics in `ROWS`.
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

pub mod atomic;
pub mod branch;
pub mod crypto;
pub mod dp_imm;
pub mod dp_reg;
pub mod fp;
pub mod ldst;
pub mod pauth;
pub mod simd;
pub mod system;

pub use atomic::*;
pub use branch::*;
pub use crypto::*;
pub use dp_imm::*;
pub use dp_reg::*;
pub use fp::*;
pub use ldst::*;
pub use pauth::*;
pub use simd::*;
pub use system::*;

/// Every mnemonic, file by file.
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
