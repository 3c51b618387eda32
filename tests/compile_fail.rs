//! Bad `dynasm!` input must fail to compile with a message naming the statement (and, where
//! macro_rules! allows, the offending token). Each case in tests/ui/ is compiled alone and its
//! compiler output compared with the checked-in `.stderr` file (`TRYBUILD=overwrite` rewrites
//! them after a deliberate change of message).

#[test]
fn bad_input_is_a_compile_error() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
