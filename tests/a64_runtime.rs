//! The runtime half for aarch64: every [`Aarch64Relocation`] field patched through the
//! assemblers with global, local and dynamic labels, forward and backward, and with `extern`
//! addresses; range and alignment errors; re-patching in `alter`; `ADRP`'s page arithmetic with
//! the load address (including after the executable buffer moves).
//!
//! Instructions are emitted with `push_u32` and their relocations recorded with the
//! `DynasmLabelApi` methods, as `dynasm!` does (`field_offset` 4 and `ref_offset` 4: the field
//! is the instruction word, the displacement is from the instruction, as dynasmrt 5.1's
//! `dynasm!` records them). The expected words are llvm-mc's encodings of the same instruction
//! with the same displacement (`llvm-mc -triple=aarch64 -show-encoding`; `tools/a64_reloc_llvm.py`
//! checks the table against llvm-mc).

use declasm::aarch64::{Aarch64Field, Aarch64Relocation as A};
use declasm::{
    AssemblyOffset, DynamicLabel, DynasmApi, DynasmError, DynasmLabelApi, Relocation,
    RelocationKind, TargetKind, VecAssembler,
};

/// `(llvm-mc input, llvm-mc's encoding)`: the displacement is the number after the last `#`.
const LLVM: &[(&str, [u8; 4])] = &[
    ("b #-8", [0xfe, 0xff, 0xff, 0x17]),
    ("b #8", [0x02, 0x00, 0x00, 0x14]),
    ("b #134217724", [0xff, 0xff, 0xff, 0x15]),
    ("b #-134217728", [0x00, 0x00, 0x00, 0x16]),
    ("bl #-4", [0xff, 0xff, 0xff, 0x97]),
    ("bl #12", [0x03, 0x00, 0x00, 0x94]),
    ("b #65520", [0xfc, 0x3f, 0x00, 0x14]),
    ("b.eq #-4", [0xe0, 0xff, 0xff, 0x54]),
    ("b.ne #1048572", [0xe1, 0xff, 0x7f, 0x54]),
    ("b.lt #-1048576", [0x0b, 0x00, 0x80, 0x54]),
    ("cbz x2, #16", [0x82, 0x00, 0x00, 0xb4]),
    ("cbz x2, #-1048576", [0x02, 0x00, 0x80, 0xb4]),
    ("cbnz w3, #1048572", [0xe3, 0xff, 0x7f, 0x35]),
    ("ldr x3, #-8", [0xc3, 0xff, 0xff, 0x58]),
    ("ldr w3, #1048572", [0xe3, 0xff, 0x7f, 0x18]),
    ("ldr s3, #8", [0x43, 0x00, 0x00, 0x1c]),
    ("ldr d3, #-4", [0xe3, 0xff, 0xff, 0x5c]),
    ("ldr q3, #8", [0x43, 0x00, 0x00, 0x9c]),
    ("ldrsw x4, #4", [0x24, 0x00, 0x00, 0x98]),
    ("prfm pldl1keep, #8", [0x40, 0x00, 0x00, 0xd8]),
    ("tbz w1, #3, #-4", [0xe1, 0xff, 0x1f, 0x36]),
    ("tbz x1, #40, #32764", [0xe1, 0xff, 0x43, 0xb6]),
    ("tbnz w1, #31, #-32768", [0x01, 0x00, 0xfc, 0x37]),
    ("tbnz x9, #63, #12", [0x69, 0x00, 0xf8, 0xb7]),
    ("adr x1, #-1", [0xe1, 0xff, 0xff, 0x70]),
    ("adr x1, #1048575", [0xe1, 0xff, 0x7f, 0x70]),
    ("adr x0, #-1048576", [0x00, 0x00, 0x80, 0x10]),
    ("adr x5, #5", [0x25, 0x00, 0x00, 0x30]),
    ("adr x30, #0", [0x1e, 0x00, 0x00, 0x10]),
    ("adrp x0, #4096", [0x00, 0x00, 0x00, 0xb0]),
    ("adrp x0, #-4096", [0xe0, 0xff, 0xff, 0xf0]),
    ("adrp x3, #4294963200", [0xe3, 0xff, 0x7f, 0xf0]),
    ("adrp x3, #-4294967296", [0x03, 0x00, 0x80, 0x90]),
    ("adrp x9, #0", [0x09, 0x00, 0x00, 0x90]),
];

