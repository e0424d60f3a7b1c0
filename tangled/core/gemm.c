/* gemm.c: C = alpha op(A) op(B) + beta C by the formula, and by packed
   panels, cache blocks and a micro-kernel holding a block of C in
   registers. */
#include "core/gemm.h"

#include "core/mem.h"

#include <string.h>

#if defined(__AVX512F__)
enum { GEMM_VEC = 8 };    /* doubles in a vector register: AVX-512 */
#elif defined(__AVX__)
enum { GEMM_VEC = 4 };    /* AVX */
#else
enum { GEMM_VEC = 2 };    /* SSE2 (every x86-64), NEON (every ARM64) */
#endif
enum { GEMM_MR = 6, GEMM_NR = 2 * GEMM_VEC };   /* the block of C in registers */

typedef double GemmVec __attribute__((vector_size(GEMM_VEC * sizeof(double))));
/* The same vector at any address of a double: for loads and stores. */
typedef GemmVec GemmUnaligned __attribute__((aligned(sizeof(double))));

/* ap and bp are packed micro-panels; c is (GEMM_MR, GEMM_NR), rows ldc
   apart; c += ap^T bp over kc terms (c = 0 + ap^T bp when fresh). */
typedef void GemmKernelFn(size_t kc, const double *restrict ap,
                          const double *restrict bp, double *restrict c,
                          size_t ldc, bool fresh);

static size_t gemm_min(size_t x, size_t y)
{
    return x < y ? x : y;
}

/* The smallest multiple of step that is >= x. */
static size_t gemm_round_up(size_t x, size_t step)
{
    return (x + step - 1) / step * step;
}

/* x is stored (rows, cols) with rows ld apart; element (r, q) of x, or of
   its transpose when trans. */
static double gemm_at(const double *x, size_t ld, bool trans, size_t r,
                      size_t q)
{
    return trans ? x[q * ld + r] : x[r * ld + q];
}

/* c is (rows, GEMM_NR) with rows ldc apart; asks the caches to fetch it
   now, so that it is there when the micro-kernel loads it (a hint: it
   changes no result). */
static void gemm_prefetch(const double *c, size_t ldc, size_t rows)
{
    for (size_t r = 0; r < rows; r++) {
        __builtin_prefetch(&c[r * ldc], 1);
        __builtin_prefetch(&c[r * ldc + GEMM_NR - 1], 1);
    }
}

/* c is (m, n) with rows ldc apart; c = beta c, and c = 0 when beta is 0. */
static void gemm_scale(size_t m, size_t n, double beta, double *c, size_t ldc)
{
    if (beta == 1.0)
        return;
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++)
            c[i * ldc + j] = beta == 0.0 ? 0.0 : beta * c[i * ldc + j];
}

void gemm_naive(bool trans_a, bool trans_b, size_t m, size_t n, size_t k,
                double alpha, const double *a, size_t lda, const double *b,
                size_t ldb, double beta, double *c, size_t ldc)
{
    gemm_scale(m, n, beta, c, ldc);
    if (alpha == 0.0)
        return;
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            double sum = c[i * ldc + j];
            for (size_t p = 0; p < k; p++)
                sum += alpha * gemm_at(a, lda, trans_a, i, p)
                             * gemm_at(b, ldb, trans_b, p, j);
            c[i * ldc + j] = sum;
        }
}

/* ap is (kc, GEMM_MR) and bp is (kc, GEMM_NR), packed; c is
   (GEMM_MR, GEMM_NR) with rows ldc apart. c += ap^T bp, or c = 0 + ap^T bp
   without reading c when fresh, term by term in the order p = 0, 1, ...,
   with the block of c held in local variables. */
