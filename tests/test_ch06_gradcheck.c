/* test_ch06_gradcheck.c: the LSTM's and the GRU's backward passes against
   central differences, for L = sum r . h (+ s . c[T-1] for the LSTM's last
   cell) with random r and s, with respect to every parameter, the inputs
   and the initial states. */
#include "check.h"
#include "core/gradcheck.h"
#include "core/randn.h"
#include "core/vec.h"
#include "nn/gru.h"
#include "nn/lstm.h"

#include <stdio.h>

enum { T = 5, D = 3, H = 4, G_MAX = 4,
       NPARAM = G_MAX * H * D + G_MAX * H * H + 2 * G_MAX * H };
static const double STEP = 1e-6, TOL = 1e-7;

/* A layer with its input, initial states and the weights of L. */
typedef struct {
    Gates w;
    double params[NPARAM], x[T * D], h0[H], c0[H], r[T * H], s[H];
} Case;

static Gates gates_view(double *block, size_t gates)
{
    return (Gates){D, H, gates, block, block + gates * H * D,
                   block + gates * H * (D + H), block + gates * H * (D + H + 1)};
}

/* GradcheckLoss: L at the case's current values. */
static double case_loss(void *ctx)
{
    Case *k = ctx;
    double h[T * H], c[T * H], act[T * 4 * H];
    if (k->w.gates == 4) {
        lstm_forward(&k->w, k->x, T, D, k->h0, k->c0, h, c, act);
        return vec_dot(k->r, h, T * H) + vec_dot(k->s, &c[(T - 1) * H], H);
    }
    gru_forward(&k->w, k->x, T, D, k->h0, h, act);
    return vec_dot(k->r, h, T * H);
}

static void report(const char *what, GradcheckResult r, size_t n)
{
    check_true(what, r.max_rel < TOL,
               "%zu values, max rel error %.3g, max abs error %.3g (h %g, tol %g)",
               n, r.max_rel, r.max_abs, STEP, TOL);
}

static void check_cell(Case *k, const char *name)
{
    const size_t G = k->w.gates, n = G * H * (D + H + 2);
    double grads[NPARAM] = {0}, dx[T * D] = {0}, dh0[H] = {0}, dc0[H] = {0};
    double h[T * H], c[T * H], act[T * 4 * H];
    Gates g = gates_view(grads, G);
    if (G == 4) {
        lstm_forward(&k->w, k->x, T, D, k->h0, k->c0, h, c, act);
        lstm_backward(&k->w, k->x, T, k->h0, k->c0, h, c, act, k->r, k->s, &g,
                      dx, dh0, dc0);
    } else {
        gru_forward(&k->w, k->x, T, D, k->h0, h, act);
        gru_backward(&k->w, k->x, T, k->h0, h, act, k->r, &g, dx, dh0);
    }
    char what[80];
    snprintf(what, sizeof what, "gradcheck %s_backward, parameters", name);
    report(what, gradcheck(case_loss, k, k->params, grads, n, STEP), n);
    snprintf(what, sizeof what, "gradcheck %s_backward, inputs", name);
    report(what, gradcheck(case_loss, k, k->x, dx, T * D, STEP), T * D);
    snprintf(what, sizeof what, "gradcheck %s_backward, h0", name);
    report(what, gradcheck(case_loss, k, k->h0, dh0, H, STEP), H);
    if (G == 4)
        report("gradcheck lstm_backward, c0", gradcheck(case_loss, k, k->c0, dc0, H, STEP), H);
}

int main(void)
{
    Randn g;
    randn_seed(&g, 6);
    static Case k;
    double *all[6] = {k.params, k.x, k.h0, k.c0, k.r, k.s};
    const size_t sizes[6] = {NPARAM, T * D, H, H, T * H, H};
    for (size_t a = 0; a < 6; a++)
        for (size_t i = 0; i < sizes[a]; i++)
            all[a][i] = 0.6 * randn_next(&g);
    k.w = gates_view(k.params, 4);
    check_cell(&k, "lstm");
    k.w = gates_view(k.params, 3);
    check_cell(&k, "gru");
    return check_finish("test_ch06_gradcheck");
}
