//! Pointer authentication, more hints and system instructions without operands, flag manipulation.
use super::{Form, Mnemonic};

forms! {
    /// `esb`.
    esb {
        "" => "1101010100 0 00 011 0010 0010000 11111",
    }
    /// `csdb`.
    csdb {
        "" => "1101010100 0 00 011 0010 0010100 11111",
    }
    /// `paciaz`.
    paciaz {
        "" => "1101010100 0 00 011 0010 0011000 11111",
    }
    /// `paciasp`.
    paciasp {
        "" => "1101010100 0 00 011 0010 0011001 11111",
    }
    /// `pacibz`.
    pacibz {
        "" => "1101010100 0 00 011 0010 0011010 11111",
    }
    /// `pacibsp`.
    pacibsp {
        "" => "1101010100 0 00 011 0010 0011011 11111",
    }
    /// `autiaz`.
    autiaz {
        "" => "1101010100 0 00 011 0010 0011100 11111",
    }
    /// `autiasp`.
    autiasp {
        "" => "1101010100 0 00 011 0010 0011101 11111",
    }
    /// `autibz`.
    autibz {
        "" => "1101010100 0 00 011 0010 0011110 11111",
    }
    /// `autibsp`.
    autibsp {
        "" => "1101010100 0 00 011 0010 0011111 11111",
    }
    /// `pacia1716`.
    pacia1716 {
        "" => "1101010100 0 00 011 0010 0001000 11111",
    }
    /// `pacib1716`.
    pacib1716 {
        "" => "1101010100 0 00 011 0010 0001010 11111",
    }
    /// `autia1716`.
    autia1716 {
        "" => "1101010100 0 00 011 0010 0001100 11111",
    }
    /// `autib1716`.
    autib1716 {
        "" => "1101010100 0 00 011 0010 0001110 11111",
    }
    /// `xpaclri`.
    xpaclri {
        "" => "1101010100 0 00 011 0010 0000111 11111",
    }
    /// `eret`.
    eret {
        "" => "1101011 0100 11111 000000 11111 00000",
    }
    /// `drps`.
    drps {
        "" => "1101011 0101 11111 000000 11111 00000",
    }
    /// `eretaa`.
    eretaa {
        "" => "1101011 0100 11111 000010 11111 11111",
    }
    /// `eretab`.
    eretab {
        "" => "1101011 0100 11111 000011 11111 11111",
    }
    /// `retaa`.
    retaa {
        "" => "1101011 0010 11111 000010 11111 11111",
    }
    /// `retab`.
    retab {
        "" => "1101011 0010 11111 000011 11111 11111",
    }
    /// `sb`.
    sb {
        "" => "1101010100 0 00 011 0011 0000 1 11 11111",
    }
    /// `ssbb`.
    ssbb {
        "" => "1101010100 0 00 011 0011 0000 1 00 11111",
    }
    /// `pssbb`.
    pssbb {
        "" => "1101010100 0 00 011 0011 0100 1 00 11111",
    }
    /// `cfinv`.
    cfinv {
        "" => "1101010100 0 00 000 0100 0000 000 11111",
    }
    /// `dcps1`.
    dcps1 {
        "" => "11010100 101 0000000000000000 000 01",
        "#<imm16>" => "11010100 101 imm16 000 01",
    }
    /// `dcps2`.
    dcps2 {
        "" => "11010100 101 0000000000000000 000 10",
        "#<imm16>" => "11010100 101 imm16 000 10",
    }
    /// `dcps3`.
    dcps3 {
        "" => "11010100 101 0000000000000000 000 11",
        "#<imm16>" => "11010100 101 imm16 000 11",
    }
    /// `udf`.
    udf {
        "#<imm16>" => "0000000000000000 imm16",
    }
    /// `pacia`.
    pacia {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000000 Rn Rd",
    }
    /// `pacib`.
    pacib {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000001 Rn Rd",
    }
    /// `pacda`.
    pacda {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000010 Rn Rd",
    }
    /// `pacdb`.
    pacdb {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000011 Rn Rd",
    }
    /// `autia`.
    autia {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000100 Rn Rd",
    }
    /// `autib`.
    autib {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000101 Rn Rd",
    }
    /// `autda`.
    autda {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000110 Rn Rd",
    }
    /// `autdb`.
    autdb {
        "<Xd>, <Xn|SP>" => "1 1 0 11010110 00001 000111 Rn Rd",
    }
    /// `paciza`.
    paciza {
        "<Xd>" => "1 1 0 11010110 00001 001000 11111 Rd",
    }
    /// `pacizb`.
    pacizb {
        "<Xd>" => "1 1 0 11010110 00001 001001 11111 Rd",
    }
    /// `pacdza`.
    pacdza {
        "<Xd>" => "1 1 0 11010110 00001 001010 11111 Rd",
    }
    /// `pacdzb`.
    pacdzb {
        "<Xd>" => "1 1 0 11010110 00001 001011 11111 Rd",
    }
    /// `autiza`.
    autiza {
        "<Xd>" => "1 1 0 11010110 00001 001100 11111 Rd",
    }
    /// `autizb`.
    autizb {
        "<Xd>" => "1 1 0 11010110 00001 001101 11111 Rd",
    }
    /// `autdza`.
    autdza {
        "<Xd>" => "1 1 0 11010110 00001 001110 11111 Rd",
    }
    /// `autdzb`.
    autdzb {
        "<Xd>" => "1 1 0 11010110 00001 001111 11111 Rd",
    }
    /// `xpaci`.
    xpaci {
        "<Xd>" => "1 1 0 11010110 00001 010000 11111 Rd",
    }
    /// `xpacd`.
    xpacd {
        "<Xd>" => "1 1 0 11010110 00001 010001 11111 Rd",
    }
    /// `pacga`.
    pacga {
        "<Xd>, <Xn>, <Xm|SP>" => "1 0 0 11010110 Rm 001100 Rn Rd",
    }
    /// `braa`.
    braa {
        "<Xn>, <Xm|SP>" => "1101011 1 0 00 11111 0000 1 0 Rn Rm",
    }
    /// `brab`.
    brab {
        "<Xn>, <Xm|SP>" => "1101011 1 0 00 11111 0000 1 1 Rn Rm",
    }
    /// `blraa`.
    blraa {
        "<Xn>, <Xm|SP>" => "1101011 1 0 01 11111 0000 1 0 Rn Rm",
    }
    /// `blrab`.
    blrab {
        "<Xn>, <Xm|SP>" => "1101011 1 0 01 11111 0000 1 1 Rn Rm",
    }
    /// `braaz`.
    braaz {
        "<Xn>" => "1101011 0 0 00 11111 0000 1 0 Rn 11111",
    }
    /// `brabz`.
    brabz {
        "<Xn>" => "1101011 0 0 00 11111 0000 1 1 Rn 11111",
    }
    /// `blraaz`.
    blraaz {
        "<Xn>" => "1101011 0 0 01 11111 0000 1 0 Rn 11111",
    }
    /// `blrabz`.
    blrabz {
        "<Xn>" => "1101011 0 0 01 11111 0000 1 1 Rn 11111",
    }
    /// `fjcvtzs`.
    fjcvtzs {
        "<Wd>, <Dn>" => "0 0 0 11110 01 1 11 110 000000 Rn Rd",
    }
    /// `setf8`.
    setf8 {
        "<Wn>" => "0 0 1 11010000 000000 0 0010 Rn 0 1101",
    }
    /// `setf16`.
    setf16 {
        "<Wn>" => "0 0 1 11010000 000000 1 0010 Rn 0 1101",
    }
    /// `rmif`.
    rmif {
        "<Xn>, #<amt64>, #<nzcv>" => "1 0 1 11010000 imm6 00001 Rn 0 nzcv",
    }
}

