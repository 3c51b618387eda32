//! The tutorial's first program: assemble a function that prints "Hello World!" through a Rust
//! callback, then call it.
//!
//! Identical to the dynasm-rs tutorial except that `dynasmrt` is spelled `declasm`.
// `print as _` and the pub `print` taking a raw pointer are the tutorial's own code.
#![allow(
    unknown_lints,
    function_casts_as_integer,
    clippy::fn_to_numeric_cast,
    clippy::not_unsafe_ptr_arg_deref
)]

use declasm::{dynasm, DynasmApi, DynasmLabelApi};

use std::io::Write;
use std::{io, mem, slice};

fn main() {
    let mut ops = declasm::x64::Assembler::new().unwrap();
    let string = "Hello World!";

    dynasm!(ops
        ; .arch x64
        ; ->hello:
        ; .bytes string.as_bytes()
    );

    let hello = ops.offset();
    dynasm!(ops
        ; .arch x64
        ; lea rcx, [->hello]
        ; xor edx, edx
        ; mov dl, BYTE string.len() as _
        ; mov rax, QWORD print as _
        ; sub rsp, BYTE 0x28
        ; call rax
        ; add rsp, BYTE 0x28
        ; ret
    );

    let buf = ops.finalize().unwrap();

    let hello_fn: extern "win64" fn() -> bool = unsafe { mem::transmute(buf.ptr(hello)) };

    assert!(hello_fn());
}

pub extern "win64" fn print(buffer: *const u8, length: u64) -> bool {
    io::stdout()
        .write_all(unsafe { slice::from_raw_parts(buffer, length as usize) })
        .is_ok()
}