/// The relocation encoding of an instruction's label field and the mask of its bits (from the
/// ARM ARM's encodings, not from the code under test).
fn field_of(asm: &str) -> (u8, u32) {
    match asm.split_whitespace().next().unwrap() {
        "b" | "bl" => (A::B, 0x03FF_FFFF),
        "tbz" | "tbnz" => (A::TBZ, 0x0007_FFE0),
        "adr" => (A::ADR, 0x60FF_FFE0),
        "adrp" => (A::ADRP, 0x60FF_FFE0),
        "ldr" | "ldrsw" | "prfm" => (A::LITERAL, 0x00FF_FFE0),
        m if m.starts_with("b.") || m.starts_with("cb") => (A::BCOND, 0x00FF_FFE0),
        m => panic!("no field for {m}"),
    }
}

fn displacement(asm: &str) -> isize {
    asm.rsplit('#').next().unwrap().parse().unwrap()
}

fn word(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

const NOP: u32 = 0xD503_201F;

/// How a test refers to its label.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Way {
    GlobalBefore,
    GlobalAfter,
    LocalBefore,
    LocalAfter,
    DynamicBefore,
    DynamicAfter,
}

const WAYS: [Way; 6] = [
    Way::GlobalBefore,
    Way::GlobalAfter,
    Way::LocalBefore,
    Way::LocalAfter,
    Way::DynamicBefore,
    Way::DynamicAfter,
];

/// The offset of the instruction under test; the label is defined at 0 (before) or
/// [`AFTER`] (after).
const AT: usize = 16;
const AFTER: usize = 28;

/// Assembles `nop x4; <template>; nop x2` at `base` with the instruction's relocation to a label
/// defined at 0 or [`AFTER`], at distance `target` from the label (`target_offset`).
fn assemble(
    base: usize,
    way: Way,
    template: u32,
    reloc: A,
    target: impl Fn(usize) -> isize,
) -> (Result<Vec<u8>, DynasmError>, DynamicLabel) {
    let mut ops = VecAssembler::<A>::new(base);
    let dynamic = ops.new_dynamic_label();
    let before = matches!(
        way,
        Way::GlobalBefore | Way::LocalBefore | Way::DynamicBefore
    );
    let define = |ops: &mut VecAssembler<A>| match way {
        Way::GlobalBefore | Way::GlobalAfter => ops.global_label("g"),
        Way::LocalBefore | Way::LocalAfter => ops.local_label("l"),
        Way::DynamicBefore | Way::DynamicAfter => ops.dynamic_label(dynamic),
    };
    if before {
        define(&mut ops);
    }
    for _ in 0..4 {
        ops.push_u32(NOP);
    }
    assert_eq!(ops.offset(), AssemblyOffset(AT));
    ops.push_u32(template);
    let t = target(if before { 0 } else { AFTER });
    match way {
        Way::GlobalBefore | Way::GlobalAfter => ops.global_relocation("g", t, 4, 4, reloc),
        Way::LocalBefore => ops.backward_relocation("l", t, 4, 4, reloc),
        Way::LocalAfter => ops.forward_relocation("l", t, 4, 4, reloc),
        Way::DynamicBefore | Way::DynamicAfter => ops.dynamic_relocation(dynamic, t, 4, 4, reloc),
    }
    ops.push_u32(NOP);
    ops.push_u32(NOP);
    if !before {
        assert_eq!(ops.offset(), AssemblyOffset(AFTER));
        define(&mut ops);
    }
    (ops.finalize(), dynamic)
}

/// `ADRP` is tested with the instruction at this address (a page start) and its target inside
/// a page, so that only page arithmetic gives llvm-mc's word.
const ADRP_PC: usize = 0x2_0000_1000;
const ADRP_BASE: usize = ADRP_PC - AT;
const BASE: usize = 0x10_0000;

/// The target offset (from the label) that puts the target at `disp` from the instruction; for
/// `ADRP`, `disp` pages from it plus 0x7F8.
fn target_for(reloc: A, disp: isize) -> impl Fn(usize) -> isize {
    let adrp = reloc.field() == Aarch64Field::Adrp;
    move |label: usize| {
        if adrp {
            disp + 0x7F8 + AT as isize - label as isize
        } else {
            disp + AT as isize - label as isize
        }
    }
}

