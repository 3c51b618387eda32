//! Tests of the runtime half: labels, relocations, assemblers, executable memory.
//!
//! Bytes are emitted with `push`/`extend` and the relocation methods are called directly, the way
//! `dynasm!` calls them. Where it is straightforward, the same code is assembled by `dynasm!` and the
//! bytes compared: declasm's own here, dynasmrt 5.1's when the oracle crate builds this file
//! (oracle/tests/runtime.rs, with `declasm_oracle` set).

use declasm::x64::X64Relocation;
use declasm::{
    AssemblyOffset, DynamicLabel, DynasmApi, DynasmError, DynasmLabelApi, LabelKind, Relocation,
    SimpleAssembler, StaticLabel, TargetKind, VecAssembler,
};

type X = X64Relocation;

const REL8: u8 = 0x01;
const REL16: u8 = 0x02;
const REL32: u8 = 0x04;
const REL64: u8 = 0x08;
const ABSREL32: u8 = 0x14;
const ABS8: u8 = 0x21;
const ABS16: u8 = 0x22;
const ABS32: u8 = 0x24;
const ABS64: u8 = 0x28;

fn r(encoding: u8) -> X {
    X::from_encoding(encoding)
}

/// `jmp rel32` to a label, emitted like dynasm! does it.
fn jmp32<A: DynasmLabelApi<Relocation = X>>(a: &mut A) {
    a.extend(&[0xE9, 0, 0, 0, 0]);
}

fn jmp8<A: DynasmLabelApi<Relocation = X>>(a: &mut A) {
    a.extend(&[0xEB, 0]);
}

fn read_i32(bytes: &[u8], at: usize) -> i32 {
    i32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

fn read_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

// ---------------------------------------------------------------------------------------------
// Comparison with dynasmrt

mod oracle {
    #[cfg(not(declasm_oracle))]
    use declasm as rt;
    #[cfg(declasm_oracle)]
    use dynasmrt as rt;
    use rt::{dynasm, DynasmApi as _, DynasmLabelApi as _};

    pub fn labels(base: usize) -> Vec<u8> {
        let mut d = rt::VecAssembler::<rt::x64::X64Relocation>::new(base);
        let dl = d.new_dynamic_label();
        let dl2 = d.new_dynamic_label();
        dynasm!(d
            ; .arch x64
            ; ->start:
            ; jmp ->end
            ; l:
            ; jmp <l
            ; jmp >l
            ; l:
            ; jmp BYTE <l
            ; jmp BYTE >l
            ; nop
            ; l:
            ; jmp =>dl
            ; =>dl2
            ; lea rax, [->end]
            ; mov rax, QWORD ->start
            ; =>dl
            ; jmp =>dl2
            ; mov DWORD [->start], 5
            ; jmp ->start
            ; ->end:
            ; ret
        );
        d.finalize().unwrap()
    }
}

/// The same code as `oracle::labels`, through the public string-named methods or the
/// pre-hashed `__` entry points `dynasm!` uses.
fn mirror_labels(base: usize, hashed: bool) -> Vec<u8> {
    let mut o = VecAssembler::<X>::new(base);
    let dl = o.new_dynamic_label();
    let dl2 = o.new_dynamic_label();
    let (start, end, l) = (
        StaticLabel::new("start"),
        StaticLabel::new("end"),
        StaticLabel::new("l"),
    );
    let local = |o: &mut VecAssembler<X>| {
        if hashed {
            o.__local_label(l)
        } else {
            o.local_label("l")
        }
    };
    let fwd = |o: &mut VecAssembler<X>, fo: u8, enc: u8| {
        if hashed {
            o.__forward_relocation(l, 0, fo, 0, r(enc))
        } else {
            o.forward_relocation("l", 0, fo, 0, r(enc))
        }
    };
    let bwd = |o: &mut VecAssembler<X>, fo: u8, enc: u8| {
        if hashed {
            o.__backward_relocation(l, 0, fo, 0, r(enc))
        } else {
            o.backward_relocation("l", 0, fo, 0, r(enc))
        }
    };
    let glob = |o: &mut VecAssembler<X>, name: StaticLabel, fo: u8, enc: u8| {
        if hashed {
            o.__global_relocation(name, 0, fo, 0, r(enc))
        } else {
            o.global_relocation(name.name, 0, fo, 0, r(enc))
        }
    };
    if hashed {
        o.__global_label(start);
    } else {
        o.global_label("start");
    }
    jmp32(&mut o);
    glob(&mut o, end, 4, REL32);
    local(&mut o);
    jmp32(&mut o);
    bwd(&mut o, 4, REL32);
    jmp32(&mut o);
    fwd(&mut o, 4, REL32);
    local(&mut o);
    jmp8(&mut o);
    bwd(&mut o, 1, REL8);
    jmp8(&mut o);
    fwd(&mut o, 1, REL8);
    o.push(0x90);
    local(&mut o);
    jmp32(&mut o);
    o.dynamic_relocation(dl, 0, 4, 0, r(REL32));
    o.dynamic_label(dl2);
    o.extend(&[0x48, 0x8D, 0x05, 0, 0, 0, 0]);
    glob(&mut o, end, 4, REL32);
    o.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0]);
    glob(&mut o, start, 8, ABS64);
    o.dynamic_label(dl);
    jmp32(&mut o);
    o.dynamic_relocation(dl2, 0, 4, 0, r(REL32));
    o.extend(&[0xC7, 0x05, 0, 0, 0, 0, 5, 0, 0, 0]);
    glob(&mut o, start, 8, REL32);
    jmp32(&mut o);
    glob(&mut o, start, 4, REL32);
    if hashed {
        o.__global_label(end);
    } else {
        o.global_label("end");
    }
    o.push(0xC3);
    o.finalize().unwrap()
}

