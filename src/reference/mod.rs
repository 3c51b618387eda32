//! Reference documentation (no code): the language `dynasm!` accepts, every instruction with its
//! forms, and what differs from dynasm-rs.
//!
//! - [`language`]: statements, registers and dynamic registers, size keywords, immediates,
//!   memory references, type maps, labels, directives, `.alias`, `.feature`, prefixes, errors.
//! - [`instructions`]: every mnemonic, its operand forms in the order they are tried, their
//!   encoding and `.feature` groups (generated from the instruction tables).
//! - [`differences`]: what is unsupported, stricter or looser than in dynasm-rs 5.1, and the
//!   statements whose bytes differ, with the reason.

#[doc = include_str!("language.md")]
pub mod language {}

#[doc = include_str!("instructions.md")]
pub mod instructions {}

#[doc = include_str!("differences.md")]
#[doc = include_str!("differences_table.md")]
pub mod differences {}
