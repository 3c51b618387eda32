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

use crate::debuginfo::DebugInfo;
use crate::error::{DynasmError, LabelKind, TargetKind};
use crate::labels::{DynamicLabel, LabelRegistry, StaticLabel, NIL, UNDEFINED};
use crate::memory::{ExecutableBuffer, MutableBuffer};
use crate::relocations::{Relocation, RelocationKind};
use crate::{AssemblyOffset, DynasmApi, DynasmLabelApi};
use std::fmt;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

// ---------------------------------------------------------------------------------------------
// Relocation plumbing shared by the assemblers.

/// Where a relocation's field starts and what a relative value is measured from (both assembly
/// offsets).
#[derive(Debug, Clone, Copy)]
struct Site<R> {
    field: usize,
    base: usize,
    reloc: R,
}

impl<R> Site<R> {
    /// A site for a relocation recorded when the code ends at `end`.
    #[inline]
    fn new(end: usize, field_offset: u8, ref_offset: u8, reloc: R) -> Self {
        Site {
            field: end.wrapping_sub(field_offset as usize),
            base: end.wrapping_sub(ref_offset as usize),
            reloc,
        }
    }
}

/// What a relocation points at: an assembly offset, or an absolute address (`extern`).
#[derive(Debug, Clone, Copy)]
enum Target {
    Offset(isize),
    Address(usize),
}

impl Target {
    /// Whether the value depends on the address the code is loaded at.
    #[inline]
    fn needs_address(self, kind: RelocationKind) -> bool {
        match self {
            Target::Offset(_) => kind == RelocationKind::Absolute,
            Target::Address(_) => kind != RelocationKind::Absolute,
        }
    }
}

/// A relocation whose value depends on the buffer's address.
#[derive(Debug, Clone, Copy)]
struct Managed<R> {
    site: Site<R>,
    target: Target,
    /// Reported if the first application fails.
    what: TargetKind,
}

/// The value of a relocation when assembly offset 0 is at address `addr`.
#[inline]
fn value<R: Relocation>(site: &Site<R>, target: Target, addr: usize) -> isize {
    match (target, site.reloc.kind()) {
        (Target::Offset(t), RelocationKind::Absolute) => (addr as isize).wrapping_add(t),
        (Target::Offset(t), _) => t.wrapping_sub(site.base as isize),
        (Target::Address(a), RelocationKind::Absolute) => a as isize,
        (Target::Address(a), _) => a.wrapping_sub(addr.wrapping_add(site.base)) as isize,
    }
}

/// Writes a relocation into `bytes`, which hold the code from assembly offset `start` on.
/// Fails if the value does not fit or the field is not inside `bytes`.
#[inline]
fn patch<R: Relocation>(
    bytes: &mut [u8],
    start: usize,
    site: &Site<R>,
    value: isize,
) -> Result<(), ()> {
    match bytes.get_mut(site.field.wrapping_sub(start)..) {
        Some(field) => site.reloc.write_value(field, value),
        None => Err(()),
    }
}

/// The code relocations are written into.
struct Out<'b> {
    /// Code from assembly offset `start` on.
    bytes: &'b mut [u8],
    start: usize,
    /// The address of assembly offset 0, if known now.
    addr: Option<usize>,
}

impl Out<'_> {
    #[inline]
    fn end(&self) -> usize {
        self.start + self.bytes.len()
    }

    /// Writes a relocation now, or defers it (to `deferred`) if its value needs an address that
    /// is not known yet.
    #[inline]
    fn apply<R: Relocation>(
        &mut self,
        site: Site<R>,
        target: Target,
        what: TargetKind,
        deferred: &mut Vec<Managed<R>>,
    ) -> Result<(), DynasmError> {
        let addr = if target.needs_address(site.reloc.kind()) {
            match self.addr {
                Some(addr) => addr,
                None => {
                    deferred.push(Managed { site, target, what });
                    return Ok(());
                }
            }
        } else {
            0
        };
        patch(self.bytes, self.start, &site, value(&site, target, addr))
            .map_err(|()| DynasmError::ImpossibleRelocation(what))
    }
}

/// A label definition, remembered so that it can be rolled back.
#[derive(Debug, Clone, Copy)]
enum Journal {
    /// Local label index and its previous offset.
    Local(u32, usize),
    /// Global label index.
    Global(u32),
    /// Dynamic label.
    Dynamic(DynamicLabel),
}

