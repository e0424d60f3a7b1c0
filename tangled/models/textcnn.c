/* textcnn.c: TextCNN, forward and backward. */
#include "models/textcnn.h"

#include "core/mem.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/pool.h"
#include "nn/relu.h"
#include "nn/softmax.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The parts of m->params, in the order textcnn_new adds them. */
enum { EMBEDDING = 0 };   /* then convs.<j>.weight at 1 + 2 j, its bias after it */
static size_t fc_weight(const TextCnn *m)
{
    return 1 + 2 * m->s.widths;
}

/* The number of outputs of convolution j: L - k_j + 1. */
static size_t conv_out(const TextCnn *m, size_t j)
{
    return m->conv[j].w.out;
}

/* Draws the count numbers at p uniformly in [-bound, bound). */
static void textcnn_uniform(Rng *rng, double *p, size_t count, double bound)
{
    for (size_t k = 0; k < count; k++)
        p[k] = bound * (2.0 * rng_random(rng) - 1.0);
}

static void textcnn_check(const TextCnnShape *s)
{
    bool ok = s->vocab > 1 && s->embed > 0 && s->filters > 0 && s->classes > 0
              && s->widths > 0 && s->widths <= TEXTCNN_MAX_WIDTHS && dropout_valid(s->dropout);
    for (size_t j = 0; ok && j < s->widths; j++)
        ok = s->width[j] > 0 && s->width[j] <= s->len;
    if (!ok) {
        fprintf(stderr, "litnn: error: textcnn_new: a TextCNN needs at least 2 words, 1 to %d "
                        "widths from 1 to L = %zu, filters, classes and a dropout in [0, 1)\n",
                TEXTCNN_MAX_WIDTHS, s->len);
        exit(1);
    }
}

TextCnn textcnn_new(const TextCnnShape *s, size_t max_batch, Randn *g)
{
    textcnn_check(s);
    TextCnn m = {.s = *s, .max_batch = max_batch, .features = s->widths * s->filters};
    const size_t V = s->vocab, E = s->embed, F = s->filters, L = s->len, B = max_batch;
    params_add(&m.params, "embedding.weight", 2, (size_t[]){V, E});
    size_t y_size = 0, longest = 0;
    for (size_t j = 0; j < s->widths; j++) {
        char name[PARAMS_NAME_SIZE];
        snprintf(name, sizeof name, "convs.%zu.weight", j);
        params_add(&m.params, name, 3, (size_t[]){F, E, s->width[j]});
        snprintf(name, sizeof name, "convs.%zu.bias", j);
        params_add(&m.params, name, 1, (size_t[]){F});
        m.conv[j] = conv1d_layer(E, F, window_along(L, s->width[j], 1, 0, 1, false, "textcnn"));
        y_size += B * F * conv_out(&m, j);
        longest = conv_out(&m, j) > longest ? conv_out(&m, j) : longest;
    }
    params_add(&m.params, "fc.weight", 2, (size_t[]){s->classes, m.features});
    params_add(&m.params, "fc.bias", 1, (size_t[]){s->classes});
    params_alloc(&m.params);
    double *table = params_at(&m.params, EMBEDDING);
    for (size_t i = E; i < V * E; i++)
        table[i] = randn_next(g);
    for (size_t part = 1; part < m.params.count; part += 2) {
        const ParamPart *w = &m.params.part[part];
        const double bound = 1.0 / sqrt((double)(w->size / w->shape[0]));
        textcnn_uniform(&g->rng, params_at(&m.params, part), w->size, bound);
        textcnn_uniform(&g->rng, params_at(&m.params, part + 1), w->shape[0], bound);
    }
    m.rows = mem_alloc(B * L * E, sizeof(double));
    m.x = mem_alloc(B * E * L, sizeof(double));
    m.dx = mem_alloc(B * E * L, sizeof(double));
    m.y = mem_alloc(y_size, sizeof(double));
    m.dy = mem_alloc(B * F * longest, sizeof(double));
    m.arg = mem_alloc(s->widths * B * F, sizeof(size_t));
    m.pooled = mem_alloc(4 * B * m.features, sizeof(double));
    m.mask = m.pooled + B * m.features;
    m.kept = m.mask + B * m.features;
    m.d_kept = m.kept + B * m.features;
    m.logits = mem_alloc(2 * B * s->classes, sizeof(double));
    m.d_logits = m.logits + B * s->classes;
    return m;
}

void textcnn_free(TextCnn *m)
{
    params_free(&m->params);
    mem_free(m->rows);
    mem_free(m->x);
    mem_free(m->dx);
    mem_free(m->y);
    mem_free(m->dy);
    mem_free(m->arg);
    mem_free(m->pooled);
    mem_free(m->logits);
    *m = (TextCnn){0};
}

