/* bce.h: the binary cross-entropy of logits, as PyTorch's
   BCEWithLogitsLoss (mean over the examples), without overflow. */
#ifndef LITNN_BCE_H
#define LITNN_BCE_H

#include <stddef.h>

/* z and t are (n), n >= 1, t in [0, 1]: the mean over k of
   max(z_k, 0) - t_k z_k + log1p(exp(-|z_k|)). */
double bce_logits_forward(const double *z, const double *t, size_t n);
/* z and t as above: adds (sigmoid(z_k) - t_k) / n into dz (n). */
void bce_logits_backward(const double *z, const double *t, size_t n,
                         double *dz);

#endif
