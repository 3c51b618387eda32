//! `.arch aarch64`: the same programs assembled by declasm's `dynasm!` and by dynasmrt 5.1's,
//! for many run-time values: dynamic registers (masked to 5 bits), run-time immediates of each
//! Rust type dynasm-rs gives them (u32, i32, u64, f32; element indices), numeric branch offsets,
//! labels of every relocation kind (b, b.cond/cbz/literal loads, tbz, adr; adrp at a page
//! distance both define alike), label offsets, data directives and their label relocations,
//! `.align`, `.alias`. The bytes (or the `finalize` error) must be equal.

macro_rules! program {
    ($name:ident, $rt:ident) => {
        #[allow(clippy::too_many_arguments)]
        fn $name(
            base: usize,
            r: u8,
            u: u32,
            s: i32,
            w: u64,
            f: f32,
            e: u32,
            off: isize,
        ) -> Result<Vec<u8>, String> {
            #[allow(unused_imports)]
            use $rt::{dynasm, DynasmApi, DynasmLabelApi};
            let mut ops = $rt::VecAssembler::<$rt::aarch64::Aarch64Relocation>::new(base);
            let dl = ops.new_dynamic_label();
            let dl2 = ops.new_dynamic_label();
            dynasm!(ops
                ; .arch aarch64
                ; .alias tmp, x9
                ; ->top:
                ; add X(r), X(r), X(r)
                ; add XSP(r), x2, x3, lsl 2
                ; ldr W(r), [XSP(r), 8]
                ; add V(r).b16, v1.b16, V(r).b16
                ; fmla v0.h8, v1.h8, V(r).h[7]
                ; ld1 {V(r).b16 * 4}, [x0]
                ; add tmp, tmp, u & 0xFFF
                ; sub w1, w2, u & 0xFFF, lsl 12
                ; ldr x0, [x1, (u & 0xFFF) * 8]
                ; ldr x0, [x1, s & 0xFF]!
                ; ldp x0, x1, [sp], (s & 0x3F) * 8
                ; and x0, x1, w
                ; mov x0, (w & 0xFFFF) << 32
                ; mov.inverted w0, !(u & 0xFFFF)
                ; fmov s0, f
                ; fmov v0.s4, f
                ; dup v0.s4, v1.s[e & 3]
                ; ins v0.b[e & 15], w1
                ; ld2 {v0.s, v1.s}[e & 3], [x0]
                ; ubfx x0, x1, (e & 31) | 1, 8
                ; lsl w0, w1, e & 31
                ; b.ne ->top
                ; cbz W(r), >fwd
                ; tbz x0, e & 63, <back
                ; back:
                ; b >fwd + off
                ; bl ->top
                ; adr x0, =>dl
                ; adrp x1, ->top
                ; ldr x2, >lit
                ; ldrsw x3, <back
                ; b 8
                ; b.eq -4
                ; adr x4, s
                ; =>dl
                ; fwd:
                ; nop
                ; .align 16
                ; .u8 r, 2
                ; .i16 -3
                ; .u32 u
                ; .i64 -5
                ; .f32 f
                ; .f64 2.5
                ; .bytes [1u8, 2, 3]
                ; .align 8, 0xAA
                ; lit:
                ; .rel32 ->top
                ; .rel64 =>dl2
                ; .abs64 <fwd
                ; .abs32 ->top + 8
                ; =>dl2
                ; ret
            );
            ops.finalize().map_err(|e| format!("{e:?}"))
        }
    };
}

program!(with_declasm, declasm);
program!(with_dynasmrt, dynasmrt);

#[test]
fn same_bytes_as_dynasmrt() {
    let mut n = 0;
    for &base in &[0usize, 0x10000, 0x7000_1000] {
        for r in [0u8, 1, 9, 17, 30, 31, 33, 255] {
            for (u, s, w, e) in [
                (0u32, 0i32, 0x5555_5555_5555_5555u64, 0u32),
                (1, -1, 0xFF, 1),
                (0xFFF, 8, 0xFFFF_0000_FFFF_0000, 7),
                (0x1234, -64, 0x0F0F_0F0F_0F0F_0F0F, 15),
                (0xFFFF_FFFF, 0x7F, 0x3333_3333_3333_3333, 31),
            ] {
                for f in [1.0f32, -0.5, 31.0, 0.125] {
                    for off in [0isize, 4, -8, 2] {
                        let a = with_declasm(base, r, u, s, w, f, e, off);
                        let b = with_dynasmrt(base, r, u, s, w, f, e, off);
                        assert_eq!(
                            a, b,
                            "base {base:#x} r {r} u {u:#x} s {s} w {w:#x} f {f} e {e} off {off}"
                        );
                        n += 1;
                    }
                }
            }
        }
    }
    assert_eq!(n, 3 * 8 * 5 * 4 * 4);
}

/// A run-time immediate out of range panics at the statement, with dynasmrt's message.
#[test]
fn range_panics_as_dynasmrt() {
    fn message(f: impl FnOnce() + std::panic::UnwindSafe) -> Option<String> {
        std::panic::catch_unwind(f)
            .err()
            .and_then(|e| e.downcast_ref::<String>().cloned())
    }
    macro_rules! both {
        ($v:expr; $($s:tt)*) => {{
            let v = $v;
            let a = message(move || {
                use declasm::{dynasm, DynasmApi};
                let mut ops = declasm::VecAssembler::<declasm::aarch64::Aarch64Relocation>::new(0);
                dynasm!(ops ; .arch aarch64 ; $($s)*);
                let _ = v;
            });
            let b = message(move || {
                use dynasmrt::{dynasm, DynasmApi};
                let mut ops = dynasmrt::VecAssembler::<dynasmrt::aarch64::Aarch64Relocation>::new(0);
                dynasm!(ops ; .arch aarch64 ; $($s)*);
                let _ = v;
            });
            assert!(b.is_some(), "dynasmrt did not panic: {}", stringify!($($s)*));
            assert_eq!(a, b, "{}", stringify!($($s)*));
        }};
    }
    std::panic::set_hook(Box::new(|_| {}));
    let big = 4096u32;
    both!(big; add x0, x1, big);
    let odd = 3u32;
    both!(odd; ldr x0, [x1, odd]);
    let notmask = 0x1234u64;
    both!(notmask; and x0, x1, notmask);
    let huge = u64::MAX;
    both!(huge; mov x0, huge);
    let far = -300i32;
    both!(far; ldr x0, [x1, far]!);
    let idx = 4u32;
    both!(idx; dup v0.s4, v1.s[idx]);
    let sh = 33u32;
    both!(sh; lsl w0, w1, sh);
    let boff = 2i32;
    both!(boff; b boff);
    let _ = std::panic::take_hook();
}
