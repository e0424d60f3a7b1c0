/* shuffle.h: the Fisher-Yates shuffle of an array of any element type. */
#ifndef LITNN_SHUFFLE_H
#define LITNN_SHUFFLE_H

#include "core/rng.h"

#include <stddef.h>

/* base is (count) elements of size bytes: puts them in a random order, each
   of the count! orders equally likely, drawing count - 1 numbers from rng. */
void shuffle(Rng *rng, void *base, size_t count, size_t size);

#endif
