/* clip.c: gradient clipping by norm. */
#include "optim/clip.h"

#include "core/vec.h"

double clip_grad_norm(double *grad, size_t n, double max_norm)
{
    double norm = vec_norm(grad, n), coef = max_norm / (norm + 1e-6);
    if (coef < 1.0)
        vec_scale(coef, grad, n);
    return norm;
}
