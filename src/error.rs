//! The errors an assembler reports when it resolves labels and relocations.

use crate::labels::DynamicLabel;
use std::fmt;

/// An error raised while resolving labels or rewriting code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DynasmError {
    /// A [`Modifier`](crate::Modifier) or [`UncommittedModifier`](crate::UncommittedModifier)
    /// was not where [`check`](crate::Modifier::check)/[`check_exact`](crate::Modifier::check_exact)
    /// expected, or wrote past the end of the code it rewrites. Returned by those `check*` methods
    /// and by [`Assembler::alter`](crate::Assembler::alter).
    CheckFailed,
    /// A global or dynamic label was defined twice. The defining method returns `()`, so the error
    /// is recorded and returned by the next `commit`/`finalize` (or by `alter` for a
    /// [`Modifier`](crate::Modifier)), and by [`LabelRegistry::define_global`]/
    /// [`LabelRegistry::define_dynamic`](crate::LabelRegistry::define_dynamic).
    ///
    /// [`LabelRegistry::define_global`]: crate::LabelRegistry::define_global
    DuplicateLabel(LabelKind),
    /// A relocation refers to a label that is never defined: a global or dynamic label that is
    /// not defined when the code is committed, a `>name` with no later definition of `name`, or a
    /// `<name` with no earlier one. Returned by `commit`/`finalize`/`take`/`drain`/`alter` and by
    /// the `LabelRegistry::resolve_*` methods.
    UnknownLabel(LabelKind),
    /// A relocation's value does not fit its field (a `rel8` that cannot reach, an absolute address
    /// that does not fit a 4-byte field, ...), or the field lies outside the code. Returned by
    /// `commit`/`finalize`/`take`/`drain`/`alter`.
    ImpossibleRelocation(TargetKind),
}

/// The label named by a [`DynasmError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelKind {
    /// A local label (`name:`).
    Local(&'static str),
    /// A global label (`->name:`).
    Global(&'static str),
    /// A dynamic label (`=>id`).
    Dynamic(DynamicLabel),
}

/// The target of a relocation named by [`DynasmError::ImpossibleRelocation`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetKind {
    /// A reference to a local label (`>name` or `<name`).
    Local(&'static str),
    /// A reference to a global label (`->name`).
    Global(&'static str),
    /// A reference to a dynamic label (`=>id`).
    Dynamic(DynamicLabel),
    /// A reference to an absolute address (`extern addr`).
    Value(usize),
    /// A relocation that depends on the address of the executable buffer and has to be applied
    /// again when the buffer moves (it fitted before the move, but not after).
    Managed,
}

impl fmt::Display for LabelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LabelKind::Local(name) => write!(f, "local label `{name}`"),
            LabelKind::Global(name) => write!(f, "global label `->{name}`"),
            LabelKind::Dynamic(id) => write!(f, "dynamic label {id}"),
        }
    }
}

impl fmt::Display for TargetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TargetKind::Local(name) => write!(f, "local label `{name}`"),
            TargetKind::Global(name) => write!(f, "global label `->{name}`"),
            TargetKind::Dynamic(id) => write!(f, "dynamic label {id}"),
            TargetKind::Value(addr) => write!(f, "absolute address {addr:#x}"),
            TargetKind::Managed => write!(f, "relocation re-applied after the buffer moved"),
        }
    }
}

impl fmt::Display for DynasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DynasmError::CheckFailed => write!(f, "an assembly modification check failed"),
            DynasmError::DuplicateLabel(kind) => write!(f, "duplicate definition of {kind}"),
            DynasmError::UnknownLabel(kind) => write!(f, "unknown {kind}"),
            DynasmError::ImpossibleRelocation(kind) => {
                write!(
                    f,
                    "impossible relocation: the value for {kind} does not fit its field"
                )
            }
        }
    }
}

impl std::error::Error for DynasmError {}
