"""Reference values for chapter 3's worked example (chapters/en/03-optimizers.nw),
computed with PyTorch in float64.

The example of the source text: one nn.Linear(2, 2, bias=False) drawn after
torch.manual_seed(0), a sigmoid, the mean-squared-error loss, x = [-0.5, 0.1],
y = [0.1, 0.2]; then one step of SGD (lr 0.1) and, from the same weights, one
step of Adam (PyTorch's defaults). Writes tests/fixtures/ch03_backprop.txt:
  x, y            the input and the target, (2)
  weight          the layer's weight, (out, in) = (2, 2)
  activation      sigmoid(weight x), (2)
  loss            the mean squared error, a scalar
  weight_grad     d loss / d weight from loss.backward(), (2, 2)
  weight_sgd      weight after SGD(lr=0.1).step()
  weight_adam     weight after Adam().step()
Run from the repository root: /usr/bin/python3 tests/reference/ch03_backprop.py
"""
import torch
import torch.nn as nn

from _fixture import write_fixture

OUT = "tests/fixtures/ch03_backprop.txt"


class TorchModel(nn.Module):
    """The source text's model: a linear layer without bias, a sigmoid, MSE."""

    def __init__(self, hidden_size):
        super().__init__()
        self.layer = nn.Linear(hidden_size, hidden_size, bias=False)

    def forward(self, x, y):
        y_pred = torch.sigmoid(self.layer(x))
        return y_pred, nn.functional.mse_loss(y_pred, y)


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    model = TorchModel(2)
    weight = model.layer.weight.detach().clone()
    x = torch.tensor([[-0.5, 0.1]])      # a batch of one: (1, 2)
    y = torch.tensor([[0.1, 0.2]])
    activation, loss = model(x, y)
    loss.backward()
    grad = model.layer.weight.grad.detach().clone()

    torch.optim.SGD(model.parameters(), lr=0.1).step()
    weight_sgd = model.layer.weight.detach().clone()

    with torch.no_grad():
        model.layer.weight.copy_(weight)
    model.layer.weight.grad = grad.clone()
    torch.optim.Adam(model.parameters()).step()
    weight_adam = model.layer.weight.detach().clone()

    write_fixture(OUT, [
        ("x", x[0]), ("y", y[0]), ("weight", weight),
        ("activation", activation[0]), ("loss", loss),
        ("weight_grad", grad), ("weight_sgd", weight_sgd),
        ("weight_adam", weight_adam),
    ], source=__file__, about="chapter 3's worked example: linear (no bias), sigmoid, MSE")


if __name__ == "__main__":
    main()
