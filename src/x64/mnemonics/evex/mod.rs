//! The EVEX (AVX-512) forms, one file per family. A mnemonic here is the EVEX half of the
//! instruction: tools/gen_tables.py appends these forms after those of the same mnemonic in the
//! parent module (legacy and VEX), so that VEX is chosen whenever it takes the operands and EVEX
//! otherwise (registers 16-31, zmm, masks, broadcast, rounding), as llvm-mc chooses.
//!
//! Rows are written as the Intel SDM's opcode tables: `"zmm{k}{z}, zmm, zmm/m512/m32bcst{er}" =>
//! "RVM: EVEX.512.0F.W0 58 /r [avx512f]"` (see [`super::super::form`] for the syntax).
#![allow(missing_docs)]

mod fp;
mod fp16;
mod int;
mod mov;

pub use fp::*;
pub use fp16::*;
pub use int::*;
pub use mov::*;
