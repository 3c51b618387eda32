//! Advanced SIMD (vector) instructions that have no scalar general purpose form; the vector forms
//! of `add`, `fadd`, `mov`... are rows of those mnemonics.
use super::{Form, Mnemonic};

forms! {
    /// `cmeq` (vector).
    cmeq {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 10001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 10001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 01001 10 Rn Rd",
        "<Dd>, <Dn>, #0" => "01 0 11110 11 10000 01001 10 Rn Rd",
    }
    /// `cmtst` (vector).
    cmtst {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 10001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 10001 1 Rn Rd",
    }
    /// `cmgt` (vector).
    cmgt {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 00110 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 01000 10 Rn Rd",
        "<Dd>, <Dn>, #0" => "01 0 11110 11 10000 01000 10 Rn Rd",
    }
    /// `cmge` (vector).
    cmge {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 00111 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 00111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 10000 01000 10 Rn Rd",
        "<Dd>, <Dn>, #0" => "01 1 11110 11 10000 01000 10 Rn Rd",
    }
    /// `cmhi` (vector).
    cmhi {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 00110 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 00110 1 Rn Rd",
    }
    /// `cmhs` (vector).
    cmhs {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 00111 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 00111 1 Rn Rd",
    }
    /// `smax` (vector).
    smax {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 01100 1 Rn Rd",
    }
    /// `umax` (vector).
    umax {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 01100 1 Rn Rd",
    }
    /// `smin` (vector).
    smin {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 01101 1 Rn Rd",
    }
    /// `umin` (vector).
    umin {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 01101 1 Rn Rd",
    }
    /// `sabd` (vector).
    sabd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 01110 1 Rn Rd",
    }
    /// `uabd` (vector).
    uabd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 01110 1 Rn Rd",
    }
    /// `saba` (vector).
    saba {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 01111 1 Rn Rd",
    }
    /// `uaba` (vector).
    uaba {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 01111 1 Rn Rd",
    }
    /// `shadd` (vector).
    shadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 00000 1 Rn Rd",
    }
    /// `uhadd` (vector).
    uhadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 00000 1 Rn Rd",
    }
    /// `srhadd` (vector).
    srhadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 00010 1 Rn Rd",
    }
    /// `urhadd` (vector).
    urhadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 00010 1 Rn Rd",
    }
    /// `shsub` (vector).
    shsub {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 00100 1 Rn Rd",
    }
    /// `uhsub` (vector).
    uhsub {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 00100 1 Rn Rd",
    }
    /// `sqadd` (vector).
    sqadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 00001 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 0 11110 00 1 Rm 00001 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 00001 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 00001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 00001 1 Rn Rd",
    }
    /// `uqadd` (vector).
    uqadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 00001 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 1 11110 00 1 Rm 00001 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 1 Rm 00001 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 1 Rm 00001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 00001 1 Rn Rd",
    }
    /// `sqsub` (vector).
    sqsub {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 00101 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 0 11110 00 1 Rm 00101 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 00101 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 00101 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 00101 1 Rn Rd",
    }
    /// `uqsub` (vector).
    uqsub {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 00101 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 1 11110 00 1 Rm 00101 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 1 Rm 00101 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 1 Rm 00101 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 00101 1 Rn Rd",
    }
    /// `sshl` (vector).
    sshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 01000 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 01000 1 Rn Rd",
    }
    /// `ushl` (vector).
    ushl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 01000 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 01000 1 Rn Rd",
    }
    /// `mla` (vector).
    mla {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 10010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 1 01111 01 L Rm 0000 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 1 01111 10 L Rm 0000 H 0 Rn Rd",
    }
    /// `mls` (vector).
    mls {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 10010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 1 01111 01 L Rm 0100 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 1 01111 10 L Rm 0100 H 0 Rn Rd",
    }
    /// `addp` (vector).
    addp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 10111 1 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 0 11110 11 11000 11011 10 Rn Rd",
    }
    /// `smaxp` (vector).
    smaxp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 10100 1 Rn Rd",
    }
    /// `umaxp` (vector).
    umaxp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 10100 1 Rn Rd",
    }
    /// `sminp` (vector).
    sminp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 10101 1 Rn Rd",
    }
    /// `uminp` (vector).
    uminp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 10101 1 Rn Rd",
    }
    /// `sqdmulh` (vector).
    sqdmulh {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H|2S|4S" => "0 Q 0 01110 size 1 Rm 10110 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 10110 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 10110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 01 L Rm 1100 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 01 L Rm 1100 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 10 L Rm 1100 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 10 L Rm 1100 H 0 Rn Rd",
    }
    /// `sqrdmulh` (vector).
    sqrdmulh {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H|2S|4S" => "0 Q 1 01110 size 1 Rm 10110 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 1 Rm 10110 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 1 Rm 10110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 01 L Rm 1101 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 01 L Rm 1101 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 10 L Rm 1101 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 10 L Rm 1101 H 0 Rn Rd",
    }
    /// `bsl` (vector).
    bsl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 1 01110 01 1 Rm 00011 1 Rn Rd",
    }
    /// `bit` (vector).
    bit {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 1 01110 10 1 Rm 00011 1 Rn Rd",
    }
    /// `bif` (vector).
    bif {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 1 01110 11 1 Rm 00011 1 Rn Rd",
    }
    /// `fmla` (vector).
    fmla {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 00 L Rm 0001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 1 0 L Rm 0001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.D[<index>]; T = 2D" => "0 Q 0 01111 1 1 0 Rm 0001 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 00 L Rm 0001 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 1 0 L Rm 0001 H 0 Rn Rd",
        "<Dd>, <Dn>, <Vm>.D[<index>]" => "01 0 11111 1 1 0 Rm 0001 H 0 Rn Rd",
    }
    /// `fmls` (vector).
    fmls {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 1 Rm 11001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 1 10 Rm 00 001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 0 01111 00 L Rm 0101 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 0 01111 1 0 L Rm 0101 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.D[<index>]; T = 2D" => "0 Q 0 01111 1 1 0 Rm 0101 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 00 L Rm 0101 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 1 0 L Rm 0101 H 0 Rn Rd",
        "<Dd>, <Dn>, <Vm>.D[<index>]" => "01 0 11111 1 1 0 Rm 0101 H 0 Rn Rd",
    }
    /// `fabd` (vector).
    fabd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 1 Rm 11010 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 1 10 Rm 00 010 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 1 0 1 Rm 11010 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 1 1 1 Rm 11010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 1 10 Rm 00 010 1 Rn Rd",
    }
    /// `faddp` (vector).
    faddp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 010 1 Rn Rd",
        "<Sd>, <Vn>.2S" => "01 1 11110 0 0 11000 01101 10 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 1 11110 0 1 11000 01101 10 Rn Rd",
        "<Hd>, <Vn>.2H" => "01 0 11110 0 0 11000 01101 10 Rn Rd",
    }
    /// `fcmeq` (vector).
    fcmeq {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11100 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 0 10 Rm 00 100 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 0 0 1 Rm 11100 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 0 1 1 Rm 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 01101 10 Rn Rd",
        "<Sd>, <Sn>, #0.0" => "01 0 11110 1 0 10000 01101 10 Rn Rd",
        "<Dd>, <Dn>, #0.0" => "01 0 11110 1 1 10000 01101 10 Rn Rd",
        "<Hd>, <Hn>, #0.0" => "01 0 11110 1 111100 01101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 4H|8H" => "0 Q 0 01110 1 111100 01101 10 Rn Rd",
    }
    /// `fcmge` (vector).
    fcmge {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11100 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 0 10 Rm 00 100 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 0 0 1 Rm 11100 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 0 1 1 Rm 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 01100 10 Rn Rd",
        "<Sd>, <Sn>, #0.0" => "01 1 11110 1 0 10000 01100 10 Rn Rd",
        "<Dd>, <Dn>, #0.0" => "01 1 11110 1 1 10000 01100 10 Rn Rd",
        "<Hd>, <Hn>, #0.0" => "01 1 11110 1 111100 01100 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 4H|8H" => "0 Q 1 01110 1 111100 01100 10 Rn Rd",
    }
    /// `fcmgt` (vector).
    fcmgt {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 1 Rm 11100 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 1 10 Rm 00 100 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 1 0 1 Rm 11100 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 1 1 1 Rm 11100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 1 10 Rm 00 100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 01100 10 Rn Rd",
        "<Sd>, <Sn>, #0.0" => "01 0 11110 1 0 10000 01100 10 Rn Rd",
        "<Dd>, <Dn>, #0.0" => "01 0 11110 1 1 10000 01100 10 Rn Rd",
        "<Hd>, <Hn>, #0.0" => "01 0 11110 1 111100 01100 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 4H|8H" => "0 Q 0 01110 1 111100 01100 10 Rn Rd",
    }
    /// `fmulx` (vector).
    fmulx {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11011 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 0 10 Rm 00 011 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 0 0 1 Rm 11011 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 0 1 1 Rm 11011 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 011 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 1 01111 00 L Rm 1001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 1 01111 1 0 L Rm 1001 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.D[<index>]; T = 2D" => "0 Q 1 01111 1 1 0 Rm 1001 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 1 11111 00 L Rm 1001 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 1 11111 1 0 L Rm 1001 H 0 Rn Rd",
        "<Dd>, <Dn>, <Vm>.D[<index>]" => "01 1 11111 1 1 0 Rm 1001 H 0 Rn Rd",
    }
    /// `fmaxp` (vector).
    fmaxp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 110 1 Rn Rd",
        "<Sd>, <Vn>.2S" => "01 1 11110 0 0 11000 01111 10 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 1 11110 0 1 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.2H" => "01 0 11110 0 0 11000 01111 10 Rn Rd",
    }
    /// `fminp` (vector).
    fminp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 1 Rm 11110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 1 10 Rm 00 110 1 Rn Rd",
        "<Sd>, <Vn>.2S" => "01 1 11110 1 0 11000 01111 10 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 1 11110 1 1 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.2H" => "01 0 11110 1 0 11000 01111 10 Rn Rd",
    }
    /// `abs` (vector).
    abs {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 01011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 11 10000 01011 10 Rn Rd",
    }
    /// `cnt` (vector).
    cnt {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 0 01110 size 10000 00101 10 Rn Rd",
    }
    /// `not` (vector).
    not {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B" => "0 Q 1 01110 00 10000 00101 10 Rn Rd",
    }
}

