//! Memory for generated code, on top of memmap2.
//!
//! A buffer is either a [`MutableBuffer`] (readable and writable) or an [`ExecutableBuffer`]
//! (readable and executable), never both: converting between them changes the protection of the
//! mapping in place (`mprotect`), and no mapping is ever created writable and executable.

use crate::AssemblyOffset;
use memmap2::{Mmap, MmapMut};
use std::io;
use std::ops::{Deref, DerefMut};

/// Maps `size` bytes (at least one byte, so zero-length buffers have a real mapping) of
/// anonymous, zeroed, read-write memory.
fn map(size: usize) -> io::Result<MmapMut> {
    MmapMut::map_anon(size.max(1))
}

/// Executable (read + execute, not writable) memory holding generated code.
///
/// It dereferences to the `len()` bytes of code it holds; [`size`](Self::size) is the size of
/// the mapping.
#[derive(Debug)]
pub struct ExecutableBuffer {
    /// Bytes in use.
    length: usize,
    /// Requested size of the mapping.
    size: usize,
    /// `None` only for a moment, while [`crate::Assembler`] changes the protection in place.
    buffer: Option<Mmap>,
}

impl ExecutableBuffer {
    /// Maps `size` bytes of zeroed executable memory, with a length of 0.
    pub fn new(size: usize) -> io::Result<ExecutableBuffer> {
        MutableBuffer::new(size)?.make_exec()
    }

    /// The size of the mapping (the buffer's capacity), at least [`len`](slice::len).
    #[inline]
    pub fn size(&self) -> usize {
        self.size
    }

    /// A pointer to `offset` in the buffer (offsets up to and including the length are valid).
    ///
    /// The pointer is valid for as long as the buffer is neither dropped nor made mutable; when
    /// the buffer comes from [`crate::Executor::lock`], only while the guard is held.
    #[inline]
    pub fn ptr(&self, offset: AssemblyOffset) -> *const u8 {
        self.base().wrapping_add(offset.0)
    }

    /// The address of the start of the buffer.
    #[inline]
    pub(crate) fn base(&self) -> *const u8 {
        match &self.buffer {
            Some(map) => map.as_ptr(),
            None => std::ptr::null(),
        }
    }

    /// Makes the memory writable (and no longer executable).
    ///
    /// Errors if the operating system refuses to change the protection.
    pub fn make_mut(self) -> io::Result<MutableBuffer> {
        let buffer = match self.buffer {
            Some(map) => map.make_mut()?,
            None => map(self.size)?,
        };
        Ok(MutableBuffer {
            length: self.length,
            size: self.size,
            buffer,
        })
    }

    /// An empty stand-in that owns no memory, for swapping a buffer out of a lock.
    pub(crate) fn placeholder() -> ExecutableBuffer {
        ExecutableBuffer {
            length: 0,
            size: 0,
            buffer: None,
        }
    }
}

impl Deref for ExecutableBuffer {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        match &self.buffer {
            Some(map) => &map[..self.length],
            None => &[],
        }
    }
}

/// Writable (read + write, not executable) memory for generated code.
///
/// It dereferences to its first `len()` bytes; [`set_len`](Self::set_len) chooses how many, up to
/// [`size`](Self::size).
#[derive(Debug)]
pub struct MutableBuffer {
    length: usize,
    size: usize,
    buffer: MmapMut,
}

impl MutableBuffer {
    /// Maps `size` bytes of zeroed writable memory, with a length of 0.
    pub fn new(size: usize) -> io::Result<MutableBuffer> {
        Ok(MutableBuffer {
            length: 0,
            size,
            buffer: map(size)?,
        })
    }

    /// The size of the mapping (the buffer's capacity).
    #[inline]
    pub fn size(&self) -> usize {
        self.size
    }

    /// Sets how many bytes the buffer dereferences to.
    ///
    /// # Panics
    /// If `length` exceeds [`size`](Self::size).
    #[inline]
    pub fn set_len(&mut self, length: usize) {
        assert!(
            length <= self.size,
            "MutableBuffer::set_len: length {length} exceeds the buffer size {}",
            self.size
        );
        self.length = length;
    }

    /// Makes the memory executable (and no longer writable).
    ///
    /// Errors if the operating system refuses to change the protection.
    pub fn make_exec(self) -> io::Result<ExecutableBuffer> {
        Ok(ExecutableBuffer {
            length: self.length,
            size: self.size,
            buffer: Some(self.buffer.make_exec()?),
        })
    }

    /// The whole mapping, regardless of the length.
    #[inline]
    pub(crate) fn full_mut(&mut self) -> &mut [u8] {
        &mut self.buffer[..self.size]
    }
}

impl Deref for MutableBuffer {
    type Target = [u8];
    #[inline]
    fn deref(&self) -> &[u8] {
        &self.buffer[..self.length]
    }
}

impl DerefMut for MutableBuffer {
    #[inline]
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.buffer[..self.length]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut m = MutableBuffer::new(16).unwrap();
        assert_eq!(m.len(), 0);
        m.set_len(3);
        m.copy_from_slice(&[1, 2, 3]);
        let e = m.make_exec().unwrap();
        assert_eq!(&e[..], &[1, 2, 3]);
        assert_eq!(e.size(), 16);
        let m = e.make_mut().unwrap();
        assert_eq!(&m[..], &[1, 2, 3]);
        let z = ExecutableBuffer::new(0).unwrap();
        assert_eq!(z.len(), 0);
        assert!(!z.ptr(AssemblyOffset(0)).is_null());
        let _ = z.make_mut().unwrap().make_exec().unwrap();
    }
}
