/* softmax.c: softmax and cross-entropy by the log-sum-exp trick. */
#include "nn/softmax.h"

#include "core/vmath.h"

#include <math.h>

enum { SOFTMAX_CHUNK = 64 };    /* exponentials computed together */

/* The largest of z[0..n). */
static double max_of(const double *z, size_t n)
{
    double m = z[0];
    for (size_t j = 1; j < n; j++)
        if (z[j] > m)
            m = z[j];
    return m;
}

/* z and e are (n): e = exp(z - shift). */
static void exp_shifted(const double *z, size_t n, double shift, double *e)
{
    for (size_t j = 0; j < n; j++)
        e[j] = z[j] - shift;
    vmath_exp(e, e, n);
}

double softmax_logsumexp(const double *z, size_t n)
{
    double m = max_of(z, n), sum = 0.0, e[SOFTMAX_CHUNK];
    for (size_t j0 = 0; j0 < n; j0 += SOFTMAX_CHUNK) {
        size_t w = n - j0 < SOFTMAX_CHUNK ? n - j0 : SOFTMAX_CHUNK;
        exp_shifted(&z[j0], w, m, e);
        for (size_t q = 0; q < w; q++)
            sum += e[q];
    }
    return m + log(sum);
}

void softmax(const double *z, size_t n, double *p)
{
    double sum = 0.0;
    exp_shifted(z, n, max_of(z, n), p);
    for (size_t j = 0; j < n; j++)
        sum += p[j];
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
    double lse = softmax_logsumexp(z, n), p[SOFTMAX_CHUNK];
    for (size_t j0 = 0; j0 < n; j0 += SOFTMAX_CHUNK) {
        size_t w = n - j0 < SOFTMAX_CHUNK ? n - j0 : SOFTMAX_CHUNK;
        exp_shifted(&z[j0], w, lse, p);
        for (size_t q = 0; q < w; q++)
            dz[j0 + q] += scale * (p[q] - (j0 + q == target ? 1.0 : 0.0));
    }
    return lse - z[target];
}
