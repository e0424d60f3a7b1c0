#!/usr/bin/python3
"""ch01_matmul.py: chapter 1's blocked matrix product against OpenBLAS's dgemm
(the reference), one thread each; ratio = litnn time / OpenBLAS time."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
program = os.path.join(ROOT, "build", "c", "tests", "bench_matmul_openblas")
if not os.path.exists(program):
    sys.exit("ch01_matmul: error: build/c/tests/bench_matmul_openblas is missing "
             "(libopenblas-dev not found when CMake configured; run make bench)")
print("== chapter 1: matrix product, litnn matmul_blocked vs OpenBLAS dgemm ==", flush=True)
sys.exit(subprocess.run([program], env=dict(os.environ, OPENBLAS_NUM_THREADS="1")).returncode)