/// A `>name` reference waiting for the next definition of `name`.
#[derive(Debug, Clone, Copy)]
struct Forward<R> {
    site: Site<R>,
    target_offset: isize,
    /// The next waiting reference to the same label, or [`NIL`].
    next: u32,
}

/// Labels plus the relocations of the code not yet committed.
#[derive(Debug, Clone)]
struct LabelState<R> {
    registry: LabelRegistry,
    /// `>name` references, chained per label from `Named::pending`.
    forward: Vec<Forward<R>>,
    /// How many of `forward` still wait for their definition.
    unresolved_forward: usize,
    /// References to global labels not defined when they were made (index into the globals).
    globals: Vec<(Site<R>, isize, u32)>,
    /// References to dynamic labels not defined when they were made.
    dynamics: Vec<(Site<R>, isize, DynamicLabel)>,
    /// Resolved relocations that wait for the buffer's address.
    deferred: Vec<Managed<R>>,
    /// The first error met while emitting (returned by every commit until rolled back).
    error: Option<DynasmError>,
    /// Whether to remember local label redefinitions so they can be rolled back.
    journaled: bool,
    /// Each label definition since the last commit, oldest first.
    journal: Vec<Journal>,
}

impl<R: Relocation> LabelState<R> {
    fn new(journaled: bool) -> Self {
        LabelState {
            registry: LabelRegistry::new(),
            forward: Vec::new(),
            unresolved_forward: 0,
            globals: Vec::new(),
            dynamics: Vec::new(),
            deferred: Vec::new(),
            error: None,
            journaled,
            journal: Vec::new(),
        }
    }

    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: DynasmError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Writes or defers a relocation, recording an error if it cannot be written.
    #[inline]
    fn apply(&mut self, out: &mut Out<'_>, site: Site<R>, target: Target, what: TargetKind) {
        if let Err(error) = out.apply(site, target, what, &mut self.deferred) {
            self.fail(error);
        }
    }

    #[inline]
    fn define_local(&mut self, out: &mut Out<'_>, label: StaticLabel) {
        let offset = out.end();
        let index = self.registry.locals.find_or_insert(label);
        let entry = &mut self.registry.locals.entries[index as usize];
        if self.journaled {
            self.journal.push(Journal::Local(index, entry.offset));
        }
        entry.offset = offset;
        let mut next = std::mem::replace(&mut entry.pending, NIL);
        if next == NIL {
            return;
        }
        while next != NIL {
            let waiting = self.forward[next as usize];
            next = waiting.next;
            self.unresolved_forward -= 1;
            let target = Target::Offset((offset as isize).wrapping_add(waiting.target_offset));
            self.apply(out, waiting.site, target, TargetKind::Local(label.name));
        }
        if self.unresolved_forward == 0 {
            self.forward.clear();
        }
    }

    #[inline]
    fn define_global(&mut self, out: &Out<'_>, label: StaticLabel) {
        let index = self.registry.globals.find_or_insert(label);
        let entry = &mut self.registry.globals.entries[index as usize];
        if entry.offset != UNDEFINED {
            self.fail(DynasmError::DuplicateLabel(LabelKind::Global(label.name)));
            return;
        }
        entry.offset = out.end();
        if self.journaled {
            self.journal.push(Journal::Global(index));
        }
    }

    #[inline]
    fn define_dynamic(&mut self, out: &Out<'_>, id: DynamicLabel) {
        match self.registry.define_dynamic(id, AssemblyOffset(out.end())) {
            Ok(()) if self.journaled => self.journal.push(Journal::Dynamic(id)),
            Ok(()) => {}
            Err(error) => self.fail(error),
        }
    }

    #[inline]
    fn forward(&mut self, out: &Out<'_>, label: StaticLabel, target_offset: isize, site: Site<R>) {
        let _ = out;
        let index = self.registry.locals.find_or_insert(label);
        let entry = &mut self.registry.locals.entries[index as usize];
        let next = entry.pending;
        entry.pending = self.forward.len() as u32;
        self.forward.push(Forward {
            site,
            target_offset,
            next,
        });
        self.unresolved_forward += 1;
    }

