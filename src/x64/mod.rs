//! The x64 architecture: registers, relocations, operand descriptors, form tables, const fn
//! encoders and the `dynasm!` front end.
//!
//! # How a statement is assembled
//!
//! `dynasm!` classifies each operand at macro-expansion time and emits, per instruction, a
//! `const` [`encoder::Enc`] computed by [`encoder::encode`] from the mnemonic's form table
//! ([`mnemonics`]): the first form that accepts the operands wins, in the order dynasm-rs 5.1
//! uses. What is only known at run time (immediates and displacements that are not literals,
//! dynamic registers, labels) fills holes in those constant bytes ([`emit`]).
//!
//! # Errors
//!
//! - No form for the operands, an impossible memory reference, an unknown operand size: a
//!   compile error (const evaluation fails) whose message quotes the statement and, when no
//!   form matched, lists the forms of the mnemonic.
//! - Unknown mnemonic: "cannot find value `...` in module `mnemonics`", with rustc's suggestion
//!   of a similar name.
//! - A dynamic register number out of range (`Rq(16)`, anything above 15): a panic with the
//!   message "declasm: dynamic register number out of range (0-15)" when the instruction is
//!   emitted. It never encodes another register. (The number is a run-time value and
//!   `DynasmApi` has no error channel at emission; a panic is the loud failure.)

pub mod diagnostics;
pub mod emit;
pub mod encoder;
pub mod feature;
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
