/* test_ch04_gradcheck.c: every backward pass of chapter 4 against central
   differences. A layer's output y is reduced to the scalar L = sum r_k y_k
   with random r, so that dL/dy = r; the gradients of L with respect to the
   layer's input and parameters must match the numerical ones. */
#include "nn/bce.h"
#include "check.h"
#include "core/gradcheck.h"
#include "core/randn.h"
#include "core/vec.h"
#include "models/str_classifier.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/layernorm.h"
#include "nn/linear.h"
#include "nn/pool.h"

#include <stdio.h>
#include <string.h>

enum { N = 3, IN = 6, OUT = 4, LEN = 7, MAXY = 64 };
static const double H = 1e-6, TOL = 1e-7;

typedef enum { LINEAR, MEAN, AVGPOOL, MAXPOOL, LAYERNORM, DROPOUT, EMBEDDING, BCE } Kind;

/* One layer with its input, parameters and the random weights r of L. */
typedef struct {
    Kind kind;
    double x[N * LEN * IN], w[OUT * IN], b[IN], mask[N * IN], t[N * IN];
    double r[MAXY];
    size_t ids[N * LEN];
    Pool1d pool;
} Case;

/* Writes the layer's output to y and returns its size. */
static size_t forward(const Case *c, double *y)
{
    double mean[N], rstd[N];
    size_t arg[MAXY];
    switch (c->kind) {
    case LINEAR: linear_forward(c->x, c->w, c->b, N, IN, OUT, y); return N * OUT;
    case MEAN: pool_mean_forward(c->x, 5, IN, y); return IN;
    case AVGPOOL: pool1d_avg_forward(&c->pool, c->x, N, y); return N * c->pool.out_len;
    case MAXPOOL: pool1d_max_forward(&c->pool, c->x, N, y, arg); return N * c->pool.out_len;
    case LAYERNORM: layernorm_forward(c->x, c->w, c->b, N, IN, 1e-5, y, mean, rstd);
                    return N * IN;
    case DROPOUT: dropout_forward(c->x, c->mask, N * IN, y); return N * IN;
    case EMBEDDING: embedding_forward(c->w, OUT, IN, c->ids, LEN, y); return LEN * IN;
    case BCE: y[0] = bce_logits_forward(c->x, c->t, N * IN); return 1;
    }
    return 0;
}

/* GradcheckLoss: L = r . y at the case's current values. */
static double case_loss(void *ctx)
{
    Case *c = ctx;
    double y[MAXY];
    size_t n = forward(c, y);
    return vec_dot(c->r, y, n);
}

/* Adds dL/dx, dL/dw and dL/db, for dL/dy = r, into dx, dw and db. */
static void backward(const Case *c, double *dx, double *dw, double *db)
{
    double y[MAXY], mean[N], rstd[N];
    size_t arg[MAXY];
    switch (c->kind) {
    case LINEAR: linear_backward(c->x, c->w, c->r, N, IN, OUT, dx, dw, db); break;
    case MEAN: pool_mean_backward(c->r, 5, IN, dx); break;
    case AVGPOOL: pool1d_avg_backward(&c->pool, c->r, N, dx); break;
    case MAXPOOL: pool1d_max_forward(&c->pool, c->x, N, y, arg);
                  pool1d_max_backward(&c->pool, c->r, arg, N, dx); break;
    case LAYERNORM: layernorm_forward(c->x, c->w, c->b, N, IN, 1e-5, y, mean, rstd);
                    layernorm_backward(c->x, c->w, mean, rstd, c->r, N, IN, dx, dw, db);
                    break;
    case DROPOUT: dropout_backward(c->r, c->mask, N * IN, dx); break;
    case EMBEDDING: embedding_backward(c->ids, LEN, IN, EMBEDDING_NO_PADDING, c->r, dw);
                   break;
    case BCE: bce_logits_backward(c->x, c->t, N * IN, dx);
              vec_scale(c->r[0], dx, N * IN); break;
    }
}

