//! Marks the test files oracle/ shares with the root crate (tests/tutorial.rs) as built here,
//! where dynasmrt is available.
fn main() {
    println!("cargo::rustc-cfg=declasm_oracle");
}
