/* test_rng.c: the Mersenne Twister against CPython's random and numpy's
   legacy RandomState (tests/fixtures/ch01_rng.txt, from
   tests/reference/ch01_rng.py). The comparisons are exact. */
#include "check.h"
#include "core/rng.h"

#include <inttypes.h>
#include <stdio.h>

enum { DRAWS = 1000 };

static void test_python_seed(const Fixture *f, uint64_t seed)
{
    size_t n = DRAWS;
    char name[64], what[64];
    double got[DRAWS];
    Rng r;

    rng_seed_python(&r, seed);
    for (size_t i = 0; i < DRAWS; i++)
        got[i] = rng_u32(&r);
    snprintf(name, sizeof name, "python_u32_%" PRIu64, seed);
    snprintf(what, sizeof what, "rng_u32 vs getrandbits(32), seed %" PRIu64, seed);
    check_close(what, got, fixture_get(f, name, 1, &n), DRAWS, 0.0);

    rng_seed_python(&r, seed);
    for (size_t i = 0; i < DRAWS; i++)
        got[i] = rng_random(&r);
    snprintf(name, sizeof name, "python_random_%" PRIu64, seed);
    snprintf(what, sizeof what, "rng_random vs random(), seed %" PRIu64, seed);
    check_close(what, got, fixture_get(f, name, 1, &n), DRAWS, 0.0);
}

static void test_numpy_seed(const Fixture *f, uint32_t seed)
{
    size_t n = DRAWS, n_state = RNG_N;
    char name[64], what[80];
    double got[DRAWS];
    Rng r;

    rng_init_genrand(&r, seed);
    for (size_t i = 0; i < RNG_N; i++)
        got[i] = r.state[i];
    snprintf(name, sizeof name, "numpy_state_%" PRIu32, seed);
    snprintf(what, sizeof what, "rng_init_genrand state vs numpy, seed %" PRIu32, seed);
    check_close(what, got, fixture_get(f, name, 1, &n_state), RNG_N, 0.0);

    for (size_t i = 0; i < DRAWS; i++)
        got[i] = rng_u32(&r);
    snprintf(name, sizeof name, "numpy_u32_%" PRIu32, seed);
    snprintf(what, sizeof what, "rng_u32 vs numpy random_raw, seed %" PRIu32, seed);
    check_close(what, got, fixture_get(f, name, 1, &n), DRAWS, 0.0);

    rng_init_genrand(&r, seed);
    for (size_t i = 0; i < DRAWS; i++)
        got[i] = rng_random(&r);
    snprintf(name, sizeof name, "numpy_sample_%" PRIu32, seed);
    snprintf(what, sizeof what, "rng_random vs numpy random_sample, seed %" PRIu32, seed);
    check_close(what, got, fixture_get(f, name, 1, &n), DRAWS, 0.0);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch01_rng.txt");
    const uint64_t python_seeds[] = {0, 1, 42, 4294967301u};  /* 2**32 + 5 */
    const uint32_t numpy_seeds[] = {0, 5489, 4294967295u};
    for (size_t i = 0; i < sizeof python_seeds / sizeof python_seeds[0]; i++)
        test_python_seed(f, python_seeds[i]);
    for (size_t i = 0; i < sizeof numpy_seeds / sizeof numpy_seeds[0]; i++)
        test_numpy_seed(f, numpy_seeds[i]);

    Rng r;
    uint32_t empty[1] = {0};
    rng_init_by_array(&r, empty, 0);
    double first = rng_random(&r);
    rng_seed_python(&r, 0);
    check_scalar("rng_init_by_array with an empty key = key [0]", first,
                 rng_random(&r), 0.0);
    fixture_free(f);
    return check_finish("ch01_rng");
}