#[test]
fn every_field_matches_llvm_mc() {
    for &(asm, expected) in LLVM {
        let (enc, mask) = field_of(asm);
        let reloc = A::from_encoding(enc);
        let disp = displacement(asm);
        let expected = u32::from_le_bytes(expected);
        // The template's field holds junk: the relocation must replace it and keep the rest.
        let template = expected & !mask | 0xA5A5_A5A5 & mask;
        let base = if enc == A::ADRP { ADRP_BASE } else { BASE };
        for way in WAYS {
            let (code, _) = assemble(base, way, template, reloc, target_for(reloc, disp));
            let code = code.unwrap_or_else(|e| panic!("{asm} {way:?}: {e:?}"));
            assert_eq!(
                word(&code, AT),
                expected,
                "{asm} {way:?}: {:08x}",
                word(&code, AT)
            );
            assert_eq!(reloc.read_value(&code[AT..]), disp, "{asm} {way:?}");
            assert_eq!(word(&code, 0), NOP);
            assert_eq!(word(&code, AT + 4), NOP);
        }
    }
}

#[test]
fn dynasm_encodings_give_the_same_words() {
    // dynasmrt 5.1's own `dynasm!` passes these (observed through a recording DynasmLabelApi):
    // 4 B/BL, 5 B.cond/CBZ/CBNZ/literal, 6 ADR, 7 ADRP, 8 TBZ/TBNZ.
    let pairs = [
        (4u8, A::B),
        (5, A::BCOND),
        (6, A::ADR),
        (7, A::ADRP),
        (8, A::TBZ),
    ];
    for (dynasm, ours) in pairs {
        assert_eq!(A::from_dynasm_encoding(dynasm), A::from_encoding(ours));
    }
    // Through the `*_reloc` entry points that code expanded by dynasm-rs's macro calls.
    let mut ops = VecAssembler::<A>::new(BASE);
    ops.global_label("g");
    ops.push_u32(NOP);
    ops.push_u32(0x1400_0000); // b ->g
    ops.global_reloc("g", 0, 4, 4, 4);
    ops.push_u32(0x5400_0000); // b.eq ->g
    ops.global_reloc("g", 0, 4, 4, 5);
    ops.push_u32(0x3600_0001); // tbz w1, 0, ->g
    ops.global_reloc("g", 0, 4, 4, 8);
    ops.push_u32(0x1000_0002); // adr x2, ->g
    ops.global_reloc("g", 0, 4, 4, 6);
    ops.push_u32(0);
    ops.global_reloc("g", 0, 4, 4, 0x42); // .abs32 ->g
    ops.push_u32(0);
    ops.global_reloc("g", 0, 4, 4, 0x02); // .rel32 ->g
    let code = ops.finalize().unwrap();
    assert_eq!(code[4..8], [0xff, 0xff, 0xff, 0x17]); // b #-4 (llvm-mc)
    assert_eq!(code[8..12], [0xc0, 0xff, 0xff, 0x54]); // b.eq #-8 (llvm-mc)
    assert_eq!(code[12..16], [0xa1, 0xff, 0x07, 0x36]); // tbz w1, #0, #-12 (llvm-mc)
    assert_eq!(code[16..20], [0x82, 0xff, 0xff, 0x10]); // adr x2, #-16 (llvm-mc)
    assert_eq!(word(&code, 20), BASE as u32);
    assert_eq!(word(&code, 24) as i32, -24);
}

/// The error each way reports for a relocation that cannot be written.
fn target_kind(way: Way, dynamic: DynamicLabel) -> TargetKind {
    match way {
        Way::GlobalBefore | Way::GlobalAfter => TargetKind::Global("g"),
        Way::LocalBefore | Way::LocalAfter => TargetKind::Local("l"),
        Way::DynamicBefore | Way::DynamicAfter => TargetKind::Dynamic(dynamic),
    }
}

