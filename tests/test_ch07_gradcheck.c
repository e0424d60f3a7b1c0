/* test_ch07_gradcheck.c: every backward pass of chapter 7 against central
   differences. A layer's output y is reduced to the scalar L = sum r_k y_k
   with random r, so that dL/dy = r; the gradients of L with respect to the
   layer's input and parameters must match the numerical ones. */
#include "check.h"
#include "core/gradcheck.h"
#include "core/rng.h"
#include "core/vec.h"
#include "nn/conv.h"
#include "nn/pool2d.h"
#include "nn/relu.h"

#include <stdio.h>

enum { MAXN = 512 };
static const double H = 1e-6, TOL = 1e-7;

typedef enum { CONV, CONV_DIRECT, MAXPOOL, AVGPOOL, RELU } Kind;

/* One layer with its input, parameters and the random weights r of L. */
typedef struct {
    Kind kind;
    size_t n;                 /* examples, or planes for a pooling */
    Conv2d conv;
    Pool2d pool;
    double x[MAXN], w[MAXN], b[8], r[MAXN];
} Case;

/* Writes the layer's output to y and returns its size. */
static size_t forward(const Case *c, double *y)
{
    size_t arg[MAXN];
    const Conv2d *k = &c->conv;
    switch (c->kind) {
    case CONV: conv2d_forward(k, c->n, c->x, c->w, c->b, y);
               return c->n * k->out_channels * k->h.out * k->w.out;
    case CONV_DIRECT: conv2d_direct_forward(k, c->n, c->x, c->w, c->b, y);
                      return c->n * k->out_channels * k->h.out * k->w.out;
    case MAXPOOL: pool2d_max_forward(&c->pool, c->n, c->x, y, arg);
                  return c->n * c->pool.h.out * c->pool.w.out;
    case AVGPOOL: pool2d_avg_forward(&c->pool, c->n, c->x, y);
                  return c->n * c->pool.h.out * c->pool.w.out;
    case RELU: relu_forward(c->x, c->n, y); return c->n;
    }
    return 0;
}

/* GradcheckLoss: L = r . y at the case's current values. */
static double case_loss(void *ctx)
{
    Case *c = ctx;
    double y[MAXN];
    size_t n = forward(c, y);
    return vec_dot(c->r, y, n);
}

/* Adds dL/dx, dL/dw and dL/db, for dL/dy = r, into dx, dw and db. */
static void backward(const Case *c, double *dx, double *dw, double *db)
{
    double y[MAXN];
    size_t arg[MAXN];
    switch (c->kind) {
    case CONV: conv2d_backward(&c->conv, c->n, c->x, c->w, c->r, dx, dw, db); break;
    case CONV_DIRECT: conv2d_direct_backward(&c->conv, c->n, c->x, c->w, c->r, dx, dw, db);
                      break;
    case MAXPOOL: pool2d_max_forward(&c->pool, c->n, c->x, y, arg);
                  pool2d_max_backward(&c->pool, c->n, c->r, arg, dx); break;
    case AVGPOOL: pool2d_avg_backward(&c->pool, c->n, c->r, dx); break;
    case RELU: relu_forward(c->x, c->n, y);
               relu_backward(y, c->r, c->n, dx); break;
    }
}

/* Fills the case's arrays with numbers in [-1, 1) and checks the gradients
   of its nx inputs, nw weights and nb biases. */
static void check_case(const char *name, Case *c, Rng *rng, size_t nx, size_t nw,
                       size_t nb)
{
    double *arrays[4] = {c->x, c->w, c->b, c->r};
    for (size_t a = 0; a < 4; a++)
        for (size_t i = 0; i < (a == 2 ? 8 : MAXN); i++)
            arrays[a][i] = 2.0 * rng_random(rng) - 1.0;
    double dx[MAXN] = {0}, dw[MAXN] = {0}, db[8] = {0};
    backward(c, dx, dw, db);
    const char *parts[3] = {"x", "weight", "bias"};
    double *values[3] = {c->x, c->w, c->b};
    const double *grads[3] = {dx, dw, db};
    const size_t sizes[3] = {nx, nw, nb};
    char what[80];
    for (size_t k = 0; k < 3; k++)
        if (sizes[k] > 0) {
            snprintf(what, sizeof what, "gradcheck %s, d/d%s", name, parts[k]);
            check_gradient(what, case_loss, c, values[k], grads[k], sizes[k], H, TOL);
        }
}

int main(void)
{
    Rng rng;
    rng_seed_python(&rng, 7);
    static Case c;
    /* 2 examples of 2 channels 6 x 5, 3 kernels 3 x 2, stride (2, 1),
       padding (1, 1), dilation (1, 2) */
    c.conv = conv2d_layer(2, 3, window_along(6, 3, 2, 1, 1, false, "gradcheck"),
                          window_along(5, 2, 1, 1, 2, false, "gradcheck"));
    c.n = 2;
    const size_t nx = 2 * 2 * 6 * 5, nw = 3 * 2 * 3 * 2;
    c.kind = CONV;
    check_case("conv2d", &c, &rng, nx, nw, 3);
    c.kind = CONV_DIRECT;
    check_case("conv2d_direct", &c, &rng, nx, nw, 3);
    c.conv = conv1d_layer(3, 2, window_along(9, 3, 2, 1, 1, false, "gradcheck"));
    c.kind = CONV;
    check_case("conv1d", &c, &rng, 2 * 3 * 9, 2 * 3 * 3, 2);
    /* 3 planes of 7 x 8, windows 3 x 3, stride 2, padding 1, ceiling mode */
    c.pool = pool2d_layer(window_along(7, 3, 2, 1, 1, true, "gradcheck"),
                          window_along(8, 3, 2, 1, 1, true, "gradcheck"));
    c.n = 3;
    c.kind = MAXPOOL;
    check_case("pool2d_max", &c, &rng, 3 * 7 * 8, 0, 0);
    c.kind = AVGPOOL;
    check_case("pool2d_avg", &c, &rng, 3 * 7 * 8, 0, 0);
    c.kind = RELU;
    c.n = 40;
    check_case("relu", &c, &rng, 40, 0, 0);
    return check_finish("test_ch07_gradcheck");
}
