/* gated_steps.c: the time of one training step of chapter 6's language
 * model (embedding 16, state 64, 56 symbols) with each cell: a batch of 16
 * random sequences of 16 steps, forward, backward, clipping and Adam. Prints
 * one line per cell: its name and the best time per step in seconds, for
 * tests/bench/ch06_gated.py to compare with PyTorch. */
#include "optim.h"
#include "randn.h"
#include "seqmodel.h"

#include <stdio.h>
#include <time.h>

enum { VOCAB = 56, EMBED = 16, HIDDEN = 64, T = 16, BATCH = 16, STEPS = 100, REPS = 3 };

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(void)
{
    static size_t ids[BATCH][T + 1];
    for (size_t kind = 0; kind < CELL_KINDS; kind++) {
        Randn g;
        randn_seed(&g, 0);
        SeqModel m = seqmodel_new((CellKind)kind, VOCAB, EMBED, HIDDEN, VOCAB, T, &g);
        OptimConfig c;
        Optim opt;
        char why[OPTIM_WHY_SIZE];
        optim_config_parse("adam:lr=0.005", &c, why, sizeof why);
        optim_init(&opt, &c, m.num_params, why, sizeof why);
        double best = 1e30;
        for (size_t rep = 0; rep < REPS; rep++) {
            double start = now();
            for (size_t s = 0; s < STEPS; s++) {
                for (size_t b = 0; b < BATCH; b++) {
                    for (size_t t = 0; t <= T; t++)
                        ids[b][t] = (size_t)(rng_random(&g.rng) * VOCAB);
                    seqmodel_lm_loss(&m, ids[b], T, true);
                }
                seqmodel_update(&m, &opt, BATCH, 5.0);
            }
            double per_step = (now() - start) / STEPS;
            best = per_step < best ? per_step : best;
        }
        printf("%s %.9f\n", CELL_NAMES[kind], best);
        optim_free(&opt);
        seqmodel_free(&m);
    }
    return 0;
}
