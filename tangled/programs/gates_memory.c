/* gates_memory: the first of T symbols (one of 4 signals, then T - 1 of 4
   noise symbols) must be named after reading all of them. Trains the RNN,
   the LSTM and the GRU for each T and prints a TSV: T, then each cell's
   accuracy on fresh sequences. */
#include "core/cli.h"
#include "core/randn.h"
#include "core/values.h"
#include "models/seqmodel.h"
#include "optim/optim.h"

#include <stdio.h>
#include <string.h>

enum { SIGNALS = 4, NOISE = 4, EMBED = 8, HIDDEN = 16, BATCH = 16, TEST = 500,
       MAX_LENGTHS = 16, MAX_T = 1000 };

/* A batch of n <= BATCH sequences of T symbols each. */
typedef struct {
    size_t ids[BATCH][MAX_T], lens[BATCH], targets[BATCH];
    const size_t *rows[BATCH];
} MemoryBatch;

/* Fills the first n sequences of q: each a signal, its target, then T - 1
   noise symbols. */
static void draw_batch(Rng *rng, size_t T, size_t n, MemoryBatch *q)
{
    for (size_t b = 0; b < n; b++) {
        q->targets[b] = q->ids[b][0] = (size_t)(rng_random(rng) * SIGNALS);
        for (size_t t = 1; t < T; t++)
            q->ids[b][t] = SIGNALS + (size_t)(rng_random(rng) * NOISE);
        q->lens[b] = T;
        q->rows[b] = q->ids[b];
    }
}

static double memory_accuracy(CellKind kind, size_t T, size_t steps)
{
    Randn g;
    randn_seed(&g, 0);
    SeqModel m = seqmodel_new(kind, SIGNALS + NOISE, EMBED, HIDDEN, SIGNALS, T,
                              BATCH, &g);
    OptimConfig c;
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_config_parse("adam:lr=0.01", &c, why, sizeof why);
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    static MemoryBatch q;
    for (size_t s = 0; s < steps; s++) {
        draw_batch(&g.rng, T, BATCH, &q);
        seqmodel_class_loss(&m, q.rows, q.lens, BATCH, q.targets, true);
        seqmodel_update(&m, &opt, 5.0);
    }
    Rng test;
    rng_seed_python(&test, 1);
    size_t right = 0;
    for (size_t k = 0; k < TEST; k += BATCH) {
        size_t n = TEST - k < BATCH ? TEST - k : BATCH;
        draw_batch(&test, T, n, &q);
        seqmodel_class_loss(&m, q.rows, q.lens, n, q.targets, false);
        for (size_t b = 0; b < n; b++) {
            const double *z = &m.logits[b * SIGNALS];
            size_t best = 0;
            for (size_t j = 1; j < SIGNALS; j++)
                if (z[j] > z[best])
                    best = j;
            right += best == q.targets[b];
        }
    }
    optim_free(&opt);
    seqmodel_free(&m);
    return (double)right / TEST;
}

/* --help prints this. */
static const char USAGE[] =
    "usage: gates_memory [--lengths 2,5,10,20,30,40] [--steps 1500]\n"
    "The accuracy of the RNN, the LSTM and the GRU at naming the first of T\n"
    "symbols (chapter 6), as TSV.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *prog = "gates_memory";
    size_t lengths[MAX_LENGTHS] = {2, 5, 10, 20, 30, 40}, count = 6, steps = 1500;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *value = cli_value(prog, argc, argv, &i);
        if (strcmp(opt, "--lengths") == 0)
            count = cli_sizes(prog, opt, value, 1, MAX_T, lengths, MAX_LENGTHS);
        else if (strcmp(opt, "--steps") == 0)
            steps = cli_size(prog, opt, value, 1, 1000000);
        else
            cli_usage_error(prog, "unknown option", opt, NULL);
    }
    value_report("steps", (double)steps);
    value_report("test_count", TEST);
    printf("length");
    for (size_t kind = 0; kind < CELL_KINDS; kind++)
        printf("\t%s", CELL_NAMES[kind]);
    printf("\n");
    for (size_t i = 0; i < count; i++) {
        printf("%zu", lengths[i]);
        for (size_t kind = 0; kind < CELL_KINDS; kind++)
            printf("\t%.3f", memory_accuracy((CellKind)kind, lengths[i], steps));
        printf("\n");
    }
    return cli_finish("gates_memory");
}
