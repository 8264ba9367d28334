#!/usr/bin/env python3
"""Instructions per operation of `profile` (benches/peers/src/bin/profile.rs)
under callgrind: counts that do not depend on the machine's load.

    CARGO_PROFILE_RELEASE_DEBUG=true CARGO_TARGET_DIR=target/prof \\
        cargo build --release -p tlwire-peers --bin profile
    python3 benches/peers/callgrind.py target/prof/release/profile [OP ...]
"""
import os
import re
import subprocess
import sys
import tempfile

OPS = [
    "enc-accept-reused", "g-enc-accept-reused", "p-enc-accept-reused",
    "enc-accept-fresh", "g-enc-accept-fresh", "p-enc-accept-fresh",
    "enc-add-reused", "g-enc-add-reused", "p-enc-add-reused",
    "enc-add-fresh", "g-enc-add-fresh", "p-enc-add-fresh",
    "enc-usm18-reused", "g-enc-usm18-reused", "p-enc-usm18-reused",
    "enc-usm18-fresh",
    "dec-usm18", "g-dec-usm18", "p-dec-usm18", "dec-usm18-view", "p-dec-usm18-view",
    "dec-usm18-cyrillic", "p-dec-usm18-cyrillic",
    "dec-updates100", "g-dec-updates100", "p-dec-updates100",
    "dec-veclong", "p-dec-veclong",
    "enc-vecint-reused", "g-enc-vecint-reused", "enc-veclong-reused", "g-enc-veclong-reused",
    "dec-file", "dec-file-view", "p-dec-file-view",
]
# Large messages run fewer iterations (valgrind is slow on 512 KiB copies).
ITERATIONS = {"enc-part-reused": 50, "p-enc-part-reused": 50, "dec-file": 50}


def instructions(binary, op):
    n = ITERATIONS.get(op, 1000)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=profile::run*",
             f"--callgrind-out-file={out}", binary, op, str(n)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        text = open(out).read()
    total = int(re.search(r"^summary:\s*(\d+)", text, re.M).group(1))
    return total / n


def main():
    binary = sys.argv[1]
    ops = sys.argv[2:] or OPS
    print("| operation | instructions per operation |")
    print("|---|---:|")
    for op in ops:
        print(f"| {op} | {instructions(binary, op):,.1f} |", flush=True)


if __name__ == "__main__":
    main()
