/* test_gemm.c: gemm and gemm_with against gemm_naive, bit for bit, on odd
   shapes (1x1, primes, k = 0, sizes that are not multiples of the micro-
   kernel's block or of the cache blocks), both transpose flags, row strides
   wider than the rows, and alpha and beta; gemm_naive against the formula. */
#include "check.h"
#include "core/gemm.h"
#include "core/matmul.h"
#include "core/mem.h"
#include "core/rng.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { PAD = 3 };   /* extra numbers at the end of every row, never touched */

/* x is (rows, ld); uniform values on [-0.5, 0.5) in the first cols of each
   row, NaN in the padding, which must be neither read into nor written. */
static void fill(Rng *rng, double *x, size_t rows, size_t cols, size_t ld)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t q = 0; q < ld; q++)
            x[r * ld + q] = q < cols ? rng_random(rng) - 0.5 : NAN;
}

/* Bitwise equality of got and want, (rows, ld), NaN padding included. */
static bool same_bits(const double *got, const double *want, size_t count)
{
    return memcmp(got, want, count * sizeof got[0]) == 0;
}

/* One shape under one plan: every transpose, alpha and beta against
   gemm_naive; one line per shape and plan. */
static void test_shape(Rng *rng, const char *plan_name, const GemmPlan *plan,
                       size_t m, size_t n, size_t k)
{
    static const double alphas[] = {1.0, -0.5}, betas[] = {0.0, 1.0, 0.25};
    double *a = mem_alloc((m + k) * (m + k + PAD), sizeof *a);
    double *b = mem_alloc((k + n) * (k + n + PAD), sizeof *b);
    double *c0 = mem_alloc(m * (n + PAD), sizeof *c0);
    double *got = mem_alloc(m * (n + PAD), sizeof *got);
    double *want = mem_alloc(m * (n + PAD), sizeof *want);
    size_t runs = 0, failed = 0;
    char first[96] = "";
    for (int ta = 0; ta < 2; ta++)
        for (int tb = 0; tb < 2; tb++) {
            size_t lda = (ta ? m : k) + PAD, ldb = (tb ? k : n) + PAD, ldc = n + PAD;
            fill(rng, a, ta ? k : m, ta ? m : k, lda);
            fill(rng, b, tb ? n : k, tb ? k : n, ldb);
            fill(rng, c0, m, n, ldc);
            for (size_t ia = 0; ia < 2; ia++)
                for (size_t ib = 0; ib < 3; ib++) {
                    memcpy(got, c0, m * ldc * sizeof *got);
                    if (betas[ib] == 0.0)   /* beta = 0: c may hold anything */
                        for (size_t i = 0; i < m; i++)
                            got[i * ldc] = NAN;
                    memcpy(want, got, m * ldc * sizeof *want);
                    gemm_with(plan, ta, tb, m, n, k, alphas[ia], a, lda, b, ldb,
                              betas[ib], got, ldc);
                    gemm_naive(ta, tb, m, n, k, alphas[ia], a, lda, b, ldb,
                               betas[ib], want, ldc);
                    runs++;
                    if (!same_bits(got, want, m * ldc) && failed++ == 0)
                        snprintf(first, sizeof first, "first: op %s%s alpha %g beta %g",
                                 ta ? "T" : "N", tb ? "T" : "N", alphas[ia], betas[ib]);
                }
        }
    char what[96];
    snprintf(what, sizeof what, "gemm %s (%zu, %zu) x (%zu, %zu) vs gemm_naive",
             plan_name, m, k, k, n);
    check_true(what, failed == 0, "%zu of %zu transposes x alphas x betas differ in a bit%s%s",
               failed, runs, failed ? ", " : "", first);
    mem_free(a);
    mem_free(b);
    mem_free(c0);
    mem_free(got);
    mem_free(want);
}

/* gemm_packed against gemm, bit for bit: for both transposes, op(b) packed
   once and used for three products with different alpha, beta and a. */
