#!/usr/bin/python3
"""ch07_cnn.py: one training step of chapter 7's CNN for Fashion-MNIST
(three 3 x 3 convolutions of 32, 64 and 64 channels, two max pools, dense
layers of 64 and 10; forward, cross-entropy, backward and an Adam step) on
a batch of 64 random 28 x 28 images: litnn (tests/bench/cnn_step.c, one
process per round) against the same nn.Sequential in PyTorch (float64, one
thread), alternating."""
import os
import subprocess
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

C_PROGRAM = os.path.join(_bench.ROOT, "build", "c", "tests", "bench_cnn_step")
BATCH, REPS = 64, 10


def c_side():
    out = subprocess.run([C_PROGRAM, str(BATCH), str(REPS)], check=True,
                         capture_output=True, text=True)
    return float(out.stdout)


def torch_side_factory():
    """A function that times REPS training steps in PyTorch."""
    import torch
    import torch.nn as nn
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    net = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Conv2d(64, 64, 3), nn.ReLU(), nn.Flatten(),
                        nn.Linear(576, 64), nn.ReLU(), nn.Linear(64, 10))
    opt = torch.optim.Adam(net.parameters(), lr=0.001)
    x = torch.rand(BATCH, 1, 28, 28)
    t = torch.arange(BATCH) % 10

    def step():
        opt.zero_grad()
        nn.functional.cross_entropy(net(x), t).backward()
        opt.step()
    step()

    def run():
        start = time.perf_counter()
        for _ in range(REPS):
            step()
        return (time.perf_counter() - start) / REPS
    return run


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch07_cnn: error: build/c/tests/bench_cnn_step is missing (run make tangle)")
    _bench.header("chapter 7: a training step of the Fashion-MNIST CNN, float64, one thread")
    _bench.compare("ch07 cnn training step", f"N={BATCH}", c_side, "PyTorch",
                   torch_side_factory())
    return 0


if __name__ == "__main__":
    sys.exit(main())
