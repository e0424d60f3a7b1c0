"""Reference values for chapter 6's sequence model (chapters/en/06-lstm-gru.nw),
computed with PyTorch in float64: nn.Embedding(7, 4), a cell (nn.RNN,
nn.LSTM or nn.GRU, 4 -> 5, from the zero state) and nn.Linear(5, K).

For each cell, three uses: a language model (K = 7) predicting ids[1:] from
ids[:-1], a binary classifier (K = 1, BCEWithLogitsLoss of the last state's
logit against 1) and a classifier with K = 3 (cross_entropy against class 2),
each with its own random parameters. Writes tests/fixtures/ch06_seqmodel.txt:
  ids                                    the sequence (8)
  <cell>_<use>_params                    all parameters, flattened in the
                                         order table, w_ih, w_hh, b_ih, b_hh,
                                         V, b_V
  <cell>_<use>_loss, <cell>_<use>_grad   the loss and the gradient of every
                                         parameter, in the same order
where <use> is lm, binary or three; and the same for a batch of three
sequences of different lengths (batch_ids (3, 9), each row one sequence,
batch_lens_lm: 8, 3, 6 predictions for the language model, batch_lens_class:
8, 2, 5 ids for the classifiers, batch_binary 1, 0, 1 and batch_three 2, 0, 1 the targets),
whose loss is the mean over the sequences of each one's loss, computed
sequence by sequence: <cell>_<use>_batch_params, _loss, _grad.
Run from the repository root: /usr/bin/python3 tests/reference/ch06_seqmodel.py
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

from _fixture import write_fixture

OUT = "tests/fixtures/ch06_seqmodel.txt"
VOCAB, EMBED, HIDDEN = 7, 4, 5
CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}


def model_parameters(embedding, cell, linear):
    return [embedding.weight, cell.weight_ih_l0, cell.weight_hh_l0, cell.bias_ih_l0,
            cell.bias_hh_l0, linear.weight, linear.bias]


def new_model(cell_name, use):
    """The three layers with fresh random parameters, the list of those
    parameters and their values flattened."""
    outputs = {"lm": VOCAB, "binary": 1, "three": 3}[use]
    embedding = nn.Embedding(VOCAB, EMBED)
    cell = CELLS[cell_name](EMBED, HIDDEN, batch_first=True)
    linear = nn.Linear(HIDDEN, outputs)
    params = model_parameters(embedding, cell, linear)
    return embedding, cell, linear, params, torch.cat([p.detach().flatten() for p in params])


def run(cell_name, use, ids):
    embedding, cell, linear, params, flat = new_model(cell_name, use)
    inputs = ids[:-1] if use == "lm" else ids
    states = cell(embedding(inputs).unsqueeze(0))[0][0]
    if use == "lm":
        loss = F.cross_entropy(linear(states), ids[1:])
    elif use == "binary":
        loss = F.binary_cross_entropy_with_logits(linear(states[-1]), torch.ones(1))
    else:
        loss = F.cross_entropy(linear(states[-1]).unsqueeze(0), torch.tensor([2]))
    loss.backward()
    grad = torch.cat([p.grad.flatten() for p in params])
    name = f"{cell_name}_{use}"
    return [(f"{name}_params", flat), (f"{name}_loss", loss), (f"{name}_grad", grad)]


BATCH_LENS = {"lm": [8, 3, 6], "binary": [8, 2, 5], "three": [8, 2, 5]}
BATCH_TARGETS = {"binary": [1.0, 0.0, 1.0], "three": [2, 0, 1]}


def run_batch(cell_name, use, ids):
    embedding, cell, linear, params, flat = new_model(cell_name, use)
    losses = []
    for b, length in enumerate(BATCH_LENS[use]):
        row = ids[b]
        inputs = row[:length]
        states = cell(embedding(inputs).unsqueeze(0))[0][0]
        if use == "lm":
            losses.append(F.cross_entropy(linear(states), row[1:length + 1]))
        elif use == "binary":
            target = torch.tensor([BATCH_TARGETS[use][b]])
            losses.append(F.binary_cross_entropy_with_logits(linear(states[-1]), target))
        else:
            target = torch.tensor([BATCH_TARGETS[use][b]])
            losses.append(F.cross_entropy(linear(states[-1]).unsqueeze(0), target))
    loss = torch.stack(losses).mean()
    loss.backward()
    grad = torch.cat([p.grad.flatten() for p in params])
    name = f"{cell_name}_{use}_batch"
    return [(f"{name}_params", flat), (f"{name}_loss", loss), (f"{name}_grad", grad)]


def main():
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(6)
    ids = torch.randint(0, VOCAB, (8,))
    values = [("ids", ids)]
    for cell_name in CELLS:
        for use in ("lm", "binary", "three"):
            values += run(cell_name, use, ids)
    batch_ids = torch.randint(0, VOCAB, (3, 9))
    values += [("batch_ids", batch_ids), ("batch_lens_lm", BATCH_LENS["lm"]),
               ("batch_lens_class", BATCH_LENS["binary"]), ("batch_binary", BATCH_TARGETS["binary"]),
               ("batch_three", BATCH_TARGETS["three"])]
    for cell_name in CELLS:
        for use in ("lm", "binary", "three"):
            values += run_batch(cell_name, use, batch_ids)
    write_fixture(OUT, values, source=__file__,
                  about="chapter 6: embedding, cell and linear layer as LM and classifiers")


if __name__ == "__main__":
    main()
