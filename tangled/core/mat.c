/* mat.c: allocation, transpose and products of row-major matrices. */
#include "core/mat.h"

#include "core/gemm.h"
#include "core/mem.h"
#include "core/vec.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* a, b are the operands of fn, c its result (or NULL): prints their shapes
   and exits, because they do not fit together. */
static void mat_shape_error(const char *fn, const Mat *a, const Mat *b,
                            const Mat *c)
{
    fprintf(stderr, "litnn: error: %s: shapes do not fit: (%zu, %zu), (%zu, %zu)",
            fn, a->rows, a->cols, b->rows, b->cols);
    if (c)
        fprintf(stderr, ", (%zu, %zu)", c->rows, c->cols);
    fputc('\n', stderr);
    exit(EXIT_FAILURE);
}

Mat mat_new(size_t rows, size_t cols)
{
    Mat m = {rows, cols, NULL};
    if (cols != 0 && rows > SIZE_MAX / cols) {
        fprintf(stderr, "litnn: error: mat_new: (%zu, %zu) is too large\n",
                rows, cols);
        exit(EXIT_FAILURE);
    }
    m.data = mem_alloc(rows * cols, sizeof m.data[0]);
    return m;
}

void mat_free(Mat *m)
{
    mem_free(m->data);
    *m = (Mat){0, 0, NULL};
}

void mat_transpose(const Mat *a, Mat *t)
{
    if (t->rows != a->cols || t->cols != a->rows)
        mat_shape_error("mat_transpose", a, t, NULL);
    for (size_t i = 0; i < a->rows; i++)
        for (size_t j = 0; j < a->cols; j++)
            *mat_at(t, j, i) = *mat_at(a, i, j);
}

void mat_vec(const Mat *a, const double *x, double *y)
{
    for (size_t i = 0; i < a->rows; i++)
        y[i] = vec_dot(mat_at(a, i, 0), x, a->cols);
}

void mat_mul(const Mat *a, const Mat *b, Mat *c)
{
    if (a->cols != b->rows || c->rows != a->rows || c->cols != b->cols)
        mat_shape_error("mat_mul", a, b, c);
    gemm(false, false, a->rows, b->cols, a->cols, 1.0, a->data, a->cols,
         b->data, b->cols, 0.0, c->data, c->cols);
}
