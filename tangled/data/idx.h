/* idx.h: arrays of bytes in the IDX format of MNIST and Fashion-MNIST: two
   zero bytes, the type 0x08 (unsigned bytes, the only type read here), the
   number of dimensions, each dimension as a 32-bit big-endian number, then
   the bytes, the last dimension varying fastest. */
#ifndef LITNN_IDX_H
#define LITNN_IDX_H

#include <stdbool.h>
#include <stddef.h>

enum { IDX_MAX_DIMS = 3 };
#define IDX_MAX_BYTES ((size_t)64 << 20)   /* 64 MiB, the largest array read */

typedef struct {
    size_t ndim, dims[IDX_MAX_DIMS];
    size_t size;                  /* dims[0] dims[1] ... dims[ndim-1] */
    unsigned char *data;          /* (size) */
} Idx;

/* Reads the file at path into *out. False, with the reason in why (size),
   if it cannot be read, does not start as an IDX file of bytes, has no
   dimension or more than IDX_MAX_DIMS, a dimension of 0, an array of more
   than IDX_MAX_BYTES, or holds fewer or more bytes than its header
   announces. Release the array with idx_free. */
bool idx_read(const char *path, Idx *out, char *why, size_t size);
void idx_free(Idx *a);

#endif
