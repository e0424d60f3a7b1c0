#!/usr/bin/python3
"""expect_cli.py: runs a program on bad input and checks how it refuses.

  expect_cli.py --exit STATUS --stderr REGEX [--stdout full|closed] -- PROGRAM ARGS...
  expect_cli.py --exit STATUS --stdout-match REGEX -- PROGRAM ARGS...

Passes when the program exits with STATUS (not a crash), prints nothing on
stdout, and prints exactly one line on stderr, which matches REGEX. With
--stdout, its standard output is /dev/full (every write fails) or closed.
With --stdout-match, it must print nothing on stderr and its standard
output must match REGEX (the answer to --help).
"""
import argparse
import os
import re
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exit", type=int, required=True)
    parser.add_argument("--stderr")
    parser.add_argument("--stdout-match")
    parser.add_argument("--stdout", choices=("full", "closed"))
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    stdout = subprocess.PIPE
    if args.stdout == "full":
        stdout = open("/dev/full", "w")
    try:
        proc = subprocess.run(args.command, stdout=stdout, stderr=subprocess.PIPE, text=True,
                              timeout=60, stdin=subprocess.DEVNULL,
                              preexec_fn=(lambda: os.close(1)) if args.stdout == "closed" else None)
    except subprocess.TimeoutExpired:
        print(f"FAIL: {' '.join(args.command)} hung for 60 s")
        return 1
    lines = proc.stderr.splitlines()
    print(f"$ {' '.join(args.command)}\nexit {proc.returncode}, stderr {proc.stderr!r}")
    problems = []
    if proc.returncode != args.exit:
        problems.append(f"exit status {proc.returncode}, expected {args.exit}")
    if args.stdout_match is not None:
        if proc.stderr:
            problems.append("it printed on stderr")
        if not re.search(args.stdout_match, proc.stdout or ""):
            problems.append(f"stdout should match {args.stdout_match!r}")
    else:
        if len(lines) != 1 or not re.search(args.stderr or "", lines[0]):
            problems.append(f"stderr should be one line matching {args.stderr!r}")
        if proc.stdout:
            problems.append("it printed on stdout")
    print("FAIL: " + "; ".join(problems) if problems else "OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
