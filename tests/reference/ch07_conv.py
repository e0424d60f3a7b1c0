"""Reference values for chapter 7's layers (chapters/en/07-convolution.nw),
computed with PyTorch in float64.

Each layer is run forward on a fixed input, and backward with a random
upstream gradient dy (so that every output position matters). Writes
tests/fixtures/ch07_conv.txt, for each case <name>_x, _y, _dy, _x_grad,
and for a convolution _weight, _weight_grad and, with a bias, _bias,
_bias_grad; a case's geometry is _geometry:
  conv2d_seed     the source text's nn.Conv2d(1, 3, 2, bias=False) on its
                  4 x 4 input
  conv2d_all      nn.Conv2d(3, 4, (3, 2), stride=(2, 1), padding=(1, 1),
                  dilation=(1, 2)) on (2, 3, 7, 6)
  conv2d_pad      nn.Conv2d(2, 3, 3, stride=2, padding=2, bias=False) on
                  (3, 2, 5, 5)
  conv1d_seed     the source text's nn.Conv1d(5, 4, 3) on a sequence of 6
                  vectors of 5, stored (6, 5) and transposed
  conv1d_batch    nn.Conv1d(3, 2, 4, stride=2, padding=1) on (2, 3, 11)
  maxpool2, avgpool2            MaxPool2d(2), AvgPool2d(2) on (2, 3, 6, 6)
  maxpool3ceil, avgpool3ceil    kernel 3, stride 2, padding 1, ceil_mode
                                on (2, 2, 7, 8)
  maxpool_ties    MaxPool2d(2, stride=1) on a plane of repeated values
  relu            relu on values including 0 (its gradient there is 0)
Geometry: kernel_h kernel_w stride_h stride_w pad_h pad_w dilation_h
dilation_w ceil_mode (0 or 1), then for a convolution in and out channels.
Run from the repository root: /usr/bin/python3 tests/reference/ch07_conv.py
"""
import torch
import torch.nn as nn

from _fixture import write_fixture

OUT = "tests/fixtures/ch07_conv.txt"

SEED_X = [[0.1, 0.2, 0.3, 0.4], [-3, -4, -5, -6], [5.1, 6.2, 7.3, 8.4], [-0.7, -0.8, -0.9, -1]]


def pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def run(name, layer, x, geometry):
    """Forward and backward of layer on x; the values a fixture keeps."""
    x = x.clone().requires_grad_(True)
    y = layer(x)
    dy = torch.randn(y.shape)
    y.backward(dy)
    values = [(f"{name}_geometry", geometry), (f"{name}_x", x), (f"{name}_y", y),
              (f"{name}_dy", dy), (f"{name}_x_grad", x.grad)]
    for part in ("weight", "bias"):
        p = getattr(layer, part, None)
        if p is not None:
            values += [(f"{name}_{part}", p), (f"{name}_{part}_grad", p.grad)]
    return values


def conv(name, layer, x):
    if isinstance(layer, nn.Conv1d):           # height 1
        kh, kw = 1, layer.kernel_size[0]
        sh, sw = 1, layer.stride[0]
        ph, pw = 0, layer.padding[0]
        dh, dw = 1, layer.dilation[0]
    else:
        (kh, kw), (sh, sw) = layer.kernel_size, layer.stride
        (ph, pw), (dh, dw) = layer.padding, layer.dilation
    geometry = [kh, kw, sh, sw, ph, pw, dh, dw, 0, layer.in_channels, layer.out_channels]
    return run(name, layer, x, geometry)


def pool(name, layer, x):
    (kh, kw), (sh, sw), (ph, pw) = pair(layer.kernel_size), pair(layer.stride), pair(layer.padding)
    geometry = [kh, kw, sh, sw, ph, pw, 1, 1, int(layer.ceil_mode)]
    return run(name, layer, x, geometry)


def relu():
    x = torch.tensor([-2.0, -0.0, 0.0, 1e-300, 0.5, -1e-300, 3.0], requires_grad=True)
    y = torch.relu(x)
    dy = torch.randn(y.shape)
    y.backward(dy)
    return [("relu_x", x), ("relu_y", y), ("relu_dy", dy), ("relu_x_grad", x.grad)]


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(7)
    values = conv("conv2d_seed", nn.Conv2d(1, 3, 2, bias=False), torch.tensor([[SEED_X]]))
    values += conv("conv2d_all", nn.Conv2d(3, 4, (3, 2), stride=(2, 1), padding=(1, 1),
                                           dilation=(1, 2)), torch.randn(2, 3, 7, 6))
    values += conv("conv2d_pad", nn.Conv2d(2, 3, 3, stride=2, padding=2, bias=False),
                   torch.randn(3, 2, 5, 5))
    seq = torch.rand(6, 5)                     # 6 positions of 5 features, as rows
    values += conv("conv1d_seed", nn.Conv1d(5, 4, 3), seq.T.unsqueeze(0).contiguous())
    values += conv("conv1d_batch", nn.Conv1d(3, 2, 4, stride=2, padding=1),
                   torch.randn(2, 3, 11))
    x6 = torch.randn(2, 3, 6, 6)
    values += pool("maxpool2", nn.MaxPool2d(2), x6)
    values += pool("avgpool2", nn.AvgPool2d(2), x6)
    x78 = torch.randn(2, 2, 7, 8)
    values += pool("maxpool3ceil", nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True), x78)
    values += pool("avgpool3ceil", nn.AvgPool2d(3, stride=2, padding=1, ceil_mode=True), x78)
    ties = torch.tensor([[[[1.0, 1.0, 2.0], [1.0, 2.0, 2.0], [0.0, 2.0, 2.0]]]])
    values += pool("maxpool_ties", nn.MaxPool2d(2, stride=1), ties)
    values += relu()
    write_fixture(OUT, values, source=__file__,
                  about="chapter 7's layers: forward outputs and gradients from PyTorch")


if __name__ == "__main__":
    main()
