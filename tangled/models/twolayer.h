/* twolayer.h: a network with one hidden layer of sigmoid neurons in matrix
   form, x w + b with numpy's (n_in, n_out) layout, trained on a whole batch
   as chapter 2's numpy XOR program trains it. */
#ifndef LITNN_TWOLAYER_H
#define LITNN_TWOLAYER_H

#include "core/mat.h"
#include "core/randn.h"

#include <stddef.h>

typedef struct {
    Mat w1, b1;      /* (n_in, n_hidden), (1, n_hidden) */
    Mat w2, b2;      /* (n_hidden, n_out), (1, n_out) */
    Mat hidden;      /* (batch, n_hidden): sigmoid(x w1 + b1), cached by forward */
    Mat output;      /* (batch, n_out): sigmoid(hidden w2 + b2) */
} TwoLayer;

/* Draws w1, w2, b1, b2, in this order, each in row-major order, from g. */
TwoLayer twolayer_new(size_t n_in, size_t n_hidden, size_t n_out, Randn *g);
void twolayer_free(TwoLayer *net);
/* x is (batch, n_in); returns &net->output, (batch, n_out), and caches
   net->hidden. */
const Mat *twolayer_forward(TwoLayer *net, const Mat *x);
/* x is (batch, n_in), y is (batch, n_out): one full-batch step with
   learning rate lr; returns the mean of |y - output| before the step. */
double twolayer_train_epoch(TwoLayer *net, const Mat *x, const Mat *y,
                            double lr);

#endif