forms! {
    /// `dup`: element, general register; `mov` to a scalar is `dup` too.
    dup {
        "<Vd>.<T>, <Vn>.B[<index>]; T = 8B|16B" => "0 Q 0 01110000 imm5 0 0000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.H[<index>]; T = 4H|8H" => "0 Q 0 01110000 imm5 0 0000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.S[<index>]; T = 2S|4S" => "0 Q 0 01110000 imm5 0 0000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.D[<index>]; T = 2D" => "0 Q 0 01110000 imm5 0 0000 1 Rn Rd",
        "<Bd>, <Vn>.B[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Hd>, <Vn>.H[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Sd>, <Vn>.S[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Dd>, <Vn>.D[<index>]" => "0 1 0 11110000 imm5 0 0000 1 Rn Rd",
        "<Vd>.8B, <Wn>" => "0 0 0 01110000 00001 0 0001 1 Rn Rd",
        "<Vd>.16B, <Wn>" => "0 1 0 01110000 00001 0 0001 1 Rn Rd",
        "<Vd>.4H, <Wn>" => "0 0 0 01110000 00010 0 0001 1 Rn Rd",
        "<Vd>.8H, <Wn>" => "0 1 0 01110000 00010 0 0001 1 Rn Rd",
        "<Vd>.2S, <Wn>" => "0 0 0 01110000 00100 0 0001 1 Rn Rd",
        "<Vd>.4S, <Wn>" => "0 1 0 01110000 00100 0 0001 1 Rn Rd",
        "<Vd>.2D, <Xn>" => "0 1 0 01110000 01000 0 0001 1 Rn Rd",
    }
    /// `ins`: from a general register, from an element.
    ins {
        "<Vd>.B[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.H[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.S[<index>], <Wn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.D[<index>], <Xn>" => "0 1 0 01110000 imm5 0 0011 1 Rn Rd",
        "<Vd>.B[<index1>], <Vn>.B[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.H[<index1>], <Vn>.H[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.S[<index1>], <Vn>.S[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
        "<Vd>.D[<index1>], <Vn>.D[<index2>]" => "0 1 1 01110000 imm5 0 imm4 1 Rn Rd",
    }
    /// `umov`.
    umov {
        "<Wd>, <Vn>.B[<index>]" => "0 0 0 01110000 imm5 0 0111 1 Rn Rd",
        "<Wd>, <Vn>.H[<index>]" => "0 0 0 01110000 imm5 0 0111 1 Rn Rd",
        "<Wd>, <Vn>.S[<index>]" => "0 0 0 01110000 imm5 0 0111 1 Rn Rd",
        "<Xd>, <Vn>.D[<index>]" => "0 1 0 01110000 imm5 0 0111 1 Rn Rd",
    }
    /// `smov`.
    smov {
        "<Wd>, <Vn>.B[<index>]" => "0 0 0 01110000 imm5 0 0101 1 Rn Rd",
        "<Wd>, <Vn>.H[<index>]" => "0 0 0 01110000 imm5 0 0101 1 Rn Rd",
        "<Xd>, <Vn>.B[<index>]" => "0 1 0 01110000 imm5 0 0101 1 Rn Rd",
        "<Xd>, <Vn>.H[<index>]" => "0 1 0 01110000 imm5 0 0101 1 Rn Rd",
        "<Xd>, <Vn>.S[<index>]" => "0 1 0 01110000 imm5 0 0101 1 Rn Rd",
    }
    /// `ld1` (multiple structures).
    ld1 {
        "{<Vt>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 1 000000 0111 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 11111 0111 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 Rm 0111 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 1 000000 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 11111 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 Rm 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 1 000000 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 11111 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 Rm 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 1 000000 0010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 11111 0010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 1 0 Rm 0010 size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 000 S size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 000 S size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 000 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 010 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 010 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 010 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 100 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 100 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 100 S size Rn Rt",
    }
    /// `ld2` (multiple structures).
    ld2 {
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 1 000000 1000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 11111 1000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 Rm 1000 size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 000 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 000 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 000 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 010 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 010 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 010 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 100 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 100 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 100 S size Rn Rt",
    }
    /// `ld3` (multiple structures).
    ld3 {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 1 000000 0100 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 11111 0100 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 Rm 0100 size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 001 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 011 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 0 00000 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 0 11111 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 0 Rm 101 S size Rn Rt",
    }
    /// `ld4` (multiple structures).
    ld4 {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 1 000000 0000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 11111 0000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 1 0 Rm 0000 size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 001 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 011 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 1 1 00000 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 1 1 11111 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 1 1 Rm 101 S size Rn Rt",
    }
    /// `st1` (multiple structures).
    st1 {
        "{<Vt>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 0 000000 0111 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 11111 0111 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 Rm 0111 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 0 000000 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 11111 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 Rm 1010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 0 000000 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 11111 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 Rm 0110 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011000 0 000000 0010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 11111 0010 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011001 0 0 Rm 0010 size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 000 S size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 000 S size Rn Rt",
        "{<Vt>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 000 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 010 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 010 S size Rn Rt",
        "{<Vt>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 010 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 100 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 100 S size Rn Rt",
        "{<Vt>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 100 S size Rn Rt",
        "{<Vt>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 100 S size Rn Rt",
    }
    /// `st2` (multiple structures).
    st2 {
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 0 000000 1000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 11111 1000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 Rm 1000 size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 000 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 000 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 000 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 010 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 010 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 010 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 100 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 100 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 100 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 100 S size Rn Rt",
    }
    /// `st3` (multiple structures).
    st3 {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 0 000000 0100 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 11111 0100 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 Rm 0100 size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 001 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 011 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 0 00000 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 0 11111 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 0 Rm 101 S size Rn Rt",
    }
    /// `st4` (multiple structures).
    st4 {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011000 0 000000 0000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], #<listbytes>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 11111 0000 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0011001 0 0 Rm 0000 size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 001 S size Rn Rt",
        "{<Vt>.B, <Vt2>.B, <Vt3>.B, <Vt4>.B}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 001 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 011 S size Rn Rt",
        "{<Vt>.H, <Vt2>.H, <Vt3>.H, <Vt4>.H}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 011 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 101 S size Rn Rt",
        "{<Vt>.S, <Vt2>.S, <Vt3>.S, <Vt4>.S}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>]" => "0 Q 0011010 0 1 00000 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>], #<listelembytes>" => "0 Q 0011011 0 1 11111 101 S size Rn Rt",
        "{<Vt>.D, <Vt2>.D, <Vt3>.D, <Vt4>.D}[<index>], [<Xn|SP>], <Xm!ZR>" => "0 Q 0011011 0 1 Rm 101 S size Rn Rt",
    }
}