    #[inline]
    fn backward(
        &mut self,
        out: &mut Out<'_>,
        label: StaticLabel,
        target_offset: isize,
        site: Site<R>,
    ) {
        let offset = match self.registry.locals.find(label) {
            Some(index) => self.registry.locals.entries[index as usize].offset,
            None => UNDEFINED,
        };
        if offset == UNDEFINED {
            self.fail(DynasmError::UnknownLabel(LabelKind::Local(label.name)));
            return;
        }
        let target = Target::Offset((offset as isize).wrapping_add(target_offset));
        self.apply(out, site, target, TargetKind::Local(label.name));
    }

    #[inline]
    fn global(
        &mut self,
        out: &mut Out<'_>,
        label: StaticLabel,
        target_offset: isize,
        site: Site<R>,
    ) {
        let index = self.registry.globals.find_or_insert(label);
        let offset = self.registry.globals.entries[index as usize].offset;
        if offset == UNDEFINED {
            self.globals.push((site, target_offset, index));
        } else {
            let target = Target::Offset((offset as isize).wrapping_add(target_offset));
            self.apply(out, site, target, TargetKind::Global(label.name));
        }
    }

    #[inline]
    fn dynamic(
        &mut self,
        out: &mut Out<'_>,
        id: DynamicLabel,
        target_offset: isize,
        site: Site<R>,
    ) {
        match self.registry.dynamics.get(id.0) {
            None => self.fail(DynasmError::UnknownLabel(LabelKind::Dynamic(id))),
            Some(&UNDEFINED) => self.dynamics.push((site, target_offset, id)),
            Some(&offset) => {
                let target = Target::Offset((offset as isize).wrapping_add(target_offset));
                self.apply(out, site, target, TargetKind::Dynamic(id));
            }
        }
    }

    #[inline]
    fn bare(&mut self, out: &mut Out<'_>, address: usize, site: Site<R>) {
        self.apply(
            out,
            site,
            Target::Address(address),
            TargetKind::Value(address),
        );
    }

    /// Resolves everything still waiting. Changes nothing but the code bytes (it can be run again
    /// after an error); relocations that need the buffer's address go to `extra`.
    fn resolve(&self, out: &mut Out<'_>, extra: &mut Vec<Managed<R>>) -> Result<(), DynasmError> {
        if let Some(error) = &self.error {
            return Err(error.clone());
        }
        if self.unresolved_forward > 0 {
            let waiting = self
                .registry
                .locals
                .entries
                .iter()
                .find(|entry| entry.pending != NIL)
                .map_or("", |entry| entry.name);
            return Err(DynasmError::UnknownLabel(LabelKind::Local(waiting)));
        }
        for &(site, target_offset, index) in &self.globals {
            let entry = &self.registry.globals.entries[index as usize];
            if entry.offset == UNDEFINED {
                return Err(DynasmError::UnknownLabel(LabelKind::Global(entry.name)));
            }
            let target = Target::Offset((entry.offset as isize).wrapping_add(target_offset));
            out.apply(site, target, TargetKind::Global(entry.name), extra)?;
        }
        for &(site, target_offset, id) in &self.dynamics {
            let offset = self.registry.dynamics[id.0];
            if offset == UNDEFINED {
                return Err(DynasmError::UnknownLabel(LabelKind::Dynamic(id)));
            }
            let target = Target::Offset((offset as isize).wrapping_add(target_offset));
            out.apply(site, target, TargetKind::Dynamic(id), extra)?;
        }
        Ok(())
    }

    /// Forgets the relocations of a successfully committed batch.
    fn finish_batch(&mut self) {
        self.forward.clear();
        self.globals.clear();
        self.dynamics.clear();
        self.deferred.clear();
        self.journal.clear();
    }

    /// Forgets the uncommitted batch: its relocations, errors and label definitions (local
    /// labels get their previous definition back).
    fn rollback(&mut self) {
        for &entry in self.journal.iter().rev() {
            match entry {
                Journal::Local(index, previous) => {
                    self.registry.locals.entries[index as usize].offset = previous
                }
                Journal::Global(index) => {
                    self.registry.globals.entries[index as usize].offset = UNDEFINED
                }
                Journal::Dynamic(id) => self.registry.dynamics[id.0] = UNDEFINED,
            }
        }
        for entry in &mut self.registry.locals.entries {
            entry.pending = NIL;
        }
        self.unresolved_forward = 0;
        self.error = None;
        self.finish_batch();
    }

    /// Forgets everything, labels included.
    fn reset(&mut self) {
        self.registry.clear();
        self.unresolved_forward = 0;
        self.error = None;
        self.finish_batch();
    }
}

