/* softmax.h: softmax, log-sum-exp and the cross-entropy of logits, computed
   with the largest logit subtracted, so that no exponential overflows. */
#ifndef LITNN_SOFTMAX_H
#define LITNN_SOFTMAX_H

#include <stddef.h>

/* z is (n), n >= 1: log(sum_j exp(z_j)). */
double softmax_logsumexp(const double *z, size_t n);
/* z and p are (n), n >= 1: p = softmax(z). */
void softmax(const double *z, size_t n, double *p);
/* z is (n), target < n: -log softmax(z)[target]. */
double softmax_cross_entropy(const double *z, size_t n, size_t target);
/* z is (n), target < n: adds scale * (softmax(z) - onehot(target)), the
   gradient of scale * softmax_cross_entropy, into dz (n), and returns
   softmax_cross_entropy(z, n, target), which it computes on the way. */
double softmax_cross_entropy_backward(const double *z, size_t n, size_t target,
                                      double scale, double *dz);

#endif
