/* test_ch07_conv_gemm.c: the convolution on gemm against its definition on
   100 random layers (kernels, strides, paddings, dilations, channels and
   batches drawn at random, some with a bias): the outputs and the
   gradients of the weight and the bias must be equal (==), the gradient of
   the input equal to rounding; and col2im must be im2col's transpose,
   <im2col(x), r> = <x, col2im(r)>. */
#include "check.h"
#include "core/mem.h"
#include "core/rng.h"
#include "core/vec.h"
#include "nn/conv.h"

#include <math.h>

enum { LAYERS = 100 };

/* A whole number in [lo, hi]. */
static size_t pick(Rng *rng, size_t lo, size_t hi)
{
    return lo + (size_t)(rng_random(rng) * (double)(hi - lo + 1));
}

/* A window along an input of 1 to 9 values that fits. */
static Window random_window(Rng *rng)
{
    for (;;) {
        size_t in = pick(rng, 1, 9), k = pick(rng, 1, 4), s = pick(rng, 1, 3);
        size_t p = pick(rng, 0, 2), d = pick(rng, 1, 2);
        if (d * (k - 1) + 1 <= in + 2 * p)
            return window_along(in, k, s, p, d, false, "random_window");
    }
}

/* n values uniform in [-1, 1). */
static void fill(Rng *rng, double *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        v[i] = 2.0 * rng_random(rng) - 1.0;
}

/* Whether a (n) and b (n) are equal, as == compares doubles. */
static bool same(const double *a, const double *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* The largest |a - b| / max(1, |b|) over (n). */
static double max_rel(const double *a, const double *b, size_t n)
{
    double worst = 0.0;
    for (size_t i = 0; i < n; i++)
        worst = fmax(worst, fabs(a[i] - b[i]) / fmax(1.0, fabs(b[i])));
    return worst;
}

int main(void)
{
    Rng rng;
    rng_seed_python(&rng, 7);
    size_t forward_equal = 0, weight_equal = 0, bias_equal = 0, biased = 0;
    double dx_worst = 0.0, adjoint_worst = 0.0;
    for (size_t l = 0; l < LAYERS; l++) {
        Conv2d c = conv2d_layer(pick(&rng, 1, 4), pick(&rng, 1, 5), random_window(&rng),
                                random_window(&rng));
        const size_t n = pick(&rng, 1, 3), with_bias = l % 2;
        const size_t x_n = n * c.in_channels * c.h.in * c.w.in;
        const size_t w_n = c.out_channels * c.in_channels * c.h.kernel * c.w.kernel;
        const size_t y_n = n * c.out_channels * c.h.out * c.w.out;
        const size_t cols_n = c.in_channels * c.h.kernel * c.w.kernel * c.h.out * c.w.out;
        double *x = mem_alloc(4 * (x_n + w_n + y_n + c.out_channels) + 2 * cols_n,
                              sizeof x[0]);                    /* all zero */
        double *w = x + x_n, *b = w + w_n, *dy = b + c.out_channels;
        double *y[2] = {dy + y_n, dy + 2 * y_n};
        double *dx[2] = {y[1] + y_n, y[1] + y_n + x_n};
        double *dw[2] = {dx[1] + x_n, dx[1] + x_n + w_n};
        double *db[2] = {dw[1] + w_n, dw[1] + w_n + c.out_channels};
        double *cols = db[1] + c.out_channels, *r = cols + cols_n, *back = r + cols_n;
        fill(&rng, x, x_n);
        fill(&rng, w, w_n);
        fill(&rng, b, c.out_channels);
        fill(&rng, dy, y_n);
        conv2d_direct_forward(&c, n, x, w, with_bias ? b : NULL, y[0]);
        conv2d_forward(&c, n, x, w, with_bias ? b : NULL, y[1]);
        conv2d_direct_backward(&c, n, x, w, dy, dx[0], dw[0], db[0]);
        conv2d_backward(&c, n, x, w, dy, dx[1], dw[1], db[1]);
        forward_equal += same(y[0], y[1], y_n);
        weight_equal += same(dw[0], dw[1], w_n);
        bias_equal += same(db[0], db[1], c.out_channels);
        biased += with_bias;
        dx_worst = fmax(dx_worst, max_rel(dx[1], dx[0], x_n));
        conv2d_im2col(&c, x, cols, c.h.out * c.w.out);  /* the first example */
        fill(&rng, r, cols_n);
        conv2d_col2im(&c, r, c.h.out * c.w.out, back);
        const size_t plane_n = c.in_channels * c.h.in * c.w.in;
        double lhs = vec_dot(cols, r, cols_n), rhs = vec_dot(x, back, plane_n);
        adjoint_worst = fmax(adjoint_worst, fabs(lhs - rhs) / fmax(1.0, fabs(rhs)));
        mem_free(x);
    }
    check_true("conv2d_forward == conv2d_direct_forward", forward_equal == LAYERS,
               "on %zu of %d layers", forward_equal, LAYERS);
    check_true("conv2d_backward's dweight == the direct one's", weight_equal == LAYERS,
               "on %zu of %d layers", weight_equal, LAYERS);
    check_true("conv2d_backward's dbias == the direct one's", bias_equal == LAYERS,
               "on %zu of %d layers, %zu with a bias", bias_equal, LAYERS, biased);
    check_true("conv2d_backward's dx, to rounding", dx_worst <= 1e-14,
               "max rel %.1e (tol 1e-14)", dx_worst);
    check_true("<im2col(x), r> = <x, col2im(r)>", adjoint_worst <= 1e-14,
               "max rel %.1e (tol 1e-14)", adjoint_worst);
    return check_finish("test_ch07_conv_gemm");
}
