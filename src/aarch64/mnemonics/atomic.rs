//! Atomic memory operations (FEAT_LSE): `ld<op>`, `st<op>`, `swp`, `cas` with their
//! acquire/release (`a`, `al`, `l`) and size (`b`, `h`) variants.
//!
//! Written out one mnemonic per row group (macro_rules cannot build the names): `LD<op>` is
//! `size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt`, `ST<op>` the same with Rt the zero register and A 0,
//! CAS `size 001000 1 L 1 Rs o0 11111 Rn Rt`.
use super::{Form, Mnemonic};

forms! {
    /// `ldaddb`: atomic add.
    ldaddb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddh`: atomic add.
    ldaddh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldadd`: atomic add.
    ldadd {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddab`: atomic add, acquire.
    ldaddab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddah`: atomic add, acquire.
    ldaddah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldadda`: atomic add, acquire.
    ldadda {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddalb`: atomic add, acquire-release.
    ldaddalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddalh`: atomic add, acquire-release.
    ldaddalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddal`: atomic add, acquire-release.
    ldaddal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddlb`: atomic add, release.
    ldaddlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddlh`: atomic add, release.
    ldaddlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldaddl`: atomic add, release.
    ldaddl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 000 00 Rn Rt",
    }
    /// `ldclrb`: atomic clr.
    ldclrb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrh`: atomic clr.
    ldclrh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclr`: atomic clr.
    ldclr {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 001 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrab`: atomic clr, acquire.
    ldclrab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrah`: atomic clr, acquire.
    ldclrah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclra`: atomic clr, acquire.
    ldclra {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 001 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclralb`: atomic clr, acquire-release.
    ldclralb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclralh`: atomic clr, acquire-release.
    ldclralh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclral`: atomic clr, acquire-release.
    ldclral {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 001 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrlb`: atomic clr, release.
    ldclrlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrlh`: atomic clr, release.
    ldclrlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldclrl`: atomic clr, release.
    ldclrl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 001 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 001 00 Rn Rt",
    }
    /// `ldeorb`: atomic eor.
    ldeorb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorh`: atomic eor.
    ldeorh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeor`: atomic eor.
    ldeor {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 010 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorab`: atomic eor, acquire.
    ldeorab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorah`: atomic eor, acquire.
    ldeorah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeora`: atomic eor, acquire.
    ldeora {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 010 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeoralb`: atomic eor, acquire-release.
    ldeoralb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeoralh`: atomic eor, acquire-release.
    ldeoralh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeoral`: atomic eor, acquire-release.
    ldeoral {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 010 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorlb`: atomic eor, release.
    ldeorlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorlh`: atomic eor, release.
    ldeorlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldeorl`: atomic eor, release.
    ldeorl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 010 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 010 00 Rn Rt",
    }
    /// `ldsetb`: atomic set.
    ldsetb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldseth`: atomic set.
    ldseth {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldset`: atomic set.
    ldset {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 011 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetab`: atomic set, acquire.
    ldsetab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetah`: atomic set, acquire.
    ldsetah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldseta`: atomic set, acquire.
    ldseta {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 011 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetalb`: atomic set, acquire-release.
    ldsetalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetalh`: atomic set, acquire-release.
    ldsetalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetal`: atomic set, acquire-release.
    ldsetal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 011 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetlb`: atomic set, release.
    ldsetlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetlh`: atomic set, release.
    ldsetlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsetl`: atomic set, release.
    ldsetl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 011 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 011 00 Rn Rt",
    }
    /// `ldsmaxb`: atomic smax.
    ldsmaxb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxh`: atomic smax.
    ldsmaxh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmax`: atomic smax.
    ldsmax {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 100 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxab`: atomic smax, acquire.
    ldsmaxab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxah`: atomic smax, acquire.
    ldsmaxah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxa`: atomic smax, acquire.
    ldsmaxa {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 100 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxalb`: atomic smax, acquire-release.
    ldsmaxalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxalh`: atomic smax, acquire-release.
    ldsmaxalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxal`: atomic smax, acquire-release.
    ldsmaxal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 100 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxlb`: atomic smax, release.
    ldsmaxlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxlh`: atomic smax, release.
    ldsmaxlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsmaxl`: atomic smax, release.
    ldsmaxl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 100 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 100 00 Rn Rt",
    }
    /// `ldsminb`: atomic smin.
    ldsminb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminh`: atomic smin.
    ldsminh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsmin`: atomic smin.
    ldsmin {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 101 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminab`: atomic smin, acquire.
    ldsminab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminah`: atomic smin, acquire.
    ldsminah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsmina`: atomic smin, acquire.
    ldsmina {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 101 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminalb`: atomic smin, acquire-release.
    ldsminalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminalh`: atomic smin, acquire-release.
    ldsminalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminal`: atomic smin, acquire-release.
    ldsminal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 101 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminlb`: atomic smin, release.
    ldsminlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminlh`: atomic smin, release.
    ldsminlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldsminl`: atomic smin, release.
    ldsminl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 101 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 101 00 Rn Rt",
    }
    /// `ldumaxb`: atomic umax.
    ldumaxb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxh`: atomic umax.
    ldumaxh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumax`: atomic umax.
    ldumax {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 110 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxab`: atomic umax, acquire.
    ldumaxab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxah`: atomic umax, acquire.
    ldumaxah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxa`: atomic umax, acquire.
    ldumaxa {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 110 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxalb`: atomic umax, acquire-release.
    ldumaxalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxalh`: atomic umax, acquire-release.
    ldumaxalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxal`: atomic umax, acquire-release.
    ldumaxal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 110 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxlb`: atomic umax, release.
    ldumaxlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxlh`: atomic umax, release.
    ldumaxlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `ldumaxl`: atomic umax, release.
    ldumaxl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 110 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 110 00 Rn Rt",
    }
    /// `lduminb`: atomic umin.
    lduminb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminh`: atomic umin.
    lduminh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `ldumin`: atomic umin.
    ldumin {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 111 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminab`: atomic umin, acquire.
    lduminab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminah`: atomic umin, acquire.
    lduminah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `ldumina`: atomic umin, acquire.
    ldumina {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 0 111 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminalb`: atomic umin, acquire-release.
    lduminalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminalh`: atomic umin, acquire-release.
    lduminalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminal`: atomic umin, acquire-release.
    lduminal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 0 111 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminlb`: atomic umin, release.
    lduminlb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminlh`: atomic umin, release.
    lduminlh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `lduminl`: atomic umin, release.
    lduminl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 111 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 111 00 Rn Rt",
    }
    /// `swpb`: atomic swp.
    swpb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swph`: atomic swp.
    swph {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swp`: atomic swp.
    swp {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 1 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpab`: atomic swp, acquire.
    swpab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpah`: atomic swp, acquire.
    swpah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpa`: atomic swp, acquire.
    swpa {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 0 1 Rs 1 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 0 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpalb`: atomic swp, acquire-release.
    swpalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 1 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpalh`: atomic swp, acquire-release.
    swpalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 1 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpal`: atomic swp, acquire-release.
    swpal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 1 1 1 Rs 1 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 1 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `swplb`: atomic swp, release.
    swplb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `swplh`: atomic swp, release.
    swplh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `swpl`: atomic swp, release.
    swpl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 1 000 00 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 1 000 00 Rn Rt",
    }
    /// `staddb`: LDADDB to the zero register.
    staddb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 000 00 Rn 11111",
    }
    /// `staddh`: LDADDH to the zero register.
    staddh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 000 00 Rn 11111",
    }
    /// `stadd`: LDADD to the zero register.
    stadd {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 000 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 000 00 Rn 11111",
    }
    /// `staddlb`: LDADDLB to the zero register.
    staddlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 000 00 Rn 11111",
    }
    /// `staddlh`: LDADDLH to the zero register.
    staddlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 000 00 Rn 11111",
    }
    /// `staddl`: LDADDL to the zero register.
    staddl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 000 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 000 00 Rn 11111",
    }
    /// `stclrb`: LDCLRB to the zero register.
    stclrb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 001 00 Rn 11111",
    }
    /// `stclrh`: LDCLRH to the zero register.
    stclrh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 001 00 Rn 11111",
    }
    /// `stclr`: LDCLR to the zero register.
    stclr {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 001 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 001 00 Rn 11111",
    }
    /// `stclrlb`: LDCLRLB to the zero register.
    stclrlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 001 00 Rn 11111",
    }
    /// `stclrlh`: LDCLRLH to the zero register.
    stclrlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 001 00 Rn 11111",
    }
    /// `stclrl`: LDCLRL to the zero register.
    stclrl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 001 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 001 00 Rn 11111",
    }
    /// `steorb`: LDEORB to the zero register.
    steorb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 010 00 Rn 11111",
    }
    /// `steorh`: LDEORH to the zero register.
    steorh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 010 00 Rn 11111",
    }
    /// `steor`: LDEOR to the zero register.
    steor {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 010 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 010 00 Rn 11111",
    }
    /// `steorlb`: LDEORLB to the zero register.
    steorlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 010 00 Rn 11111",
    }
    /// `steorlh`: LDEORLH to the zero register.
    steorlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 010 00 Rn 11111",
    }
    /// `steorl`: LDEORL to the zero register.
    steorl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 010 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 010 00 Rn 11111",
    }
    /// `stsetb`: LDSETB to the zero register.
    stsetb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 011 00 Rn 11111",
    }
    /// `stseth`: LDSETH to the zero register.
    stseth {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 011 00 Rn 11111",
    }
    /// `stset`: LDSET to the zero register.
    stset {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 011 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 011 00 Rn 11111",
    }
    /// `stsetlb`: LDSETLB to the zero register.
    stsetlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 011 00 Rn 11111",
    }
    /// `stsetlh`: LDSETLH to the zero register.
    stsetlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 011 00 Rn 11111",
    }
    /// `stsetl`: LDSETL to the zero register.
    stsetl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 011 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 011 00 Rn 11111",
    }
    /// `stsmaxb`: LDSMAXB to the zero register.
    stsmaxb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsmaxh`: LDSMAXH to the zero register.
    stsmaxh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsmax`: LDSMAX to the zero register.
    stsmax {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 100 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsmaxlb`: LDSMAXLB to the zero register.
    stsmaxlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsmaxlh`: LDSMAXLH to the zero register.
    stsmaxlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsmaxl`: LDSMAXL to the zero register.
    stsmaxl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 100 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 100 00 Rn 11111",
    }
    /// `stsminb`: LDSMINB to the zero register.
    stsminb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 101 00 Rn 11111",
    }
    /// `stsminh`: LDSMINH to the zero register.
    stsminh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 101 00 Rn 11111",
    }
    /// `stsmin`: LDSMIN to the zero register.
    stsmin {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 101 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 101 00 Rn 11111",
    }
    /// `stsminlb`: LDSMINLB to the zero register.
    stsminlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 101 00 Rn 11111",
    }
    /// `stsminlh`: LDSMINLH to the zero register.
    stsminlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 101 00 Rn 11111",
    }
    /// `stsminl`: LDSMINL to the zero register.
    stsminl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 101 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 101 00 Rn 11111",
    }
    /// `stumaxb`: LDUMAXB to the zero register.
    stumaxb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 110 00 Rn 11111",
    }
    /// `stumaxh`: LDUMAXH to the zero register.
    stumaxh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 110 00 Rn 11111",
    }
    /// `stumax`: LDUMAX to the zero register.
    stumax {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 110 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 110 00 Rn 11111",
    }
    /// `stumaxlb`: LDUMAXLB to the zero register.
    stumaxlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 110 00 Rn 11111",
    }
    /// `stumaxlh`: LDUMAXLH to the zero register.
    stumaxlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 110 00 Rn 11111",
    }
    /// `stumaxl`: LDUMAXL to the zero register.
    stumaxl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 110 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 110 00 Rn 11111",
    }
    /// `stuminb`: LDUMINB to the zero register.
    stuminb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 0 1 Rs 0 111 00 Rn 11111",
    }
    /// `stuminh`: LDUMINH to the zero register.
    stuminh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 0 1 Rs 0 111 00 Rn 11111",
    }
    /// `stumin`: LDUMIN to the zero register.
    stumin {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 0 1 Rs 0 111 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 0 1 Rs 0 111 00 Rn 11111",
    }
    /// `stuminlb`: LDUMINLB to the zero register.
    stuminlb {
        "<Ws>, [<Xn|SP>]" => "00 111 0 00 0 1 1 Rs 0 111 00 Rn 11111",
    }
    /// `stuminlh`: LDUMINLH to the zero register.
    stuminlh {
        "<Ws>, [<Xn|SP>]" => "01 111 0 00 0 1 1 Rs 0 111 00 Rn 11111",
    }
    /// `stuminl`: LDUMINL to the zero register.
    stuminl {
        "<Xs>, [<Xn|SP>]" => "11 111 0 00 0 1 1 Rs 0 111 00 Rn 11111",
        "<Ws>, [<Xn|SP>]" => "10 111 0 00 0 1 1 Rs 0 111 00 Rn 11111",
    }
    /// `casb`: compare and swap.
    casb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 001000 1 0 1 Rs 0 11111 Rn Rt",
    }
    /// `cash`: compare and swap.
    cash {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 001000 1 0 1 Rs 0 11111 Rn Rt",
    }
    /// `cas`: compare and swap.
    cas {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 001000 1 0 1 Rs 0 11111 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 001000 1 0 1 Rs 0 11111 Rn Rt",
    }
    /// `casab`: compare and swap.
    casab {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 001000 1 1 1 Rs 0 11111 Rn Rt",
    }
    /// `casah`: compare and swap.
    casah {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 001000 1 1 1 Rs 0 11111 Rn Rt",
    }
    /// `casa`: compare and swap.
    casa {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 001000 1 1 1 Rs 0 11111 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 001000 1 1 1 Rs 0 11111 Rn Rt",
    }
    /// `casalb`: compare and swap.
    casalb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 001000 1 1 1 Rs 1 11111 Rn Rt",
    }
    /// `casalh`: compare and swap.
    casalh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 001000 1 1 1 Rs 1 11111 Rn Rt",
    }
    /// `casal`: compare and swap.
    casal {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 001000 1 1 1 Rs 1 11111 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 001000 1 1 1 Rs 1 11111 Rn Rt",
    }
    /// `caslb`: compare and swap.
    caslb {
        "<Ws>, <Wt>, [<Xn|SP>]" => "00 001000 1 0 1 Rs 1 11111 Rn Rt",
    }
    /// `caslh`: compare and swap.
    caslh {
        "<Ws>, <Wt>, [<Xn|SP>]" => "01 001000 1 0 1 Rs 1 11111 Rn Rt",
    }
    /// `casl`: compare and swap.
    casl {
        "<Xs>, <Xt>, [<Xn|SP>]" => "11 001000 1 0 1 Rs 1 11111 Rn Rt",
        "<Ws>, <Wt>, [<Xn|SP>]" => "10 001000 1 0 1 Rs 1 11111 Rn Rt",
    }
}

forms! {
    /// `casp`: compare and swap a pair (even-numbered first registers).
    casp {
        "<Ws>, <W(s+1)>, <Wt>, <W(t+1)>, [<Xn|SP>]" => "0 0 001000 0 0 1 Rs 0 11111 Rn Rt",
        "<Xs>, <X(s+1)>, <Xt>, <X(t+1)>, [<Xn|SP>]" => "0 1 001000 0 0 1 Rs 0 11111 Rn Rt",
    }
    /// `caspa`: acquire.
    caspa {
        "<Ws>, <W(s+1)>, <Wt>, <W(t+1)>, [<Xn|SP>]" => "0 0 001000 0 1 1 Rs 0 11111 Rn Rt",
        "<Xs>, <X(s+1)>, <Xt>, <X(t+1)>, [<Xn|SP>]" => "0 1 001000 0 1 1 Rs 0 11111 Rn Rt",
    }
    /// `caspal`: acquire and release.
    caspal {
        "<Ws>, <W(s+1)>, <Wt>, <W(t+1)>, [<Xn|SP>]" => "0 0 001000 0 1 1 Rs 1 11111 Rn Rt",
        "<Xs>, <X(s+1)>, <Xt>, <X(t+1)>, [<Xn|SP>]" => "0 1 001000 0 1 1 Rs 1 11111 Rn Rt",
    }
    /// `caspl`: release.
    caspl {
        "<Ws>, <W(s+1)>, <Wt>, <W(t+1)>, [<Xn|SP>]" => "0 0 001000 0 0 1 Rs 1 11111 Rn Rt",
        "<Xs>, <X(s+1)>, <Xt>, <X(t+1)>, [<Xn|SP>]" => "0 1 001000 0 0 1 Rs 1 11111 Rn Rt",
    }
}

pub(super) static ROWS: &[&Mnemonic] = &[
    &ldaddb, &ldaddh, &ldadd, &ldaddab, &ldaddah, &ldadda, &ldaddalb, &ldaddalh, &ldaddal,
    &ldaddlb, &ldaddlh, &ldaddl, &ldclrb, &ldclrh, &ldclr, &ldclrab, &ldclrah, &ldclra, &ldclralb,
    &ldclralh, &ldclral, &ldclrlb, &ldclrlh, &ldclrl, &ldeorb, &ldeorh, &ldeor, &ldeorab, &ldeorah,
    &ldeora, &ldeoralb, &ldeoralh, &ldeoral, &ldeorlb, &ldeorlh, &ldeorl, &ldsetb, &ldseth, &ldset,
    &ldsetab, &ldsetah, &ldseta, &ldsetalb, &ldsetalh, &ldsetal, &ldsetlb, &ldsetlh, &ldsetl,
    &ldsmaxb, &ldsmaxh, &ldsmax, &ldsmaxab, &ldsmaxah, &ldsmaxa, &ldsmaxalb, &ldsmaxalh, &ldsmaxal,
    &ldsmaxlb, &ldsmaxlh, &ldsmaxl, &ldsminb, &ldsminh, &ldsmin, &ldsminab, &ldsminah, &ldsmina,
    &ldsminalb, &ldsminalh, &ldsminal, &ldsminlb, &ldsminlh, &ldsminl, &ldumaxb, &ldumaxh, &ldumax,
    &ldumaxab, &ldumaxah, &ldumaxa, &ldumaxalb, &ldumaxalh, &ldumaxal, &ldumaxlb, &ldumaxlh,
    &ldumaxl, &lduminb, &lduminh, &ldumin, &lduminab, &lduminah, &ldumina, &lduminalb, &lduminalh,
    &lduminal, &lduminlb, &lduminlh, &lduminl, &swpb, &swph, &swp, &swpab, &swpah, &swpa, &swpalb,
    &swpalh, &swpal, &swplb, &swplh, &swpl, &staddb, &staddh, &stadd, &staddlb, &staddlh, &staddl,
    &stclrb, &stclrh, &stclr, &stclrlb, &stclrlh, &stclrl, &steorb, &steorh, &steor, &steorlb,
    &steorlh, &steorl, &stsetb, &stseth, &stset, &stsetlb, &stsetlh, &stsetl, &stsmaxb, &stsmaxh,
    &stsmax, &stsmaxlb, &stsmaxlh, &stsmaxl, &stsminb, &stsminh, &stsmin, &stsminlb, &stsminlh,
    &stsminl, &stumaxb, &stumaxh, &stumax, &stumaxlb, &stumaxlh, &stumaxl, &stuminb, &stuminh,
    &stumin, &stuminlb, &stuminlh, &stuminl, &casb, &cash, &cas, &casab, &casah, &casa, &casalb,
    &casalh, &casal, &caslb, &caslh, &casl, &casp, &caspa, &caspal, &caspl,
];
