/* linear.c: the fully connected layer, forward and backward. */
#include "nn/linear.h"

#include "core/gemm.h"
#include "core/vec.h"

void linear_forward(const double *x, const double *w, const double *b,
                    size_t n, size_t in, size_t out, double *y)
{
    gemm(false, true, n, out, in, 1.0, x, in, w, in, 0.0, y, out);   /* x w^T */
    if (b)
        for (size_t r = 0; r < n; r++)
            vec_axpy(1.0, b, &y[r * out], out);
}

void linear_backward(const double *x, const double *w, const double *dy,
                     size_t n, size_t in, size_t out, double *dx, double *dw,
                     double *db)
{
    if (dx)
        gemm(false, false, n, in, out, 1.0, dy, out, w, in, 1.0, dx, in);  /* += dy w */
    if (dw)
        gemm(true, false, out, in, n, 1.0, dy, out, x, in, 1.0, dw, in);   /* += dy^T x */
    if (db)
        for (size_t r = 0; r < n; r++)
            vec_axpy(1.0, &dy[r * out], db, out);
}
