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

#[test]
fn same_api_same_results() {
    let (a, sa) = ours::assembler();
    let (b, sb) = oracle::assembler();
    assert_eq!(sa.0, sb.0);
    assert_eq!(&a[..], &b[..]);
    assert_eq!(ours::vec_and_simple(), oracle::vec_and_simple());
    assert_eq!(ours::registers(), oracle::registers());
}
