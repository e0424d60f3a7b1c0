/* relu.c: the rectifier and its gradient. */
#include "nn/relu.h"

void relu_forward(const double *x, size_t n, double *y)
{
    for (size_t i = 0; i < n; i++)
        y[i] = x[i] > 0.0 ? x[i] : 0.0;
}

void relu_backward(const double *y, const double *dy, size_t n, double *dx)
{
    for (size_t i = 0; i < n; i++)
        if (y[i] > 0.0)
            dx[i] += dy[i];
}
