//! The tutorial's brainfuck JIT: compiles a brainfuck program to x64 with `dynasm!` and runs it.
//!
//! Usage: `cargo run --release --example bf-jit -- examples/programs/powers.b`, or with input:
//! `echo hello | cargo run --release --example bf-jit -- examples/programs/rev.b`
//!
//! The code is the dynasm-rs tutorial's final program with `dynasmrt` spelled `declasm` (and
//! formatted by rustfmt); `tests/compat` builds the unmodified text against declasm.
//!
//! Additions for seeing the code (see the README's "Profiling JIT code"): the program's code
//! is named (`->bf_program:`, and each loop `bf_loop@N`, N its position in the source, through
//! `name_dynamic_label`), so `DECLASM_PERF=map|jitdump` gives perf names for it; and
//! `--listing` (before the program path; needs the `listing` feature:
//! `cargo run --release --features listing --example bf-jit -- --listing PROGRAM`) prints the
//! listing of the program's code to standard error.
// The tutorial's code is kept as it is, lints included.
#![allow(
    unknown_lints,
    function_casts_as_integer,
    deprecated_in_future,
    clippy::all,
    clippy::missing_transmute_annotations
)]

use declasm::{dynasm, DynasmApi, DynasmLabelApi};

use itertools::multipeek;
use itertools::Itertools;

use std::env;
use std::fs::File;
use std::io::{stdin, stdout, BufRead, BufReader, BufWriter, Read, Write};
use std::mem;
use std::slice;
use std::u8;

const TAPE_SIZE: usize = 30000;

macro_rules! my_dynasm {
    ($ops:ident $($t:tt)*) => {
        dynasm!($ops
            ; .arch x64
            ; .alias a_state, rcx
            ; .alias a_current, rdx
            ; .alias a_begin, r8
            ; .alias a_end, r9
            ; .alias retval, rax
            $($t)*
        )
    }
}

macro_rules! prologue {
    ($ops:ident) => {{
        let start = $ops.offset();
        my_dynasm!($ops
            ; sub rsp, 0x28
            ; mov [rsp + 0x30], rcx
            ; mov [rsp + 0x40], r8
            ; mov [rsp + 0x48], r9
        );
        start
    }};
}

macro_rules! epilogue {
    ($ops:ident, $e:expr) => {my_dynasm!($ops
        ; mov retval, $e
        ; add rsp, 0x28
        ; ret
    );};
}

macro_rules! call_extern {
    ($ops:ident, $addr:expr) => {my_dynasm!($ops
        ; mov [rsp + 0x38], rdx
        ; mov rax, QWORD $addr as _
        ; call rax
        ; mov rcx, [rsp + 0x30]
        ; mov rdx, [rsp + 0x38]
        ; mov r8,  [rsp + 0x40]
        ; mov r9,  [rsp + 0x48]
    );};
}

struct State<'a> {
    pub input: Box<dyn BufRead + 'a>,
    pub output: Box<dyn Write + 'a>,
    tape: [u8; TAPE_SIZE],
}

struct Program {
    code: declasm::ExecutableBuffer,
    start: declasm::AssemblyOffset,
}

impl Program {
    fn compile(program: &[u8], listing: bool) -> Result<Program, &'static str> {
        let mut ops = declasm::x64::Assembler::new().unwrap();
        #[cfg(feature = "listing")]
        if listing {
            ops.enable_listing();
        }
        let _ = listing;
        let mut loops = Vec::new();
        let mut code = multipeek(program.iter().cloned());

        my_dynasm!(ops
            ; ->bf_program:
        );
        let start = prologue!(ops);

