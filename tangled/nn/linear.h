/* linear.h: the fully connected layer y = x w^T + b, as PyTorch's
   nn.Linear. */
#ifndef LITNN_LINEAR_H
#define LITNN_LINEAR_H

#include <stddef.h>

/* x is (n, in), w is (out, in), b is (out) or NULL for no bias, y is
   (n, out); y = x w^T + b. */
void linear_forward(const double *x, const double *w, const double *b,
                    size_t n, size_t in, size_t out, double *y);
/* x and w as in linear_forward, dy is (n, out). Adds dL/dx = dy w into dx
   (n, in), dL/dw = dy^T x into dw (out, in) and dL/db = the column sums of
   dy into db (out); dx, dw or db may be NULL when not wanted. */
void linear_backward(const double *x, const double *w, const double *dy,
                     size_t n, size_t in, size_t out, double *dx, double *dw,
                     double *db);

#endif