forms! {
    /// `sshr`.
    sshr {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 0 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 00000 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 00000 1 Rn Rd",
    }
    /// `ushr`.
    ushr {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 1 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 00000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 00000 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 00000 1 Rn Rd",
    }
    /// `ssra`.
    ssra {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 0 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 00010 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 00010 1 Rn Rd",
    }
    /// `usra`.
    usra {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 1 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 00010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 00010 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 00010 1 Rn Rd",
    }
    /// `srshr`.
    srshr {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 0 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 00100 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 00100 1 Rn Rd",
    }
    /// `urshr`.
    urshr {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 1 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 00100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 00100 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 00100 1 Rn Rd",
    }
    /// `srsra`.
    srsra {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 0 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 0 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 0 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 0 011110 immhb 00110 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 0 111110 immhb 00110 1 Rn Rd",
    }
    /// `ursra`.
    ursra {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 1 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 00110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 00110 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 00110 1 Rn Rd",
    }
    /// `sri`.
    sri {
        "<Vd>.<T>, <Vn>.<T>, #<shr8>; T = 8B|16B" => "0 Q 1 011110 immhb 01000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr16>; T = 4H|8H" => "0 Q 1 011110 immhb 01000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr32>; T = 2S|4S" => "0 Q 1 011110 immhb 01000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shr64>; T = 2D" => "0 Q 1 011110 immhb 01000 1 Rn Rd",
        "<Dd>, <Dn>, #<shr64>" => "01 1 111110 immhb 01000 1 Rn Rd",
    }
    /// `shl`.
    shl {
        "<Vd>.<T>, <Vn>.<T>, #<shl8>; T = 8B|16B" => "0 Q 0 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl16>; T = 4H|8H" => "0 Q 0 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl32>; T = 2S|4S" => "0 Q 0 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl64>; T = 2D" => "0 Q 0 011110 immhb 01010 1 Rn Rd",
        "<Dd>, <Dn>, #<shl64>" => "01 0 111110 immhb 01010 1 Rn Rd",
    }
    /// `sli`.
    sli {
        "<Vd>.<T>, <Vn>.<T>, #<shl8>; T = 8B|16B" => "0 Q 1 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl16>; T = 4H|8H" => "0 Q 1 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl32>; T = 2S|4S" => "0 Q 1 011110 immhb 01010 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl64>; T = 2D" => "0 Q 1 011110 immhb 01010 1 Rn Rd",
        "<Dd>, <Dn>, #<shl64>" => "01 1 111110 immhb 01010 1 Rn Rd",
    }
    /// `sqshlu`.
    sqshlu {
        "<Vd>.<T>, <Vn>.<T>, #<shl8>; T = 8B|16B" => "0 Q 1 011110 immhb 01100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl16>; T = 4H|8H" => "0 Q 1 011110 immhb 01100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl32>; T = 2S|4S" => "0 Q 1 011110 immhb 01100 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl64>; T = 2D" => "0 Q 1 011110 immhb 01100 1 Rn Rd",
        "<Bd>, <Bn>, #<shl8>" => "01 1 111110 immhb 01100 1 Rn Rd",
        "<Hd>, <Hn>, #<shl16>" => "01 1 111110 immhb 01100 1 Rn Rd",
        "<Sd>, <Sn>, #<shl32>" => "01 1 111110 immhb 01100 1 Rn Rd",
        "<Dd>, <Dn>, #<shl64>" => "01 1 111110 immhb 01100 1 Rn Rd",
    }
    /// `sqshl`.
    sqshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 01001 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 0 11110 00 1 Rm 01001 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 01001 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 01001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 01001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl8>; T = 8B|16B" => "0 Q 0 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl16>; T = 4H|8H" => "0 Q 0 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl32>; T = 2S|4S" => "0 Q 0 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl64>; T = 2D" => "0 Q 0 011110 immhb 01110 1 Rn Rd",
        "<Bd>, <Bn>, #<shl8>" => "01 0 111110 immhb 01110 1 Rn Rd",
        "<Hd>, <Hn>, #<shl16>" => "01 0 111110 immhb 01110 1 Rn Rd",
        "<Sd>, <Sn>, #<shl32>" => "01 0 111110 immhb 01110 1 Rn Rd",
        "<Dd>, <Dn>, #<shl64>" => "01 0 111110 immhb 01110 1 Rn Rd",
    }
    /// `uqshl`.
    uqshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 01001 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 1 11110 00 1 Rm 01001 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 1 Rm 01001 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 1 Rm 01001 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 01001 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl8>; T = 8B|16B" => "0 Q 1 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl16>; T = 4H|8H" => "0 Q 1 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl32>; T = 2S|4S" => "0 Q 1 011110 immhb 01110 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #<shl64>; T = 2D" => "0 Q 1 011110 immhb 01110 1 Rn Rd",
        "<Bd>, <Bn>, #<shl8>" => "01 1 111110 immhb 01110 1 Rn Rd",
        "<Hd>, <Hn>, #<shl16>" => "01 1 111110 immhb 01110 1 Rn Rd",
        "<Sd>, <Sn>, #<shl32>" => "01 1 111110 immhb 01110 1 Rn Rd",
        "<Dd>, <Dn>, #<shl64>" => "01 1 111110 immhb 01110 1 Rn Rd",
    }
    /// `srshl`.
    srshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 01010 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 01010 1 Rn Rd",
    }
    /// `urshl`.
    urshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 01010 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 01010 1 Rn Rd",
    }
    /// `sqrshl`.
    sqrshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 1 Rm 01011 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 0 11110 00 1 Rm 01011 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 01011 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 01011 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 11 1 Rm 01011 1 Rn Rd",
    }
    /// `uqrshl`.
    uqrshl {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 1 Rm 01011 1 Rn Rd",
        "<Bd>, <Bn>, <Bm>" => "01 1 11110 00 1 Rm 01011 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 1 Rm 01011 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 1 Rm 01011 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 11 1 Rm 01011 1 Rn Rd",
    }
    /// `uzp1`.
    uzp1 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 001 10 Rn Rd",
    }
    /// `trn1`.
    trn1 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 010 10 Rn Rd",
    }
    /// `zip1`.
    zip1 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 011 10 Rn Rd",
    }
    /// `uzp2`.
    uzp2 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 101 10 Rn Rd",
    }
    /// `trn2`.
    trn2 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 110 10 Rn Rd",
    }
    /// `zip2`.
    zip2 {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 0 Rm 0 111 10 Rn Rd",
    }
}

