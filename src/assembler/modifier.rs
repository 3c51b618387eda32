//! Rewriting code in place: [`Modifier`] (committed code) and [`UncommittedModifier`] (bytes
//! not committed yet).

use super::state::*;
use crate::error::{DynasmError, LabelKind, TargetKind};
use crate::labels::{DynamicLabel, LabelRegistry, StaticLabel, UNDEFINED};
use crate::relocations::Relocation;
use crate::{AssemblyOffset, DynasmApi, DynasmLabelApi};

/// A label defined by a modifier, to undo if the alteration fails.
#[derive(Debug, Clone, Copy)]
pub(super) enum Defined {
    Global(u32),
    Dynamic(DynamicLabel),
}

/// Rewrites committed code in place (see [`Assembler::alter`](crate::Assembler::alter)).
///
/// It overwrites bytes from its position on; it never changes the code's length. References to
/// `<name` use the latest definition of `name`; references to global and dynamic labels may name
/// labels defined later in the same alteration. `>name` references and local label definitions
/// are not supported (they make `alter` fail). A global or dynamic label that is not defined yet
/// can be defined; defining one again at the same offset is accepted.
pub struct Modifier<'a, R: Relocation> {
    pub(super) bytes: &'a mut [u8],
    pub(super) position: usize,
    pub(super) address: usize,
    pub(super) registry: &'a mut LabelRegistry,
    pub(super) globals: Vec<(Site<R>, isize, u32)>,
    pub(super) dynamics: Vec<(Site<R>, isize, DynamicLabel)>,
    pub(super) managed: Vec<Managed<R>>,
    /// (offset, length) of each run of written bytes; their original bytes are in `undo_bytes`.
    pub(super) undo_spans: Vec<(usize, usize)>,
    pub(super) undo_bytes: Vec<u8>,
    pub(super) defined: Vec<Defined>,
    pub(super) error: Option<DynasmError>,
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
    pub(super) fn fail(&mut self, error: DynasmError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
    }

    /// Saves the original bytes of `start..start + len` (inside the buffer).
    #[inline]
    pub(super) fn save(&mut self, start: usize, len: usize) {
        self.undo_bytes
            .extend_from_slice(&self.bytes[start..start + len]);
        match self.undo_spans.last_mut() {
            Some((s, l)) if *s + *l == start => *l += len,
            _ => self.undo_spans.push((start, len)),
        }
    }

    #[inline]
    pub(super) fn write_byte(&mut self, byte: u8) {
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
    pub(super) fn undo(&mut self) {
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
    pub(super) fn apply(
        &mut self,
        site: Site<R>,
        target: Target,
        what: TargetKind,
    ) -> Result<(), DynasmError> {
        let size = site.reloc.size();
        let fits =
            size <= 8 && site.field <= self.bytes.len() && size <= self.bytes.len() - site.field;
        if !fits {
            return Err(DynasmError::ImpossibleRelocation(what));
        }
        let needs_address = target.needs_address(&site.reloc);
        let value = value(&site, target, self.address);
        // The field's current bytes: a bit field (aarch64) is merged into its instruction word.
        let mut field = [0u8; 8];
        field[..size].copy_from_slice(&self.bytes[site.field..site.field + size]);
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

    pub(super) fn apply_or_fail(&mut self, site: Site<R>, target: Target, what: TargetKind) {
        if let Err(error) = self.apply(site, target, what) {
            self.fail(error);
        }
    }

    /// Resolves the references that waited for a label.
    pub(super) fn finish(&mut self) -> Result<(), DynasmError> {
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
    pub(super) fn site(&self, field_offset: u8, ref_offset: u8, kind: R) -> Site<R> {
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

/// Rewrites bytes that are not committed yet (see [`Assembler::alter_uncommitted`](crate::Assembler::alter_uncommitted),
/// [`VecAssembler::alter`](crate::VecAssembler::alter), [`SimpleAssembler::alter`](crate::SimpleAssembler::alter)).
///
/// It overwrites bytes from its position on and never changes the code's length: a write
/// outside the code is dropped, and every later [`check`](Self::check) /
/// [`check_exact`](Self::check_exact) fails.
pub struct UncommittedModifier<'a> {
    pub(super) buffer: &'a mut Vec<u8>,
    pub(super) base_offset: usize,
    pub(super) position: usize,
    pub(super) failed: bool,
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
    pub(super) fn write_byte(&mut self, byte: u8) {
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
