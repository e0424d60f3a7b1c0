/* sigmoid_layer.h: a linear layer without bias, a sigmoid and the mean
   squared error, the worked example of backpropagation in chapter 3. */
#ifndef LITNN_SIGMOID_LAYER_H
#define LITNN_SIGMOID_LAYER_H

#include <stddef.h>

/* w is (n_out, n_in) as in PyTorch, x is (n_in), y is (n_out), a is (n_out);
   a = sigmoid(w x); returns the loss mean((a - y)^2). */
double sigmoid_layer_forward(const double *w, const double *x, const double *y,
                             size_t n_out, size_t n_in, double *a);
/* x is (n_in), y and a are (n_out) with a from sigmoid_layer_forward, dw is
   (n_out, n_in); adds dL/dw = delta x^T into dw. */
void sigmoid_layer_backward(const double *x, const double *y, const double *a,
                            size_t n_out, size_t n_in, double *dw);

#endif
