/* gates.h: the hidden part gh = w_hh h + b_hh of a gated recurrent cell's
   affine maps (chapter 5's Recurrent with G stacked gates), kept apart from
   the input part, and the source text's glued form of both. */
#ifndef LITNN_GATES_H
#define LITNN_GATES_H

#include "nn/recurrent.h"

#include <stddef.h>

/* w_hh is w->w_hh packed by recurrent_pack_hh(w, false); h is (B, H), or
   NULL for zeros; gh is (B, G H): gh = w_hh h + b_hh. */
void gates_hidden(const Recurrent *w, const GemmPacked *w_hh, const double *h,
                  size_t B, double *gh);
/* The source text's rearrangement of the first rows rows of the stacked
   maps: w_cat (rows, H + D) has row k of w_hh followed by row k of w_ih, so
   that it multiplies the concatenation [h, x]; b_sum (rows) = b_ih + b_hh. */
void gates_concat(const Recurrent *w, size_t rows, double *w_cat, double *b_sum);
/* w_hh is w->w_hh packed by recurrent_pack_hh(w, true); dgh is (B, G H),
   dL/dgh at one step: adds w_hh^T dgh into dh (B, H). */
void gates_hidden_backward(const Recurrent *w, const GemmPacked *w_hh,
                           const double *dgh, size_t B, double *dh);

#endif
