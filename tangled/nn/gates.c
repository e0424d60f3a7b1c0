/* gates.c: the stacked affine maps of a gated cell, forward and backward. */
#include "nn/gates.h"

#include "core/gemm.h"
#include "core/vec.h"

#include <string.h>

void gates_hidden(const Recurrent *w, const GemmPacked *w_hh, const double *h,
                  size_t B, double *gh)
{
    const size_t GH = w->gates * w->hidden;
    if (h) {
        gemm_packed(false, B, 1.0, h, w->hidden, w_hh, 0.0, gh, GH);   /* h w_hh^T */
        for (size_t b = 0; w->b_hh && b < B; b++)
            vec_axpy(1.0, w->b_hh, &gh[b * GH], GH);
    } else if (w->b_hh)
        for (size_t b = 0; b < B; b++)
            memcpy(&gh[b * GH], w->b_hh, GH * sizeof gh[0]);
    else
        memset(gh, 0, B * GH * sizeof gh[0]);
}

void gates_concat(const Recurrent *w, size_t rows, double *w_cat, double *b_sum)
{
    const size_t D = w->in, H = w->hidden;
    for (size_t k = 0; k < rows; k++) {
        memcpy(&w_cat[k * (H + D)], &w->w_hh[k * H], H * sizeof w_cat[0]);
        memcpy(&w_cat[k * (H + D) + H], &w->w_ih[k * D], D * sizeof w_cat[0]);
        b_sum[k] = w->b_ih ? w->b_ih[k] + w->b_hh[k] : 0.0;
    }
}

void gates_hidden_backward(const Recurrent *w, const GemmPacked *w_hh,
                           const double *dgh, size_t B, double *dh)
{
    gemm_packed(false, B, 1.0, dgh, w->gates * w->hidden, w_hh, 1.0, dh, w->hidden);
}
