/* dropout.c: Bernoulli masks scaled by 1 / (1 - p). */
#include "nn/dropout.h"

#include <math.h>

bool dropout_valid(double p)
{
    return isfinite(p) && p >= 0.0 && p < 1.0;
}

void dropout_mask(Rng *rng, double p, double *mask, size_t n)
{
    double keep = 1.0 / (1.0 - p);
    for (size_t k = 0; k < n; k++)
        mask[k] = rng_random(rng) < p ? 0.0 : keep;
}

void dropout_forward(const double *x, const double *mask, size_t n, double *y)
{
    for (size_t k = 0; k < n; k++)
        y[k] = x[k] * mask[k];
}

void dropout_backward(const double *dy, const double *mask, size_t n,
                      double *dx)
{
    for (size_t k = 0; k < n; k++)
        dx[k] += dy[k] * mask[k];
}
