/* gates.h: the affine maps of a gated recurrent cell with G stacked gates,
   in PyTorch's layout: gi = w_ih x + b_ih and gh = w_hh h + b_hh. */
#ifndef LITNN_GATES_H
#define LITNN_GATES_H

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
/* x is (D), h is (H) or NULL for zeros, gi and gh are (G H):
   gi = w_ih x + b_ih, gh = w_hh h + b_hh. */
void gates_forward(const Gates *w, const double *x, const double *h,
                   double *gi, double *gh);
/* The source text's rearrangement of the first rows rows of the stacked
   maps: w_cat (rows, H + D) has row k of w_hh followed by row k of w_ih, so
   that it multiplies the concatenation [h, x]; b_sum (rows) = b_ih + b_hh. */
void gates_concat(const Gates *w, size_t rows, double *w_cat, double *b_sum);
/* x and h as in gates_forward, dgi and dgh are (G H): dL/dgi and dL/dgh.
   Adds the parameters' gradients into g, w_ih^T dgi into dx (D, unless
   NULL) and w_hh^T dgh into dh (H). */
void gates_backward(const Gates *w, const double *x, const double *h,
                    const double *dgi, const double *dgh, const Gates *g,
                    double *dx, double *dh);

#endif
