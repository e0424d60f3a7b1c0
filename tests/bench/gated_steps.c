/* gated_steps.c: the time of one training step of chapter 6's language
 * model (embedding 16, state 64, 56 symbols) with one cell: a batch of 16
 * random sequences of 16 steps in one pass, forward, backward, clipping and
 * Adam.
 *   bench_gated_steps CELL      (rnn, lstm or gru)
 * prints the seconds per step over STEPS steps, for tests/bench/ch06_gated.py,
 * which runs it once per round, alternating with PyTorch. */
#include "core/randn.h"
#include "models/seqmodel.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

enum { VOCAB = 56, EMBED = 16, HIDDEN = 64, T = 16, BATCH = 16, STEPS = 100 };

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    static size_t ids[BATCH][T + 1];
    const size_t *rows[BATCH];
    size_t lens[BATCH];
    for (size_t b = 0; b < BATCH; b++) {
        rows[b] = ids[b];
        lens[b] = T;
    }
    size_t kind = 0;
    while (kind < CELL_KINDS && (argc != 2 || strcmp(argv[1], CELL_NAMES[kind]) != 0))
        kind++;
    if (kind == CELL_KINDS) {
        fprintf(stderr, "bench_gated_steps: error: usage: bench_gated_steps rnn|lstm|gru\n");
        return 2;
    }
    Randn g;
    randn_seed(&g, 0);
    SeqModel m = seqmodel_new((CellKind)kind, VOCAB, EMBED, HIDDEN, VOCAB, T, BATCH, &g);
    OptimConfig c;
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_config_parse("adam:lr=0.005", &c, why, sizeof why);
    optim_init(&opt, &c, m.num_params, why, sizeof why);
    double start = now();
    for (size_t s = 0; s < STEPS; s++) {
        for (size_t b = 0; b < BATCH; b++)
            for (size_t t = 0; t <= T; t++)
                ids[b][t] = (size_t)(rng_random(&g.rng) * VOCAB);
        seqmodel_lm_loss(&m, rows, lens, BATCH, true);
        seqmodel_update(&m, &opt, 5.0);
    }
    printf("%.9f\n", (now() - start) / STEPS);
    optim_free(&opt);
    seqmodel_free(&m);
    return 0;
}