/// Pads `ops` (whose last byte is at assembly offset `end - 1`) with `with` up to `alignment`.
#[inline]
fn pad(ops: &mut Vec<u8>, end: usize, alignment: usize, with: u8) {
    if alignment > 1 {
        let padding = (alignment - end % alignment) % alignment;
        ops.resize(ops.len() + padding, with);
    }
}

/// Implements `Extend`, `DynasmApi` and `DynasmLabelApi` for an assembler with `ops: Vec<u8>`,
/// `state: LabelState<R>` and a `parts()` method giving the state and the `Out`.
macro_rules! label_assembler_impls {
    ($name:ident) => {
        impl<R: Relocation> Extend<u8> for $name<R> {
            #[inline]
            fn extend<T: IntoIterator<Item = u8>>(&mut self, iter: T) {
                self.ops.extend(iter)
            }
        }

        impl<'a, R: Relocation> Extend<&'a u8> for $name<R> {
            #[inline]
            fn extend<T: IntoIterator<Item = &'a u8>>(&mut self, iter: T) {
                self.ops.extend(iter)
            }
        }

        impl<R: Relocation> DynasmApi for $name<R> {
            #[inline]
            fn offset(&self) -> AssemblyOffset {
                AssemblyOffset(self.start() + self.ops.len())
            }
            #[inline]
            fn push(&mut self, byte: u8) {
                self.ops.push(byte)
            }
            #[inline]
            fn align(&mut self, alignment: usize, with: u8) {
                let end = self.start() + self.ops.len();
                pad(&mut self.ops, end, alignment, with)
            }
            #[cfg(feature = "listing")]
            #[inline]
            fn __declasm_listing(&mut self, statement: &'static str) {
                self.listing_record(statement)
            }
        }

        impl<R: Relocation> DynasmLabelApi for $name<R> {
            type Relocation = R;

            fn local_label(&mut self, name: &'static str) {
                self.__local_label(StaticLabel::new(name))
            }
            fn global_label(&mut self, name: &'static str) {
                self.__global_label(StaticLabel::new(name))
            }
            #[inline]
            fn dynamic_label(&mut self, id: DynamicLabel) {
                let (state, out) = self.parts();
                state.define_dynamic(&out, id)
            }
            #[inline]
            fn new_dynamic_label(&mut self) -> DynamicLabel {
                self.state.registry.new_dynamic_label()
            }
            fn forward_relocation(
                &mut self,
                name: &'static str,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                self.__forward_relocation(
                    StaticLabel::new(name),
                    target_offset,
                    field_offset,
                    ref_offset,
                    kind,
                )
            }
            fn backward_relocation(
                &mut self,
                name: &'static str,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                self.__backward_relocation(
                    StaticLabel::new(name),
                    target_offset,
                    field_offset,
                    ref_offset,
                    kind,
                )
            }
            fn global_relocation(
                &mut self,
                name: &'static str,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                self.__global_relocation(
                    StaticLabel::new(name),
                    target_offset,
                    field_offset,
                    ref_offset,
                    kind,
                )
            }
            #[inline]
            fn dynamic_relocation(
                &mut self,
                id: DynamicLabel,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                let (state, mut out) = self.parts();
                let site = Site::new(out.end(), field_offset, ref_offset, kind);
                state.dynamic(&mut out, id, target_offset, site)
            }
            #[inline]
            fn bare_relocation(
                &mut self,
                target: usize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                let (state, mut out) = self.parts();
                let site = Site::new(out.end(), field_offset, ref_offset, kind);
                state.bare(&mut out, target, site)
            }

            #[inline]
            fn __local_label(&mut self, name: StaticLabel) {
                let (state, mut out) = self.parts();
                state.define_local(&mut out, name)
            }
            #[inline]
            fn __global_label(&mut self, name: StaticLabel) {
                let (state, out) = self.parts();
                state.define_global(&out, name)
            }
            #[inline]
            fn __forward_relocation(
                &mut self,
                name: StaticLabel,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                let (state, out) = self.parts();
                let site = Site::new(out.end(), field_offset, ref_offset, kind);
                state.forward(&out, name, target_offset, site)
            }
            #[inline]
            fn __backward_relocation(
                &mut self,
                name: StaticLabel,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                let (state, mut out) = self.parts();
                let site = Site::new(out.end(), field_offset, ref_offset, kind);
                state.backward(&mut out, name, target_offset, site)
            }
            #[inline]
            fn __global_relocation(
                &mut self,
                name: StaticLabel,
                target_offset: isize,
                field_offset: u8,
                ref_offset: u8,
                kind: R,
            ) {
                let (state, mut out) = self.parts();
                let site = Site::new(out.end(), field_offset, ref_offset, kind);
                state.global(&mut out, name, target_offset, site)
            }
        }
    };
}

