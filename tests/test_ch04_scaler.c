/* test_ch04_scaler.c: min-max and z-score normalization against
   scikit-learn's MinMaxScaler and StandardScaler
   (tests/fixtures/ch04_scaler.txt, written by tests/reference/ch04_scaler.py),
   fitted on the training matrix and applied to it and to the test matrix. */
#include "check.h"
#include "data/scaler.h"

#include <stdio.h>

enum { TRAIN = 20, TEST = 6, DIM = 4 };

static void check_scaler(const Fixture *f, const char *name, Scaler s)
{
    const size_t train_shape[2] = {TRAIN, DIM}, test_shape[2] = {TEST, DIM};
    const char *which[2] = {"train", "test"};
    const size_t *shapes[2] = {train_shape, test_shape};
    for (size_t k = 0; k < 2; k++) {
        double y[TRAIN * DIM];
        char key[32], what[64];
        snprintf(key, sizeof key, "%s_%s", name, which[k]);
        snprintf(what, sizeof what, "scaler %s fitted on train, applied to %s",
                 name, which[k]);
        scaler_apply(&s, fixture_get(f, which[k], 2, shapes[k]), shapes[k][0], y);
        check_close(what, y, fixture_get(f, key, 2, shapes[k]),
                    shapes[k][0] * DIM, 1e-12);
    }
    scaler_free(&s);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch04_scaler.txt");
    const size_t shape[2] = {TRAIN, DIM};
    const double *train = fixture_get(f, "train", 2, shape);
    check_scaler(f, "minmax", scaler_fit_minmax(train, TRAIN, DIM));
    check_scaler(f, "zscore", scaler_fit_zscore(train, TRAIN, DIM));
    fixture_free(f);
    return check_finish("test_ch04_scaler");
}