#[test]
fn out_of_range_and_misaligned_targets_are_errors() {
    // (field, displacements that must fail: just out of range, misaligned)
    let cases: [(u8, &[isize]); 5] = [
        (A::B, &[1 << 27, -(1 << 27) - 4, 2, -6, 1]),
        (A::BCOND, &[1 << 20, -(1 << 20) - 4, 1, -2]),
        (A::TBZ, &[1 << 15, -(1 << 15) - 4, 3, -1]),
        (A::ADR, &[1 << 20, -(1 << 20) - 1]),
        // ADRP: pages, always aligned (the page arithmetic makes them so).
        (A::ADRP, &[1 << 32, -(1 << 32) - 4096]),
    ];
    for (enc, bad) in cases {
        let reloc = A::from_encoding(enc);
        let base = if enc == A::ADRP { ADRP_BASE } else { BASE };
        for &disp in bad {
            for way in WAYS {
                let (code, dynamic) = assemble(base, way, 0, reloc, target_for(reloc, disp));
                assert_eq!(
                    code,
                    Err(DynasmError::ImpossibleRelocation(target_kind(way, dynamic))),
                    "{enc:#x} {disp:#x} {way:?}"
                );
            }
        }
    }
}

#[test]
fn extern_targets() {
    // b extern 0x41_0000 at 0x40_0010: b #65520; adrp x0, extern at the page after: adrp x0, #4096.
    let mut ops = VecAssembler::<A>::new(0x40_0000);
    for _ in 0..4 {
        ops.push_u32(NOP);
    }
    ops.push_u32(0x1400_0000);
    let abs_to_rel = (RelocationKind::AbsToRel as u8) << 4;
    ops.bare_relocation(0x41_0000, 4, 4, A::from_encoding(A::B | abs_to_rel));
    ops.push_u32(0x9000_0000);
    ops.bare_relocation(0x40_1FFF, 4, 4, A::from_encoding(A::ADRP | abs_to_rel));
    // .abs64 extern: the address itself.
    ops.push_u64(0);
    ops.bare_relocation(0xdead_beef_0000, 8, 8, A::from_encoding(8 | 2 << 4));
    let code = ops.finalize().unwrap();
    assert_eq!(code[16..20], [0xfc, 0x3f, 0x00, 0x14]);
    assert_eq!(code[20..24], [0x00, 0x00, 0x00, 0xb0]);
    assert_eq!(code[24..32], 0xdead_beef_0000u64.to_le_bytes());

    let mut ops = VecAssembler::<A>::new(0);
    ops.push_u32(0x1400_0000);
    ops.bare_relocation(1 << 27, 4, 4, A::from_encoding(A::B | abs_to_rel));
    assert_eq!(
        ops.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Value(
            1 << 27
        )))
    );
}

#[test]
fn data_fields() {
    let mut ops = VecAssembler::<A>::new(0x1000);
    ops.push_u32(NOP);
    ops.local_label("l");
    let mut at = Vec::new();
    for (enc, size) in [(1u8, 1usize), (2, 2), (4, 4), (8, 8), (0x24, 4), (0x28, 8)] {
        at.push((ops.offset().0, enc, size));
        ops.extend(vec![0xEEu8; size]);
        ops.backward_relocation("l", 0, size as u8, size as u8, A::from_encoding(enc));
    }
    let code = ops.finalize().unwrap();
    for (at, enc, size) in at {
        let reloc = A::from_encoding(enc);
        assert_eq!(reloc.size(), size);
        assert!(matches!(reloc.field(), Aarch64Field::Data(_)));
        let expected = if reloc.kind() == RelocationKind::Absolute {
            0x1004
        } else {
            4 - at as isize
        };
        assert_eq!(reloc.read_value(&code[at..]), expected, "{enc:#x}");
    }
    // A .rel8 that cannot reach.
    let mut ops = VecAssembler::<A>::new(0);
    ops.global_label("g");
    ops.extend([0u8; 200]);
    ops.push(0);
    ops.global_relocation("g", 0, 1, 1, A::from_encoding(1));
    assert_eq!(
        ops.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Global("g")))
    );
}

#[test]
fn label_plus_offset_and_vec_alter() {
    // `b ->g + 8` and re-patching through the uncommitted modifier keeps the relocation's bits.
    let mut ops = VecAssembler::<A>::new(0);
    ops.global_label("g");
    ops.push_u32(NOP);
    ops.push_u32(0x1400_0000);
    ops.global_relocation("g", 8, 4, 4, A::from_encoding(A::B));
    ops.push_u32(NOP);
    ops.commit().unwrap();
    let mut m = ops.alter();
    m.goto(AssemblyOffset(8));
    m.push_u32(0xD503_203F); // yield
    m.check_exact(AssemblyOffset(12)).unwrap();
    let code = ops.finalize().unwrap();
    assert_eq!(code[4..8], [0x01, 0x00, 0x00, 0x14]); // b #4 (llvm-mc)
    assert_eq!(word(&code, 8), 0xD503_203F);
}

