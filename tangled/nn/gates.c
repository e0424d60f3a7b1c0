/* gates.c: the stacked affine maps of a gated cell, forward and backward. */
#include "nn/gates.h"

#include "core/vec.h"

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

void gates_forward(const Gates *w, const double *x, const double *h,
                   double *gi, double *gh)
{
    const size_t D = w->in, H = w->hidden;
    for (size_t k = 0; k < w->gates * H; k++) {
        gi[k] = vec_dot(&w->w_ih[k * D], x, D) + w->b_ih[k];
        gh[k] = (h ? vec_dot(&w->w_hh[k * H], h, H) : 0.0) + w->b_hh[k];
    }
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

void gates_backward(const Gates *w, const double *x, const double *h,
                    const double *dgi, const double *dgh, const Gates *g,
                    double *dx, double *dh)
{
    const size_t D = w->in, H = w->hidden;
    for (size_t k = 0; k < w->gates * H; k++) {
        vec_axpy(dgi[k], x, &g->w_ih[k * D], D);          /* dW_ih += dgi x^T */
        if (h)
            vec_axpy(dgh[k], h, &g->w_hh[k * H], H);      /* dW_hh += dgh h^T */
        g->b_ih[k] += dgi[k];
        g->b_hh[k] += dgh[k];
        if (dx)
            vec_axpy(dgi[k], &w->w_ih[k * D], dx, D);     /* dx += W_ih^T dgi */
        vec_axpy(dgh[k], &w->w_hh[k * H], dh, H);         /* dh += W_hh^T dgh */
    }
}
