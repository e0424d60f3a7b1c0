/* params.h: a model's parameters as one block of numbers, a second block
   of the same layout for their gradients, and a table of the parts: each
   part's name (a key of PyTorch's state_dict), shape and offset. */
#ifndef LITNN_PARAMS_H
#define LITNN_PARAMS_H

#include <stddef.h>

enum { PARAMS_MAX_PARTS = 32, PARAMS_NAME_SIZE = 48, PARAMS_MAX_DIMS = 4 };

typedef struct {
    char name[PARAMS_NAME_SIZE];    /* "embedding.weight", "rnn.bias_hh_l0" */
    size_t ndim, shape[PARAMS_MAX_DIMS];
    size_t offset, size;            /* in numbers, from the start of a block */
} ParamPart;

typedef struct {
    size_t count, size;             /* parts, and numbers in all */
    ParamPart part[PARAMS_MAX_PARTS];
    double *data, *grad;            /* (size) each, once params_alloc ran */
} Params;

/* Appends a part named name, of shape[0..ndim), to the table of p, which
   is not yet allocated (start from Params p = {0}); returns its index.
   Stops the program with "litnn: error: ..." (exit status 1) on a name
   that is empty, too long or already there, on ndim 0 or above
   PARAMS_MAX_DIMS, on a dimension 0, or on a full table. */
size_t params_add(Params *p, const char *name, size_t ndim, const size_t *shape);
/* Allocates both blocks, zeroed. */
void params_alloc(Params *p);
/* Frees both blocks and empties the table. */
void params_free(Params *p);
/* The index of the part named name, or p->count if there is none. */
size_t params_find(const Params *p, const char *name);
/* Part i's numbers, and their gradients. */
double *params_at(const Params *p, size_t i);
double *params_grad_at(const Params *p, size_t i);
/* Sets every gradient to 0. */
void params_zero_grad(Params *p);

#endif