// ---------------------------------------------------------------------------------------------
// The executable assembler

/// Decodes an `ADRP` word's page offset in bytes (the ARM ARM's layout).
fn adrp_offset(word: u32) -> isize {
    let imm = ((word >> 5) & 0x7_FFFF) << 2 | (word >> 29) & 3;
    (((imm << 11) as i32) >> 11) as isize * 4096
}

#[test]
fn executable_assembler_commits_and_alters() {
    let mut ops = declasm::aarch64::Assembler::new().unwrap();
    let start = ops.offset();
    ops.global_label("top");
    ops.push_u32(NOP);
    ops.push_u32(0x1400_0000); // b >next
    ops.forward_relocation("next", 0, 4, 4, A::from_encoding(A::B));
    ops.push_u32(0x9000_0000); // adrp x0, ->data (needs the buffer's address)
    ops.global_relocation("data", 0, 4, 4, A::from_encoding(A::ADRP));
    ops.local_label("next");
    ops.push_u32(0xB400_0001); // cbz x1, ->top
    ops.global_relocation("top", 0, 4, 4, A::from_encoding(A::BCOND));
    ops.extend(vec![0u8; 0x1400]);
    ops.global_label("data");
    ops.commit().unwrap();
    let data = 0x1400 + 16;
    {
        let reader = ops.reader();
        let code = reader.lock();
        let addr = code.ptr(start) as usize;
        assert_eq!(code[4..8], [0x02, 0x00, 0x00, 0x14]); // b #8 (llvm-mc)
        let page = |a: usize| (a & !0xFFF) as isize;
        assert_eq!(
            adrp_offset(word(&code, 8)),
            page(addr + data) - page(addr + 8)
        );
        assert_eq!(word(&code, 8) & !0x60FF_FFE0, 0x9000_0000);
        assert_eq!(code[12..16], [0xa1, 0xff, 0xff, 0xb4]); // cbz x1, #-12 (llvm-mc)
    }

    // Re-point the branch at 4 to ->top through `alter`: the opcode bits stay.
    ops.alter(|m| {
        m.goto(AssemblyOffset(4));
        m.push_u32(0x9400_0000); // bl ->top
        m.global_relocation("top", 0, 4, 4, A::from_encoding(A::B));
    })
    .unwrap();
    assert_eq!(ops.reader().lock()[4..8], [0xff, 0xff, 0xff, 0x97]); // bl #-4 (llvm-mc)

    // A target out of reach in `alter` is an error and changes nothing.
    let err = ops.alter(|m| {
        m.goto(AssemblyOffset(12));
        m.push_u32(0xB400_0001);
        m.global_relocation("top", 1 << 21, 4, 4, A::from_encoding(A::BCOND));
    });
    assert_eq!(
        err,
        Err(DynasmError::ImpossibleRelocation(TargetKind::Global("top")))
    );
    assert_eq!(ops.reader().lock()[12..16], [0xa1, 0xff, 0xff, 0xb4]); // cbz x1, #-12 (llvm-mc)

    // And at commit.
    ops.push_u32(0x1400_0000);
    ops.global_relocation("top", 1 << 28, 4, 4, A::from_encoding(A::B));
    assert_eq!(
        ops.commit(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Global("top")))
    );
    ops.discard_uncommitted();
    let code = ops.finalize().unwrap();
    assert_eq!(code.len(), data);
}

