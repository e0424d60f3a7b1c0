/* vmath.h: e^x, tanh and the logistic sigmoid over whole arrays, in loops
   without branches or calls that the compiler vectorises, to within a few
   units in the last place of the exact values. */
#ifndef LITNN_VMATH_H
#define LITNN_VMATH_H

#include <stddef.h>

/* y[i] = e^x[i] for i < n (x, y: (n)): 0 below -746, infinity above 710;
   y may be x. */
void vmath_exp(const double *x, double *y, size_t n);
/* y[i] = tanh(x[i]) for i < n (x, y: (n)); y may be x. */
void vmath_tanh(const double *x, double *y, size_t n);
/* y[i] = 1 / (1 + e^-x[i]) for i < n (x, y: (n)), the value at -708 for
   x[i] below -708; y may be x. */
void vmath_sigmoid(const double *x, double *y, size_t n);

#endif
