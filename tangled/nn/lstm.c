/* lstm.c: the LSTM layer, forward and backward through time. */
#include "nn/lstm.h"

#include "core/mem.h"
#include "core/vec.h"
#include "core/vmath.h"

#include <string.h>

/* a is (4H): one step's pre-activations, replaced by the values of the
   gates i, f, g, o; c_prev is (H) or NULL for zeros. Writes c and h (H). */
static void lstm_cell(double *a, const double *c_prev, size_t H, double *c,
                      double *h)
{
    vmath_sigmoid(a, a, 2 * H);                      /* i, f */
    vmath_tanh(&a[2 * H], &a[2 * H], H);             /* g */
    vmath_sigmoid(&a[3 * H], &a[3 * H], H);          /* o */
    for (size_t j = 0; j < H; j++)
        c[j] = a[H + j] * (c_prev ? c_prev[j] : 0.0) + a[j] * a[2 * H + j];
    vmath_tanh(c, h, H);
    for (size_t j = 0; j < H; j++)
        h[j] *= a[3 * H + j];
}

void lstm_forward(const Recurrent *w, const double *x, const SeqBatch *s,
                  size_t x_dim, const double *h0, const double *c0, double *h,
                  double *c, double *act)
{
    recurrent_check(w, s, x_dim, "lstm_forward");
    const size_t H = w->hidden, B = s->batch, BH = B * H;
    double *gh = mem_alloc(B * 4 * H, sizeof gh[0]);
    GemmPacked w_hh = recurrent_pack_hh(w, false);
    recurrent_input(w, x, s, act);
    for (size_t t = 0; t < s->steps; t++) {
        const double *h_prev = t > 0 ? &h[(t - 1) * BH] : h0;
        const double *c_prev = t > 0 ? &c[(t - 1) * BH] : c0;
        gates_hidden(w, &w_hh, h_prev, B, gh);
        vec_axpy(1.0, gh, &act[t * 4 * BH], 4 * BH);
        for (size_t b = 0; b < B; b++)
            lstm_cell(&act[(t * B + b) * 4 * H], c_prev ? &c_prev[b * H] : NULL,
                      H, &c[t * BH + b * H], &h[t * BH + b * H]);
        seqbatch_mask(s, t, &h[t * BH], H);
        seqbatch_mask(s, t, &c[t * BH], H);
    }
    mem_free(gh);
    gemm_packed_free(&w_hh);
}

void lstm_forward_concat(const Recurrent *w, const double *x, size_t T,
                         size_t x_dim, double *h, double *c)
{
    const SeqBatch one = seqbatch_one(T);
    recurrent_check(w, &one, x_dim, "lstm_forward_concat");
    const size_t D = w->in, H = w->hidden;
    double *w_cat = mem_alloc(4 * H * (H + D), sizeof w_cat[0]);
    double *b = mem_alloc(4 * H + 4 * H + H + D, sizeof b[0]);
    double *a = b + 4 * H, *hx = a + 4 * H;            /* hx = [h, x] */
    gates_concat(w, 4 * H, w_cat, b);
    for (size_t t = 0; t < T; t++) {
        if (t > 0)
            memcpy(hx, &h[(t - 1) * H], H * sizeof hx[0]);
        memcpy(hx + H, &x[t * D], D * sizeof hx[0]);
        for (size_t k = 0; k < 4 * H; k++)
            a[k] = vec_dot(&w_cat[k * (H + D)], hx, H + D) + b[k];
        lstm_cell(a, t > 0 ? &c[(t - 1) * H] : NULL, H, &c[t * H], &h[t * H]);
    }
    mem_free(w_cat);
    mem_free(b);
}
/* One sequence at one step: a (4H) the gates, c and c_prev (H, c_prev NULL
   for zeros) the cell after and before, bar_h (H) dL/dh, tc (H) scratch.
   Writes da (4H) and replaces dc (H), dL/dc on entry, by dL/dc_prev. */
static void lstm_cell_backward(const double *a, const double *c,
                               const double *c_prev, const double *bar_h,
                               size_t H, double *tc_h, double *da, double *dc)
{
    vmath_tanh(c, tc_h, H);                          /* as the forward pass */
    for (size_t j = 0; j < H; j++) {
        double i = a[j], f = a[H + j], gg = a[2 * H + j], o = a[3 * H + j];
        double tc = tc_h[j], bar_c = dc[j] + bar_h[j] * o * (1.0 - tc * tc);
        double cp = c_prev ? c_prev[j] : 0.0;
        da[j] = bar_c * gg * i * (1.0 - i);                  /* input gate */
        da[H + j] = bar_c * cp * f * (1.0 - f);              /* forget gate */
        da[2 * H + j] = bar_c * i * (1.0 - gg * gg);         /* candidate */
        da[3 * H + j] = bar_h[j] * tc * o * (1.0 - o);       /* output gate */
        dc[j] = bar_c * f;
    }
}

void lstm_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                   const double *h0, const double *c0, const double *h,
                   const double *c, const double *act, const double *dh,
                   const double *dc_last, const Recurrent *g, double *dx,
                   double *dh0, double *dc0)
{
    recurrent_check(w, s, w->in, "lstm_backward");
    const size_t H = w->hidden, B = s->batch, BH = B * H, T = s->steps;
    double *da = mem_alloc(T * 4 * BH + 3 * BH + H, sizeof da[0]);
    GemmPacked w_hh = recurrent_pack_hh(w, true);
    double *dh_next = da + T * 4 * BH, *dc_next = dh_next + BH, *bar_h = dc_next + BH;
    double *tc = bar_h + BH;
    if (dc_last)
        memcpy(dc_next, dc_last, BH * sizeof dc_next[0]);
    for (size_t t = T; t-- > 0;) {
        const double *c_prev = t > 0 ? &c[(t - 1) * BH] : c0;
        for (size_t b = 0; b < B; b++) {
            if (!seqbatch_active(s, t, b))
                continue;                   /* da stays 0, dc_next passes */
            size_t row = t * B + b;
            for (size_t j = 0; j < H; j++)
                bar_h[b * H + j] = dh[row * H + j] + dh_next[b * H + j];
            lstm_cell_backward(&act[row * 4 * H], &c[row * H],
                               c_prev ? &c_prev[b * H] : NULL, &bar_h[b * H], H,
                               tc, &da[row * 4 * H], &dc_next[b * H]);
        }
        memset(dh_next, 0, BH * sizeof dh_next[0]);
        gates_hidden_backward(w, &w_hh, &da[t * 4 * BH], B, dh_next);
    }
    recurrent_backward(w, x, s, h0, h, da, da, g, dx);
    if (dh0)
        vec_axpy(1.0, dh_next, dh0, BH);
    if (dc0)
        vec_axpy(1.0, dc_next, dc0, BH);
    mem_free(da);
    gemm_packed_free(&w_hh);
}