static void check_case(const char *name, Case *c, size_t nx, size_t nw, size_t nb)
{
    double dx[N * LEN * IN] = {0}, dw[OUT * IN] = {0}, db[IN] = {0};
    char what[80];
    backward(c, dx, dw, db);
    const char *parts[3] = {"x", "w", "b"};
    double *values[3] = {c->x, c->w, c->b};
    const double *grads[3] = {dx, dw, db};
    const size_t sizes[3] = {nx, nw, nb};
    for (size_t k = 0; k < 3; k++)
        if (sizes[k] > 0) {
            snprintf(what, sizeof what, "gradcheck %s, d/d%s", name, parts[k]);
            check_gradient(what, case_loss, c, values[k], grads[k], sizes[k], H, TOL);
        }
}

/* The string classifier whose mean loss over a batch is checked. */
typedef struct {
    StrClassifier *m;
    const size_t *ids, *lens;
    const double *t;
} Batch;

/* GradcheckLoss: the classifier's loss at its current parameters. */
static double batch_loss(void *ctx)
{
    Batch *b = ctx;
    return str_classifier_loss(b->m, b->ids, b->lens, b->t, 3, false);
}

/* A classifier of 6 ids, 3 dimensions, strings of up to 4 ids: the gradient
   of all its parameters for a batch of strings of 4, 0 and 2 ids. */
static void check_strclf(Randn *g)
{
    StrClassifier m = str_classifier_new(6, 3, 4, 3, g);
    const size_t ids[12] = {2, 5, 1, 2, 0, 0, 0, 0, 3, 4, 0, 0}, lens[3] = {4, 0, 2};
    const double t[3] = {1.0, 0.0, 1.0};
    str_classifier_loss(&m, ids, lens, t, 3, true);
    Batch b = {&m, ids, lens, t};
    check_gradient("gradcheck str_classifier_loss, all parameters", batch_loss, &b,
                   m.params.data, m.params.grad, m.params.size, H, TOL);
    str_classifier_free(&m);
}

int main(void)
{
    Randn g;
    randn_seed(&g, 4);
    static Case c;
    for (size_t k = 0; k < sizeof c.x / sizeof c.x[0]; k++)
        c.x[k] = randn_next(&g);
    for (size_t k = 0; k < OUT * IN; k++)
        c.w[k] = randn_next(&g);
    for (size_t k = 0; k < IN; k++)
        c.b[k] = randn_next(&g);
    for (size_t k = 0; k < MAXY; k++)
        c.r[k] = randn_next(&g);
    for (size_t k = 0; k < N * IN; k++) {
        c.mask[k] = rng_random(&g.rng) < 0.4 ? 0.0 : 1.0 / 0.6;
        c.t[k] = rng_random(&g.rng);
    }
    const size_t ids[LEN] = {1, 3, 3, 0, 2, 3, 1};
    memcpy(c.ids, ids, sizeof ids);

    c.kind = LINEAR;    check_case("linear", &c, N * IN, OUT * IN, OUT);
    c.kind = MEAN;      check_case("pool_mean (5 of 7 rows)", &c, LEN * IN, 0, 0);
    pool1d_init(&c.pool, IN, 3, 2);
    c.kind = AVGPOOL;   check_case("pool1d_avg (3, stride 2)", &c, N * IN, 0, 0);
    c.kind = MAXPOOL;   check_case("pool1d_max (3, stride 2)", &c, N * IN, 0, 0);
    c.kind = LAYERNORM; check_case("layernorm", &c, N * IN, IN, IN);
    c.kind = DROPOUT;   check_case("dropout (p = 0.4)", &c, N * IN, 0, 0);
    c.kind = EMBEDDING; check_case("embedding (4 x 6)", &c, 0, OUT * IN, 0);
    c.kind = BCE;       check_case("bce_logits", &c, N * IN, 0, 0);
    check_strclf(&g);
    return check_finish("test_ch04_gradcheck");
}
