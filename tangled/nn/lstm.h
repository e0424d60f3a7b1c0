/* lstm.h: the LSTM layer in PyTorch's layout (nn.LSTM; gates i, f, g, o),
   forward and backward through time, and the source text's form of it. */
#ifndef LITNN_LSTM_H
#define LITNN_LSTM_H

#include "nn/gates.h"

/* w has 4 gates. x is (T, B, x_dim) for the batch s (checked), x_dim must
   equal w->in; h0 and c0 are (B, H) or NULL for zeros. Writes the outputs
   h (T, B, H), the cells c (T, B, H), both 0 at padding, and, for the
   backward pass, act (T, B, 4H): the gates i, f, g, o after their
   nonlinearities. */
void lstm_forward(const Recurrent *w, const double *x, const SeqBatch *s,
                  size_t x_dim, const double *h0, const double *c0, double *h,
                  double *c, double *act);
/* x, s, h0, c0, h, c, act as in lstm_forward; dh is (T, B, H): dL/dh[t]
   from above (ignored at padding); dc_last is (B, H), dL/dc at each
   sequence's last step, or NULL. Adds the parameters' gradients into g
   and, unless NULL, dL/dx into dx (T, B, D), dL/dh0 into dh0 and dL/dc0
   into dc0 (B, H). */
void lstm_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                   const double *h0, const double *c0, const double *h,
                   const double *c, const double *act, const double *dh,
                   const double *dc_last, const Recurrent *g, double *dx,
                   double *dh0, double *dc0);
/* The source text's form of lstm_forward from zero states: each gate's
   weights for [h, x] in one matrix, the two biases summed. x is (T, x_dim);
   writes h and c (T, H). The same function, computed another way. */
void lstm_forward_concat(const Recurrent *w, const double *x, size_t T,
                         size_t x_dim, double *h, double *c);

#endif
