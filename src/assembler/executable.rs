//! [`Assembler`]: code in executable memory, committed in place, shared with [`Executor`]s.

use super::modifier::*;
use super::state::*;
use crate::debuginfo::DebugInfo;
use crate::error::{DynasmError, TargetKind};
use crate::labels::{DynamicLabel, LabelRegistry, StaticLabel};
use crate::memory::{ExecutableBuffer, MutableBuffer};
use crate::relocations::Relocation;
use crate::{AssemblyOffset, DynasmApi, DynasmLabelApi};
use std::fmt;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// Takes a read lock, ignoring poisoning (the buffer is always left consistent).
#[inline]
pub(super) fn read(lock: &RwLock<ExecutableBuffer>) -> RwLockReadGuard<'_, ExecutableBuffer> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

/// Takes the write lock, ignoring poisoning.
#[inline]
pub(super) fn write(lock: &RwLock<ExecutableBuffer>) -> RwLockWriteGuard<'_, ExecutableBuffer> {
    lock.write().unwrap_or_else(PoisonError::into_inner)
}

/// An assembler that emits into executable memory.
///
/// Code is emitted into a staging `Vec<u8>`; [`commit`](Self::commit) resolves its labels and
/// copies it into an [`ExecutableBuffer`] shared with every [`Executor`] (see
/// [`reader`](Self::reader)). The buffer is readable and executable, never writable and executable
/// at once: a commit takes the write lock only while it makes the buffer writable, copies, and
/// makes it executable again (or while it swaps in a bigger buffer).
///
/// ```
/// use declasm::{DynasmApi, x64::Assembler};
/// let mut ops = Assembler::new().unwrap();
/// let start = ops.offset();
/// ops.extend(&[0xB8, 0x2A, 0x00, 0x00, 0x00, 0xC3]); // mov eax, 42; ret
/// ops.commit().unwrap();
/// let reader = ops.reader();
/// let code = reader.lock();
/// // SAFETY: the bytes at `start` are a complete sysv64 function returning an i32, and the read
/// // guard keeps the buffer alive and executable while it runs.
/// let f: extern "sysv64" fn() -> i32 = unsafe { std::mem::transmute(code.ptr(start)) };
/// assert_eq!(f(), 42);
/// ```
pub struct Assembler<R: Relocation> {
    /// Code not committed yet; it starts at assembly offset `committed`.
    pub(super) ops: Vec<u8>,
    /// Length of the committed code.
    pub(super) committed: usize,
    /// Size of the executable buffer.
    pub(super) capacity: usize,
    /// Address of the executable buffer.
    pub(super) address: usize,
    pub(super) buffer: Arc<RwLock<ExecutableBuffer>>,
    pub(super) state: LabelState<R>,
    /// Committed relocations that depend on the buffer's address.
    pub(super) managed: Vec<Managed<R>>,
    /// Names, profiler/debugger outputs and the listing (`crate::debuginfo`); `None` until
    /// asked for.
    pub(crate) debug: Option<Box<DebugInfo>>,
    /// Why [`finalize`](Self::finalize) failed, shown by `Debug` (so that
    /// `finalize().unwrap()` names the problem, as with dynasmrt).
    pub(super) error: Option<DynasmError>,
}

impl<R: Relocation> Assembler<R> {
    /// A new assembler with an executable buffer of one page.
    pub fn new() -> io::Result<Self> {
        Self::new_with_capacity(R::page_size())
    }

    /// A new assembler with an executable buffer of at least `capacity` bytes.
    pub fn new_with_capacity(capacity: usize) -> io::Result<Self> {
        let capacity = round_to_page::<R>(capacity.max(1));
        let buffer = ExecutableBuffer::new(capacity)?;
        let address = buffer.base() as usize;
        Ok(Assembler {
            ops: Vec::with_capacity(FIRST_CAPACITY),
            committed: 0,
            capacity,
            address,
            buffer: Arc::new(RwLock::new(buffer)),
            state: LabelState::new(true),
            managed: Vec::new(),
            debug: DebugInfo::from_env(address),
            error: None,
        })
    }

    #[inline]
    pub(super) fn start(&self) -> usize {
        self.committed
    }

    #[inline]
    pub(super) fn parts(&mut self) -> (&mut LabelState<R>, Out<'_>) {
        (
            &mut self.state,
            Out {
                bytes: &mut self.ops,
                start: self.committed,
                addr: None,
            },
        )
    }

