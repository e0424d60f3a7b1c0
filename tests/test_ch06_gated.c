/* test_ch06_gated.c: the LSTM and the GRU against nn.LSTM and nn.GRU
   (tests/fixtures/ch06_gated.txt, written by tests/reference/ch06_gated.py):
   outputs, final states, and the gradients of every weight, bias, input and
   initial state for L = sum(r_out * output) + sum(r_h * h_n) (+ r_c * c_n). */
#include "check.h"
#include "nn/gru.h"
#include "nn/lstm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { T = 6, D = 12, H = 7, MAXG = 4 };
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
    Gates w;
} Params;

static void params_init(Params *p, size_t gates)
{
    memset(p->block, 0, sizeof p->block);
    p->w = (Gates){D, H, gates, p->block, p->block + gates * H * D,
                   p->block + gates * H * (D + H), p->block + gates * H * (D + H + 1)};
}

static void params_load(Params *p, const char *prefix)
{
    const size_t G = p->w.gates;
    memcpy(p->w.w_ih, get(prefix, "w_ih", G * H * D), G * H * D * sizeof(double));
    memcpy(p->w.w_hh, get(prefix, "w_hh", G * H * H), G * H * H * sizeof(double));
    memcpy(p->w.b_ih, get(prefix, "b_ih", G * H), G * H * sizeof(double));
    memcpy(p->w.b_hh, get(prefix, "b_hh", G * H), G * H * sizeof(double));
}

static void compare_grads(const char *prefix, const Params *g)
{
    const size_t G = g->w.gates;
    compare(prefix, "w_ih_grad", g->w.w_ih, G * H * D);
    compare(prefix, "w_hh_grad", g->w.w_hh, G * H * H);
    compare(prefix, "b_ih_grad", g->w.b_ih, G * H);
    compare(prefix, "b_hh_grad", g->w.b_hh, G * H);
}

/* dh (T, H): r_out, with r_h added at the last step. */
static void upstream(const char *prefix, double *dh)
{
    memcpy(dh, get(prefix, "r_out", T * H), T * H * sizeof(double));
    const double *r_h = get(prefix, "r_h", H);
    for (size_t j = 0; j < H; j++)
        dh[(T - 1) * H + j] += r_h[j];
}

static void test_lstm(void)
{
    static Params p, g;
    params_init(&p, 4);
    params_init(&g, 4);
    params_load(&p, "lstm");
    const double *x = get("lstm", "x", T * D), *h0 = get("lstm", "h0", H);
    const double *c0 = get("lstm", "c0", H);
    double h[T * H], c[T * H], act[T * 4 * H], dh[T * H];
    double dx[T * D] = {0}, dh0[H] = {0}, dc0[H] = {0};
    lstm_forward(&p.w, x, T, D, h0, c0, h, c, act);
    compare("lstm", "output", h, T * H);
    compare("lstm", "h_n", &h[(T - 1) * H], H);
    compare("lstm", "c_n", &c[(T - 1) * H], H);
    upstream("lstm", dh);
    lstm_backward(&p.w, x, T, h0, c0, h, c, act, dh, get("lstm", "r_c", H), &g.w,
                  dx, dh0, dc0);
    compare_grads("lstm", &g);
    compare("lstm", "x_grad", dx, T * D);
    compare("lstm", "h0_grad", dh0, H);
    compare("lstm", "c0_grad", dc0, H);
}

static void test_gru(void)
{
    static Params p, g;
    params_init(&p, 3);
    params_init(&g, 3);
    params_load(&p, "gru");
    const double *x = get("gru", "x", T * D), *h0 = get("gru", "h0", H);
    double h[T * H], act[T * 4 * H], dh[T * H], dx[T * D] = {0}, dh0[H] = {0};
    gru_forward(&p.w, x, T, D, h0, h, act);
    compare("gru", "output", h, T * H);
    compare("gru", "h_n", &h[(T - 1) * H], H);
    upstream("gru", dh);
    gru_backward(&p.w, x, T, h0, h, act, dh, &g.w, dx, dh0);
    compare_grads("gru", &g);
    compare("gru", "x_grad", dx, T * D);
    compare("gru", "h0_grad", dh0, H);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch06_gated.txt");
    fixture = f;
    test_lstm();
    test_gru();
    fixture_free(f);
    return check_finish("test_ch06_gated");
}
