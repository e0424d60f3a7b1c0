/* params.c: the table of a model's parameters and its two blocks. */
#include "core/params.h"

#include "core/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void params_refuse(const char *name, const char *why)
{
    fprintf(stderr, "litnn: error: params_add: %s, %s\n", why, name);
    exit(1);
}

size_t params_add(Params *p, const char *name, size_t ndim, const size_t *shape)
{
    size_t len = strlen(name);
    if (len == 0 || len >= PARAMS_NAME_SIZE)
        params_refuse(name, "a name must have 1 to 47 bytes");
    if (params_find(p, name) < p->count)
        params_refuse(name, "a second part of the same name");
    if (p->count == PARAMS_MAX_PARTS || p->data)
        params_refuse(name, "the table is full or already allocated");
    if (ndim == 0 || ndim > PARAMS_MAX_DIMS)
        params_refuse(name, "a part has 1 to 4 dimensions");
    ParamPart *part = &p->part[p->count];
    memcpy(part->name, name, len + 1);
    part->ndim = ndim;
    part->offset = p->size;
    part->size = 1;
    for (size_t d = 0; d < ndim; d++) {
        if (shape[d] == 0)
            params_refuse(name, "a dimension of 0");
        part->shape[d] = shape[d];
        part->size *= shape[d];
    }
    p->size += part->size;
    return p->count++;
}

void params_alloc(Params *p)
{
    p->data = mem_alloc(p->size, sizeof p->data[0]);
    p->grad = mem_alloc(p->size, sizeof p->grad[0]);
}

void params_free(Params *p)
{
    mem_free(p->data);
    mem_free(p->grad);
    memset(p, 0, sizeof *p);
}

size_t params_find(const Params *p, const char *name)
{
    size_t i = 0;
    while (i < p->count && strcmp(p->part[i].name, name) != 0)
        i++;
    return i;
}

double *params_at(const Params *p, size_t i)
{
    return p->data + p->part[i].offset;
}

double *params_grad_at(const Params *p, size_t i)
{
    return p->grad + p->part[i].offset;
}

void params_zero_grad(Params *p)
{
    memset(p->grad, 0, p->size * sizeof p->grad[0]);
}
