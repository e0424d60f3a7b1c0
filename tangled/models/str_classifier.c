/* str_classifier.c: the string classifier, forward and backward over a batch. */
#include "models/str_classifier.h"

#include "core/mem.h"
#include "core/vec.h"
#include "data/vocab.h"
#include "nn/bce.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/pool.h"

#include <math.h>
#include <string.h>

StrClassifier str_classifier_new(size_t vocab, size_t dim, size_t max_len, size_t max_batch,
                  Randn *g)
{
    StrClassifier m = {.vocab = vocab, .dim = dim, .max_len = max_len,
                .max_batch = max_batch};
    size_t table = params_add(&m.params, "embedding.weight", 2, (size_t[]){vocab, dim});
    size_t w = params_add(&m.params, "linear.weight", 2, (size_t[]){1, dim});
    size_t b = params_add(&m.params, "linear.bias", 1, (size_t[]){1});
    params_alloc(&m.params);
    m.table = params_at(&m.params, table);
    m.w = params_at(&m.params, w);
    m.b = params_at(&m.params, b);
    m.d_table = params_grad_at(&m.params, table);
    m.d_w = params_grad_at(&m.params, w);
    m.d_b = params_grad_at(&m.params, b);
    for (size_t i = 0; i < vocab * dim; i++)
        m.table[i] = randn_next(g);
    memset(&m.table[VOCAB_PAD * dim], 0, dim * sizeof m.table[0]);
    double bound = 1.0 / sqrt((double)dim);
    for (size_t j = 0; j <= dim; j++)          /* w, then b */
        m.w[j] = bound * (2.0 * rng_random(&g->rng) - 1.0);
    m.rows = mem_alloc(max_len * dim, sizeof(double));
    m.d_rows = mem_alloc(max_len * dim, sizeof(double));
    m.pooled = mem_alloc(max_batch * dim, sizeof(double));
    m.d_pooled = mem_alloc(max_batch * dim, sizeof(double));
    m.logits = mem_alloc(max_batch, sizeof(double));
    m.d_logits = mem_alloc(max_batch, sizeof(double));
    return m;
}

void str_classifier_free(StrClassifier *m)
{
    double *blocks[6] = {m->rows, m->d_rows, m->pooled, m->d_pooled,
                         m->logits, m->d_logits};
    for (size_t i = 0; i < 6; i++)
        mem_free(blocks[i]);
    params_free(&m->params);
    memset(m, 0, sizeof *m);
}

double str_classifier_loss(StrClassifier *m, const size_t *ids, const size_t *lens,
                   const double *t, size_t n, bool backward)
{
    const size_t dim = m->dim;
    for (size_t k = 0; k < n; k++) {
        embedding_forward(m->table, m->vocab, dim, &ids[k * m->max_len],
                          lens[k], m->rows);
        pool_mean_forward(m->rows, lens[k], dim, &m->pooled[k * dim]);
    }
    linear_forward(m->pooled, m->w, m->b, n, dim, 1, m->logits);
    double loss = bce_logits_forward(m->logits, t, n);
    if (backward) {
        memset(m->d_logits, 0, n * sizeof m->d_logits[0]);
        memset(m->d_pooled, 0, n * dim * sizeof m->d_pooled[0]);
        bce_logits_backward(m->logits, t, n, m->d_logits);
        linear_backward(m->pooled, m->w, m->d_logits, n, dim, 1, m->d_pooled,
                        m->d_w, m->d_b);
        for (size_t k = 0; k < n; k++) {
            memset(m->d_rows, 0, lens[k] * dim * sizeof m->d_rows[0]);
            pool_mean_backward(&m->d_pooled[k * dim], lens[k], dim, m->d_rows);
            embedding_backward(&ids[k * m->max_len], lens[k], dim, VOCAB_PAD,
                               m->d_rows, m->d_table);
        }
    }
    return loss;
}

double str_classifier_score(const StrClassifier *m, size_t id)
{
    return vec_dot(m->w, &m->table[id * m->dim], m->dim);
}
