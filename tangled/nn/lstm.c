/* lstm.c: the LSTM layer, forward and backward through time. */
#include "nn/lstm.h"

#include "core/mem.h"
#include "core/vec.h"
#include "nn/activation.h"

#include <math.h>
#include <string.h>

/* a is (4H): one step's pre-activations, replaced by the values of the
   gates i, f, g, o; c_prev is (H) or NULL for zeros. Writes c and h (H). */
static void lstm_cell(double *a, const double *c_prev, size_t H, double *c,
                      double *h)
{
    for (size_t k = 0; k < 4 * H; k++)
        a[k] = k / H == 2 ? tanh(a[k]) : activation_sigmoid(a[k]);   /* g, or i, f, o */
    for (size_t j = 0; j < H; j++) {
        double i = a[j], f = a[H + j], g = a[2 * H + j], o = a[3 * H + j];
        c[j] = f * (c_prev ? c_prev[j] : 0.0) + i * g;
        h[j] = o * tanh(c[j]);
    }
}

void lstm_forward(const Gates *w, const double *x, size_t T, size_t x_dim,
                  const double *h0, const double *c0, double *h, double *c,
                  double *act)
{
    gates_check_input(w, x_dim, "lstm_forward");
    const size_t D = w->in, H = w->hidden;
    double *gh = mem_alloc(4 * H, sizeof gh[0]);
    for (size_t t = 0; t < T; t++) {
        double *a = &act[t * 4 * H];
        gates_forward(w, &x[t * D], t > 0 ? &h[(t - 1) * H] : h0, a, gh);
        for (size_t k = 0; k < 4 * H; k++)
            a[k] += gh[k];
        lstm_cell(a, t > 0 ? &c[(t - 1) * H] : c0, H, &c[t * H], &h[t * H]);
    }
    mem_free(gh);
}

void lstm_forward_concat(const Gates *w, const double *x, size_t T,
                         size_t x_dim, double *h, double *c)
{
    gates_check_input(w, x_dim, "lstm_forward_concat");
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
void lstm_backward(const Gates *w, const double *x, size_t T, const double *h0,
                   const double *c0, const double *h, const double *c,
                   const double *act, const double *dh, const double *dc_last,
                   const Gates *g, double *dx, double *dh0, double *dc0)
{
    const size_t D = w->in, H = w->hidden;
    double *dh_next = mem_alloc(6 * H, sizeof dh_next[0]);
    double *dc_next = dh_next + H, *da = dc_next + H;
    if (dc_last)
        memcpy(dc_next, dc_last, H * sizeof dc_next[0]);
    for (size_t t = T; t-- > 0;) {
        const double *a = &act[t * 4 * H];
        const double *c_prev = t > 0 ? &c[(t - 1) * H] : c0;
        for (size_t j = 0; j < H; j++) {
            double i = a[j], f = a[H + j], gg = a[2 * H + j], o = a[3 * H + j];
            double tc = tanh(c[t * H + j]), bar_h = dh[t * H + j] + dh_next[j];
            double bar_c = dc_next[j] + bar_h * o * (1.0 - tc * tc);
            double cp = c_prev ? c_prev[j] : 0.0;
            da[j] = bar_c * gg * i * (1.0 - i);                  /* input gate */
            da[H + j] = bar_c * cp * f * (1.0 - f);              /* forget gate */
            da[2 * H + j] = bar_c * i * (1.0 - gg * gg);         /* candidate */
            da[3 * H + j] = bar_h * tc * o * (1.0 - o);          /* output gate */
            dc_next[j] = bar_c * f;
        }
        memset(dh_next, 0, H * sizeof dh_next[0]);
        gates_backward(w, &x[t * D], t > 0 ? &h[(t - 1) * H] : h0, da, da, g,
                       dx ? &dx[t * D] : NULL, dh_next);
    }
    for (size_t j = 0; j < H; j++) {
        if (dh0)
            dh0[j] += dh_next[j];
        if (dc0)
            dc0[j] += dc_next[j];
    }
    mem_free(dh_next);
}
