//! The AArch64 (A64) architecture: operands, instruction forms, the const fn encoder and its
//! tables.
//!
//! # How an instruction is encoded
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
//! # The tables
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

pub mod encoder;
pub mod form;
pub mod mnemonics;
pub mod operand;