static void gemm_kernel_scalar(size_t kc, const double *restrict ap,
                               const double *restrict bp, double *restrict c,
                               size_t ldc, bool fresh)
{
    double acc[GEMM_MR][GEMM_NR];
    for (size_t r = 0; r < GEMM_MR; r++)
        for (size_t q = 0; q < GEMM_NR; q++)
            acc[r][q] = fresh ? 0.0 : c[r * ldc + q];
    for (size_t p = 0; p < kc; p++)
        for (size_t r = 0; r < GEMM_MR; r++)
            for (size_t q = 0; q < GEMM_NR; q++)
                acc[r][q] += ap[p * GEMM_MR + r] * bp[p * GEMM_NR + q];
    for (size_t r = 0; r < GEMM_MR; r++)
        for (size_t q = 0; q < GEMM_NR; q++)
            c[r * ldc + q] = acc[r][q];
}

/* The same contract as gemm_kernel_scalar, with each row of the block of c
   in GEMM_NR / GEMM_VEC vector registers. */
static void gemm_kernel_vector(size_t kc, const double *restrict ap,
                               const double *restrict bp, double *restrict c,
                               size_t ldc, bool fresh)
{
    enum { V = GEMM_NR / GEMM_VEC };    /* vectors in a row of the block */
    GemmVec acc[GEMM_MR][V];
    for (size_t r = 0; r < GEMM_MR; r++)
        for (size_t v = 0; v < V; v++)
            acc[r][v] = fresh ? (GemmVec){0}
                              : *(const GemmUnaligned *)&c[r * ldc + v * GEMM_VEC];
#pragma GCC unroll 4
    for (size_t p = 0; p < kc; p++) {
        GemmVec row[V];                 /* row p of the panel of b */
        for (size_t v = 0; v < V; v++)
            row[v] = *(const GemmUnaligned *)&bp[p * GEMM_NR + v * GEMM_VEC];
        for (size_t r = 0; r < GEMM_MR; r++)
            for (size_t v = 0; v < V; v++)
                acc[r][v] += ap[p * GEMM_MR + r] * row[v];
    }
    for (size_t r = 0; r < GEMM_MR; r++)
        for (size_t v = 0; v < V; v++)
            *(GemmUnaligned *)&c[r * ldc + v * GEMM_VEC] = acc[r][v];
}

/* dst = scale times the block of op(X) at rows p0 .. p0+kb-1 and columns
   j0 .. j0+nb-1, as micro-panels of width columns, each stored row by row,
   (kb, width), the last padded with columns of zeros. Packs B with scale 1
   and width GEMM_NR, and A, through its transpose, with alpha and GEMM_MR. */
static void gemm_pack(double *restrict dst, const double *x, size_t ld,
                      bool trans, double scale, size_t p0, size_t kb,
                      size_t j0, size_t nb, size_t width)
{
    for (size_t jr = 0; jr < nb; jr += width) {
        size_t cols = gemm_min(width, nb - jr);
        for (size_t p = 0; p < kb; p++, dst += width) {
            if (!trans && cols == width) {  /* consecutive numbers: vector code */
                const double *row = &x[(p0 + p) * ld + j0 + jr];
                for (size_t q = 0; q < width; q++)
                    dst[q] = scale * row[q];
            } else {
                for (size_t q = 0; q < width; q++)
                    dst[q] = q < cols ? scale * gemm_at(x, ld, trans, p0 + p, j0 + jr + q)
                                      : 0.0;
            }
        }
    }
}

/* c is (mr, nr) with rows ldc apart, mr <= GEMM_MR and nr <= GEMM_NR;
   the micro-kernel's c += ap^T bp (or c = 0 + ap^T bp when fresh), through
   a full-size copy at edges. */
static void gemm_block(GemmKernelFn *kernel, size_t kc, const double *ap,
                       const double *bp, double *c, size_t ldc, size_t mr,
                       size_t nr, bool fresh)
{
    if (mr == GEMM_MR && nr == GEMM_NR) {
        kernel(kc, ap, bp, c, ldc, fresh);
        return;
    }
    double edge[GEMM_MR * GEMM_NR] = {0};
    for (size_t r = 0; r < mr && !fresh; r++)
        memcpy(&edge[r * GEMM_NR], &c[r * ldc], nr * sizeof c[0]);
    kernel(kc, ap, bp, edge, GEMM_NR, fresh);
    for (size_t r = 0; r < mr; r++)
        memcpy(&c[r * ldc], &edge[r * GEMM_NR], nr * sizeof c[0]);
}

