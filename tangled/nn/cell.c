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

size_t cell_num_params(CellKind kind, size_t in, size_t hidden)
{
    return GATE_COUNT[kind] * hidden * (in + hidden + 2);
}

Cell cell_view(CellKind kind, size_t in, size_t hidden, double *block)
{
    size_t rows = GATE_COUNT[kind] * hidden;
    Cell c = {kind, {in, hidden, GATE_COUNT[kind], block, block + rows * in,
                     block + rows * (in + hidden), block + rows * (in + hidden + 1)}};
    return c;
}

size_t cell_add_params(Params *p, CellKind kind, size_t in, size_t hidden)
{
    const size_t rows = GATE_COUNT[kind] * hidden;
    const size_t shapes[4][2] = {{rows, in}, {rows, hidden}, {rows}, {rows}};
    const char *parts[4] = {"weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"};
    size_t first = p->count;
    for (size_t i = 0; i < 4; i++) {
        char name[PARAMS_NAME_SIZE];
        snprintf(name, sizeof name, "%s.%s", CELL_NAMES[kind], parts[i]);
        params_add(p, name, i < 2 ? 2 : 1, shapes[i]);
    }
    return first;
}

void cell_init(const Cell *c, Rng *rng)
{
    double bound = 1.0 / sqrt((double)c->w.hidden);
    size_t n = cell_num_params(c->kind, c->w.in, c->w.hidden);
    for (size_t i = 0; i < n; i++)                 /* the block starts at w_ih */
        c->w.w_ih[i] = bound * (2.0 * rng_random(rng) - 1.0);
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

static Rnn as_rnn(const Gates *w)
{
    Rnn r = {w->in, w->hidden, w->w_ih, w->w_hh, w->b_ih, w->b_hh};
    return r;
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
        Rnn r = as_rnn(&c->w);
        rnn_forward(&r, x, s, NULL, k->h);
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
        Rnn r = as_rnn(&c->w), gr = as_rnn(&g->w);
        rnn_backward(&r, x, s, NULL, k->h, dh, RNN_FULL, &gr, dx, NULL);
    }
}
