//! The operating-system calls the jitdump needs and std does not offer: the `CLOCK_MONOTONIC`
//! time (perf's `-k 1` sample clock), the thread id, and an executable mapping of the dump file
//! (what `perf inject -j` looks for in the recorded mmap events).

use memmap2::{Mmap, MmapOptions};
use std::fs::File;
use std::io;

/// `CLOCK_MONOTONIC` in nanoseconds.
#[cfg(unix)]
pub(crate) fn monotonic_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes it.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    if rc != 0 {
        return 0;
    }
    (ts.tv_sec as u64)
        .wrapping_mul(1_000_000_000)
        .wrapping_add(ts.tv_nsec as u64)
}

/// Without libc: nanoseconds since the first call (a jitdump is only useful on Linux anyway).
#[cfg(not(unix))]
pub(crate) fn monotonic_ns() -> u64 {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64
}

/// The calling thread's kernel id (the process id where there is no such thing).
pub(crate) fn thread_id() -> u32 {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        // SAFETY: gettid takes no arguments and cannot fail.
        unsafe { libc::syscall(libc::SYS_gettid) as u32 }
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        std::process::id()
    }
}

/// Maps the first `len` bytes of `file` readable and executable (never written through).
pub(crate) fn map_exec(file: &File, len: usize) -> io::Result<Mmap> {
    // SAFETY: the mapping is only kept alive, never read or executed: its purpose is the mmap
    // event perf records. Changes to the file therefore cannot break any Rust reference.
    unsafe { MmapOptions::new().len(len).map_exec(file) }
}
