/* gates.h: the affine maps of a gated recurrent cell with G stacked gates,
   in PyTorch's layout: gi = w_ih x + b_ih and gh = w_hh h + b_hh. */
#ifndef LITNN_GATES_H
#define LITNN_GATES_H

#include "nn/seqbatch.h"

#include <stddef.h>

/* A gated cell's parameters (or their gradients, in the same shapes). */
typedef struct {
    size_t in, hidden, gates;   /* D, H and G */
    double *w_ih;               /* (G H, D): PyTorch's weight_ih_l0 */
    double *w_hh;               /* (G H, H): PyTorch's weight_hh_l0 */
    double *b_ih, *b_hh;        /* (G H) each: bias_ih_l0, bias_hh_l0 */
} Gates;

/* Stops the program with "litnn: error: who: ..." (exit status 1) unless
   x_dim, the number of inputs per step the caller passes, equals w->in. */
void gates_check_input(const Gates *w, size_t x_dim, const char *who);
/* x is (T, B, D) for the batch s; gi is (T, B, G H): gi = w_ih x + b_ih
   at every step. */
void gates_input(const Gates *w, const double *x, const SeqBatch *s, double *gi);
/* h is (B, H), or NULL for zeros; gh is (B, G H): gh = w_hh h + b_hh. */
void gates_hidden(const Gates *w, const double *h, size_t B, double *gh);
/* The source text's rearrangement of the first rows rows of the stacked
   maps: w_cat (rows, H + D) has row k of w_hh followed by row k of w_ih, so
   that it multiplies the concatenation [h, x]; b_sum (rows) = b_ih + b_hh. */
void gates_concat(const Gates *w, size_t rows, double *w_cat, double *b_sum);
/* dgh is (B, G H), dL/dgh at one step: adds w_hh^T dgh into dh (B, H). */
void gates_hidden_backward(const Gates *w, const double *dgh, size_t B,
                           double *dh);
/* x and s as in gates_input; h0 (B, H, or NULL for zeros) and h (T, B, H)
   the states the steps read from; dgi and dgh are (T, B, G H): dL/dgi and
   dL/dgh at every step, zero at padding. Adds the parameters' gradients
   into g, and w_ih^T dgi into dx (T, B, D) unless NULL. */
void gates_backward(const Gates *w, const double *x, const SeqBatch *s,
                    const double *h0, const double *h, const double *dgi,
                    const double *dgh, const Gates *g, double *dx);

#endif
