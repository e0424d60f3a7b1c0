/* test_ch05_rnn.c: chapter 5 against PyTorch (tests/fixtures/ch05_rnn.txt,
   written by tests/reference/ch05_rnn.py): the source text's nn.RNN example
   with and without biases, a character model's loss and full BPTT gradients
   (one stretch, and three side by side),
   cross-entropy with logits of +-1000, gradient clipping, and a padded
   batch of three sequences of different lengths (pack_padded_sequence). */
#include "core/checkpoint.h"
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
    Recurrent r = {3, 4, 1, w_ih, w_hh, bias ? b_ih : NULL, bias ? b_hh : NULL};
    load(prefix, "w_ih", w_ih, 12);
    load(prefix, "w_hh", w_hh, 16);
    if (bias) {
        load(prefix, "b_ih", b_ih, 4);
        load(prefix, "b_hh", b_hh, 4);
    }
    const SeqBatch one = seqbatch_one(3);
    rnn_forward(&r, x, &one, 3, NULL, h);
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

/* nn.RNN(4, 5) on a padded, time-major batch of 3 sequences of lengths
   5, 2, 4 from given initial states; L = sum(r_out * output) + sum(r_h * h_n),
   where h_n holds each sequence's last real state. */
static void test_padded_batch(void)
{
    enum { T = 5, B = 3, D = 4, H = 5, NP = H * D + H * H + 2 * H };
    double p[NP], gp[NP] = {0}, h[T * B * H], dh[T * B * H];
    double dx[T * B * D] = {0}, dh0[B * H] = {0}, h_n[B * H];
    Recurrent r = {D, H, 1, p, p + H * D, p + H * D + H * H, p + H * D + H * H + H};
    Recurrent g = {D, H, 1, gp, gp + H * D, gp + H * D + H * H, gp + H * D + H * H + H};
    load("batch", "w_ih", r.w_ih, H * D);
    load("batch", "w_hh", r.w_hh, H * H);
    load("batch", "b_ih", r.b_ih, H);
    load("batch", "b_hh", r.b_hh, H);
    const double *lens_d = get("batch_lens", B);
    size_t lens[B];
    for (size_t b = 0; b < B; b++)
        lens[b] = (size_t)lens_d[b];
    const SeqBatch s = {T, B, lens};
    const double *x = get("batch_x", T * B * D), *h0 = get("batch_h0", B * H);
    rnn_forward(&r, x, &s, D, h0, h);
    check_close("rnn_forward, padded batch: output", h, get("batch_output", T * B * H),
                T * B * H, TOL);
    for (size_t b = 0; b < B; b++)
        memcpy(&h_n[b * H], &h[((lens[b] - 1) * B + b) * H], H * sizeof h[0]);
    check_close("rnn_forward, padded batch: h_n", h_n, get("batch_h_n", B * H), B * H, TOL);
    load("batch", "r_out", dh, T * B * H);
    const double *r_h = get("batch_r_h", B * H);
    for (size_t b = 0; b < B; b++)        /* h_n is the output at the last real step */
        for (size_t j = 0; j < H; j++)
            dh[((lens[b] - 1) * B + b) * H + j] += r_h[b * H + j];
    rnn_backward(&r, x, &s, h0, h, dh, RNN_FULL, &g, dx, dh0);
    const char *names[4] = {"w_ih", "w_hh", "b_ih", "b_hh"};
    const double *grads[4] = {g.w_ih, g.w_hh, g.b_ih, g.b_hh};
    const size_t sizes[4] = {H * D, H * H, H, H};
    char name[32], what[64];
    for (size_t i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "batch_%s_grad", names[i]);
        snprintf(what, sizeof what, "rnn_backward, padded batch: %s.grad", names[i]);
        check_close(what, grads[i], get(name, sizes[i]), sizes[i], TOL);
    }
    check_close("rnn_backward, padded batch: x.grad", dx, get("batch_x_grad", T * B * D),
                T * B * D, TOL);
    check_close("rnn_backward, padded batch: h0.grad", dh0, get("batch_h0_grad", B * H),
                B * H, TOL);
}

/* The character model's sizes: symbols, vector, state, stretch, batch. */
enum { LM_V = 7, LM_E = 5, LM_H = 6, LM_T = 8, LM_MAXB = 3 };

/* The B stretches of LM_T + 1 ids of prefix into ids, with rows[b] = ids[b],
   and their initial states (B, H) into state. */