forms! {
    /// `saddl`.
    saddl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0000 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0000 00 Rn Rd",
    }
    /// `saddl2`.
    saddl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0000 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0000 00 Rn Rd",
    }
    /// `uaddl`.
    uaddl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0000 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0000 00 Rn Rd",
    }
    /// `uaddl2`.
    uaddl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0000 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0000 00 Rn Rd",
    }
    /// `saddw`.
    saddw {
        "<Vd>.8H, <Vn>.8H, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0001 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0001 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0001 00 Rn Rd",
    }
    /// `saddw2`.
    saddw2 {
        "<Vd>.8H, <Vn>.8H, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0001 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0001 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0001 00 Rn Rd",
    }
    /// `uaddw`.
    uaddw {
        "<Vd>.8H, <Vn>.8H, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0001 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0001 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0001 00 Rn Rd",
    }
    /// `uaddw2`.
    uaddw2 {
        "<Vd>.8H, <Vn>.8H, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0001 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0001 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0001 00 Rn Rd",
    }
    /// `ssubl`.
    ssubl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0010 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0010 00 Rn Rd",
    }
    /// `ssubl2`.
    ssubl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0010 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0010 00 Rn Rd",
    }
    /// `usubl`.
    usubl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0010 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0010 00 Rn Rd",
    }
    /// `usubl2`.
    usubl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0010 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0010 00 Rn Rd",
    }
    /// `ssubw`.
    ssubw {
        "<Vd>.8H, <Vn>.8H, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0011 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0011 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0011 00 Rn Rd",
    }
    /// `ssubw2`.
    ssubw2 {
        "<Vd>.8H, <Vn>.8H, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0011 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0011 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0011 00 Rn Rd",
    }
    /// `usubw`.
    usubw {
        "<Vd>.8H, <Vn>.8H, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0011 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0011 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0011 00 Rn Rd",
    }
    /// `usubw2`.
    usubw2 {
        "<Vd>.8H, <Vn>.8H, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0011 00 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0011 00 Rn Rd",
        "<Vd>.2D, <Vn>.2D, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0011 00 Rn Rd",
    }
    /// `addhn`.
    addhn {
        "<Vd>.8B, <Vn>.8H, <Vm>.8H" => "0 0 0 01110 00 1 Rm 0100 00 Rn Rd",
        "<Vd>.4H, <Vn>.4S, <Vm>.4S" => "0 0 0 01110 01 1 Rm 0100 00 Rn Rd",
        "<Vd>.2S, <Vn>.2D, <Vm>.2D" => "0 0 0 01110 10 1 Rm 0100 00 Rn Rd",
    }
    /// `addhn2`.
    addhn2 {
        "<Vd>.16B, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 00 1 Rm 0100 00 Rn Rd",
        "<Vd>.8H, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 01 1 Rm 0100 00 Rn Rd",
        "<Vd>.4S, <Vn>.2D, <Vm>.2D" => "0 1 0 01110 10 1 Rm 0100 00 Rn Rd",
    }
    /// `raddhn`.
    raddhn {
        "<Vd>.8B, <Vn>.8H, <Vm>.8H" => "0 0 1 01110 00 1 Rm 0100 00 Rn Rd",
        "<Vd>.4H, <Vn>.4S, <Vm>.4S" => "0 0 1 01110 01 1 Rm 0100 00 Rn Rd",
        "<Vd>.2S, <Vn>.2D, <Vm>.2D" => "0 0 1 01110 10 1 Rm 0100 00 Rn Rd",
    }
    /// `raddhn2`.
    raddhn2 {
        "<Vd>.16B, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 00 1 Rm 0100 00 Rn Rd",
        "<Vd>.8H, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 01 1 Rm 0100 00 Rn Rd",
        "<Vd>.4S, <Vn>.2D, <Vm>.2D" => "0 1 1 01110 10 1 Rm 0100 00 Rn Rd",
    }
    /// `sabal`.
    sabal {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0101 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0101 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0101 00 Rn Rd",
    }
    /// `sabal2`.
    sabal2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0101 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0101 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0101 00 Rn Rd",
    }
    /// `uabal`.
    uabal {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0101 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0101 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0101 00 Rn Rd",
    }
    /// `uabal2`.
    uabal2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0101 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0101 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0101 00 Rn Rd",
    }
    /// `subhn`.
    subhn {
        "<Vd>.8B, <Vn>.8H, <Vm>.8H" => "0 0 0 01110 00 1 Rm 0110 00 Rn Rd",
        "<Vd>.4H, <Vn>.4S, <Vm>.4S" => "0 0 0 01110 01 1 Rm 0110 00 Rn Rd",
        "<Vd>.2S, <Vn>.2D, <Vm>.2D" => "0 0 0 01110 10 1 Rm 0110 00 Rn Rd",
    }
    /// `subhn2`.
    subhn2 {
        "<Vd>.16B, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 00 1 Rm 0110 00 Rn Rd",
        "<Vd>.8H, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 01 1 Rm 0110 00 Rn Rd",
        "<Vd>.4S, <Vn>.2D, <Vm>.2D" => "0 1 0 01110 10 1 Rm 0110 00 Rn Rd",
    }
    /// `rsubhn`.
    rsubhn {
        "<Vd>.8B, <Vn>.8H, <Vm>.8H" => "0 0 1 01110 00 1 Rm 0110 00 Rn Rd",
        "<Vd>.4H, <Vn>.4S, <Vm>.4S" => "0 0 1 01110 01 1 Rm 0110 00 Rn Rd",
        "<Vd>.2S, <Vn>.2D, <Vm>.2D" => "0 0 1 01110 10 1 Rm 0110 00 Rn Rd",
    }
    /// `rsubhn2`.
    rsubhn2 {
        "<Vd>.16B, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 00 1 Rm 0110 00 Rn Rd",
        "<Vd>.8H, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 01 1 Rm 0110 00 Rn Rd",
        "<Vd>.4S, <Vn>.2D, <Vm>.2D" => "0 1 1 01110 10 1 Rm 0110 00 Rn Rd",
    }
    /// `sabdl`.
    sabdl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 0111 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 0111 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 0111 00 Rn Rd",
    }
    /// `sabdl2`.
    sabdl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 0111 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 0111 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 0111 00 Rn Rd",
    }
    /// `uabdl`.
    uabdl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 0111 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 0111 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 0111 00 Rn Rd",
    }
    /// `uabdl2`.
    uabdl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 0111 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 0111 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 0111 00 Rn Rd",
    }
    /// `smlal`.
    smlal {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1000 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 0010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 0010 H 0 Rn Rd",
    }
    /// `smlal2`.
    smlal2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1000 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 0010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 0010 H 0 Rn Rd",
    }
    /// `umlal`.
    umlal {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 1000 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 1 01111 01 L Rm 0010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 1 01111 10 L Rm 0010 H 0 Rn Rd",
    }
    /// `umlal2`.
    umlal2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 1000 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 1000 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 1 01111 01 L Rm 0010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 1 01111 10 L Rm 0010 H 0 Rn Rd",
    }
    /// `sqdmlal`.
    sqdmlal {
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1001 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1001 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 0011 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 0011 H 0 Rn Rd",
        "<Sd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 01 L Rm 0011 H 0 Rn Rd",
        "<Dd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 10 L Rm 0011 H 0 Rn Rd",
        "<Sd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 1001 00 Rn Rd",
        "<Dd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 1001 00 Rn Rd",
    }
    /// `sqdmlal2`.
    sqdmlal2 {
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1001 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1001 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 0011 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 0011 H 0 Rn Rd",
    }
    /// `smlsl`.
    smlsl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1010 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 0110 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 0110 H 0 Rn Rd",
    }
    /// `smlsl2`.
    smlsl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1010 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 0110 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 0110 H 0 Rn Rd",
    }
    /// `umlsl`.
    umlsl {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 1 01110 00 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 1 01110 01 1 Rm 1010 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 1 01110 10 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 1 01111 01 L Rm 0110 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 1 01111 10 L Rm 0110 H 0 Rn Rd",
    }
    /// `umlsl2`.
    umlsl2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 1010 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 1010 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 1 01111 01 L Rm 0110 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 1 01111 10 L Rm 0110 H 0 Rn Rd",
    }
    /// `sqdmlsl`.
    sqdmlsl {
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1011 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1011 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 0111 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 0111 H 0 Rn Rd",
        "<Sd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 01 L Rm 0111 H 0 Rn Rd",
        "<Dd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 10 L Rm 0111 H 0 Rn Rd",
        "<Sd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 1011 00 Rn Rd",
        "<Dd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 1011 00 Rn Rd",
    }
    /// `sqdmlsl2`.
    sqdmlsl2 {
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1011 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1011 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 0111 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 0111 H 0 Rn Rd",
    }
    /// `smull2`.
    smull2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1100 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 1010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 1010 H 0 Rn Rd",
    }
    /// `umull2`.
    umull2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 1 01110 00 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 1 01110 01 1 Rm 1100 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 1 01110 10 1 Rm 1100 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 1 01111 01 L Rm 1010 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 1 01111 10 L Rm 1010 H 0 Rn Rd",
    }
    /// `sqdmull`.
    sqdmull {
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 0 0 01110 01 1 Rm 1101 00 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.2S" => "0 0 0 01110 10 1 Rm 1101 00 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 0 0 01111 01 L Rm 1011 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.2S, <Vm>.S[<index>]" => "0 0 0 01111 10 L Rm 1011 H 0 Rn Rd",
        "<Sd>, <Hn>, <Vm>.H[<index>]" => "01 0 11111 01 L Rm 1011 H 0 Rn Rd",
        "<Dd>, <Sn>, <Vm>.S[<index>]" => "01 0 11111 10 L Rm 1011 H 0 Rn Rd",
        "<Sd>, <Hn>, <Hm>" => "01 0 11110 01 1 Rm 1101 00 Rn Rd",
        "<Dd>, <Sn>, <Sm>" => "01 0 11110 10 1 Rm 1101 00 Rn Rd",
    }
    /// `sqdmull2`.
    sqdmull2 {
        "<Vd>.4S, <Vn>.8H, <Vm>.8H" => "0 1 0 01110 01 1 Rm 1101 00 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.4S" => "0 1 0 01110 10 1 Rm 1101 00 Rn Rd",
        "<Vd>.4S, <Vn>.8H, <Vm>.H[<index>]" => "0 1 0 01111 01 L Rm 1011 H 0 Rn Rd",
        "<Vd>.2D, <Vn>.4S, <Vm>.S[<index>]" => "0 1 0 01111 10 L Rm 1011 H 0 Rn Rd",
    }
    /// `pmull`.
    pmull {
        "<Vd>.8H, <Vn>.8B, <Vm>.8B" => "0 0 0 01110 00 1 Rm 1110 00 Rn Rd",
        "<Vd>.1Q, <Vn>.1D, <Vm>.1D" => "0 0 0 01110 11 1 Rm 1110 00 Rn Rd",
    }
    /// `pmull2`.
    pmull2 {
        "<Vd>.8H, <Vn>.16B, <Vm>.16B" => "0 1 0 01110 00 1 Rm 1110 00 Rn Rd",
        "<Vd>.1Q, <Vn>.2D, <Vm>.2D" => "0 1 0 01110 11 1 Rm 1110 00 Rn Rd",
    }
    /// `saddlv`.
    saddlv {
        "<Hd>, <Vn>.8B" => "0 0 0 01110 00 11000 00011 10 Rn Rd",
        "<Hd>, <Vn>.16B" => "0 1 0 01110 00 11000 00011 10 Rn Rd",
        "<Sd>, <Vn>.4H" => "0 0 0 01110 01 11000 00011 10 Rn Rd",
        "<Sd>, <Vn>.8H" => "0 1 0 01110 01 11000 00011 10 Rn Rd",
        "<Dd>, <Vn>.4S" => "0 1 0 01110 10 11000 00011 10 Rn Rd",
    }
    /// `uaddlv`.
    uaddlv {
        "<Hd>, <Vn>.8B" => "0 0 1 01110 00 11000 00011 10 Rn Rd",
        "<Hd>, <Vn>.16B" => "0 1 1 01110 00 11000 00011 10 Rn Rd",
        "<Sd>, <Vn>.4H" => "0 0 1 01110 01 11000 00011 10 Rn Rd",
        "<Sd>, <Vn>.8H" => "0 1 1 01110 01 11000 00011 10 Rn Rd",
        "<Dd>, <Vn>.4S" => "0 1 1 01110 10 11000 00011 10 Rn Rd",
    }
    /// `smaxv`.
    smaxv {
        "<Bd>, <Vn>.8B" => "0 0 0 01110 00 11000 01010 10 Rn Rd",
        "<Bd>, <Vn>.16B" => "0 1 0 01110 00 11000 01010 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 01 11000 01010 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 01 11000 01010 10 Rn Rd",
        "<Sd>, <Vn>.4S" => "0 1 0 01110 10 11000 01010 10 Rn Rd",
    }
    /// `umaxv`.
    umaxv {
        "<Bd>, <Vn>.8B" => "0 0 1 01110 00 11000 01010 10 Rn Rd",
        "<Bd>, <Vn>.16B" => "0 1 1 01110 00 11000 01010 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 1 01110 01 11000 01010 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 1 01110 01 11000 01010 10 Rn Rd",
        "<Sd>, <Vn>.4S" => "0 1 1 01110 10 11000 01010 10 Rn Rd",
    }
    /// `sminv`.
    sminv {
        "<Bd>, <Vn>.8B" => "0 0 0 01110 00 11000 11010 10 Rn Rd",
        "<Bd>, <Vn>.16B" => "0 1 0 01110 00 11000 11010 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 01 11000 11010 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 01 11000 11010 10 Rn Rd",
        "<Sd>, <Vn>.4S" => "0 1 0 01110 10 11000 11010 10 Rn Rd",
    }
    /// `uminv`.
    uminv {
        "<Bd>, <Vn>.8B" => "0 0 1 01110 00 11000 11010 10 Rn Rd",
        "<Bd>, <Vn>.16B" => "0 1 1 01110 00 11000 11010 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 1 01110 01 11000 11010 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 1 01110 01 11000 11010 10 Rn Rd",
        "<Sd>, <Vn>.4S" => "0 1 1 01110 10 11000 11010 10 Rn Rd",
    }
    /// `addv`.
    addv {
        "<Bd>, <Vn>.8B" => "0 0 0 01110 00 11000 11011 10 Rn Rd",
        "<Bd>, <Vn>.16B" => "0 1 0 01110 00 11000 11011 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 01 11000 11011 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 01 11000 11011 10 Rn Rd",
        "<Sd>, <Vn>.4S" => "0 1 0 01110 10 11000 11011 10 Rn Rd",
    }
    /// `fmaxnmv`.
    fmaxnmv {
        "<Sd>, <Vn>.4S" => "0 1 1 01110 0 0 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 0 0 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 0 0 11000 01100 10 Rn Rd",
    }
    /// `fmaxv`.
    fmaxv {
        "<Sd>, <Vn>.4S" => "0 1 1 01110 0 0 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 0 0 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 0 0 11000 01111 10 Rn Rd",
    }
    /// `fminnmv`.
    fminnmv {
        "<Sd>, <Vn>.4S" => "0 1 1 01110 1 0 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 1 0 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 1 0 11000 01100 10 Rn Rd",
    }
    /// `fminv`.
    fminv {
        "<Sd>, <Vn>.4S" => "0 1 1 01110 1 0 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.4H" => "0 0 0 01110 1 0 11000 01111 10 Rn Rd",
        "<Hd>, <Vn>.8H" => "0 1 0 01110 1 0 11000 01111 10 Rn Rd",
    }
    /// `saddlp`.
    saddlp {
        "<Vd>.4H, <Vn>.8B" => "0 0 0 01110 00 10000 00010 10 Rn Rd",
        "<Vd>.8H, <Vn>.16B" => "0 1 0 01110 00 10000 00010 10 Rn Rd",
        "<Vd>.2S, <Vn>.4H" => "0 0 0 01110 01 10000 00010 10 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 0 01110 01 10000 00010 10 Rn Rd",
        "<Vd>.1D, <Vn>.2S" => "0 0 0 01110 10 10000 00010 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 0 01110 10 10000 00010 10 Rn Rd",
    }
    /// `uaddlp`.
    uaddlp {
        "<Vd>.4H, <Vn>.8B" => "0 0 1 01110 00 10000 00010 10 Rn Rd",
        "<Vd>.8H, <Vn>.16B" => "0 1 1 01110 00 10000 00010 10 Rn Rd",
        "<Vd>.2S, <Vn>.4H" => "0 0 1 01110 01 10000 00010 10 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 1 01110 01 10000 00010 10 Rn Rd",
        "<Vd>.1D, <Vn>.2S" => "0 0 1 01110 10 10000 00010 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 1 01110 10 10000 00010 10 Rn Rd",
    }
    /// `sadalp`.
    sadalp {
        "<Vd>.4H, <Vn>.8B" => "0 0 0 01110 00 10000 00110 10 Rn Rd",
        "<Vd>.8H, <Vn>.16B" => "0 1 0 01110 00 10000 00110 10 Rn Rd",
        "<Vd>.2S, <Vn>.4H" => "0 0 0 01110 01 10000 00110 10 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 0 01110 01 10000 00110 10 Rn Rd",
        "<Vd>.1D, <Vn>.2S" => "0 0 0 01110 10 10000 00110 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 0 01110 10 10000 00110 10 Rn Rd",
    }
    /// `uadalp`.
    uadalp {
        "<Vd>.4H, <Vn>.8B" => "0 0 1 01110 00 10000 00110 10 Rn Rd",
        "<Vd>.8H, <Vn>.16B" => "0 1 1 01110 00 10000 00110 10 Rn Rd",
        "<Vd>.2S, <Vn>.4H" => "0 0 1 01110 01 10000 00110 10 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 1 01110 01 10000 00110 10 Rn Rd",
        "<Vd>.1D, <Vn>.2S" => "0 0 1 01110 10 10000 00110 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 1 01110 10 10000 00110 10 Rn Rd",
    }
    /// `xtn`.
    xtn {
        "<Vd>.8B, <Vn>.8H" => "0 0 0 01110 00 10000 10010 10 Rn Rd",
        "<Vd>.4H, <Vn>.4S" => "0 0 0 01110 01 10000 10010 10 Rn Rd",
        "<Vd>.2S, <Vn>.2D" => "0 0 0 01110 10 10000 10010 10 Rn Rd",
    }
    /// `xtn2`.
    xtn2 {
        "<Vd>.16B, <Vn>.8H" => "0 1 0 01110 00 10000 10010 10 Rn Rd",
        "<Vd>.8H, <Vn>.4S" => "0 1 0 01110 01 10000 10010 10 Rn Rd",
        "<Vd>.4S, <Vn>.2D" => "0 1 0 01110 10 10000 10010 10 Rn Rd",
    }
    /// `sqxtn`.
    sqxtn {
        "<Vd>.8B, <Vn>.8H" => "0 0 0 01110 00 10000 10100 10 Rn Rd",
        "<Vd>.4H, <Vn>.4S" => "0 0 0 01110 01 10000 10100 10 Rn Rd",
        "<Vd>.2S, <Vn>.2D" => "0 0 0 01110 10 10000 10100 10 Rn Rd",
        "<Bd>, <Hn>" => "01 0 11110 00 10000 10100 10 Rn Rd",
        "<Hd>, <Sn>" => "01 0 11110 01 10000 10100 10 Rn Rd",
        "<Sd>, <Dn>" => "01 0 11110 10 10000 10100 10 Rn Rd",
    }
    /// `sqxtn2`.
    sqxtn2 {
        "<Vd>.16B, <Vn>.8H" => "0 1 0 01110 00 10000 10100 10 Rn Rd",
        "<Vd>.8H, <Vn>.4S" => "0 1 0 01110 01 10000 10100 10 Rn Rd",
        "<Vd>.4S, <Vn>.2D" => "0 1 0 01110 10 10000 10100 10 Rn Rd",
    }
    /// `uqxtn`.
    uqxtn {
        "<Vd>.8B, <Vn>.8H" => "0 0 1 01110 00 10000 10100 10 Rn Rd",
        "<Vd>.4H, <Vn>.4S" => "0 0 1 01110 01 10000 10100 10 Rn Rd",
        "<Vd>.2S, <Vn>.2D" => "0 0 1 01110 10 10000 10100 10 Rn Rd",
        "<Bd>, <Hn>" => "01 1 11110 00 10000 10100 10 Rn Rd",
        "<Hd>, <Sn>" => "01 1 11110 01 10000 10100 10 Rn Rd",
        "<Sd>, <Dn>" => "01 1 11110 10 10000 10100 10 Rn Rd",
    }
    /// `uqxtn2`.
    uqxtn2 {
        "<Vd>.16B, <Vn>.8H" => "0 1 1 01110 00 10000 10100 10 Rn Rd",
        "<Vd>.8H, <Vn>.4S" => "0 1 1 01110 01 10000 10100 10 Rn Rd",
        "<Vd>.4S, <Vn>.2D" => "0 1 1 01110 10 10000 10100 10 Rn Rd",
    }
    /// `sqxtun`.
    sqxtun {
        "<Vd>.8B, <Vn>.8H" => "0 0 1 01110 00 10000 10010 10 Rn Rd",
        "<Vd>.4H, <Vn>.4S" => "0 0 1 01110 01 10000 10010 10 Rn Rd",
        "<Vd>.2S, <Vn>.2D" => "0 0 1 01110 10 10000 10010 10 Rn Rd",
        "<Bd>, <Hn>" => "01 1 11110 00 10000 10010 10 Rn Rd",
        "<Hd>, <Sn>" => "01 1 11110 01 10000 10010 10 Rn Rd",
        "<Sd>, <Dn>" => "01 1 11110 10 10000 10010 10 Rn Rd",
    }
    /// `sqxtun2`.
    sqxtun2 {
        "<Vd>.16B, <Vn>.8H" => "0 1 1 01110 00 10000 10010 10 Rn Rd",
        "<Vd>.8H, <Vn>.4S" => "0 1 1 01110 01 10000 10010 10 Rn Rd",
        "<Vd>.4S, <Vn>.2D" => "0 1 1 01110 10 10000 10010 10 Rn Rd",
    }
}

