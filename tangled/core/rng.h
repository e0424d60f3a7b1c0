/* rng.h: the MT19937 Mersenne Twister, seeded and sampled exactly like
   Python's random module and numpy's legacy RandomState. */
#ifndef LITNN_RNG_H
#define LITNN_RNG_H

#include <stddef.h>
#include <stdint.h>

enum { RNG_N = 624 };

/* The generator's whole state; index is the next word of state to use. */
typedef struct {
    uint32_t state[RNG_N];
    int index;
} Rng;

/* The reference seeding of one 32-bit word (numpy's seed(int)). */
void rng_init_genrand(Rng *r, uint32_t seed);
/* key is (len); the reference seeding of an array of words. */
void rng_init_by_array(Rng *r, const uint32_t *key, size_t len);
/* Python's random.seed(n) for an integer n >= 0. */
void rng_seed_python(Rng *r, uint64_t n);
/* The next 32 random bits (genrand_int32; Python's getrandbits(32)). */
uint32_t rng_u32(Rng *r);
/* A double uniform in [0, 1) with 53 random bits (Python's random()). */
double rng_random(Rng *r);

#endif