#[test]
fn labels_match_dynasmrt() {
    for base in [0, 0x1234_5678, 0x7fff_0000_1000] {
        let expected = oracle::labels(base);
        assert_eq!(mirror_labels(base, false), expected, "base {base:#x}");
        assert_eq!(
            mirror_labels(base, true),
            expected,
            "base {base:#x}, hashed"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Label kinds

#[test]
fn global_forward_and_backward() {
    let mut o = VecAssembler::<X>::new(0);
    jmp32(&mut o);
    o.global_relocation("end", 0, 4, 0, r(REL32));
    o.global_label("top");
    o.push(0x90);
    jmp32(&mut o);
    o.global_relocation("top", 0, 4, 0, r(REL32));
    o.global_label("end");
    let code = o.finalize().unwrap();
    assert_eq!(read_i32(&code, 1), 6);
    assert_eq!(read_i32(&code, 7), -6);
}

#[test]
fn local_labels_redefine() {
    let mut o = VecAssembler::<X>::new(0);
    o.local_label("a"); // 0
    o.push(0x90);
    jmp8(&mut o); // 1..3: <a = 0, >a = 5
    o.backward_relocation("a", 0, 1, 0, r(REL8));
    jmp8(&mut o); // 3..5
    o.forward_relocation("a", 0, 1, 0, r(REL8));
    o.local_label("a"); // 5
    jmp8(&mut o); // 5..7: <a = 5
    o.backward_relocation("a", 0, 1, 0, r(REL8));
    jmp8(&mut o); // 7..9: >a = 11
    o.forward_relocation("a", 0, 1, 0, r(REL8));
    jmp8(&mut o); // 9..11: >a = 11
    o.forward_relocation("a", 0, 1, 0, r(REL8));
    o.local_label("a"); // 11
    o.push(0xC3);
    assert_eq!(o.labels().resolve_local("a"), Ok(AssemblyOffset(11)));
    let code = o.finalize().unwrap();
    assert_eq!(
        code,
        [
            0x90,
            0xEB,
            (-3i8) as u8,
            0xEB,
            0,
            0xEB,
            (-2i8) as u8,
            0xEB,
            2,
            0xEB,
            0,
            0xC3
        ]
    );
}

#[test]
fn target_offsets_are_added() {
    let mut o = VecAssembler::<X>::new(0);
    o.global_label("g");
    o.extend(&[0; 4]);
    o.global_relocation("g", 8, 4, 4, r(REL32)); // .rel32 ->g + 8, relative to field start
    o.extend(&[0; 4]);
    o.backward_relocation("nope", 0, 4, 4, r(REL32));
    let err = o.finalize().unwrap_err();
    assert_eq!(err, DynasmError::UnknownLabel(LabelKind::Local("nope")));

    let mut o = VecAssembler::<X>::new(0);
    o.global_label("g");
    o.extend(&[0; 4]);
    o.global_relocation("g", 8, 4, 4, r(REL32));
    o.extend(&[0; 4]);
    o.forward_relocation("f", -2, 4, 4, r(REL32));
    o.local_label("f");
    let code = o.finalize().unwrap();
    assert_eq!(read_i32(&code, 0), 8);
    assert_eq!(read_i32(&code, 4), 2);
}

#[test]
fn dynamic_forward_and_backward() {
    let mut o = VecAssembler::<X>::new(0);
    let a = o.new_dynamic_label();
    let b = o.new_dynamic_label();
    assert_ne!(a, b);
    assert_eq!(b.get_id(), a.get_id() + 1);
    jmp32(&mut o);
    o.dynamic_relocation(b, 0, 4, 0, r(REL32));
    o.dynamic_label(a);
    o.push(0x90);
    o.dynamic_label(b);
    jmp32(&mut o);
    o.dynamic_relocation(a, 0, 4, 0, r(REL32));
    assert_eq!(o.labels().resolve_dynamic(a), Ok(AssemblyOffset(5)));
    let code = o.finalize().unwrap();
    assert_eq!(read_i32(&code, 1), 1);
    assert_eq!(read_i32(&code, 7), -6);
}

#[test]
fn extern_relocations() {
    let base = 0x40_0000;
    let mut o = VecAssembler::<X>::new(base);
    o.extend(&[0x90; 0x10]);
    o.extend(&[0xE8, 0, 0, 0, 0]); // call extern 0x41_0000 (at 0x10..0x15)
    o.bare_relocation(0x41_0000, 4, 0, r(ABSREL32));
    o.extend(&[0x48, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0]); // mov rax, QWORD extern
    o.bare_relocation(0xdead_beef_0000, 8, 0, r(ABS64));
    let code = o.finalize().unwrap();
    assert_eq!(read_i32(&code, 0x11), 0x41_0000 - (base as i32 + 0x15));
    assert_eq!(read_u64(&code, 0x17), 0xdead_beef_0000);

    let mut o = VecAssembler::<X>::new(0);
    o.extend(&[0xE8, 0, 0, 0, 0]);
    o.bare_relocation(1 << 40, 4, 0, r(ABSREL32));
    assert_eq!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Value(
            1 << 40
        )))
    );
}

