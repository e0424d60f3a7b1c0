/* gates.c: the stacked affine maps of a gated cell, forward and backward. */
#include "nn/gates.h"

#include "core/gemm.h"
#include "nn/linear.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gates_check_input(const Gates *w, size_t x_dim, const char *who)
{
    if (x_dim != w->in) {
        fprintf(stderr, "litnn: error: %s: the input has %zu numbers per step, "
                "the layer reads %zu\n", who, x_dim, w->in);
        exit(EXIT_FAILURE);
    }
}

void gates_input(const Gates *w, const double *x, const SeqBatch *s, double *gi)
{
    linear_forward(x, w->w_ih, w->b_ih, s->steps * s->batch, w->in,
                   w->gates * w->hidden, gi);
}

void gates_hidden(const Gates *w, const double *h, size_t B, double *gh)
{
    const size_t GH = w->gates * w->hidden;
    if (h)
        linear_forward(h, w->w_hh, w->b_hh, B, w->hidden, GH, gh);
    else
        for (size_t b = 0; b < B; b++)
            memcpy(&gh[b * GH], w->b_hh, GH * sizeof gh[0]);
}

void gates_concat(const Gates *w, size_t rows, double *w_cat, double *b_sum)
{
    const size_t D = w->in, H = w->hidden;
    for (size_t k = 0; k < rows; k++) {
        memcpy(&w_cat[k * (H + D)], &w->w_hh[k * H], H * sizeof w_cat[0]);
        memcpy(&w_cat[k * (H + D) + H], &w->w_ih[k * D], D * sizeof w_cat[0]);
        b_sum[k] = w->b_ih[k] + w->b_hh[k];
    }
}

void gates_hidden_backward(const Gates *w, const double *dgh, size_t B,
                           double *dh)
{
    const size_t H = w->hidden;
    gemm(false, false, B, H, w->gates * H, 1.0, dgh, w->gates * H, w->w_hh, H,
         1.0, dh, H);
}

void gates_backward(const Gates *w, const double *x, const SeqBatch *s,
                    const double *h0, const double *h, const double *dgi,
                    const double *dgh, const Gates *g, double *dx)
{
    const size_t H = w->hidden, B = s->batch, T = s->steps, GH = w->gates * H;
    linear_backward(x, w->w_ih, dgi, T * B, w->in, GH, dx, g->w_ih, g->b_ih);
    linear_backward(h, w->w_hh, &dgh[B * GH], (T - 1) * B, H, GH, NULL, g->w_hh,
                    g->b_hh);                          /* steps 1 .. T-1 */
    linear_backward(h0, w->w_hh, dgh, B, H, GH, NULL, h0 ? g->w_hh : NULL,
                    g->b_hh);                          /* step 0, from h0 */
}
