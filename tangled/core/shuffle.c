/* shuffle.c: Fisher-Yates, from the last element down. */
#include "core/shuffle.h"

void shuffle(Rng *rng, void *base, size_t count, size_t size)
{
    unsigned char *bytes = base;
    for (size_t k = count; k-- > 1;) {
        size_t j = (size_t)(rng_random(rng) * (double)(k + 1));
        for (size_t i = 0; i < size; i++) {      /* swap elements k and j */
            unsigned char swap = bytes[k * size + i];
            bytes[k * size + i] = bytes[j * size + i];
            bytes[j * size + i] = swap;
        }
    }
}
