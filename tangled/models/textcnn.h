/* textcnn.h: the source text's TextCNN: an embedding of words, 1-D
   convolutions of several widths over it, each followed by the rectifier
   and the maximum over time, their maxima joined, dropout, and a linear
   layer to the logits of the classes, trained on their cross-entropy. */
#ifndef LITNN_TEXTCNN_H
#define LITNN_TEXTCNN_H

#include "core/params.h"
#include "core/randn.h"
#include "nn/conv.h"

#include <stdbool.h>
#include <stddef.h>

enum { TEXTCNN_MAX_WIDTHS = 4 };

/* The shape of a TextCNN. */
typedef struct {
    size_t vocab, embed;                 /* V words (id 0 pads), E numbers each */
    size_t widths, width[TEXTCNN_MAX_WIDTHS];   /* the convolutions' kernels */
    size_t filters, classes;             /* F per width, and K */
    size_t len;                          /* L: ids per text, padded with 0 */
    double dropout;                      /* p, in [0, 1) */
} TextCnnShape;

typedef struct {
    TextCnnShape s;
    size_t max_batch, features;          /* B at most; widths F */
    Params params;   /* "embedding.weight" (V, E), "convs.<j>.weight" (F, E, k_j),
                        "convs.<j>.bias" (F), "fc.weight" (K, widths F), "fc.bias" */
    Conv2d conv[TEXTCNN_MAX_WIDTHS];     /* conv1d_layer(E, F, k_j) over L */
    const size_t *ids;                   /* the last batch, (n, L) */
    double *rows;                        /* (B, L, E): embedded, then dL/drows */
    double *x, *dx;                      /* (B, E, L): rows transposed, and dL/dx */
    double *y;                           /* (B, F, L - k_j + 1) for each j, after ReLU */
    double *dy;                          /* (B, F, L - k_0 + 1): one width's dL/dy */
    size_t *arg;                         /* (widths, B F): where each maximum is */
    double *pooled, *mask, *kept;        /* (B, features) each: the maxima, the
                                            dropout mask (1 when not training),
                                            pooled times mask */
    double *d_kept, *logits, *d_logits;  /* (B, features), (B, K), (B, K) */
} TextCnn;

/* A TextCNN of shape s for batches of up to max_batch texts, its numbers
   drawn as PyTorch draws them: the embedding standard normal (from g),
   row 0 zero (padding_idx=0); every other weight and bias uniform in
   [-1/sqrt(fan_in), 1/sqrt(fan_in)) (from g's uniform generator). Stops
   the program with "litnn: error: ..." if a width is 0 or longer than L,
   or a size is 0. Release it with textcnn_free. */
TextCnn textcnn_new(const TextCnnShape *s, size_t max_batch, Randn *g);
void textcnn_free(TextCnn *m);

/* ids is (n, L), n <= max_batch, each id < V: returns the logits (n, K).
   With rng, trains: drops each joined maximum with probability p (and
   scales the others by 1 / (1 - p)); without, evaluates. m keeps ids
   until the backward pass. */
const double *textcnn_forward(TextCnn *m, const size_t *ids, size_t n, Rng *rng);

/* After textcnn_forward on n texts with classes t (n): returns the mean
   cross-entropy of the logits; if backward, also adds its gradient to
   m->params.grad (none to row 0 of the embedding). */
double textcnn_loss(TextCnn *m, const size_t *t, size_t n, bool backward);

#endif
