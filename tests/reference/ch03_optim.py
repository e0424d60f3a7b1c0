"""Reference trajectories of torch.optim for chapter 3's optimizers
(chapters/en/03-optimizers.nw), in float64.

Every optimizer minimises the Rosenbrock function in N = 6 dimensions,
    f(x) = sum_i 100 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2,   i = 0 .. N-2,
from the same start (uniform in [-1, 1), torch.manual_seed(0)), for STEPS
steps. The gradient is the closed form that the chapter's C code uses, written
with the same operations in the same order, so both sides feed their
optimizer the same numbers and only the optimizers are compared.

Writes tests/fixtures/ch03_optim.txt:
  start           the starting point, (N)
  <spec>          the parameters after every step, (STEPS, N), where <spec>
                  is the optimizer as the C function optim_config_parse reads
                  it, e.g. "adam:lr=0.01,beta1=0.8"
Run from the repository root: /usr/bin/python3 tests/reference/ch03_optim.py
"""
import torch

from _fixture import write_fixture

OUT = "tests/fixtures/ch03_optim.txt"
N, STEPS = 6, 200
SPECS = [
    "sgd:lr=0.0005",
    "sgd:lr=0.0005,momentum=0.9",
    "sgd:lr=0.0005,momentum=0.9,nesterov=1",
    "sgd:lr=0.0005,momentum=0.5,weight_decay=0.1",
    "rmsprop:lr=0.001",
    "rmsprop:lr=0.0003,alpha=0.9,eps=1e-06,weight_decay=0.01",
    "adam:lr=0.01",
    "adam:lr=0.05,beta1=0.8,beta2=0.99,weight_decay=0.01",
    "adamw:lr=0.01,weight_decay=0.1",
]
CLASSES = {"sgd": torch.optim.SGD, "rmsprop": torch.optim.RMSprop,
           "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}


def optimizer(spec, params):
    """torch.optim's optimizer for a spec "name:key=value,...": the C keys
    beta1 and beta2 are PyTorch's betas, nesterov is 0 or 1."""
    name, _, rest = spec.partition(":")
    kwargs = {}
    for item in filter(None, rest.split(",")):
        key, value = item.split("=")
        kwargs[key] = bool(int(value)) if key == "nesterov" else float(value)
    if "beta1" in kwargs or "beta2" in kwargs:
        kwargs["betas"] = (kwargs.pop("beta1", 0.9), kwargs.pop("beta2", 0.999))
    if name == "sgd":
        kwargs.setdefault("lr", 1e-3)
    return CLASSES[name](params, **kwargs)


def rosenbrock_grad(x):
    """The gradient of f, term by term as objective_rosenbrock computes it."""
    g = torch.zeros_like(x)
    for i in range(N - 1):
        d = x[i + 1] - x[i] * x[i]
        g[i] = g[i] + (-400.0 * x[i] * d - 2.0 * (1.0 - x[i]))
        g[i + 1] = g[i + 1] + 200.0 * d
    return g


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(0)
    start = 2.0 * torch.rand(N) - 1.0
    tensors = [("start", start)]
    for spec in SPECS:
        x = start.clone().requires_grad_(True)
        opt = optimizer(spec, [x])
        path = torch.empty(STEPS, N)
        for t in range(STEPS):
            x.grad = rosenbrock_grad(x.detach())
            opt.step()
            path[t] = x.detach()
        if not torch.isfinite(path).all():
            raise SystemExit(f"{spec} diverged")
        tensors.append((spec, path))
    write_fixture(OUT, tensors, source=__file__,
                  about=f"torch.optim on the {N}-dimensional Rosenbrock function, {STEPS} steps")


if __name__ == "__main__":
    main()