// ---------------------------------------------------------------------------------------------
// Assembler

/// Takes a read lock, ignoring poisoning (the buffer is always left consistent).
#[inline]
fn read(lock: &RwLock<ExecutableBuffer>) -> RwLockReadGuard<'_, ExecutableBuffer> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

/// Takes the write lock, ignoring poisoning.
#[inline]
fn write(lock: &RwLock<ExecutableBuffer>) -> RwLockWriteGuard<'_, ExecutableBuffer> {
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
    ops: Vec<u8>,
    /// Length of the committed code.
    committed: usize,
    /// Size of the executable buffer.
    capacity: usize,
    /// Address of the executable buffer.
    address: usize,
    buffer: Arc<RwLock<ExecutableBuffer>>,
    state: LabelState<R>,
    /// Committed relocations that depend on the buffer's address.
    managed: Vec<Managed<R>>,
    /// Names, profiler/debugger outputs and the listing (`crate::debuginfo`); `None` until
    /// asked for.
    pub(crate) debug: Option<Box<DebugInfo>>,
    /// Why [`finalize`](Self::finalize) failed, shown by `Debug` (so that
    /// `finalize().unwrap()` names the problem, as with dynasmrt).
    error: Option<DynasmError>,
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
            ops: Vec::new(),
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
    fn start(&self) -> usize {
        self.committed
    }

    #[inline]
    fn parts(&mut self) -> (&mut LabelState<R>, Out<'_>) {
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
    fn commit_grow(&mut self, end: usize, extra: &[Managed<R>]) -> Result<(), DynasmError> {
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

/// Rounds up to a multiple of the page size.
fn round_to_page<R: Relocation>(size: usize) -> usize {
    let page = R::page_size();
    size.div_ceil(page).saturating_mul(page)
}

label_assembler_impls!(Assembler);

/// A shared, read-only handle to an [`Assembler`]'s executable buffer.
#[derive(Debug, Clone)]
pub struct Executor {
    buffer: Arc<RwLock<ExecutableBuffer>>,
}

impl Executor {
    /// Locks the buffer for reading. Run code only while holding the guard: a commit or alter
    /// waits for it before it changes the memory's protection or swaps the buffer.
    #[inline]
    pub fn lock(&self) -> RwLockReadGuard<'_, ExecutableBuffer> {
        read(&self.buffer)
    }
}

// ---------------------------------------------------------------------------------------------
// Modifier

/// A label defined by a modifier, to undo if the alteration fails.
#[derive(Debug, Clone, Copy)]
enum Defined {
    Global(u32),
    Dynamic(DynamicLabel),
}

/// Rewrites committed code in place (see [`Assembler::alter`]).
///
/// It overwrites bytes from its position on; it never changes the code's length. References to
/// `<name` use the latest definition of `name`; references to global and dynamic labels may name
/// labels defined later in the same alteration. `>name` references and local label definitions
/// are not supported (they make `alter` fail). A global or dynamic label that is not defined yet
/// can be defined; defining one again at the same offset is accepted.
pub struct Modifier<'a, R: Relocation> {
    bytes: &'a mut [u8],
    position: usize,
    address: usize,
    registry: &'a mut LabelRegistry,
    globals: Vec<(Site<R>, isize, u32)>,
    dynamics: Vec<(Site<R>, isize, DynamicLabel)>,
    managed: Vec<Managed<R>>,
    /// (offset, length) of each run of written bytes; their original bytes are in `undo_bytes`.
    undo_spans: Vec<(usize, usize)>,
    undo_bytes: Vec<u8>,
    defined: Vec<Defined>,
    error: Option<DynasmError>,
}

