//! The public API a dynasmrt 5.1 program uses, written once and compiled against both crates:
//! if declasm's names or signatures drift from dynasmrt's, this stops compiling.
#![allow(dead_code, clippy::type_complexity)]

macro_rules! api {
    ($m:ident, $rt:ident) => {
        mod $m {
            use $rt::x64::{Assembler, X64Relocation};
            use $rt::{
                dynasm, AssemblyOffset, DynamicLabel, DynasmApi, DynasmError, DynasmLabelApi,
                ExecutableBuffer, LabelKind, SimpleAssembler, TargetKind, VecAssembler,
            };

            pub fn error_kinds(e: DynasmError) -> u32 {
                match e {
                    DynasmError::CheckFailed => 0,
                    DynasmError::DuplicateLabel(k) | DynasmError::UnknownLabel(k) => match k {
                        LabelKind::Local(s) | LabelKind::Global(s) => s.len() as u32,
                        LabelKind::Dynamic(id) => id.get_id() as u32,
                    },
                    DynasmError::ImpossibleRelocation(t) => match t {
                        TargetKind::Local(s) | TargetKind::Global(s) => s.len() as u32,
                        TargetKind::Dynamic(id) => id.get_id() as u32,
                        TargetKind::Value(v) => v as u32,
                        TargetKind::Managed => 1,
                    },
                }
            }

            pub fn assembler() -> (ExecutableBuffer, AssemblyOffset) {
                let mut ops: Assembler = Assembler::new().unwrap();
                let label: DynamicLabel = ops.new_dynamic_label();
                let start: AssemblyOffset = ops.offset();
                dynasm!(ops
                    ; .arch x64
                    ; =>label
                    ; mov eax, 42
                    ; ret
                );
                let r: Result<(), DynasmError> = ops.commit();
                r.unwrap();
                let reader = ops.reader();
                {
                    let buf = reader.lock();
                    let _: *const u8 = buf.ptr(start);
                }
                drop(reader);
                let altered: Result<(), DynasmError> = ops.alter(|m| {
                    m.goto(start);
                    dynasm!(m ; .arch x64 ; mov eax, 43);
                    m.check(AssemblyOffset(start.0 + 5)).unwrap();
                });
                altered.unwrap();
                let code: ExecutableBuffer = ops.finalize().unwrap();
                let _: usize = code.size();
                let _: &[u8] = &code;
                (code, start)
            }

            pub fn vec_and_simple() -> (Vec<u8>, Vec<u8>) {
                let mut v: VecAssembler<X64Relocation> = VecAssembler::new(0x1000);
                dynasm!(v ; .arch x64 ; ->l: ; jmp ->l);
                v.commit().unwrap();
                let a: Vec<u8> = v.take().unwrap();
                dynasm!(v ; .arch x64 ; nop);
                let _: Vec<u8> = v.drain().unwrap().collect();
                let mut s = SimpleAssembler::new();
                dynasm!(s ; .arch x64 ; ret);
                s.push(0x90);
                let b: Vec<u8> = s.ops.clone();
                let _: Vec<u8> = s.finalize();
                (a, b)
            }

            pub fn registers() -> [u8; 4] {
                use $rt::x64::{Rh, Rq, Rx, RC};
                let a: u8 = Rq::R12.into();
                let b: u8 = Rh::BH.into();
                let c: u8 = Rx::XMM9.into();
                [a, b, c, RC::CR8.into()]
            }
        }
    };
}

api!(ours, declasm);
api!(oracle, dynasmrt);

