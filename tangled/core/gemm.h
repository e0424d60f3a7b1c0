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

/* op(b) (k, n) as gemm reads it, in blocks of kc rows by nc columns: where
   it is stored, and, once gemm_pack_b has run, all its blocks packed, one
   after the other, for many products with the same b (a recurrent layer
   multiplies by its w_hh at every step). */
typedef struct {
    size_t k, n, kc, nc;
    const double *b;      /* as in gemm: op(b) is b, rows ldb apart, */
    size_t ldb;           /* read transposed with trans_b */
    bool trans_b;
    double *panels;       /* the packed blocks, or NULL */
} GemmPacked;

/* op(b) (k, n), with trans_b and ldb as in gemm, packed in gemm_plan's
   blocks; b must not change while the result is in use. Release it with
   gemm_packed_free. */
GemmPacked gemm_pack_b(bool trans_b, size_t k, size_t n, const double *b,
                       size_t ldb);
void gemm_packed_free(GemmPacked *pb);
/* gemm with op(b) from gemm_pack_b: op(a) is (m, pb->k) as in gemm, c is
   (m, pb->n); c = alpha op(a) op(b) + beta c, the same numbers as gemm's,
   bit for bit. */
void gemm_packed(bool trans_a, size_t m, double alpha, const double *a,
                 size_t lda, const GemmPacked *pb, double beta, double *c,
                 size_t ldc);

#endif
