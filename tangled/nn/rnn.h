/* rnn.h: the recurrent layer h_t = tanh(U x_t + b_U + W h_{t-1} + b_W),
   in PyTorch's layout (nn.RNN with tanh), with backpropagation through
   time, full or truncated. */
#ifndef LITNN_RNN_H
#define LITNN_RNN_H

#include "nn/recurrent.h"
#include "nn/seqbatch.h"

#include <stddef.h>
#include <stdint.h>

#define RNN_FULL SIZE_MAX  /* a truncation window that truncates nothing */

/* r has one gate (r->gates == 1). x is (T, B, x_dim) for the batch s
   (both checked: recurrent_check), h0 is (B, hidden) or NULL for zeros, h
   is (T, B, hidden): h[t] = tanh(w_ih x[t] + b_ih + w_hh h[t-1] + b_hh),
   h[-1] = h0, at the real steps, and 0 at padding. */
void rnn_forward(const Recurrent *r, const double *x, const SeqBatch *s,
                 size_t x_dim, const double *h0, double *h);
/* Backpropagation through time. x, s, h0 and h as in rnn_forward; dh is
   (T, B, hidden): dL/dh[t] from the layers above (ignored at padding). The
   gradient that enters at step t flows back through at most k earlier
   steps (k = RNN_FULL for all of them). Adds the parameters' gradients
   into g (shaped like r), and dL/dx into dx (T, B, in) and dL/dh0 into dh0
   (B, hidden) unless NULL. */
void rnn_backward(const Recurrent *r, const double *x, const SeqBatch *s,
                  const double *h0, const double *h, const double *dh,
                  size_t k, const Recurrent *g, double *dx, double *dh0);

#endif
