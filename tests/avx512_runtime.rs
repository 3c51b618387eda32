//! An AVX-512F kernel assembled by declasm and run: write masks (merging and zeroing), a
//! broadcast memory operand, embedded rounding and masked stores, compared with a scalar Rust
//! computation.
//!
//! The machine code is checked against llvm-mc's bytes on every machine; it is run only where the
//! CPU has AVX-512F (`is_x86_feature_detected!("avx512f")`), elsewhere the test says so and
//! returns.
#![cfg(all(target_arch = "x86_64", unix))]

use declasm::x64::Assembler;
use declasm::{dynasm, AssemblyOffset, DynasmApi, ExecutableBuffer};

/// `kernel(a, b, s, out, mask)`, for the 16 lanes i where bit i of `mask` is set:
/// - `out[i] = fma(a[i], *s, b[i])` (the other lanes of `out[0..16]` are left as they were);
/// - `out[16 + i] = a[16 + i] + a[i]` rounded toward zero (the other lanes of `out[16..32]` are
///   zeroed).
type Kernel = extern "sysv64" fn(*const f32, *const f32, *const f32, *mut f32, u32);

/// The kernel's bytes, from llvm-mc 14 (`-x86-asm-syntax=intel -show-encoding`) for the same
/// instructions in LLVM's spelling.
const EXPECTED: &[&[u8]] = &[
    // kmovw k1, r8d
    &[0xC4, 0xC1, 0x78, 0x92, 0xC8],
    // vmovups zmm0, zmmword ptr [rsi]
    &[0x62, 0xF1, 0x7C, 0x48, 0x10, 0x06],
    // vmovups zmm1, zmmword ptr [rdi]
    &[0x62, 0xF1, 0x7C, 0x48, 0x10, 0x0F],
    // vfmadd231ps zmm0 {k1}, zmm1, dword ptr [rdx]{1to16}
    &[0x62, 0xF2, 0x75, 0x59, 0xB8, 0x02],
    // vmovups zmmword ptr [rcx] {k1}, zmm0
    &[0x62, 0xF1, 0x7C, 0x49, 0x11, 0x01],
    // vmovups zmm2 {k1} {z}, zmmword ptr [rdi + 64]
    &[0x62, 0xF1, 0x7C, 0xC9, 0x10, 0x57, 0x01],
    // vaddps zmm2 {k1} {z}, zmm2, zmm1, {rz-sae}
    &[0x62, 0xF1, 0x6C, 0xF9, 0x58, 0xD1],
    // vmovups zmmword ptr [rcx + 64], zmm2
    &[0x62, 0xF1, 0x7C, 0x48, 0x11, 0x51, 0x01],
    // vzeroupper
    &[0xC5, 0xF8, 0x77],
    // ret
    &[0xC3],
];

fn assemble() -> (ExecutableBuffer, AssemblyOffset) {
    let mut ops = Assembler::new().unwrap();
    let start = ops.offset();
    // sysv64: rdi = a, rsi = b, rdx = s, rcx = out, r8d = mask.
    dynasm!(ops
        ; .arch x64
        ; .feature avx, avx512f
        ; kmovw k1, r8d
        ; vmovups zmm0, ZWORD [rsi]
        ; vmovups zmm1, ZWORD [rdi]
        ; vfmadd231ps zmm0{k1}, zmm1, DWORD [rdx]{1to16}
        ; vmovups ZWORD [rcx]{k1}, zmm0
        ; vmovups zmm2{k1}{z}, ZWORD [rdi + 64]
        ; vaddps zmm2{k1}{z}, zmm2, zmm1, {rz-sae}
        ; vmovups ZWORD [rcx + 64], zmm2
        ; vzeroupper
        ; ret
    );
    (ops.finalize().unwrap(), start)
}

/// `x + y` rounded toward zero (exact in f64 for the operands used here: their exponents are
/// close).
fn add_toward_zero(x: f32, y: f32) -> f32 {
    let exact = x as f64 + y as f64;
    let mut r = exact as f32;
    if (r as f64).abs() > exact.abs() {
        r = f32::from_bits(r.to_bits() - 1);
    }
    r
}

#[test]
fn kernel_bytes_are_llvm_mcs() {
    let (code, start) = assemble();
    assert_eq!(&code[start.0..], EXPECTED.concat().as_slice());
}

#[test]
fn kernel_runs() {
    if !is_x86_feature_detected!("avx512f") {
        println!("avx512_runtime: this CPU lacks AVX-512F: kernel not run (its bytes are checked)");
        return;
    }
    let (code, start) = assemble();
    // SAFETY: the code at `start` is the sysv64 function documented at `Kernel`; it reads 32
    // floats of `a`, 16 of `b`, one at `s` and writes 32 at `out`, all of which the calls below
    // provide; `code` stays alive (and executable) during the calls.
    let kernel: Kernel = unsafe { std::mem::transmute(code.ptr(start)) };
    let a: Vec<f32> = (0..32).map(|i| 1.0 / 3.0 + i as f32 * 0.7 - 9.0).collect();
    let b: Vec<f32> = (0..16).map(|i| 0.1 * i as f32 - 0.55).collect();
    let s = 1.0f32 / 7.0;
    for mask in [0xFFFFu32, 0, 0xA5C3, 0x0001, 0x8000, 0x7FFE] {
        let mut out = vec![-42.0f32; 32];
        kernel(a.as_ptr(), b.as_ptr(), &s, out.as_mut_ptr(), mask);
        for i in 0..16 {
            let on = (mask >> i) & 1 == 1;
            let (fma, sum) = match on {
                true => (a[i].mul_add(s, b[i]), add_toward_zero(a[16 + i], a[i])),
                false => (-42.0, 0.0),
            };
            let what = format!("lane {i}, mask {mask:#06x}");
            assert_eq!(out[i].to_bits(), fma.to_bits(), "fma, {what}");
            assert_eq!(out[16 + i].to_bits(), sum.to_bits(), "sum, {what}");
        }
    }
}
