//! What `dynasm!`'s expansion will hand to an assembler for one instruction, independent of
//! the architecture: an instruction encoded at compile time ([`Encoded`]), possibly with holes
//! that run-time values fill ([`Build`]). x64's `x64::encoder::Enc` implements them; the x64
//! front end still calls [`DynasmApi`](crate::DynasmApi)'s hidden `__declasm_*` methods with
//! its own types: routing it through these traits (generic methods) made a release rebuild of
//! tools/compile_time.py's crate 45 % slower (2.05 s -> 2.97 s, min of 3), so the generic
//! hand-off waits for the aarch64 front end and a cheaper shape.

/// An instruction encoded at compile time: its bytes and, if it has a label operand, where the
/// label's relocation goes.
pub trait Encoded: Copy {
    /// The instruction's bytes (for one with run-time parts, with zeros in their holes).
    fn bytes(&self) -> &[u8];
    /// The label field's `field_offset`: where it starts, counted back from the end of the
    /// instruction (see [`DynasmLabelApi`](crate::DynasmLabelApi)).
    fn reloc_field_offset(&self) -> u8;
    /// The label field's `ref_offset`: where a relative value is measured from, counted back
    /// from the end of the instruction (x64: 0, the end; aarch64: 4, the instruction's start).
    fn reloc_ref_offset(&self) -> u8;
    /// The label field's relocation encoding, for the architecture's
    /// [`Relocation::from_encoding`](crate::Relocation::from_encoding).
    fn reloc_encoding(&self) -> u8;
}

/// An encoded instruction whose holes are filled from the run-time values `A` (a tuple of the
/// architecture's argument types).
pub trait Build<A>: Encoded {
    /// The finished instruction's bytes.
    type Built: AsRef<[u8]>;
    /// Writes the run-time values into a copy of the constant bytes.
    fn build(&self, args: A) -> Self::Built;
}
