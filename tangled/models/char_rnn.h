/* char_rnn.h: the character-level language model: embedding, recurrent
   layer, linear layer to one logit per symbol, softmax cross-entropy. */
#ifndef LITNN_CHAR_RNN_H
#define LITNN_CHAR_RNN_H

#include "core/params.h"
#include "core/randn.h"
#include "nn/rnn.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t vocab, embed, hidden, max_len, max_batch;
    Params params;                /* E, U, W, b_U, b_W, V, b_V */
    double *table, *w_out, *b_out;      /* their numbers: (vocab, embed),
                                           (vocab, hidden), (vocab) */
    Recurrent rnn;                      /* embed -> hidden */
    double *d_table, *d_w_out, *d_b_out;
    Recurrent d_rnn;                    /* the same, in the gradients */
    size_t *steps;                /* with N = max_len max_batch: (N) ids, */
    double *x, *h, *logits;       /* caches (N, embed), (N, hidden), (N, vocab), */
    double *dx, *dh, *d_logits;   /* time-major, and their gradients; */
    double *h0, *dh0;             /* (max_batch, hidden): the states read from,
                                     their gradient */
} CharRnn;

/* A model for ids < vocab, with vectors of embed numbers, a state of hidden
   numbers, and batches of at most max_batch stretches of at most max_len
   characters. Release it with char_rnn_free. */
CharRnn char_rnn_new(size_t vocab, size_t embed, size_t hidden, size_t max_len,
                     size_t max_batch, Randn *g);
void char_rnn_free(CharRnn *m);
/* B stretches side by side, 1 <= B <= m->max_batch: ids[b] is (T + 1),
   1 <= T <= m->max_len, state is (B, hidden). Reads each ids[b][0..T)
   starting from its row of state, predicts ids[b][1..T], and returns the
   mean cross-entropy of the B T predictions; state becomes the last
   states. If backward, adds the gradient (truncation window k, RNN_FULL for
   none) into m->grads and sets m->dh0 (B, hidden) to the gradient of the
   states read from. */
double char_rnn_loss(CharRnn *m, const size_t *const *ids, size_t B, size_t T,
                     double *state, bool backward, size_t k);
/* Reads one id from state (hidden, updated) and writes the probabilities
   of the next id to p (vocab). */
void char_rnn_step(CharRnn *m, size_t id, double *state, double *p);

#endif