    /// The offset of the next byte to be emitted.
    #[inline]
    pub fn offset(&self) -> AssemblyOffset {
        AssemblyOffset(self.committed + self.ops.len())
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

    /// A handle to the executable buffer that can be sent to other threads.
    pub fn reader(&self) -> Executor {
        Executor {
            buffer: Arc::clone(&self.buffer),
        }
    }

    /// Resolves the labels of the code emitted since the last commit and makes that code
    /// executable (visible through [`Executor::lock`]).
    ///
    /// # Errors
    /// [`DynasmError::UnknownLabel`] for a reference to a label that is not defined,
    /// [`DynasmError::DuplicateLabel`] if a global or dynamic label was defined twice,
    /// [`DynasmError::ImpossibleRelocation`] if a value does not fit its field.
    ///
    /// After an error nothing has been committed and nothing is forgotten: the uncommitted code
    /// and its labels stay as they were, the executable buffer is unchanged, and the next commit
    /// tries again. A missing label can still be defined before that next commit; other errors
    /// persist until [`discard_uncommitted`](Self::discard_uncommitted) drops the failed code.
    ///
    /// # Panics
    /// Only if the operating system refuses memory or a protection change.
    pub fn commit(&mut self) -> Result<(), DynasmError> {
        let mut extra = Vec::new();
        {
            let (state, mut out) = self.parts();
            state.resolve(&mut out, &mut extra)?;
        }
        let end = self.committed + self.ops.len();
        if end > self.capacity {
            self.commit_grow(end, &extra)?;
        } else if !self.ops.is_empty() {
            let address = self.address;
            let mut out = Out {
                bytes: &mut self.ops,
                start: self.committed,
                addr: Some(address),
            };
            for m in self.state.deferred.iter().chain(&extra) {
                out.apply(m.site, m.target, m.what, &mut Vec::new())?;
            }
            let mut guard = write(&self.buffer);
            let mut mutable = std::mem::replace(&mut *guard, ExecutableBuffer::placeholder())
                .make_mut()
                .expect("declasm: cannot make the code buffer writable");
            mutable.full_mut()[self.committed..end].copy_from_slice(&self.ops);
            mutable.set_len(end);
            *guard = mutable
                .make_exec()
                .expect("declasm: cannot make the code buffer executable");
            sync_code(&guard, self.committed, end - self.committed);
        }
        self.managed.append(&mut self.state.deferred);
        self.managed.append(&mut extra);
        let from = std::mem::replace(&mut self.committed, end);
        self.ops.clear();
        self.state.finish_batch();
        if self.debug.is_some() {
            self.debug_committed(from);
        }
        Ok(())
    }

    /// The commit of code that does not fit the buffer: builds a bigger one and swaps it in.
    pub(super) fn commit_grow(
        &mut self,
        end: usize,
        extra: &[Managed<R>],
    ) -> Result<(), DynasmError> {
        let capacity = round_to_page::<R>(end.max(self.capacity.saturating_mul(2)));
        let mut mutable =
            MutableBuffer::new(capacity).expect("declasm: cannot allocate a code buffer");
        let address = mutable.full_mut().as_mut_ptr() as usize;
        {
            let bytes = mutable.full_mut();
            bytes[..self.committed].copy_from_slice(&read(&self.buffer)[..self.committed]);
            bytes[self.committed..end].copy_from_slice(&self.ops);
            let mut out = Out {
                bytes: &mut bytes[..end],
                start: 0,
                addr: Some(address),
            };
            for m in &self.managed {
                out.apply(m.site, m.target, TargetKind::Managed, &mut Vec::new())?;
            }
            for m in self.state.deferred.iter().chain(extra) {
                out.apply(m.site, m.target, m.what, &mut Vec::new())?;
            }
        }
        mutable.set_len(end);
        let executable = mutable
            .make_exec()
            .expect("declasm: cannot make the code buffer executable");
        sync_code(&executable, 0, end);
        let old = std::mem::replace(&mut *write(&self.buffer), executable);
        drop(old);
        self.capacity = capacity;
        self.address = address;
        Ok(())
    }

    /// Drops the code emitted since the last successful commit, with its relocations, its
    /// recorded errors and the labels it defined (a local label defined in it gets its previous
    /// definition back). Dynamic label ids stay allocated. Use it to recover from a failed
    /// [`commit`](Self::commit).
    pub fn discard_uncommitted(&mut self) {
        self.ops.clear();
        self.state.rollback();
        #[cfg(feature = "listing")]
        if let Some(debug) = self.debug.as_deref_mut() {
            debug.discard(self.committed);
        }
    }

    /// Commits and returns the executable buffer.
    ///
    /// On failure the assembler is returned, and its `Debug` names the error (so that
    /// `finalize().unwrap()` shows it).
    ///
    /// Returns `Err(self)` if the commit fails (calling [`commit`](Self::commit) on the returned
    /// assembler gives the [`DynasmError`]) or if an [`Executor`] still shares the buffer.
    #[allow(clippy::result_large_err)] // dynasmrt's signature
    pub fn finalize(mut self) -> Result<ExecutableBuffer, Self> {
        if let Err(e) = self.commit() {
            self.error = Some(e);
            return Err(self);
        }
        match Arc::try_unwrap(self.buffer) {
            Ok(lock) => {
                if let Some(debug) = self.debug.take() {
                    debug.detach();
                }
                Ok(lock.into_inner().unwrap_or_else(PoisonError::into_inner))
            }
            Err(buffer) => {
                self.buffer = buffer;
                Err(self)
            }
        }
    }

    /// Commits, then lets `f` rewrite the committed code through a [`Modifier`] (which starts at
    /// offset 0; use [`Modifier::goto`]).
    ///
    /// The buffer is writable (and not executable) while `f` runs, under the write lock: `f` must
    /// not lock an [`Executor`] of this assembler (that would deadlock). The changes are all or
    /// nothing: if the modifier wrote out of bounds or a relocation fails, every byte it wrote is
    /// restored and the error returned.
    ///
    /// # Errors
    /// The commit's error; [`DynasmError::CheckFailed`] for a write past the end of the committed
    /// code; the errors of the modifier's relocations and label definitions.
    pub fn alter<F, O>(&mut self, f: F) -> Result<O, DynasmError>
    where
        F: FnOnce(&mut Modifier<'_, R>) -> O,
    {
        self.commit()?;
        let buffer = Arc::clone(&self.buffer);
        let mut guard = write(&buffer);
        let mut mutable = std::mem::replace(&mut *guard, ExecutableBuffer::placeholder())
            .make_mut()
            .expect("declasm: cannot make the code buffer writable");
        let committed = self.committed;
        let address = self.address;
        let (result, written, managed) = {
            let mut modifier = Modifier {
                bytes: &mut mutable.full_mut()[..committed],
                position: 0,
                address,
                registry: &mut self.state.registry,
                globals: Vec::new(),
                dynamics: Vec::new(),
                managed: Vec::new(),
                undo_spans: Vec::new(),
                undo_bytes: Vec::new(),
                defined: Vec::new(),
                error: None,
            };
            match panic::catch_unwind(AssertUnwindSafe(|| f(&mut modifier))) {
                Ok(output) => match modifier.finish() {
                    Ok(()) => (
                        Ok(output),
                        std::mem::take(&mut modifier.undo_spans),
                        std::mem::take(&mut modifier.managed),
                    ),
                    Err(error) => {
                        modifier.undo();
                        (Err(error), Vec::new(), Vec::new())
                    }
                },
                Err(payload) => {
                    modifier.undo();
                    drop(modifier);
                    *guard = mutable
                        .make_exec()
                        .expect("declasm: cannot make the code buffer executable");
                    drop(guard);
                    panic::resume_unwind(payload);
                }
            }
        };
        *guard = mutable
            .make_exec()
            .expect("declasm: cannot make the code buffer executable");
        for &(start, len) in &written {
            sync_code(&guard, start, len);
        }
        drop(guard);
        if result.is_ok() {
            if !written.is_empty() {
                self.managed.retain(|m| {
                    let (start, end) = (m.site.field, m.site.field + m.site.reloc.size());
                    !written.iter().any(|&(s, len)| start < s + len && s < end)
                });
            }
            self.managed.extend(managed);
        }
        result
    }

    /// A modifier that rewrites the code not committed yet (it starts at the committed length).
    pub fn alter_uncommitted(&mut self) -> UncommittedModifier<'_> {
        UncommittedModifier::new(&mut self.ops, AssemblyOffset(self.committed))
    }
}

/// Makes `len` bytes of code just written at `offset` in `buffer` visible to instruction fetch
/// (instruction-cache maintenance on aarch64 hosts; nothing elsewhere).
#[inline]
fn sync_code(buffer: &ExecutableBuffer, offset: usize, len: usize) {
    crate::aarch64::cache::synchronize(buffer.ptr(AssemblyOffset(offset)), len);
}

/// Rounds up to a multiple of the page size.
pub(super) fn round_to_page<R: Relocation>(size: usize) -> usize {
    let page = R::page_size();
    size.div_ceil(page).saturating_mul(page)
}

label_assembler_impls!(Assembler);

/// A shared, read-only handle to an [`Assembler`]'s executable buffer.
#[derive(Debug, Clone)]
pub struct Executor {
    pub(super) buffer: Arc<RwLock<ExecutableBuffer>>,
}

impl Executor {
    /// Locks the buffer for reading. Run code only while holding the guard: a commit or alter
    /// waits for it before it changes the memory's protection or swaps the buffer.
    #[inline]
    pub fn lock(&self) -> RwLockReadGuard<'_, ExecutableBuffer> {
        read(&self.buffer)
    }
}

impl<R: Relocation> fmt::Debug for Assembler<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Assembler")
            .field("committed", &self.committed)
            .field("uncommitted", &self.ops.len())
            .field("capacity", &self.capacity)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}
