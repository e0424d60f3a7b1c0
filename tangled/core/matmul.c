/* matmul.c: the matrix product in six loop orders, a blocked kernel, and
   the steps of gemm's micro-kernel. */
#include "core/matmul.h"

#include "core/gemm.h"

#include <string.h>

/* c is (count); sets every element to 0.0 (all bits zero in IEEE 754). */
static void matmul_clear(double *c, size_t count)
{
    memset(c, 0, count * sizeof c[0]);
}

void matmul_ijk(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < m; j++) {
            double sum = 0.0;
            for (size_t p = 0; p < k; p++)
                sum += a[i * k + p] * b[p * m + j];
            c[i * m + j] = sum;
        }
}

void matmul_jik(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    for (size_t j = 0; j < m; j++)
        for (size_t i = 0; i < n; i++) {
            double sum = 0.0;
            for (size_t p = 0; p < k; p++)
                sum += a[i * k + p] * b[p * m + j];
            c[i * m + j] = sum;
        }
}

void matmul_ikj(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    matmul_clear(c, n * m);
    for (size_t i = 0; i < n; i++)
        for (size_t p = 0; p < k; p++) {
            double aip = a[i * k + p];
            for (size_t j = 0; j < m; j++)
                c[i * m + j] += aip * b[p * m + j];
        }
}

void matmul_kij(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    matmul_clear(c, n * m);
    for (size_t p = 0; p < k; p++)
        for (size_t i = 0; i < n; i++) {
            double aip = a[i * k + p];
            for (size_t j = 0; j < m; j++)
                c[i * m + j] += aip * b[p * m + j];
        }
}

void matmul_jki(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    matmul_clear(c, n * m);
    for (size_t j = 0; j < m; j++)
        for (size_t p = 0; p < k; p++) {
            double bpj = b[p * m + j];
            for (size_t i = 0; i < n; i++)
                c[i * m + j] += a[i * k + p] * bpj;
        }
}

void matmul_kji(double *restrict c, const double *restrict a,
                const double *restrict b, size_t n, size_t k, size_t m)
{
    matmul_clear(c, n * m);
    for (size_t p = 0; p < k; p++)
        for (size_t j = 0; j < m; j++) {
            double bpj = b[p * m + j];
            for (size_t i = 0; i < n; i++)
                c[i * m + j] += a[i * k + p] * bpj;
        }
}

enum { MATMUL_TILE = 64 };   /* a tile of b is 64 x 64 doubles = 32 KiB */

/* y and x are (MATMUL_TILE); y += a x, over a trip count known at compile
   time, so that the compiler turns the loop into SIMD instructions. */
static void matmul_tile_axpy(double *restrict y, const double *restrict x,
                             double a)
{
    for (size_t j = 0; j < MATMUL_TILE; j++)
        y[j] += a * x[j];
}

void matmul_blocked(double *restrict c, const double *restrict a,
                    const double *restrict b, size_t n, size_t k, size_t m)
{
    double tile[MATMUL_TILE][MATMUL_TILE];  /* b[p0 .., j0 ..], zero-padded */
    double acc[MATMUL_TILE];                /* c[i, j0 ..] being computed */
    matmul_clear(c, n * m);
    for (size_t p0 = 0; p0 < k; p0 += MATMUL_TILE) {
        size_t pn = k - p0 < MATMUL_TILE ? k - p0 : MATMUL_TILE;
        for (size_t j0 = 0; j0 < m; j0 += MATMUL_TILE) {
            size_t jn = m - j0 < MATMUL_TILE ? m - j0 : MATMUL_TILE;
            memset(tile, 0, sizeof tile);
            for (size_t p = 0; p < pn; p++)
                memcpy(tile[p], &b[(p0 + p) * m + j0], jn * sizeof b[0]);
            for (size_t i = 0; i < n; i++) {
                double *ci = &c[i * m + j0];
                memset(acc, 0, sizeof acc);
                memcpy(acc, ci, jn * sizeof acc[0]);
                for (size_t p = 0; p < pn; p++)
                    matmul_tile_axpy(acc, tile[p], a[i * k + p0 + p]);
                memcpy(ci, acc, jn * sizeof acc[0]);
            }
        }
    }
}

/* The three steps of the micro-kernel, as MatmulFn: c = a b. Blocks as
   large as the matrices mean no cache blocking at all. */
static void matmul_planned(const GemmPlan *plan, double *restrict c,
                           const double *restrict a, const double *restrict b,
                           size_t n, size_t k, size_t m)
{
    gemm_with(plan, false, false, n, m, k, 1.0, a, k, b, m, 0.0, c, m);
}

void matmul_regtile(double *restrict c, const double *restrict a,
                    const double *restrict b, size_t n, size_t k, size_t m)
{
    GemmPlan whole = {.vector = false, .mc = n, .kc = k, .nc = m};
    matmul_planned(&whole, c, a, b, n, k, m);
}

void matmul_vector(double *restrict c, const double *restrict a,
                   const double *restrict b, size_t n, size_t k, size_t m)
{
    GemmPlan whole = {.vector = true, .mc = n, .kc = k, .nc = m};
    matmul_planned(&whole, c, a, b, n, k, m);
}

void matmul_gemm(double *restrict c, const double *restrict a,
                 const double *restrict b, size_t n, size_t k, size_t m)
{
    matmul_planned(&gemm_plan, c, a, b, n, k, m);
}

const MatmulKernel matmul_kernels[MATMUL_KERNELS] = {
    {"ijk", matmul_ijk}, {"ikj", matmul_ikj}, {"jik", matmul_jik},
    {"jki", matmul_jki}, {"kij", matmul_kij}, {"kji", matmul_kji},
    {"blocked", matmul_blocked},
    {"regtile", matmul_regtile}, {"vector", matmul_vector}, {"gemm", matmul_gemm},
};
