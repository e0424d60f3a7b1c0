/* matmul.h: C = A B on raw row-major arrays, in six loop orders, blocked,
   and in the steps of the micro-kernel that lead to gemm.
   a is (n, k), b is (k, m), c is (n, m); every kernel overwrites c, which
   must not overlap a or b. */
#ifndef LITNN_MATMUL_H
#define LITNN_MATMUL_H

#include <stddef.h>

/* a is (n, k), b is (k, m), c is (n, m); c = a b. */
typedef void MatmulFn(double *restrict c, const double *restrict a,
                      const double *restrict b, size_t n, size_t k, size_t m);

MatmulFn matmul_ijk;     /* the formula as written: the reference */
MatmulFn matmul_ikj;
MatmulFn matmul_jik;
MatmulFn matmul_jki;
MatmulFn matmul_kij;
MatmulFn matmul_kji;
MatmulFn matmul_blocked; /* tiled for the cache, vectorised */
MatmulFn matmul_regtile; /* a block of c in local variables, packed panels */
MatmulFn matmul_vector;  /* the same block in vector registers */
MatmulFn matmul_gemm;    /* and three levels of cache blocks: gemm itself */

/* Every kernel with its name, for tests and benchmarks. */
typedef struct {
    const char *name;
    MatmulFn *fn;
} MatmulKernel;

enum { MATMUL_KERNELS = 10 };
extern const MatmulKernel matmul_kernels[MATMUL_KERNELS];

#endif
