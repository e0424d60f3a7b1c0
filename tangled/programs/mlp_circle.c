/* mlp_circle: trains a sigmoid network on the unit-circle data set, as the
   Python program of chapter 2 does, and prints what --print asks for. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/rng.h"
#include "core/values.h"
#include "data/circle.h"
#include "models/mlp.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { DENSITY = 10, MAX_HIDDEN = 16, MAX_WIDTH = 1024,
       MAX_STEPS = 10000000, SURFACE_POINTS = 51 };
static const char *const PROG = "mlp_circle";

typedef enum { PRINT_LOG, PRINT_LOSS, PRINT_DATA, PRINT_SURFACE } PrintWhat;
static const char *const PRINT_NAMES[] = {"log", "loss", "data", "surface"};
static const char *const FORM_NAMES[] = {"neuron", "matrix"};
static MlpLossFn *const FORM_LOSS[] = {mlp_loss, mlp_matrix_loss};

/* Everything the options choose. */
typedef struct {
    size_t steps, hidden[MAX_HIDDEN], num_hidden, seed;
    double lr;
    PrintWhat print;
    MlpLossFn *loss;   /* the neuron form (the original's) or the matrix form */
    const char *out;   /* NULL for stdout */
} Options;

/* argv is (argc); the options, with the original's values as defaults. */
static Options read_options(int argc, char **argv)
{
    Options o = {.steps = 2000, .hidden = {4}, .num_hidden = 1, .seed = 0,
                 .lr = 10.0, .print = PRINT_LOG, .loss = mlp_loss, .out = NULL};
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *arg = cli_value(PROG, argc, argv, &i);
        if (strcmp(opt, "--steps") == 0)
            o.steps = cli_size(PROG, opt, arg, 1, MAX_STEPS);
        else if (strcmp(opt, "--lr") == 0)
            o.lr = cli_positive(PROG, opt, arg, 1e6);
        else if (strcmp(opt, "--hidden") == 0)
            o.num_hidden = cli_sizes(PROG, opt, arg, 1, MAX_WIDTH, o.hidden,
                                     MAX_HIDDEN);
        else if (strcmp(opt, "--seed") == 0)
            o.seed = cli_size(PROG, opt, arg, 0, UINT32_MAX);
        else if (strcmp(opt, "--print") == 0)
            o.print = (PrintWhat)cli_choice(PROG, opt, arg, PRINT_NAMES, 4);
        else if (strcmp(opt, "--form") == 0)
            o.loss = FORM_LOSS[cli_choice(PROG, opt, arg, FORM_NAMES, 2)];
        else if (strcmp(opt, "--out") == 0)
            o.out = arg;
        else
            cli_usage_error(PROG, "unknown option", opt, NULL);
    }
    return o;
}

/* f is (SURFACE_POINTS^2); f[i * SURFACE_POINTS + j] = net at the grid
   point (x_i, y_j), both from -2 to 2. */
static void evaluate_surface(Mlp *net, double *f)
{
    for (size_t i = 0; i < SURFACE_POINTS; i++)
        for (size_t j = 0; j < SURFACE_POINTS; j++) {
            double xy[2] = {-2.0 + 4.0 * (double)i / (SURFACE_POINTS - 1),
                            -2.0 + 4.0 * (double)j / (SURFACE_POINTS - 1)};
            f[i * SURFACE_POINTS + j] = mlp_forward(net, xy);
        }
}

/* --help prints this. */
static const char USAGE[] =
    "usage: mlp_circle [--steps 2000] [--lr 10] [--hidden 4,...] [--seed 0]\n"
    "                  [--print log|loss|data|surface] [--form neuron|matrix]\n"
    "                  [--out FILE]\n"
    "Trains chapter 2's sigmoid network on the circle data set and prints the\n"
    "training log, the loss at every step, the data or the learned function;\n"
    "--form matrix computes the same numbers a layer at a time.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    Options o = read_options(argc, argv);
    FILE *out = o.out ? fopen(o.out, "w") : stdout;
    if (!out) {
        fprintf(stderr, "%s: error: cannot write the file (%s), --out %s\n",
                PROG, strerror(errno), o.out);
        return 1;
    }
    size_t count = circle_count(DENSITY);
    double *xy = mem_alloc(2 * count, sizeof *xy), *t = mem_alloc(count, sizeof *t);
    circle_grid(DENSITY, xy, t);
    value_report("samples", (double)count);
    value_report("steps", (double)o.steps);
    value_report("learning_rate", o.lr);
    Rng rng;
    rng_seed_python(&rng, o.seed);
    Mlp net = mlp_new(2, o.hidden, o.num_hidden, &rng);
    double *before = mem_alloc(SURFACE_POINTS * SURFACE_POINTS, sizeof *before);
    double *after = mem_alloc(SURFACE_POINTS * SURFACE_POINTS, sizeof *after);
    char text[CLI_SHORTEST_SIZE];
    double origin[2] = {0.0, 0.0};

    if (o.print == PRINT_LOG)
        fprintf(out, "%s\n", cli_shortest(text, mlp_forward(&net, origin)));
    else if (o.print == PRINT_LOSS)
        fprintf(out, "step\tloss\n");
    else if (o.print == PRINT_SURFACE)
        evaluate_surface(&net, before);
    for (size_t step = 1; o.print != PRINT_DATA && step <= o.steps; step++) {
        double loss = mlp_train_step(&net, o.loss, xy, t, count, o.lr);
        if (o.print == PRINT_LOG && (step == 1 || step % 100 == 0))
            fprintf(out, "%zu %.4f\n", step, loss);
        else if (o.print == PRINT_LOSS)
            fprintf(out, "%zu\t%.17g\n", step, loss);
    }
    if (o.print == PRINT_DATA) {
        fprintf(out, "x\ty\ttarget\n");
        for (size_t n = 0; n < count; n++)
            fprintf(out, "%.17g\t%.17g\t%g\n", xy[2 * n], xy[2 * n + 1], t[n]);
    } else if (o.print == PRINT_SURFACE) {
        evaluate_surface(&net, after);
        fprintf(out, "x\ty\tbefore\tafter\n");
        for (size_t i = 0; i < SURFACE_POINTS; i++) {
            for (size_t j = 0; j < SURFACE_POINTS; j++)
                fprintf(out, "%.6f\t%.6f\t%.17g\t%.17g\n",
                        -2.0 + 4.0 * (double)i / (SURFACE_POINTS - 1),
                        -2.0 + 4.0 * (double)j / (SURFACE_POINTS - 1),
                        before[i * SURFACE_POINTS + j],
                        after[i * SURFACE_POINTS + j]);
            fprintf(out, "\n");
        }
    }
    mem_free(before);
    mem_free(after);
    mlp_free(&net);
    mem_free(xy);
    mem_free(t);
    if (out != stdout && fclose(out) != 0) {
        fprintf(stderr, "%s: error: cannot write the file, --out %s\n", PROG, o.out);
        return 1;
    }
    return cli_finish(PROG);
}
