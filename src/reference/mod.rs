//! Reference documentation (no code): the language `dynasm!` accepts, every instruction with its
//! forms, and what differs from dynasm-rs.
//!
//! - [`language`]: statements, registers and dynamic registers, size keywords, immediates,
//!   memory references, type maps, labels, directives, `.alias`, `.feature`, prefixes, errors.
//! - [`instructions`]: every mnemonic, its operand forms in the order they are tried, their
//!   encoding and `.feature` groups (generated from the instruction tables).
//! - [`differences`]: what is unsupported, stricter or looser than in dynasm-rs 5.1, and the
//!   statements whose bytes differ, with the reason.
//! - [`aarch64`]: the `.arch aarch64` dialect (registers, arrangements, immediates and their
//!   run-time types, memory references, register lists, relocations);
//!   [`aarch64_instructions`]: every aarch64 mnemonic and its forms (generated from the tables).

#[doc = include_str!("language.md")]
pub mod language {}

#[doc = include_str!("instructions.md")]
pub mod instructions {}

#[doc = include_str!("differences.md")]
#[doc = include_str!("differences_table.md")]
pub mod differences {}

#[doc = include_str!("aarch64.md")]
pub mod aarch64 {}

#[doc = include_str!("aarch64_instructions.md")]
pub mod aarch64_instructions {}
