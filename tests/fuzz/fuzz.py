#!/usr/bin/python3
"""fuzz.py: runs one fuzz target of tests/fuzz for a bounded time, from its
committed seed corpus (tests/fuzz/corpus/TARGET, read only; what it finds
goes to a temporary folder), and prints the number of inputs it executed.
    fuzz.py FUZZ_BUILD_DIR TARGET SECONDS
Exits with the target's status: 0 when no input broke a contract or the
sanitizers; otherwise libFuzzer has printed the input and where it failed,
and left it beside the target as crash-<sha1>."""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    if len(sys.argv) != 4:
        sys.exit("fuzz: error: usage: fuzz.py FUZZ_BUILD_DIR TARGET SECONDS")
    build, target, seconds = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    program = os.path.join(build, "tests", "fuzz", f"fuzz_{target}")
    seeds = os.path.join(HERE, "corpus", target)
    if not os.path.exists(program):
        sys.exit(f"fuzz: error: {program} is missing (configure with CC=clang -DLITNN_FUZZ=ON)")
    with tempfile.TemporaryDirectory() as found:
        proc = subprocess.run([program, f"-max_total_time={seconds}", "-print_final_stats=1",
                               "-max_len=4096", "-timeout=10",
                               f"-artifact_prefix={os.path.dirname(program)}/", found, seeds],
                              capture_output=True, text=True, cwd=found)
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
    if proc.returncode != 0:
        print(proc.stderr[-6000:])
    print(f"fuzz_{target}: {runs.group(1) if runs else '?'} inputs in {seconds} s, "
          f"exit status {proc.returncode}")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
