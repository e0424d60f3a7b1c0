/* str_classifier.h: the string classifier: embedding, mean over the characters,
   a linear layer to one logit, and the binary cross-entropy. */
#ifndef LITNN_STR_CLASSIFIER_H
#define LITNN_STR_CLASSIFIER_H

#include "core/params.h"
#include "core/randn.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t vocab, dim, max_len, max_batch;
    Params params;               /* embedding.weight, linear.weight, .bias */
    double *table, *w, *b;       /* their numbers: (vocab, dim), (dim), (1) */
    double *d_table, *d_w, *d_b; /* and their gradients */
    double *rows;                /* (max_len, dim): one string's vectors */
    double *pooled, *logits;     /* (max_batch, dim), (max_batch): caches */
    double *d_rows, *d_pooled, *d_logits;   /* their gradients */
} StrClassifier;

/* A classifier for ids < vocab, vectors of dim numbers, strings of at most
   max_len ids and batches of at most max_batch strings. The table is
   randn, row VOCAB_PAD zero; w and b are uniform in [-1/sqrt(dim),
   1/sqrt(dim)). Release it with str_classifier_free. */
StrClassifier str_classifier_new(size_t vocab, size_t dim, size_t max_len, size_t max_batch,
                  Randn *g);
void str_classifier_free(StrClassifier *m);
/* ids is (n, m->max_len), lens and t are (n), n <= m->max_batch: string k
   is ids[k][0..lens[k]). Writes the logits to m->logits and returns the
   mean cross-entropy against the targets t; if backward, also adds its
   gradient to m->params.grad. */
double str_classifier_loss(StrClassifier *m, const size_t *ids, const size_t *lens,
                   const double *t, size_t n, bool backward);
/* The score of id: w . (row id of the table). A string's logit is the mean
   of its characters' scores plus b. */
double str_classifier_score(const StrClassifier *m, size_t id);

#endif
