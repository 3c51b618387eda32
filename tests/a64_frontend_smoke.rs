use declasm::{aarch64::Aarch64Relocation, dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

#[test]
fn brief() {
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let n = 12u32;
    let r = 3u8;
    dynasm!(ops ; .arch aarch64 ; ->top: ; add x0, x1, 3 ; ldr x2, [x3, #16]! ; add X(r), x1, n ; b.ne ->top ; cbz w0, >end ; ld1 {v0.b16, v1.b16}, [x0] ; end: ; ret);
    let code = ops.finalize().unwrap();
    for w in code.chunks(4) {
        print!("{:08x} ", u32::from_le_bytes(w.try_into().unwrap()));
    }
    println!();
}
