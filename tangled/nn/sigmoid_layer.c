/* sigmoid_layer.c: forward and backward of sigmoid(w x) with the MSE loss. */
#include "nn/sigmoid_layer.h"

#include "core/vec.h"
#include "nn/activation.h"

double sigmoid_layer_forward(const double *w, const double *x, const double *y,
                             size_t n_out, size_t n_in, double *a)
{
    double sum = 0.0;
    for (size_t i = 0; i < n_out; i++) {
        a[i] = activation_sigmoid(vec_dot(&w[i * n_in], x, n_in));
        sum += (a[i] - y[i]) * (a[i] - y[i]);
    }
    return sum / (double)n_out;
}

void sigmoid_layer_backward(const double *x, const double *y, const double *a,
                            size_t n_out, size_t n_in, double *dw)
{
    for (size_t i = 0; i < n_out; i++) {
        double delta = 2.0 / (double)n_out * (a[i] - y[i]) * a[i] * (1.0 - a[i]);
        vec_axpy(delta, x, &dw[i * n_in], n_in);   /* row i += delta_i x */
    }
}
