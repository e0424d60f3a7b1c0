/* gru.c: the GRU layer, forward and backward through time. */
#include "nn/gru.h"

#include "core/mem.h"
#include "core/vec.h"
#include "core/vmath.h"

#include <string.h>

/* rz is (2H): the reset and update gates' pre-activations; xn and hn are
   (H): the candidate's input part and hidden part; h_prev is (H) or NULL
   for zeros. Writes act (4H: r, z, n, hn) and the new state h (H). */
static void gru_cell(const double *rz, const double *xn, const double *hn,
                     const double *h_prev, size_t H, double *act, double *h)
{
    vmath_sigmoid(rz, act, 2 * H);                   /* r, z */
    for (size_t j = 0; j < H; j++)
        act[2 * H + j] = xn[j] + act[j] * hn[j];
    vmath_tanh(&act[2 * H], &act[2 * H], H);         /* n */
    for (size_t j = 0; j < H; j++) {
        double z = act[H + j], n = act[2 * H + j];
        act[3 * H + j] = hn[j];
        h[j] = (1.0 - z) * n + z * (h_prev ? h_prev[j] : 0.0);
    }
}

void gru_forward(const Recurrent *w, const double *x, const SeqBatch *s,
                 size_t x_dim, const double *h0, double *h, double *act)
{
    recurrent_check(w, s, x_dim, "gru_forward");
    const size_t H = w->hidden, B = s->batch, BH = B * H;
    double *gi = mem_alloc((s->steps + 1) * B * 3 * H, sizeof gi[0]);
    double *gh = gi + s->steps * B * 3 * H;
    GemmPacked w_hh = recurrent_pack_hh(w, false);
    recurrent_input(w, x, s, gi);
    for (size_t t = 0; t < s->steps; t++) {
        const double *h_prev = t > 0 ? &h[(t - 1) * BH] : h0;
        gates_hidden(w, &w_hh, h_prev, B, gh);
        for (size_t b = 0; b < B; b++) {
            double *gi_b = &gi[(t * B + b) * 3 * H], *gh_b = &gh[b * 3 * H];
            vec_axpy(1.0, gh_b, gi_b, 2 * H);        /* r and z: the parts add */
            gru_cell(gi_b, &gi_b[2 * H], &gh_b[2 * H], h_prev ? &h_prev[b * H] : NULL,
                     H, &act[(t * B + b) * 4 * H], &h[t * BH + b * H]);
        }
        seqbatch_mask(s, t, &h[t * BH], H);
    }
    mem_free(gi);
    gemm_packed_free(&w_hh);
}

void gru_forward_concat(const Recurrent *w, const double *x, size_t T,
                        size_t x_dim, double *h)
{
    const SeqBatch one = seqbatch_one(T);
    recurrent_check(w, &one, x_dim, "gru_forward_concat");
    const size_t D = w->in, H = w->hidden;
    double *w_cat = mem_alloc(2 * H * (H + D), sizeof w_cat[0]);
    double *b = mem_alloc(2 * H + 2 * H + 2 * H + 4 * H + H + D, sizeof b[0]);
    double *rz = b + 2 * H, *xn = rz + 2 * H, *hn = xn + H, *act = hn + H;
    double *hx = act + 4 * H;                          /* hx = [h, x] */
    gates_concat(w, 2 * H, w_cat, b);
    for (size_t t = 0; t < T; t++) {
        const double *h_prev = t > 0 ? &h[(t - 1) * H] : NULL;
        if (h_prev)
            memcpy(hx, h_prev, H * sizeof hx[0]);
        memcpy(hx + H, &x[t * D], D * sizeof hx[0]);
        for (size_t k = 0; k < 2 * H; k++)
            rz[k] = vec_dot(&w_cat[k * (H + D)], hx, H + D) + b[k];
        for (size_t j = 0; j < H; j++) {
            size_t k = 2 * H + j;
            xn[j] = vec_dot(&w->w_ih[k * D], &x[t * D], D) + w->b_ih[k];
            hn[j] = (h_prev ? vec_dot(&w->w_hh[k * H], h_prev, H) : 0.0) + w->b_hh[k];
        }
        gru_cell(rz, xn, hn, h_prev, H, act, &h[t * H]);
    }
    mem_free(w_cat);
    mem_free(b);
}
/* One sequence at one step: a (4H) as gru_forward keeps it, h_prev (H, or
   NULL for zeros), bar_h (H) dL/dh. Writes dgi and dgh (3H) and the
   direct path bar_h z into dh_prev (H). */
static void gru_cell_backward(const double *a, const double *h_prev,
                              const double *bar_h, size_t H, double *dgi,
                              double *dgh, double *dh_prev)
{
    for (size_t j = 0; j < H; j++) {
        double r = a[j], z = a[H + j], n = a[2 * H + j], hn = a[3 * H + j];
        double hp = h_prev ? h_prev[j] : 0.0;
        double bar_an = bar_h[j] * (1.0 - z) * (1.0 - n * n);
        dgi[j] = dgh[j] = bar_an * hn * r * (1.0 - r);               /* reset */
        dgi[H + j] = dgh[H + j] = bar_h[j] * (hp - n) * z * (1.0 - z);  /* update */
        dgi[2 * H + j] = bar_an;                                     /* candidate */
        dgh[2 * H + j] = bar_an * r;
        dh_prev[j] = bar_h[j] * z;                    /* the direct path */
    }
}

void gru_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                  const double *h0, const double *h, const double *act,
                  const double *dh, const Recurrent *g, double *dx, double *dh0)
{
    recurrent_check(w, s, w->in, "gru_backward");
    const size_t H = w->hidden, B = s->batch, BH = B * H, T = s->steps;
    double *dgi = mem_alloc(2 * T * 3 * BH + 2 * BH, sizeof dgi[0]);
    GemmPacked w_hh = recurrent_pack_hh(w, true);
    double *dgh = dgi + T * 3 * BH, *dh_next = dgh + T * 3 * BH, *bar_h = dh_next + BH;
    for (size_t t = T; t-- > 0;) {
        const double *h_prev = t > 0 ? &h[(t - 1) * BH] : h0;
        for (size_t b = 0; b < B; b++) {
            size_t row = t * B + b;
            for (size_t j = 0; j < H; j++)
                bar_h[b * H + j] = dh[row * H + j] + dh_next[b * H + j];
            if (seqbatch_active(s, t, b))
                gru_cell_backward(&act[row * 4 * H], h_prev ? &h_prev[b * H] : NULL,
                                  &bar_h[b * H], H, &dgi[row * 3 * H],
                                  &dgh[row * 3 * H], &dh_next[b * H]);
            else
                memset(&dh_next[b * H], 0, H * sizeof dh_next[0]);
        }
        gates_hidden_backward(w, &w_hh, &dgh[t * 3 * BH], B, dh_next);
    }
    recurrent_backward(w, x, s, h0, h, dgi, dgh, g, dx);
    if (dh0)
        vec_axpy(1.0, dh_next, dh0, BH);
    mem_free(dgi);
    gemm_packed_free(&w_hh);
}
