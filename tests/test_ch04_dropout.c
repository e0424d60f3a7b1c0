/* test_ch04_dropout.c: the randomness of dropout masks. For several p, a
   million mask entries: the fraction kept must be within five standard
   deviations of 1 - p, and the mean of y = x * mask for x = 1 within five
   standard deviations of 1 (inverted dropout keeps the expectation). */
#include "check.h"
#include "core/mem.h"
#include "nn/dropout.h"

#include <math.h>
#include <stdio.h>

enum { N = 1000000 };

int main(void)
{
    const double ps[4] = {0.0, 0.1, 0.5, 0.9};
    double *mask = mem_alloc(N, sizeof mask[0]);
    Rng rng;
    rng_seed_python(&rng, 4);
    for (size_t k = 0; k < 4; k++) {
        const double p = ps[k];
        dropout_mask(&rng, p, mask, N);
        size_t kept = 0;
        double sum = 0.0;
        for (size_t i = 0; i < N; i++) {
            kept += mask[i] != 0.0;
            sum += 1.0 * mask[i];
        }
        double rate = (double)kept / N, mean = sum / N;
        double rate_sd = sqrt(p * (1.0 - p) / N), mean_sd = sqrt(p / (1.0 - p) / N);
        char what[64];
        snprintf(what, sizeof what, "dropout_mask p = %g, keep rate", p);
        check_true(what, fabs(rate - (1.0 - p)) <= 5.0 * rate_sd + 1e-15,
                   "%.6f, expected %.6f +- %.2g", rate, 1.0 - p, 5.0 * rate_sd);
        snprintf(what, sizeof what, "dropout_mask p = %g, mean of y for x = 1", p);
        check_true(what, fabs(mean - 1.0) <= 5.0 * mean_sd + 1e-12,
                   "%.6f, expected 1 +- %.2g", mean, 5.0 * mean_sd);
    }
    const double bad[4] = {-0.1, 1.0, 1.5, NAN};
    bool refused = true;
    for (size_t k = 0; k < 4; k++)
        refused = refused && !dropout_valid(bad[k]);
    check_true("dropout_valid", refused && dropout_valid(0.0) && dropout_valid(0.99),
               "refuses -0.1, 1, 1.5, nan; accepts 0 and 0.99");
    mem_free(mask);
    return check_finish("test_ch04_dropout");
}
