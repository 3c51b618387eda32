//! The AArch64 (A64) architecture: operands, instruction forms, the const fn encoder and its
//! tables.
//!
//! A statement's operands are described by [`operand::Op`]s; [`encoder::encode`] selects the
//! first form of the mnemonic (a static of [`mnemonics`]) whose patterns accept them and
//! returns the instruction word, with holes for values only known at run time.

pub mod encoder;
pub mod form;
pub mod mnemonics;
pub mod operand;
