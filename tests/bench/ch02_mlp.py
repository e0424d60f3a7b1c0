#!/usr/bin/python3
"""ch02_mlp.py: 2000 training steps of chapter 2's network, the C program
mlp_circle against the original Python program (tests/reference/ch02_mlp.py
--original, uninstrumented), on the same machine. Each is run a few times as
a whole process and the best wall time is kept; ratio = Python / C."""
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
C_PROGRAM = [os.path.join(ROOT, "build", "c", "bin", "mlp_circle"), "--steps", "2000"]
PY_PROGRAM = ["/usr/bin/python3", os.path.join(ROOT, "tests", "reference", "ch02_mlp.py"),
              "--original"]


def best_time(cmd, runs):
    """The shortest wall time of runs runs of cmd, and its output."""
    best, output = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"ch02_mlp: error: {' '.join(cmd)} exited with {proc.returncode}")
        best, output = min(best, elapsed), proc.stdout
    return best, output


def main():
    if not os.path.exists(C_PROGRAM[0]):
        sys.exit("ch02_mlp: error: build/c/bin/mlp_circle is missing (run make tangle)")
    print("== chapter 2: 2000 training steps, 2-4-1 network, 121 samples ==", flush=True)
    c_time, c_out = best_time(C_PROGRAM, 10)
    py_time, py_out = best_time(PY_PROGRAM, 3)
    same = "identical" if c_out == py_out else "DIFFERENT"
    print(f"C      mlp_circle       {c_time * 1e3:9.1f} ms (best of 10)")
    print(f"Python the original     {py_time * 1e3:9.1f} ms (best of 3)")
    print(f"ratio  Python / C       {py_time / c_time:9.0f}x   (printed output {same})")
    return 0 if c_out == py_out else 1


if __name__ == "__main__":
    sys.exit(main())
