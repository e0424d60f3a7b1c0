/* rng.c: MT19937 after Matsumoto and Nishimura's mt19937ar.c, seeded as in
   CPython's _randommodule.c. */
#include "core/rng.h"

void rng_init_genrand(Rng *r, uint32_t seed)
{
    r->state[0] = seed;
    for (uint32_t i = 1; i < RNG_N; i++) {
        uint32_t prev = r->state[i - 1];
        r->state[i] = 1812433253u * (prev ^ (prev >> 30)) + i;
    }
    r->index = RNG_N;
}

void rng_init_by_array(Rng *r, const uint32_t *key, size_t len)
{
    static const uint32_t zero_key[1] = {0};
    if (len == 0) {          /* an empty key would be read out of bounds */
        key = zero_key;
        len = 1;
    }
    uint32_t *mt = r->state;
    rng_init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t steps = RNG_N > len ? RNG_N : len; steps > 0; steps--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u))
                + key[j] + (uint32_t)j;
        if (++i >= RNG_N) {
            mt[0] = mt[RNG_N - 1];
            i = 1;
        }
        if (++j >= len)
            j = 0;
    }
    for (size_t steps = RNG_N - 1; steps > 0; steps--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u))
                - (uint32_t)i;
        if (++i >= RNG_N) {
            mt[0] = mt[RNG_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;     /* the most significant bit is 1: not all zero */
}

void rng_seed_python(Rng *r, uint64_t n)
{
    uint32_t key[2] = {(uint32_t)n, (uint32_t)(n >> 32)};
    rng_init_by_array(r, key, key[1] != 0 ? 2 : 1);
}

/* Regenerates all RNG_N words of the state: the "twist". */
static void rng_twist(Rng *r)
{
    uint32_t *mt = r->state;
    for (int i = 0; i < RNG_N; i++) {
        uint32_t y = (mt[i] & 0x80000000u) | (mt[(i + 1) % RNG_N] & 0x7fffffffu);
        mt[i] = mt[(i + 397) % RNG_N] ^ (y >> 1) ^ (y & 1u ? 0x9908b0dfu : 0u);
    }
    r->index = 0;
}

uint32_t rng_u32(Rng *r)
{
    if (r->index >= RNG_N)
        rng_twist(r);
    uint32_t y = r->state[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double rng_random(Rng *r)
{
    uint32_t a = rng_u32(r) >> 5;
    uint32_t b = rng_u32(r) >> 6;
    return ((double)a * 67108864.0 + (double)b) / 9007199254740992.0;
}
