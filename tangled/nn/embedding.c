/* embedding.c: lookup and scatter-add. */
#include "nn/embedding.h"

#include "core/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void embedding_forward(const double *table, size_t num, size_t dim,
                       const size_t *ids, size_t n, double *out)
{
    for (size_t t = 0; t < n; t++) {
        if (ids[t] >= num) {
            fprintf(stderr, "embedding_forward: error: id %zu at position %zu "
                    "is outside the table of %zu rows\n", ids[t], t, num);
            abort();
        }
        memcpy(&out[t * dim], &table[ids[t] * dim], dim * sizeof out[0]);
    }
}

void embedding_backward(const size_t *ids, size_t n, size_t dim,
                        size_t padding_idx, const double *d_out,
                        double *d_table)
{
    for (size_t t = 0; t < n; t++)
        if (ids[t] != padding_idx)
            vec_axpy(1.0, &d_out[t * dim], &d_table[ids[t] * dim], dim);
}
