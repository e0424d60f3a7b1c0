/* test_ch06_gated.c: the LSTM and the GRU against nn.LSTM and nn.GRU
   (tests/fixtures/ch06_gated.txt, written by tests/reference/ch06_gated.py):
   outputs, final states, and the gradients of every weight, bias, input and
   initial state for L = sum(r_out * output) + sum(r_h * h_n) (+ r_c * c_n),
   on one sequence and on a padded batch of three (pack_padded_sequence). */
#include "check.h"
#include "nn/gru.h"
#include "nn/lstm.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { T = 6, D = 12, H = 7, MAXG = 4, MAXB = 3 };
static const double TOL = 1e-12;
static const Fixture *fixture;

/* Tensor "<prefix>_<part>", which must have n values (else exits). */
static const double *get(const char *prefix, const char *part, size_t n)
{
    char name[64];
    size_t count;
    snprintf(name, sizeof name, "%s_%s", prefix, part);
    const double *v = fixture_values(fixture, name, &count);
    if (count != n) {
        printf("%s: %zu values in the fixture, expected %zu FAIL\n", name, count, n);
        exit(1);
    }
    return v;
}

/* Compares got (n) with "<prefix>_<part>". */
static void compare(const char *prefix, const char *part, const double *got, size_t n)
{
    char what[64];
    snprintf(what, sizeof what, "%s: %s", prefix, part);
    check_close(what, got, get(prefix, part, n), n, TOL);
}

/* Parameters (or gradients) of a cell with G gates, in one block. */
typedef struct {
    double block[MAXG * H * D + MAXG * H * H + 2 * MAXG * H];
    Recurrent w;
} Layer;

/* With bias false, as PyTorch's bias=False: no b_ih, b_hh. */
static void layer_init(Layer *p, size_t gates, bool bias)
{
    memset(p->block, 0, sizeof p->block);
    double *b = p->block + gates * H * (D + H);
    p->w = (Recurrent){D, H, gates, p->block, p->block + gates * H * D,
                       bias ? b : NULL, bias ? b + gates * H : NULL};
}

static void layer_load(Layer *p, const char *prefix)
{
    const size_t G = p->w.gates;
    memcpy(p->w.w_ih, get(prefix, "w_ih", G * H * D), G * H * D * sizeof(double));
    memcpy(p->w.w_hh, get(prefix, "w_hh", G * H * H), G * H * H * sizeof(double));
    if (p->w.b_ih) {
        memcpy(p->w.b_ih, get(prefix, "b_ih", G * H), G * H * sizeof(double));
        memcpy(p->w.b_hh, get(prefix, "b_hh", G * H), G * H * sizeof(double));
    }
}

static void compare_grads(const char *prefix, const Layer *g)
{
    const size_t G = g->w.gates;
    compare(prefix, "w_ih_grad", g->w.w_ih, G * H * D);
    compare(prefix, "w_hh_grad", g->w.w_hh, G * H * H);
    if (g->w.b_ih) {
        compare(prefix, "b_ih_grad", g->w.b_ih, G * H);
        compare(prefix, "b_hh_grad", g->w.b_hh, G * H);
    }
}

/* The batch of prefix: for "..._batch", MAXB sequences whose lengths
   "<prefix>_lens" gives (into lens); else one sequence of T steps. */
static SeqBatch batch_of(const char *prefix, size_t *lens)
{
    if (!strstr(prefix, "_batch"))
        return seqbatch_one(T);
    const double *v = get(prefix, "lens", MAXB);
    for (size_t b = 0; b < MAXB; b++)
        lens[b] = (size_t)v[b];
    return (SeqBatch){T, MAXB, lens};
}

/* dh (T, B, H): r_out, with r_h added at each sequence's last real step,
   whose output is h_n; h_n (B, H) gathered from h (T, B, H) likewise. */
