//! [`VecAssembler`]: code in a `Vec<u8>` for a given load address.

use super::modifier::*;
use super::state::*;
use crate::error::DynasmError;
use crate::labels::{DynamicLabel, LabelRegistry, StaticLabel};
use crate::relocations::Relocation;
use crate::{AssemblyOffset, DynasmApi, DynasmLabelApi};
use std::fmt;

/// An assembler that emits into a `Vec<u8>`, for code that will be loaded at address
/// `baseaddr` (absolute references resolve to `baseaddr + offset`).
///
/// Errors met while emitting (duplicate labels, references that cannot be written) are recorded
/// and returned by the next [`commit`](Self::commit), [`take`](Self::take),
/// [`drain`](Self::drain) or [`finalize`](Self::finalize); so are references to labels that are
/// still undefined at that point. After an error the code and labels are unchanged (nothing is
/// taken), so a missing label can still be defined.
pub struct VecAssembler<R: Relocation> {
    pub(super) ops: Vec<u8>,
    pub(super) baseaddr: usize,
    pub(super) state: LabelState<R>,
}

impl<R: Relocation> VecAssembler<R> {
    /// A new assembler for code loaded at `baseaddr`.
    pub fn new(baseaddr: usize) -> Self {
        VecAssembler {
            ops: Vec::with_capacity(FIRST_CAPACITY),
            baseaddr,
            state: LabelState::new(false),
        }
    }

    #[inline]
    pub(super) fn start(&self) -> usize {
        0
    }

    #[inline]
    pub(super) fn parts(&mut self) -> (&mut LabelState<R>, Out<'_>) {
        (
            &mut self.state,
            Out {
                bytes: &mut self.ops,
                start: 0,
                addr: Some(self.baseaddr),
            },
        )
    }

    /// Creates a new, undefined dynamic label.
    #[inline]
    pub fn new_dynamic_label(&mut self) -> DynamicLabel {
        self.state.registry.new_dynamic_label()
    }

    /// The labels defined so far.
    pub fn labels(&self) -> &LabelRegistry {
        &self.state.registry
    }

    /// The labels, for changing them directly.
    pub fn labels_mut(&mut self) -> &mut LabelRegistry {
        &mut self.state.registry
    }

    /// Resolves every reference made so far. Errors as described on [`VecAssembler`].
    pub fn commit(&mut self) -> Result<(), DynasmError> {
        let mut extra = Vec::new();
        let (state, mut out) = self.parts();
        state.resolve(&mut out, &mut extra)?;
        debug_assert!(extra.is_empty() && state.deferred.is_empty());
        state.finish_batch();
        Ok(())
    }

    /// A modifier that rewrites the bytes emitted so far.
    pub fn alter(&mut self) -> UncommittedModifier<'_> {
        UncommittedModifier::new(&mut self.ops, AssemblyOffset(0))
    }

    /// Commits and takes the code out, leaving the assembler empty: offsets start at 0 again and
    /// every label (dynamic label ids included) is forgotten.
    pub fn take(&mut self) -> Result<Vec<u8>, DynasmError> {
        self.commit()?;
        self.state.reset();
        Ok(std::mem::take(&mut self.ops))
    }

    /// Like [`take`](Self::take), but drains the bytes, keeping the vector's allocation.
    pub fn drain(&mut self) -> Result<impl Iterator<Item = u8> + '_, DynasmError> {
        self.commit()?;
        self.state.reset();
        Ok(self.ops.drain(..))
    }

    /// Commits and returns the code.
    pub fn finalize(mut self) -> Result<Vec<u8>, DynasmError> {
        self.commit()?;
        Ok(self.ops)
    }
}

label_assembler_impls!(VecAssembler);

impl<R: Relocation> fmt::Debug for VecAssembler<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VecAssembler")
            .field("len", &self.ops.len())
            .field("baseaddr", &self.baseaddr)
            .finish_non_exhaustive()
    }
}