#[test]
fn relocation_sizes() {
    let base = 0x10;
    let mut o = VecAssembler::<X>::new(base);
    o.global_label("g"); // offset 0
    o.extend(&[0; 3]);
    // Relative fields, relative to the start of the field: ->g - field
    let mut fields = Vec::new();
    for (enc, size) in [(REL8, 1), (REL16, 2), (REL32, 4), (REL64, 8)] {
        fields.push((o.offset().0, enc, size));
        o.extend(vec![0u8; size]);
        o.global_relocation("g", 0, size as u8, size as u8, r(enc));
    }
    for (enc, size) in [(ABS8, 1), (ABS16, 2), (ABS32, 4), (ABS64, 8)] {
        fields.push((o.offset().0, enc, size));
        o.extend(vec![0u8; size]);
        o.global_relocation("h", 0, size as u8, size as u8, r(enc));
    }
    o.global_label("h");
    let h = o.offset().0;
    let code = o.finalize().unwrap();
    for (at, enc, size) in fields {
        let rel = r(enc);
        assert_eq!(rel.size(), size);
        let value = rel.read_value(&code[at..]);
        if rel.kind() == declasm::RelocationKind::Absolute {
            assert_eq!(value as usize, base + h, "{enc:#x}");
        } else {
            assert_eq!(value, -(at as isize), "{enc:#x}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

fn one_jump_to_global(base: usize) -> VecAssembler<X> {
    let mut o = VecAssembler::<X>::new(base);
    jmp32(&mut o);
    o.global_relocation("missing", 0, 4, 0, r(REL32));
    o
}

#[test]
fn unknown_labels_are_errors() {
    let unknown = |kind| Err(DynasmError::UnknownLabel(kind));
    assert_eq!(
        one_jump_to_global(0).finalize(),
        unknown(LabelKind::Global("missing"))
    );

    let mut o = VecAssembler::<X>::new(0);
    let d = o.new_dynamic_label();
    jmp32(&mut o);
    o.dynamic_relocation(d, 0, 4, 0, r(REL32));
    assert_eq!(o.finalize(), unknown(LabelKind::Dynamic(d)));

    let mut o = VecAssembler::<X>::new(0);
    jmp32(&mut o);
    o.forward_relocation("x", 0, 4, 0, r(REL32));
    assert_eq!(o.finalize(), unknown(LabelKind::Local("x")));

    // `<x` needs a definition *before* it.
    let mut o = VecAssembler::<X>::new(0);
    jmp32(&mut o);
    o.backward_relocation("x", 0, 4, 0, r(REL32));
    o.local_label("x");
    assert_eq!(o.finalize(), unknown(LabelKind::Local("x")));

    // `>x` needs a definition *after* it.
    let mut o = VecAssembler::<X>::new(0);
    o.local_label("x");
    jmp32(&mut o);
    o.forward_relocation("x", 0, 4, 0, r(REL32));
    assert_eq!(o.finalize(), unknown(LabelKind::Local("x")));

    // A dynamic label id that this assembler never created.
    let mut o = VecAssembler::<X>::new(0);
    let mut other = VecAssembler::<X>::new(0);
    other.new_dynamic_label();
    let foreign: DynamicLabel = other.new_dynamic_label();
    jmp32(&mut o);
    o.dynamic_relocation(foreign, 0, 4, 0, r(REL32));
    assert_eq!(o.finalize(), unknown(LabelKind::Dynamic(foreign)));
}

#[test]
fn duplicate_labels_are_errors() {
    let mut o = VecAssembler::<X>::new(0);
    o.global_label("g");
    o.push(0x90);
    o.global_label("g");
    assert_eq!(
        o.commit(),
        Err(DynasmError::DuplicateLabel(LabelKind::Global("g")))
    );
    // The error stays until the code is taken.
    assert!(o.take().is_err());

    let mut o = VecAssembler::<X>::new(0);
    let d = o.new_dynamic_label();
    o.dynamic_label(d);
    o.dynamic_label(d);
    assert_eq!(
        o.finalize(),
        Err(DynasmError::DuplicateLabel(LabelKind::Dynamic(d)))
    );

    // Local labels may be redefined.
    let mut o = VecAssembler::<X>::new(0);
    o.local_label("l");
    o.local_label("l");
    assert!(o.finalize().is_ok());
}

#[test]
fn values_that_do_not_fit_are_errors() {
    // rel8 forward out of range
    let mut o = VecAssembler::<X>::new(0);
    jmp8(&mut o);
    o.forward_relocation("far", 0, 1, 0, r(REL8));
    o.extend([0x90; 128]);
    o.local_label("far");
    assert_eq!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Local("far")))
    );
    // 127 still fits
    let mut o = VecAssembler::<X>::new(0);
    jmp8(&mut o);
    o.forward_relocation("far", 0, 1, 0, r(REL8));
    o.extend([0x90; 127]);
    o.local_label("far");
    assert_eq!(o.finalize().unwrap()[1], 127);

    // rel8 backward out of range
    let mut o = VecAssembler::<X>::new(0);
    o.local_label("back");
    o.extend([0x90; 127]);
    jmp8(&mut o);
    o.backward_relocation("back", 0, 1, 0, r(REL8));
    assert_eq!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Local("back")))
    );

    // Global and dynamic rel8 out of range, resolved at commit.
    let mut o = VecAssembler::<X>::new(0);
    let d = o.new_dynamic_label();
    jmp8(&mut o);
    o.dynamic_relocation(d, 0, 1, 0, r(REL8));
    o.extend([0x90; 200]);
    o.dynamic_label(d);
    assert_eq!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Dynamic(d)))
    );
    let mut o = VecAssembler::<X>::new(0);
    o.global_label("g");
    o.extend([0x90; 200]);
    jmp8(&mut o);
    o.global_relocation("g", 0, 1, 0, r(REL8));
    assert_eq!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Global("g")))
    );

    // Absolute 4-byte field: the address must fit u32.
    let abs32 = |base: usize| {
        let mut o = VecAssembler::<X>::new(base);
        o.extend([0x90; 0x20]);
        o.extend(&[0xB8, 0, 0, 0, 0]);
        o.global_relocation("g", 0, 4, 0, r(ABS32));
        o.global_label("g");
        o.finalize()
    };
    assert_eq!(
        read_i32(&abs32(0xFFFF_0000).unwrap(), 0x21),
        0xFFFF_0025u32 as i32
    );
    assert_eq!(
        abs32(0xFFFF_FFF0),
        Err(DynasmError::ImpossibleRelocation(TargetKind::Global("g")))
    );
    // A field that lies before the start of the code.
    let mut o = VecAssembler::<X>::new(0);
    o.push(0);
    o.global_label("g");
    o.global_relocation("g", 0, 8, 0, r(REL32));
    assert!(matches!(
        o.finalize(),
        Err(DynasmError::ImpossibleRelocation(_))
    ));
}

