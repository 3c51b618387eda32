//! A minimal ELF64 relocatable object describing JIT code, for the GDB JIT interface: a
//! `.text` section without contents (`SHT_NOBITS`) whose address is the code's, and a `.symtab`
//! with one `FUNC` symbol per named range. The machine (`e_machine`) is a parameter.

// Without the `gdb-jit` feature only the machine numbers are used (by the jitdump header).
#![cfg_attr(not(feature = "gdb-jit"), allow(dead_code))]

/// `e_machine` of x86-64.
pub const EM_X86_64: u16 = 62;
/// `e_machine` of AArch64.
pub const EM_AARCH64: u16 = 183;

/// The `e_machine` of the code this process runs (the code an assembler makes executable).
pub const fn host_machine() -> u16 {
    if cfg!(target_arch = "x86_64") {
        EM_X86_64
    } else if cfg!(target_arch = "aarch64") {
        EM_AARCH64
    } else {
        0
    }
}

const SHT_SYMTAB: u32 = 2;
const SHT_STRTAB: u32 = 3;
const SHT_NOBITS: u32 = 8;
const SHF_ALLOC: u64 = 2;
const SHF_EXECINSTR: u64 = 4;
const STB_GLOBAL: u8 = 1;
const STT_FUNC: u8 = 2;
const TEXT: u16 = 1;

/// One function symbol: offset from the start of `.text`, size, name.
pub(crate) struct Symbol<'a> {
    pub(crate) offset: u64,
    pub(crate) size: u64,
    pub(crate) name: &'a str,
}