static void test_packed(Rng *rng, size_t m, size_t n, size_t k)
{
    static const double alphas[3] = {1.0, -0.5, 1.0}, betas[3] = {0.0, 1.0, 0.25};
    double *a = mem_alloc((m + k) * (m + k + PAD), sizeof *a);
    double *b = mem_alloc((k + n) * (k + n + PAD), sizeof *b);
    double *got = mem_alloc(m * (n + PAD), sizeof *got);
    double *want = mem_alloc(m * (n + PAD), sizeof *want);
    size_t runs = 0, failed = 0;
    for (int ta = 0; ta < 2; ta++)
        for (int tb = 0; tb < 2; tb++) {
            size_t lda = (ta ? m : k) + PAD, ldb = (tb ? k : n) + PAD, ldc = n + PAD;
            fill(rng, b, tb ? n : k, tb ? k : n, ldb);
            GemmPacked pb = gemm_pack_b(tb, k, n, b, ldb);
            for (size_t u = 0; u < 3; u++) {
                fill(rng, a, ta ? k : m, ta ? m : k, lda);
                fill(rng, got, m, n, ldc);
                memcpy(want, got, m * ldc * sizeof *want);
                gemm_packed(ta, m, alphas[u], a, lda, &pb, betas[u], got, ldc);
                gemm(ta, tb, m, n, k, alphas[u], a, lda, b, ldb, betas[u], want, ldc);
                runs++;
                failed += !same_bits(got, want, m * ldc);
            }
            gemm_packed_free(&pb);
        }
    char what[96];
    snprintf(what, sizeof what, "gemm_packed (%zu, %zu) x (%zu, %zu) vs gemm", m, k, k, n);
    check_true(what, failed == 0, "%zu of %zu products differ in a bit", failed, runs);
    mem_free(a);
    mem_free(b);
    mem_free(got);
    mem_free(want);
}

/* gemm_naive by the math: an integer example worked by hand, and with
   alpha = 1, beta = 0 the plain formula of matmul_ijk on explicit
   transposes. */
static void test_naive(Rng *rng)
{
    /* op(A) = [[1, 2, 3], [4, 5, 6]] given transposed, B = [[1, 0], [0, 1],
       [1, 1]], C = [[1, 1], [1, 1]]: 2 op(A) B - C = [[7, 9], [19, 21]]. */
    double at[6] = {1, 4, 2, 5, 3, 6}, b[6] = {1, 0, 0, 1, 1, 1};
    double c[4] = {1, 1, 1, 1}, want[4] = {7, 9, 19, 21};
    gemm_naive(true, false, 2, 2, 3, 2.0, at, 2, b, 2, -1.0, c, 2);
    check_close("gemm_naive 2 op(A) B - C, by hand", c, want, 4, 0.0);

    enum { M = 9, N = 11, K = 13 };
    double a[K * M], bt[N * K], a_plain[M * K], b_plain[K * N];
    double got[M * N], ref[M * N];
    fill(rng, a, K, M, M);
    fill(rng, bt, N, K, K);
    for (size_t i = 0; i < M; i++)
        for (size_t p = 0; p < K; p++)
            a_plain[i * K + p] = a[p * M + i];
    for (size_t p = 0; p < K; p++)
        for (size_t j = 0; j < N; j++)
            b_plain[p * N + j] = bt[j * K + p];
    gemm_naive(true, true, M, N, K, 1.0, a, M, bt, K, 0.0, got, N);
    matmul_ijk(ref, a_plain, b_plain, M, K, N);
    check_close("gemm_naive TT (9, 13) x (13, 11) vs matmul_ijk of the transposes",
                got, ref, M * N, 0.0);
}

/* alpha = 0 reads neither a nor b (NaN there stays out of c). */
static void test_alpha_zero(void)
{
    double a[4] = {NAN, NAN, NAN, NAN}, b[4] = {NAN, NAN, NAN, NAN};
    double c[4] = {1, 2, 3, 4}, want[4] = {0.5, 1, 1.5, 2};
    gemm(false, false, 2, 2, 2, 0.0, a, 2, b, 2, 0.5, c, 2);
    check_close("gemm alpha = 0: c = beta c, a and b not read", c, want, 4, 0.0);
}

int main(void)
{
    static const size_t shapes[][3] = {
        {1, 1, 1}, {7, 5, 13}, {1, 64, 1}, {13, 17, 0}, {0, 5, 3}, {6, 8, 256},
        {73, 81, 257}, {97, 1, 300}, {2, 4091, 3}, {16, 64, 256},
        {1, 64, 64}, {5, 19, 33},           /* fewer rows than the micro-kernel's */
    };
    const struct {
        const char *name;
        GemmPlan plan;
    } plans[] = {
        {"(its plan)", gemm_plan},
        {"(scalar kernel)", {.vector = false, .mc = 72, .kc = 256, .nc = 4080}},
        {"(vector, blocks 5/7/9)", {.vector = true, .mc = 5, .kc = 7, .nc = 9}},
        {"(scalar, blocks 7/3/5)", {.vector = false, .mc = 7, .kc = 3, .nc = 5}},
    };
    Rng rng;
    rng_seed_python(&rng, 2);
    for (size_t p = 0; p < sizeof plans / sizeof plans[0]; p++)
        for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
            test_shape(&rng, plans[p].name, &plans[p].plan, shapes[s][0],
                       shapes[s][1], shapes[s][2]);
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        test_packed(&rng, shapes[s][0], shapes[s][1], shapes[s][2]);
    test_packed(&rng, 8, 4090, 300);        /* two blocks of columns, two of rows */
    test_naive(&rng);
    test_alpha_zero();
    return check_finish("ch01_gemm");
}
