/* cell.h: the three recurrent cells behind one interface, for models and
   experiments that compare them: the plain RNN (chapter 5), the LSTM and
   the GRU, each in PyTorch's layout, run from the zero state. */
#ifndef LITNN_CELL_H
#define LITNN_CELL_H

#include "core/params.h"
#include "core/rng.h"
#include "nn/gates.h"

#include <stddef.h>

typedef enum { CELL_RNN, CELL_LSTM, CELL_GRU } CellKind;
enum { CELL_KINDS = 3 };
extern const char *const CELL_NAMES[CELL_KINDS];   /* "rnn", "lstm", "gru" */

typedef struct {
    CellKind kind;
    Recurrent w;          /* 1, 4 or 3 gates */
} Cell;

/* Adds the four parts of a cell of kind, reading in numbers per step with
   hidden units, to the table p, named after the kind as PyTorch names the
   layer of a model's attribute lstm, say ("lstm.weight_ih_l0", ...,
   "lstm.bias_hh_l0"; recurrent_add_params); returns the first's index. */
size_t cell_add_params(Params *p, CellKind kind, size_t in, size_t hidden);
/* The cell of kind whose parts start at part first of p, in block: p->data
   for the parameters, p->grad for their gradients. */
Cell cell_view(const Params *p, CellKind kind, size_t first, double *block);
/* Fills the cell's parameters as PyTorch does: uniform in
   [-1/sqrt(hidden), 1/sqrt(hidden)). */
void cell_init(const Cell *c, Rng *rng);

/* What a forward pass over a batch of at most max_batch sequences of at
   most max_len steps keeps for the backward: with N = max_len max_batch,
   h (N, H), c (N, H) and act (N, 4H). */
typedef struct {
    size_t max_len, max_batch;
    double *h, *c, *act;
} CellCache;

CellCache cell_cache_new(size_t max_len, size_t max_batch, size_t hidden);
void cell_cache_free(CellCache *k);
/* Stops the program with "litnn: error: who: ..." (exit status 1) unless
   the batch s fits the cache k. */
void cell_cache_check(const CellCache *k, const SeqBatch *s, const char *who);
/* x is (T, B, in) for the batch s, which must fit k (cell_cache_check):
   runs the cell from the zero state; the outputs are k->h (T, B, H), 0 at
   padding. */
void cell_forward(const Cell *c, const double *x, const SeqBatch *s, CellCache *k);
/* x, s and k as after cell_forward, dh is (T, B, H): dL/dh[t]. Adds the
   parameters' gradients into g (a cell_view of the gradient block) and
   dL/dx into dx (T, B, in). */
void cell_backward(const Cell *c, const double *x, const SeqBatch *s,
                   const CellCache *k, const double *dh, const Cell *g,
                   double *dx);

#endif
