/* checkpoint.h: a model's parameters in a file and back: a versioned
   binary format whose header names every part of the table with its shape,
   so that the loader checks the file against the model before reading a
   number. */
#ifndef LITNN_CHECKPOINT_H
#define LITNN_CHECKPOINT_H

#include "core/params.h"

#include <stdbool.h>
#include <stddef.h>

enum { CHECKPOINT_VERSION = 1, CHECKPOINT_WHY_SIZE = 160 };

/* Writes the table and the numbers of p (p->data) to path; false, with
   the reason in why (size), if the file cannot be written. */
bool checkpoint_save(const Params *p, const char *path, char *why, size_t size);
/* Reads the checkpoint at path into p->data. The file must hold exactly
   p's parts (by name, in any order) with p's shapes; false, with the
   reason in why (size) and p->data unchanged, otherwise. */
bool checkpoint_load(Params *p, const char *path, char *why, size_t size);

#endif
