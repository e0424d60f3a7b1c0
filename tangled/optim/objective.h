/* objective.h: test functions for optimizers, with their gradients. */
#ifndef LITNN_OBJECTIVE_H
#define LITNN_OBJECTIVE_H

#include <stddef.h>

/* x and grad are (n), n >= 2; returns Rosenbrock's f(x) and, if grad is not
   NULL, writes its gradient there. */
double objective_rosenbrock(const double *x, size_t n, double *grad);

#endif
