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
