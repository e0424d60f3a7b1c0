/* softmax.c: softmax and cross-entropy by the log-sum-exp trick. */
#include "nn/softmax.h"

#include <math.h>

/* The largest of z[0..n). */
static double max_of(const double *z, size_t n)
{
    double m = z[0];
    for (size_t j = 1; j < n; j++)
        if (z[j] > m)
            m = z[j];
    return m;
}

double softmax_logsumexp(const double *z, size_t n)
{
    double m = max_of(z, n), sum = 0.0;
    for (size_t j = 0; j < n; j++)
        sum += exp(z[j] - m);
    return m + log(sum);
}

void softmax(const double *z, size_t n, double *p)
{
    double m = max_of(z, n), sum = 0.0;
    for (size_t j = 0; j < n; j++)
        sum += p[j] = exp(z[j] - m);
    for (size_t j = 0; j < n; j++)
        p[j] /= sum;
}

double softmax_cross_entropy(const double *z, size_t n, size_t target)
{
    return softmax_logsumexp(z, n) - z[target];
}

double softmax_cross_entropy_backward(const double *z, size_t n, size_t target,
                                      double scale, double *dz)
{
    double lse = softmax_logsumexp(z, n);
    for (size_t j = 0; j < n; j++)
        dz[j] += scale * (exp(z[j] - lse) - (j == target ? 1.0 : 0.0));
    return lse - z[target];
}
