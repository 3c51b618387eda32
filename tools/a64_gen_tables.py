#!/usr/bin/env python3
"""Pre-parses the aarch64 instruction tables: writes src/aarch64/mnemonics/generated.rs.

    python3 tools/a64_gen_tables.py [--check]

The tables are written as the ARM ARM reads (src/aarch64/mnemonics/*.rs, `forms!` rows of an
assembler template and a bit diagram). Parsing them with `const fn` costs about 16 s of a cold
build of declasm, so the crate compiles a generated copy: every mnemonic a struct literal. This
script builds the test `generate_tables` of tests/a64_encoder.rs with `--cfg declasm_source_tables`
(which compiles the source tables, parsed by `Form::parse`) in its own target directory, lets it
print every mnemonic (compact constructor calls, one line per form; the module is
`#[rustfmt::skip]`).

`--check` fails if generated.rs is not what the source tables give.
"""
import os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "aarch64", "mnemonics", "generated.rs")


def main():
    check = "--check" in sys.argv
    env = dict(os.environ)
    env["RUSTFLAGS"] = (env.get("RUSTFLAGS", "") + " --cfg declasm_source_tables").strip()
    env.setdefault("CARGO_TARGET_DIR", "/tmp/declasm-a64-gen-tables")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "generated.rs")
        env["A64_GENERATED"] = path
        subprocess.run(["cargo", "test", "-q", "--test", "a64_encoder", "generate_tables", "--", "--exact"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        text = open(path).read()
    if check:
        if not os.path.exists(OUT) or open(OUT).read() != text:
            sys.exit("src/aarch64/mnemonics/generated.rs is not current: run tools/a64_gen_tables.py")
        print("generated.rs is current")
        return
    open(OUT, "w").write(text)
    print("wrote", OUT, len(text), "bytes")


main()