/* a is (n, r, c), b is (n, c, r): b = a with its last two axes swapped. */
static void transpose_batch(const double *a, size_t n, size_t r, size_t c, double *b)
{
    for (size_t e = 0; e < n; e++)
        for (size_t i = 0; i < r; i++)
            for (size_t j = 0; j < c; j++)
                b[(e * c + j) * r + i] = a[(e * r + i) * c + j];
}

const double *textcnn_forward(TextCnn *m, const size_t *ids, size_t n, Rng *rng)
{
    if (n == 0 || n > m->max_batch) {
        fprintf(stderr, "litnn: error: textcnn_forward: a batch of %zu for a TextCNN "
                        "allocated for batches of 1 to %zu\n", n, m->max_batch);
        exit(1);
    }
    const size_t E = m->s.embed, L = m->s.len, F = m->s.filters, J = m->features;
    m->ids = ids;
    embedding_forward(params_at(&m->params, EMBEDDING), m->s.vocab, E, ids, n * L, m->rows);
    transpose_batch(m->rows, n, L, E, m->x);                  /* (n, L, E) to (n, E, L) */
    double *y = m->y;
    for (size_t j = 0; j < m->s.widths; j++) {
        const size_t out = conv_out(m, j);
        conv2d_forward(&m->conv[j], n, m->x, params_at(&m->params, 1 + 2 * j),
                       params_at(&m->params, 2 + 2 * j), y);
        relu_forward(y, n * F * out, y);
        Pool1d over_time;
        pool1d_init(&over_time, out, out, 1);
        double *maxima = m->d_kept;                           /* (n F), for now */
        pool1d_max_forward(&over_time, y, n * F, maxima, &m->arg[j * m->max_batch * F]);
        for (size_t b = 0; b < n; b++)                        /* into (n, widths F) */
            memcpy(&m->pooled[b * J + j * F], &maxima[b * F], F * sizeof maxima[0]);
        y += m->max_batch * F * out;
    }
    if (rng)
        dropout_mask(rng, m->s.dropout, m->mask, n * J);
    else
        for (size_t i = 0; i < n * J; i++)
            m->mask[i] = 1.0;
    dropout_forward(m->pooled, m->mask, n * J, m->kept);
    const size_t fc = fc_weight(m);
    linear_forward(m->kept, params_at(&m->params, fc), params_at(&m->params, fc + 1), n, J,
                   m->s.classes, m->logits);
    return m->logits;
}

double textcnn_loss(TextCnn *m, const size_t *t, size_t n, bool backward)
{
    const size_t K = m->s.classes, E = m->s.embed, L = m->s.len, F = m->s.filters;
    const size_t J = m->features, fc = fc_weight(m);
    double loss = 0.0;
    memset(m->d_logits, 0, n * K * sizeof m->d_logits[0]);
    for (size_t b = 0; b < n; b++)
        loss += backward ? softmax_cross_entropy_backward(&m->logits[b * K], K, t[b],
                                                          1.0 / (double)n, &m->d_logits[b * K])
                         : softmax_cross_entropy(&m->logits[b * K], K, t[b]);
    if (!backward)
        return loss / (double)n;
    memset(m->d_kept, 0, n * J * sizeof m->d_kept[0]);
    linear_backward(m->kept, params_at(&m->params, fc), m->d_logits, n, J, K, m->d_kept,
                    params_grad_at(&m->params, fc), params_grad_at(&m->params, fc + 1));
    double *d_pooled = m->pooled;                             /* pooled is spent */
    memset(d_pooled, 0, n * J * sizeof d_pooled[0]);
    dropout_backward(m->d_kept, m->mask, n * J, d_pooled);
    memset(m->dx, 0, n * E * L * sizeof m->dx[0]);
    double *y = m->y;
    for (size_t j = 0; j < m->s.widths; j++) {
        const size_t out = conv_out(m, j);
        Pool1d over_time;
        pool1d_init(&over_time, out, out, 1);
        double *d_maxima = m->d_kept;                         /* (n F): d_kept is spent */
        for (size_t b = 0; b < n; b++)
            memcpy(&d_maxima[b * F], &d_pooled[b * J + j * F], F * sizeof d_maxima[0]);
        memset(m->dy, 0, n * F * out * sizeof m->dy[0]);
        pool1d_max_backward(&over_time, d_maxima, &m->arg[j * m->max_batch * F], n * F, m->dy);
        for (size_t i = 0; i < n * F * out; i++)              /* through the rectifier */
            m->dy[i] = y[i] > 0.0 ? m->dy[i] : 0.0;
        conv2d_backward(&m->conv[j], n, m->x, params_at(&m->params, 1 + 2 * j), m->dy, m->dx,
                        params_grad_at(&m->params, 1 + 2 * j),
                        params_grad_at(&m->params, 2 + 2 * j));
        y += m->max_batch * F * out;
    }
    transpose_batch(m->dx, n, E, L, m->rows);                 /* (n, E, L) to (n, L, E) */
    embedding_backward(m->ids, n * L, E, 0, m->rows, params_grad_at(&m->params, EMBEDDING));
    return loss / (double)n;
}