forms! {
    /// `sqabs`.
    sqabs {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 00111 10 Rn Rd",
        "<Bd>, <Bn>" => "01 0 11110 00 10000 00111 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 01 10000 00111 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 10 10000 00111 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 11 10000 00111 10 Rn Rd",
    }
    /// `sqneg`.
    sqneg {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 10000 00111 10 Rn Rd",
        "<Bd>, <Bn>" => "01 1 11110 00 10000 00111 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 01 10000 00111 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 10 10000 00111 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 11 10000 00111 10 Rn Rd",
    }
    /// `suqadd`.
    suqadd {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 00011 10 Rn Rd",
        "<Bd>, <Bn>" => "01 0 11110 00 10000 00011 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 01 10000 00011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 10 10000 00011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 11 10000 00011 10 Rn Rd",
    }
    /// `usqadd`.
    usqadd {
        "<Vd>.<T>, <Vn>.<T>; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 10000 00011 10 Rn Rd",
        "<Bd>, <Bn>" => "01 1 11110 00 10000 00011 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 01 10000 00011 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 10 10000 00011 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 11 10000 00011 10 Rn Rd",
    }
    /// `cmlt`.
    cmlt {
        "<Vd>.<T>, <Vn>.<T>, #0; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 0 01110 size 10000 01010 10 Rn Rd",
        "<Dd>, <Dn>, #0" => "01 0 11110 11 10000 01010 10 Rn Rd",
    }
    /// `cmle`.
    cmle {
        "<Vd>.<T>, <Vn>.<T>, #0; T = 8B|16B|4H|8H|2S|4S|2D" => "0 Q 1 01110 size 10000 01001 10 Rn Rd",
        "<Dd>, <Dn>, #0" => "01 1 11110 11 10000 01001 10 Rn Rd",
    }
    /// `fcmlt`.
    fcmlt {
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 01110 10 Rn Rd",
        "<Sd>, <Sn>, #0.0" => "01 0 11110 1 0 10000 01110 10 Rn Rd",
        "<Dd>, <Dn>, #0.0" => "01 0 11110 1 1 10000 01110 10 Rn Rd",
        "<Hd>, <Hn>, #0.0" => "01 0 11110 1 111100 01110 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 4H|8H" => "0 Q 0 01110 1 111100 01110 10 Rn Rd",
    }
    /// `fcmle`.
    fcmle {
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 01101 10 Rn Rd",
        "<Sd>, <Sn>, #0.0" => "01 1 11110 1 0 10000 01101 10 Rn Rd",
        "<Dd>, <Dn>, #0.0" => "01 1 11110 1 1 10000 01101 10 Rn Rd",
        "<Hd>, <Hn>, #0.0" => "01 1 11110 1 111100 01101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, #0.0; T = 4H|8H" => "0 Q 1 01110 1 111100 01101 10 Rn Rd",
    }
    /// `frecpe`.
    frecpe {
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 10000 11101 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 1 0 10000 11101 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 1 1 10000 11101 10 Rn Rd",
        "<Hd>, <Hn>" => "01 0 11110 1 111100 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 0 01110 1 111100 11101 10 Rn Rd",
    }
    /// `frsqrte`.
    frsqrte {
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 10000 11101 10 Rn Rd",
        "<Sd>, <Sn>" => "01 1 11110 1 0 10000 11101 10 Rn Rd",
        "<Dd>, <Dn>" => "01 1 11110 1 1 10000 11101 10 Rn Rd",
        "<Hd>, <Hn>" => "01 1 11110 1 111100 11101 10 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>; T = 4H|8H" => "0 Q 1 01110 1 111100 11101 10 Rn Rd",
    }
    /// `frecps`.
    frecps {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 0 sz 1 Rm 11111 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 0 0 1 Rm 11111 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 0 1 1 Rm 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 0 10 Rm 00 111 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 0 10 Rm 00 111 1 Rn Rd",
    }
    /// `frsqrts`.
    frsqrts {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 0 01110 1 sz 1 Rm 11111 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 0 11110 1 0 1 Rm 11111 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 0 11110 1 1 1 Rm 11111 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 0 01110 1 10 Rm 00 111 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 0 11110 1 10 Rm 00 111 1 Rn Rd",
    }
    /// `facge`.
    facge {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11101 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 0 0 1 Rm 11101 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 0 1 1 Rm 11101 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 101 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 0 10 Rm 00 101 1 Rn Rd",
    }
    /// `facgt`.
    facgt {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 1 Rm 11101 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 1 0 1 Rm 11101 1 Rn Rd",
        "<Dd>, <Dn>, <Dm>" => "01 1 11110 1 1 1 Rm 11101 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 1 10 Rm 00 101 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 1 10 Rm 00 101 1 Rn Rd",
    }
    /// `fmaxnmp`.
    fmaxnmp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 0 sz 1 Rm 11000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 0 10 Rm 00 000 1 Rn Rd",
        "<Sd>, <Vn>.2S" => "01 1 11110 0 0 11000 01100 10 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 1 11110 0 1 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.2H" => "01 0 11110 0 0 11000 01100 10 Rn Rd",
    }
    /// `fminnmp`.
    fminnmp {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 2S|4S|2D" => "0 Q 1 01110 1 sz 1 Rm 11000 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H" => "0 Q 1 01110 1 10 Rm 00 000 1 Rn Rd",
        "<Sd>, <Vn>.2S" => "01 1 11110 1 0 11000 01100 10 Rn Rd",
        "<Dd>, <Vn>.2D" => "01 1 11110 1 1 11000 01100 10 Rn Rd",
        "<Hd>, <Vn>.2H" => "01 0 11110 1 0 11000 01100 10 Rn Rd",
    }
    /// `tbl`.
    tbl {
        "<Vd>.<T>, {<Vn>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 00 0 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 01 0 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B, <Vn3>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 10 0 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B, <Vn3>.16B, <Vn4>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 11 0 00 Rn Rd",
    }
    /// `tbx`.
    tbx {
        "<Vd>.<T>, {<Vn>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 00 1 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 01 1 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B, <Vn3>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 10 1 00 Rn Rd",
        "<Vd>.<T>, {<Vn>.16B, <Vn2>.16B, <Vn3>.16B, <Vn4>.16B}, <Vm>.<T>; T = 8B|16B" => "0 Q 0 01110 000 Rm 0 11 1 00 Rn Rd",
    }
    /// `sshll`.
    sshll {
        "<Vd>.8H, <Vn>.8B, #<shl8>" => "0 0 0 011110 immhb 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.4H, #<shl16>" => "0 0 0 011110 immhb 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.2S, #<shl32>" => "0 0 0 011110 immhb 10100 1 Rn Rd",
    }
    /// `sshll2`.
    sshll2 {
        "<Vd>.8H, <Vn>.16B, #<shl8>" => "0 1 0 011110 immhb 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.8H, #<shl16>" => "0 1 0 011110 immhb 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.4S, #<shl32>" => "0 1 0 011110 immhb 10100 1 Rn Rd",
    }
    /// `ushll`.
    ushll {
        "<Vd>.8H, <Vn>.8B, #<shl8>" => "0 0 1 011110 immhb 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.4H, #<shl16>" => "0 0 1 011110 immhb 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.2S, #<shl32>" => "0 0 1 011110 immhb 10100 1 Rn Rd",
    }
    /// `ushll2`.
    ushll2 {
        "<Vd>.8H, <Vn>.16B, #<shl8>" => "0 1 1 011110 immhb 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.8H, #<shl16>" => "0 1 1 011110 immhb 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.4S, #<shl32>" => "0 1 1 011110 immhb 10100 1 Rn Rd",
    }
    /// `shrn`.
    shrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 0 011110 immhb 10000 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 0 011110 immhb 10000 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 0 011110 immhb 10000 1 Rn Rd",
    }
    /// `shrn2`.
    shrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 0 011110 immhb 10000 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 0 011110 immhb 10000 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 0 011110 immhb 10000 1 Rn Rd",
    }
    /// `rshrn`.
    rshrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 0 011110 immhb 10001 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 0 011110 immhb 10001 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 0 011110 immhb 10001 1 Rn Rd",
    }
    /// `rshrn2`.
    rshrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 0 011110 immhb 10001 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 0 011110 immhb 10001 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 0 011110 immhb 10001 1 Rn Rd",
    }
    /// `sqshrn`.
    sqshrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 0 011110 immhb 10010 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 0 011110 immhb 10010 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 0 011110 immhb 10010 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 0 111110 immhb 10010 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 0 111110 immhb 10010 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 0 111110 immhb 10010 1 Rn Rd",
    }
    /// `sqshrn2`.
    sqshrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 0 011110 immhb 10010 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 0 011110 immhb 10010 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 0 011110 immhb 10010 1 Rn Rd",
    }
    /// `uqshrn`.
    uqshrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 1 011110 immhb 10010 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 1 011110 immhb 10010 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 1 011110 immhb 10010 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 1 111110 immhb 10010 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 1 111110 immhb 10010 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 1 111110 immhb 10010 1 Rn Rd",
    }
    /// `uqshrn2`.
    uqshrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 1 011110 immhb 10010 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 1 011110 immhb 10010 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 1 011110 immhb 10010 1 Rn Rd",
    }
    /// `sqrshrn`.
    sqrshrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 0 011110 immhb 10011 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 0 011110 immhb 10011 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 0 011110 immhb 10011 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 0 111110 immhb 10011 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 0 111110 immhb 10011 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 0 111110 immhb 10011 1 Rn Rd",
    }
    /// `sqrshrn2`.
    sqrshrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 0 011110 immhb 10011 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 0 011110 immhb 10011 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 0 011110 immhb 10011 1 Rn Rd",
    }
    /// `uqrshrn`.
    uqrshrn {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 1 011110 immhb 10011 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 1 011110 immhb 10011 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 1 011110 immhb 10011 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 1 111110 immhb 10011 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 1 111110 immhb 10011 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 1 111110 immhb 10011 1 Rn Rd",
    }
    /// `uqrshrn2`.
    uqrshrn2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 1 011110 immhb 10011 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 1 011110 immhb 10011 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 1 011110 immhb 10011 1 Rn Rd",
    }
    /// `sqshrun`.
    sqshrun {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 1 011110 immhb 10000 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 1 011110 immhb 10000 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 1 011110 immhb 10000 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 1 111110 immhb 10000 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 1 111110 immhb 10000 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 1 111110 immhb 10000 1 Rn Rd",
    }
    /// `sqshrun2`.
    sqshrun2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 1 011110 immhb 10000 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 1 011110 immhb 10000 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 1 011110 immhb 10000 1 Rn Rd",
    }
    /// `sqrshrun`.
    sqrshrun {
        "<Vd>.8B, <Vn>.8H, #<shr8>" => "0 0 1 011110 immhb 10001 1 Rn Rd",
        "<Vd>.4H, <Vn>.4S, #<shr16>" => "0 0 1 011110 immhb 10001 1 Rn Rd",
        "<Vd>.2S, <Vn>.2D, #<shr32>" => "0 0 1 011110 immhb 10001 1 Rn Rd",
        "<Bd>, <Hn>, #<shr8>" => "01 1 111110 immhb 10001 1 Rn Rd",
        "<Hd>, <Sn>, #<shr16>" => "01 1 111110 immhb 10001 1 Rn Rd",
        "<Sd>, <Dn>, #<shr32>" => "01 1 111110 immhb 10001 1 Rn Rd",
    }
    /// `sqrshrun2`.
    sqrshrun2 {
        "<Vd>.16B, <Vn>.8H, #<shr8>" => "0 1 1 011110 immhb 10001 1 Rn Rd",
        "<Vd>.8H, <Vn>.4S, #<shr16>" => "0 1 1 011110 immhb 10001 1 Rn Rd",
        "<Vd>.4S, <Vn>.2D, #<shr32>" => "0 1 1 011110 immhb 10001 1 Rn Rd",
    }
    /// `ld1r`.
    ld1r {
        "{<Vt>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011010 1 0 00000 110 0 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], #<listelembytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 0 11111 110 0 size Rn Rt",
        "{<Vt>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 0 Rm 110 0 size Rn Rt",
    }
    /// `ld2r`.
    ld2r {
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011010 1 1 00000 110 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], #<listelembytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 1 11111 110 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 1 Rm 110 0 size Rn Rt",
    }
    /// `ld3r`.
    ld3r {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011010 1 0 00000 111 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], #<listelembytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 0 11111 111 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 0 Rm 111 0 size Rn Rt",
    }
    /// `ld4r`.
    ld4r {
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>]; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011010 1 1 00000 111 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], #<listelembytes>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 1 11111 111 0 size Rn Rt",
        "{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}, [<Xn|SP>], <Xm!ZR>; T = 8B|16B|4H|8H|2S|4S|1D|2D" => "0 Q 0011011 1 1 Rm 111 0 size Rn Rt",
    }
}

