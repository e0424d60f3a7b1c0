/* rnn.h: the recurrent layer h_t = tanh(U x_t + b_U + W h_{t-1} + b_W),
   in PyTorch's layout (nn.RNN with tanh), with backpropagation through
   time, full or truncated. */
#ifndef LITNN_RNN_H
#define LITNN_RNN_H

#include "nn/seqbatch.h"

#include <stddef.h>
#include <stdint.h>

/* A recurrent layer's parameters (or their gradients, in the same shapes). */
typedef struct {
    size_t in, hidden;
    double *w_ih;          /* (hidden, in): U, PyTorch's weight_ih_l0 */
    double *w_hh;          /* (hidden, hidden): W, PyTorch's weight_hh_l0 */
    double *b_ih, *b_hh;   /* (hidden) each, or both NULL for bias=False */
} Rnn;

#define RNN_FULL SIZE_MAX  /* a truncation window that truncates nothing */

/* x is (T, B, in) for the batch s (checked), h0 is (B, hidden) or NULL
   for zeros, h is (T, B, hidden): h[t] = tanh(w_ih x[t] + b_ih +
   w_hh h[t-1] + b_hh), h[-1] = h0, at the real steps, and 0 at padding. */
void rnn_forward(const Rnn *r, const double *x, const SeqBatch *s,
                 const double *h0, double *h);
/* Backpropagation through time. x, s, h0 and h as in rnn_forward; dh is
   (T, B, hidden): dL/dh[t] from the layers above (ignored at padding). The
   gradient that enters at step t flows back through at most k earlier
   steps (k = RNN_FULL for all of them). Adds the parameters' gradients
   into g (shaped like r), and dL/dx into dx (T, B, in) and dL/dh0 into dh0
   (B, hidden) unless NULL. */
void rnn_backward(const Rnn *r, const double *x, const SeqBatch *s,
                  const double *h0, const double *h, const double *dh,
                  size_t k, const Rnn *g, double *dx, double *dh0);

#endif
