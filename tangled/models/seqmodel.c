/* seqmodel.c: the embedding-cell-linear model, as language model and as
   classifier. */
#include "models/seqmodel.h"

#include "core/mem.h"
#include "core/vec.h"
#include "nn/bce.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/softmax.h"
#include "optim/clip.h"

#include <math.h>
#include <string.h>

SeqModel seqmodel_new(CellKind kind, size_t vocab, size_t embed, size_t hidden,
                      size_t outputs, size_t max_len, size_t max_batch,
                      Randn *g)
{
    SeqModel m = {.vocab = vocab, .embed = embed, .hidden = hidden,
                  .outputs = outputs, .max_len = max_len, .max_batch = max_batch};
    Params *p = &m.params;
    size_t table = params_add(p, "embedding.weight", 2, (size_t[]){vocab, embed});
    size_t cell = cell_add_params(p, kind, embed, hidden);
    size_t w_out = params_add(p, "linear.weight", 2, (size_t[]){outputs, hidden});
    size_t b_out = params_add(p, "linear.bias", 1, (size_t[]){outputs});
    params_alloc(p);
    m.table = params_at(p, table);
    m.d_table = params_grad_at(p, table);
    m.cell = cell_view(p, kind, cell, p->data);
    m.d_cell = cell_view(p, kind, cell, p->grad);
    m.w_out = params_at(p, w_out);
    m.d_w_out = params_grad_at(p, w_out);
    m.b_out = params_at(p, b_out);
    m.d_b_out = params_grad_at(p, b_out);
    for (size_t i = 0; i < p->part[table].size; i++)
        m.table[i] = randn_next(g);
    cell_init(&m.cell, &g->rng);
    double bound = 1.0 / sqrt((double)hidden);
    for (size_t i = 0; i < outputs * (hidden + 1); i++)     /* V, then b_V */
        m.w_out[i] = bound * (2.0 * rng_random(&g->rng) - 1.0);
    const size_t N = max_len * max_batch;
    m.cache = cell_cache_new(max_len, max_batch, hidden);
    m.steps = mem_alloc(N, sizeof(size_t));
    m.x = mem_alloc(N * embed, sizeof(double));
    m.dx = mem_alloc(N * embed, sizeof(double));
    m.dh = mem_alloc(N * hidden, sizeof(double));
    m.logits = mem_alloc(N * outputs, sizeof(double));
    m.d_logits = mem_alloc(N * outputs, sizeof(double));
    m.last = mem_alloc(max_batch * hidden, sizeof(double));
    m.d_last = mem_alloc(max_batch * hidden, sizeof(double));
    m.losses = mem_alloc(max_batch, sizeof(double));
    return m;
}

void seqmodel_free(SeqModel *m)
{
    double *blocks[8] = {m->x, m->dx, m->dh, m->logits, m->d_logits, m->last,
                         m->d_last, m->losses};
    for (size_t i = 0; i < 8; i++)
        mem_free(blocks[i]);
    params_free(&m->params);
    mem_free(m->steps);
    cell_cache_free(&m->cache);
    memset(m, 0, sizeof *m);
}

/* ids, lens and B as in seqmodel_lm_loss: the states of the cell after
   each id, in m->cache.h (T, B, H). Returns the batch's shape. */
static SeqBatch seqmodel_forward(SeqModel *m, const size_t *const *ids,
                                 const size_t *lens, size_t B)
{
    SeqBatch s = {0, B, lens};
    for (size_t b = 0; b < B; b++)
        s.steps = lens[b] > s.steps ? lens[b] : s.steps;
    seqbatch_check(&s, "seqmodel");
    cell_cache_check(&m->cache, &s, "seqmodel");
    for (size_t t = 0; t < s.steps; t++)
        for (size_t b = 0; b < B; b++)
            m->steps[t * B + b] = t < lens[b] ? ids[b][t] : 0;
    embedding_forward(m->table, m->vocab, m->embed, m->steps, s.steps * B, m->x);
    cell_forward(&m->cell, m->x, &s, &m->cache);
    return s;
}