impl<R: Relocation> Modifier<'_, R> {
    /// Moves the write position to `offset`.
    #[inline]
    pub fn goto(&mut self, offset: AssemblyOffset) {
        self.position = offset.0;
    }

    /// `Err(CheckFailed)` if the write position is past `offset`.
    #[inline]
    pub fn check(&self, offset: AssemblyOffset) -> Result<(), DynasmError> {
        if self.position > offset.0 {
            Err(DynasmError::CheckFailed)
        } else {
            Ok(())
        }
    }

    /// `Err(CheckFailed)` unless the write position is exactly `offset`.
    #[inline]
    pub fn check_exact(&self, offset: AssemblyOffset) -> Result<(), DynasmError> {
        if self.position != offset.0 {
            Err(DynasmError::CheckFailed)
        } else {
            Ok(())
        }
    }

    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: DynasmError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Saves the original bytes of `start..start + len` (inside the buffer).
    #[inline]
    fn save(&mut self, start: usize, len: usize) {
        self.undo_bytes
            .extend_from_slice(&self.bytes[start..start + len]);
        match self.undo_spans.last_mut() {
            Some((s, l)) if *s + *l == start => *l += len,
            _ => self.undo_spans.push((start, len)),
        }
    }

    #[inline]
    fn write_byte(&mut self, byte: u8) {
        let at = self.position;
        self.position = at.wrapping_add(1);
        if at < self.bytes.len() {
            self.save(at, 1);
            self.bytes[at] = byte;
        } else {
            self.fail(DynasmError::CheckFailed);
        }
    }

    /// Restores every byte written and every label defined.
    fn undo(&mut self) {
        let mut from = 0;
        for &(start, len) in &self.undo_spans {
            self.bytes[start..start + len].copy_from_slice(&self.undo_bytes[from..from + len]);
            from += len;
        }
        self.undo_spans.clear();
        for defined in self.defined.drain(..) {
            match defined {
                Defined::Global(index) => {
                    self.registry.globals.entries[index as usize].offset = UNDEFINED
                }
                Defined::Dynamic(id) => self.registry.dynamics[id.0] = UNDEFINED,
            }
        }
    }

    /// Writes a relocation now (saving the field's old bytes).
    fn apply(
        &mut self,
        site: Site<R>,
        target: Target,
        what: TargetKind,
    ) -> Result<(), DynasmError> {
        let size = site.reloc.size();
        let fits = site.field <= self.bytes.len() && size <= self.bytes.len() - site.field;
        if !fits {
            return Err(DynasmError::ImpossibleRelocation(what));
        }
        let needs_address = target.needs_address(site.reloc.kind());
        let value = value(&site, target, self.address);
        let mut field = [0u8; 8];
        site.reloc
            .write_value(&mut field, value)
            .map_err(|()| DynasmError::ImpossibleRelocation(what))?;
        self.save(site.field, size);
        self.bytes[site.field..site.field + size].copy_from_slice(&field[..size]);
        if needs_address {
            self.managed.push(Managed { site, target, what });
        }
        Ok(())
    }

    fn apply_or_fail(&mut self, site: Site<R>, target: Target, what: TargetKind) {
        if let Err(error) = self.apply(site, target, what) {
            self.fail(error);
        }
    }

    /// Resolves the references that waited for a label.
    fn finish(&mut self) -> Result<(), DynasmError> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        for (site, target_offset, index) in std::mem::take(&mut self.globals) {
            let entry = self.registry.globals.entries[index as usize];
            if entry.offset == UNDEFINED {
                return Err(DynasmError::UnknownLabel(LabelKind::Global(entry.name)));
            }
            let target = Target::Offset((entry.offset as isize).wrapping_add(target_offset));
            self.apply(site, target, TargetKind::Global(entry.name))?;
        }
        for (site, target_offset, id) in std::mem::take(&mut self.dynamics) {
            let offset = self.registry.dynamics[id.0];
            if offset == UNDEFINED {
                return Err(DynasmError::UnknownLabel(LabelKind::Dynamic(id)));
            }
            let target = Target::Offset((offset as isize).wrapping_add(target_offset));
            self.apply(site, target, TargetKind::Dynamic(id))?;
        }
        Ok(())
    }

    #[inline]
    fn site(&self, field_offset: u8, ref_offset: u8, kind: R) -> Site<R> {
        Site::new(self.position, field_offset, ref_offset, kind)
    }
}

impl<R: Relocation> Extend<u8> for Modifier<'_, R> {
    fn extend<T: IntoIterator<Item = u8>>(&mut self, iter: T) {
        for byte in iter {
            self.write_byte(byte);
        }
    }
}

