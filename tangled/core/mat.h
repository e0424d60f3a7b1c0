/* mat.h: dense row-major matrices of doubles. */
#ifndef LITNN_MAT_H
#define LITNN_MAT_H

#include <stddef.h>

/* A (rows, cols) matrix: element (i, j) is data[i * cols + j]. */
typedef struct {
    size_t rows, cols;
    double *data;
} Mat;

/* Returns a zeroed (rows, cols) matrix; release it with mat_free. */
Mat mat_new(size_t rows, size_t cols);
/* Frees m's data and leaves m as an empty (0, 0) matrix. */
void mat_free(Mat *m);

/* m is (rows, cols); the address of element (i, j), i < rows, j < cols. */
static inline double *mat_at(const Mat *m, size_t i, size_t j)
{
    return &m->data[i * m->cols + j];
}

/* a is (n, m), t is (m, n); t = a transposed. */
void mat_transpose(const Mat *a, Mat *t);
/* a is (n, m), x is (m), y is (n); y = a x. */
void mat_vec(const Mat *a, const double *x, double *y);
/* a is (n, k), b is (k, m), c is (n, m); c = a b. c must not share memory
   with a or b. */
void mat_mul(const Mat *a, const Mat *b, Mat *c);

#endif
