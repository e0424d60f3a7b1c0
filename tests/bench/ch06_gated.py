#!/usr/bin/python3
"""ch06_gated.py: a training step of chapter 6's language model with each
cell (RNN, LSTM, GRU; embedding 16, state 64, 56 symbols, a batch of 16
sequences of 16 steps, clipping, Adam), in C (tests/bench/gated_steps.c,
one sequence at a time) and in PyTorch (float64, one thread, the batch in
one call). ratio = PyTorch time per step / C time per step."""
import os
import subprocess
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
C_PROGRAM = os.path.join(ROOT, "build", "c", "tests", "bench_gated_steps")
VOCAB, EMBED, HIDDEN, T, BATCH, STEPS = 56, 16, 64, 16, 16, 100


def torch_seconds_per_step(cell_name):
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    cell_class = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[cell_name]
    embedding, cell, linear = nn.Embedding(VOCAB, EMBED), cell_class(EMBED, HIDDEN, batch_first=True), \
        nn.Linear(HIDDEN, VOCAB)
    params = list(embedding.parameters()) + list(cell.parameters()) + list(linear.parameters())
    optimizer = torch.optim.Adam(params, lr=0.005)

    def step():
        ids = torch.randint(0, VOCAB, (BATCH, T + 1))
        optimizer.zero_grad()
        states = cell(embedding(ids[:, :-1]))[0]
        loss = F.cross_entropy(linear(states).reshape(-1, VOCAB), ids[:, 1:].reshape(-1))
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()

    for _ in range(10):
        step()
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(STEPS):
            step()
        best = min(best, (time.perf_counter() - start) / STEPS)
    return best


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch06_gated: error: build/c/tests/bench_gated_steps is missing (run make tangle)")
    print(f"== chapter 6: a training step of the language model (batch {BATCH} x {T} steps, "
          f"embed {EMBED}, hidden {HIDDEN}), float64, one thread ==", flush=True)
    out = subprocess.run([C_PROGRAM], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        cell_name, c_step = line.split()[0], float(line.split()[1])
        torch_step = torch_seconds_per_step(cell_name)
        print(f"{cell_name:5s}  C {c_step * 1e3:8.2f} ms   PyTorch {torch_step * 1e3:8.2f} ms"
              f"   ratio PyTorch / C {torch_step / c_step:6.2f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