static void load_stretches(const char *prefix, size_t B, size_t ids[][LM_T + 1],
                           const size_t **rows, double *state)
{
    double ids_d[LM_MAXB * (LM_T + 1)];
    load(prefix, "ids", ids_d, B * (LM_T + 1));
    for (size_t b = 0; b < B; b++) {
        for (size_t t = 0; t <= LM_T; t++)
            ids[b][t] = (size_t)ids_d[b * (LM_T + 1) + t];
        rows[b] = ids[b];
    }
    load(prefix, "h0", state, B * LM_H);
}

/* The character model against PyTorch's on prefix "lm" (one stretch) or
   "lmb" (a batch of 3 side by side): loss, final states, every gradient. */
static void test_language_model(const char *prefix, size_t B)
{
    enum { V = LM_V, E = LM_E, H = LM_H, T = LM_T, MAXB = LM_MAXB };
    Randn g;
    randn_seed(&g, 0);
    CharRnn m = char_rnn_new(V, E, H, T, B, &g);
    const char *names[7] = {"table", "w_ih", "w_hh", "b_ih", "b_hh", "w_out", "b_out"};
    double *params[7] = {m.table, m.rnn.w_ih, m.rnn.w_hh, m.rnn.b_ih, m.rnn.b_hh,
                         m.w_out, m.b_out};
    double *grads[7] = {m.d_table, m.d_rnn.w_ih, m.d_rnn.w_hh, m.d_rnn.b_ih,
                        m.d_rnn.b_hh, m.d_w_out, m.d_b_out};
    const size_t sizes[7] = {V * E, H * E, H * H, H, H, V * H, V};
    char what[80];
    for (size_t i = 0; i < 7; i++)
        load(prefix, names[i], params[i], sizes[i]);
    double state[MAXB * H];
    size_t ids[MAXB][T + 1];
    const size_t *rows[MAXB];
    load_stretches(prefix, B, ids, rows, state);
    double loss = char_rnn_loss(&m, rows, B, T, state, true, RNN_FULL);
    char name[32];
    snprintf(name, sizeof name, "%s_loss", prefix);
    snprintf(what, sizeof what, "char_rnn_loss (%zu x %d): mean cross-entropy", B, T);
    check_scalar(what, loss, *get(name, 1), TOL);
    snprintf(name, sizeof name, "%s_h_n", prefix);
    snprintf(what, sizeof what, "char_rnn_loss (%zu x %d): final states", B, T);
    check_close(what, state, get(name, B * H), B * H, TOL);
    for (size_t i = 0; i < 7; i++) {
        snprintf(name, sizeof name, "%s_%s_grad", prefix, names[i]);
        snprintf(what, sizeof what, "char_rnn_loss (%zu x %d), full BPTT: %s.grad", B, T,
                 names[i]);
        check_close(what, grads[i], get(name, sizes[i]), sizes[i], TOL);
    }
    snprintf(name, sizeof name, "%s_h0_grad", prefix);
    snprintf(what, sizeof what, "char_rnn_loss (%zu x %d), full BPTT: h0.grad", B, T);
    check_close(what, m.dh0, get(name, B * H), B * H, TOL);
    char_rnn_free(&m);
}

/* The "lmb" model's state_dict, written from PyTorch by tools/checkpoint.py,
   loaded by name into a CharRnn: the same loss as PyTorch's. */
static void test_state_dict(void)
{
    enum { V = LM_V, E = LM_E, H = LM_H, T = LM_T, B = LM_MAXB };
    Randn g;
    randn_seed(&g, 0);
    CharRnn m = char_rnn_new(V, E, H, T, B, &g);
    char why[CHECKPOINT_WHY_SIZE] = "";
    bool loaded = checkpoint_load(&m.params, "tests/fixtures/ch05_state_dict.ckpt", why,
                                  sizeof why);
    check_true("checkpoint_load of PyTorch's state_dict", loaded, "%s", why);
    double state[B * H];
    size_t ids[B][T + 1];
    const size_t *rows[B];
    load_stretches("lmb", B, ids, rows, state);
    double loss = char_rnn_loss(&m, rows, B, T, state, false, RNN_FULL);
    check_scalar("char_rnn_loss with the loaded state_dict", loss, *get("lmb_loss", 1), TOL);
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
    test_language_model("lm", 1);
    test_language_model("lmb", 3);
    test_state_dict();
    test_cross_entropy();
    test_clip("clip_big");
    test_clip("clip_small");
    test_padded_batch();
    fixture_free(f);
    return check_finish("test_ch05_rnn");
}
