/* test_ch05_gradcheck.c: full backpropagation through time against central
   differences: the recurrent layer (L = sum r . h for random r, with respect
   to every parameter, the inputs and the initial state, on one sequence and
   on a padded batch) and the whole character model (its mean cross-entropy,
   every parameter, and the state it starts from). */
#include "models/char_rnn.h"
#include "check.h"
#include "core/gradcheck.h"
#include "core/randn.h"
#include "core/vec.h"
#include "nn/rnn.h"

#include <stdio.h>
#include <string.h>

enum { D = 3, H = 4, T = 6, MAXB = 3, NPARAM = H * D + H * H + 2 * H };
static const double STEP = 1e-6, TOL = 1e-7;

/* The layer, its batch, input and initial states, and the weights r of L. */
typedef struct {
    Recurrent r;
    SeqBatch batch;
    double *x, *h0, *weights;
} Layer;

/* GradcheckLoss: L = weights . h at the layer's current values. */
static double layer_loss(void *ctx)
{
    Layer *l = ctx;
    double h[T * MAXB * H];
    rnn_forward(&l->r, l->x, &l->batch, D, l->h0, h);
    return vec_dot(l->weights, h, T * l->batch.batch * H);
}

static void report(const char *what, GradcheckResult r, size_t n)
{
    check_true(what, r.max_rel < TOL,
               "%zu values, max rel error %.3g, max abs error %.3g (h %g, tol %g)",
               n, r.max_rel, r.max_abs, STEP, TOL);
}

/* The layer on one sequence and on a padded batch of lengths 6, 2, 5. */
static void check_layer(Randn *g)
{
    double params[NPARAM], x[T * MAXB * D], h0[MAXB * H], weights[T * MAXB * H];
    double h[T * MAXB * H];
    double *all[4] = {params, x, h0, weights};
    const size_t sizes[4] = {NPARAM, T * MAXB * D, MAXB * H, T * MAXB * H};
    for (size_t a = 0; a < 4; a++)
        for (size_t i = 0; i < sizes[a]; i++)
            all[a][i] = 0.8 * randn_next(g);
    static const size_t lens[MAXB] = {T, 2, 5};
    const SeqBatch shapes[2] = {seqbatch_one(T), {T, MAXB, lens}};
    for (size_t i = 0; i < 2; i++) {
        const size_t B = shapes[i].batch;
        Layer l = {{D, H, 1, params, params + H * D, params + H * D + H * H,
                    params + H * D + H * H + H}, shapes[i], x, h0, weights};
        double grads[NPARAM] = {0}, dx[T * MAXB * D] = {0}, dh0[MAXB * H] = {0};
        Recurrent gr = {D, H, 1, grads, grads + H * D, grads + H * D + H * H,
                  grads + H * D + H * H + H};
        rnn_forward(&l.r, x, &l.batch, D, h0, h);
        rnn_backward(&l.r, x, &l.batch, h0, h, weights, RNN_FULL, &gr, dx, dh0);
        const char *shape = B == 1 ? "one sequence" : "padded batch";
        char what[96];
        snprintf(what, sizeof what, "gradcheck rnn_backward (full, %s), parameters", shape);
        report(what, gradcheck(layer_loss, &l, params, grads, NPARAM, STEP), NPARAM);
        snprintf(what, sizeof what, "gradcheck rnn_backward (full, %s), inputs x", shape);
        report(what, gradcheck(layer_loss, &l, x, dx, T * B * D, STEP), T * B * D);
        snprintf(what, sizeof what, "gradcheck rnn_backward (full, %s), initial state h0",
                 shape);
        report(what, gradcheck(layer_loss, &l, h0, dh0, B * H, STEP), B * H);
    }
}

/* The model, a stretch of ids and the state it starts from. */
typedef struct {
    CharRnn *m;
    const size_t *ids;
    const double *h0;
} Stretch;

/* GradcheckLoss: the model's mean cross-entropy on the stretch. */
static double stretch_loss(void *ctx)
{
    Stretch *s = ctx;
    double state[H];
    memcpy(state, s->h0, sizeof state);
    return char_rnn_loss(s->m, &s->ids, 1, T, state, false, RNN_FULL);
}

static void check_model(Randn *g)
{
    CharRnn m = char_rnn_new(7, D, H, T, 1, g);
    const size_t ids[T + 1] = {1, 4, 4, 0, 6, 2, 3};
    double h0[H], state[H];
    for (size_t i = 0; i < H; i++)
        h0[i] = state[i] = 0.5 * randn_next(g);
    const size_t *stretch = ids;
    char_rnn_loss(&m, &stretch, 1, T, state, true, RNN_FULL);
    Stretch s = {&m, ids, h0};
    report("gradcheck char_rnn_loss (full BPTT), all parameters",
           gradcheck(stretch_loss, &s, m.params.data, m.params.grad, m.params.size, STEP),
           m.params.size);
    double dh0[H];
    memcpy(dh0, m.dh0, sizeof dh0);
    report("gradcheck char_rnn_loss (full BPTT), initial state",
           gradcheck(stretch_loss, &s, h0, dh0, H, STEP), H);
    char_rnn_free(&m);
}

int main(void)
{
    Randn g;
    randn_seed(&g, 7);
    check_layer(&g);
    check_model(&g);
    return check_finish("test_ch05_gradcheck");
}
