/* backprop_example: the worked example of chapter 3, every quantity of the
   forward and backward pass, and one step of SGD and of Adam. */
#include "core/cli.h"
#include "nn/sigmoid_layer.h"
#include "optim/optim.h"

#include <stdio.h>

/* v is (n); prints "label  v0 v1 ...". */
static void print_row(const char *label, const double *v, size_t n)
{
    printf("%-22s", label);
    for (size_t i = 0; i < n; i++)
        printf(" %.10g", v[i]);
    printf("\n");
}

/* --help prints this. */
static const char USAGE[] =
    "usage: backprop_example\n"
    "Every quantity of chapter 3's worked example, then one step of SGD and\n"
    "one of Adam.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    cli_no_arguments("backprop_example", argc, argv);
    const double x[2] = {-0.5, 0.1}, y[2] = {0.1, 0.2};
    const double w[4] = {                 /* torch.manual_seed(0), float64 */
        0.6647553301890121, 0.29390167076471757,
        -0.05744119269283829, 0.595027081222347,
    };
    double a[2], dw[4] = {0.0};
    double loss = sigmoid_layer_forward(w, x, y, 2, 2, a);
    sigmoid_layer_backward(x, y, a, 2, 2, dw);
    print_row("x", x, 2);
    print_row("y", y, 2);
    print_row("W (out, in)", w, 4);
    print_row("a = sigmoid(W x)", a, 2);
    printf("%-22s %.10g\n", "loss", loss);
    double dl_da[2], da_dz[2], delta[2];
    for (size_t i = 0; i < 2; i++) {
        dl_da[i] = 2.0 / 2.0 * (a[i] - y[i]);
        da_dz[i] = a[i] * (1.0 - a[i]);
        delta[i] = dl_da[i] * da_dz[i];
    }
    print_row("dL/da = 2(a - y)/n", dl_da, 2);
    print_row("da/dz = a(1 - a)", da_dz, 2);
    print_row("delta = dL/dz", delta, 2);
    print_row("dL/dW (out, in)", dw, 4);
    double dv[4] = {dw[0], dw[2], dw[1], dw[3]};
    print_row("dL/dV, V = W^T", dv, 4);
    const char *specs[2] = {"sgd:lr=0.1", "adam"};
    for (size_t k = 0; k < 2; k++) {
        OptimConfig c;
        Optim o;
        char why[OPTIM_WHY_SIZE];
        double after[4] = {w[0], w[1], w[2], w[3]};
        if (!optim_config_parse(specs[k], &c, why, sizeof why) ||
            !optim_init(&o, &c, 4, why, sizeof why)) {
            fprintf(stderr, "backprop_example: error: %s, %s\n", why, specs[k]);
            return 1;
        }
        optim_step(&o, after, dw);
        optim_free(&o);
        char label[32];
        snprintf(label, sizeof label, "W after %s", specs[k]);
        print_row(label, after, 4);
    }
    return cli_finish("backprop_example");
}
