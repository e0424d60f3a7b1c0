#!/usr/bin/python3
"""ch05_charlm.py: a training step of chapter 5's names model (embedding 16,
RNN state 64, 56 symbols, stretches of 32 characters, full BPTT, clipping
at 5, Adam) in C against the same model in PyTorch (float64, one thread).

C: the whole program charlm, run for STEPS steps and for 1 step; the
difference, divided by STEPS - 1, is the time of a step (reading the corpus
and the one validation pass cancel). PyTorch: the training loop alone, after
a warm-up, STEPS steps a round. The two sides alternate (tests/bench/_bench.py)."""
import os
import subprocess
import sys
import time

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

ROOT = _bench.ROOT
C_PROGRAM = os.path.join(ROOT, "build", "c", "bin", "charlm")
STEPS, SEQ, EMBED, HIDDEN = 2000, 32, 16, 64


def c_seconds(steps):
    """The wall time of a run of charlm for steps steps."""
    start = time.perf_counter()
    subprocess.run([C_PROGRAM, "--steps", str(steps), "--eval-every", "10000000",
                    "--samples", "0"], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def training_ids():
    """The two name lists as one text of ids, one name per line (the order
    does not matter for timing)."""
    names = set()
    for kind in ("female", "male"):
        with open(os.path.join(ROOT, "data", f"names-{kind}.txt"), encoding="utf-8") as f:
            names.update(line.strip() for line in f if line.strip())
    text = "\n" + "\n".join(sorted(names)) + "\n"
    symbols = sorted(set(text))
    return [symbols.index(c) + 2 for c in text], len(symbols) + 2


def torch_step():
    """A function that trains the PyTorch model one step."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    ids, vocab = training_ids()
    ids = torch.tensor(ids)
    embedding, rnn, linear = nn.Embedding(vocab, EMBED), nn.RNN(EMBED, HIDDEN, batch_first=True), \
        nn.Linear(HIDDEN, vocab)
    params = list(embedding.parameters()) + list(rnn.parameters()) + list(linear.parameters())
    optimizer = torch.optim.Adam(params, lr=0.003)
    state, pos = torch.zeros(1, 1, HIDDEN), 0

    def step():
        nonlocal state, pos
        if pos + SEQ + 1 > len(ids):
            pos, state = 0, torch.zeros(1, 1, HIDDEN)
        optimizer.zero_grad()
        output, h_n = rnn(embedding(ids[pos:pos + SEQ]).unsqueeze(0), state)
        loss = F.cross_entropy(linear(output[0]), ids[pos + 1:pos + SEQ + 1])
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()
        state, pos = h_n.detach(), pos + SEQ

    return step


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch05_charlm: error: build/c/bin/charlm is missing (run make tangle)")
    _bench.header(f"chapter 5: a training step of the names RNN (T={SEQ}, embed {EMBED}, "
                  f"hidden {HIDDEN}), float64, one thread, per step")
    step = torch_step()
    for _ in range(50):             # warm-up
        step()

    def torch_side():
        start = time.perf_counter()
        for _ in range(STEPS):
            step()
        return (time.perf_counter() - start) / STEPS
    _bench.compare("ch05 charlm step", f"T={SEQ} H={HIDDEN}",
                   lambda: (c_seconds(STEPS) - c_seconds(1)) / (STEPS - 1), "PyTorch", torch_side)
    return 0


if __name__ == "__main__":
    sys.exit(main())
