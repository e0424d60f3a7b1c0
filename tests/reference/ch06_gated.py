"""Reference values for chapter 6 (chapters/en/06-lstm-gru.nw), computed with
PyTorch in float64: nn.LSTM and nn.GRU on the source text's sizes (a sequence
of 6 inputs of 12 numbers, a state of 7), from random initial states.

A loss L = sum(r_out * output) + sum(r_h * h_n) (+ sum(r_c * c_n) for the
LSTM) with random weights r sends a gradient into every output. Writes
tests/fixtures/ch06_gated.txt, for prefix lstm_ and gru_:
  x, h0 (c0)                  the input (6, 12) and the initial state(s) (7)
  w_ih, w_hh, b_ih, b_hh      the layer's parameters in PyTorch's layout
  output, h_n (c_n)           the forward pass
  r_out, r_h (r_c)            the weights of L
  w_ih_grad, ..., x_grad, h0_grad (c0_grad)   the gradients of L
and, for prefix lstm_batch_ and gru_batch_, the same for a padded batch of 3
sequences of lengths 6, 2, 5 (pack_padded_sequence, enforce_sorted=False),
stored time-major: x (6, 3, 12), lens (3), h0 (c0) (3, 7), output (6, 3, 7),
zero past each length, h_n (c_n) (3, 7): each sequence's last real state;
and for prefix lstm_nobias_batch_ and gru_nobias_batch_ the same batch
through layers with bias=False (no b_ih, b_hh).
Run from the repository root: /usr/bin/python3 tests/reference/ch06_gated.py
"""
import torch
import torch.nn as nn

from _fixture import write_fixture

OUT = "tests/fixtures/ch06_gated.txt"
LENGTH, INPUT, HIDDEN = 6, 12, 7


def run(name, layer, with_cell):
    x = torch.rand(1, LENGTH, INPUT, requires_grad=True)
    h0 = torch.randn(1, 1, HIDDEN, requires_grad=True)
    c0 = torch.randn(1, 1, HIDDEN, requires_grad=True)
    if with_cell:
        output, (h_n, c_n) = layer(x, (h0, c0))
    else:
        output, h_n = layer(x, h0)
    r_out, r_h, r_c = torch.randn(LENGTH, HIDDEN), torch.randn(HIDDEN), torch.randn(HIDDEN)
    loss = (r_out * output[0]).sum() + (r_h * h_n[0, 0]).sum()
    if with_cell:
        loss = loss + (r_c * c_n[0, 0]).sum()
    loss.backward()
    params = [("w_ih", layer.weight_ih_l0), ("w_hh", layer.weight_hh_l0),
              ("b_ih", layer.bias_ih_l0), ("b_hh", layer.bias_hh_l0)]
    values = [(f"{name}_x", x[0]), (f"{name}_h0", h0[0, 0]), (f"{name}_output", output[0]),
              (f"{name}_h_n", h_n[0, 0]), (f"{name}_r_out", r_out), (f"{name}_r_h", r_h),
              (f"{name}_x_grad", x.grad[0]), (f"{name}_h0_grad", h0.grad[0, 0])]
    if with_cell:
        values += [(f"{name}_c0", c0[0, 0]), (f"{name}_c_n", c_n[0, 0]), (f"{name}_r_c", r_c),
                   (f"{name}_c0_grad", c0.grad[0, 0])]
    values += [(f"{name}_{p}", t) for p, t in params]
    values += [(f"{name}_{p}_grad", t.grad) for p, t in params]
    return values


def run_batch(name, layer, with_cell):
    lens = torch.tensor([LENGTH, 2, LENGTH - 1])
    x = torch.rand(LENGTH, 3, INPUT, requires_grad=True)
    h0 = torch.randn(1, 3, HIDDEN, requires_grad=True)
    c0 = torch.randn(1, 3, HIDDEN, requires_grad=True)
    packed = nn.utils.rnn.pack_padded_sequence(x, lens, enforce_sorted=False)
    if with_cell:
        output, (h_n, c_n) = layer(packed, (h0, c0))
    else:
        output, h_n = layer(packed, h0)
    output, _ = nn.utils.rnn.pad_packed_sequence(output, total_length=LENGTH)
    r_out, r_h, r_c = torch.randn(LENGTH, 3, HIDDEN), torch.randn(3, HIDDEN), torch.randn(3, HIDDEN)
    loss = (r_out * output).sum() + (r_h * h_n[0]).sum()
    if with_cell:
        loss = loss + (r_c * c_n[0]).sum()
    loss.backward()
    params = [("w_ih", layer.weight_ih_l0), ("w_hh", layer.weight_hh_l0)]
    if layer.bias:
        params += [("b_ih", layer.bias_ih_l0), ("b_hh", layer.bias_hh_l0)]
    values = [(f"{name}_x", x), (f"{name}_lens", lens), (f"{name}_h0", h0[0]),
              (f"{name}_output", output), (f"{name}_h_n", h_n[0]), (f"{name}_r_out", r_out),
              (f"{name}_r_h", r_h), (f"{name}_x_grad", x.grad), (f"{name}_h0_grad", h0.grad[0])]
    if with_cell:
        values += [(f"{name}_c0", c0[0]), (f"{name}_c_n", c_n[0]), (f"{name}_r_c", r_c),
                   (f"{name}_c0_grad", c0.grad[0])]
    values += [(f"{name}_{p}", t) for p, t in params]
    values += [(f"{name}_{p}_grad", t.grad) for p, t in params]
    return values


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    values = run("lstm", nn.LSTM(INPUT, HIDDEN, batch_first=True), True)
    values += run("gru", nn.GRU(INPUT, HIDDEN, batch_first=True), False)
    values += run_batch("lstm_batch", nn.LSTM(INPUT, HIDDEN), True)
    values += run_batch("gru_batch", nn.GRU(INPUT, HIDDEN), False)
    values += run_batch("lstm_nobias_batch", nn.LSTM(INPUT, HIDDEN, bias=False), True)
    values += run_batch("gru_nobias_batch", nn.GRU(INPUT, HIDDEN, bias=False), False)
    write_fixture(OUT, values, source=__file__,
                  about="chapter 6: nn.LSTM and nn.GRU, outputs and gradients")


if __name__ == "__main__":
    main()
