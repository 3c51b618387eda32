//! Label and relocation state shared by the assemblers: where references wait, how they are
//! resolved and patched, and the label API every labelled assembler implements
//! (`label_assembler_impls!`).

use crate::error::{DynasmError, LabelKind, TargetKind};
use crate::labels::{DynamicLabel, LabelRegistry, StaticLabel, NIL, UNDEFINED};
use crate::relocations::{Relocation, RelocationKind};
use crate::AssemblyOffset;

/// Where a relocation's field starts and what a relative value is measured from (both assembly
/// offsets).
#[derive(Debug, Clone, Copy)]
pub(super) struct Site<R> {
    pub(super) field: usize,
    pub(super) base: usize,
    pub(super) reloc: R,
}

impl<R> Site<R> {
    /// A site for a relocation recorded when the code ends at `end`.
    #[inline]
    pub(super) fn new(end: usize, field_offset: u8, ref_offset: u8, reloc: R) -> Self {
        Site {
            field: end.wrapping_sub(field_offset as usize),
            base: end.wrapping_sub(ref_offset as usize),
            reloc,
        }
    }
}

/// What a relocation points at: an assembly offset, or an absolute address (`extern`).
#[derive(Debug, Clone, Copy)]
pub(super) enum Target {
    Offset(isize),
    Address(usize),
}

impl Target {
    /// Whether the value of relocation `reloc` to this target depends on the address the code is
    /// loaded at.
    #[inline]
    pub(super) fn needs_address<R: Relocation>(self, reloc: &R) -> bool {
        let kind = reloc.kind();
        reloc.page_relative()
            || match self {
                Target::Offset(_) => kind == RelocationKind::Absolute,
                Target::Address(_) => kind != RelocationKind::Absolute,
            }
    }
}

/// A relocation whose value depends on the buffer's address.
#[derive(Debug, Clone, Copy)]
pub(super) struct Managed<R> {
    pub(super) site: Site<R>,
    pub(super) target: Target,
    /// Reported if the first application fails.
    pub(super) what: TargetKind,
}

/// The value of a relocation when assembly offset 0 is at address `addr` (see
/// [`Relocation`] for how each kind is computed).
#[inline]
pub(super) fn value<R: Relocation>(site: &Site<R>, target: Target, addr: usize) -> isize {
    if site.reloc.page_relative() {
        return page_value(site, target, addr);
    }
    match (target, site.reloc.kind()) {
        (Target::Offset(t), RelocationKind::Absolute) => (addr as isize).wrapping_add(t),
        (Target::Offset(t), _) => t.wrapping_sub(site.base as isize),
        (Target::Address(a), RelocationKind::Absolute) => a as isize,
        (Target::Address(a), _) => a.wrapping_sub(addr.wrapping_add(site.base)) as isize,
    }
}

/// The value of a [page-relative](Relocation::page_relative) relocation: the target's 4 KiB
/// page minus the base's (or, for `Absolute`, the target's page).
#[cold]
#[inline(never)]
fn page_value<R: Relocation>(site: &Site<R>, target: Target, addr: usize) -> isize {
    const PAGE: usize = !0xFFF;
    let target = match target {
        Target::Offset(t) => addr.wrapping_add(t as usize),
        Target::Address(a) => a,
    };
    match site.reloc.kind() {
        RelocationKind::Absolute => (target & PAGE) as isize,
        _ => (target & PAGE).wrapping_sub(addr.wrapping_add(site.base) & PAGE) as isize,
    }
}

/// Writes a relocation into `bytes`, which hold the code from assembly offset `start` on.
/// Fails if the value does not fit or the field is not inside `bytes`.
#[inline]
pub(super) fn patch<R: Relocation>(
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
pub(super) struct Out<'b> {
    /// Code from assembly offset `start` on.
    pub(super) bytes: &'b mut [u8],
    pub(super) start: usize,
    /// The address of assembly offset 0, if known now.
    pub(super) addr: Option<usize>,
}

