/* matmul_openblas.c: the book's blocked kernel (chapter 1) against OpenBLAS's
 * dgemm on the same random matrices, one thread each. For each n it prints
 * the best time of each over several runs, their ratio, GFLOP/s and the
 * largest difference between the two products. */
#include "matmul.h"
#include "mem.h"
#include "rng.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* a, b, c are (n, n); c = a b with OpenBLAS. */
static void openblas_matmul(double *c, const double *a, const double *b, size_t n)
{
    int m = (int)n;
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, m, m, 1.0, a, m, b, m,
                0.0, c, m);
}

/* a, b are (n, n); the best of reps runs of the blocked kernel, or of
   OpenBLAS when blas is nonzero, writing c (n, n). */
static double best_time(int blas, double *c, const double *a, const double *b,
                        size_t n, int reps)
{
    double best = INFINITY;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        if (blas)
            openblas_matmul(c, a, b, n);
        else
            matmul_blocked(c, a, b, n, n, n);
        double t = now() - t0;
        best = t < best ? t : best;
    }
    return best;
}

int main(void)
{
    static const size_t sizes[] = {128, 256, 512, 1024};
    openblas_set_num_threads(1);
    printf("OpenBLAS %s, core %s, 1 thread\n", openblas_get_config(), openblas_get_corename());
    printf("%6s %12s %12s %8s %10s %10s %10s\n", "n", "litnn s", "OpenBLAS s", "ratio",
           "litnn GF", "BLAS GF", "max diff");
    Rng rng;
    rng_seed_python(&rng, 1);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s], nn = n * n;
        double *a = mem_alloc(nn, sizeof *a), *b = mem_alloc(nn, sizeof *b);
        double *c = mem_alloc(nn, sizeof *c), *ref = mem_alloc(nn, sizeof *ref);
        for (size_t q = 0; q < nn; q++) {
            a[q] = rng_random(&rng) - 0.5;
            b[q] = rng_random(&rng) - 0.5;
        }
        int reps = n <= 256 ? 10 : 3;
        double ours = best_time(0, c, a, b, n, reps);
        double blas = best_time(1, ref, a, b, n, reps);
        double diff = 0.0;
        for (size_t q = 0; q < nn; q++)
            diff = fmax(diff, fabs(c[q] - ref[q]));
        double flops = 2.0 * (double)n * (double)nn;
        printf("%6zu %12.6f %12.6f %7.2fx %10.2f %10.2f %10.2g\n", n, ours, blas,
               ours / blas, flops / ours * 1e-9, flops / blas * 1e-9, diff);
        mem_free(a);
        mem_free(b);
        mem_free(c);
        mem_free(ref);
    }
    return 0;
}
