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
                      size_t outputs, size_t max_len, Randn *g)
{
    SeqModel m = {.vocab = vocab, .embed = embed, .hidden = hidden,
                  .outputs = outputs, .max_len = max_len};
    size_t n_table = vocab * embed, n_cell = cell_num_params(kind, embed, hidden);
    m.num_params = n_table + n_cell + outputs * hidden + outputs;
    m.params = mem_alloc(m.num_params, sizeof(double));
    m.grads = mem_alloc(m.num_params, sizeof(double));
    m.table = m.params;
    m.d_table = m.grads;
    m.cell = cell_view(kind, embed, hidden, m.params + n_table);
    m.d_cell = cell_view(kind, embed, hidden, m.grads + n_table);
    m.w_out = m.params + n_table + n_cell;
    m.d_w_out = m.grads + n_table + n_cell;
    m.b_out = m.w_out + outputs * hidden;
    m.d_b_out = m.d_w_out + outputs * hidden;
    for (size_t i = 0; i < n_table; i++)
        m.table[i] = randn_next(g);
    cell_init(&m.cell, &g->rng);
    double bound = 1.0 / sqrt((double)hidden);
    for (size_t i = 0; i < outputs * (hidden + 1); i++)     /* V, then b_V */
        m.w_out[i] = bound * (2.0 * rng_random(&g->rng) - 1.0);
    m.cache = cell_cache_new(max_len, 1, hidden);
    m.x = mem_alloc(max_len * embed, sizeof(double));
    m.dx = mem_alloc(max_len * embed, sizeof(double));
    m.dh = mem_alloc(max_len * hidden, sizeof(double));
    m.logits = mem_alloc(max_len * outputs, sizeof(double));
    m.d_logits = mem_alloc(max_len * outputs, sizeof(double));
    return m;
}

void seqmodel_free(SeqModel *m)
{
    double *blocks[7] = {m->params, m->grads, m->x, m->dx, m->dh, m->logits,
                         m->d_logits};
    for (size_t i = 0; i < 7; i++)
        mem_free(blocks[i]);
    cell_cache_free(&m->cache);
    memset(m, 0, sizeof *m);
}

/* ids is (T): the states of the cell after each id, in m->cache.h. */
static void seqmodel_forward(SeqModel *m, const size_t *ids, size_t T)
{
    const SeqBatch one = seqbatch_one(T);
    embedding_forward(m->table, m->vocab, m->embed, ids, T, m->x);
    cell_forward(&m->cell, m->x, &one, &m->cache);
}

/* ids is (T), m->dh (T, H) holds dL/dh: adds the gradients of the cell and
   the table. */
static void seqmodel_backward(SeqModel *m, const size_t *ids, size_t T)
{
    memset(m->dx, 0, T * m->embed * sizeof m->dx[0]);
    const SeqBatch one = seqbatch_one(T);
    cell_backward(&m->cell, m->x, &one, &m->cache, m->dh, &m->d_cell, m->dx);
    embedding_backward(ids, T, m->embed, EMBEDDING_NO_PADDING, m->dx, m->d_table);
}
double seqmodel_lm_loss(SeqModel *m, const size_t *ids, size_t T, bool backward)
{
    const size_t K = m->outputs, H = m->hidden;
    seqmodel_forward(m, ids, T);
    linear_forward(m->cache.h, m->w_out, m->b_out, T, H, K, m->logits);
    double loss = 0.0;
    for (size_t t = 0; t < T; t++)
        loss += softmax_cross_entropy(&m->logits[t * K], K, ids[t + 1]) / (double)T;
    if (backward) {
        memset(m->d_logits, 0, T * K * sizeof m->d_logits[0]);
        memset(m->dh, 0, T * H * sizeof m->dh[0]);
        for (size_t t = 0; t < T; t++)
            softmax_cross_entropy_backward(&m->logits[t * K], K, ids[t + 1],
                                           1.0 / (double)T, &m->d_logits[t * K]);
        linear_backward(m->cache.h, m->w_out, m->d_logits, T, H, K, m->dh,
                        m->d_w_out, m->d_b_out);
        seqmodel_backward(m, ids, T);
    }
    return loss;
}

double seqmodel_class_loss(SeqModel *m, const size_t *ids, size_t T,
                           size_t target, bool backward)
{
    const size_t K = m->outputs, H = m->hidden;
    const double *last = &m->cache.h[(T - 1) * H];
    const double t = (double)target;
    seqmodel_forward(m, ids, T);
    linear_forward(last, m->w_out, m->b_out, 1, H, K, m->logits);
    double loss = K == 1 ? bce_logits_forward(m->logits, &t, 1)
                         : softmax_cross_entropy(m->logits, K, target);
    if (backward) {
        memset(m->d_logits, 0, K * sizeof m->d_logits[0]);
        memset(m->dh, 0, T * H * sizeof m->dh[0]);
        if (K == 1)
            bce_logits_backward(m->logits, &t, 1, m->d_logits);
        else
            softmax_cross_entropy_backward(m->logits, K, target, 1.0, m->d_logits);
        linear_backward(last, m->w_out, m->d_logits, 1, H, K, &m->dh[(T - 1) * H],
                        m->d_w_out, m->d_b_out);
        seqmodel_backward(m, ids, T);
    }
    return loss;
}

void seqmodel_update(SeqModel *m, Optim *opt, size_t n, double max_norm)
{
    vec_scale(1.0 / (double)n, m->grads, m->num_params);
    clip_grad_norm(m->grads, m->num_params, max_norm);
    optim_step(opt, m->params, m->grads);
    memset(m->grads, 0, m->num_params * sizeof m->grads[0]);
}
