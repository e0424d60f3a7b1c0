"""Reference values for chapter 5 (chapters/en/05-recurrent-networks.nw),
computed with PyTorch in float64.

Writes tests/fixtures/ch05_rnn.txt:
  seed_*, seedb_*   the source text's example: nn.RNN(3, 4, batch_first=True)
                    without and with biases on x = [[1,2,3],[3,4,5],[5,6,7]]:
                    w_ih, w_hh (b_ih, b_hh), output (3, 4), h_n (4)
  batch_*           nn.RNN(4, 5) on a padded batch of 3 sequences of lengths
                    5, 2, 4 (pack_padded_sequence, enforce_sorted=False) from
                    random initial states, time-major: x (5, 3, 4), lens, h0
                    (3, 5), the parameters, the padded output (5, 3, 5, zero
                    past each length), h_n (3, 5), the weights r_out, r_h of
                    L = sum(r_out * output) + sum(r_h * h_n), and the
                    gradients of L for every parameter, x and h0
  lm_*              a character model: nn.Embedding(7, 5), nn.RNN(5, 6),
                    nn.Linear(6, 7) on 9 ids (8 predictions) from a random
                    initial state h0: the parameters, ids, h0, the mean
                    cross-entropy, the final state, the gradient of every
                    parameter and of h0 (full backpropagation through time)
  lmb_*             the same model on a batch of 3 stretches of 9 ids side by
                    side from random initial states (3, 6): ids (3, 9), h0,
                    the mean cross-entropy of the 24 predictions, the final
                    states, the gradients of every parameter and of h0
  ce_*              cross_entropy of logits with +-1000 in them: z (2, 4),
                    targets (2), the two losses, the gradient of their sum
  clip_*            clip_grad_norm_(max_norm=1) of a gradient of norm > 1 and
                    of one of norm < 1: before, after, the returned norms
and tests/fixtures/ch05_state_dict.ckpt: the lmb_* model's state_dict (an
nn.Module with the three layers as embedding, rnn and linear), written by
tools/checkpoint.py in litnn's checkpoint format.
Run from the repository root: /usr/bin/python3 tests/reference/ch05_rnn.py
"""
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

from _fixture import ROOT, write_fixture

sys.path.insert(0, os.path.join(ROOT, "tools"))
import checkpoint  # noqa: E402

OUT = "tests/fixtures/ch05_rnn.txt"
CHECKPOINT = "tests/fixtures/ch05_state_dict.ckpt"


def seed_example(name, bias):
    rnn = nn.RNN(3, 4, bias=bias, batch_first=True)
    x = torch.tensor([[[1.0, 2.0, 3.0], [3.0, 4.0, 5.0], [5.0, 6.0, 7.0]]])
    output, h_n = rnn(x)
    values = [(f"{name}_w_ih", rnn.weight_ih_l0), (f"{name}_w_hh", rnn.weight_hh_l0)]
    if bias:
        values += [(f"{name}_b_ih", rnn.bias_ih_l0), (f"{name}_b_hh", rnn.bias_hh_l0)]
    return values + [(f"{name}_output", output[0]), (f"{name}_h_n", h_n[0, 0])]


def padded_batch():
    rnn = nn.RNN(4, 5)
    lens = torch.tensor([5, 2, 4])
    x = torch.randn(5, 3, 4, requires_grad=True)
    h0 = torch.randn(1, 3, 5, requires_grad=True)
    packed = nn.utils.rnn.pack_padded_sequence(x, lens, enforce_sorted=False)
    output, h_n = rnn(packed, h0)
    output, _ = nn.utils.rnn.pad_packed_sequence(output, total_length=5)
    r_out, r_h = torch.randn(5, 3, 5), torch.randn(3, 5)
    loss = (r_out * output).sum() + (r_h * h_n[0]).sum()
    loss.backward()
    params = [("w_ih", rnn.weight_ih_l0), ("w_hh", rnn.weight_hh_l0),
              ("b_ih", rnn.bias_ih_l0), ("b_hh", rnn.bias_hh_l0)]
    values = [("batch_x", x), ("batch_lens", lens), ("batch_h0", h0[0]),
              ("batch_output", output), ("batch_h_n", h_n[0]), ("batch_r_out", r_out),
              ("batch_r_h", r_h), ("batch_x_grad", x.grad), ("batch_h0_grad", h0.grad[0])]
    values += [(f"batch_{name}", p) for name, p in params]
    values += [(f"batch_{name}_grad", p.grad) for name, p in params]
    return values


