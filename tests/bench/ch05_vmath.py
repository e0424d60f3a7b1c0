#!/usr/bin/python3
"""ch05_vmath.py: the exponential, tanh and the sigmoid over an array of 4096 arguments (in
[-8, 8], the range of a network's pre-activations; 32 KiB, in the L1
cache), by chapter 5's vmath and by a loop of the C library's calls
(tests/bench/vmath.c, one process per round), alternating; the time per
element."""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

C_PROGRAM = os.path.join(_bench.ROOT, "build", "c", "tests", "bench_vmath")
N, REPS = 4096, 5000             # about 0.1 s of the C library's work per round


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch05_vmath: error: build/c/tests/bench_vmath is missing (run make tangle)")
    _bench.header(f"chapter 5: exp, tanh and the sigmoid over {N} doubles, per element")
    for function in ("exp", "tanh", "sigmoid"):
        def side(implementation):
            out = subprocess.run([C_PROGRAM, function, implementation, str(N), str(REPS)],
                                 check=True, capture_output=True, text=True)
            return float(out.stdout)
        _bench.compare("ch05 vmath", function, lambda: side("vmath"), "C library",
                       lambda: side("libm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
