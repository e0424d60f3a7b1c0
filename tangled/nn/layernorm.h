/* layernorm.h: layer normalization over the last axis, as PyTorch's
   nn.LayerNorm(dim, eps) with its weight gamma and bias beta. */
#ifndef LITNN_LAYERNORM_H
#define LITNN_LAYERNORM_H

#include <stddef.h>

/* x and y are (n, dim), gamma and beta (dim), mean and rstd (n), cached
   for the backward pass: y = (x - mean) rstd gamma + beta per row, with
   rstd = 1 / sqrt(var + eps) and the variance's divisor dim. */
void layernorm_forward(const double *x, const double *gamma,
                       const double *beta, size_t n, size_t dim, double eps,
                       double *y, double *mean, double *rstd);
/* x, gamma, mean and rstd as in the forward pass, dy is (n, dim): adds
   dL/dx into dx (n, dim), dL/dgamma into dgamma and dL/dbeta into dbeta
   (dim). */
void layernorm_backward(const double *x, const double *gamma,
                        const double *mean, const double *rstd,
                        const double *dy, size_t n, size_t dim, double *dx,
                        double *dgamma, double *dbeta);

#endif
