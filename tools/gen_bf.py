#!/usr/bin/env python3
"""Generates the bundled brainfuck programs in examples/programs/.

    python3 tools/gen_bf.py            # (re)writes hello.b, rev.b and powers.b
    python3 tools/gen_bf.py --check    # fails if the files on disk differ from the generator's output
    python3 tools/gen_bf.py --expect powers   # prints the expected output of powers.b

The programs are written for the tutorial's two engines, which disagree on cell overflow: the
interpreter (examples/bf-interp.rs) rejects a cell leaving 0..=255 (checked u8 arithmetic), the JIT
(examples/bf-jit.rs) rejects signed overflow (`add`/`sub` + `jo`). Every cell here stays in 0..=127,
where both accept, and input is read only up to a newline (both report EOF as an I/O error).

powers.b is the compute-heavy one (written from scratch for this repository): for n = 1..=N it
computes n**P by counting, one decimal increment at a time, through P nested loops of n iterations
each, and prints "n n**P" in fixed-width decimal. Work grows like N**(P+1)/(P+1) increments.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "examples", "programs")

# powers.b parameters: interpreter ~5-20 s, JIT well under 1 s on a 2-core CI machine.
POWER = 4
LIMIT = 45
N_DIGITS = 3  # digits printed for n
P_DIGITS = 8  # digits printed for n**POWER


class Bf:
    """A brainfuck emitter that tracks the tape pointer, so code is written in terms of cells."""

    def __init__(self):
        self.pos = 0
        self.out = []

    def code(self, s):
        self.out.append(s)

    def go(self, cell):
        d = cell - self.pos
        self.code(">" * d if d > 0 else "<" * -d)
        self.pos = cell

    def add(self, cell, k):
        self.go(cell)
        self.code("+" * k if k > 0 else "-" * -k)

    def clear(self, cell):
        self.go(cell)
        self.code("[-]")

    def loop(self, cell, body):
        """while cell != 0 { body }: body must leave the pointer anywhere; we return to cell."""
        self.go(cell)
        self.code("[")
        body()
        self.go(cell)
        self.code("]")

    def move(self, src, dsts):
        """dsts += src; src = 0."""

        def body():
            self.add(src, -1)
            for d in dsts:
                self.add(d, 1)

        self.loop(src, body)

    def copy(self, src, dst, tmp):
        """dst += src, using tmp (zero before and after)."""
        self.move(src, [dst, tmp])
        self.move(tmp, [src])

    def if_zero(self, x, body):
        """if x == 0 { body } with x, x+1, x+2 as (x, 0, 0); non-destructive, no copy.

        `>+<[>-]>[<BODY>->]<<`: both paths end on x+2, then step back to x."""
        self.go(x)
        self.code(">+<[>-]>[<")
        self.pos = x
        body()
        self.go(x)
        self.code(">->]<<")
        self.pos = x

    def comment(self, text):
        assert not any(c in "+-<>[].," for c in text), text
        self.code("\n" + text + "\n")

    def text(self):
        return "".join(self.out)


def hello():
    b = Bf()
    b.comment("Hello World: prints each character from a scratch cell using a counted loop")
    for ch in "Hello World!\n":
        v = ord(ch)
        q, r = divmod(v, 8)
        b.add(1, 8)
        b.loop(1, lambda: (b.add(1, -1), b.add(0, q)))
        b.add(0, r)
        b.go(0)
        b.code(".")
        b.clear(0)
    return b.text() + "\n"


def rev():
    return (
        "Reverses one line of input\n"
        "Reads characters into consecutive cells until a newline\n"
        ">,----------[++++++++++>,----------]\n"
        "then prints them back to front followed by a newline\n"
        "<[.<]++++++++++.\n"
    )


def powers(power=POWER, limit=LIMIT):
    assert limit <= 127
    b = Bf()
    REM, NU, TMP = 0, 1, 2
    loops = [3 + i for i in range(power)]
    ndec = 3 + power  # first digit group of n (3 cells per digit: c, t1, t2), least significant first
    pdec = ndec + 3 * N_DIGITS

    def digit(base, i):
        return base + 3 * i

    # A decimal digit d is stored as c = 10 - d (1..=10) so that an increment is a decrement,
    # and the carry test is "c == 0" after it.
    def inc(base, ndigits, i=0):
        c = digit(base, i)
        b.add(c, -1)
        if i + 1 < ndigits:

            def carry():
                b.add(c, 10)
                inc(base, ndigits, i + 1)

            b.if_zero(c, carry)
        else:
            b.if_zero(c, lambda: b.add(c, 10))

    def reset(base, ndigits):
        for i in range(ndigits):
            b.clear(digit(base, i))
            b.add(digit(base, i), 10)

    def print_dec(base, ndigits):
        for i in reversed(range(ndigits)):
            c = digit(base, i)
            # '0' + d = 58 - c (c = 10 prints '0')
            b.add(c + 1, 58)
            b.loop(c, lambda: (b.add(c, -1), b.add(c + 1, -1), b.add(c + 2, 1)))
            b.move(c + 2, [c])
            b.go(c + 1)
            b.code(".")
            b.clear(c + 1)

    b.comment(
        "Powers: for n from 1 to %d prints n and n to the power %d computed by counting "
        "through %d nested loops of n iterations each" % (limit, power, power)
    )
    reset(ndec, N_DIGITS)
    b.add(REM, limit)

    def outer():
        b.add(REM, -1)
        b.add(NU, 1)
        inc(ndec, N_DIGITS)
        reset(pdec, P_DIGITS)

        def nest(level):
            counter = loops[level]
            b.copy(NU, counter, TMP)

            def body():
                if level + 1 < power:
                    nest(level + 1)
                else:
                    inc(pdec, P_DIGITS)
                b.add(counter, -1)

            b.loop(counter, body)

        nest(0)
        print_dec(ndec, N_DIGITS)
        b.add(TMP, 32)
        b.go(TMP)
        b.code(".")
        b.clear(TMP)
        print_dec(pdec, P_DIGITS)
        b.add(TMP, 10)
        b.go(TMP)
        b.code(".")
        b.clear(TMP)

    b.loop(REM, outer)
    return b.text() + "\n"


def powers_expected(power=POWER, limit=LIMIT):
    return "".join(
        "%0*d %0*d\n" % (N_DIGITS, n, P_DIGITS, n**power) for n in range(1, limit + 1)
    )


def run_bf(prog, inp=b""):
    """A small reference interpreter (for checking small instances of the generator)."""
    code = [c for c in prog if c in "+-<>[].,"]
    jump, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            j = stack.pop()
            jump[i], jump[j] = j, i
    tape, p, pc, out, inp = [0] * 30000, 0, 0, [], list(inp)
    while pc < len(code):
        c = code[pc]
        if c == "+":
            tape[p] += 1
            assert tape[p] <= 127
        elif c == "-":
            tape[p] -= 1
            assert tape[p] >= 0
        elif c == ">":
            p += 1
        elif c == "<":
            p -= 1
        elif c == ".":
            out.append(tape[p])
        elif c == ",":
            tape[p] = inp.pop(0)
        elif c == "[" and tape[p] == 0:
            pc = jump[pc]
        elif c == "]" and tape[p] != 0:
            pc = jump[pc]
        pc += 1
    return bytes(out).decode()


PROGRAMS = {"hello.b": hello, "rev.b": rev, "powers.b": powers}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--expect")
    a = ap.parse_args()
    if a.expect:
        sys.stdout.write({"powers": powers_expected, "hello": lambda: "Hello World!\n"}[a.expect]())
        return
    if a.selftest:
        assert run_bf(hello()) == "Hello World!\n"
        assert run_bf(rev(), b"abc\n") == "cba\n"
        for p, n in [(1, 12), (2, 11), (3, 6)]:
            assert run_bf(powers(p, n)) == powers_expected(p, n), (p, n)
        print("ok")
        return
    bad = False
    for name, gen in PROGRAMS.items():
        path = os.path.join(OUT, name)
        text = gen()
        if a.check:
            if not os.path.exists(path) or open(path).read() != text:
                print("out of date:", path)
                bad = True
        else:
            os.makedirs(OUT, exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