forms! {
    /// `ldraa`: load with pointer authentication (key A), offset a multiple of 8.
    ldraa {
        "<Xt>, [<Xn|SP>{, #<simm10x8>}]" => "11111000 0 S 1 imm9 0 1 Rn Rt",
        "<Xt>, [<Xn|SP>, #<simm10x8>]!" => "11111000 0 S 1 imm9 1 1 Rn Rt",
    }
    /// `ldrab`: key B.
    ldrab {
        "<Xt>, [<Xn|SP>{, #<simm10x8>}]" => "11111000 1 S 1 imm9 0 1 Rn Rt",
        "<Xt>, [<Xn|SP>, #<simm10x8>]!" => "11111000 1 S 1 imm9 1 1 Rn Rt",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &esb, &csdb, &paciaz, &paciasp, &pacibz, &pacibsp, &autiaz, &autiasp, &autibz, &autibsp,
    &pacia1716, &pacib1716, &autia1716, &autib1716, &xpaclri, &eret, &drps, &eretaa, &eretab,
    &retaa, &retab, &sb, &ssbb, &pssbb, &cfinv, &dcps1, &dcps2, &dcps3, &udf, &pacia, &pacib,
    &pacda, &pacdb, &autia, &autib, &autda, &autdb, &paciza, &pacizb, &pacdza, &pacdzb, &autiza,
    &autizb, &autdza, &autdzb, &xpaci, &xpacd, &pacga, &braa, &brab, &blraa, &blrab, &braaz,
    &brabz, &blraaz, &blrabz, &fjcvtzs, &setf8, &setf16, &rmif, &ldraa, &ldrab,
];
