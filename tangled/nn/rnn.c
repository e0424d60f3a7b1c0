/* rnn.c: the recurrent layer, forward and backward through time. */
#include "nn/rnn.h"

#include "core/gemm.h"
#include "core/mem.h"
#include "core/vec.h"
#include "core/vmath.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rnn_forward(const Recurrent *r, const double *x, const SeqBatch *s,
                 size_t x_dim, const double *h0, double *h)
{
    recurrent_check(r, s, x_dim, "rnn_forward");
    if (r->gates != 1) {
        fprintf(stderr, "litnn: error: rnn_forward: a layer of %zu gates\n", r->gates);
        exit(EXIT_FAILURE);
    }
    const size_t H = r->hidden, B = s->batch;
    recurrent_input(r, x, s, h);                       /* U x + b_U */
    GemmPacked w_hh = recurrent_pack_hh(r, false);
    for (size_t t = 0; t < s->steps; t++) {
        double *a = &h[t * B * H];
        const double *prev = t > 0 ? a - B * H : h0;
        if (prev)
            gemm_packed(false, B, 1.0, prev, H, &w_hh, 1.0, a, H);
        for (size_t b = 0; r->b_hh && b < B; b++)
            vec_axpy(1.0, r->b_hh, &a[b * H], H);
        vmath_tanh(a, a, B * H);
        seqbatch_mask(s, t, a, H);
    }
    gemm_packed_free(&w_hh);
}

void rnn_backward(const Recurrent *r, const double *x, const SeqBatch *s,
                  const double *h0, const double *h, const double *dh,
                  size_t k, const Recurrent *g, double *dx, double *dh0)
{
    recurrent_check(r, s, r->in, "rnn_backward");
    const size_t H = r->hidden, B = s->batch, T = s->steps;
    double *da = mem_alloc(T * B * H + 2 * B * H, sizeof da[0]);
    double *carry = da + T * B * H, *step = carry + B * H;
    GemmPacked w_hh = recurrent_pack_hh(r, true);
    if (k == RNN_FULL) {
        for (size_t t = T; t-- > 0;) {
            double *d = &da[t * B * H];
            const double *ht = &h[t * B * H], *dht = &dh[t * B * H];
            for (size_t i = 0; i < B * H; i++)
                d[i] = (dht[i] + carry[i]) * (1.0 - ht[i] * ht[i]);
            seqbatch_mask(s, t, d, H);
            gemm_packed(false, B, 1.0, d, H, &w_hh, 0.0, carry, H);
        }
        if (dh0)
            vec_axpy(1.0, carry, dh0, B * H);
    } else {
        for (size_t t = 0; t < T; t++) {
            memcpy(carry, &dh[t * B * H], B * H * sizeof carry[0]);
            for (size_t u = t;; u--) {
                const double *hu = &h[u * B * H];
                for (size_t i = 0; i < B * H; i++)
                    step[i] = carry[i] * (1.0 - hu[i] * hu[i]);
                seqbatch_mask(s, u, step, H);
                vec_axpy(1.0, step, &da[u * B * H], B * H);
                gemm_packed(false, B, 1.0, step, H, &w_hh, 0.0, carry, H);
                if (u == 0) {
                    if (dh0)
                        vec_axpy(1.0, carry, dh0, B * H);
                    break;
                }
                if (t - u == k)
                    break;
            }
        }
    }
    gemm_packed_free(&w_hh);
    recurrent_backward(r, x, s, h0, h, da, da, g, dx);
    mem_free(da);
}
