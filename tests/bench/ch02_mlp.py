#!/usr/bin/python3
"""ch02_mlp.py: 2000 training steps of chapter 2's network, the C program
mlp_circle against the original Python program (tests/reference/ch02_mlp.py
--original, uninstrumented), each a whole process, alternating
(tests/bench/_bench.py); then mlp_circle --form matrix against the neuron
form. All printed outputs must be identical."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

ROOT = _bench.ROOT
C_PROGRAM = [os.path.join(ROOT, "build", "c", "bin", "mlp_circle"), "--steps", "2000"]
PY_PROGRAM = ["/usr/bin/python3", os.path.join(ROOT, "tests", "reference", "ch02_mlp.py"),
              "--original"]


def run(cmd):
    """The wall time of cmd as a whole process, and what it printed."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"ch02_mlp: error: {' '.join(cmd)} exited with {proc.returncode}")
    return elapsed, proc.stdout


def main():
    if not os.path.exists(C_PROGRAM[0]):
        sys.exit("ch02_mlp: error: build/c/bin/mlp_circle is missing (run make tangle)")
    _bench.header("chapter 2: 2000 training steps, 2-4-1 network, 121 samples, whole programs")
    outputs = set()

    def side(cmd):
        elapsed, out = run(cmd)
        outputs.add(out)
        return elapsed
    _bench.compare("ch02 mlp_circle", "2000 steps", lambda: side(C_PROGRAM),
                   "Python", lambda: side(PY_PROGRAM))
    _bench.compare("ch02 mlp_circle matrix form", "2000 steps",
                   lambda: side(C_PROGRAM + ["--form", "matrix"]),
                   "the neuron form", lambda: side(C_PROGRAM), rounds=15)
    same = len(outputs) == 1
    print(f"  printed outputs of the two programs: {'identical' if same else 'DIFFERENT'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
