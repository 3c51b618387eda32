//! What `dynasm!` hands an assembler for one instruction, whatever the architecture: the types the
//! hidden emission methods of [`DynasmApi`](crate::DynasmApi) and
//! [`DynasmLabelApi`](crate::DynasmLabelApi) take, so that the core traits name no
//! architecture's types. An architecture's encoder produces an [`Encoded`] for the part of an
//! instruction known at compile time, and implements [`Fill`] for what a statement computes at
//! run time (x64: its `Enc` holds an `Encoded` and describes the holes the run-time values go
//! into).

/// The longest instruction an [`Encoded`] holds, in bytes.
pub const MAX_LEN: usize = 16;

/// An instruction encoded at compile time: its bytes and, if it has a label operand, where the
/// label's field is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Encoded {
    /// The bytes (zeros where run-time values go).
    pub bytes: [u8; MAX_LEN],
    /// How many of them the instruction has.
    pub len: u8,
    /// The label field's offset counted back from the instruction's end (0: no label field).
    pub reloc_field: u8,
    /// The label relocation's encoding (see
    /// [`Relocation::from_encoding`](crate::Relocation::from_encoding)).
    pub reloc_enc: u8,
}

impl Encoded {
    /// No bytes, no label.
    pub const EMPTY: Encoded = Encoded {
        bytes: [0; MAX_LEN],
        len: 0,
        reloc_field: 0,
        reloc_enc: 0,
    };
}

/// A statement's run-time parts (the values of its expressions), to be written into the bytes of
/// its instruction, an [`Fill::Instruction`]: x64 implements it for its argument tuples.
pub trait Fill {
    /// The architecture's instruction encoded at compile time, with its holes described.
    type Instruction;
    /// Writes the parts into the instruction's bytes and returns the instruction as it is
    /// appended (a label's field stays zero: the label's relocation fills it).
    fn fill(self, instruction: &Self::Instruction) -> Encoded;
}
