/* bce.c: binary cross-entropy with logits. */
#include "nn/bce.h"

#include "nn/activation.h"

#include <math.h>

double bce_logits_forward(const double *z, const double *t, size_t n)
{
    double sum = 0.0;
    for (size_t k = 0; k < n; k++)
        sum += fmax(z[k], 0.0) - t[k] * z[k] + log1p(exp(-fabs(z[k])));
    return sum / (double)n;
}

void bce_logits_backward(const double *z, const double *t, size_t n,
                         double *dz)
{
    for (size_t k = 0; k < n; k++)
        dz[k] += (activation_sigmoid(z[k]) - t[k]) / (double)n;
}
