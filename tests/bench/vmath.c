/* vmath.c: the time per element of exp, tanh or the sigmoid over an array of
 * N arguments uniform in [-8, 8], by chapter 5's vmath or by a loop of the
 * C library's calls, repeated REPS times.
 *   bench_vmath exp|tanh|sigmoid vmath|libm N REPS
 * prints the seconds per element, for tests/bench/ch05_vmath.py, which runs
 * the two implementations alternately. */
#include "core/mem.h"
#include "core/rng.h"
#include "core/vmath.h"

#include "clock.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void libm_exp(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = exp(x[i]);
}

static void libm_tanh(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = tanh(x[i]);
}

static void libm_sigmoid(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] = 1.0 / (1.0 + exp(-x[i]));
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        void (*vmath)(const double *, double *, size_t), (*libm)(const double *, double *, size_t);
    } functions[] = {{"exp", vmath_exp, libm_exp}, {"tanh", vmath_tanh, libm_tanh},
                     {"sigmoid", vmath_sigmoid, libm_sigmoid}};
    size_t which = 0;
    while (which < 3 && (argc != 5 || strcmp(argv[1], functions[which].name) != 0))
        which++;
    bool ok = which < 3 && (!strcmp(argv[2], "vmath") || !strcmp(argv[2], "libm"));
    size_t n = ok ? strtoul(argv[3], NULL, 10) : 0, reps = ok ? strtoul(argv[4], NULL, 10) : 0;
    if (n == 0 || reps == 0) {
        fprintf(stderr, "bench_vmath: error: usage: bench_vmath exp|tanh|sigmoid vmath|libm N REPS\n");
        return 2;
    }
    void (*f)(const double *, double *, size_t) =
        !strcmp(argv[2], "vmath") ? functions[which].vmath : functions[which].libm;
    double *x = mem_alloc(2 * n, sizeof x[0]), *y = x + n, sum = 0.0;
    Rng r;
    rng_seed_python(&r, 1);
    for (size_t i = 0; i < n; i++)
        x[i] = 16.0 * rng_random(&r) - 8.0;
    double start = bench_now();
    for (size_t k = 0; k < reps; k++) {
        f(x, y, n);
        sum += y[k % n];            /* the result is used */
    }
    double seconds = (bench_now() - start) / (double)(reps * n);
    printf("%.6g\n", seconds + 0.0 * sum);
    mem_free(x);
    return 0;
}
