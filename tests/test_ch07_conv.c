/* test_ch07_conv.c: chapter 7's layers against PyTorch
   (tests/fixtures/ch07_conv.txt, written by tests/reference/ch07_conv.py):
   each convolution by its definition and on gemm, each pooling and the
   rectifier, forward for the fixture's input and backward for its upstream
   gradient dy. */
#include "check.h"
#include "core/mem.h"
#include "nn/conv.h"
#include "nn/pool2d.h"
#include "nn/relu.h"

#include <stdio.h>

static const double TOL = 1e-12;
static const Fixture *fixture;

/* The case's windows from its geometry, for an input of planes (h_in, w_in). */
static void windows(const char *prefix, size_t h_in, size_t w_in, Window *h, Window *w)
{
    const double *g = fixture_part(fixture, prefix, "geometry", NULL);
    size_t v[9];
    for (size_t i = 0; i < 9; i++)
        v[i] = (size_t)g[i];
    *h = window_along(h_in, v[0], v[2], v[4], v[6], v[8], prefix);
    *w = window_along(w_in, v[1], v[3], v[5], v[7], v[8], prefix);
}

typedef void ConvForward(const Conv2d *, size_t, const double *, const double *,
                         const double *, double *);
typedef void ConvBackward(const Conv2d *, size_t, const double *, const double *,
                          const double *, double *, double *, double *);

/* The layer of a convolution case for planes (h_in, w_in); conv1d_layer
   for height 1. */
static Conv2d layer(const char *prefix, size_t h_in, size_t w_in)
{
    Window h, w;
    windows(prefix, h_in, w_in, &h, &w);
    const double *g = fixture_part(fixture, prefix, "geometry", NULL);
    const size_t in = (size_t)g[9], out = (size_t)g[10];
    return h_in == 1 ? conv1d_layer(in, out, w) : conv2d_layer(in, out, h, w);
}

/* One convolution case, with or without a bias, through one
   implementation: x is (n, C_in, h_in, w_in). */
static void test_conv(const char *prefix, size_t n, const Conv2d *c, bool with_bias,
                      const char *how, ConvForward *forward, ConvBackward *backward)
{
    size_t x_n, w_n, b_n = 0;
    const double *x = fixture_part(fixture, prefix, "x", &x_n);
    const double *weight = fixture_part(fixture, prefix, "weight", &w_n);
    const double *bias = with_bias ? fixture_part(fixture, prefix, "bias", &b_n) : NULL;
    const size_t y_n = n * c->out_channels * c->h.out * c->w.out;
    double *y = mem_alloc(y_n + x_n + w_n + b_n, sizeof y[0]);
    double *dx = y + y_n, *dw = dx + x_n, *db = dw + w_n;
    char what[64];
    snprintf(what, sizeof what, "%s forward", how);
    forward(c, n, x, weight, bias, y);
    check_fixture(what, fixture, prefix, "y", y, y_n, TOL);
    snprintf(what, sizeof what, "%s backward", how);
    const double *dy = fixture_part(fixture, prefix, "dy", NULL);
    backward(c, n, x, weight, dy, dx, dw, bias ? db : NULL);
    check_fixture(what, fixture, prefix, "x_grad", dx, x_n, TOL);
    check_fixture(what, fixture, prefix, "weight_grad", dw, w_n, TOL);
    if (bias)
        check_fixture(what, fixture, prefix, "bias_grad", db, b_n, TOL);
    mem_free(y);
}

/* Both implementations of one convolution case. */
static void test_conv_both(const char *prefix, size_t n, size_t h_in, size_t w_in,
                           bool with_bias)
{
    Conv2d c = layer(prefix, h_in, w_in);
    test_conv(prefix, n, &c, with_bias, "conv2d_direct", conv2d_direct_forward,
              conv2d_direct_backward);
    test_conv(prefix, n, &c, with_bias, "conv2d", conv2d_forward, conv2d_backward);
}

/* One pooling case: x is (planes, h_in, w_in). */
static void test_pool(const char *prefix, bool max, size_t planes, size_t h_in, size_t w_in)
{
    Window h, w;
    windows(prefix, h_in, w_in, &h, &w);
    Pool2d p = pool2d_layer(h, w);
    size_t x_n;
    const double *x = fixture_part(fixture, prefix, "x", &x_n);
    const size_t y_n = planes * h.out * w.out;
    double *y = mem_alloc(y_n + x_n, sizeof y[0]), *dx = y + y_n;
    size_t *arg = mem_alloc(y_n, sizeof arg[0]);
    const double *dy = fixture_part(fixture, prefix, "dy", NULL);
    if (max) {
        pool2d_max_forward(&p, planes, x, y, arg);
        pool2d_max_backward(&p, planes, dy, arg, dx);
    } else {
        pool2d_avg_forward(&p, planes, x, y);
        pool2d_avg_backward(&p, planes, dy, dx);
    }
    const char *what = max ? "pool2d_max" : "pool2d_avg";
    check_fixture(what, fixture, prefix, "y", y, y_n, TOL);
    check_fixture(what, fixture, prefix, "x_grad", dx, x_n, TOL);
    mem_free(arg);
    mem_free(y);
}

static void test_relu(void)
{
    size_t n;
    const double *x = fixture_part(fixture, "relu", "x", &n);
    double y[16], dx[16] = {0};
    relu_forward(x, n, y);
    check_fixture("relu_forward", fixture, "relu", "y", y, n, TOL);
    relu_backward(y, fixture_part(fixture, "relu", "dy", NULL), n, dx);
    check_fixture("relu_backward", fixture, "relu", "x_grad", dx, n, TOL);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch07_conv.txt");
    fixture = f;
    test_conv_both("conv2d_seed", 1, 4, 4, false);
    test_conv_both("conv2d_all", 2, 7, 6, true);
    test_conv_both("conv2d_pad", 3, 5, 5, false);
    test_conv_both("conv1d_seed", 1, 1, 6, true);
    test_conv_both("conv1d_batch", 2, 1, 11, true);
    test_pool("maxpool2", true, 6, 6, 6);
    test_pool("avgpool2", false, 6, 6, 6);
    test_pool("maxpool3ceil", true, 4, 7, 8);
    test_pool("avgpool3ceil", false, 4, 7, 8);
    test_pool("maxpool_ties", true, 1, 3, 3);
    test_relu();
    fixture_free(f);
    return check_finish("test_ch07_conv");
}
