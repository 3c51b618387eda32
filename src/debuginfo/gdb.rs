//! The GDB JIT interface (GDB manual, "JIT Compilation Interface"): gdb puts a breakpoint on
//! `__jit_debug_register_code`; before calling it, the program links an entry pointing at an
//! in-memory object file into `__jit_debug_descriptor` and says whether it was registered or is
//! being unregistered. gdb then reads the object's symbols, so `bt`, `info symbol` and
//! `disassemble` name JIT code.
//!
//! The two symbols are process-global (`#[no_mangle]`): a program may link only one crate that
//! defines them (two versions of declasm with the `gdb-jit` feature, or declasm with another
//! JIT's registration code, fail to link). All access goes through [`LOCK`].

use std::ptr::{self, addr_of_mut};
use std::sync::{Mutex, PoisonError};

/// `jit_code_entry`.
#[repr(C)]
struct Entry {
    next_entry: *mut Entry,
    prev_entry: *mut Entry,
    symfile_addr: *const u8,
    symfile_size: u64,
}

/// `jit_descriptor`.
#[repr(C)]
pub struct JitDescriptor {
    version: u32,
    action_flag: u32,
    relevant_entry: *mut Entry,
    first_entry: *mut Entry,
}

const JIT_NOACTION: u32 = 0;
const JIT_REGISTER_FN: u32 = 1;
const JIT_UNREGISTER_FN: u32 = 2;

/// The descriptor gdb reads (version 1, as the interface requires).
#[no_mangle]
pub static mut __jit_debug_descriptor: JitDescriptor = JitDescriptor {
    version: 1,
    action_flag: JIT_NOACTION,
    relevant_entry: ptr::null_mut(),
    first_entry: ptr::null_mut(),
};

/// The function gdb puts its breakpoint on; called after each change of the descriptor.
#[no_mangle]
#[inline(never)]
pub extern "C" fn __jit_debug_register_code() {
    // SAFETY: an empty asm block does nothing; it is there so that neither the function nor its
    // calls are optimized away, and (not `nomem`) so the descriptor's stores happen before it.
    unsafe { std::arch::asm!("", options(nostack, preserves_flags)) }
}

/// Serializes every change of the descriptor.
static LOCK: Mutex<()> = Mutex::new(());

/// A registered object file; unregistered when dropped (unless [`Registration::leak`]ed).
pub(crate) struct Registration {
    entry: *mut Entry,
}

// SAFETY: the entry is only touched under LOCK; the pointer is owned by this registration.
unsafe impl Send for Registration {}
// SAFETY: a shared registration gives no access to the entry.
unsafe impl Sync for Registration {}

impl Registration {
    /// Registers `image` (an ELF object) with gdb.
    pub(crate) fn new(image: Vec<u8>) -> Registration {
        let image = Box::leak(image.into_boxed_slice());
        let entry = Box::into_raw(Box::new(Entry {
            next_entry: ptr::null_mut(),
            prev_entry: ptr::null_mut(),
            symfile_addr: image.as_ptr(),
            symfile_size: image.len() as u64,
        }));
        let _guard = LOCK.lock().unwrap_or_else(PoisonError::into_inner);
        // SAFETY: under LOCK nobody else touches the descriptor or the entries; `entry` is a
        // fresh allocation and `first` (if not null) a live entry registered earlier.
        unsafe {
            let d = addr_of_mut!(__jit_debug_descriptor);
            let first = (*d).first_entry;
            (*entry).next_entry = first;
            if !first.is_null() {
                (*first).prev_entry = entry;
            }
            (*d).first_entry = entry;
            (*d).relevant_entry = entry;
            (*d).action_flag = JIT_REGISTER_FN;
        }
        __jit_debug_register_code();
        Registration { entry }
    }

    /// Keeps the object registered for the rest of the process (for code that outlives the
    /// assembler, e.g. a finalized buffer).
    pub(crate) fn leak(self) {
        std::mem::forget(self);
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        let _guard = LOCK.lock().unwrap_or_else(PoisonError::into_inner);
        // SAFETY: under LOCK; `self.entry` is linked in the list (it was linked by `new` and is
        // unlinked only here), its neighbours are live entries. After gdb has been told, the
        // entry and its image (allocated by `new` as a Box and a leaked boxed slice) are freed.
        unsafe {
            let d = addr_of_mut!(__jit_debug_descriptor);
            let e = self.entry;
            let (prev, next) = ((*e).prev_entry, (*e).next_entry);
            if prev.is_null() {
                (*d).first_entry = next;
            } else {
                (*prev).next_entry = next;
            }
            if !next.is_null() {
                (*next).prev_entry = prev;
            }
            (*d).relevant_entry = e;
            (*d).action_flag = JIT_UNREGISTER_FN;
            __jit_debug_register_code();
            (*d).relevant_entry = ptr::null_mut();
            (*d).action_flag = JIT_NOACTION;
            let image = ptr::slice_from_raw_parts_mut(
                (*e).symfile_addr as *mut u8,
                (*e).symfile_size as usize,
            );
            drop(Box::from_raw(image));
            drop(Box::from_raw(e));
        }
    }
}

/// How many objects are registered (for tests).
#[cfg(test)]
pub(crate) fn registered() -> usize {
    let _guard = LOCK.lock().unwrap_or_else(PoisonError::into_inner);
    let mut n = 0;
    // SAFETY: under LOCK the list is consistent; only reads.
    unsafe {
        let mut e = (*addr_of_mut!(__jit_debug_descriptor)).first_entry;
        while !e.is_null() {
            n += 1;
            e = (*e).next_entry;
        }
    }
    n
}
