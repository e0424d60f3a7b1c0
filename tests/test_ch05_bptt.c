/* test_ch05_bptt.c: truncated backpropagation through time. With a window
   k >= T - 1 it must equal the full recursion (to rounding: the two add the
   same terms in different orders). With a smaller k it must equal its
   definition computed another way: for each step t, the full gradient of
   the loss entering at t alone, on the window of steps max(0, t - k) .. t
   with the state before the window held constant. And on a padded batch of
   sequences of different lengths, every k must give what each sequence
   gives alone: the parameters' gradients summed, dx and dh0 row by row. */
#include "check.h"
#include "core/randn.h"
#include "nn/rnn.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { D = 3, H = 5, T = 7, NPARAM = H * D + H * H + 2 * H };

/* An Recurrent whose arrays are consecutive parts of block (NPARAM). */
static Recurrent rnn_view(double *block)
{
    Recurrent r = {D, H, 1, block, block + H * D, block + H * D + H * H,
             block + H * D + H * H + H};
    return r;
}

/* Everything one backward pass produces, side by side. */
typedef struct {
    double params[NPARAM], dx[T * D], dh0[H];
} Grads;

static void compare(const char *what, const Grads *got, const Grads *want,
                    double tol)
{
    check_close(what, (const double *)got, (const double *)want,
                sizeof *got / sizeof(double), tol);
}

/* The truncated gradient by its definition: one full backward pass per step
   t, over the window ending at t, with only dh[t] entering. */
static void by_definition(const Recurrent *r, const double *x, const double *h0,
                          const double *h, const double *dh, size_t k, Grads *out)
{
    Recurrent g = rnn_view(out->params);
    for (size_t t = 0; t < T; t++) {
        size_t first = t > k ? t - k : 0, len = t - first + 1;
        const double *before = first > 0 ? &h[(first - 1) * H] : h0;
        double hw[T * H], dhw[T * H] = {0};
        const SeqBatch window = seqbatch_one(len);
        rnn_forward(r, &x[first * D], &window, D, before, hw);
        memcpy(&dhw[(len - 1) * H], &dh[t * H], H * sizeof dh[0]);
        rnn_backward(r, &x[first * D], &window, before, hw, dhw, RNN_FULL, &g,
                     &out->dx[first * D], first == 0 ? out->dh0 : NULL);
    }
}

/* Three sequences of lengths 7, 3, 5, each the first steps of x, from
   the states h0 scaled by 1, -1 and 0.5, with gradients dh scaled alike:
   batched and one by one, for the full recursion and two windows. */
