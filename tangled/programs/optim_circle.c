/* optim_circle: chapter 2's 2-4-1 network on the circle data set, trained
   once per optimizer; prints a TSV: step, then the loss for each. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/rng.h"
#include "core/values.h"
#include "data/circle.h"
#include "models/mlp.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>

/* --help prints this. */
static const char USAGE[] =
    "usage: optim_circle [--steps 1000] NAME[:KEY=VALUE,...]...\n"
    "The training loss of chapter 2's circle network with each optimizer, as TSV.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *prog = "optim_circle";
    const size_t hidden[1] = {4}, count_xy = circle_count(10);
    double *xy = mem_alloc(count_xy * 2, sizeof xy[0]);
    double *target = mem_alloc(count_xy, sizeof target[0]);
    circle_grid(10, xy, target);
    Rng rng;
    rng_seed_python(&rng, 0);
    Mlp probe = mlp_new(2, hidden, 1, &rng);
    const size_t n_params = probe.num_params;
    mlp_free(&probe);
    size_t steps = 1000, count = 0;
    Optim *opt = mem_alloc((size_t)argc, sizeof opt[0]);
    const char **names = mem_alloc((size_t)argc, sizeof names[0]);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--steps") == 0) {
            const char *value = cli_value(prog, argc, argv, &i);
            steps = cli_size(prog, "--steps", value, 1, 100000);
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            cli_usage_error(prog, "unknown option", argv[i], NULL);
        } else {
            OptimConfig c;
            char why[OPTIM_WHY_SIZE];
            if (!optim_config_parse(argv[i], &c, why, sizeof why) ||
                !optim_init(&opt[count], &c, n_params, why, sizeof why))
                cli_usage_error(prog, why, "optimizer", argv[i]);
            names[count++] = argv[i];
        }
    }
    if (count == 0)
        cli_usage_error(prog, "no optimizer given", "usage:",
                        "[--steps N] NAME[:KEY=VALUE,...]...");
    double *loss = mem_alloc(count * steps, sizeof loss[0]);
    for (size_t k = 0; k < count; k++) {
        rng_seed_python(&rng, 0);
        Mlp net = mlp_new(2, hidden, 1, &rng);
        for (size_t t = 0; t < steps; t++) {
            mlp_zero_grad(&net);
            loss[k * steps + t] = mlp_loss(&net, xy, target, count_xy, true);
            optim_step(&opt[k], net.params, net.grads);
        }
        mlp_free(&net);
        char what[160];
        snprintf(what, sizeof what, "the last loss of %s", names[k]);
        cli_check_finite(prog, what, loss[k * steps + steps - 1]);
    }
    printf("step");
    for (size_t k = 0; k < count; k++)
        printf("\t%s", names[k]);
    printf("\n");
    for (size_t t = 0; t < steps; t++) {
        printf("%zu", t + 1);
        for (size_t k = 0; k < count; k++)
            printf("\t%.10g", loss[k * steps + t]);
        printf("\n");
    }
    for (size_t k = 0; k < count; k++) {
        char name[48];
        snprintf(name, sizeof name, "final_loss_%zu", k + 1);
        value_report(name, loss[k * steps + steps - 1]);
        snprintf(name, sizeof name, "plateau_loss_%zu", k + 1);
        value_report(name, loss[k * steps + (steps < 100 ? steps : 100) - 1]);
    }
    value_report("steps", (double)steps);
    for (size_t k = 0; k < count; k++)
        optim_free(&opt[k]);
    mem_free(opt);
    mem_free(names);
    mem_free(loss);
    mem_free(target);
    mem_free(xy);
    return cli_finish("optim_circle");
}
