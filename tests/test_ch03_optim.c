/* test_ch03_optim.c: every optimizer of optim.h against torch.optim
   (tests/fixtures/ch03_optim.txt, written by tests/reference/ch03_optim.py):
   200 steps on the 6-dimensional Rosenbrock function, all parameters after
   every step. The specs must be those of the reference program. */
#include "check.h"
#include "core/mem.h"
#include "optim/objective.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>

enum { N = 6, STEPS = 200 };

static const char *const specs[] = {
    "sgd:lr=0.0005",
    "sgd:lr=0.0005,momentum=0.9",
    "sgd:lr=0.0005,momentum=0.9,nesterov=1",
    "sgd:lr=0.0005,momentum=0.5,weight_decay=0.1",
    "rmsprop:lr=0.001",
    "rmsprop:lr=0.0003,alpha=0.9,eps=1e-06,weight_decay=0.01",
    "adam:lr=0.01",
    "adam:lr=0.05,beta1=0.8,beta2=0.99,weight_decay=0.01",
    "adamw:lr=0.01,weight_decay=0.1",
};

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch03_optim.txt");
    const size_t n[1] = {N}, path_shape[2] = {STEPS, N};
    const double *start = fixture_get(f, "start", 1, n);
    double *path = mem_alloc(STEPS * N, sizeof path[0]);
    for (size_t s = 0; s < sizeof specs / sizeof specs[0]; s++) {
        OptimConfig c;
        Optim o;
        char why[OPTIM_WHY_SIZE];
        if (!optim_config_parse(specs[s], &c, why, sizeof why) ||
            !optim_init(&o, &c, N, why, sizeof why)) {
            check_true(specs[s], false, "%s", why);
            continue;
        }
        double p[N], g[N];
        memcpy(p, start, sizeof p);
        for (size_t t = 0; t < STEPS; t++) {
            objective_rosenbrock(p, N, g);
            optim_step(&o, p, g);
            memcpy(&path[t * N], p, sizeof p);
        }
        optim_free(&o);
        char what[128];
        snprintf(what, sizeof what, "%s, %d steps", specs[s], STEPS);
        check_close(what, path, fixture_get(f, specs[s], 2, path_shape),
                    STEPS * N, 1e-10);
    }
    mem_free(path);
    fixture_free(f);
    return check_finish("test_ch03_optim");
}
