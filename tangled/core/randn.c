/* randn.c: Marsaglia's polar method, as numpy's legacy_gauss. */
#include "core/randn.h"

#include <math.h>

void randn_seed(Randn *g, uint32_t seed)
{
    rng_init_genrand(&g->rng, seed);
    g->has_gauss = false;
    g->gauss = 0.0;
}

double randn_next(Randn *g)
{
    if (g->has_gauss) {
        g->has_gauss = false;
        return g->gauss;
    }
    double x1, x2, r2;
    do {
        x1 = 2.0 * rng_random(&g->rng) - 1.0;
        x2 = 2.0 * rng_random(&g->rng) - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = sqrt(-2.0 * log(r2) / r2);
    g->gauss = f * x1;
    g->has_gauss = true;
    return f * x2;
}