/// dynasmrt 5.1's `aarch64` runtime API (there is no aarch64 `dynasm!` in declasm yet: the
/// instructions are pushed as words and their relocations recorded with the encodings that
/// dynasm-rs's own macro passes to the `*_reloc` methods).
macro_rules! api_a64 {
    ($m:ident, $rt:ident) => {
        mod $m {
            use $rt::aarch64::{
                encode_floating_point_immediate, encode_logical_immediate_32bit,
                encode_logical_immediate_64bit, Aarch64Relocation, Assembler, AssemblyModifier,
                UncommittedModifier, RV, RX, RXSP,
            };
            use $rt::relocations::Relocation;
            use $rt::{DynasmApi, DynasmError, DynasmLabelApi, Register, VecAssembler};

            pub fn registers() -> [u8; 6] {
                [
                    RX::X30.into(),
                    RX::XZR.into(),
                    RXSP::SP.into(),
                    RV::V31.into(),
                    Register::code(&RX::X7),
                    Register::code(&RV::V3),
                ]
            }

            pub fn immediates() -> Vec<(Option<u16>, Option<u16>, Option<u8>)> {
                let mut out = Vec::new();
                for (a, b, c) in [
                    (0xFF00u32, 0x5555_5555_5555_5555u64, 1.0f32),
                    (0, 0, 0.0),
                    (0x1234, 0xFFFF_FFFF, -0.125),
                    (0xC000_0001, 1, 31.0),
                ] {
                    out.push((
                        encode_logical_immediate_32bit(a),
                        encode_logical_immediate_64bit(b),
                        encode_floating_point_immediate(c),
                    ));
                }
                out
            }

            pub fn panics() -> Vec<String> {
                let message = |f: fn()| {
                    let e = std::panic::catch_unwind(f).unwrap_err();
                    e.downcast_ref::<String>().cloned().unwrap_or_default()
                };
                // (The panics are expected: no report on stderr.)
                let hook = std::panic::take_hook();
                std::panic::set_hook(Box::new(|_| {}));
                let messages = vec![
                    message(|| $rt::aarch64::immediate_out_of_range_unsigned_32(5000)),
                    message(|| $rt::aarch64::immediate_out_of_range_unsigned_64(1 << 40)),
                    message(|| $rt::aarch64::immediate_out_of_range_signed_32(-5)),
                    message(|| $rt::aarch64::immediate_out_of_range_unsigned_f32(1.5)),
                ];
                std::panic::set_hook(hook);
                messages
            }

            /// Words with label fields, patched through `*_reloc` with dynasm-rs's encodings
            /// (4 B, 5 B.cond/CBZ/literal, 6 ADR, 8 TBZ; 2 `.rel32`, 0x42 `.abs32`).
            pub fn relocations(base: usize) -> Result<Vec<u8>, String> {
                let mut v: VecAssembler<Aarch64Relocation> = VecAssembler::new(base);
                let d = v.new_dynamic_label();
                v.global_label("g");
                v.local_label("l");
                v.push_u32(0xD503_201F);
                v.push_u32(0x1400_0000); // b ->g
                v.global_reloc("g", 0, 4, 4, 4);
                v.push_u32(0x9400_0000); // bl >f + 8
                v.forward_reloc("f", 8, 4, 4, 4);
                v.push_u32(0x5400_0001); // b.ne <l
                v.backward_reloc("l", 0, 4, 4, 5);
                v.push_u32(0xB400_0002); // cbz x2, =>d
                v.dynamic_reloc(d, 0, 4, 4, 5);
                v.push_u32(0x5800_0003); // ldr x3, ->g
                v.global_reloc("g", 0, 4, 4, 5);
                v.push_u32(0x3718_0001); // tbnz w1, 3, >f
                v.forward_reloc("f", 0, 4, 4, 8);
                v.push_u32(0x1000_0005); // adr x5, >f - 3
                v.forward_reloc("f", -3, 4, 4, 6);
                v.push_u32(0);
                v.global_reloc("g", 0, 4, 4, 2); // .rel32 ->g
                v.push_u32(0);
                v.global_reloc("g", 4, 4, 4, 0x42); // .abs32 ->g + 4
                v.local_label("f");
                v.dynamic_label(d);
                v.push_u32(0xD65F_03C0);
                v.finalize().map_err(|e| format!("{e:?}"))
            }

            pub fn out_of_range() -> Vec<bool> {
                [
                    (4u8, 1isize << 27),
                    (4, 2),
                    (5, 1 << 20),
                    (5, -(1 << 20) - 4),
                    (8, 1 << 15),
                    (8, 6),
                    (6, 1 << 20),
                    (6, -(1 << 20) - 1),
                ]
                .iter()
                .map(|&(enc, t)| {
                    let mut v: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
                    v.global_label("g");
                    v.push_u32(0x1400_0000);
                    v.global_reloc("g", t + 0, 4, 4, enc);
                    v.finalize().is_ok()
                })
                .collect()
            }

            pub fn assembler() -> Vec<u8> {
                let mut ops: Assembler = Assembler::new().unwrap();
                let start = ops.offset();
                ops.push_u32(0xD65F_03C0); // ret
                let r: Result<(), DynasmError> = ops.commit();
                r.unwrap();
                let altered: Result<(), DynasmError> = ops.alter(|m: &mut AssemblyModifier| {
                    m.goto(start);
                    m.push_u32(0xD503_201F);
                });
                altered.unwrap();
                ops.push_u32(0xD65F_03C0);
                let _: UncommittedModifier = ops.alter_uncommitted();
                let _: usize = Aarch64Relocation::page_size();
                let code = ops.finalize().unwrap();
                code.to_vec()
            }
        }
    };
}

api_a64!(ours_a64, declasm);
api_a64!(oracle_a64, dynasmrt);

#[test]
fn same_aarch64_api_same_results() {
    assert_eq!(ours_a64::registers(), oracle_a64::registers());
    assert_eq!(ours_a64::immediates(), oracle_a64::immediates());
    assert_eq!(ours_a64::panics(), oracle_a64::panics());
    for base in [0, 0x1000, 0x7FFF_0000] {
        let ours = ours_a64::relocations(base);
        assert!(ours.is_ok(), "{ours:?}");
        assert_eq!(ours, oracle_a64::relocations(base), "base {base:#x}");
    }
    assert_eq!(ours_a64::out_of_range(), oracle_a64::out_of_range());
    assert_eq!(ours_a64::out_of_range(), [false; 8]);
    assert_eq!(ours_a64::assembler(), oracle_a64::assembler());
}

#[test]
fn same_api_same_results() {
    let (a, sa) = ours::assembler();
    let (b, sb) = oracle::assembler();
    assert_eq!(sa.0, sb.0);
    assert_eq!(&a[..], &b[..]);
    assert_eq!(ours::vec_and_simple(), oracle::vec_and_simple());
    assert_eq!(ours::registers(), oracle::registers());
}
