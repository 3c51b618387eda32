//! Cryptographic extensions (AES, SHA1/256/512, SHA3, SM3/SM4), `ext` and the dot products.
use super::{Form, Mnemonic};

forms! {
    /// `aese`.
    aese {
        "<Vd>.16B, <Vn>.16B" => "01001110 00 10100 00100 10 Rn Rd",
    }
    /// `aesd`.
    aesd {
        "<Vd>.16B, <Vn>.16B" => "01001110 00 10100 00101 10 Rn Rd",
    }
    /// `aesmc`.
    aesmc {
        "<Vd>.16B, <Vn>.16B" => "01001110 00 10100 00110 10 Rn Rd",
    }
    /// `aesimc`.
    aesimc {
        "<Vd>.16B, <Vn>.16B" => "01001110 00 10100 00111 10 Rn Rd",
    }
    /// `sha1c`.
    sha1c {
        "<Qd>, <Sn>, <Vm>.4S" => "01011110 00 0 Rm 0 000 00 Rn Rd",
    }
    /// `sha1p`.
    sha1p {
        "<Qd>, <Sn>, <Vm>.4S" => "01011110 00 0 Rm 0 001 00 Rn Rd",
    }
    /// `sha1m`.
    sha1m {
        "<Qd>, <Sn>, <Vm>.4S" => "01011110 00 0 Rm 0 010 00 Rn Rd",
    }
    /// `sha1su0`.
    sha1su0 {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S" => "01011110 00 0 Rm 0 011 00 Rn Rd",
    }
    /// `sha256h`.
    sha256h {
        "<Qd>, <Qn>, <Vm>.4S" => "01011110 00 0 Rm 0 100 00 Rn Rd",
    }
    /// `sha256h2`.
    sha256h2 {
        "<Qd>, <Qn>, <Vm>.4S" => "01011110 00 0 Rm 0 101 00 Rn Rd",
    }
    /// `sha256su1`.
    sha256su1 {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S" => "01011110 00 0 Rm 0 110 00 Rn Rd",
    }
    /// `sha1h`.
    sha1h {
        "<Sd>, <Sn>" => "01011110 00 10100 00000 10 Rn Rd",
    }
    /// `sha1su1`.
    sha1su1 {
        "<Vd>.4S, <Vn>.4S" => "01011110 00 10100 00001 10 Rn Rd",
    }
    /// `sha256su0`.
    sha256su0 {
        "<Vd>.4S, <Vn>.4S" => "01011110 00 10100 00010 10 Rn Rd",
    }
    /// `sha512h`.
    sha512h {
        "<Qd>, <Qn>, <Vm>.2D" => "11001110 011 Rm 1 0 00 00 Rn Rd",
    }
    /// `sha512h2`.
    sha512h2 {
        "<Qd>, <Qn>, <Vm>.2D" => "11001110 011 Rm 1 0 00 01 Rn Rd",
    }
    /// `sha512su1`.
    sha512su1 {
        "<Vd>.2D, <Vn>.2D, <Vm>.2D" => "11001110 011 Rm 1 0 00 10 Rn Rd",
    }
    /// `rax1`.
    rax1 {
        "<Vd>.2D, <Vn>.2D, <Vm>.2D" => "11001110 011 Rm 1 0 00 11 Rn Rd",
    }
    /// `sha512su0`.
    sha512su0 {
        "<Vd>.2D, <Vn>.2D" => "11001110 110 00000 1000 00 Rn Rd",
    }
    /// `sm4e`.
    sm4e {
        "<Vd>.4S, <Vn>.4S" => "11001110 110 00000 1000 01 Rn Rd",
    }
    /// `sm4ekey`.
    sm4ekey {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S" => "11001110 011 Rm 1 1 00 10 Rn Rd",
    }
    /// `sm3partw1`.
    sm3partw1 {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S" => "11001110 011 Rm 1 1 00 00 Rn Rd",
    }
    /// `sm3partw2`.
    sm3partw2 {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S" => "11001110 011 Rm 1 1 00 01 Rn Rd",
    }
    /// `eor3`.
    eor3 {
        "<Vd>.16B, <Vn>.16B, <Vm>.16B, <Va>.16B" => "11001110 000 Rm 0 Ra Rn Rd",
    }
    /// `bcax`.
    bcax {
        "<Vd>.16B, <Vn>.16B, <Vm>.16B, <Va>.16B" => "11001110 001 Rm 0 Ra Rn Rd",
    }
    /// `sm3ss1`.
    sm3ss1 {
        "<Vd>.4S, <Vn>.4S, <Vm>.4S, <Va>.4S" => "11001110 010 Rm 0 Ra Rn Rd",
    }
    /// `xar`.
    xar {
        "<Vd>.2D, <Vn>.2D, <Vm>.2D, #<amt64>" => "11001110 100 Rm imm6 Rn Rd",
    }
    /// `ext`.
    ext {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<ext8>; T = 8B" => "0 Q 101110 000 Rm 0 imm4 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<ext16>; T = 16B" => "0 Q 101110 000 Rm 0 imm4 0 Rn Rd",
    }
    /// `sdot`.
    sdot {
        "<Vd>.2S, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 10 0 Rm 1 0010 1 Rn Rd",
        "<Vd>.4S, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 10 0 Rm 1 0010 1 Rn Rd",
        "<Vd>.2S, <Vn>.8B, <Vm>.4B[<index_hl>]" => "0 0 0 01111 10 L Rm 1110 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.16B, <Vm>.4B[<index_hl>]" => "0 1 0 01111 10 L Rm 1110 H 0 Rn Rd",
    }
    /// `udot`.
    udot {
        "<Vd>.2S, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 10 0 Rm 1 0010 1 Rn Rd",
        "<Vd>.4S, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 10 0 Rm 1 0010 1 Rn Rd",
        "<Vd>.2S, <Vn>.8B, <Vm>.4B[<index_hl>]" => "0 0 1 01111 10 L Rm 1110 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.16B, <Vm>.4B[<index_hl>]" => "0 1 1 01111 10 L Rm 1110 H 0 Rn Rd",
    }
    /// `sm3tt1a`.
    sm3tt1a {
        "<Vd>.4S, <Vn>.4S, <Vm>.S[<imm2>]" => "11001110010 Rm 10 imm2 00 Rn Rd",
    }
    /// `sm3tt1b`.
    sm3tt1b {
        "<Vd>.4S, <Vn>.4S, <Vm>.S[<imm2>]" => "11001110010 Rm 10 imm2 01 Rn Rd",
    }
    /// `sm3tt2a`.
    sm3tt2a {
        "<Vd>.4S, <Vn>.4S, <Vm>.S[<imm2>]" => "11001110010 Rm 10 imm2 10 Rn Rd",
    }
    /// `sm3tt2b`.
    sm3tt2b {
        "<Vd>.4S, <Vn>.4S, <Vm>.S[<imm2>]" => "11001110010 Rm 10 imm2 11 Rn Rd",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &aese, &aesd, &aesmc, &aesimc, &sha1c, &sha1p, &sha1m, &sha1su0, &sha256h, &sha256h2,
    &sha256su1, &sha1h, &sha1su1, &sha256su0, &sha512h, &sha512h2, &sha512su1, &rax1, &sha512su0,
    &sm4e, &sm4ekey, &sm3partw1, &sm3partw2, &eor3, &bcax, &sm3ss1, &xar, &ext, &sdot, &udot,
    &sm3tt1a, &sm3tt1b, &sm3tt2a, &sm3tt2b,
];
