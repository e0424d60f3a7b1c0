/* char_rnn.c: the character-level language model, forward and backward. */
#include "models/char_rnn.h"

#include "core/mem.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/softmax.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

CharRnn char_rnn_new(size_t vocab, size_t embed, size_t hidden, size_t max_len,
                     size_t max_batch, Randn *g)
{
    CharRnn m = {.vocab = vocab, .embed = embed, .hidden = hidden,
                 .max_len = max_len, .max_batch = max_batch};
    Params *p = &m.params;
    size_t table = params_add(p, "embedding.weight", 2, (size_t[]){vocab, embed});
    size_t rnn = recurrent_add_params(p, "rnn", 1, embed, hidden);
    size_t w_out = params_add(p, "linear.weight", 2, (size_t[]){vocab, hidden});
    size_t b_out = params_add(p, "linear.bias", 1, (size_t[]){vocab});
    params_alloc(p);
    m.table = params_at(p, table);
    m.d_table = params_grad_at(p, table);
    m.rnn = recurrent_view(p, rnn, p->data);
    m.d_rnn = recurrent_view(p, rnn, p->grad);
    m.w_out = params_at(p, w_out);
    m.d_w_out = params_grad_at(p, w_out);
    m.b_out = params_at(p, b_out);
    m.d_b_out = params_grad_at(p, b_out);
    const size_t n_table = p->part[table].size;
    for (size_t i = 0; i < n_table; i++)
        m.table[i] = randn_next(g);
    double bound = 1.0 / sqrt((double)hidden);
    for (size_t i = n_table; i < m.params.size; i++)
        m.params.data[i] = bound * (2.0 * rng_random(&g->rng) - 1.0);
    const size_t N = max_len * max_batch;
    m.steps = mem_alloc(N, sizeof(size_t));
    m.x = mem_alloc(N * embed, sizeof(double));
    m.dx = mem_alloc(N * embed, sizeof(double));
    m.h = mem_alloc(N * hidden, sizeof(double));
    m.dh = mem_alloc(N * hidden, sizeof(double));
    m.logits = mem_alloc(N * vocab, sizeof(double));
    m.d_logits = mem_alloc(N * vocab, sizeof(double));
    m.h0 = mem_alloc(max_batch * hidden, sizeof(double));
    m.dh0 = mem_alloc(max_batch * hidden, sizeof(double));
    return m;
}

void char_rnn_free(CharRnn *m)
{
    double *blocks[8] = {m->x, m->h, m->logits, m->dx, m->dh, m->d_logits,
                         m->h0, m->dh0};
    for (size_t i = 0; i < 8; i++)
        mem_free(blocks[i]);
    mem_free(m->steps);
    params_free(&m->params);
    memset(m, 0, sizeof *m);
}

double char_rnn_loss(CharRnn *m, const size_t *const *ids, size_t B, size_t T,
                     double *state, bool backward, size_t k)
{
    const size_t V = m->vocab, E = m->embed, H = m->hidden, n = T * B;
    const SeqBatch s = {T, B, NULL};
    seqbatch_check(&s, "char_rnn_loss");
    if (T > m->max_len || B > m->max_batch) {
        fprintf(stderr, "litnn: error: char_rnn_loss: %zu stretches of %zu, the model "
                "holds %zu of %zu\n", B, T, m->max_batch, m->max_len);
        exit(EXIT_FAILURE);
    }
    for (size_t t = 0; t < T; t++)            /* time-major: row t B + b */
        for (size_t b = 0; b < B; b++)
            m->steps[t * B + b] = ids[b][t];
    memcpy(m->h0, state, B * H * sizeof state[0]);
    embedding_forward(m->table, V, E, m->steps, n, m->x);
    rnn_forward(&m->rnn, m->x, &s, E, m->h0, m->h);
    linear_forward(m->h, m->w_out, m->b_out, n, H, V, m->logits);
    double loss = 0.0;
    if (backward) {
        memset(m->d_logits, 0, n * V * sizeof m->d_logits[0]);
        memset(m->dh, 0, n * H * sizeof m->dh[0]);
        memset(m->dx, 0, n * E * sizeof m->dx[0]);
        memset(m->dh0, 0, B * H * sizeof m->dh0[0]);
    }
    for (size_t t = 0; t < T; t++)
        for (size_t b = 0; b < B; b++) {
            const double *z = &m->logits[(t * B + b) * V];
            loss += backward
                ? softmax_cross_entropy_backward(z, V, ids[b][t + 1], 1.0 / (double)n,
                                                 &m->d_logits[(t * B + b) * V])
                : softmax_cross_entropy(z, V, ids[b][t + 1]);
        }
    if (backward) {
        linear_backward(m->h, m->w_out, m->d_logits, n, H, V, m->dh,
                        m->d_w_out, m->d_b_out);
        rnn_backward(&m->rnn, m->x, &s, m->h0, m->h, m->dh, k, &m->d_rnn,
                     m->dx, m->dh0);
        embedding_backward(m->steps, n, E, EMBEDDING_NO_PADDING, m->dx, m->d_table);
    }
    memcpy(state, &m->h[(T - 1) * B * H], B * H * sizeof state[0]);
    return loss / (double)n;
}

void char_rnn_step(CharRnn *m, size_t id, double *state, double *p)
{
    const size_t V = m->vocab, E = m->embed, H = m->hidden;
    embedding_forward(m->table, V, E, &id, 1, m->x);
    const SeqBatch one = seqbatch_one(1);
    rnn_forward(&m->rnn, m->x, &one, E, state, m->h);
    memcpy(state, m->h, H * sizeof state[0]);
    linear_forward(state, m->w_out, m->b_out, 1, H, V, m->logits);
    softmax(m->logits, V, p);
}
