/* mlp.h: a fully connected network of sigmoid neurons (a multilayer
   perceptron) with one output, trained by backpropagation and gradient
   descent. It reproduces, number for number, the Python program of
   chapter 2. */
#ifndef LITNN_MLP_H
#define LITNN_MLP_H

#include "core/mat.h"
#include "core/rng.h"

#include <stdbool.h>
#include <stddef.h>

/* The square loss (p - t)^2 of a prediction p for the target t. */
double mlp_square_loss(double p, double t);
/* Its derivative with respect to the prediction: 2 (p - t). */
double mlp_square_loss_derivative(double p, double t);

/* A layer of n_out sigmoid neurons reading n_in inputs. */
typedef struct {
    Mat w, dw;        /* (n_out, n_in): row k is neuron k's weights; in the
                         parameter block and the gradient block */
    double *b, *db;   /* (n_out): the biases and their gradients, likewise */
    const double *x;  /* (n_in): the input, as cached by forward */
    double *a;        /* (n_out): the output sigmoid(w x + b), cached by forward */
    double *da;       /* (n_out): dL/da, written by backward */
} MlpLayer;

/* num_inputs inputs, hidden layers, and an output layer of one neuron. */
typedef struct {
    size_t num_inputs, num_layers, num_params;
    MlpLayer *layers;  /* (num_layers) */
    double *params;    /* (num_params): layer by layer, w row by row, then b */
    double *grads;     /* (num_params): the gradients, in the same layout */
    double *values;    /* the input, then a and da of every layer */
} Mlp;
/* hidden is (num_hidden): the hidden layers' sizes; the output layer has
   one neuron. Weights are rng_random(rng) - 0.5, neuron by neuron, layer by
   layer; biases 0. Release the network with mlp_free. */
Mlp mlp_new(size_t num_inputs, const size_t *hidden, size_t num_hidden,
            Rng *rng);
void mlp_free(Mlp *net);
/* x is (num_inputs); returns the output f(x) and caches, in every layer,
   what mlp_backward needs. */
double mlp_forward(Mlp *net, const double *x);
/* d_loss is dL/df for the last mlp_forward; adds dL/dparams into
   net->grads. */
void mlp_backward(Mlp *net, double d_loss);
/* Sets every gradient to 0. */
void mlp_zero_grad(Mlp *net);
/* One gradient-descent step: params -= lr * grads. */
void mlp_update(Mlp *net, double lr);
/* x is (count, num_inputs), t is (count); returns the mean square loss of
   f over the samples; if backward, also adds its gradient to net->grads. */
double mlp_loss(Mlp *net, const double *x, const double *t, size_t count,
                bool backward);
/* A loss over count samples, as mlp_loss: the original's, or the same
   computed in matrix form (below). */
typedef double MlpLossFn(Mlp *net, const double *x, const double *t,
                         size_t count, bool backward);
/* One training step on the whole data set, as the original's one_step:
   zero_grad, loss with backward, update. Returns the loss before the
   update. */
double mlp_train_step(Mlp *net, MlpLossFn *loss, const double *x,
                      const double *t, size_t count, double lr);
/* The same as mlp_loss, computed a layer at a time for all count samples
   with gemm: the same numbers, bit for bit. */
double mlp_matrix_loss(Mlp *net, const double *x, const double *t,
                       size_t count, bool backward);

#endif