/* s as seqmodel_forward returned it, m->dh (T, B, H) holds dL/dh: adds the
   gradients of the cell and the table. */
static void seqmodel_backward(SeqModel *m, const SeqBatch *s)
{
    const size_t n = s->steps * s->batch;
    memset(m->dx, 0, n * m->embed * sizeof m->dx[0]);
    cell_backward(&m->cell, m->x, s, &m->cache, m->dh, &m->d_cell, m->dx);
    embedding_backward(m->steps, n, m->embed, EMBEDDING_NO_PADDING, m->dx, m->d_table);
}
double seqmodel_lm_loss(SeqModel *m, const size_t *const *ids,
                        const size_t *lens, size_t B, bool backward)
{
    const size_t K = m->outputs, H = m->hidden;
    const SeqBatch s = seqmodel_forward(m, ids, lens, B);
    const size_t n = s.steps * B;
    linear_forward(m->cache.h, m->w_out, m->b_out, n, H, K, m->logits);
    memset(m->d_logits, 0, n * K * sizeof m->d_logits[0]);
    double mean = 0.0;
    for (size_t b = 0; b < B; b++) {
        const double scale = 1.0 / ((double)lens[b] * (double)B);
        m->losses[b] = 0.0;
        for (size_t t = 0; t < lens[b]; t++) {
            const size_t row = (t * B + b) * K, next = ids[b][t + 1];
            const double *z = &m->logits[row];
            double ce = backward
                ? softmax_cross_entropy_backward(z, K, next, scale, &m->d_logits[row])
                : softmax_cross_entropy(z, K, next);
            m->losses[b] += ce / (double)lens[b];
        }
        mean += m->losses[b] / (double)B;
    }
    if (backward) {
        memset(m->dh, 0, n * H * sizeof m->dh[0]);
        linear_backward(m->cache.h, m->w_out, m->d_logits, n, H, K, m->dh,
                        m->d_w_out, m->d_b_out);
        seqmodel_backward(m, &s);
    }
    return mean;
}

double seqmodel_class_loss(SeqModel *m, const size_t *const *ids,
                           const size_t *lens, size_t B, const size_t *targets,
                           bool backward)
{
    const size_t K = m->outputs, H = m->hidden;
    const SeqBatch s = seqmodel_forward(m, ids, lens, B);
    for (size_t b = 0; b < B; b++)
        memcpy(&m->last[b * H], &m->cache.h[((lens[b] - 1) * B + b) * H],
               H * sizeof m->last[0]);
    linear_forward(m->last, m->w_out, m->b_out, B, H, K, m->logits);
    memset(m->d_logits, 0, B * K * sizeof m->d_logits[0]);
    double mean = 0.0;
    for (size_t b = 0; b < B; b++) {
        const double *z = &m->logits[b * K], t = (double)targets[b];
        if (K == 1) {
            m->losses[b] = bce_logits_forward(z, &t, 1);
            bce_logits_backward(z, &t, 1, &m->d_logits[b]);
        } else {
            m->losses[b] = softmax_cross_entropy_backward(z, K, targets[b], 1.0,
                                                          &m->d_logits[b * K]);
        }
        mean += m->losses[b] / (double)B;
    }
    if (backward) {
        vec_scale(1.0 / (double)B, m->d_logits, B * K);
        memset(m->d_last, 0, B * H * sizeof m->d_last[0]);
        linear_backward(m->last, m->w_out, m->d_logits, B, H, K, m->d_last,
                        m->d_w_out, m->d_b_out);
        memset(m->dh, 0, s.steps * B * H * sizeof m->dh[0]);
        for (size_t b = 0; b < B; b++)
            memcpy(&m->dh[((lens[b] - 1) * B + b) * H], &m->d_last[b * H],
                   H * sizeof m->dh[0]);
        seqmodel_backward(m, &s);
    }
    return mean;
}

void seqmodel_update(SeqModel *m, Optim *opt, double max_norm)
{
    clip_grad_norm(m->params.grad, m->params.size, max_norm);
    optim_step(opt, m->params.data, m->params.grad);
    params_zero_grad(&m->params);
}
