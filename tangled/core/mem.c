/* mem.c: checked, zeroed allocation. */
#include "core/mem.h"

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

/* Prints "litnn: error: out of memory (...)" and exits with status 1. */
static void mem_fail(size_t count, size_t size)
{
    fprintf(stderr, "litnn: error: out of memory (%zu x %zu bytes)\n",
            count, size);
    exit(EXIT_FAILURE);
}

void *mem_alloc(size_t count, size_t size)
{
    void *p = mem_try_alloc(count, size);
    if (!p)
        mem_fail(count, size);
    return p;
}

void *mem_alloc_aligned(size_t count, size_t size)
{
    enum { LINE = 64 };
    void *p = NULL;
    if (size == 0 || count <= (SIZE_MAX - LINE) / size) {
        size_t bytes = (count * size + LINE - 1) / LINE * LINE;
        p = aligned_alloc(LINE, bytes ? bytes : LINE);
    }
    if (!p)
        mem_fail(count, size);
    return p;
}

void mem_free(void *p)
{
    free(p);
}
