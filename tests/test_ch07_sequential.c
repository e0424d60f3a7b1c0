/* test_ch07_sequential.c: networks of layers (models/sequential) against
   PyTorch's nn.Sequential in float64 (tests/reference/ch07_sequential.py):
   the logits, the loss and every parameter's gradient of a small network
   of two convolutions, a pool and two linear layers, and of a logistic
   regression; then the small network's gradient against central
   differences. With an argument, makes a mistake that must stop the
   program: "unflat" (a linear layer after a convolution), "batch" (a
   batch larger than allocated). */
#include "check.h"
#include "core/rng.h"
#include "models/sequential.h"

#include <stdio.h>
#include <string.h>

static const double TOL = 1e-12;

/* The small network of the reference, for inputs of 2 x 7 x 6. */
static Sequential small_net(void)
{
    Sequential m = sequential_new(2, 7, 6);
    sequential_conv(&m, 3, 3, 1);
    sequential_relu(&m);
    sequential_maxpool(&m, 2);
    sequential_conv(&m, 4, 2, 0);
    sequential_relu(&m);
    sequential_flatten(&m);
    sequential_linear(&m, 5);
    sequential_relu(&m);
    sequential_linear(&m, 4);
    return m;
}

/* The logistic regression of the reference, for inputs of 1 x 3 x 4. */
static Sequential flat_net(void)
{
    Sequential m = sequential_new(1, 3, 4);
    sequential_flatten(&m);
    sequential_linear(&m, 3);
    return m;
}

typedef struct {
    Sequential *m;
    const double *x;
    const size_t *t;
    size_t n;
} Batch;

/* GradcheckLoss: the network's loss on the batch at its current parameters. */
static double batch_loss(void *ctx)
{
    Batch *b = ctx;
    sequential_forward(b->m, b->x, b->n);
    return sequential_loss(b->m, b->t, b->n, false);
}

/* Loads net's parameters from the fixture, runs it on <name>_x against
   <name>_t, and compares with PyTorch; the small one also against central
   differences. */
static void check_net(const Fixture *f, const char *name, Sequential m)
{
    size_t count, t[8];
    const double *x = fixture_part(f, name, "x", NULL);
    const double *classes = fixture_part(f, name, "t", &count);
    for (size_t b = 0; b < count; b++)
        t[b] = (size_t)classes[b];
    Rng rng;
    rng_seed_python(&rng, 0);
    sequential_alloc(&m, count, &rng);
    for (size_t i = 0; i < m.params.count; i++) {
        size_t n;
        const double *want = fixture_part(f, name, m.params.part[i].name, &n);
        check_true(m.params.part[i].name, n == m.params.part[i].size, "%zu numbers, PyTorch %zu",
                   m.params.part[i].size, n);
        memcpy(params_at(&m.params, i), want, m.params.part[i].size * sizeof(double));
    }
    const double *logits = sequential_forward(&m, x, count);
    char what[96];
    snprintf(what, sizeof what, "%s: logits", name);
    check_fixture(what, f, name, "logits", logits, count * m.layer[m.count - 1].size, TOL);
    double loss = sequential_loss(&m, t, count, true);
    snprintf(what, sizeof what, "%s: loss", name);
    check_fixture(what, f, name, "loss", &loss, 1, TOL);
    for (size_t i = 0; i < m.params.count; i++) {
        char grad[PARAMS_NAME_SIZE + 8];
        snprintf(grad, sizeof grad, "%s_grad", m.params.part[i].name);
        snprintf(what, sizeof what, "%s: d %s", name, m.params.part[i].name);
        check_fixture(what, f, name, grad, params_grad_at(&m.params, i),
                      m.params.part[i].size, TOL);
    }
    Batch b = {&m, x, t, count};
    snprintf(what, sizeof what, "%s: gradient of the loss", name);
    check_gradient(what, batch_loss, &b, m.params.data, m.params.grad, m.params.size, 1e-6,
                   1e-7);
    sequential_free(&m);
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        Sequential m = sequential_new(1, 5, 5);
        sequential_conv(&m, 2, 3, 0);
        if (strcmp(argv[1], "unflat") == 0)
            sequential_linear(&m, 3);
        Rng rng;
        rng_seed_python(&rng, 0);
        sequential_flatten(&m);
        sequential_linear(&m, 3);
        sequential_alloc(&m, 2, &rng);
        double x[3 * 25] = {0};
        sequential_forward(&m, x, 3);
        return 0;
    }
    Fixture *f = fixture_load("tests/fixtures/ch07_sequential.txt");
    check_net(f, "small", small_net());
    check_net(f, "flat", flat_net());
    fixture_free(f);
    return check_finish("test_ch07_sequential");
}