static void upstream(const char *prefix, const SeqBatch *s, const double *h,
                     double *dh, double *h_n)
{
    const size_t B = s->batch;
    memcpy(dh, get(prefix, "r_out", T * B * H), T * B * H * sizeof(double));
    const double *r_h = get(prefix, "r_h", B * H);
    for (size_t b = 0; b < B; b++) {
        size_t last = ((s->lens ? s->lens[b] : T) - 1) * B + b;
        for (size_t j = 0; j < H; j++) {
            dh[last * H + j] += r_h[b * H + j];
            h_n[b * H + j] = h[last * H + j];
        }
    }
}

static void test_lstm(const char *prefix)
{
    static Layer p, g;
    static double h[T * MAXB * H], c[T * MAXB * H], act[T * MAXB * 4 * H];
    static double dh[T * MAXB * H], dx[T * MAXB * D], dh0[MAXB * H], dc0[MAXB * H];
    double h_n[MAXB * H], c_n[MAXB * H], dc_last[MAXB * H] = {0};
    size_t lens[MAXB];
    const SeqBatch s = batch_of(prefix, lens);
    const size_t B = s.batch;
    const bool bias = strstr(prefix, "nobias") == NULL;
    layer_init(&p, 4, bias);
    layer_init(&g, 4, bias);
    layer_load(&p, prefix);
    memset(dx, 0, sizeof dx);
    memset(dh0, 0, sizeof dh0);
    memset(dc0, 0, sizeof dc0);
    const double *x = get(prefix, "x", T * B * D), *h0 = get(prefix, "h0", B * H);
    const double *c0 = get(prefix, "c0", B * H);
    lstm_forward(&p.w, x, &s, D, h0, c0, h, c, act);
    compare(prefix, "output", h, T * B * H);
    upstream(prefix, &s, h, dh, h_n);
    compare(prefix, "h_n", h_n, B * H);
    for (size_t b = 0; b < B; b++)
        memcpy(&c_n[b * H], &c[(((s.lens ? s.lens[b] : T) - 1) * B + b) * H],
               H * sizeof c[0]);
    compare(prefix, "c_n", c_n, B * H);
    memcpy(dc_last, get(prefix, "r_c", B * H), B * H * sizeof(double));
    lstm_backward(&p.w, x, &s, h0, c0, h, c, act, dh, dc_last, &g.w, dx, dh0, dc0);
    compare_grads(prefix, &g);
    compare(prefix, "x_grad", dx, T * B * D);
    compare(prefix, "h0_grad", dh0, B * H);
    compare(prefix, "c0_grad", dc0, B * H);
}

static void test_gru(const char *prefix)
{
    static Layer p, g;
    static double h[T * MAXB * H], act[T * MAXB * 4 * H], dh[T * MAXB * H];
    static double dx[T * MAXB * D], dh0[MAXB * H];
    double h_n[MAXB * H];
    size_t lens[MAXB];
    const SeqBatch s = batch_of(prefix, lens);
    const size_t B = s.batch;
    const bool bias = strstr(prefix, "nobias") == NULL;
    layer_init(&p, 3, bias);
    layer_init(&g, 3, bias);
    layer_load(&p, prefix);
    memset(dx, 0, sizeof dx);
    memset(dh0, 0, sizeof dh0);
    const double *x = get(prefix, "x", T * B * D), *h0 = get(prefix, "h0", B * H);
    gru_forward(&p.w, x, &s, D, h0, h, act);
    compare(prefix, "output", h, T * B * H);
    upstream(prefix, &s, h, dh, h_n);
    compare(prefix, "h_n", h_n, B * H);
    gru_backward(&p.w, x, &s, h0, h, act, dh, &g.w, dx, dh0);
    compare_grads(prefix, &g);
    compare(prefix, "x_grad", dx, T * B * D);
    compare(prefix, "h0_grad", dh0, B * H);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch06_gated.txt");
    fixture = f;
    test_lstm("lstm");
    test_gru("gru");
    test_lstm("lstm_batch");
    test_gru("gru_batch");
    test_lstm("lstm_nobias_batch");
    test_gru("gru_nobias_batch");
    fixture_free(f);
    return check_finish("test_ch06_gated");
}
