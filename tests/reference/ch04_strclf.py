"""Reference values for chapter 4's string classifier
(chapters/en/04-text-to-vectors.nw), computed with PyTorch in float64.

The model: nn.Embedding(28, 5, padding_idx=0) (ids 0 <pad>, 1 <unk>, 2..27
a..z), the mean of each string's first len vectors (the zero vector for an
empty string), nn.Linear(5, 1), BCEWithLogitsLoss. A batch of six strings
of lengths 0 to 10 (one with an unknown character), padded to 10. Writes
tests/fixtures/ch04_strclf.txt:
  ids, lens, t        the batch: (6, 10), (6), (6)
  table, w, b         the initial parameters (28, 5), (1, 5), (1)
  logits, loss        the forward pass
  table_grad, w_grad, b_grad   the gradients of the loss
  adam_loss           the loss before each of 5 steps of Adam(lr=0.05)
  adam_params         table, w and b after them, flattened in that order
Run from the repository root: /usr/bin/python3 tests/reference/ch04_strclf.py
"""
import torch
import torch.nn as nn

from _fixture import write_fixture

OUT = "tests/fixtures/ch04_strclf.txt"
MAX_LEN = 10
TEXTS = [("abcd", 1.0), ("bcde", 0.0), ("", 0.0), ("q", 0.0),
         ("zzzzyzzzza", 1.0), ("xa?", 1.0)]


def encode(text):
    """The ids of text's characters (a -> 2, ..., z -> 27, else 1), padded with 0."""
    ids = [ord(c) - ord("a") + 2 if "a" <= c <= "z" else 1 for c in text]
    return ids + [0] * (MAX_LEN - len(ids))


class StringClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(28, 5, padding_idx=0)
        self.linear = nn.Linear(5, 1)

    def forward(self, ids, lens):
        rows = self.embedding(ids)
        pooled = torch.stack([rows[k, :n].mean(dim=0) if n > 0 else torch.zeros(5)
                              for k, n in enumerate(lens)])
        return self.linear(pooled).squeeze(1)


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(4)
    model = StringClassifier()
    ids = torch.tensor([encode(s) for s, _ in TEXTS])
    lens = [len(s) for s, _ in TEXTS]
    t = torch.tensor([target for _, target in TEXTS])
    loss_fn = nn.BCEWithLogitsLoss()
    values = [("ids", ids), ("lens", lens), ("t", t),
              ("table", model.embedding.weight.detach().clone()),
              ("w", model.linear.weight.detach().clone()),
              ("b", model.linear.bias.detach().clone())]
    logits = model(ids, lens)
    loss = loss_fn(logits, t)
    loss.backward()
    values += [("logits", logits), ("loss", loss),
               ("table_grad", model.embedding.weight.grad.clone()),
               ("w_grad", model.linear.weight.grad.clone()),
               ("b_grad", model.linear.bias.grad.clone())]
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    losses = []
    for _ in range(5):
        optimizer.zero_grad()
        loss = loss_fn(model(ids, lens), t)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    params = torch.cat([p.detach().flatten() for p in
                        (model.embedding.weight, model.linear.weight, model.linear.bias)])
    values += [("adam_loss", losses), ("adam_params", params)]
    write_fixture(OUT, values, source=__file__,
                  about="chapter 4's string classifier: loss, gradients and Adam steps")


if __name__ == "__main__":
    main()
