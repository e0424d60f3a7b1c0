/* pool.c: mean pooling over time; average and max pooling over windows. */
#include "nn/pool.h"

#include "core/vec.h"

#include <string.h>

void pool_mean_forward(const double *x, size_t len, size_t dim, double *y)
{
    memset(y, 0, dim * sizeof y[0]);
    for (size_t t = 0; t < len; t++)
        vec_axpy(1.0, &x[t * dim], y, dim);
    if (len > 0)
        vec_scale(1.0 / (double)len, y, dim);
}

void pool_mean_backward(const double *dy, size_t len, size_t dim, double *dx)
{
    for (size_t t = 0; t < len; t++)
        vec_axpy(1.0 / (double)len, dy, &dx[t * dim], dim);
}

bool pool1d_init(Pool1d *p, size_t len, size_t kernel, size_t stride)
{
    if (kernel == 0 || stride == 0 || kernel > len)
        return false;
    *p = (Pool1d){len, kernel, stride, (len - kernel) / stride + 1};
    return true;
}

void pool1d_avg_forward(const Pool1d *p, const double *x, size_t rows,
                        double *y)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t o = 0; o < p->out_len; o++) {
            const double *window = &x[r * p->len + o * p->stride];
            double sum = 0.0;
            for (size_t k = 0; k < p->kernel; k++)
                sum += window[k];
            y[r * p->out_len + o] = sum / (double)p->kernel;
        }
}

void pool1d_avg_backward(const Pool1d *p, const double *dy, size_t rows,
                         double *dx)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t o = 0; o < p->out_len; o++) {
            double g = dy[r * p->out_len + o] / (double)p->kernel;
            for (size_t k = 0; k < p->kernel; k++)
                dx[r * p->len + o * p->stride + k] += g;
        }
}

void pool1d_max_forward(const Pool1d *p, const double *x, size_t rows,
                        double *y, size_t *arg)
{
    for (size_t r = 0; r < rows; r++)
        for (size_t o = 0; o < p->out_len; o++) {
            size_t best = o * p->stride;
            for (size_t k = 1; k < p->kernel; k++)
                if (x[r * p->len + o * p->stride + k] > x[r * p->len + best])
                    best = o * p->stride + k;
            y[r * p->out_len + o] = x[r * p->len + best];
            arg[r * p->out_len + o] = best;
        }
}

void pool1d_max_backward(const Pool1d *p, const double *dy,
                         const size_t *arg, size_t rows, double *dx)
{
    for (size_t r = 0; r < rows * p->out_len; r++)
        dx[r / p->out_len * p->len + arg[r]] += dy[r];
}
