/* matmul_orders: GFLOP/s of every matmul kernel on (n, n) matrices, as TSV. */
#include "core/cli.h"
#include "core/matmul.h"
#include "core/mem.h"
#include "core/rng.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { MAX_SIZES = 32, MAX_N = 2048, MAX_REPS = 100 };
static const double TIME_BUDGET = 0.5;  /* seconds per kernel and size */

/* Prints "matmul_orders: error: <what>, <opt> [<arg>]" and exits with
   status 2; arg may be NULL. */
static void usage_error(const char *what, const char *opt, const char *arg)
{
    fprintf(stderr, "matmul_orders: error: %s, %s%s%s\n", what, opt,
            arg ? " " : "", arg ? arg : "");
    exit(2);
}

/* Reads a decimal number in [1, max] at *s and moves *s past it; on
   anything else reports a usage error about option and arg. */
static size_t read_count(const char **s, size_t max, const char *option,
                         const char *arg)
{
    char *end = NULL;
    unsigned long long v = 0;
    errno = 0;
    if (isdigit((unsigned char)**s))
        v = strtoull(*s, &end, 10);
    if (end == NULL || errno == ERANGE || v < 1 || v > max) {
        char what[64];
        snprintf(what, sizeof what, "expected whole numbers from 1 to %zu", max);
        usage_error(what, option, arg);
    }
    *s = end;
    return (size_t)v;
}

/* Seconds since some fixed moment, from the C11 wall clock. */
static double seconds_now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* a, b, c are (n, n); the GFLOP/s of the fastest of at most reps runs of
   fn, stopping early once the runs have taken TIME_BUDGET seconds. */
static double measure_gflops(MatmulFn *fn, double *c, const double *a,
                             const double *b, size_t n, size_t reps)
{
    double best = HUGE_VAL, total = 0.0;
    for (size_t r = 0; r < reps && total < TIME_BUDGET; r++) {
        double start = seconds_now();
        fn(c, a, b, n, n, n);
        double elapsed = seconds_now() - start;
        total += elapsed;
        if (elapsed < best)
            best = elapsed;
    }
    double flops = 2.0 * (double)n * (double)n * (double)n;
    return flops / fmax(best, 1e-9) * 1e-9;
}

/* --help prints this. */
static const char USAGE[] =
    "usage: matmul_orders [--sizes 64,128,256,384,512] [--reps 3]\n"
    "GFLOP/s of every matrix-product kernel of chapter 1 on (n, n) matrices,\n"
    "as TSV.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    size_t sizes[MAX_SIZES] = {64, 128, 256, 384, 512};
    size_t count = 5, reps = 3;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "--sizes") != 0 && strcmp(opt, "--reps") != 0)
            usage_error("unknown option", opt, NULL);
        if (i + 1 == argc)
            usage_error("missing value", opt, NULL);
        const char *arg = argv[++i], *s = arg;
        if (strcmp(opt, "--reps") == 0)
            reps = read_count(&s, MAX_REPS, opt, arg);
        else
            for (count = 0; ; s++) {            /* s is at a ',' */
                if (count == MAX_SIZES)
                    usage_error("too many sizes", opt, arg);
                sizes[count++] = read_count(&s, MAX_N, opt, arg);
                if (*s != ',')
                    break;
            }
        if (*s != '\0')
            usage_error("unexpected text after a number", opt, arg);
    }
    size_t nmax = 0;
    for (size_t s = 0; s < count; s++)
        nmax = sizes[s] > nmax ? sizes[s] : nmax;
    double *a = mem_alloc(nmax * nmax, sizeof *a);
    double *b = mem_alloc(nmax * nmax, sizeof *b);
    double *c = mem_alloc(nmax * nmax, sizeof *c);
    Rng rng;
    rng_seed_python(&rng, 0);
    for (size_t q = 0; q < nmax * nmax; q++) {
        a[q] = rng_random(&rng) - 0.5;
        b[q] = rng_random(&rng) - 0.5;
    }
    printf("n");
    for (size_t q = 0; q < MATMUL_KERNELS; q++)
        printf("\t%s", matmul_kernels[q].name);
    printf("\n");
    for (size_t s = 0; s < count; s++) {
        printf("%zu", sizes[s]);
        for (size_t q = 0; q < MATMUL_KERNELS; q++)
            printf("\t%.3f", measure_gflops(matmul_kernels[q].fn, c, a, b,
                                            sizes[s], reps));
        printf("\n");
        fflush(stdout);
    }
    mem_free(a);
    mem_free(b);
    mem_free(c);
    return cli_finish("matmul_orders");
}