#[test]
fn errors_display() {
    let e = DynasmError::UnknownLabel(LabelKind::Global("x"));
    assert!(e.to_string().contains("x"));
    let boxed: Box<dyn std::error::Error> = Box::new(e);
    assert!(!boxed.to_string().is_empty());
}

#[test]
fn missing_label_can_be_defined_after_a_failed_commit() {
    let mut o = one_jump_to_global(0);
    assert!(o.commit().is_err());
    assert!(o.commit().is_err(), "the error is reported again");
    o.global_label("missing");
    o.commit().unwrap();
    assert_eq!(o.finalize().unwrap(), [0xE9, 0, 0, 0, 0]);
}

// ---------------------------------------------------------------------------------------------
// VecAssembler / SimpleAssembler

#[test]
fn vec_take_drain_alter() {
    let mut o = VecAssembler::<X>::new(0);
    o.global_label("a");
    o.extend(&[1, 2, 3]);
    assert_eq!(o.take().unwrap(), [1, 2, 3]);
    assert_eq!(o.offset(), AssemblyOffset(0));
    // Labels are forgotten with the code.
    assert!(o.labels().resolve_global("a").is_err());
    o.extend(&[4, 5]);
    let mut m = o.alter();
    m.goto(AssemblyOffset(1));
    m.push(9);
    assert!(m.check_exact(AssemblyOffset(2)).is_ok());
    assert!(m.check(AssemblyOffset(1)).is_err());
    assert_eq!(o.drain().unwrap().collect::<Vec<_>>(), [4, 9]);
    assert_eq!(o.offset(), AssemblyOffset(0));
    o.align(4, 0xCC);
    assert_eq!(o.offset(), AssemblyOffset(0));
    o.push(1);
    o.align(4, 0xCC);
    o.push_u16(0xABCD);
    o.push_i32(-1);
    assert_eq!(
        o.finalize().unwrap(),
        [1, 0xCC, 0xCC, 0xCC, 0xCD, 0xAB, 0xFF, 0xFF, 0xFF, 0xFF]
    );
}

