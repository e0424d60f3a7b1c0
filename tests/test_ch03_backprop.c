/* test_ch03_backprop.c: the worked example of chapter 3 (sigmoid_layer)
   against PyTorch (tests/fixtures/ch03_backprop.txt): activations, loss,
   weight gradient, and one step of SGD and of Adam from that gradient. */
#include "check.h"
#include "nn/sigmoid_layer.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>

/* Runs one step of the optimizer spec from weight with gradient grad. */
static void step_once(const char *spec, const double *weight,
                      const double *grad, double *out)
{
    OptimConfig c;
    Optim o;
    char why[OPTIM_WHY_SIZE];
    bool ok = optim_config_parse(spec, &c, why, sizeof why) &&
              optim_init(&o, &c, 4, why, sizeof why);
    check_true(spec, ok, "configuration accepted");
    memcpy(out, weight, 4 * sizeof out[0]);
    if (ok) {
        optim_step(&o, out, grad);
        optim_free(&o);
    }
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch03_backprop.txt");
    const size_t two[1] = {2}, two_two[2] = {2, 2};
    const double *x = fixture_get(f, "x", 1, two);
    const double *y = fixture_get(f, "y", 1, two);
    const double *w = fixture_get(f, "weight", 2, two_two);
    double a[2], dw[4] = {0}, after[4];
    double loss = sigmoid_layer_forward(w, x, y, 2, 2, a);
    sigmoid_layer_backward(x, y, a, 2, 2, dw);
    check_close("sigmoid_layer_forward: activation", a,
                fixture_get(f, "activation", 1, two), 2, 1e-12);
    check_scalar("sigmoid_layer_forward: loss", loss,
                 *fixture_get(f, "loss", 0, NULL), 1e-12);
    check_close("sigmoid_layer_backward: weight.grad", dw,
                fixture_get(f, "weight_grad", 2, two_two), 4, 1e-12);
    step_once("sgd:lr=0.1", w, dw, after);
    check_close("SGD(lr=0.1).step: weight", after,
                fixture_get(f, "weight_sgd", 2, two_two), 4, 1e-12);
    step_once("adam", w, dw, after);
    check_close("Adam().step: weight", after,
                fixture_get(f, "weight_adam", 2, two_two), 4, 1e-12);
    fixture_free(f);
    return check_finish("test_ch03_backprop");
}
