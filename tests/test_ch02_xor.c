/* test_ch02_xor.c: chapter 2's XOR network against the numpy program
   (tests/fixtures/ch02_xor.txt, from tests/reference/ch02_xor.py): the
   initial weights from np.random.seed(0) and randn, the ten printed errors,
   the predictions and the weights after 10000 epochs, each within 1e-12
   relative. */
#include "check.h"
#include "core/mat.h"
#include "core/randn.h"
#include "models/twolayer.h"

#include <math.h>
#include <stdio.h>

enum { EPOCHS = 10000, EVERY = 1000, PRINTED = EPOCHS / EVERY };
static const double TOL = 1e-12;

/* got and want are (n); requires |got - want| <= TOL |want| and prints the
   largest relative difference. */
static void check_rel(const char *what, const double *got, const double *want,
                      size_t n)
{
    double worst = 0.0;
    for (size_t i = 0; i < n; i++) {
        double rel = got[i] == want[i] ? 0.0 : fabs(got[i] - want[i]) / fabs(want[i]);
        if (!(rel <= worst))
            worst = rel;
    }
    check_true(what, worst <= TOL, "max |c - numpy| / |numpy| = %.3g over %zu values (tol %.0e)",
               worst, n, TOL);
}

/* Compares matrix m with the fixture tensor name of m's shape. */
static void check_mat(const char *what, const Mat *m, const Fixture *f,
                      const char *name)
{
    size_t dims[2] = {m->rows, m->cols};
    check_rel(what, m->data, fixture_get(f, name, 2, dims), m->rows * m->cols);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch02_xor.txt");
    Randn g;
    randn_seed(&g, 0);
    TwoLayer net = twolayer_new(2, 4, 1, &g);
    check_mat("weights1 = randn(2, 4) after seed(0)", &net.w1, f, "weights1_initial");
    check_mat("weights2 = randn(4, 1)", &net.w2, f, "weights2_initial");
    check_mat("bias1 = randn(1, 4)", &net.b1, f, "bias1_initial");
    check_mat("bias2 = randn(1, 1)", &net.b2, f, "bias2_initial");

    const double table[4][3] = {{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
    Mat x = mat_new(4, 2), y = mat_new(4, 1), row = mat_new(1, 2);
    for (size_t i = 0; i < 4; i++) {
        *mat_at(&x, i, 0) = table[i][0];
        *mat_at(&x, i, 1) = table[i][1];
        *mat_at(&y, i, 0) = table[i][2];
    }
    double errors[PRINTED], predictions[4];
    for (size_t epoch = 0; epoch < EPOCHS; epoch++) {
        double error = twolayer_train_epoch(&net, &x, &y, 0.1);
        if (epoch % EVERY == 0)
            errors[epoch / EVERY] = error;
    }
    size_t n_printed = PRINTED, n_rows = 4;
    check_rel("printed errors (epochs 0, 1000, ..., 9000)", errors,
              fixture_get(f, "errors", 1, &n_printed), PRINTED);
    for (size_t i = 0; i < 4; i++) {
        row.data[0] = table[i][0];
        row.data[1] = table[i][1];
        predictions[i] = twolayer_forward(&net, &row)->data[0];
    }
    check_rel("predictions after 10000 epochs", predictions,
              fixture_get(f, "predictions", 1, &n_rows), 4);
    check_mat("weights1 after training", &net.w1, f, "weights1");
    check_mat("weights2 after training", &net.w2, f, "weights2");
    check_mat("bias1 after training", &net.b1, f, "bias1");
    check_mat("bias2 after training", &net.b2, f, "bias2");

    twolayer_free(&net);
    mat_free(&x);
    mat_free(&y);
    mat_free(&row);
    fixture_free(f);
    return check_finish("ch02_xor");
}
