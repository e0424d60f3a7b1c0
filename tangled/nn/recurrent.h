/* recurrent.h: the parameters of a recurrent layer in PyTorch's layout, G
   stacked blocks of H rows (G = 1 for nn.RNN, 4 for nn.LSTM and 3 for
   nn.GRU), and the parts of the forward and backward passes they share. */
#ifndef LITNN_RECURRENT_H
#define LITNN_RECURRENT_H

#include "core/gemm.h"
#include "core/params.h"
#include "nn/seqbatch.h"

#include <stdbool.h>
#include <stddef.h>

/* A recurrent layer's parameters (or their gradients, in the same shapes). */
typedef struct {
    size_t in, hidden, gates;   /* D, H and G */
    double *w_ih;               /* (G H, D): PyTorch's weight_ih_l0 */
    double *w_hh;               /* (G H, H): weight_hh_l0 */
    double *b_ih, *b_hh;        /* (G H) each: bias_ih_l0 and bias_hh_l0,
                                   or both NULL for bias=False */
} Recurrent;

/* Adds the layer's four parts to the table p, named as PyTorch names those
   of a layer that is the attribute module of a model: "rnn.weight_ih_l0",
   "rnn.weight_hh_l0", "rnn.bias_ih_l0", "rnn.bias_hh_l0" for module "rnn".
   Returns the index of the first. */
size_t recurrent_add_params(Params *p, const char *module, size_t gates,
                            size_t in, size_t hidden);
/* The layer whose four parts start at part first of p, as
   recurrent_add_params added them, in block: p->data for the parameters,
   p->grad for their gradients. */
Recurrent recurrent_view(const Params *p, size_t first, double *block);
/* Stops the program with "litnn: error: who: ..." (exit status 1) unless
   the batch s is valid (seqbatch_check), x_dim, the number of inputs per
   step the caller passes, equals w->in, and the biases are both there or
   both NULL. */
void recurrent_check(const Recurrent *w, const SeqBatch *s, size_t x_dim,
                     const char *who);
/* w->w_hh packed once (chapter 1's gemm_pack_b) for the products of every
   step: h w_hh^T forward, or d w_hh with backward. Release it with
   gemm_packed_free. */
GemmPacked recurrent_pack_hh(const Recurrent *w, bool backward);
/* x is (T, B, D) for the batch s; gi is (T, B, G H): gi = w_ih x + b_ih
   at every step. */
void recurrent_input(const Recurrent *w, const double *x, const SeqBatch *s,
                     double *gi);
/* x and s as in recurrent_input; h0 (B, H, or NULL for zeros) and h
   (T, B, H) the states the steps read from; dgi and dgh are (T, B, G H):
   dL/dgi and dL/dgh at every step, zero at padding, where gh = w_hh h +
   b_hh. Adds the parameters' gradients into g, and w_ih^T dgi into dx
   (T, B, D) unless NULL. */
void recurrent_backward(const Recurrent *w, const double *x, const SeqBatch *s,
                        const double *h0, const double *h, const double *dgi,
                        const double *dgh, const Recurrent *g, double *dx);

#endif