impl Out<'_> {
    #[inline]
    pub(super) fn end(&self) -> usize {
        self.start + self.bytes.len()
    }

    /// Writes a relocation now, or defers it (to `deferred`) if its value needs an address that
    /// is not known yet.
    #[inline]
    pub(super) fn apply<R: Relocation>(
        &mut self,
        site: Site<R>,
        target: Target,
        what: TargetKind,
        deferred: &mut Vec<Managed<R>>,
    ) -> Result<(), DynasmError> {
        let addr = if target.needs_address(&site.reloc) {
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
pub(super) enum Journal {
    /// Local label index and its previous offset.
    Local(u32, usize),
    /// Global label index.
    Global(u32),
    /// Dynamic label.
    Dynamic(DynamicLabel),
}

/// A `>name` reference waiting for the next definition of `name`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Forward<R> {
    pub(super) site: Site<R>,
    pub(super) target_offset: isize,
    /// The next waiting reference to the same label, or [`NIL`].
    pub(super) next: u32,
}

/// Labels plus the relocations of the code not yet committed.
#[derive(Debug, Clone)]
pub(super) struct LabelState<R> {
    pub(super) registry: LabelRegistry,
    /// `>name` references, chained per label from `Named::pending`.
    pub(super) forward: Vec<Forward<R>>,
    /// How many of `forward` still wait for their definition.
    pub(super) unresolved_forward: usize,
    /// References to global labels not defined when they were made (index into the globals).
    pub(super) globals: Vec<(Site<R>, isize, u32)>,
    /// References to dynamic labels not defined when they were made.
    pub(super) dynamics: Vec<(Site<R>, isize, DynamicLabel)>,
    /// Resolved relocations that wait for the buffer's address.
    pub(super) deferred: Vec<Managed<R>>,
    /// The first error met while emitting (returned by every commit until rolled back).
    pub(super) error: Option<DynasmError>,
    /// Whether to remember local label redefinitions so they can be rolled back.
    pub(super) journaled: bool,
    /// Each label definition since the last commit, oldest first.
    pub(super) journal: Vec<Journal>,
}

impl<R: Relocation> LabelState<R> {
    pub(super) fn new(journaled: bool) -> Self {
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
    pub(super) fn fail(&mut self, error: DynasmError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Writes or defers a relocation, recording an error if it cannot be written.
    #[inline]
    pub(super) fn apply(
        &mut self,
        out: &mut Out<'_>,
        site: Site<R>,
        target: Target,
        what: TargetKind,
    ) {
        if let Err(error) = out.apply(site, target, what, &mut self.deferred) {
            self.fail(error);
        }
    }

    #[inline]
    pub(super) fn define_local(&mut self, out: &mut Out<'_>, label: StaticLabel) {
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
    pub(super) fn define_global(&mut self, out: &Out<'_>, label: StaticLabel) {
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
    pub(super) fn define_dynamic(&mut self, out: &Out<'_>, id: DynamicLabel) {
        match self.registry.define_dynamic(id, AssemblyOffset(out.end())) {
            Ok(()) if self.journaled => self.journal.push(Journal::Dynamic(id)),
            Ok(()) => {}
            Err(error) => self.fail(error),
        }
    }

    #[inline]
    pub(super) fn forward(
        &mut self,
        out: &Out<'_>,
        label: StaticLabel,
        target_offset: isize,
        site: Site<R>,
    ) {
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
    pub(super) fn backward(
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
    pub(super) fn global(
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
    pub(super) fn dynamic(
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
    pub(super) fn bare(&mut self, out: &mut Out<'_>, address: usize, site: Site<R>) {
        self.apply(
            out,
            site,
            Target::Address(address),
            TargetKind::Value(address),
        );
    }

    /// Resolves everything still waiting. Changes nothing but the code bytes (it can be run again
    /// after an error); relocations that need the buffer's address go to `extra`.
    pub(super) fn resolve(
        &self,
        out: &mut Out<'_>,
        extra: &mut Vec<Managed<R>>,
    ) -> Result<(), DynasmError> {
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
    pub(super) fn finish_batch(&mut self) {
        self.forward.clear();
        self.globals.clear();
        self.dynamics.clear();
        self.deferred.clear();
        self.journal.clear();
    }

    /// Forgets the uncommitted batch: its relocations, errors and label definitions (local
    /// labels get their previous definition back).
    pub(super) fn rollback(&mut self) {
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
    pub(super) fn reset(&mut self) {
        self.registry.clear();
        self.unresolved_forward = 0;
        self.error = None;
        self.finish_batch();
    }
}

/// The room an assembler's byte vector is created with: one allocation instead of the five a
/// `Vec` growing from empty makes (8, 16, 32, 64, 128 bytes) before a small function's code fits,
/// which is most of the cost of a fresh assembler for a short function.
pub(super) const FIRST_CAPACITY: usize = 256;

/// Pads `ops` (whose last byte is at assembly offset `end - 1`) with `with` up to `alignment`.
#[inline]
pub(super) fn pad(ops: &mut Vec<u8>, end: usize, alignment: usize, with: u8) {
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
            // The label entry points are calls, not inlined: `dynasm!` calls them at every label
            // statement, where inlined label bookkeeping cost LLVM about 5 % of a release rebuild
            // (tools/compile_time.py's crate) for about 6 % of label emission speed.
            #[inline(never)]
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

            #[inline(never)]
            fn __local_label(&mut self, name: StaticLabel) {
                let (state, mut out) = self.parts();
                state.define_local(&mut out, name)
            }
            #[inline(never)]
            fn __global_label(&mut self, name: StaticLabel) {
                let (state, out) = self.parts();
                state.define_global(&out, name)
            }
            #[inline(never)]
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
            #[inline(never)]
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
            #[inline(never)]
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