impl<'b, R: Relocation> Extend<&'b u8> for Modifier<'_, R> {
    fn extend<T: IntoIterator<Item = &'b u8>>(&mut self, iter: T) {
        for &byte in iter {
            self.write_byte(byte);
        }
    }
}

impl<R: Relocation> DynasmApi for Modifier<'_, R> {
    #[inline]
    fn offset(&self) -> AssemblyOffset {
        AssemblyOffset(self.position)
    }
    #[inline]
    fn push(&mut self, byte: u8) {
        self.write_byte(byte)
    }
    fn align(&mut self, alignment: usize, with: u8) {
        if alignment > 1 {
            while self.position % alignment != 0 {
                self.write_byte(with);
            }
        }
    }
}

impl<R: Relocation> DynasmLabelApi for Modifier<'_, R> {
    type Relocation = R;

    /// Not supported in a modifier: makes `alter` fail with `DuplicateLabel(Local(name))`.
    fn local_label(&mut self, name: &'static str) {
        self.fail(DynasmError::DuplicateLabel(LabelKind::Local(name)));
    }
    fn global_label(&mut self, name: &'static str) {
        let index = self.registry.globals.find_or_insert(StaticLabel::new(name));
        let entry = &mut self.registry.globals.entries[index as usize];
        if entry.offset == UNDEFINED {
            entry.offset = self.position;
            self.defined.push(Defined::Global(index));
        } else if entry.offset != self.position {
            self.fail(DynasmError::DuplicateLabel(LabelKind::Global(name)));
        }
    }
    fn dynamic_label(&mut self, id: DynamicLabel) {
        match self.registry.dynamics.get(id.0) {
            None => self.fail(DynasmError::UnknownLabel(LabelKind::Dynamic(id))),
            Some(&UNDEFINED) => {
                self.registry.dynamics[id.0] = self.position;
                self.defined.push(Defined::Dynamic(id));
            }
            Some(&offset) if offset == self.position => {}
            Some(_) => self.fail(DynasmError::DuplicateLabel(LabelKind::Dynamic(id))),
        }
    }
    fn new_dynamic_label(&mut self) -> DynamicLabel {
        self.registry.new_dynamic_label()
    }
    /// Not supported in a modifier: makes `alter` fail with `UnknownLabel(Local(name))`.
    fn forward_relocation(&mut self, name: &'static str, _: isize, _: u8, _: u8, _: R) {
        self.fail(DynasmError::UnknownLabel(LabelKind::Local(name)));
    }
    fn backward_relocation(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: R,
    ) {
        let site = self.site(field_offset, ref_offset, kind);
        match self.registry.resolve_local(name) {
            Ok(offset) => {
                let target = Target::Offset((offset.0 as isize).wrapping_add(target_offset));
                self.apply_or_fail(site, target, TargetKind::Local(name));
            }
            Err(error) => self.fail(error),
        }
    }
    fn global_relocation(
        &mut self,
        name: &'static str,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: R,
    ) {
        let site = self.site(field_offset, ref_offset, kind);
        let index = self.registry.globals.find_or_insert(StaticLabel::new(name));
        let offset = self.registry.globals.entries[index as usize].offset;
        if offset == UNDEFINED {
            self.globals.push((site, target_offset, index));
        } else {
            let target = Target::Offset((offset as isize).wrapping_add(target_offset));
            self.apply_or_fail(site, target, TargetKind::Global(name));
        }
    }
    fn dynamic_relocation(
        &mut self,
        id: DynamicLabel,
        target_offset: isize,
        field_offset: u8,
        ref_offset: u8,
        kind: R,
    ) {
        let site = self.site(field_offset, ref_offset, kind);
        match self.registry.dynamics.get(id.0) {
            None => self.fail(DynasmError::UnknownLabel(LabelKind::Dynamic(id))),
            Some(&UNDEFINED) => self.dynamics.push((site, target_offset, id)),
            Some(&offset) => {
                let target = Target::Offset((offset as isize).wrapping_add(target_offset));
                self.apply_or_fail(site, target, TargetKind::Dynamic(id));
            }
        }
    }
    fn bare_relocation(&mut self, target: usize, field_offset: u8, ref_offset: u8, kind: R) {
        let site = self.site(field_offset, ref_offset, kind);
        self.apply_or_fail(site, Target::Address(target), TargetKind::Value(target));
    }
}

// ---------------------------------------------------------------------------------------------
// UncommittedModifier

