/* conv.c: the seconds of one forward and backward pass of a 3 x 3
 * convolution (stride 1, no padding, with a bias) on a batch, by chapter
 * 7's definition or through im2col and gemm, averaged over REPS passes.
 *   bench_conv direct|gemm C_IN C_OUT SIDE N REPS
 * x is (N, C_IN, SIDE, SIDE); prints the seconds per pass, for
 * tests/bench/ch07_conv.py, which runs the implementations alternately. */
#include "core/mem.h"
#include "core/rng.h"
#include "nn/conv.h"

#include "clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    const bool direct = argc == 7 && strcmp(argv[1], "direct") == 0;
    size_t v[5] = {0};
    for (int i = 2; argc == 7 && i < 7; i++)
        v[i - 2] = strtoul(argv[i], NULL, 10);
    if ((!direct && (argc != 7 || strcmp(argv[1], "gemm") != 0)) || v[0] == 0 ||
        v[1] == 0 || v[2] < 3 || v[3] == 0 || v[4] == 0) {
        fprintf(stderr, "bench_conv: error: usage: bench_conv direct|gemm C_IN C_OUT SIDE N REPS\n");
        return 2;
    }
    const size_t n = v[3], reps = v[4];
    Window a = window_along(v[2], 3, 1, 0, 1, false, "bench_conv");
    Conv2d c = conv2d_layer(v[0], v[1], a, a);
    const size_t x_n = n * c.in_channels * a.in * a.in, w_n = c.out_channels * c.in_channels * 9;
    const size_t y_n = n * c.out_channels * a.out * a.out;
    double *x = mem_alloc(2 * (x_n + w_n + y_n + c.out_channels), sizeof x[0]);
    double *w = x + x_n, *b = w + w_n, *y = b + c.out_channels, *dy = y + y_n;
    double *dx = dy + y_n, *dw = dx + x_n, *db = dw + w_n;
    Rng r;
    rng_seed_python(&r, 1);
    for (size_t i = 0; i < x_n + w_n + c.out_channels; i++)
        x[i] = 2.0 * rng_random(&r) - 1.0;
    for (size_t i = 0; i < y_n; i++)
        dy[i] = 2.0 * rng_random(&r) - 1.0;
    double start = bench_now();
    for (size_t k = 0; k < reps; k++) {
        if (direct) {
            conv2d_direct_forward(&c, n, x, w, b, y);
            conv2d_direct_backward(&c, n, x, w, dy, dx, dw, db);
        } else {
            conv2d_forward(&c, n, x, w, b, y);
            conv2d_backward(&c, n, x, w, dy, dx, dw, db);
        }
    }
    double seconds = (bench_now() - start) / (double)reps;
    printf("%.6g\n", seconds + 0.0 * (y[0] + dx[0] + dw[0] + db[0]));
    mem_free(x);
    return 0;
}
