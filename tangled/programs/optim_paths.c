/* optim_paths: the paths of optimizers on the 2-D Rosenbrock function from
   (-1.2, 1), as a TSV: step, then x and y for each optimizer. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/values.h"
#include "optim/objective.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>

/* --help prints this. */
static const char USAGE[] =
    "usage: optim_paths [--steps 1000] NAME[:KEY=VALUE,...]...\n"
    "The path of each optimizer (chapter 3's notation, e.g. adam:lr=0.1) on the\n"
    "2-D Rosenbrock function from (-1.2, 1), as TSV.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *prog = "optim_paths";
    const size_t n_params = 2;
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
    double *path = mem_alloc(count * (steps + 1) * 2, sizeof path[0]);
    for (size_t k = 0; k < count; k++) {
        double *p = &path[k * (steps + 1) * 2], g[2];
        p[0] = -1.2;
        p[1] = 1.0;
        for (size_t t = 1; t <= steps; t++) {
            memcpy(&p[2 * t], &p[2 * (t - 1)], 2 * sizeof p[0]);
            objective_rosenbrock(&p[2 * t], 2, g);
            optim_step(&opt[k], &p[2 * t], g);
        }
        char what[160];
        snprintf(what, sizeof what, "the end of the path of %s", names[k]);
        cli_check_finite(prog, what, p[2 * steps] + p[2 * steps + 1]);
    }
    printf("step");
    for (size_t k = 0; k < count; k++)
        printf("\t%s\ty", names[k]);
    printf("\n");
    for (size_t t = 0; t <= steps; t++) {
        printf("%zu", t);
        for (size_t k = 0; k < count; k++) {
            const double *p = &path[(k * (steps + 1) + t) * 2];
            printf("\t%.10g\t%.10g", p[0], p[1]);
        }
        printf("\n");
    }
    for (size_t k = 0; k < count; k++) {
        const double *end = &path[(k * (steps + 1) + steps) * 2];
        char name[48];
        snprintf(name, sizeof name, "end_x_%zu", k + 1);
        value_report(name, end[0]);
        snprintf(name, sizeof name, "end_y_%zu", k + 1);
        value_report(name, end[1]);
    }
    value_report("steps", (double)steps);
    for (size_t k = 0; k < count; k++)
        optim_free(&opt[k]);
    mem_free(opt);
    mem_free(names);
    mem_free(path);
    return cli_finish("optim_paths");
}
