/* gated_steps.c: the time of one training step of chapter 6's language
 * model (embedding 16, 56 symbols, sequences of 16 steps) with one cell: a
 * batch of random sequences in one pass, forward, backward, clipping and
 * Adam.
 *   bench_gated_steps CELL HIDDEN BATCH STEPS    (CELL: rnn, lstm or gru)
 * prints the seconds per step over STEPS steps, for tests/bench/ch06_gated.py,
 * which runs it once per round, alternating with PyTorch. */
#include "core/mem.h"
#include "core/randn.h"
#include "models/seqmodel.h"
#include "optim/optim.h"

#include "clock.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { VOCAB = 56, EMBED = 16, T = 16 };

int main(int argc, char **argv)
{
    size_t kind = 0;
    while (kind < CELL_KINDS && (argc != 5 || strcmp(argv[1], CELL_NAMES[kind]) != 0))
        kind++;
    size_t hidden = argc == 5 ? strtoul(argv[2], NULL, 10) : 0;
    size_t batch = argc == 5 ? strtoul(argv[3], NULL, 10) : 0;
    size_t steps = argc == 5 ? strtoul(argv[4], NULL, 10) : 0;
    if (kind == CELL_KINDS || hidden == 0 || batch == 0 || steps == 0) {
        fprintf(stderr, "bench_gated_steps: error: usage: bench_gated_steps "
                "rnn|lstm|gru HIDDEN BATCH STEPS\n");
        return 2;
    }
    size_t *ids = mem_alloc(batch * (T + 1), sizeof ids[0]);
    const size_t **rows = mem_alloc(batch, sizeof rows[0]);
    size_t *lens = mem_alloc(batch, sizeof lens[0]);
    for (size_t b = 0; b < batch; b++) {
        rows[b] = &ids[b * (T + 1)];
        lens[b] = T;
    }
    Randn g;
    randn_seed(&g, 0);
    SeqModel m = seqmodel_new((CellKind)kind, VOCAB, EMBED, hidden, VOCAB, T, batch, &g);
    OptimConfig c;
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_config_parse("adam:lr=0.005", &c, why, sizeof why);
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    double start = bench_now();
    for (size_t s = 0; s < steps; s++) {
        for (size_t i = 0; i < batch * (T + 1); i++)
            ids[i] = (size_t)(rng_random(&g.rng) * VOCAB);
        seqmodel_lm_loss(&m, rows, lens, batch, true);
        seqmodel_update(&m, &opt, 5.0);
    }
    printf("%.9f\n", (bench_now() - start) / (double)steps);
    optim_free(&opt);
    seqmodel_free(&m);
    mem_free(ids);
    mem_free(rows);
    mem_free(lens);
    return 0;
}