#[test]
fn address_dependent_fields_follow_the_buffer() {
    // ADRP to a label and B/ADRP to an extern address are written at commit and written again
    // when the buffer grows and moves.
    let mut ops = declasm::aarch64::Assembler::new().unwrap();
    let base = ops.reader().lock().ptr(AssemblyOffset(0)) as usize;
    let far = base + 0x12_3456; // within reach of wherever the next mapping lands
    let abs_to_rel = (RelocationKind::AbsToRel as u8) << 4;
    ops.push_u32(0x9000_0003); // adrp x3, extern far
    ops.bare_relocation(far, 4, 4, A::from_encoding(A::ADRP | abs_to_rel));
    ops.push_u32(0x9400_0000); // bl extern far & !3
    ops.bare_relocation(far & !3, 4, 4, A::from_encoding(A::B | abs_to_rel));
    ops.push_u32(0x9000_0004); // adrp x4, ->late
    ops.global_relocation("late", 0, 4, 4, A::from_encoding(A::ADRP));
    ops.global_label("late");
    ops.commit().unwrap();
    let check = |ops: &declasm::aarch64::Assembler| {
        let reader = ops.reader();
        let code = reader.lock();
        let addr = code.ptr(AssemblyOffset(0)) as usize;
        let page = |a: usize| (a & !0xFFF) as isize;
        assert_eq!(adrp_offset(word(&code, 0)), page(far) - page(addr));
        let b = A::from_encoding(A::B);
        assert_eq!(
            b.read_value(&code[4..]),
            (far & !3) as isize - (addr + 4) as isize
        );
        assert_eq!(
            adrp_offset(word(&code, 8)),
            page(addr + 12) - page(addr + 8)
        );
        assert_eq!(word(&code, 0) & 0x9F00_001F, 0x9000_0003);
        assert_eq!(word(&code, 4) >> 26, 0x25);
        addr
    };
    let first = check(&ops);
    assert_eq!(first, base);
    // Grow past the first page: the buffer is reallocated.
    ops.extend(vec![0u8; 3 * 4096]);
    ops.commit().unwrap();
    let second = check(&ops);
    assert_ne!(first, second, "the buffer did not move");
}

/// The displacement a field of `word` holds, decoded with the ARM ARM's layouts.
fn decode_field(enc: u8, word: u32) -> isize {
    let sext = |v: u32, bits: u32| ((v << (32 - bits)) as i32 >> (32 - bits)) as isize;
    match enc {
        A::B => sext(word & 0x03FF_FFFF, 26) * 4,
        A::BCOND => sext((word >> 5) & 0x7_FFFF, 19) * 4,
        A::TBZ => sext((word >> 5) & 0x3FFF, 14) * 4,
        A::ADR => sext(((word >> 5) & 0x7_FFFF) << 2 | (word >> 29) & 3, 21),
        A::ADRP => adrp_offset(word),
        _ => unreachable!(),
    }
}

#[test]
fn random_displacements() {
    // (field, bits of the scaled immediate, scale): a displacement is accepted exactly when it
    // is a multiple of the scale and fits; the word then decodes to it, and the other bits stay.
    let fields = [
        (A::B, 26u32, 4isize, 0x03FF_FFFFu32),
        (A::BCOND, 19, 4, 0x00FF_FFE0),
        (A::TBZ, 14, 4, 0x0007_FFE0),
        (A::ADR, 21, 1, 0x60FF_FFE0),
        (A::ADRP, 21, 4096, 0x60FF_FFE0),
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (enc, bits, scale, mask) in fields {
        let reloc = A::from_encoding(enc);
        let limit = (1isize << (bits - 1)) * scale;
        let (mut accepted, mut refused) = (0, 0);
        for _ in 0..2000 {
            // In the range or up to 1/8 of it beyond, sometimes misaligned (not ADRP: a target anywhere in a
            // page gives the same, aligned, page offset).
            let r = next();
            let mut disp = (r >> 8) as isize % (2 * limit + limit / 4) - limit - limit / 8;
            disp -= disp.rem_euclid(scale);
            if r & 7 == 0 && enc != A::ADRP {
                disp += 1 + (r >> 3) as isize % 3;
            }
            let template = (next() as u32 & !mask) | 0x5A5A_5A5A & mask;
            let base = if enc == A::ADRP { ADRP_BASE } else { BASE };
            let (code, _) = assemble(
                base,
                Way::GlobalAfter,
                template,
                reloc,
                target_for(reloc, disp),
            );
            let ok = disp % scale == 0 && -limit <= disp && disp < limit;
            match code {
                Ok(code) => {
                    assert!(ok, "{enc:#x} {disp:#x} accepted");
                    let word = word(&code, AT);
                    assert_eq!(decode_field(enc, word), disp, "{enc:#x} {disp:#x}");
                    assert_eq!(word & !mask, template & !mask, "{enc:#x} {disp:#x}");
                    accepted += 1;
                }
                Err(e) => {
                    assert!(!ok, "{enc:#x} {disp:#x}: {e:?}");
                    assert_eq!(
                        e,
                        DynasmError::ImpossibleRelocation(TargetKind::Global("g"))
                    );
                    refused += 1;
                }
            }
        }
        assert!(
            accepted > 1000 && refused > 100,
            "{enc:#x}: {accepted} accepted, {refused} refused"
        );
    }
}
