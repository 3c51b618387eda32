//! The tutorial's programs with both crates (tests/tutorial.rs at the root, built here with
//! `declasm_oracle` set so that its dynasmrt comparisons are compiled in).
#[path = "../../tests/tutorial.rs"]
mod tutorial;