/* ci is (w) and bj (w, k) with rows ldb apart: ci[q] += sum over p of
   (alpha a_ip) bj[q][p], with a_ip = op(a)(i, p), in the order p = 0, 1,
   ..., the w sums side by side. */
static inline void gemm_dots(size_t w, size_t k, double alpha, const double *a,
                             size_t lda, bool trans_a, size_t i,
                             const double *bj, size_t ldb, double *ci)
{
    double sum[GEMM_NR];
    memcpy(sum, ci, w * sizeof sum[0]);
    for (size_t p = 0; p < k; p++) {
        double ap = alpha * gemm_at(a, lda, trans_a, i, p);
        for (size_t q = 0; q < w; q++)
            sum[q] += ap * bj[q * ldb + p];
    }
    memcpy(ci, sum, w * sizeof sum[0]);
}

/* c += alpha op(a) op(b) for m < GEMM_MR rows, without packing, every
   entry's terms in the order p = 0, 1, ...: with b as stored, row i of c
   gains alpha a_ip times row p of b for each p; with b transposed, the
   entries of row i are dot products with rows of b, four at a time. */
static void gemm_few_rows(bool trans_a, bool trans_b, size_t m, size_t n,
                          size_t k, double alpha, const double *a, size_t lda,
                          const double *b, size_t ldb, double *c, size_t ldc)
{
    for (size_t i = 0; i < m; i++) {
        double *ci = &c[i * ldc];
        for (size_t p = 0; !trans_b && p < k; p++) {
            double ap = alpha * gemm_at(a, lda, trans_a, i, p);
            for (size_t j = 0; j < n; j++)
                ci[j] += ap * b[p * ldb + j];
        }
        size_t j = 0;
        for (; trans_b && j + 4 <= n; j += 4)
            gemm_dots(4, k, alpha, a, lda, trans_a, i, &b[j * ldb], ldb, &ci[j]);
        for (; trans_b && j < n; j++)
            gemm_dots(1, k, alpha, a, lda, trans_a, i, &b[j * ldb], ldb, &ci[j]);
    }
}

const GemmPlan gemm_plan = {.vector = true, .mc = 72, .kc = 256, .nc = 4080};

/* The packed block of rows p0 .. and columns j0 .. of pb. */
static double *gemm_panel(const GemmPacked *pb, size_t j0, size_t p0)
{
    size_t nb = gemm_min(pb->nc, pb->n - j0);
    return pb->panels + j0 * pb->k + p0 * gemm_round_up(nb, GEMM_NR);
}

/* c = alpha op(a) op(b) + beta c, for m >= 1 rows, by blocks: op(b) as pb
   describes it, its blocks packed as the loops reach them unless pb holds
   them packed already. */
