/* test_ch06_gradcheck.c: the LSTM's and the GRU's backward passes against
   central differences, for L = sum r . h (+ s . c_n for the LSTM's last
   cells) with random r and s, with respect to every parameter, the inputs
   and the initial states: on one sequence and on a padded batch of three
   sequences of lengths 5, 2, 4. */
#include "check.h"
#include "core/gradcheck.h"
#include "core/randn.h"
#include "core/vec.h"
#include "nn/gru.h"
#include "nn/lstm.h"

#include <stdio.h>
#include <string.h>

enum { T = 5, D = 3, H = 4, G_MAX = 4, MAXB = 3,
       NPARAM = G_MAX * H * D + G_MAX * H * H + 2 * G_MAX * H };
static const double STEP = 1e-6, TOL = 1e-7;

/* A layer with its batch, input, initial states and the weights of L =
   r . h + s . c_n, c_n the cell of each sequence's last real step. */
typedef struct {
    Recurrent w;
    SeqBatch batch;
    double params[NPARAM], x[T * MAXB * D], h0[MAXB * H], c0[MAXB * H];
    double r[T * MAXB * H], s[MAXB * H];
} Case;

static Recurrent gates_view(double *block, size_t gates)
{
    return (Recurrent){D, H, gates, block, block + gates * H * D,
                   block + gates * H * (D + H), block + gates * H * (D + H + 1)};
}

/* GradcheckLoss: L at the case's current values. */
static double case_loss(void *ctx)
{
    Case *k = ctx;
    const SeqBatch *b = &k->batch;
    const size_t n = T * b->batch * H;
    static double h[T * MAXB * H], c[T * MAXB * H], act[T * MAXB * 4 * H];
    if (k->w.gates == 3) {
        gru_forward(&k->w, k->x, b, D, k->h0, h, act);
        return vec_dot(k->r, h, n);
    }
    lstm_forward(&k->w, k->x, b, D, k->h0, k->c0, h, c, act);
    double loss = vec_dot(k->r, h, n);
    for (size_t q = 0; q < b->batch; q++) {
        size_t last = ((b->lens ? b->lens[q] : T) - 1) * b->batch + q;
        loss += vec_dot(&k->s[q * H], &c[last * H], H);
    }
    return loss;
}

static void report(const char *what, GradcheckResult r, size_t n)
{
    check_true(what, r.max_rel < TOL,
               "%zu values, max rel error %.3g, max abs error %.3g (h %g, tol %g)",
               n, r.max_rel, r.max_abs, STEP, TOL);
}

static void check_cell(Case *k, const char *name)
{
    const size_t G = k->w.gates, n = G * H * (D + H + 2), B = k->batch.batch;
    static double grads[NPARAM], dx[T * MAXB * D], dh0[MAXB * H], dc0[MAXB * H];
    static double h[T * MAXB * H], c[T * MAXB * H], act[T * MAXB * 4 * H];
    memset(grads, 0, sizeof grads);
    memset(dx, 0, sizeof dx);
    memset(dh0, 0, sizeof dh0);
    memset(dc0, 0, sizeof dc0);
    Recurrent g = gates_view(grads, G);
    if (G == 4) {
        lstm_forward(&k->w, k->x, &k->batch, D, k->h0, k->c0, h, c, act);
        lstm_backward(&k->w, k->x, &k->batch, k->h0, k->c0, h, c, act, k->r, k->s,
                      &g, dx, dh0, dc0);
    } else {
        gru_forward(&k->w, k->x, &k->batch, D, k->h0, h, act);
        gru_backward(&k->w, k->x, &k->batch, k->h0, h, act, k->r, &g, dx, dh0);
    }
    char what[96];
    const char *shape = B == 1 ? "one sequence" : "padded batch";
    snprintf(what, sizeof what, "gradcheck %s_backward (%s), parameters", name, shape);
    report(what, gradcheck(case_loss, k, k->params, grads, n, STEP), n);
    snprintf(what, sizeof what, "gradcheck %s_backward (%s), inputs", name, shape);
    report(what, gradcheck(case_loss, k, k->x, dx, T * B * D, STEP), T * B * D);
    snprintf(what, sizeof what, "gradcheck %s_backward (%s), h0", name, shape);
    report(what, gradcheck(case_loss, k, k->h0, dh0, B * H, STEP), B * H);
    if (G == 4) {
        snprintf(what, sizeof what, "gradcheck lstm_backward (%s), c0", shape);
        report(what, gradcheck(case_loss, k, k->c0, dc0, B * H, STEP), B * H);
    }
}

int main(void)
{
    Randn g;
    randn_seed(&g, 6);
    static Case k;
    double *all[6] = {k.params, k.x, k.h0, k.c0, k.r, k.s};
    const size_t sizes[6] = {NPARAM, T * MAXB * D, MAXB * H, MAXB * H, T * MAXB * H,
                             MAXB * H};
    for (size_t a = 0; a < 6; a++)
        for (size_t i = 0; i < sizes[a]; i++)
            all[a][i] = 0.6 * randn_next(&g);
    static const size_t lens[MAXB] = {T, 2, 4};
    const SeqBatch shapes[2] = {seqbatch_one(T), {T, MAXB, lens}};
    for (size_t i = 0; i < 2; i++) {
        k.batch = shapes[i];
        k.w = gates_view(k.params, 4);
        check_cell(&k, "lstm");
        k.w = gates_view(k.params, 3);
        check_cell(&k, "gru");
    }
    return check_finish("test_ch06_gradcheck");
}
