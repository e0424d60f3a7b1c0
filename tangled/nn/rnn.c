/* rnn.c: the recurrent layer, forward and backward through time. */
#include "nn/rnn.h"

#include "core/mem.h"
#include "core/vec.h"

#include <math.h>
#include <string.h>

void rnn_forward(const Rnn *r, const double *x, size_t T, const double *h0,
                 double *h)
{
    const size_t H = r->hidden;
    for (size_t t = 0; t < T; t++) {
        const double *prev = t > 0 ? &h[(t - 1) * H] : h0;
        for (size_t i = 0; i < H; i++) {
            double a = vec_dot(&r->w_ih[i * r->in], &x[t * r->in], r->in);
            if (prev)
                a += vec_dot(&r->w_hh[i * H], prev, H);
            if (r->b_ih)
                a += r->b_ih[i] + r->b_hh[i];
            h[t * H + i] = tanh(a);
        }
    }
}

/* da is (hidden): dL/da at step s, whose input is x_s (in) and previous
   state h_prev (hidden, NULL for zeros). Adds the step's part of the
   gradients into g and dx_s (in, unless NULL); sets d_prev (hidden) to
   W^T da. */
static void rnn_step_backward(const Rnn *r, const double *x_s,
                              const double *h_prev, const double *da,
                              const Rnn *g, double *dx_s, double *d_prev)
{
    const size_t H = r->hidden, D = r->in;
    memset(d_prev, 0, H * sizeof d_prev[0]);
    for (size_t i = 0; i < H; i++) {
        vec_axpy(da[i], x_s, &g->w_ih[i * D], D);            /* dU += da x^T */
        if (h_prev)
            vec_axpy(da[i], h_prev, &g->w_hh[i * H], H);     /* dW += da h^T */
        if (g->b_ih) {
            g->b_ih[i] += da[i];
            g->b_hh[i] += da[i];
        }
        if (dx_s)
            vec_axpy(da[i], &r->w_ih[i * D], dx_s, D);       /* dx += U^T da */
        vec_axpy(da[i], &r->w_hh[i * H], d_prev, H);         /* W^T da */
    }
}
void rnn_backward(const Rnn *r, const double *x, size_t T, const double *h0,
                  const double *h, const double *dh, size_t k, const Rnn *g,
                  double *dx, double *dh0)
{
    const size_t H = r->hidden, D = r->in;
    double *carry = mem_alloc(2 * H, sizeof carry[0]), *da = carry + H;
    if (k == RNN_FULL) {
        memset(carry, 0, H * sizeof carry[0]);
        for (size_t s = T; s-- > 0;) {
            for (size_t i = 0; i < H; i++)
                da[i] = (dh[s * H + i] + carry[i]) * (1.0 - h[s * H + i] * h[s * H + i]);
            rnn_step_backward(r, &x[s * D], s > 0 ? &h[(s - 1) * H] : h0, da, g,
                              dx ? &dx[s * D] : NULL, carry);
        }
        if (dh0)
            vec_axpy(1.0, carry, dh0, H);
    } else {
        for (size_t t = 0; t < T; t++) {
            memcpy(carry, &dh[t * H], H * sizeof carry[0]);
            for (size_t s = t;; s--) {
                for (size_t i = 0; i < H; i++)
                    da[i] = carry[i] * (1.0 - h[s * H + i] * h[s * H + i]);
                rnn_step_backward(r, &x[s * D], s > 0 ? &h[(s - 1) * H] : h0, da, g,
                                  dx ? &dx[s * D] : NULL, carry);
                if (s == 0) {
                    if (dh0)
                        vec_axpy(1.0, carry, dh0, H);
                    break;
                }
                if (t - s == k)
                    break;
            }
        }
    }
    mem_free(carry);
}
