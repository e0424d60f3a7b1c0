/* gemm.h: the book's matrix product, C = alpha op(A) op(B) + beta C, on
   row-major arrays with row strides (BLAS's dgemm, in row-major order). */
#ifndef LITNN_GEMM_H
#define LITNN_GEMM_H

#include <stdbool.h>
#include <stddef.h>

/* op(a) is (m, k): a stored (m, k) with rows lda apart, or, with trans_a,
   a stored (k, m) and read transposed; op(b) is (k, n) in the same way
   with ldb; c is (m, n) with rows ldc apart.
   Every entry is computed in one order, whatever the machine:
     c = beta c   (c = 0 if beta is 0, so that c may hold anything),
     then, unless alpha is 0, c = c + (alpha a_ip) b_pj for p = 0 .. k-1,
   without fused multiply-adds. c must not overlap a or b. */
void gemm(bool trans_a, bool trans_b, size_t m, size_t n, size_t k,
          double alpha, const double *a, size_t lda, const double *b,
          size_t ldb, double beta, double *c, size_t ldc);
/* The same contract, computed by the formula: the reference for tests. */
void gemm_naive(bool trans_a, bool trans_b, size_t m, size_t n, size_t k,
                double alpha, const double *a, size_t lda, const double *b,
                size_t ldb, double beta, double *c, size_t ldc);

/* How gemm_with cuts the work: the micro-kernel (on vector types or plain
   loops) and the blocks packed at a time, mc rows of op(A) by kc of its
   columns, and kc rows of op(B) by nc of its columns. */
typedef struct {
    bool vector;
    size_t mc, kc, nc;
} GemmPlan;

/* The plan gemm uses: the vector kernel, mc = 72, kc = 256, nc = 4080. */
extern const GemmPlan gemm_plan;
/* gemm with another plan: for the steps of chapter 1's figure and tests. */
void gemm_with(const GemmPlan *plan, bool trans_a, bool trans_b, size_t m,
               size_t n, size_t k, double alpha, const double *a, size_t lda,
               const double *b, size_t ldb, double beta, double *c, size_t ldc);

#endif