/// Rewrites bytes that are not committed yet (see [`Assembler::alter_uncommitted`],
/// [`VecAssembler::alter`], [`SimpleAssembler::alter`]).
///
/// It overwrites bytes from its position on and never changes the code's length: a write
/// outside the code is dropped, and every later [`check`](Self::check) /
/// [`check_exact`](Self::check_exact) fails.
pub struct UncommittedModifier<'a> {
    buffer: &'a mut Vec<u8>,
    base_offset: usize,
    position: usize,
    failed: bool,
}

impl<'a> UncommittedModifier<'a> {
    /// A modifier for `buffer`, whose first byte is at assembly offset `base_offset`; it starts
    /// there.
    pub fn new(buffer: &'a mut Vec<u8>, base_offset: AssemblyOffset) -> Self {
        UncommittedModifier {
            buffer,
            base_offset: base_offset.0,
            position: base_offset.0,
            failed: false,
        }
    }

    /// Moves the write position to `offset`.
    #[inline]
    pub fn goto(&mut self, offset: AssemblyOffset) {
        self.position = offset.0;
    }

    /// `Err(CheckFailed)` if the write position is past `offset` or a write fell outside the code.
    #[inline]
    pub fn check(&self, offset: AssemblyOffset) -> Result<(), DynasmError> {
        if self.failed || self.position > offset.0 {
            Err(DynasmError::CheckFailed)
        } else {
            Ok(())
        }
    }

    /// `Err(CheckFailed)` unless the write position is exactly `offset` and every write fell
    /// inside the code.
    #[inline]
    pub fn check_exact(&self, offset: AssemblyOffset) -> Result<(), DynasmError> {
        if self.failed || self.position != offset.0 {
            Err(DynasmError::CheckFailed)
        } else {
            Ok(())
        }
    }

    #[inline]
    fn write_byte(&mut self, byte: u8) {
        let at = self.position.wrapping_sub(self.base_offset);
        self.position = self.position.wrapping_add(1);
        match self.buffer.get_mut(at) {
            Some(slot) => *slot = byte,
            None => self.failed = true,
        }
    }
}

impl Extend<u8> for UncommittedModifier<'_> {
    fn extend<T: IntoIterator<Item = u8>>(&mut self, iter: T) {
        for byte in iter {
            self.write_byte(byte);
        }
    }
}

impl<'b> Extend<&'b u8> for UncommittedModifier<'_> {
    fn extend<T: IntoIterator<Item = &'b u8>>(&mut self, iter: T) {
        for &byte in iter {
            self.write_byte(byte);
        }
    }
}

impl DynasmApi for UncommittedModifier<'_> {
    #[inline]
    fn offset(&self) -> AssemblyOffset {
        AssemblyOffset(self.position)
    }
    #[inline]
    fn push(&mut self, byte: u8) {
        self.write_byte(byte)
    }
    fn align(&mut self, alignment: usize, with: u8) {
        if alignment > 1 {
            while self.position % alignment != 0 {
                self.write_byte(with);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// VecAssembler

/// An assembler that emits into a `Vec<u8>`, for code that will be loaded at address
/// `baseaddr` (absolute references resolve to `baseaddr + offset`).
///
/// Errors met while emitting (duplicate labels, references that cannot be written) are recorded
/// and returned by the next [`commit`](Self::commit), [`take`](Self::take),
/// [`drain`](Self::drain) or [`finalize`](Self::finalize); so are references to labels that are
/// still undefined at that point. After an error the code and labels are unchanged (nothing is
/// taken), so a missing label can still be defined.
pub struct VecAssembler<R: Relocation> {
    ops: Vec<u8>,
    baseaddr: usize,
    state: LabelState<R>,
}

impl<R: Relocation> VecAssembler<R> {
    /// A new assembler for code loaded at `baseaddr`.
    pub fn new(baseaddr: usize) -> Self {
        VecAssembler {
            ops: Vec::new(),
            baseaddr,
            state: LabelState::new(false),
        }
    }

    #[inline]
    fn start(&self) -> usize {
        0
    }

    #[inline]
    fn parts(&mut self) -> (&mut LabelState<R>, Out<'_>) {
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

// ---------------------------------------------------------------------------------------------
// SimpleAssembler

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

impl<R: Relocation> fmt::Debug for VecAssembler<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VecAssembler")
            .field("len", &self.ops.len())
            .field("baseaddr", &self.baseaddr)
            .finish_non_exhaustive()
    }
}
