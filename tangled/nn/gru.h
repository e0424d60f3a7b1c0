/* gru.h: the GRU layer in PyTorch's layout (nn.GRU; gates r, z, n, the
   reset gate applied after the hidden product), forward and backward
   through time, and the source text's form of it. */
#ifndef LITNN_GRU_H
#define LITNN_GRU_H

#include "nn/gates.h"

/* w has 3 gates. x is (T, B, x_dim) for the batch s (checked), x_dim must
   equal w->in; h0 is (B, H) or NULL for zeros. Writes the states h
   (T, B, H), 0 at padding, and, for the backward pass, act (T, B, 4H): r,
   z, n and the candidate's hidden part w_hn h + b_hn. */
void gru_forward(const Recurrent *w, const double *x, const SeqBatch *s,
                 size_t x_dim, const double *h0, double *h, double *act);
/* x, s, h0, h, act as in gru_forward; dh is (T, B, H): dL/dh[t] from
   above (ignored at padding). Adds the parameters' gradients into g and,
   unless NULL, dL/dx into dx (T, B, D) and dL/dh0 into dh0 (B, H). */
void gru_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                  const double *h0, const double *h, const double *act,
                  const double *dh, const Recurrent *g, double *dx, double *dh0);
/* The source text's form of gru_forward from a zero state: the reset and
   update gates' weights for [h, x] in one matrix with summed biases, the
   candidate's two parts apart. x is (T, x_dim); writes h (T, H). */
void gru_forward_concat(const Recurrent *w, const double *x, size_t T,
                        size_t x_dim, double *h);

#endif
