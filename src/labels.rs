//! Label bookkeeping: static (global and local) label names and dynamic label ids.
//!
//! Names reach the assemblers as [`StaticLabel`]s whose FNV-1a hash was computed at compile time,
//! so no string is hashed while code is emitted. Lookups go through a hash map keyed by that hash
//! (with an identity hasher); every hit is confirmed by comparing names (pointers first, then
//! bytes), so two names with the same hash are still two labels.

use crate::error::{DynasmError, LabelKind};
use crate::AssemblyOffset;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

/// A dynamic label: an id handed out by `new_dynamic_label`, defined with `=>id` and referenced
/// with `=>id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DynamicLabel(pub(crate) usize);

impl DynamicLabel {
    /// The label's id: its index in the order labels were created by one assembler.
    #[inline]
    pub fn get_id(self) -> usize {
        self.0
    }
}

impl fmt::Display for DynamicLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

/// A label name together with its FNV-1a 64 hash, computed at compile time by `dynasm!`
/// (`const L: StaticLabel = StaticLabel::new("name");`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaticLabel {
    /// The label's name.
    pub name: &'static str,
    /// FNV-1a 64 of the name's bytes.
    pub hash: u64,
}

impl StaticLabel {
    /// Makes a label from its name, hashing it (a `const fn`, so this happens at compile time in
    /// a `const` item).
    ///
    /// ```
    /// use declasm::StaticLabel;
    /// const L: StaticLabel = StaticLabel::new("loop");
    /// assert_eq!(L.name, "loop");
    /// ```
    pub const fn new(name: &'static str) -> Self {
        StaticLabel {
            name,
            hash: fnv1a(name.as_bytes()),
        }
    }
}

/// FNV-1a, 64 bits.
pub(crate) const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// A hasher for keys that already are hashes.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    #[inline]
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

type IdMap = HashMap<u64, u32, BuildHasherDefault<IdHasher>>;

/// "No offset" / "no entry" markers.
pub(crate) const UNDEFINED: usize = usize::MAX;
pub(crate) const NIL: u32 = u32::MAX;

/// One named label.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    pub(crate) name: &'static str,
    /// The (latest) definition, or [`UNDEFINED`].
    pub(crate) offset: usize,
    /// The next entry whose name has the same hash, or [`NIL`].
    next: u32,
    /// Local labels: the head of the chain of pending forward references, or [`NIL`].
    pub(crate) pending: u32,
}

#[inline]
fn same_name(a: &'static str, b: &'static str) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
}

/// Number of slots of a [`NameTable`]'s lookup cache (a power of two).
const CACHE_SLOTS: usize = 32;

/// A table of names: a map from hash to the first entry with that hash, entries chained on
/// collisions, and in front of it a small direct-mapped cache of recent lookups.
#[derive(Debug, Clone)]
pub(crate) struct NameTable {
    map: IdMap,
    pub(crate) entries: Vec<Named>,
    /// (hash, entry index) of a recently found name, indexed by the hash's low bits; an index of
    /// [`NIL`] marks an empty slot. A hit is confirmed by comparing names.
    cache: [(u64, u32); CACHE_SLOTS],
}

impl Default for NameTable {
    fn default() -> Self {
        NameTable {
            map: IdMap::default(),
            entries: Vec::new(),
            cache: [(0, NIL); CACHE_SLOTS],
        }
    }
}

impl NameTable {
    fn with_capacity(capacity: usize) -> Self {
        NameTable {
            map: IdMap::with_capacity_and_hasher(capacity, Default::default()),
            entries: Vec::with_capacity(capacity),
            cache: [(0, NIL); CACHE_SLOTS],
        }
    }

    fn clear(&mut self) {
        self.map.clear();
        self.entries.clear();
        self.cache = [(0, NIL); CACHE_SLOTS];
    }

    /// The cached entry for `label`, if any.
    #[inline(always)]
    fn cached(&self, label: StaticLabel) -> Option<u32> {
        let (hash, index) = self.cache[label.hash as usize % CACHE_SLOTS];
        if hash == label.hash && index != NIL {
            if let Some(entry) = self.entries.get(index as usize) {
                if same_name(entry.name, label.name) {
                    return Some(index);
                }
            }
        }
        None
    }

    #[inline(always)]
    fn remember(&mut self, label: StaticLabel, index: u32) {
        self.cache[label.hash as usize % CACHE_SLOTS] = (label.hash, index);
    }

