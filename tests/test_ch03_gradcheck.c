/* test_ch03_gradcheck.c: the backward pass of the worked example's layer
   (sigmoid_layer) against central differences (chapter 2's gradcheck), on
   PyTorch's weights and on random layers of other shapes. */
#include "check.h"
#include "core/gradcheck.h"
#include "core/rng.h"
#include "nn/sigmoid_layer.h"

#include <stdio.h>

enum { MAX_OUT = 4, MAX_IN = 5 };
static const double H = 1e-6, TOL = 1e-7;

typedef struct {
    const double *w, *x, *y;
    size_t n_out, n_in;
} Layer;

/* The loss at the layer's current weights. */
static double layer_loss(void *ctx)
{
    const Layer *l = ctx;
    double a[MAX_OUT];
    return sigmoid_layer_forward(l->w, l->x, l->y, l->n_out, l->n_in, a);
}

/* w is (n_out, n_in), x (n_in), y (n_out): checks sigmoid_layer_backward. */
static void check_layer(const char *what, double *w, const double *x,
                        const double *y, size_t n_out, size_t n_in)
{
    double a[MAX_OUT], dw[MAX_OUT * MAX_IN] = {0};
    sigmoid_layer_forward(w, x, y, n_out, n_in, a);
    sigmoid_layer_backward(x, y, a, n_out, n_in, dw);
    Layer l = {w, x, y, n_out, n_in};
    check_gradient(what, layer_loss, &l, w, dw, n_out * n_in, H, TOL);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch03_backprop.txt");
    const size_t two[1] = {2}, two_two[2] = {2, 2};
    double w[MAX_OUT * MAX_IN];
    const double *torch_w = fixture_get(f, "weight", 2, two_two);
    for (size_t i = 0; i < 4; i++)
        w[i] = torch_w[i];
    check_layer("gradcheck sigmoid_layer 2x2, PyTorch's weights", w,
                fixture_get(f, "x", 1, two), fixture_get(f, "y", 1, two), 2, 2);
    fixture_free(f);

    const size_t shapes[3][2] = {{2, 2}, {3, 5}, {4, 1}};
    Rng rng;
    rng_seed_python(&rng, 3);
    for (size_t s = 0; s < 3; s++) {
        size_t n_out = shapes[s][0], n_in = shapes[s][1];
        double x[MAX_IN], y[MAX_OUT];
        for (size_t i = 0; i < n_out * n_in; i++)
            w[i] = 2.0 * rng_random(&rng) - 1.0;
        for (size_t j = 0; j < n_in; j++)
            x[j] = 4.0 * rng_random(&rng) - 2.0;
        for (size_t i = 0; i < n_out; i++)
            y[i] = rng_random(&rng);
        char what[80];
        snprintf(what, sizeof what, "gradcheck sigmoid_layer %zux%zu, random", n_out, n_in);
        check_layer(what, w, x, y, n_out, n_in);
    }
    return check_finish("test_ch03_gradcheck");
}
