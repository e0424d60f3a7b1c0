/* mem.h: the one place where the book's code allocates memory. */
#ifndef LITNN_MEM_H
#define LITNN_MEM_H

#include <stddef.h>

/* count elements of size bytes each, zeroed; NULL if count * size
   overflows size_t or the memory is not available. */
void *mem_try_alloc(size_t count, size_t size);
/* Like mem_try_alloc, but on failure prints
   "litnn: error: out of memory (...)" and exits with status 1. */
void *mem_alloc(size_t count, size_t size);
/* count elements of size bytes each, NOT zeroed, at an address that is a
   multiple of 64 (a cache line); on failure exits like mem_alloc. */
void *mem_alloc_aligned(size_t count, size_t size);
/* Frees what the allocation functions returned; NULL is allowed. */
void mem_free(void *p);

#endif
