#!/usr/bin/python3
"""ch06_gated.py: a training step of chapter 6's language model with each
cell (RNN, LSTM, GRU; embedding 16, 56 symbols, sequences of 16 steps,
clipping, Adam) at the sizes of SIZES (state, batch), in C
(tests/bench/gated_steps.c, the batch in one pass, one process per round)
and in PyTorch (float64, one thread, the batch in one call), alternating;
a round is as many steps as make about 0.1 s of PyTorch's work."""
import os
import subprocess
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

C_PROGRAM = os.path.join(_bench.ROOT, "build", "c", "tests", "bench_gated_steps")
VOCAB, EMBED, T = 56, 16, 16
SIZES = ((64, 16), (128, 64), (512, 16))     # (state, batch): the book's, and a large state


def torch_step(cell_name, hidden, batch):
    """A function that trains the PyTorch model one step."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    cell_class = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[cell_name]
    embedding, cell, linear = nn.Embedding(VOCAB, EMBED), cell_class(EMBED, hidden, batch_first=True), \
        nn.Linear(hidden, VOCAB)
    params = list(embedding.parameters()) + list(cell.parameters()) + list(linear.parameters())
    optimizer = torch.optim.Adam(params, lr=0.005)

    def step():
        ids = torch.randint(0, VOCAB, (batch, T + 1))
        optimizer.zero_grad()
        states = cell(embedding(ids[:, :-1]))[0]
        loss = F.cross_entropy(linear(states).reshape(-1, VOCAB), ids[:, 1:].reshape(-1))
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()
    return step


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch06_gated: error: build/c/tests/bench_gated_steps is missing (run make tangle)")
    _bench.header(f"chapter 6: a training step of the language model (sequences of {T} steps, "
                  f"embed {EMBED}), float64, one thread, per step")
    for hidden, batch in SIZES:
        for cell_name in ("rnn", "lstm", "gru"):
            step = torch_step(cell_name, hidden, batch)
            start = time.perf_counter()
            for _ in range(3):         # warm-up, and the time of a step
                step()
            steps = max(3, round(0.1 / ((time.perf_counter() - start) / 3)))

            def c_side():
                out = subprocess.run([C_PROGRAM, cell_name, str(hidden), str(batch), str(steps)],
                                     check=True, capture_output=True, text=True)
                return float(out.stdout)

            def torch_side():
                start = time.perf_counter()
                for _ in range(steps):
                    step()
                return (time.perf_counter() - start) / steps
            _bench.compare("ch06 gated LM step", f"{cell_name} H={hidden} B={batch}", c_side,
                           "PyTorch", torch_side)
    return 0


if __name__ == "__main__":
    sys.exit(main())
