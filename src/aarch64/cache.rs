//! Instruction-cache maintenance after code is written, for aarch64 hosts.
//!
//! aarch64's instruction fetch is not coherent with data writes: after code is written (or
//! patched) through the data side, the data cache lines must be cleaned to the point of
//! unification (`dc cvau`), the instruction cache lines invalidated (`ic ivau`), each followed
//! by a `dsb ish`, and an `isb` executed before the new code runs. The line sizes come from
//! `CTR_EL0` (readable at EL0 on Linux, where the kernel sets or emulates `SCTLR_EL1.UCT`, and on
//! macOS); its `IDC` and `DIC` bits say when the clean or the invalidation is not needed.
//!
//! [`Assembler`](crate::Assembler) calls [`synchronize`] on every range it commits or alters,
//! after the memory is executable again; on other hosts (whose instruction caches are coherent,
//! as x86-64's) it does nothing. The `isb` only synchronizes the thread that commits: another
//! thread that runs code committed while it was running must pass through a context
//! synchronization event itself (taking the [`Executor`](crate::Executor) lock is not one; an
//! exception return, e.g. any system call, is).

/// The cache lines of `CTR_EL0`: `(data line, instruction line)` in bytes, and whether the data
/// clean (`IDC`, bit 28) and the instruction invalidation (`DIC`, bit 29) are needed.
#[cfg_attr(not(any(target_arch = "aarch64", test)), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CacheInfo {
    pub(crate) dline: usize,
    pub(crate) iline: usize,
    pub(crate) clean: bool,
    pub(crate) invalidate: bool,
}

#[cfg_attr(not(any(target_arch = "aarch64", test)), allow(dead_code))]
impl CacheInfo {
    /// Decodes `CTR_EL0`: `DminLine` (bits 16-19) and `IminLine` (bits 0-3) are log2 of the
    /// line sizes in 4-byte words.
    pub(crate) const fn from_ctr(ctr: u64) -> Self {
        CacheInfo {
            dline: 4 << ((ctr >> 16) & 0xF),
            iline: 4 << (ctr & 0xF),
            clean: ctr & (1 << 28) == 0,
            invalidate: ctr & (1 << 29) == 0,
        }
    }
}

/// Calls `op` with the address of every line of `line` bytes (a power of two) that overlaps
/// `start..start + len`.
#[cfg_attr(not(any(target_arch = "aarch64", test)), allow(dead_code))]
#[inline]
pub(crate) fn for_each_line(start: usize, len: usize, line: usize, mut op: impl FnMut(usize)) {
    if len == 0 {
        return;
    }
    let end = start.saturating_add(len);
    let mut at = start & !(line - 1);
    while at < end {
        op(at);
        match at.checked_add(line) {
            Some(next) => at = next,
            None => break,
        }
    }
}

/// Makes the `len` bytes of code at `start`, just written through the data side, visible to
/// instruction fetch (see the [module](self)). `start..start + len` must be mapped.
#[cfg(target_arch = "aarch64")]
pub(crate) fn synchronize(start: *const u8, len: usize) {
    use core::arch::asm;
    if len == 0 {
        return;
    }
    let ctr: u64;
    // SAFETY: reading CTR_EL0 has no side effects; EL0 may read it on the supported systems.
    unsafe { asm!("mrs {}, ctr_el0", out(reg) ctr, options(nomem, nostack, preserves_flags)) };
    let info = CacheInfo::from_ctr(ctr);
    let start = start as usize;
    if info.clean {
        for_each_line(start, len, info.dline, |at| {
            // SAFETY: cache maintenance by address of mapped memory changes no data.
            unsafe { asm!("dc cvau, {}", in(reg) at, options(nostack, preserves_flags)) }
        });
    }
    // SAFETY: barriers.
    unsafe { asm!("dsb ish", options(nostack, preserves_flags)) };
    if info.invalidate {
        for_each_line(start, len, info.iline, |at| {
            // SAFETY: as above.
            unsafe { asm!("ic ivau, {}", in(reg) at, options(nostack, preserves_flags)) }
        });
        // SAFETY: a barrier.
        unsafe { asm!("dsb ish", options(nostack, preserves_flags)) };
    }
    // SAFETY: a barrier.
    unsafe { asm!("isb", options(nostack, preserves_flags)) };
}

/// Nothing to do: this host's instruction fetch is coherent with its data writes.
#[cfg(not(target_arch = "aarch64"))]
#[inline(always)]
pub(crate) fn synchronize(start: *const u8, len: usize) {
    let _ = (start, len);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctr_fields() {
        // A common CTR_EL0 (Cortex-A72: 64-byte lines, IDC and DIC clear) and Apple M1's
        // (IDC and DIC set).
        let a72 = CacheInfo::from_ctr(0x8444_C004);
        assert_eq!(
            (a72.dline, a72.iline, a72.clean, a72.invalidate),
            (64, 64, true, true)
        );
        let m1 = CacheInfo::from_ctr(0xB444_C004 | 1 << 28 | 1 << 29);
        assert_eq!((m1.clean, m1.invalidate), (false, false));
        assert_eq!(CacheInfo::from_ctr(0x0003_0002).dline, 32);
        assert_eq!(CacheInfo::from_ctr(0x0003_0002).iline, 16);
    }

    #[test]
    fn lines_cover_the_range() {
        let mut lines = Vec::new();
        for_each_line(0x1030, 0x20, 64, |a| lines.push(a));
        assert_eq!(lines, [0x1000, 0x1040]);
        lines.clear();
        for_each_line(0x1040, 0x40, 64, |a| lines.push(a));
        assert_eq!(lines, [0x1040]);
        lines.clear();
        for_each_line(0x1040, 0, 64, |a| lines.push(a));
        assert!(lines.is_empty());
        for_each_line(usize::MAX - 10, 100, 64, |a| lines.push(a));
        assert_eq!(lines, [usize::MAX & !63]);
    }

    #[test]
    fn synchronize_is_callable_on_this_host() {
        let code = [0u8; 256];
        synchronize(code.as_ptr(), code.len());
        synchronize(code.as_ptr(), 0);
    }
}