forms! {
    /// `sxtl`.
    sxtl {
        "<Vd>.8H, <Vn>.8B" => "0 0 0 011110 0001 000 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.4H" => "0 0 0 011110 0010 000 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.2S" => "0 0 0 011110 0100 000 10100 1 Rn Rd",
    }
    /// `sxtl2`.
    sxtl2 {
        "<Vd>.8H, <Vn>.16B" => "0 1 0 011110 0001 000 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 0 011110 0010 000 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 0 011110 0100 000 10100 1 Rn Rd",
    }
    /// `uxtl`.
    uxtl {
        "<Vd>.8H, <Vn>.8B" => "0 0 1 011110 0001 000 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.4H" => "0 0 1 011110 0010 000 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.2S" => "0 0 1 011110 0100 000 10100 1 Rn Rd",
    }
    /// `uxtl2`.
    uxtl2 {
        "<Vd>.8H, <Vn>.16B" => "0 1 1 011110 0001 000 10100 1 Rn Rd",
        "<Vd>.4S, <Vn>.8H" => "0 1 1 011110 0010 000 10100 1 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 1 011110 0100 000 10100 1 Rn Rd",
    }
    /// `shll`.
    shll {
        "<Vd>.8H, <Vn>.8B, #8" => "0 0 1 01110 00 10000 10011 10 Rn Rd",
        "<Vd>.4S, <Vn>.4H, #16" => "0 0 1 01110 01 10000 10011 10 Rn Rd",
        "<Vd>.2D, <Vn>.2S, #32" => "0 0 1 01110 10 10000 10011 10 Rn Rd",
    }
    /// `shll2`.
    shll2 {
        "<Vd>.8H, <Vn>.16B, #8" => "0 1 1 01110 00 10000 10011 10 Rn Rd",
        "<Vd>.4S, <Vn>.8H, #16" => "0 1 1 01110 01 10000 10011 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S, #32" => "0 1 1 01110 10 10000 10011 10 Rn Rd",
    }
    /// `pmul`.
    pmul {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 8B|16B" => "0 Q 1 01110 size 1 Rm 10011 1 Rn Rd",
    }
    /// `fcvtl`.
    fcvtl {
        "<Vd>.4S, <Vn>.4H" => "0 0 0 01110 0 0 10000 10111 10 Rn Rd",
        "<Vd>.2D, <Vn>.2S" => "0 0 0 01110 0 1 10000 10111 10 Rn Rd",
    }
    /// `fcvtl2`.
    fcvtl2 {
        "<Vd>.4S, <Vn>.8H" => "0 1 0 01110 0 0 10000 10111 10 Rn Rd",
        "<Vd>.2D, <Vn>.4S" => "0 1 0 01110 0 1 10000 10111 10 Rn Rd",
    }
    /// `fcvtn`.
    fcvtn {
        "<Vd>.4H, <Vn>.4S" => "0 0 0 01110 0 0 10000 10110 10 Rn Rd",
        "<Vd>.2S, <Vn>.2D" => "0 0 0 01110 0 1 10000 10110 10 Rn Rd",
    }
    /// `fcvtn2`.
    fcvtn2 {
        "<Vd>.8H, <Vn>.4S" => "0 1 0 01110 0 0 10000 10110 10 Rn Rd",
        "<Vd>.4S, <Vn>.2D" => "0 1 0 01110 0 1 10000 10110 10 Rn Rd",
    }
    /// `fcvtxn`.
    fcvtxn {
        "<Vd>.2S, <Vn>.2D" => "0 0 1 01110 0 1 10000 10110 10 Rn Rd",
        "<Sd>, <Dn>" => "01 1 11110 0 1 10000 10110 10 Rn Rd",
    }
    /// `fcvtxn2`.
    fcvtxn2 {
        "<Vd>.4S, <Vn>.2D" => "0 1 1 01110 0 1 10000 10110 10 Rn Rd",
    }
    /// `urecpe`.
    urecpe {
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S" => "0 Q 0 01110 1 0 10000 11100 10 Rn Rd",
    }
    /// `ursqrte`.
    ursqrte {
        "<Vd>.<T>, <Vn>.<T>; T = 2S|4S" => "0 Q 1 01110 1 0 10000 11100 10 Rn Rd",
    }
    /// `frecpx`.
    frecpx {
        "<Hd>, <Hn>" => "01 0 11110 1 111100 11111 10 Rn Rd",
        "<Sd>, <Sn>" => "01 0 11110 1 0 10000 11111 10 Rn Rd",
        "<Dd>, <Dn>" => "01 0 11110 1 1 10000 11111 10 Rn Rd",
    }
}

