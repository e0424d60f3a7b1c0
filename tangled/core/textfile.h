/* textfile.h: a text file read whole into memory. */
#ifndef LITNN_TEXTFILE_H
#define LITNN_TEXTFILE_H

#include <stddef.h>

enum { TEXTFILE_WHY_SIZE = 160 };   /* enough for any message below */
#define TEXTFILE_MAX_BYTES ((size_t)64 << 20)   /* 64 MiB, the largest text read */

/* The contents of the file at path, NUL-terminated, with their length in
   *len; release them with mem_free. NULL, with the reason in why (size),
   if the file cannot be read, contains a NUL byte or holds more than
   TEXTFILE_MAX_BYTES bytes. */
char *textfile_read(const char *path, size_t *len, char *why, size_t size);

#endif
