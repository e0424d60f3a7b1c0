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
    Gates w;              /* 1, 4 or 3 gates */
} Cell;

/* The number of parameters of a cell of kind reading in numbers per step
   with hidden units: G hidden (in + hidden + 2). */
size_t cell_num_params(CellKind kind, size_t in, size_t hidden);
/* A cell whose parameters are block (cell_num_params numbers): w_ih, w_hh,
   b_ih, b_hh one after the other. */
Cell cell_view(CellKind kind, size_t in, size_t hidden, double *block);
/* Adds those four parts to the table p under PyTorch's names for a module
   attribute named after the kind ("lstm.weight_ih_l0", "lstm.weight_hh_l0",
   "lstm.bias_ih_l0", "lstm.bias_hh_l0"); returns the index of the first. */
size_t cell_add_params(Params *p, CellKind kind, size_t in, size_t hidden);
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
