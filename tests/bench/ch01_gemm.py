#!/usr/bin/python3
"""ch01_gemm.py: chapter 1's matrix products against OpenBLAS's dgemm, one
thread each, alternating (tests/bench/gemm_openblas.c): every step of the
chapter's ladder at n = 512, then gemm on square and on the rectangular
shapes of the book's models (M x N x K, with transposes), then the same gemm
compiled with fused multiply-adds. GFLOP/s are given with their share of
OpenBLAS and of the machine's peak, which the program measures."""
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

BIN = os.path.join(_bench.ROOT, "build", "c", "tests")
LADDER = ("ijk", "ikj", "jki", "blocked", "regtile", "vector", "gemm")
ROUNDS = 15     # rounds per comparison: a product takes milliseconds, so more cost little
SHAPES = ("256x256x256", "512x512x512", "1024x1024x1024",
          "16x64x256", "512x64x64", "64x3072x27", "64x27x3072:TN", "512x64x64:NT")


def run(program, *args):
    proc = subprocess.run([os.path.join(BIN, program), *map(str, args)], capture_output=True,
                          text=True, env=dict(os.environ, OPENBLAS_NUM_THREADS="1"))
    if proc.returncode != 0:
        sys.exit(f"ch01_gemm: error: {program} {' '.join(map(str, args))}: {proc.stderr.strip()}")
    return proc.stdout.split("\n")


def peak(program):
    """The highest GFLOP/s of 7 runs of the program's register-only loop:
    with FMAs, the most flops per second the core can do (other programs on
    the core only ever lower it)."""
    return max(float(line) for line in run(program, "peak", 7) if line)


def measure(program, kernel, shape, label, peak_gflops):
    dims, _, ops = shape.partition(":")
    m, n, k = (int(d) for d in dims.split("x"))
    lines = [line.split() for line in run(program, kernel, m, n, k, ops or "NN", ROUNDS)
             if line]
    rounds = [(float(x), float(y)) for x, y in lines[:-1]]
    ours, blas = [r[0] for r in rounds], [r[1] for r in rounds]
    flops = 2.0 * m * n * k
    g_ours, g_blas = flops / statistics.median(ours) * 1e-9, flops / statistics.median(blas) * 1e-9
    note = (f"   [{g_ours:5.1f} vs {g_blas:5.1f} GFLOP/s: {100 * g_ours / g_blas:3.0f}% of OpenBLAS, "
            f"{100 * g_ours / peak_gflops:3.0f}% of peak; max diff {lines[-1][1]}]")
    _bench.record(f"ch01 {label}", shape, ours, "OpenBLAS", blas, note)


def main():
    program = "bench_gemm_openblas"
    if not os.path.exists(os.path.join(BIN, program)):
        sys.exit("ch01_gemm: error: build/c/tests/bench_gemm_openblas is missing "
                 "(libopenblas-dev not found when CMake configured; run make bench)")
    top = peak(program + "_fma")
    _bench.header(f"chapter 1: matrix products against OpenBLAS dgemm, one thread; "
                  f"the machine's peak {top:.1f} GFLOP/s (measured with FMAs)")
    print("the ladder of chapter 1, n x n x n:")
    for kernel in LADDER:
        measure(program, kernel, "512x512x512", kernel, top)
    print("gemm, M x N x K[:op(A) op(B)]:")
    for shape in SHAPES:
        measure(program, "gemm", shape, "gemm", top)
    print("gemm compiled with fused multiply-adds (-ffp-contract=fast), for comparison:")
    for shape in SHAPES[:3]:
        measure(program + "_fma", "gemm", shape, "gemm-fma", top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
