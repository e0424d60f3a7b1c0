/* seqmodel.h: embedding, a recurrent cell and a linear layer to K outputs,
   used as a language model (a prediction at every step) or as a sequence
   classifier (one prediction from the last state). */
#ifndef LITNN_SEQMODEL_H
#define LITNN_SEQMODEL_H

#include "core/randn.h"
#include "nn/cell.h"
#include "optim/optim.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t vocab, embed, hidden, outputs, max_len, num_params;
    double *params, *grads;        /* (num_params): E, the cell, V, b_V */
    double *table, *w_out, *b_out; /* views of params: (vocab, embed),
                                      (outputs, hidden), (outputs) */
    Cell cell;
    double *d_table, *d_w_out, *d_b_out;
    Cell d_cell;                   /* the same views of grads */
    CellCache cache;
    double *x, *dx, *dh;           /* (max_len, embed) twice, (max_len, hidden) */
    double *logits, *d_logits;     /* (max_len, outputs) each */
} SeqModel;

/* A model for ids < vocab with K = outputs, sequences of at most max_len
   ids. The table is randn, the rest uniform in [-1/sqrt(hidden),
   1/sqrt(hidden)). Release it with seqmodel_free. */
SeqModel seqmodel_new(CellKind kind, size_t vocab, size_t embed, size_t hidden,
                      size_t outputs, size_t max_len, Randn *g);
void seqmodel_free(SeqModel *m);
/* ids is (T + 1), 1 <= T <= max_len, outputs == vocab: reads ids[0..T)
   from the zero state and returns the mean cross-entropy of predicting
   ids[1..T]; if backward, adds its gradient to m->grads. */
double seqmodel_lm_loss(SeqModel *m, const size_t *ids, size_t T, bool backward);
/* ids is (T), 1 <= T <= max_len: classifies the sequence from its last
   state. With outputs == 1, returns the binary cross-entropy of the logit
   against target (0 or 1); else the cross-entropy of the outputs logits
   against class target. The logits are left in m->logits; if backward,
   adds the gradient to m->grads. */
double seqmodel_class_loss(SeqModel *m, const size_t *ids, size_t T,
                           size_t target, bool backward);
/* Ends a mini-batch of n sequences whose gradients were added into
   m->grads: takes their mean, clips it to norm max_norm, lets opt take a
   step and clears the gradients. */
void seqmodel_update(SeqModel *m, Optim *opt, size_t n, double max_norm);

#endif