def language_model():
    embedding, rnn, linear = nn.Embedding(7, 5), nn.RNN(5, 6, batch_first=True), nn.Linear(6, 7)
    ids = torch.randint(0, 7, (9,))
    h0 = torch.randn(1, 1, 6, requires_grad=True)
    output, h_n = rnn(embedding(ids[:-1]).unsqueeze(0), h0)
    loss = F.cross_entropy(linear(output[0]), ids[1:])
    loss.backward()
    params = [("table", embedding.weight), ("w_ih", rnn.weight_ih_l0),
              ("w_hh", rnn.weight_hh_l0), ("b_ih", rnn.bias_ih_l0),
              ("b_hh", rnn.bias_hh_l0), ("w_out", linear.weight), ("b_out", linear.bias)]
    values = [("lm_ids", ids), ("lm_h0", h0[0, 0]), ("lm_loss", loss), ("lm_h_n", h_n[0, 0]),
              ("lm_h0_grad", h0.grad[0, 0])]
    values += [(f"lm_{name}", p) for name, p in params]
    values += [(f"lm_{name}_grad", p.grad) for name, p in params]
    return values


def language_model_batch():
    embedding, rnn, linear = nn.Embedding(7, 5), nn.RNN(5, 6), nn.Linear(6, 7)
    ids = torch.randint(0, 7, (3, 9))
    h0 = torch.randn(1, 3, 6, requires_grad=True)
    output, h_n = rnn(embedding(ids[:, :-1].t()), h0)          # time-major (8, 3, 6)
    loss = F.cross_entropy(linear(output).reshape(-1, 7), ids[:, 1:].t().reshape(-1))
    loss.backward()
    params = [("table", embedding.weight), ("w_ih", rnn.weight_ih_l0),
              ("w_hh", rnn.weight_hh_l0), ("b_ih", rnn.bias_ih_l0),
              ("b_hh", rnn.bias_hh_l0), ("w_out", linear.weight), ("b_out", linear.bias)]
    model = nn.Module()        # the same three layers under PyTorch's own names
    model.embedding, model.rnn, model.linear = embedding, rnn, linear
    checkpoint.write(CHECKPOINT, [(name, t.detach().numpy())
                                  for name, t in model.state_dict().items()])
    values = [("lmb_ids", ids), ("lmb_h0", h0[0]), ("lmb_loss", loss), ("lmb_h_n", h_n[0]),
              ("lmb_h0_grad", h0.grad[0])]
    values += [(f"lmb_{name}", p) for name, p in params]
    values += [(f"lmb_{name}_grad", p.grad) for name, p in params]
    return values


def extreme_cross_entropy():
    z = torch.tensor([[1000.0, -1000.0, 0.0, 999.0], [-1000.0, 1000.0, 0.0, -999.0]],
                     requires_grad=True)
    t = torch.tensor([3, 0])
    losses = F.cross_entropy(z, t, reduction="none")
    losses.sum().backward()
    return [("ce_z", z), ("ce_t", t), ("ce_loss", losses), ("ce_z_grad", z.grad)]


def clipping():
    values = []
    for name, scale in (("clip_big", 3.0), ("clip_small", 0.1)):
        p = nn.Parameter(torch.zeros(10))
        p.grad = scale * torch.randn(10)
        before = p.grad.clone()
        norm = nn.utils.clip_grad_norm_([p], max_norm=1.0)
        values += [(f"{name}_before", before), (f"{name}_after", p.grad),
                   (f"{name}_norm", norm)]
    return values


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    values = seed_example("seed", False) + seed_example("seedb", True)
    values += language_model() + extreme_cross_entropy() + clipping() + padded_batch()
    values += language_model_batch()
    write_fixture(OUT, values, source=__file__,
                  about="chapter 5: nn.RNN, a character model's gradients, cross-entropy, clipping")


if __name__ == "__main__":
    main()
