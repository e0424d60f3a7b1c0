/* mem.c: checked, zeroed allocation. */
#include "mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void *mem_try_alloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;                    /* count * size does not fit */
    size_t bytes = count * size;
    return calloc(bytes ? bytes : 1, 1);
}

void *mem_alloc(size_t count, size_t size)
{
    void *p = mem_try_alloc(count, size);
    if (!p) {
        fprintf(stderr, "litnn: error: out of memory (%zu x %zu bytes)\n",
                count, size);
        exit(EXIT_FAILURE);
    }
    return p;
}

void mem_free(void *p)
{
    free(p);
}