static void check_batch(const Recurrent *r, const double *x, const double *h0,
                        const double *dh)
{
    enum { B = 3 };
    static const size_t lens[B] = {T, 3, 5};
    const double scale[B] = {1.0, -1.0, 0.5};
    const SeqBatch s = {T, B, lens};
    static double xb[T * B * D], hb[T * B * H], dhb[T * B * H], h0b[B * H];
    for (size_t t = 0; t < T; t++)
        for (size_t b = 0; b < B; b++) {
            memcpy(&xb[(t * B + b) * D], &x[t * D], D * sizeof x[0]);
            for (size_t j = 0; j < H; j++)
                dhb[(t * B + b) * H + j] = scale[b] * dh[t * H + j];
        }
    for (size_t b = 0; b < B; b++)
        for (size_t j = 0; j < H; j++)
            h0b[b * H + j] = scale[b] * h0[j];
    rnn_forward(r, xb, &s, D, h0b, hb);
    const size_t windows[3] = {RNN_FULL, 1, 0};
    for (size_t w = 0; w < 3; w++) {
        static double gb[NPARAM], dxb[T * B * D], dh0b[B * H];
        static Grads one, sum;
        memset(gb, 0, sizeof gb);
        memset(dxb, 0, sizeof dxb);
        memset(dh0b, 0, sizeof dh0b);
        memset(&sum, 0, sizeof sum);
        Recurrent g = rnn_view(gb), gs = rnn_view(sum.params);
        rnn_backward(r, xb, &s, h0b, hb, dhb, windows[w], &g, dxb, dh0b);
        double worst_x = 0.0, worst_h0 = 0.0;
        for (size_t b = 0; b < B; b++) {
            double hs[T * H], dhs[T * H];
            const SeqBatch alone = seqbatch_one(lens[b]);
            for (size_t i = 0; i < lens[b] * H; i++)
                dhs[i] = scale[b] * dh[i];
            memset(&one, 0, sizeof one);
            rnn_forward(r, x, &alone, D, &h0b[b * H], hs);
            rnn_backward(r, x, &alone, &h0b[b * H], hs, dhs, windows[w], &gs,
                         one.dx, one.dh0);
            for (size_t t = 0; t < T; t++)
                for (size_t i = 0; i < D; i++) {
                    double want = t < lens[b] ? one.dx[t * D + i] : 0.0;
                    double d = fabs(dxb[(t * B + b) * D + i] - want);
                    worst_x = d > worst_x ? d : worst_x;
                }
            for (size_t j = 0; j < H; j++) {
                double d = fabs(dh0b[b * H + j] - one.dh0[j]);
                worst_h0 = d > worst_h0 ? d : worst_h0;
            }
        }
        char what[96];
        snprintf(what, sizeof what, "padded batch, k = %s: parameters' gradients",
                 w == 0 ? "full" : w == 1 ? "1" : "0");
        check_close(what, gb, sum.params, NPARAM, 1e-13);
        snprintf(what, sizeof what, "padded batch, k = %s: dx and dh0",
                 w == 0 ? "full" : w == 1 ? "1" : "0");
        check_true(what, worst_x < 1e-13 && worst_h0 < 1e-13,
                   "row by row: max |difference| %.3g, %.3g", worst_x, worst_h0);
    }
}

int main(void)
{
    Randn g;
    randn_seed(&g, 5);
    double params[NPARAM], x[T * D], h0[H], dh[T * H], h[T * H];
    double *all[4] = {params, x, h0, dh};
    const size_t sizes[4] = {NPARAM, T * D, H, T * H};
    for (size_t a = 0; a < 4; a++)
        for (size_t i = 0; i < sizes[a]; i++)
            all[a][i] = 0.7 * randn_next(&g);
    Recurrent r = rnn_view(params);
    const SeqBatch one = seqbatch_one(T);
    rnn_forward(&r, x, &one, D, h0, h);

    static Grads full, cut, def;
    Recurrent gf = rnn_view(full.params);
    rnn_backward(&r, x, &one, h0, h, dh, RNN_FULL, &gf, full.dx, full.dh0);
    const size_t long_windows[3] = {T - 1, T, 1000};
    for (size_t i = 0; i < 3; i++) {
        memset(&cut, 0, sizeof cut);
        Recurrent gc = rnn_view(cut.params);
        rnn_backward(&r, x, &one, h0, h, dh, long_windows[i], &gc, cut.dx, cut.dh0);
        char what[80];
        snprintf(what, sizeof what, "truncated k = %zu (T = %d) against full BPTT",
                 long_windows[i], T);
        compare(what, &cut, &full, 1e-13);
    }
    for (size_t k = 0; k < T - 1; k++) {
        memset(&cut, 0, sizeof cut);
        memset(&def, 0, sizeof def);
        Recurrent gc = rnn_view(cut.params);
        rnn_backward(&r, x, &one, h0, h, dh, k, &gc, cut.dx, cut.dh0);
        by_definition(&r, x, h0, h, dh, k, &def);
        char what[80];
        snprintf(what, sizeof what, "truncated k = %zu against its definition", k);
        compare(what, &cut, &def, 1e-13);
        if (k == 0) {
            double most = 0.0;
            for (size_t i = 0; i < NPARAM; i++)
                most = fabs(cut.params[i] - full.params[i]) > most
                     ? fabs(cut.params[i] - full.params[i]) : most;
            check_true("truncated k = 0 differs from full BPTT", most > 1e-3,
                       "max |difference| %.3g", most);
        }
    }
    check_batch(&r, x, h0, dh);
    return check_finish("test_ch05_bptt");
}
