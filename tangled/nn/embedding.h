/* embedding.h: the embedding layer: ids to rows of a learned table. */
#ifndef LITNN_EMBEDDING_H
#define LITNN_EMBEDDING_H

#include <stddef.h>
#include <stdint.h>

#define EMBEDDING_NO_PADDING SIZE_MAX   /* a padding id that no id equals */

/* table is (num, dim), ids is (n), out is (n, dim): row t of out is row
   ids[t] of table. An id >= num is a programming error: it is reported and
   the program aborts. */
void embedding_forward(const double *table, size_t num, size_t dim,
                       const size_t *ids, size_t n, double *out);
/* ids is (n), d_out is (n, dim), d_table is (num, dim): adds row t of d_out
   into row ids[t] of d_table, except where ids[t] == padding_idx. */
void embedding_backward(const size_t *ids, size_t n, size_t dim,
                        size_t padding_idx, const double *d_out,
                        double *d_table);

#endif
