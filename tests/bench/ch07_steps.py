#!/usr/bin/python3
"""ch07_steps.py: one training step (forward, cross-entropy, backward and
an Adam step) of chapter 7's two networks: litnn (tests/bench/train_step.c,
one process per round) against the same model in PyTorch (float64, one
thread), alternating.
  cnn      three 3 x 3 convolutions of 32, 64 and 64 channels, two max
           pools, dense layers of 64 and 10, on 64 random 28 x 28 images
  textcnn  the source text's TextCNN at the sizes spam_classifier trains:
           an embedding of 20,002 words of 128 numbers, convolutions of
           widths 3, 4 and 5 with 100 filters each over texts of 400 ids,
           ReLU, the maximum over time, dropout 0.5, a linear layer to two
           classes, on 32 texts of random ids"""
import os
import sys

os.environ["OPENBLAS_NUM_THREADS"] = "1"    # before torch loads OpenBLAS: one thread
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _bench  # noqa: E402

C_PROGRAM = os.path.join(_bench.ROOT, "build", "c", "tests", "bench_train_step")
VOCAB, EMBED, WIDTHS, FILTERS, LEN = 20002, 128, (3, 4, 5), 100, 400


def cnn(torch, nn, batch):
    """The Fashion-MNIST CNN, a batch of random images and their classes."""
    net = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                        nn.Conv2d(64, 64, 3), nn.ReLU(), nn.Flatten(),
                        nn.Linear(576, 64), nn.ReLU(), nn.Linear(64, 10))
    return net, torch.rand(batch, 1, 28, 28), torch.arange(batch) % 10


def textcnn(torch, nn, batch):
    """TextCNN, a batch of texts of random ids and their classes."""
    class TextCNN(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(VOCAB, EMBED, padding_idx=0)
            self.convs = nn.ModuleList([nn.Conv1d(EMBED, FILTERS, k) for k in WIDTHS])
            self.dropout = nn.Dropout(0.5)
            self.fc = nn.Linear(len(WIDTHS) * FILTERS, 2)

        def forward(self, ids):
            x = self.embedding(ids).permute(0, 2, 1)
            maxima = [nn.functional.relu(conv(x)).amax(-1) for conv in self.convs]
            return self.fc(self.dropout(torch.cat(maxima, 1)))
    return TextCNN(), torch.randint(1, VOCAB, (batch, LEN)), torch.arange(batch) % 2


def torch_side_factory(network, batch, reps):
    """A function that times reps training steps of network in PyTorch."""
    import torch
    import torch.nn as nn
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    net, x, t = network(torch, nn, batch)
    opt = torch.optim.Adam(net.parameters(), lr=0.001)

    def step():
        opt.zero_grad()
        nn.functional.cross_entropy(net(x), t).backward()
        opt.step()
    step()
    return _bench.seconds_per_call(step, reps)


def main():
    if not os.path.exists(C_PROGRAM):
        sys.exit("ch07_steps: error: build/c/tests/bench_train_step is missing (run make tangle)")
    _bench.header("chapter 7: a training step of the CNN and of TextCNN, float64, one thread")
    for name, network, batch, reps, size in (("cnn", cnn, 64, 10, "N=64"),
                                             ("textcnn", textcnn, 32, 5, f"N=32 L={LEN}")):
        _bench.compare(f"ch07 {name} training step", size,
                       lambda: _bench.program_seconds(C_PROGRAM, name, str(batch), str(reps)),
                       "PyTorch", torch_side_factory(network, batch, reps))
    return 0


if __name__ == "__main__":
    sys.exit(main())