#[test]
fn simple_assembler() {
    let mut s = SimpleAssembler::new();
    s.push(1);
    s.extend([2u8, 3]);
    s.align(8, 0);
    assert_eq!(s.offset(), AssemblyOffset(8));
    let mut m = s.alter();
    m.push(7);
    m.goto(AssemblyOffset(8));
    assert!(m.check_exact(AssemblyOffset(8)).is_ok());
    m.push(1); // past the end: dropped, and reported
    assert_eq!(m.check(AssemblyOffset(100)), Err(DynasmError::CheckFailed));
    assert_eq!(s.take(), [7, 2, 3, 0, 0, 0, 0, 0]);
    s.push(5);
    assert_eq!(s.finalize(), [5]);
}

/// `finalize()` on an unresolved label: the returned assembler's `Debug` (what
/// `finalize().unwrap()` prints) names the error.
#[test]
fn finalize_error_is_shown_by_debug() {
    let mut ops = declasm::x64::Assembler::new().unwrap();
    declasm::dynasm!(ops ; .arch x64 ; jmp ->missing_label ; ret);
    let err = ops.finalize().unwrap_err();
    let shown = format!("{:?}", err);
    assert!(shown.contains("UnknownLabel"), "{}", shown);
    assert!(shown.contains("missing_label"), "{}", shown);
}