static void gemm_blocks(const GemmPlan *plan, bool trans_a, size_t m,
                        double alpha, const double *a, size_t lda,
                        const GemmPacked *pb, double beta, double *c, size_t ldc)
{
    const size_t n = pb->n, k = pb->k, kc = pb->kc, nc = pb->nc;
    if (beta != 0.0)    /* with beta = 0, the first block of terms overwrites c */
        gemm_scale(m, n, beta, c, ldc);
    GemmKernelFn *kernel = plan->vector ? gemm_kernel_vector : gemm_kernel_scalar;
    size_t mc = gemm_min(plan->mc, m);
    double *ap = mem_alloc_aligned(gemm_round_up(mc, GEMM_MR) * kc, sizeof *ap);
    double *scratch = pb->panels ? NULL
                    : mem_alloc_aligned(kc * gemm_round_up(nc, GEMM_NR), sizeof *scratch);
    for (size_t j0 = 0; j0 < n; j0 += nc) {
        size_t nb = gemm_min(nc, n - j0);
        for (size_t p0 = 0; p0 < k; p0 += kc) {
            size_t kb = gemm_min(kc, k - p0);
            const double *bp = scratch;
            if (pb->panels)
                bp = gemm_panel(pb, j0, p0);
            else
                gemm_pack(scratch, pb->b, pb->ldb, pb->trans_b, 1.0, p0, kb, j0, nb, GEMM_NR);
            for (size_t i0 = 0; i0 < m; i0 += mc) {
                size_t mb = gemm_min(mc, m - i0);
                gemm_pack(ap, a, lda, !trans_a, alpha, p0, kb, i0, mb, GEMM_MR);
                for (size_t jr = 0; jr < nb; jr += GEMM_NR)
                    for (size_t ir = 0; ir < mb; ir += GEMM_MR) {
                        double *cij = &c[(i0 + ir) * ldc + j0 + jr];
                        if (ir + GEMM_MR < mb)      /* the next block of c, while this one runs */
                            gemm_prefetch(cij + GEMM_MR * ldc, ldc,
                                          gemm_min(GEMM_MR, mb - ir - GEMM_MR));
                        gemm_block(kernel, kb, ap + ir * kb, bp + jr * kb, cij, ldc,
                                   gemm_min(GEMM_MR, mb - ir), gemm_min(GEMM_NR, nb - jr),
                                   beta == 0.0 && p0 == 0);
                    }
            }
        }
    }
    mem_free(ap);
    mem_free(scratch);
}

void gemm_with(const GemmPlan *plan, bool trans_a, bool trans_b, size_t m,
               size_t n, size_t k, double alpha, const double *a, size_t lda,
               const double *b, size_t ldb, double beta, double *c, size_t ldc)
{
    if (m == 0 || n == 0 || k == 0 || alpha == 0.0) {   /* no terms: c = beta c */
        gemm_scale(m, n, beta, c, ldc);
        return;
    }
    if (m < GEMM_MR) {          /* a micro-panel of a would be mostly padding */
        gemm_scale(m, n, beta, c, ldc);
        gemm_few_rows(trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, c, ldc);
        return;
    }
    const GemmPacked pb = {k, n, gemm_min(plan->kc, k), gemm_min(plan->nc, n),
                           b, ldb, trans_b, NULL};
    gemm_blocks(plan, trans_a, m, alpha, a, lda, &pb, beta, c, ldc);
}

void gemm(bool trans_a, bool trans_b, size_t m, size_t n, size_t k,
          double alpha, const double *a, size_t lda, const double *b,
          size_t ldb, double beta, double *c, size_t ldc)
{
    gemm_with(&gemm_plan, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb,
              beta, c, ldc);
}

GemmPacked gemm_pack_b(bool trans_b, size_t k, size_t n, const double *b,
                       size_t ldb)
{
    GemmPacked pb = {k, n, gemm_min(gemm_plan.kc, k), gemm_min(gemm_plan.nc, n),
                     b, ldb, trans_b, NULL};
    pb.panels = mem_alloc_aligned(k * gemm_round_up(n, GEMM_NR), sizeof(double));
    for (size_t j0 = 0; j0 < n; j0 += pb.nc)
        for (size_t p0 = 0; p0 < k; p0 += pb.kc)
            gemm_pack(gemm_panel(&pb, j0, p0), b, ldb, trans_b, 1.0, p0,
                      gemm_min(pb.kc, k - p0), j0, gemm_min(pb.nc, n - j0), GEMM_NR);
    return pb;
}

void gemm_packed_free(GemmPacked *pb)
{
    mem_free(pb->panels);
    pb->panels = NULL;
}

void gemm_packed(bool trans_a, size_t m, double alpha, const double *a,
                 size_t lda, const GemmPacked *pb, double beta, double *c,
                 size_t ldc)
{
    if (m < GEMM_MR || pb->n == 0 || pb->k == 0 || alpha == 0.0)
        gemm_with(&gemm_plan, trans_a, pb->trans_b, m, pb->n, pb->k, alpha, a,
                  lda, pb->b, pb->ldb, beta, c, ldc);
    else
        gemm_blocks(&gemm_plan, trans_a, m, alpha, a, lda, pb, beta, c, ldc);
}
