/* seqbatch.h: the shape of a batch of B sequences of up to T steps, stored
   time-major: step t of sequence b is row t B + b of a (T, B, ...) array;
   the rows past a sequence's length are padding. */
#ifndef LITNN_SEQBATCH_H
#define LITNN_SEQBATCH_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t steps, batch;   /* T and B */
    const size_t *lens;    /* (B): each sequence's length, in 1..T; NULL: all T */
} SeqBatch;

/* One sequence of T steps: (T, 1, ...) is the layout of (T, ...). */
SeqBatch seqbatch_one(size_t T);
/* Whether step t of sequence b is a real step, not padding. */
bool seqbatch_active(const SeqBatch *s, size_t t, size_t b);
/* Stops the program with "litnn: error: who: ..." (exit status 1) unless
   T and B are at least 1 and every length is in 1..T. */
void seqbatch_check(const SeqBatch *s, const char *who);
/* rows is (B, width): the rows of step t. Sets the padding rows to zero. */
void seqbatch_mask(const SeqBatch *s, size_t t, double *rows, size_t width);

#endif