    /// The entry for `label`, if the name was ever seen.
    #[inline]
    pub(crate) fn find(&self, label: StaticLabel) -> Option<u32> {
        if let Some(index) = self.cached(label) {
            return Some(index);
        }
        self.find_slow(label)
    }

    fn find_slow(&self, label: StaticLabel) -> Option<u32> {
        let mut index = *self.map.get(&label.hash)?;
        loop {
            let entry = &self.entries[index as usize];
            if same_name(entry.name, label.name) {
                return Some(index);
            }
            if entry.next == NIL {
                return None;
            }
            index = entry.next;
        }
    }

    /// The entry for `label`, created (undefined) if the name is new.
    #[inline]
    pub(crate) fn find_or_insert(&mut self, label: StaticLabel) -> u32 {
        if let Some(index) = self.cached(label) {
            return index;
        }
        let index = self.find_or_insert_slow(label);
        self.remember(label, index);
        index
    }

    #[inline(never)]
    fn find_or_insert_slow(&mut self, label: StaticLabel) -> u32 {
        if let Some(index) = self.find_slow(label) {
            return index;
        }
        let new_index = self.entries.len() as u32;
        let fresh = Named {
            name: label.name,
            offset: UNDEFINED,
            next: NIL,
            pending: NIL,
        };
        let mut index = *self.map.entry(label.hash).or_insert(new_index);
        if index == new_index {
            self.entries.push(fresh);
            return index;
        }
        loop {
            let entry = &self.entries[index as usize];
            if same_name(entry.name, label.name) {
                return index;
            }
            if entry.next == NIL {
                self.entries[index as usize].next = new_index;
                self.entries.push(fresh);
                return new_index;
            }
            index = entry.next;
        }
    }
}

/// Every label an assembler knows: global labels (defined once), local labels (redefinable; the
/// registry keeps the latest definition) and dynamic labels (ids, defined once).
#[derive(Debug, Clone, Default)]
pub struct LabelRegistry {
    pub(crate) globals: NameTable,
    pub(crate) locals: NameTable,
    pub(crate) dynamics: Vec<usize>,
}

