/* randn.h: standard normal numbers exactly as numpy's legacy RandomState
   draws them (np.random.seed(s), then np.random.randn). */
#ifndef LITNN_RANDN_H
#define LITNN_RANDN_H

#include "core/rng.h"

#include <stdbool.h>
#include <stdint.h>

/* A uniform generator and the second normal number of the last pair. */
typedef struct {
    Rng rng;
    bool has_gauss;
    double gauss;
} Randn;

/* np.random.seed(seed): the reference seeding, no cached number. */
void randn_seed(Randn *g, uint32_t seed);
/* The next standard normal number (numpy's legacy_gauss). */
double randn_next(Randn *g);

#endif
