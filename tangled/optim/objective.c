/* objective.c: Rosenbrock's function in n dimensions. */
#include "optim/objective.h"

double objective_rosenbrock(const double *x, size_t n, double *grad)
{
    double f = 0.0;
    for (size_t i = 0; i < n; i++)
        if (grad)
            grad[i] = 0.0;
    for (size_t i = 0; i + 1 < n; i++) {
        double d = x[i + 1] - x[i] * x[i];
        f += 100.0 * d * d + (1.0 - x[i]) * (1.0 - x[i]);
        if (grad) {
            grad[i] += -400.0 * x[i] * d - 2.0 * (1.0 - x[i]);
            grad[i + 1] += 200.0 * d;
        }
    }
    return f;
}
