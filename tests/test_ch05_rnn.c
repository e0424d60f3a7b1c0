/* test_ch05_rnn.c: chapter 5 against PyTorch (tests/fixtures/ch05_rnn.txt,
   written by tests/reference/ch05_rnn.py): the source text's nn.RNN example
   with and without biases, a character model's loss and full BPTT gradients,
   cross-entropy with logits of +-1000, and gradient clipping. */
#include "models/char_rnn.h"
#include "check.h"
#include "nn/rnn.h"
#include "nn/softmax.h"
#include "optim/clip.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double TOL = 1e-12;
static const Fixture *fixture;

/* The values of tensor name, which must have n of them (else exits). */
static const double *get(const char *name, size_t n)
{
    size_t count;
    const double *v = fixture_values(fixture, name, &count);
    if (count != n) {
        printf("%s: %zu values in the fixture, expected %zu FAIL\n", name, count, n);
        exit(1);
    }
    return v;
}

/* Copies tensor "<prefix>_<part>" (n values) into out. */
static void load(const char *prefix, const char *part, double *out, size_t n)
{
    char name[64];
    snprintf(name, sizeof name, "%s_%s", prefix, part);
    memcpy(out, get(name, n), n * sizeof out[0]);
}

static void test_seed_example(const char *prefix, bool bias)
{
    const double x[9] = {1, 2, 3, 3, 4, 5, 5, 6, 7};
    double w_ih[12], w_hh[16], b_ih[4], b_hh[4], h[12], want[12], h_n[4];
    Rnn r = {3, 4, w_ih, w_hh, bias ? b_ih : NULL, bias ? b_hh : NULL};
    load(prefix, "w_ih", w_ih, 12);
    load(prefix, "w_hh", w_hh, 16);
    if (bias) {
        load(prefix, "b_ih", b_ih, 4);
        load(prefix, "b_hh", b_hh, 4);
    }
    rnn_forward(&r, x, 3, NULL, h);
    load(prefix, "output", want, 12);
    load(prefix, "h_n", h_n, 4);
    char what[96];
    snprintf(what, sizeof what, "rnn_forward, nn.RNN(3, 4, bias=%s): output",
             bias ? "True" : "False");
    check_close(what, h, want, 12, TOL);
    snprintf(what, sizeof what, "rnn_forward, nn.RNN(3, 4, bias=%s): h_n",
             bias ? "True" : "False");
    check_close(what, &h[8], h_n, 4, TOL);
}

static void test_language_model(void)
{
    enum { V = 7, E = 5, H = 6, T = 8 };
    Randn g;
    randn_seed(&g, 0);
    CharRnn m = char_rnn_new(V, E, H, T, &g);
    const char *names[7] = {"table", "w_ih", "w_hh", "b_ih", "b_hh", "w_out", "b_out"};
    double *params[7] = {m.table, m.rnn.w_ih, m.rnn.w_hh, m.rnn.b_ih, m.rnn.b_hh,
                         m.w_out, m.b_out};
    double *grads[7] = {m.d_table, m.d_rnn.w_ih, m.d_rnn.w_hh, m.d_rnn.b_ih,
                        m.d_rnn.b_hh, m.d_w_out, m.d_b_out};
    const size_t sizes[7] = {V * E, H * E, H * H, H, H, V * H, V};
    char name[32], what[64];
    for (size_t i = 0; i < 7; i++) {
        snprintf(name, sizeof name, "lm_%s", names[i]);
        memcpy(params[i], get(name, sizes[i]), sizes[i] * sizeof(double));
    }
    const double *ids_d = get("lm_ids", T + 1);
    size_t ids[T + 1];
    for (size_t t = 0; t <= T; t++)
        ids[t] = (size_t)ids_d[t];
    double state[H];
    memcpy(state, get("lm_h0", H), sizeof state);
    double loss = char_rnn_loss(&m, ids, T, state, true, RNN_FULL);
    check_scalar("char_rnn_loss: mean cross-entropy", loss, *get("lm_loss", 1), TOL);
    check_close("char_rnn_loss: final state", state, get("lm_h_n", H), H, TOL);
    for (size_t i = 0; i < 7; i++) {
        snprintf(name, sizeof name, "lm_%s_grad", names[i]);
        snprintf(what, sizeof what, "char_rnn_loss, full BPTT: %s.grad", names[i]);
        check_close(what, grads[i], get(name, sizes[i]), sizes[i], TOL);
    }
    check_close("char_rnn_loss, full BPTT: h0.grad", m.dh0, get("lm_h0_grad", H), H, TOL);
    char_rnn_free(&m);
}

static void test_cross_entropy(void)
{
    const double *z = get("ce_z", 8), *t = get("ce_t", 2);
    double loss[2], dz[8] = {0};
    for (size_t r = 0; r < 2; r++) {
        loss[r] = softmax_cross_entropy(&z[4 * r], 4, (size_t)t[r]);
        softmax_cross_entropy_backward(&z[4 * r], 4, (size_t)t[r], 1.0, &dz[4 * r]);
    }
    check_close("softmax_cross_entropy, logits +-1000", loss, get("ce_loss", 2), 2, TOL);
    check_close("softmax_cross_entropy_backward, logits +-1000", dz, get("ce_z_grad", 8),
                8, TOL);
    double p[4];
    softmax(z, 4, p);
    check_true("softmax, logits +-1000", isfinite(p[0]) && fabs(p[0] + p[1] + p[2] + p[3] - 1.0) < 1e-15,
               "p = %.17g %.17g %.17g %.17g", p[0], p[1], p[2], p[3]);
}

static void test_clip(const char *prefix)
{
    char name[32], what[64];
    double g[10];
    snprintf(name, sizeof name, "%s_before", prefix);
    memcpy(g, get(name, 10), sizeof g);
    double norm = clip_grad_norm(g, 10, 1.0);
    snprintf(name, sizeof name, "%s_norm", prefix);
    snprintf(what, sizeof what, "clip_grad_norm (%s): norm", prefix);
    check_scalar(what, norm, *get(name, 1), TOL);
    snprintf(name, sizeof name, "%s_after", prefix);
    snprintf(what, sizeof what, "clip_grad_norm (%s): gradient", prefix);
    check_close(what, g, get(name, 10), 10, TOL);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch05_rnn.txt");
    fixture = f;
    test_seed_example("seed", false);
    test_seed_example("seedb", true);
    test_language_model();
    test_cross_entropy();
    test_clip("clip_big");
    test_clip("clip_small");
    fixture_free(f);
    return check_finish("test_ch05_rnn");
}