        while let Some(c) = code.next() {
            // Where `c` is in the source (the iterator's size hint is exact).
            let position = program.len() - code.size_hint().0 - 1;
            match c {
                b'<' => {
                    let amount = code.take_while_ref(|x| *x == b'<').count() + 1;
                    my_dynasm!(ops
                        ; sub a_current, (amount % TAPE_SIZE) as _
                        ; cmp a_current, a_begin
                        ; jae >wrap
                        ; add a_current, TAPE_SIZE as _
                        ;wrap:
                    );
                }
                b'>' => {
                    let amount = code.take_while_ref(|x| *x == b'>').count() + 1;
                    my_dynasm!(ops
                        ; add a_current, (amount % TAPE_SIZE) as _
                        ; cmp a_current, a_end
                        ; jb >wrap
                        ; sub a_current, TAPE_SIZE as _
                        ;wrap:
                    );
                }
                b'+' => {
                    let amount = code.take_while_ref(|x| *x == b'+').count() + 1;
                    if amount > u8::MAX as usize {
                        return Err("An overflow occurred");
                    }
                    my_dynasm!(ops
                        ; add BYTE [a_current], amount as _
                        ; jo ->overflow
                    );
                }
                b'-' => {
                    let amount = code.take_while_ref(|x| *x == b'-').count() + 1;
                    if amount > u8::MAX as usize {
                        return Err("An overflow occurred");
                    }
                    my_dynasm!(ops
                        ; sub BYTE [a_current], amount as _
                        ; jo ->overflow
                    );
                }
                b',' => {
                    my_dynasm!(ops
                        ;; call_extern!(ops, State::getchar)
                        ; cmp al, 0
                        ; jnz ->io_failure
                    );
                }
                b'.' => {
                    my_dynasm!(ops
                        ;; call_extern!(ops, State::putchar)
                        ; cmp al, 0
                        ; jnz ->io_failure
                    );
                }
                b'[' => {
                    let first = code.peek() == Some(&b'-');
                    if first && code.peek() == Some(&b']') {
                        code.next();
                        code.next();
                        my_dynasm!(ops
                            ; mov BYTE [a_current], 0
                        );
                    } else {
                        let backward_label = ops.new_dynamic_label();
                        let forward_label = ops.new_dynamic_label();
                        ops.name_dynamic_label(backward_label, &format!("bf_loop@{}", position));
                        loops.push((backward_label, forward_label));
                        my_dynasm!(ops
                            ; cmp BYTE [a_current], 0
                            ; jz =>forward_label
                            ;=>backward_label
                        );
                    }
                }
                b']' => {
                    if let Some((backward_label, forward_label)) = loops.pop() {
                        my_dynasm!(ops
                            ; cmp BYTE [a_current], 0
                            ; jnz =>backward_label
                            ;=>forward_label
                        );
                    } else {
                        return Err("] without matching [");
                    }
                }
                _ => (),
            }
        }
        if loops.len() != 0 {
            return Err("[ without matching ]");
        }

        my_dynasm!(ops
            ;; epilogue!(ops, 0)
            ;->overflow:
            ;; epilogue!(ops, 1)
            ;->io_failure:
            ;; epilogue!(ops, 2)
        );

        #[cfg(feature = "listing")]
        if listing {
            ops.commit().unwrap();
            eprint!("{}", ops.listing());
        }
        let code = ops.finalize().unwrap();
        Ok(Program {
            code: code,
            start: start,
        })
    }

    fn run(self, state: &mut State) -> Result<(), &'static str> {
        let f: extern "win64" fn(*mut State, *mut u8, *mut u8, *const u8) -> u8 =
            unsafe { mem::transmute(self.code.ptr(self.start)) };
        let start = state.tape.as_mut_ptr();
        let end = unsafe { start.offset(TAPE_SIZE as isize) };
        let res = f(state, start, start, end);
        if res == 0 {
            Ok(())
        } else if res == 1 {
            Err("An overflow occurred")
        } else if res == 2 {
            Err("IO error")
        } else {
            panic!("Unknown error code");
        }
    }
}

impl<'a> State<'a> {
    unsafe extern "win64" fn getchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        let err = state.output.flush().is_err();
        (state
            .input
            .read_exact(slice::from_raw_parts_mut(cell, 1))
            .is_err()
            || err) as u8
    }

    unsafe extern "win64" fn putchar(state: *mut State, cell: *mut u8) -> u8 {
        let state = &mut *state;
        state
            .output
            .write_all(slice::from_raw_parts(cell, 1))
            .is_err() as u8
    }

    fn new(input: Box<dyn BufRead + 'a>, output: Box<dyn Write + 'a>) -> State<'a> {
        State {
            input: input,
            output: output,
            tape: [0; TAPE_SIZE],
        }
    }
}

fn main() {
    let mut args: Vec<_> = env::args().collect();
    let listing = args.len() == 3 && args[1] == "--listing";
    if listing {
        args.remove(1);
        if !cfg!(feature = "listing") {
            println!("--listing needs declasm's `listing` feature: cargo run --release --features listing --example bf-jit -- --listing PROGRAM");
            return;
        }
    }
    if args.len() != 2 {
        println!("Expected 1 argument, got {}", args.len());
        return;
    }
    let path = args.pop().unwrap();

    let mut f = if let Ok(f) = File::open(&path) {
        f
    } else {
        println!("Could not open file {}", path);
        return;
    };

    let mut buf = Vec::new();
    if let Err(_) = f.read_to_end(&mut buf) {
        println!("Failed to read from file");
        return;
    }

    let mut state = State::new(
        Box::new(BufReader::new(stdin())),
        Box::new(BufWriter::new(stdout())),
    );
    let program = match Program::compile(&buf, listing) {
        Ok(p) => p,
        Err(e) => {
            println!("{}", e);
            return;
        }
    };
    if let Err(e) = program.run(&mut state) {
        println!("{}", e);
        return;
    }
}
