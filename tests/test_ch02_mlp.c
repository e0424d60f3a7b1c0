/* test_ch02_mlp.c: chapter 2's network against the original Python program
   (tests/fixtures/ch02_mlp.txt, from tests/reference/ch02_mlp.py): the data
   set, the initial weights, forward([0, 0]) before training, the loss at
   every one of the 2000 steps and the trained weights. Each comparison is
   relative: |c - py| <= 1e-12 |py|. Then the matrix form against the
   neuron form, bit for bit: the same 2000 losses, and on a network with two
   hidden layers the same losses, parameters and gradients. */
#include "check.h"
#include "core/mem.h"
#include "core/rng.h"
#include "data/circle.h"
#include "models/mlp.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { DENSITY = 10, SAMPLES = 121, STEPS = 2000, PARAMS = 17 };
static const double TOL = 1e-12;

/* got and want are (n); requires |got - want| <= TOL |want| for each value
   and prints the largest relative difference and how many values differ at
   all. */
static void check_rel(const char *what, const double *got, const double *want,
                      size_t n)
{
    double worst = 0.0;
    size_t differ = 0;
    for (size_t i = 0; i < n; i++) {
        double rel = fabs(got[i] - want[i]) / fabs(want[i]);
        if (got[i] == want[i])
            rel = 0.0;                    /* also for want = 0 */
        else
            differ++;
        if (!(rel <= worst))
            worst = rel;
    }
    check_true(what, worst <= TOL,
               "max |c - py| / |py| = %.3g over %zu values, %zu not bit-identical (tol %.0e)",
               worst, n, differ, TOL);
}

/* A 2-3-5-1 network trained 50 steps in both forms from the same seed: the
   same losses, parameters and gradients, bit for bit. */
static void check_two_layers(const double *xy, const double *t)
{
    enum { TWO_STEPS = 50 };
    const size_t hidden[2] = {3, 5};
    Rng r1, r2;
    rng_seed_python(&r1, 7);
    rng_seed_python(&r2, 7);
    Mlp a = mlp_new(2, hidden, 2, &r1), b = mlp_new(2, hidden, 2, &r2);
    bool same = true;
    for (size_t s = 0; s < TWO_STEPS; s++) {
        double la = mlp_train_step(&a, mlp_loss, xy, t, SAMPLES, 1.0);
        double lb = mlp_train_step(&b, mlp_matrix_loss, xy, t, SAMPLES, 1.0);
        same = same && la == lb &&
               memcmp(a.params, b.params, a.num_params * sizeof(double)) == 0 &&
               memcmp(a.grads, b.grads, a.num_params * sizeof(double)) == 0;
    }
    check_true("mlp_matrix_loss, 2-3-5-1: 50 steps of losses, parameters and gradients",
               same, "%s", same ? "bit for bit" : "differ");
    mlp_free(&a);
    mlp_free(&b);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch02_mlp.txt");
    size_t data_dims[2] = {SAMPLES, 3}, n_params = PARAMS, n_steps = STEPS;

    double xy[2 * SAMPLES], t[SAMPLES], data[3 * SAMPLES];
    check_true("circle_count(10)", circle_count(DENSITY) == SAMPLES, "= %zu",
               circle_count(DENSITY));
    circle_grid(DENSITY, xy, t);
    for (size_t n = 0; n < SAMPLES; n++) {
        data[3 * n] = xy[2 * n];
        data[3 * n + 1] = xy[2 * n + 1];
        data[3 * n + 2] = t[n];
    }
    check_rel("circle_grid vs the original's dataset", data,
              fixture_get(f, "dataset", 2, data_dims), 3 * SAMPLES);

    Rng rng;
    rng_seed_python(&rng, 0);
    size_t hidden[1] = {4};
    Mlp net = mlp_new(2, hidden, 1, &rng);
    check_true("mlp_new(2, [4]) parameters", net.num_params == PARAMS, "= %zu",
               net.num_params);
    check_rel("initial weights vs seed(0); random() - 0.5", net.params,
              fixture_get(f, "params_initial", 1, &n_params), PARAMS);

    double origin[2] = {0.0, 0.0}, forward00 = mlp_forward(&net, origin);
    check_rel("forward([0, 0]) before training", &forward00,
              fixture_get(f, "forward00", 0, NULL), 1);

    double *loss = mem_alloc(STEPS, sizeof *loss);
    for (size_t s = 0; s < STEPS; s++)
        loss[s] = mlp_train_step(&net, mlp_loss, xy, t, SAMPLES, 10.0);
    check_rel("loss at each of 2000 steps (lr 10)", loss,
              fixture_get(f, "loss", 1, &n_steps), STEPS);
    check_rel("weights after 2000 steps", net.params,
              fixture_get(f, "params_final", 1, &n_params), PARAMS);

    Rng again;
    rng_seed_python(&again, 0);
    Mlp matrix = mlp_new(2, hidden, 1, &again);
    double *matrix_loss = mem_alloc(STEPS, sizeof *matrix_loss);
    for (size_t s = 0; s < STEPS; s++)
        matrix_loss[s] = mlp_train_step(&matrix, mlp_matrix_loss, xy, t, SAMPLES, 10.0);
    check_true("mlp_matrix_loss: the 2000 losses of mlp_loss, bit for bit",
               memcmp(matrix_loss, loss, STEPS * sizeof *loss) == 0, "");
    check_true("mlp_matrix_loss: the trained weights of mlp_loss, bit for bit",
               memcmp(matrix.params, net.params, PARAMS * sizeof(double)) == 0, "");
    check_two_layers(xy, t);

    mem_free(matrix_loss);
    mem_free(loss);
    mlp_free(&matrix);
    mlp_free(&net);
    fixture_free(f);
    return check_finish("ch02_mlp");
}
