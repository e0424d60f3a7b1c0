/* char_rnn.h: the character-level language model: embedding, recurrent
   layer, linear layer to one logit per symbol, softmax cross-entropy. */
#ifndef LITNN_CHAR_RNN_H
#define LITNN_CHAR_RNN_H

#include "core/randn.h"
#include "nn/rnn.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t vocab, embed, hidden, max_len, num_params;
    double *params, *grads;       /* (num_params): E, U, W, b_U, b_W, V, b_V */
    double *table, *w_out, *b_out;      /* views of params: (vocab, embed),
                                           (vocab, hidden), (vocab) */
    Rnn rnn;                            /* embed -> hidden, views of params */
    double *d_table, *d_w_out, *d_b_out;
    Rnn d_rnn;                          /* the same views of grads */
    double *x, *h, *logits;       /* caches: (max_len, embed), (max_len,
                                     hidden), (max_len, vocab) */
    double *dx, *dh, *d_logits;   /* their gradients */
    double *h0, *dh0;             /* (hidden): the state read from, its gradient */
} CharRnn;

/* A model for ids < vocab, with vectors of embed numbers, a state of hidden
   numbers, and stretches of at most max_len characters. Release it with
   char_rnn_free. */
CharRnn char_rnn_new(size_t vocab, size_t embed, size_t hidden, size_t max_len,
                  Randn *g);
void char_rnn_free(CharRnn *m);
/* ids is (T + 1), 1 <= T <= m->max_len, state is (hidden). Reads ids[0..T)
   starting from state, predicts ids[1..T], and returns the mean
   cross-entropy; state becomes the last state. If backward, adds the
   gradient (truncation window k, RNN_FULL for none) into m->grads and sets
   m->dh0 to the gradient of the state read from. */
double char_rnn_loss(CharRnn *m, const size_t *ids, size_t T, double *state,
                   bool backward, size_t k);
/* Reads one id from state (hidden, updated) and writes the probabilities
   of the next id to p (vocab). */
void char_rnn_step(CharRnn *m, size_t id, double *state, double *p);

#endif
