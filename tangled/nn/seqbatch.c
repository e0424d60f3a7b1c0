/* seqbatch.c: a batch of sequences of different lengths. */
#include "nn/seqbatch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

SeqBatch seqbatch_one(size_t T)
{
    SeqBatch s = {T, 1, NULL};
    return s;
}

bool seqbatch_active(const SeqBatch *s, size_t t, size_t b)
{
    return s->lens == NULL || t < s->lens[b];
}

void seqbatch_check(const SeqBatch *s, const char *who)
{
    if (s->steps == 0 || s->batch == 0) {
        fprintf(stderr, "litnn: error: %s: a batch of %zu sequences of %zu steps\n",
                who, s->batch, s->steps);
        exit(EXIT_FAILURE);
    }
    for (size_t b = 0; s->lens && b < s->batch; b++)
        if (s->lens[b] == 0 || s->lens[b] > s->steps) {
            fprintf(stderr, "litnn: error: %s: sequence %zu has length %zu, "
                    "the batch holds 1 to %zu steps\n", who, b, s->lens[b], s->steps);
            exit(EXIT_FAILURE);
        }
}

void seqbatch_mask(const SeqBatch *s, size_t t, double *rows, size_t width)
{
    for (size_t b = 0; b < s->batch; b++)
        if (!seqbatch_active(s, t, b))
            memset(&rows[b * width], 0, width * sizeof rows[0]);
}
