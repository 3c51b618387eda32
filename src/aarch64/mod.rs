//! The aarch64 architecture: the assembler types, the relocation model and the register enums
//! for dynamic register operands, with the names of dynasmrt 5.1's `aarch64` module.
//!
//! An instruction is one 32-bit little-endian word. A label reference writes a bit field of
//! that word when the label is resolved ([`Aarch64Relocation`], [`Aarch64Field`]): the branch
//! and literal-load displacements, `ADR`'s byte offset and `ADRP`'s page offset, each checked for
//! range and alignment; a target out of reach is a
//! [`DynasmError::ImpossibleRelocation`](crate::DynasmError::ImpossibleRelocation) from
//! `commit`/`finalize`/`alter`, never a panic.
//!
//! On aarch64 hosts [`Assembler`] cleans the data cache and invalidates the instruction cache
//! over every range of code it commits or alters (see the `cache` module's source), so the
//! processor runs the new instructions.
//!
//! ```
//! use declasm::aarch64::{Aarch64Relocation, RX};
//! use declasm::{DynasmApi, DynasmLabelApi, Relocation, VecAssembler};
//!
//! let mut ops = VecAssembler::<Aarch64Relocation>::new(0);
//! ops.global_label("top");
//! ops.push_u32(0xD503_201F); // nop
//! ops.push_u32(0x1400_0000); // b ->top
//! ops.global_relocation("top", 0, 4, 4, Aarch64Relocation::from_encoding(Aarch64Relocation::B));
//! let code = ops.finalize().unwrap();
//! assert_eq!(code[4..], [0xFF, 0xFF, 0xFF, 0x17]); // b #-4
//! assert_eq!(RX::XZR as u8, 31);
//! ```

//!
//! # The encoder (for the `.arch aarch64` front end, in progress)
//!
//! ## How an instruction is encoded
//!
//! The front end describes each operand as an [`operand::Op`] (a flat struct: register class
//! and number or [`operand::DYN`], arrangement, immediate value and state, shift/extend, memory
//! base/offset/index/write-back, list, element, condition, ...). [`encoder::encode`] tries the
//! mnemonic's forms in order ([`mnemonics`], one `static` per mnemonic) and takes the first whose
//! operand patterns accept the operands, as the x64 side does: a literal immediate is accepted
//! only where the form can encode its value, so `ldr x0, [x1, #8]` takes the scaled form and
//! `ldr x0, [x1, #8]!` the pre-index one. The result ([`encoder::Enc`]) is the instruction word
//! with the known fields, a hole ([`encoder::Hole`]) per run-time value (the immediate kind gives
//! the fields, encoding and range check; a dynamic register its 5-bit field(s)) filled by
//! [`encoder::fill`], and the relocation kind of a label operand ([`form::reloc`]).
//!
//! No form: a [`encoder::Failure`] whose message names the operand and the range the value must
//! be in (`the third operand: value out of range, expected 0 to 4095 (form ...)`), or lists the
//! forms when no form takes the operands' kinds.
//!
//! ## The tables
//!
//! One row per form, written as the ARM ARM's assembler template and encoding diagram
//! (see [`form`]): `"<Xd|SP>, <Xn|SP>, #<imm12>{, LSL #<lsl12>}" => "1 0 0 100010 sh imm12 Rn Rd"`.
//! Aliases are rows of their own mnemonic with the fixed fields in the diagram (`cmp` is SUBS
//! with `11111` for Rd, `cinc` CSINC with Rn written twice and the condition inverted). Rows are
//! parsed by `const fn` while declasm compiles, and checked: 32 bits, every field written by an
//! operand, every operand's field in the diagram.
//!
//! Policy follows dynasm-rs 5.1 as surveyed (tools/a64/dialect_notes.md of the survey): `mov` with
//! an immediate is MOVZ only (`mov.inverted`, `mov.logical` are the MOVN/ORR spellings), no
//! automatic switch to another encoding (`add x0, x1, #4096`, `ldr x0, [x1, #-8]` are refused;
//! `ldur` is its own mnemonic), prefetch operations and system registers are numbers.

pub(crate) mod cache;
mod immediate;
mod registers;
mod relocation;

pub use immediate::*;
pub use registers::*;
pub use relocation::{Aarch64Field, Aarch64Relocation};

/// An assembler for aarch64 code that hands out executable memory.
pub type Assembler = crate::Assembler<Aarch64Relocation>;
/// Rewrites committed aarch64 code in place (see [`crate::Assembler::alter`]).
pub type AssemblyModifier<'a> = crate::Modifier<'a, Aarch64Relocation>;
/// Rewrites not yet committed code (see [`crate::Assembler::alter_uncommitted`]).
pub type UncommittedModifier<'a> = crate::UncommittedModifier<'a>;

// The encoder and its tables: internals of the `dynasm!` front end for aarch64.
#[doc(hidden)]
pub mod emit;
#[doc(hidden)]
pub mod encoder;
#[doc(hidden)]
pub mod form;
mod frontend;
#[doc(hidden)]
pub mod mnemonics;
#[doc(hidden)]
pub mod operand;
