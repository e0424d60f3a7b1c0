/* linear.c: the fully connected layer, forward and backward. */
#include "nn/linear.h"

#include "core/vec.h"

void linear_forward(const double *x, const double *w, const double *b,
                    size_t n, size_t in, size_t out, double *y)
{
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < out; i++)
            y[r * out + i] = vec_dot(&w[i * in], &x[r * in], in) + (b ? b[i] : 0.0);
}

void linear_backward(const double *x, const double *w, const double *dy,
                     size_t n, size_t in, size_t out, double *dx, double *dw,
                     double *db)
{
    for (size_t r = 0; r < n; r++)
        for (size_t i = 0; i < out; i++) {
            double g = dy[r * out + i];
            if (dx)
                vec_axpy(g, &w[i * in], &dx[r * in], in);   /* dx_r += g w_i */
            vec_axpy(g, &x[r * in], &dw[i * in], in);       /* dw_i += g x_r */
            if (db)
                db[i] += g;
        }
}
