//! Bad `dynasm!` input must fail to compile, with the error at the statement and a clear text.
//!
//! Each case in tests/ui/ is compiled alone by rustc against the declasm library this test was
//! built with (`--emit=metadata`: what `cargo check` does, const evaluation included), and the
//! compiler's output is compared with the checked-in `.stderr` file. After a deliberate change
//! of message, `DECLASM_UI=overwrite cargo test --test compile_fail` rewrites the `.stderr`
//! files (read the diff before committing it).
//!
//! rustc is called directly rather than through a build tool, so that the cases share the test
//! build's artifacts and take a fraction of a second each.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

mod rustc_support;

/// Compiles one case and returns rustc's exit status and its normalised output.
fn compile(root: &Path, case: &Path, deps: &Path, rlib: &Path, out_dir: &Path) -> (bool, String) {
    let rel = case.strip_prefix(root).unwrap();
    let out = rustc_support::rustc(deps, rlib)
        .current_dir(root)
        .arg(rel)
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "bin",
            "--emit=metadata",
        ])
        .args(["--color", "never", "--diagnostic-width", "140"])
        .arg("--crate-name")
        .arg(format!(
            "ui_{}",
            case.file_stem()
                .unwrap()
                .to_string_lossy()
                .replace('-', "_")
        ))
        .arg("--out-dir")
        .arg(out_dir)
        .output()
        .expect("rustc");
    let text = String::from_utf8_lossy(&out.stderr)
        .replace(&format!("{}/", root.display()), "$DIR/")
        .replace('\\', "/");
    (out.status.success(), normalize(&text))
}

/// Makes the output independent of line numbers outside the case (a `note` pointing into
/// declasm's source must not change with every edit there): line-number gutters become `LL`,
/// their indentation fixed, and `--> src/...:L:C` (and `::: src/...:L:C`) becomes `src/...:LL:CC`. The case's own
/// `--> tests/ui/NAME.rs:L:C` locations are kept: they are what the test checks.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let norm = if let Some(path) = t.strip_prefix("--> ") {
            let path = match path.strip_prefix("src/") {
                Some(rest) => format!("src/{}:LL:CC", rest.split(':').next().unwrap()),
                None => path.to_string(),
            };
            format!("  --> {path}")
        } else if let Some(path) = t.strip_prefix("::: src/") {
            // (`::: src/x64/mnemonics/generated.rs:831:1`: a line of declasm's source.)
            format!("   ::: src/{}:LL:CC", path.split(':').next().unwrap())
        } else if t.starts_with('|') || t.starts_with("= ") || t.starts_with(":::") {
            format!("   {t}")
        } else if digits > 0 && t[digits..].starts_with(" |") {
            format!("LL {}", &t[digits + 1..])
        } else {
            line.to_string()
        };
        out.push_str(norm.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn bad_input_is_a_compile_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (deps, rlib) = rustc_support::artifacts();
    let out_dir = deps.parent().unwrap().join("ui");
    std::fs::create_dir_all(&out_dir).unwrap();
    let overwrite = std::env::var("DECLASM_UI").is_ok_and(|v| v == "overwrite");

    let mut cases: Vec<PathBuf> = std::fs::read_dir(root.join("tests/ui"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty());

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let (ok, got) = compile(root, case, &deps, &rlib, &out_dir);
                let expected_path = case.with_extension("stderr");
                let name = case.file_name().unwrap().to_string_lossy().into_owned();
                if ok {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{name}: compiled, but must fail"));
                    continue;
                }
                if overwrite {
                    std::fs::write(&expected_path, &got).unwrap();
                    continue;
                }
                let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
                if expected != got {
                    failures.lock().unwrap().push(format!(
                        "{name}: the compiler's output differs from {}\n--- expected\n{expected}\n--- got\n{got}",
                        expected_path.file_name().unwrap().to_string_lossy()
                    ));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    println!("{} ui cases, {} failed", cases.len(), failures.len());
    assert!(
        failures.is_empty(),
        "{}\n(DECLASM_UI=overwrite rewrites the .stderr files)",
        failures.join("\n\n")
    );
}
