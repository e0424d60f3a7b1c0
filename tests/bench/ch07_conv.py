#!/usr/bin/python3
"""ch07_conv.py: one forward and backward pass of the three 3 x 3
convolutions of chapter 7's tour network (1 -> 32 channels on 28 x 28,
32 -> 64 on 13 x 13, 64 -> 64 on 5 x 5, with biases) on a batch: through
im2col and gemm against the definition's loops (tests/bench/conv.c, one
process per round, batch 8), and against PyTorch's conv2d (float64, one
thread, autograd, batch 64), alternating."""
import os
import subprocess
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

C_PROGRAM = os.path.join(_bench.ROOT, "build", "c", "tests", "bench_conv")
LAYERS = ((1, 32, 28), (32, 64, 13), (64, 64, 5))      # C_in, C_out, side


def c_side(how, c_in, c_out, side, batch, reps):
    out = subprocess.run([C_PROGRAM, how, str(c_in), str(c_out), str(side), str(batch), str(reps)],
                         check=True, capture_output=True, text=True)
    return float(out.stdout)


def torch_pass(c_in, c_out, side, batch):
    """A function that runs one forward and backward pass in PyTorch."""
    import torch
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    conv = torch.nn.Conv2d(c_in, c_out, 3)
    x = torch.rand(batch, c_in, side, side, requires_grad=True)
    dy = torch.rand(batch, c_out, side - 2, side - 2)

    def run():
        conv.zero_grad()
        x.grad = None
        conv(x).backward(dy)
    return run


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch07_conv: error: build/c/tests/bench_conv is missing (run make tangle)")
    _bench.header("chapter 7: a forward and backward pass of a 3x3 convolution, float64, one thread")
    for c_in, c_out, side in LAYERS:
        size = f"{c_in}->{c_out} {side}x{side} N=8"
        _bench.compare("ch07 conv2d im2col+gemm", size,
                       lambda: c_side("gemm", c_in, c_out, side, 8, 20), "the definition",
                       lambda: c_side("direct", c_in, c_out, side, 8, 2))
    for c_in, c_out, side in LAYERS:
        run = torch_pass(c_in, c_out, side, 64)
        for _ in range(3):
            run()

        def torch_side(reps=10):
            start = time.perf_counter()
            for _ in range(reps):
                run()
            return (time.perf_counter() - start) / reps
        _bench.compare("ch07 conv2d", f"{c_in}->{c_out} {side}x{side} N=64",
                       lambda: c_side("gemm", c_in, c_out, side, 64, 10), "PyTorch", torch_side)
    return 0


if __name__ == "__main__":
    sys.exit(main())