impl LabelRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty registry with room for the given numbers of local, global and dynamic labels.
    pub fn with_capacity(locals: usize, globals: usize, dynamics: usize) -> Self {
        LabelRegistry {
            globals: NameTable::with_capacity(globals),
            locals: NameTable::with_capacity(locals),
            dynamics: Vec::with_capacity(dynamics),
        }
    }

    /// Forgets every label, including the dynamic label ids handed out so far.
    pub fn clear(&mut self) {
        self.globals.clear();
        self.locals.clear();
        self.dynamics.clear();
    }

    /// Creates a new, undefined dynamic label.
    #[inline]
    pub fn new_dynamic_label(&mut self) -> DynamicLabel {
        self.dynamics.push(UNDEFINED);
        DynamicLabel(self.dynamics.len() - 1)
    }

    /// Defines dynamic label `id` at `offset`.
    ///
    /// Errors: [`DynasmError::DuplicateLabel`] if it is already defined,
    /// [`DynasmError::UnknownLabel`] if `id` was not created by this registry.
    pub fn define_dynamic(
        &mut self,
        id: DynamicLabel,
        offset: AssemblyOffset,
    ) -> Result<(), DynasmError> {
        match self.dynamics.get_mut(id.0) {
            None => Err(DynasmError::UnknownLabel(LabelKind::Dynamic(id))),
            Some(slot) if *slot != UNDEFINED => {
                Err(DynasmError::DuplicateLabel(LabelKind::Dynamic(id)))
            }
            Some(slot) => {
                *slot = offset.0;
                Ok(())
            }
        }
    }

    /// Defines global label `name` at `offset`; [`DynasmError::DuplicateLabel`] if it already is.
    pub fn define_global(
        &mut self,
        name: &'static str,
        offset: AssemblyOffset,
    ) -> Result<(), DynasmError> {
        self.define_global_static(StaticLabel::new(name), offset)
    }

    /// [`define_global`](Self::define_global) with a pre-hashed name.
    #[doc(hidden)]
    #[inline]
    pub fn define_global_static(
        &mut self,
        name: StaticLabel,
        offset: AssemblyOffset,
    ) -> Result<(), DynasmError> {
        let index = self.globals.find_or_insert(name) as usize;
        let entry = &mut self.globals.entries[index];
        if entry.offset != UNDEFINED {
            return Err(DynasmError::DuplicateLabel(LabelKind::Global(name.name)));
        }
        entry.offset = offset.0;
        Ok(())
    }

    /// Defines (or redefines) local label `name` at `offset`.
    pub fn define_local(&mut self, name: &'static str, offset: AssemblyOffset) {
        let index = self.locals.find_or_insert(StaticLabel::new(name)) as usize;
        self.locals.entries[index].offset = offset.0;
    }

    /// Where dynamic label `id` is defined; [`DynasmError::UnknownLabel`] if it is not.
    pub fn resolve_dynamic(&self, id: DynamicLabel) -> Result<AssemblyOffset, DynasmError> {
        match self.dynamics.get(id.0) {
            Some(&offset) if offset != UNDEFINED => Ok(AssemblyOffset(offset)),
            _ => Err(DynasmError::UnknownLabel(LabelKind::Dynamic(id))),
        }
    }

    /// Where global label `name` is defined; [`DynasmError::UnknownLabel`] if it is not.
    pub fn resolve_global(&self, name: &'static str) -> Result<AssemblyOffset, DynasmError> {
        self.resolve_global_static(StaticLabel::new(name))
    }

    /// [`resolve_global`](Self::resolve_global) with a pre-hashed name.
    #[doc(hidden)]
    #[inline]
    pub fn resolve_global_static(&self, name: StaticLabel) -> Result<AssemblyOffset, DynasmError> {
        match self.globals.find(name) {
            Some(index) if self.globals.entries[index as usize].offset != UNDEFINED => {
                Ok(AssemblyOffset(self.globals.entries[index as usize].offset))
            }
            _ => Err(DynasmError::UnknownLabel(LabelKind::Global(name.name))),
        }
    }

    /// The latest definition of local label `name`; [`DynasmError::UnknownLabel`] if there is none.
    pub fn resolve_local(&self, name: &'static str) -> Result<AssemblyOffset, DynasmError> {
        let label = StaticLabel::new(name);
        match self.locals.find(label) {
            Some(index) if self.locals.entries[index as usize].offset != UNDEFINED => {
                Ok(AssemblyOffset(self.locals.entries[index as usize].offset))
            }
            _ => Err(DynasmError::UnknownLabel(LabelKind::Local(name))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_known_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn colliding_hashes_stay_apart() {
        let mut table = NameTable::default();
        let a = StaticLabel { name: "a", hash: 7 };
        let b = StaticLabel { name: "b", hash: 7 };
        let c = StaticLabel { name: "c", hash: 7 };
        let ia = table.find_or_insert(a);
        let ib = table.find_or_insert(b);
        let ic = table.find_or_insert(c);
        assert!(ia != ib && ib != ic && ia != ic);
        assert_eq!(table.find(a), Some(ia));
        assert_eq!(table.find(b), Some(ib));
        assert_eq!(table.find(c), Some(ic));
        assert_eq!(table.find(StaticLabel { name: "d", hash: 7 }), None);
        assert_eq!(table.find_or_insert(b), ib);
    }

    #[test]
    fn registry_rules() {
        let mut r = LabelRegistry::new();
        r.define_global("g", AssemblyOffset(3)).unwrap();
        assert_eq!(
            r.define_global("g", AssemblyOffset(4)),
            Err(DynasmError::DuplicateLabel(LabelKind::Global("g")))
        );
        assert_eq!(r.resolve_global("g"), Ok(AssemblyOffset(3)));
        assert!(r.resolve_global("h").is_err());
        r.define_local("l", AssemblyOffset(1));
        r.define_local("l", AssemblyOffset(2));
        assert_eq!(r.resolve_local("l"), Ok(AssemblyOffset(2)));
        let d = r.new_dynamic_label();
        assert!(r.resolve_dynamic(d).is_err());
        r.define_dynamic(d, AssemblyOffset(9)).unwrap();
        assert!(r.define_dynamic(d, AssemblyOffset(9)).is_err());
        assert!(r
            .define_dynamic(DynamicLabel(99), AssemblyOffset(0))
            .is_err());
        assert_eq!(r.resolve_dynamic(d), Ok(AssemblyOffset(9)));
        r.clear();
        assert!(r.resolve_global("g").is_err());
    }
}
