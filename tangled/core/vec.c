/* vec.c: dot product, length, axpy and scaling. */
#include "core/vec.h"

#include <math.h>

double vec_dot(const double *x, const double *y, size_t n)
{
    double sum = 0.0;
    for (size_t i = 0; i < n; i++)
        sum += x[i] * y[i];
    return sum;
}

double vec_norm(const double *x, size_t n)
{
    return sqrt(vec_dot(x, x, n));
}

void vec_axpy(double a, const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++)
        y[i] += a * x[i];
}

void vec_scale(double a, double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        x[i] *= a;
}
