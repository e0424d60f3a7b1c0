/* xor: the numpy XOR program of chapter 2, a 2-H-1 sigmoid network trained
   on the four rows of the truth table. */
#include "core/cli.h"
#include "core/mat.h"
#include "core/randn.h"
#include "models/twolayer.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char *const PROG = "xor";

/* --help prints this. */
static const char USAGE[] =
    "usage: xor [--epochs 10000] [--lr 0.1] [--hidden 4] [--seed 0]\n"
    "Trains chapter 2's 2-H-1 network on the XOR truth table.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    size_t epochs = 10000, hidden = 4, seed = 0;
    double lr = 0.1;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *arg = cli_value(PROG, argc, argv, &i);
        if (strcmp(opt, "--epochs") == 0)
            epochs = cli_size(PROG, opt, arg, 1, 10000000);
        else if (strcmp(opt, "--lr") == 0)
            lr = cli_positive(PROG, opt, arg, 1e6);
        else if (strcmp(opt, "--hidden") == 0)
            hidden = cli_size(PROG, opt, arg, 1, 1024);
        else if (strcmp(opt, "--seed") == 0)
            seed = cli_size(PROG, opt, arg, 0, UINT32_MAX);
        else
            cli_usage_error(PROG, "unknown option", opt, NULL);
    }
    const double table[4][3] = {{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}};
    Mat x = mat_new(4, 2), y = mat_new(4, 1), row = mat_new(1, 2);
    for (size_t i = 0; i < 4; i++) {
        *mat_at(&x, i, 0) = table[i][0];
        *mat_at(&x, i, 1) = table[i][1];
        *mat_at(&y, i, 0) = table[i][2];
    }
    Randn g;
    randn_seed(&g, (uint32_t)seed);
    TwoLayer net = twolayer_new(2, hidden, 1, &g);
    char text[CLI_SHORTEST_SIZE];
    for (size_t epoch = 0; epoch < epochs; epoch++) {
        double error = twolayer_train_epoch(&net, &x, &y, lr);
        if (epoch % 1000 == 0)
            printf("Epoch %zu, Error: %s\n", epoch, cli_shortest(text, error));
    }
    printf("Predictions after training:\n");
    for (size_t i = 0; i < 4; i++) {
        row.data[0] = table[i][0];
        row.data[1] = table[i][1];
        printf("[%g %g] => [[%.8f]]\n", row.data[0], row.data[1],
               twolayer_forward(&net, &row)->data[0]);
    }
    twolayer_free(&net);
    mat_free(&x);
    mat_free(&y);
    mat_free(&row);
    return cli_finish("xor");
}
