/* gemm_openblas.c: chapter 1's matrix products against OpenBLAS's dgemm on
 * the same random matrices, one thread each, the two sides alternating.
 *
 *   bench_gemm_openblas KERNEL M N K OPS ROUNDS
 *       KERNEL is gemm or a matmul kernel (ijk ... gemm, for OPS NN only);
 *       OPS is NN, NT, TN or TT, the transpose flags of A and B.
 *       Prints one line per round, "<litnn seconds> <OpenBLAS seconds>" for
 *       one product each (the side that goes first alternates from round
 *       to round), then "maxdiff <largest |litnn - OpenBLAS|>".
 *   bench_gemm_openblas peak ROUNDS
 *       Prints one line per round: the GFLOP/s of a loop of independent
 *       vector multiplications and additions held in registers, the
 *       machine's peak for the arithmetic of gemm (with FMAs when this
 *       program is built with contraction, as bench_gemm_openblas_fma is).
 * tests/bench/ch01_gemm.py runs it and reports medians and spreads. */
#include "core/gemm.h"
#include "core/matmul.h"
#include "core/mem.h"
#include "core/rng.h"

#include "clock.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(void)
{
    fprintf(stderr, "bench_gemm_openblas: error: usage: bench_gemm_openblas KERNEL M N K "
                    "NN|NT|TN|TT ROUNDS, or peak ROUNDS\n");
    exit(2);
}

static size_t count_arg(const char *s)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (*s < '0' || *s > '9' || *end != '\0' || v > 100000)
        usage();
    return (size_t)v;
}

#if defined(__AVX512F__)
typedef double Vec __attribute__((vector_size(64)));
enum { VEC = 8 };
#elif defined(__AVX__)
typedef double Vec __attribute__((vector_size(32)));
enum { VEC = 4 };
#else
typedef double Vec __attribute__((vector_size(16)));
enum { VEC = 2 };
#endif

/* GFLOP/s of 12 independent chains acc = acc * x + y, 2 flops per lane. */
static double peak_gflops(void)
{
    enum { CHAINS = 12, STEPS = 20000000 };
    Vec acc[CHAINS], x, y;
    for (size_t v = 0; v < VEC; v++) {
        x[v] = 0.999999;
        y[v] = 1e-6;
    }
    for (size_t r = 0; r < CHAINS; r++)
        acc[r] = x * (double)r;
    double start = bench_now();
    for (long s = 0; s < STEPS; s++)
        for (size_t r = 0; r < CHAINS; r++)
            acc[r] = acc[r] * x + y;
    double elapsed = bench_now() - start;
    double sum = 0.0;
    for (size_t r = 0; r < CHAINS; r++)
        sum += acc[r][0];
    if (!(sum > 0.0))           /* uses the result, so the loop is kept */
        fprintf(stderr, "peak: unexpected sum %g\n", sum);
    return 2.0 * VEC * CHAINS * (double)STEPS / elapsed * 1e-9;
}

/* The matmul kernel called name, or NULL. */
static MatmulFn *find_kernel(const char *name)
{
    for (size_t q = 0; q < MATMUL_KERNELS; q++)
        if (strcmp(matmul_kernels[q].name, name) == 0)
            return matmul_kernels[q].fn;
    return NULL;
}

typedef struct {
    MatmulFn *kernel;   /* NULL: gemm itself, with transposes */
    bool ta, tb;
    size_t m, n, k;
    const double *a, *b;
} Product;

/* c = op(a) op(b) with litnn, or with OpenBLAS when blas. */
static void multiply(const Product *p, bool blas, double *c)
{
    size_t lda = p->ta ? p->m : p->k, ldb = p->tb ? p->k : p->n;
    if (blas)
        cblas_dgemm(CblasRowMajor, p->ta ? CblasTrans : CblasNoTrans,
                    p->tb ? CblasTrans : CblasNoTrans, (int)p->m, (int)p->n, (int)p->k,
                    1.0, p->a, (int)lda, p->b, (int)ldb, 0.0, c, (int)p->n);
    else if (p->kernel)
        p->kernel(c, p->a, p->b, p->m, p->k, p->n);
    else
        gemm(p->ta, p->tb, p->m, p->n, p->k, 1.0, p->a, lda, p->b, ldb, 0.0, c, p->n);
}

/* Seconds per product, over reps products in a row. */
static double seconds_per_product(const Product *p, bool blas, double *c, size_t reps)
{
    double start = bench_now();
    for (size_t r = 0; r < reps; r++)
        multiply(p, blas, c);
    return (bench_now() - start) / (double)reps;
}

int main(int argc, char **argv)
{
    openblas_set_num_threads(1);
    if (argc == 3 && strcmp(argv[1], "peak") == 0) {
        for (size_t r = count_arg(argv[2]); r > 0; r--)
            printf("%.4f\n", peak_gflops());
        return 0;
    }
    if (argc != 7 || strlen(argv[5]) != 2 || strspn(argv[5], "NT") != 2)
        usage();
    Product p = {.kernel = NULL, .ta = argv[5][0] == 'T', .tb = argv[5][1] == 'T',
                 .m = count_arg(argv[2]), .n = count_arg(argv[3]), .k = count_arg(argv[4])};
    if (strcmp(argv[1], "gemm") != 0) {
        p.kernel = find_kernel(argv[1]);
        if (!p.kernel || p.ta || p.tb)
            usage();
    }
    size_t rounds = count_arg(argv[6]);
    double *a = mem_alloc(p.m * p.k, sizeof *a), *b = mem_alloc(p.k * p.n, sizeof *b);
    double *c = mem_alloc(p.m * p.n, sizeof *c), *ref = mem_alloc(p.m * p.n, sizeof *ref);
    Rng rng;
    rng_seed_python(&rng, 1);
    for (size_t q = 0; q < p.m * p.k; q++)
        a[q] = rng_random(&rng) - 0.5;
    for (size_t q = 0; q < p.k * p.n; q++)
        b[q] = rng_random(&rng) - 0.5;
    p.a = a;
    p.b = b;
    /* enough products in a row for about 20 ms, judged by a first one */
    double once = seconds_per_product(&p, true, ref, 1);
    size_t reps = once >= 0.02 ? 1 : (size_t)(0.02 / fmax(once, 1e-7)) + 1;
    seconds_per_product(&p, false, c, 1);
    for (size_t r = 0; r < rounds; r++) {     /* litnn first in even rounds, OpenBLAS in odd */
        double ours = 0.0, blas = 0.0;
        for (size_t side = 0; side < 2; side++) {
            if ((side + r) % 2 == 0)
                ours = seconds_per_product(&p, false, c, reps);
            else
                blas = seconds_per_product(&p, true, ref, reps);
        }
        printf("%.9g %.9g\n", ours, blas);
    }
    double diff = 0.0;
    for (size_t q = 0; q < p.m * p.n; q++)
        diff = fmax(diff, fabs(c[q] - ref[q]));
    printf("maxdiff %.3g\n", diff);
    mem_free(a);
    mem_free(b);
    mem_free(c);
    mem_free(ref);
    return 0;
}
