"""Reference values for chapter 7's TextCNN (models/textcnn,
chapters/en/07-convolution.nw), computed with PyTorch in float64.

The source text's TextCNN (an nn.Embedding with padding_idx=0, an
nn.Conv1d per width over the embedded words, ReLU, F.max_pool1d over all
of time, torch.cat, a dropout and nn.Linear) at a small size: 13 words of
5 numbers, widths 2, 3 and 4 with 4 filters each, 3 classes, texts of 7
ids padded with 0, a batch of 3, with PyTorch's own random parameters.
It runs forward and backward from the mean cross-entropy twice:
  eval   without dropout
  train  with dropout p = 0.5, its mask drawn as the chapter's
         dropout_mask draws it: entry k of the (3, 12) mask is 0 if the
         k-th random.random() after random.seed(5) is below p, else 2
Writes tests/fixtures/ch07_textcnn.txt: ids, t, every parameter under
its state_dict key, and for each run <run>_logits, <run>_loss and
<run>_<key>_grad.
Run from the repository root: /usr/bin/python3 tests/reference/ch07_textcnn.py
"""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

from _fixture import write_fixture

OUT = "tests/fixtures/ch07_textcnn.txt"
VOCAB, EMBED, WIDTHS, FILTERS, CLASSES, P = 13, 5, (2, 3, 4), 4, 3, 0.5


class TextCNN(nn.Module):
    """The source text's model, with padding and dropout given a mask."""

    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(VOCAB, EMBED, padding_idx=0)
        self.convs = nn.ModuleList([nn.Conv1d(EMBED, FILTERS, k) for k in WIDTHS])
        self.fc = nn.Linear(len(WIDTHS) * FILTERS, CLASSES)

    def forward(self, ids, mask):
        x = self.embedding(ids).permute(0, 2, 1)
        maxima = [F.max_pool1d(F.relu(conv(x)), conv(x).size(-1)).squeeze(-1)
                  for conv in self.convs]
        return self.fc(torch.cat(maxima, 1) * mask)


def run(name, net, ids, t, mask):
    net.zero_grad()
    logits = net(ids, mask)
    loss = F.cross_entropy(logits, t)
    loss.backward()
    values = [(f"{name}_logits", logits), (f"{name}_loss", loss.item())]
    values += [(f"{name}_{key}_grad", p.grad.clone()) for key, p in net.named_parameters()]
    return values


def main():
    torch.manual_seed(11)
    torch.set_default_dtype(torch.float64)
    net = TextCNN()
    ids = torch.tensor([[3, 7, 1, 12, 5, 0, 0], [2, 2, 9, 4, 11, 6, 8], [10, 5, 0, 0, 0, 0, 0]])
    t = torch.tensor([2, 0, 1])
    features = len(WIDTHS) * FILTERS
    rng = random.Random(5)
    mask = torch.tensor([0.0 if rng.random() < P else 1 / (1 - P)
                         for _ in range(len(ids) * features)]).reshape(len(ids), features)
    values = [("ids", ids.double()), ("t", t.double()), ("mask", mask)]
    values += [(key, p) for key, p in net.named_parameters()]
    values += run("eval", net, ids, t, torch.ones_like(mask))
    values += run("train", net, ids, t, mask)
    write_fixture(OUT, values, source=__file__,
                  about="chapter 7: TextCNN, forward and backward, without and with dropout")


if __name__ == "__main__":
    main()
