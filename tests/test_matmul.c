/* test_matmul.c: every loop order, the blocked kernel and the steps of the
   micro-kernel against the naive matmul_ijk, bit for bit, on shapes that
   are odd, thin, and not multiples of the tile. */
#include "check.h"
#include "core/mat.h"
#include "core/matmul.h"
#include "core/mem.h"
#include "core/rng.h"

#include <stdio.h>

/* Compares all kernels with matmul_ijk for a (n, k) times (k, m). */
static void test_shape(Rng *rng, size_t n, size_t k, size_t m)
{
    double *a = mem_alloc(n * k, sizeof *a), *b = mem_alloc(k * m, sizeof *b);
    double *want = mem_alloc(n * m, sizeof *want), *got = mem_alloc(n * m, sizeof *got);
    for (size_t i = 0; i < n * k; i++)
        a[i] = rng_random(rng) - 0.5;
    for (size_t i = 0; i < k * m; i++)
        b[i] = rng_random(rng) - 0.5;
    matmul_ijk(want, a, b, n, k, m);
    for (size_t q = 1; q < MATMUL_KERNELS; q++) {
        char what[96];
        for (size_t i = 0; i < n * m; i++)
            got[i] = 1e300;       /* kernels must overwrite, not add to, c */
        matmul_kernels[q].fn(got, a, b, n, k, m);
        snprintf(what, sizeof what, "matmul_%s (%zu, %zu) x (%zu, %zu) vs ijk",
                 matmul_kernels[q].name, n, k, k, m);
        check_close(what, got, want, n * m, 0.0);  /* the same order: bit for bit */
    }
    mem_free(a);
    mem_free(b);
    mem_free(want);
    mem_free(got);
}

int main(void)
{
    static const size_t shapes[][3] = {
        {1, 1, 1}, {7, 13, 5}, {1, 64, 1}, {64, 64, 64}, {65, 33, 129},
        {3, 200, 2}, {130, 1, 70}, {128, 129, 127}, {5, 0, 4},
    };
    Rng rng;
    rng_seed_python(&rng, 1);
    for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
        test_shape(&rng, shapes[s][0], shapes[s][1], shapes[s][2]);

    /* mat_mul is gemm behind a checked interface. */
    Mat a = mat_new(2, 3), b = mat_new(3, 2), c = mat_new(2, 2);
    double av[6] = {1, 2, 3, 4, 5, 6}, bv[6] = {7, 8, 9, 10, 11, 12};
    double want[4] = {58, 64, 139, 154};
    for (size_t i = 0; i < 6; i++) {
        a.data[i] = av[i];
        b.data[i] = bv[i];
    }
    mat_mul(&a, &b, &c);
    check_close("mat_mul (2, 3) x (3, 2), by hand", c.data, want, 4, 0.0);
    mat_free(&a);
    mat_free(&b);
    mat_free(&c);
    return check_finish("ch01_matmul");
}