forms! {
    /// `sqrdmlah`.
    sqrdmlah {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H|2S|4S" => "0 Q 1 01110 size 0 Rm 1 000 0 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 0 Rm 1 000 0 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 0 Rm 1 000 0 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 1 01111 01 L Rm 1101 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 1 11111 01 L Rm 1101 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 1 01111 10 L Rm 1101 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 1 11111 10 L Rm 1101 H 0 Rn Rd",
    }
    /// `sqrdmlsh`.
    sqrdmlsh {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>; T = 4H|8H|2S|4S" => "0 Q 1 01110 size 0 Rm 1 000 1 1 Rn Rd",
        "<Hd>, <Hn>, <Hm>" => "01 1 11110 01 0 Rm 1 000 1 1 Rn Rd",
        "<Sd>, <Sn>, <Sm>" => "01 1 11110 10 0 Rm 1 000 1 1 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]; T = 4H|8H" => "0 Q 1 01111 01 L Rm 1111 H 0 Rn Rd",
        "<Hd>, <Hn>, <Vm>.H[<index>]" => "01 1 11111 01 L Rm 1111 H 0 Rn Rd",
        "<Vd>.<T>, <Vn>.<T>, <Vm>.S[<index>]; T = 2S|4S" => "0 Q 1 01111 10 L Rm 1111 H 0 Rn Rd",
        "<Sd>, <Sn>, <Vm>.S[<index>]" => "01 1 11111 10 L Rm 1111 H 0 Rn Rd",
    }
}

