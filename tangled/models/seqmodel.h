/* seqmodel.h: embedding, a recurrent cell and a linear layer to K outputs,
   used as a language model (a prediction at every step) or as a sequence
   classifier (one prediction from the last state). */
#ifndef LITNN_SEQMODEL_H
#define LITNN_SEQMODEL_H

#include "core/params.h"
#include "core/randn.h"
#include "nn/cell.h"
#include "optim/optim.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t vocab, embed, hidden, outputs, max_len, max_batch;
    Params params;                 /* E, the cell's four parts, V, b_V */
    double *table, *w_out, *b_out; /* their numbers: (vocab, embed),
                                      (outputs, hidden), (outputs) */
    Cell cell;
    double *d_table, *d_w_out, *d_b_out;
    Cell d_cell;                   /* the same, in the gradients */
    CellCache cache;
    size_t *steps;                 /* with N = max_len max_batch: (N) ids, */
    double *x, *dx, *dh;           /* (N, embed) twice, (N, hidden), */
    double *logits, *d_logits;     /* (N, outputs) each, time-major; */
    double *last, *d_last;         /* (max_batch, hidden): the last states */
    double *losses;                /* (max_batch): each sequence's loss */
} SeqModel;

/* A model for ids < vocab with K = outputs, for batches of at most
   max_batch sequences of at most max_len ids. The table is randn, the rest
   uniform in [-1/sqrt(hidden), 1/sqrt(hidden)). Release it with
   seqmodel_free. */
SeqModel seqmodel_new(CellKind kind, size_t vocab, size_t embed, size_t hidden,
                      size_t outputs, size_t max_len, size_t max_batch,
                      Randn *g);
void seqmodel_free(SeqModel *m);
/* A batch of B sequences: ids[b] points at sequence b, lens[b] its length,
   1 <= lens[b] <= max_len. As a language model (outputs == vocab), each
   has lens[b] + 1 ids, reads ids[b][0..lens[b]) from the zero state and
   predicts ids[b][1..lens[b]]; m->losses[b] gets its mean cross-entropy.
   Returns the mean of the B losses; if backward, adds its gradient to
   m->params.grad. */
double seqmodel_lm_loss(SeqModel *m, const size_t *const *ids,
                        const size_t *lens, size_t B, bool backward);
/* The same batch of B sequences, each classified from its last state:
   with outputs == 1, m->losses[b] is the binary cross-entropy of its logit
   against targets[b] (0 or 1); else the cross-entropy of its outputs
   logits against class targets[b]. The logits are left in m->logits
   (B, outputs). Returns the mean of the B losses; if backward, adds its
   gradient to m->params.grad. */
double seqmodel_class_loss(SeqModel *m, const size_t *const *ids,
                           const size_t *lens, size_t B, const size_t *targets,
                           bool backward);
/* Ends a training step whose gradient is in m->params.grad: clips it to norm
   max_norm, lets opt take a step and clears the gradients. */
void seqmodel_update(SeqModel *m, Optim *opt, double max_norm);

#endif
