/* dropout.h: inverted dropout with an explicit mask, as PyTorch's
   nn.Dropout(p) in training mode (the identity in evaluation mode). */
#ifndef LITNN_DROPOUT_H
#define LITNN_DROPOUT_H

#include "core/rng.h"

#include <stdbool.h>
#include <stddef.h>

/* True if p is a valid dropout probability, 0 <= p < 1. */
bool dropout_valid(double p);
/* mask is (n): each entry 0 with probability p, else 1 / (1 - p). */
void dropout_mask(Rng *rng, double p, double *mask, size_t n);
/* x, mask and y are (n): y = x * mask. */
void dropout_forward(const double *x, const double *mask, size_t n, double *y);
/* dy and mask are (n): adds dy * mask into dx (n). */
void dropout_backward(const double *dy, const double *mask, size_t n,
                      double *dx);

#endif
