/* cell.c: the RNN, the LSTM and the GRU behind one interface. */
#include "nn/cell.h"

#include "core/mem.h"
#include "nn/gru.h"
#include "nn/lstm.h"
#include "nn/rnn.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

const char *const CELL_NAMES[CELL_KINDS] = {"rnn", "lstm", "gru"};
static const size_t GATE_COUNT[CELL_KINDS] = {1, 4, 3};

size_t cell_add_params(Params *p, CellKind kind, size_t in, size_t hidden)
{
    return recurrent_add_params(p, CELL_NAMES[kind], GATE_COUNT[kind], in, hidden);
}

Cell cell_view(const Params *p, CellKind kind, size_t first, double *block)
{
    Cell c = {kind, recurrent_view(p, first, block)};
    return c;
}

void cell_init(const Cell *c, Rng *rng)
{
    const Recurrent *w = &c->w;
    const size_t rows = w->gates * w->hidden;
    double *arrays[4] = {w->w_ih, w->w_hh, w->b_ih, w->b_hh};
    const size_t sizes[4] = {rows * w->in, rows * w->hidden, rows, rows};
    double bound = 1.0 / sqrt((double)w->hidden);
    for (size_t a = 0; a < 4 && arrays[a]; a++)    /* in PyTorch's order */
        for (size_t i = 0; i < sizes[a]; i++)
            arrays[a][i] = bound * (2.0 * rng_random(rng) - 1.0);
}

CellCache cell_cache_new(size_t max_len, size_t max_batch, size_t hidden)
{
    size_t n = max_len * max_batch * hidden;
    CellCache k = {max_len, max_batch, mem_alloc(n, sizeof(double)),
                   mem_alloc(n, sizeof(double)), mem_alloc(4 * n, sizeof(double))};
    return k;
}

void cell_cache_free(CellCache *k)
{
    mem_free(k->h);
    mem_free(k->c);
    mem_free(k->act);
    *k = (CellCache){0, 0, NULL, NULL, NULL};
}

void cell_cache_check(const CellCache *k, const SeqBatch *s, const char *who)
{
    if (s->steps > k->max_len || s->batch > k->max_batch) {
        fprintf(stderr, "litnn: error: %s: a batch of %zu sequences of %zu steps, "
                "the cache holds %zu of %zu\n", who, s->batch, s->steps,
                k->max_batch, k->max_len);
        exit(EXIT_FAILURE);
    }
}

void cell_forward(const Cell *c, const double *x, const SeqBatch *s, CellCache *k)
{
    cell_cache_check(k, s, "cell_forward");
    if (c->kind == CELL_LSTM) {
        lstm_forward(&c->w, x, s, c->w.in, NULL, NULL, k->h, k->c, k->act);
    } else if (c->kind == CELL_GRU) {
        gru_forward(&c->w, x, s, c->w.in, NULL, k->h, k->act);
    } else {
        rnn_forward(&c->w, x, s, c->w.in, NULL, k->h);
    }
}

void cell_backward(const Cell *c, const double *x, const SeqBatch *s,
                   const CellCache *k, const double *dh, const Cell *g,
                   double *dx)
{
    if (c->kind == CELL_LSTM) {
        lstm_backward(&c->w, x, s, NULL, NULL, k->h, k->c, k->act, dh, NULL,
                      &g->w, dx, NULL, NULL);
    } else if (c->kind == CELL_GRU) {
        gru_backward(&c->w, x, s, NULL, k->h, k->act, dh, &g->w, dx, NULL);
    } else {
        rnn_backward(&c->w, x, s, NULL, k->h, dh, RNN_FULL, &g->w, dx, NULL);
    }
}
