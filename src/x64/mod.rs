//! The x64 architecture: the assembler types, the relocation model and the register enums for
//! dynamic register operands.
//!
//! The language [`dynasm!`](crate::dynasm) accepts is described in
//! [the language reference](crate::reference::language), the instructions in
//! [the instruction reference](crate::reference::instructions).
//!
//! # How a statement is assembled
//!
//! `dynasm!` classifies each operand at macro-expansion time and emits, per instruction, a
//! `const` encoding computed from the mnemonic's form table: the first form that accepts the
//! operands wins, in the order dynasm-rs 5.1 uses. What is only known at run time (immediates
//! and displacements that are not literals, dynamic registers, labels) fills holes in those
//! constant bytes. The modules that do this (`encoder`, `operand`, `emit`, `mnemonics`,
//! `feature`) are public because the macro's expansion names them in the user's crate, and
//! hidden from the documentation: they are not part of the API.
//!
//! # Errors
//!
//! - No form for the operands, an impossible memory reference, an unknown operand size: a
//!   compile error (const evaluation fails) whose message quotes the statement and, when no
//!   form matched, lists the forms of the mnemonic.
//! - Unknown mnemonic: "cannot find value `...` in module `mnemonics`", with rustc's suggestion
//!   of a similar name.
//! - A dynamic register number out of range (`Rq(16)`, anything above 15; for vector registers
//!   of an EVEX form, above 31): a panic with the message "declasm: dynamic register number out
//!   of range" when the instruction is emitted. It never encodes another register. (The number is a run-time value and
//!   `DynasmApi` has no error channel at emission; a panic is the loud failure.)

#[doc(hidden)]
pub mod diagnostics;
#[doc(hidden)]
pub mod emit;
#[doc(hidden)]
pub mod encoder;
mod evex;
#[doc(hidden)]
pub mod feature;
#[doc(hidden)]
pub mod form;
mod frontend;
mod layout;
mod select;
mod vex;
// (The source tables, built only by tools/gen_tables.py, have no `TABLE` to check.)
#[cfg(not(declasm_source_tables))]
mod invariants;
#[doc(hidden)]
pub mod mnemonics;
#[doc(hidden)]
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
pub type UncommittedModifier<'a> = crate::UncommittedModifier<'a>;
