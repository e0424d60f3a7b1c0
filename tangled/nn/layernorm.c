/* layernorm.c: layer normalization, forward and backward. */
#include "nn/layernorm.h"

#include <math.h>

void layernorm_forward(const double *x, const double *gamma,
                       const double *beta, size_t n, size_t dim, double eps,
                       double *y, double *mean, double *rstd)
{
    for (size_t r = 0; r < n; r++) {
        const double *xr = &x[r * dim];
        double sum = 0.0, squares = 0.0;
        for (size_t k = 0; k < dim; k++)
            sum += xr[k];
        double mu = sum / (double)dim;
        for (size_t k = 0; k < dim; k++)
            squares += (xr[k] - mu) * (xr[k] - mu);
        double s = 1.0 / sqrt(squares / (double)dim + eps);
        for (size_t k = 0; k < dim; k++)
            y[r * dim + k] = (xr[k] - mu) * s * gamma[k] + beta[k];
        mean[r] = mu;
        rstd[r] = s;
    }
}

void layernorm_backward(const double *x, const double *gamma,
                        const double *mean, const double *rstd,
                        const double *dy, size_t n, size_t dim, double *dx,
                        double *dgamma, double *dbeta)
{
    for (size_t r = 0; r < n; r++) {
        const double *xr = &x[r * dim], *dyr = &dy[r * dim];
        double mean_g = 0.0, mean_g_xhat = 0.0;
        for (size_t k = 0; k < dim; k++) {
            double xhat = (xr[k] - mean[r]) * rstd[r], g = dyr[k] * gamma[k];
            mean_g += g / (double)dim;
            mean_g_xhat += g * xhat / (double)dim;
            dgamma[k] += dyr[k] * xhat;
            dbeta[k] += dyr[k];
        }
        for (size_t k = 0; k < dim; k++) {
            double xhat = (xr[k] - mean[r]) * rstd[r], g = dyr[k] * gamma[k];
            dx[r * dim + k] += rstd[r] * (g - mean_g - xhat * mean_g_xhat);
        }
    }
}
