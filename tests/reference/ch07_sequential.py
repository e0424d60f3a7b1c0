"""Reference values for chapter 7's networks of layers (models/sequential,
chapters/en/07-convolution.nw), computed with PyTorch in float64.

Two nn.Sequential networks, each with PyTorch's own random parameters, run
forward on a batch and backward from the mean cross-entropy of their
logits against given classes:
  small   Conv2d(2, 3, 3, padding=1), ReLU, MaxPool2d(2), Conv2d(3, 4, 2),
          ReLU, Flatten, Linear(16, 5), ReLU, Linear(5, 4) on (3, 2, 7, 6)
          (the pool floors 7 to 3)
  flat    Flatten, Linear(12, 3) (a logistic regression) on (4, 1, 3, 4)
Writes tests/fixtures/ch07_sequential.txt, for each network <net>_x, _t
(the classes), _logits, _loss, and for every parameter <net>_<key> and
<net>_<key>_grad with its state_dict key (0.weight, 0.bias, ...).
Run from the repository root: /usr/bin/python3 tests/reference/ch07_sequential.py
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from _fixture import write_fixture

OUT = "tests/fixtures/ch07_sequential.txt"


def run(name, net, x, t):
    """Forward and backward of net on x against t; the values a fixture keeps."""
    logits = net(x)
    loss = F.cross_entropy(logits, t)
    loss.backward()
    values = [(f"{name}_x", x), (f"{name}_t", t.double()), (f"{name}_logits", logits),
              (f"{name}_loss", loss.item())]
    for key, p in net.named_parameters():
        values += [(f"{name}_{key}", p), (f"{name}_{key}_grad", p.grad)]
    return values


def main():
    torch.manual_seed(7)
    torch.set_default_dtype(torch.float64)
    small = nn.Sequential(nn.Conv2d(2, 3, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(3, 4, 2), nn.ReLU(), nn.Flatten(), nn.Linear(16, 5),
                          nn.ReLU(), nn.Linear(5, 4))
    flat = nn.Sequential(nn.Flatten(), nn.Linear(12, 3))
    values = run("small", small, torch.randn(3, 2, 7, 6), torch.tensor([2, 0, 3]))
    values += run("flat", flat, torch.randn(4, 1, 3, 4), torch.tensor([1, 2, 0, 1]))
    write_fixture(OUT, values, source=__file__,
                  about="chapter 7: nn.Sequential networks, forward and backward")


if __name__ == "__main__":
    main()
