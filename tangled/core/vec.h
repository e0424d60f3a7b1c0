/* vec.h: vectors as plain arrays of n doubles. */
#ifndef LITNN_VEC_H
#define LITNN_VEC_H

#include <stddef.h>

/* x and y are (n); returns the sum of x[i] * y[i]. */
double vec_dot(const double *x, const double *y, size_t n);
/* x is (n); returns the Euclidean length sqrt(x . x). */
double vec_norm(const double *x, size_t n);
/* x and y are (n); y += a * x. */
void vec_axpy(double a, const double *x, double *y, size_t n);
/* x is (n); x *= a. */
void vec_scale(double a, double *x, size_t n);

#endif
