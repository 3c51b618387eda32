//! The x64 architecture: registers, relocations, operand descriptors, form tables, const fn
//! encoders and the `dynasm!` front end.

pub mod diagnostics;
pub mod emit;
pub mod encoder;
pub mod form;
mod frontend;
pub mod mnemonics;
pub mod operand;
mod registers;
mod relocation;

pub use registers::*;
pub use relocation::X64Relocation;

/// An assembler for x64 code that hands out executable memory.
pub type Assembler = crate::Assembler<X64Relocation>;
/// Rewrites committed x64 code in place (see [`crate::Assembler::alter`]).
pub type AssemblyModifier<'a> = crate::Modifier<'a, X64Relocation>;
/// Rewrites not yet committed code (see [`crate::Assembler::alter_uncommitted`]).
pub type UncommittedModifier<'a> = crate::assembler::UncommittedModifier<'a>;
