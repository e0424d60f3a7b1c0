/* adam_pitfall: Adam with its state kept across steps, and Adam re-created
   at every step (every step a first step), on the 2-D Rosenbrock function. */
#include "core/cli.h"
#include "core/values.h"
#include "optim/objective.h"
#include "optim/optim.h"

#include <math.h>
#include <stdio.h>

/* --help prints this. */
static const char USAGE[] =
    "usage: adam_pitfall\n"
    "Adam with its state kept, and Adam re-created at every step, on the 2-D\n"
    "Rosenbrock function (chapter 3).\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    cli_no_arguments("adam_pitfall", argc, argv);
    OptimConfig c = optim_defaults(OPTIM_ADAM);
    c.lr = 0.01;
    char why[OPTIM_WHY_SIZE];
    Optim kept;
    double p[2] = {-1.2, 1.0}, q[2] = {-1.2, 1.0}, g[2];
    if (!optim_init(&kept, &c, 2, why, sizeof why)) {
        fprintf(stderr, "adam_pitfall: error: %s, adam:lr=0.01\n", why);
        return 1;
    }
    printf("%5s  %-34s  %s\n", "", "Adam, state kept", "Adam, state re-created");
    printf("%5s  %11s %11s %10s  %11s %11s %10s\n", "step", "f", "|dx|", "|dy|",
           "f", "|dx|", "|dy|");
    for (int t = 1; t <= 3000; t++) {
        double p0[2] = {p[0], p[1]}, q0[2] = {q[0], q[1]};
        objective_rosenbrock(p, 2, g);
        optim_step(&kept, p, g);
        Optim fresh;
        optim_init(&fresh, &c, 2, why, sizeof why);
        objective_rosenbrock(q, 2, g);
        optim_step(&fresh, q, g);
        optim_free(&fresh);
        if (t == 1 || t == 10 || t == 100 || t % 1000 == 0)
            printf("%5d  %11.6g %11.6g %10.4g  %11.6g %11.10g %10.10g\n", t,
                   objective_rosenbrock(p, 2, NULL), fabs(p[0] - p0[0]),
                   fabs(p[1] - p0[1]), objective_rosenbrock(q, 2, NULL),
                   fabs(q[0] - q0[0]), fabs(q[1] - q0[1]));
    }
    value_report("kept_f", objective_rosenbrock(p, 2, NULL));
    value_report("forgetful_f", objective_rosenbrock(q, 2, NULL));
    optim_free(&kept);
    return cli_finish("adam_pitfall");
}