/// An ELF64 `ET_REL` image: `.text` at `text_addr` (`text_size` bytes, not included), the
/// symbols, and the string tables. Section headers: null, `.text`, `.symtab`, `.strtab`,
/// `.shstrtab`.
pub(crate) fn object(
    machine: u16,
    text_addr: u64,
    text_size: u64,
    symbols: &[Symbol<'_>],
) -> Vec<u8> {
    let le = cfg!(target_endian = "little");
    let shstrtab = b"\0.text\0.symtab\0.strtab\0.shstrtab\0";
    let (n_text, n_symtab, n_strtab, n_shstrtab) = (1u32, 7u32, 15u32, 23u32);

    let mut strtab = vec![0u8];
    let mut symtab = vec![0u8; 24]; // the null symbol
    for s in symbols {
        let name = strtab.len() as u32;
        strtab.extend(s.name.bytes().filter(|&b| b != 0));
        strtab.push(0);
        symtab.extend(name.to_ne_bytes());
        symtab.push(STB_GLOBAL << 4 | STT_FUNC);
        symtab.push(0); // st_other: default visibility
        symtab.extend(TEXT.to_ne_bytes());
        symtab.extend(s.offset.to_ne_bytes());
        symtab.extend(s.size.to_ne_bytes());
    }

    let symtab_off = 64u64;
    let strtab_off = symtab_off + symtab.len() as u64;
    let shstrtab_off = strtab_off + strtab.len() as u64;
    let shoff = (shstrtab_off + shstrtab.len() as u64).next_multiple_of(8);

    let mut out = Vec::with_capacity(shoff as usize + 5 * 64);
    out.extend(b"\x7fELF");
    out.push(2); // ELFCLASS64
    out.push(if le { 1 } else { 2 }); // ELFDATA2LSB / MSB
    out.push(1); // EV_CURRENT
    out.extend([0u8; 9]); // OSABI SYSV, ABI version, padding
    out.extend(1u16.to_ne_bytes()); // ET_REL
    out.extend(machine.to_ne_bytes());
    out.extend(1u32.to_ne_bytes()); // e_version
    out.extend(0u64.to_ne_bytes()); // e_entry
    out.extend(0u64.to_ne_bytes()); // e_phoff
    out.extend(shoff.to_ne_bytes());
    out.extend(0u32.to_ne_bytes()); // e_flags
    out.extend(64u16.to_ne_bytes()); // e_ehsize
    out.extend(0u16.to_ne_bytes()); // e_phentsize
    out.extend(0u16.to_ne_bytes()); // e_phnum
    out.extend(64u16.to_ne_bytes()); // e_shentsize
    out.extend(5u16.to_ne_bytes()); // e_shnum
    out.extend(4u16.to_ne_bytes()); // e_shstrndx
    debug_assert_eq!(out.len(), 64);
    out.extend(&symtab);
    out.extend(&strtab);
    out.extend(shstrtab);
    out.resize(shoff as usize, 0);

    #[allow(clippy::too_many_arguments)]
    fn section(
        out: &mut Vec<u8>,
        name: u32,
        kind: u32,
        flags: u64,
        addr: u64,
        offset: u64,
        size: u64,
        link: u32,
        info: u32,
        align: u64,
        entsize: u64,
    ) {
        out.extend(name.to_ne_bytes());
        out.extend(kind.to_ne_bytes());
        out.extend(flags.to_ne_bytes());
        out.extend(addr.to_ne_bytes());
        out.extend(offset.to_ne_bytes());
        out.extend(size.to_ne_bytes());
        out.extend(link.to_ne_bytes());
        out.extend(info.to_ne_bytes());
        out.extend(align.to_ne_bytes());
        out.extend(entsize.to_ne_bytes());
    }
    section(&mut out, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    let text_flags = SHF_ALLOC | SHF_EXECINSTR;
    section(
        &mut out, n_text, SHT_NOBITS, text_flags, text_addr, 64, text_size, 0, 0, 16, 0,
    );
    let symtab_size = symtab.len() as u64;
    // sh_link: the string table; sh_info: the first global symbol (all but the null one).
    section(
        &mut out,
        n_symtab,
        SHT_SYMTAB,
        0,
        0,
        symtab_off,
        symtab_size,
        3,
        1,
        8,
        24,
    );
    let strtab_size = strtab.len() as u64;
    section(
        &mut out,
        n_strtab,
        SHT_STRTAB,
        0,
        0,
        strtab_off,
        strtab_size,
        0,
        0,
        1,
        0,
    );
    let shstrtab_size = shstrtab.len() as u64;
    section(
        &mut out,
        n_shstrtab,
        SHT_STRTAB,
        0,
        0,
        shstrtab_off,
        shstrtab_size,
        0,
        0,
        1,
        0,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_ne_bytes(b[at..at + 2].try_into().unwrap())
    }
    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_ne_bytes(b[at..at + 4].try_into().unwrap())
    }
    fn u64_at(b: &[u8], at: usize) -> u64 {
        u64::from_ne_bytes(b[at..at + 8].try_into().unwrap())
    }

    #[test]
    fn layout() {
        let syms = [
            Symbol {
                offset: 0,
                size: 4,
                name: "a",
            },
            Symbol {
                offset: 4,
                size: 8,
                name: "bb",
            },
        ];
        let o = object(EM_X86_64, 0x1000, 12, &syms);
        assert_eq!(&o[..4], b"\x7fELF");
        assert_eq!(u16_at(&o, 16), 1);
        assert_eq!(u16_at(&o, 18), EM_X86_64);
        let shoff = u64_at(&o, 40) as usize;
        assert_eq!(shoff % 8, 0);
        assert_eq!(o.len(), shoff + 5 * 64);
        // .text: NOBITS at the code's address.
        let text = shoff + 64;
        assert_eq!(u32_at(&o, text + 4), SHT_NOBITS);
        assert_eq!(u64_at(&o, text + 16), 0x1000);
        assert_eq!(u64_at(&o, text + 32), 12);
        // .symtab: the null symbol and two FUNC symbols in .text.
        let symtab = shoff + 128;
        let (off, size) = (u64_at(&o, symtab + 24) as usize, u64_at(&o, symtab + 32));
        assert_eq!(size, 3 * 24);
        let strtab = u64_at(&o, shoff + 192 + 24) as usize;
        let second = off + 48;
        assert_eq!(o[second + 4], STB_GLOBAL << 4 | STT_FUNC);
        assert_eq!(u16_at(&o, second + 6), TEXT);
        assert_eq!(u64_at(&o, second + 8), 4);
        assert_eq!(u64_at(&o, second + 16), 8);
        let name = strtab + u32_at(&o, second) as usize;
        assert_eq!(&o[name..name + 3], b"bb\0");
    }
}
