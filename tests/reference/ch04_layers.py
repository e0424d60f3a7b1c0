"""Reference values for chapter 4's layers (chapters/en/04-text-to-vectors.nw),
computed with PyTorch in float64.

Each layer is run forward on a fixed input, and backward with an arbitrary
upstream gradient dy (so that every output position matters). Writes
tests/fixtures/ch04_layers.txt:
  embedding_*     nn.Embedding(6, 5) on the source text's ids [[1,2,3],[2,2,0]],
                  without padding and with padding_idx=0: table, out, dy, table_grad
  linear_*        nn.Linear(5, 3) on a batch of 4, and nn.Linear(5, 3, bias=False):
                  x, weight, bias, y, dy, x_grad, weight_grad, bias_grad
  mean_*          x[k, :len_k].mean(0) for a padded batch (3, 6, 4), lens (3)
  avgpool*_       AvgPool1d(5) on torch.rand(3, 4, 5) (the source text's example),
                  AvgPool1d(3, stride=2) on (2, 3, 8) (the last value dropped):
                  x, y, dy, x_grad
  maxpool*_       MaxPool1d with the same windows, and a row of 7 with ties
  layernorm_*     nn.LayerNorm(6) with random weight and bias on (4, 6)
  dropout_*       nn.Dropout(0.5) on 1..9 (the source text's example) and
                  nn.Dropout(0.3) on (4, 6): x, y, dy, x_grad (the mask is y != 0)
  bce_*           BCEWithLogitsLoss on logits including +-40 and +-1000
Run from the repository root: /usr/bin/python3 tests/reference/ch04_layers.py
"""
import torch
import torch.nn as nn

from _fixture import write_fixture

OUT = "tests/fixtures/ch04_layers.txt"


def backward(y):
    """Sends a random gradient dy back from y; returns dy."""
    dy = torch.randn(y.shape)
    y.backward(dy)
    return dy


def embedding(padding_idx):
    name = "embedding" if padding_idx is None else "embedding_pad"
    layer = nn.Embedding(6, 5, padding_idx=padding_idx)
    ids = torch.tensor([[1, 2, 3], [2, 2, 0]])
    out = layer(ids)
    dy = backward(out)
    return [(f"{name}_ids", ids), (f"{name}_table", layer.weight),
            (f"{name}_out", out), (f"{name}_dy", dy),
            (f"{name}_table_grad", layer.weight.grad)]


def linear(bias):
    name = "linear" if bias else "linear_nobias"
    layer = nn.Linear(5, 3, bias=bias)
    x = torch.randn(4, 5, requires_grad=True)
    y = layer(x)
    dy = backward(y)
    values = [(f"{name}_x", x), (f"{name}_weight", layer.weight), (f"{name}_y", y),
              (f"{name}_dy", dy), (f"{name}_x_grad", x.grad),
              (f"{name}_weight_grad", layer.weight.grad)]
    if bias:
        values += [(f"{name}_bias", layer.bias), (f"{name}_bias_grad", layer.bias.grad)]
    return values


def mean_over_time():
    lens = [6, 1, 3]
    x = torch.randn(3, 6, 4, requires_grad=True)
    y = torch.stack([x[k, :n].mean(dim=0) for k, n in enumerate(lens)])
    dy = backward(y)
    return [("mean_lens", lens), ("mean_x", x), ("mean_y", y), ("mean_dy", dy),
            ("mean_x_grad", x.grad)]


def pool(name, layer, x):
    x = x.clone().requires_grad_(True)
    y = layer(x)
    dy = backward(y)
    return [(f"{name}_x", x), (f"{name}_y", y), (f"{name}_dy", dy),
            (f"{name}_x_grad", x.grad)]


def layernorm():
    layer = nn.LayerNorm(6)
    with torch.no_grad():
        layer.weight.copy_(torch.randn(6))
        layer.bias.copy_(torch.randn(6))
    x = (3.0 * torch.randn(4, 6) + 1.0).requires_grad_(True)
    y = layer(x)
    dy = backward(y)
    return [("layernorm_x", x), ("layernorm_weight", layer.weight),
            ("layernorm_bias", layer.bias), ("layernorm_y", y), ("layernorm_dy", dy),
            ("layernorm_x_grad", x.grad), ("layernorm_weight_grad", layer.weight.grad),
            ("layernorm_bias_grad", layer.bias.grad)]


def dropout(name, p, x):
    layer = nn.Dropout(p)
    layer.train()
    x = x.clone().requires_grad_(True)
    y = layer(x)
    dy = backward(y)
    return [(f"{name}_p", p), (f"{name}_x", x), (f"{name}_y", y), (f"{name}_dy", dy),
            (f"{name}_x_grad", x.grad)]


def bce():
    z = torch.tensor([-1000.0, -40.0, -3.0, -0.5, 0.0, 0.25, 2.0, 40.0, 1000.0, 1.5],
                     requires_grad=True)
    t = torch.tensor([1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.3])
    loss = nn.BCEWithLogitsLoss()(z, t)
    loss.backward()
    return [("bce_z", z), ("bce_t", t), ("bce_loss", loss), ("bce_z_grad", z.grad)]


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    values = embedding(None) + embedding(0) + linear(True) + linear(False)
    values += mean_over_time()
    values += pool("avgpool5", nn.AvgPool1d(5), torch.rand(3, 4, 5))
    x8 = torch.randn(2, 3, 8)
    values += pool("avgpool3s2", nn.AvgPool1d(3, stride=2), x8)
    values += pool("maxpool5", nn.MaxPool1d(5), torch.rand(3, 4, 5))
    values += pool("maxpool3s2", nn.MaxPool1d(3, stride=2), x8)
    ties = torch.tensor([[[1.0, 3.0, 3.0, 2.0, 2.0, 2.0, 0.0]]])
    values += pool("maxpool_ties", nn.MaxPool1d(3, stride=2), ties)
    values += layernorm()
    values += dropout("dropout9", 0.5, torch.arange(1.0, 10.0))
    values += dropout("dropout46", 0.3, torch.randn(4, 6))
    values += bce()
    write_fixture(OUT, values, source=__file__,
                  about="chapter 4's layers: forward outputs and gradients from PyTorch")


if __name__ == "__main__":
    main()
