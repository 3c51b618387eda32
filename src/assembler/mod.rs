//! The assemblers: [`Assembler`] (executable memory), [`VecAssembler`] (a `Vec<u8>` for a given
//! load address), [`SimpleAssembler`] (bytes only, no labels), and the modifiers that rewrite
//! code in place.
//!
//! # How labels are resolved
//! A reference to a label that is already defined (`<name`, a global or dynamic label defined
//! earlier) is written into its field at once. A `>name` waits in a per-label chain and is written
//! when `name` is next defined. References to global and dynamic labels that are not defined yet
//! wait in a list that `commit` resolves. Values that depend on where the code is loaded
//! (`Absolute` references to labels, `AbsToRel` references to `extern` addresses) are written by
//! [`Assembler::commit`] once the buffer's address is known, and written again whenever the
//! buffer moves ("managed" relocations).

// (First: its `label_assembler_impls!` is used by the others.)
#[macro_use]
mod state;
mod executable;
mod modifier;
mod simple;
mod vec;

pub use executable::{Assembler, Executor};
pub use modifier::{Modifier, UncommittedModifier};
pub use simple::SimpleAssembler;
pub use vec::VecAssembler;
