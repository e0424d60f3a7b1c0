/* relu.h: the rectified linear unit, max(0, z), element by element. */
#ifndef LITNN_RELU_H
#define LITNN_RELU_H

#include <stddef.h>

/* x and y are (n), and y may be x: y = max(0, x). */
void relu_forward(const double *x, size_t n, double *y);
/* y is relu_forward's output (n), dy is (n): adds dy where y > 0 into dx
   (n); the gradient at 0 is 0, as in PyTorch. */
void relu_backward(const double *y, const double *dy, size_t n, double *dx);

#endif