forms! {
    /// `movi`.
    movi {
        "<Vd>.<T>, #<imm8v>{, LSL #0}; T = 8B|16B" => "0 Q 0 0111100000 abc 1110 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl16>}; T = 4H|8H" => "0 Q 0 0111100000 abc 10 cm1 0 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl32>}; T = 2S|4S" => "0 Q 0 0111100000 abc 0 cm2 0 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>, MSL #<vmsl>; T = 2S|4S" => "0 Q 0 0111100000 abc 110 cm1 0 1 defgh Rd",
        "<Dd>, #<bytemask>" => "0 0 1 0111100000 abc 1110 0 1 defgh Rd",
        "<Vd>.<T>, #<bytemask>; T = 2D" => "0 Q 1 0111100000 abc 1110 0 1 defgh Rd",
    }
    /// `mvni`.
    mvni {
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl16>}; T = 4H|8H" => "0 Q 1 0111100000 abc 10 cm1 0 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>{, LSL #<vlsl32>}; T = 2S|4S" => "0 Q 1 0111100000 abc 0 cm2 0 0 1 defgh Rd",
        "<Vd>.<T>, #<imm8v>, MSL #<vmsl>; T = 2S|4S" => "0 Q 1 0111100000 abc 110 cm1 0 1 defgh Rd",
    }
}

forms! {
    /// `fcmla`: complex multiply-add with rotation (vector, by element).
    fcmla {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<rot>; T = 4H|8H|2S|4S|2D" => "0 Q 1 01110 size 0 Rm 110 rot 1 Rn Rd",
        "<Vd>.4H, <Vn>.4H, <Vm>.H[<index_l>], #<rot>" => "0 0 1 01111 01 L Rm 0 rot 1 0 0 Rn Rd",
        "<Vd>.8H, <Vn>.8H, <Vm>.H[<index_hl>], #<rot>" => "0 1 1 01111 01 L Rm 0 rot 1 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.4S, <Vm>.S[<index_h>], #<rot>" => "0 1 1 01111 10 0 Rm 0 rot 1 H 0 Rn Rd",
    }
    /// `fcadd`: complex add with rotation.
    fcadd {
        "<Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<rot90>; T = 4H|8H|2S|4S|2D" => "0 Q 1 01110 size 0 Rm 111 rot1 0 1 Rn Rd",
    }
    /// `fmlal`: FP16 multiply-add long, lower halves (vector, by element).
    fmlal {
        "<Vd>.2S, <Vn>.2H, <Vm>.2H" => "0 0 0 01110 0 0 1 Rm 111011 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 1 0 01110 0 0 1 Rm 111011 Rn Rd",
        "<Vd>.2S, <Vn>.2H, <Vm>.H[<index>]" => "0 0 0 01111 1 0 L Rm 0000 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 1 0 01111 1 0 L Rm 0000 H 0 Rn Rd",
    }
    /// `fmlal2`: upper halves.
    fmlal2 {
        "<Vd>.2S, <Vn>.2H, <Vm>.2H" => "0 0 1 01110 0 0 1 Rm 110011 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 1 1 01110 0 0 1 Rm 110011 Rn Rd",
        "<Vd>.2S, <Vn>.2H, <Vm>.H[<index>]" => "0 0 1 01111 1 0 L Rm 1000 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 1 1 01111 1 0 L Rm 1000 H 0 Rn Rd",
    }
    /// `fmlsl`: FP16 multiply-subtract long, lower halves.
    fmlsl {
        "<Vd>.2S, <Vn>.2H, <Vm>.2H" => "0 0 0 01110 1 0 1 Rm 111011 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 1 0 01110 1 0 1 Rm 111011 Rn Rd",
        "<Vd>.2S, <Vn>.2H, <Vm>.H[<index>]" => "0 0 0 01111 1 0 L Rm 0100 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 1 0 01111 1 0 L Rm 0100 H 0 Rn Rd",
    }
    /// `fmlsl2`: upper halves.
    fmlsl2 {
        "<Vd>.2S, <Vn>.2H, <Vm>.2H" => "0 0 1 01110 1 0 1 Rm 110011 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.4H" => "0 1 1 01110 1 0 1 Rm 110011 Rn Rd",
        "<Vd>.2S, <Vn>.2H, <Vm>.H[<index>]" => "0 0 1 01111 1 0 L Rm 1100 H 0 Rn Rd",
        "<Vd>.4S, <Vn>.4H, <Vm>.H[<index>]" => "0 1 1 01111 1 0 L Rm 1100 H 0 Rn Rd",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &movi, &mvni, &sqrdmlah, &sqrdmlsh, &sxtl, &sxtl2, &uxtl, &uxtl2, &shll, &shll2, &pmul, &fcvtl,
    &fcvtl2, &fcvtn, &fcvtn2, &fcvtxn, &fcvtxn2, &urecpe, &ursqrte, &frecpx, &sqabs, &sqneg,
    &suqadd, &usqadd, &cmlt, &cmle, &fcmlt, &fcmle, &frecpe, &frsqrte, &frecps, &frsqrts, &facge,
    &facgt, &fmaxnmp, &fminnmp, &tbl, &tbx, &sshll, &sshll2, &ushll, &ushll2, &shrn, &shrn2,
    &rshrn, &rshrn2, &sqshrn, &sqshrn2, &uqshrn, &uqshrn2, &sqrshrn, &sqrshrn2, &uqrshrn,
    &uqrshrn2, &sqshrun, &sqshrun2, &sqrshrun, &sqrshrun2, &ld1r, &ld2r, &ld3r, &ld4r, &saddl,
    &saddl2, &uaddl, &uaddl2, &saddw, &saddw2, &uaddw, &uaddw2, &ssubl, &ssubl2, &usubl, &usubl2,
    &ssubw, &ssubw2, &usubw, &usubw2, &addhn, &addhn2, &raddhn, &raddhn2, &sabal, &sabal2, &uabal,
    &uabal2, &subhn, &subhn2, &rsubhn, &rsubhn2, &sabdl, &sabdl2, &uabdl, &uabdl2, &smlal, &smlal2,
    &umlal, &umlal2, &sqdmlal, &sqdmlal2, &smlsl, &smlsl2, &umlsl, &umlsl2, &sqdmlsl, &sqdmlsl2,
    &smull2, &umull2, &sqdmull, &sqdmull2, &pmull, &pmull2, &saddlv, &uaddlv, &smaxv, &umaxv,
    &sminv, &uminv, &addv, &fmaxnmv, &fmaxv, &fminnmv, &fminv, &saddlp, &uaddlp, &sadalp, &uadalp,
    &xtn, &xtn2, &sqxtn, &sqxtn2, &uqxtn, &uqxtn2, &sqxtun, &sqxtun2, &sshr, &ushr, &ssra, &usra,
    &srshr, &urshr, &srsra, &ursra, &sri, &shl, &sli, &sqshlu, &sqshl, &uqshl, &srshl, &urshl,
    &sqrshl, &uqrshl, &uzp1, &trn1, &zip1, &uzp2, &trn2, &zip2, &dup, &ins, &umov, &smov, &ld1,
    &ld2, &ld3, &ld4, &st1, &st2, &st3, &st4, &cmeq, &cmtst, &cmgt, &cmge, &cmhi, &cmhs, &smax,
    &umax, &smin, &umin, &sabd, &uabd, &saba, &uaba, &shadd, &uhadd, &srhadd, &urhadd, &shsub,
    &uhsub, &sqadd, &uqadd, &sqsub, &uqsub, &sshl, &ushl, &mla, &mls, &addp, &smaxp, &umaxp,
    &sminp, &uminp, &sqdmulh, &sqrdmulh, &bsl, &bit, &bif, &fmla, &fmls, &fabd, &faddp, &fcmeq,
    &fcmge, &fcmgt, &fmulx, &fmaxp, &fminp, &abs, &cnt, &not, &fcmla, &fcadd, &fmlal, &fmlal2,
    &fmlsl, &fmlsl2,
];
