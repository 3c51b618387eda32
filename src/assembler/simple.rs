//! [`SimpleAssembler`]: bytes only, no labels.

use super::modifier::*;
use super::state::*;
use crate::{AssemblyOffset, DynasmApi};

/// An assembler without labels: just the bytes.
#[derive(Debug, Clone, Default)]
pub struct SimpleAssembler {
    /// The code emitted so far.
    pub ops: Vec<u8>,
}

impl SimpleAssembler {
    /// An empty assembler.
    pub fn new() -> Self {
        Self::default()
    }

    /// A modifier that rewrites the bytes emitted so far.
    pub fn alter(&mut self) -> UncommittedModifier<'_> {
        UncommittedModifier::new(&mut self.ops, AssemblyOffset(0))
    }

    /// Takes the code out, leaving the assembler empty.
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.ops)
    }

    /// Returns the code.
    pub fn finalize(self) -> Vec<u8> {
        self.ops
    }
}

impl Extend<u8> for SimpleAssembler {
    #[inline]
    fn extend<T: IntoIterator<Item = u8>>(&mut self, iter: T) {
        self.ops.extend(iter)
    }
}

impl<'a> Extend<&'a u8> for SimpleAssembler {
    #[inline]
    fn extend<T: IntoIterator<Item = &'a u8>>(&mut self, iter: T) {
        self.ops.extend(iter)
    }
}

impl DynasmApi for SimpleAssembler {
    #[inline]
    fn offset(&self) -> AssemblyOffset {
        AssemblyOffset(self.ops.len())
    }
    #[inline]
    fn push(&mut self, byte: u8) {
        self.ops.push(byte)
    }
    #[inline]
    fn align(&mut self, alignment: usize, with: u8) {
        let end = self.ops.len();
        pad(&mut self.ops, end, alignment, with)
    }
}
