/* gates_lm: the RNN, the LSTM and the GRU as character models of the name
   lists, each name one sequence; prints a TSV: step, then each cell's
   validation cross-entropy per character. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/randn.h"
#include "core/shuffle.h"
#include "core/textfile.h"
#include "core/values.h"
#include "data/names.h"
#include "data/vocab.h"
#include "models/seqmodel.h"
#include "optim/optim.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { EMBED = 16, HIDDEN = 64, BATCH = 16, EVAL_BATCH = 64, MAX_LEN = 64,
       EVERY = 100 };

/* The names as sequences of ids: "\n", the name, "\n", cut at MAX_LEN. */
typedef struct {
    size_t count;
    size_t *ids, *lens;           /* (count, MAX_LEN + 1), (count): inputs */
    const size_t **rows;          /* (count): where each name's ids start */
} NameSeqs;

static NameSeqs encode_names(const Vocab *v, char *const *names, size_t count)
{
    NameSeqs s = {count, mem_alloc(count * (MAX_LEN + 1), sizeof(size_t)),
                  mem_alloc(count, sizeof(size_t)), mem_alloc(count, sizeof(size_t *))};
    for (size_t k = 0; k < count; k++) {
        s.rows[k] = &s.ids[k * (MAX_LEN + 1)];
        char text[4 * MAX_LEN];
        snprintf(text, sizeof text, "\n%s\n", names[k]);
        s.lens[k] = vocab_encode(v, text, VOCAB_CHARS, &s.ids[k * (MAX_LEN + 1)],
                                 MAX_LEN + 1) - 1;
    }
    return s;
}
static double validation_loss(SeqModel *m, const NameSeqs *val)
{
    double sum = 0.0;
    size_t chars = 0;
    for (size_t k = 0; k < val->count; k += EVAL_BATCH) {
        size_t n = val->count - k < EVAL_BATCH ? val->count - k : EVAL_BATCH;
        seqmodel_lm_loss(m, &val->rows[k], &val->lens[k], n, false);
        for (size_t b = 0; b < n; b++) {
            sum += (double)val->lens[k + b] * m->losses[b];
            chars += val->lens[k + b];
        }
    }
    return sum / (double)chars;
}
static void train_and_print(const Vocab *v, const NameSeqs *train,
                            const NameSeqs *val, size_t steps)
{
    const size_t points = steps / EVERY + 1;
    double *curve = mem_alloc(CELL_KINDS * points, sizeof curve[0]);
    for (size_t kind = 0; kind < CELL_KINDS; kind++) {
        Randn g;
        randn_seed(&g, 0);
        SeqModel m = seqmodel_new((CellKind)kind, v->count, EMBED, HIDDEN,
                                  v->count, MAX_LEN, EVAL_BATCH, &g);
        OptimConfig c;
        Optim opt;
        char why[OPTIM_WHY_SIZE];
        optim_config_parse("adam:lr=0.005", &c, why, sizeof why);
        optim_init(&opt, &c, m.params.size, why, sizeof why);
        curve[kind * points] = validation_loss(&m, val);
        for (size_t s = 1; s <= steps; s++) {
            const size_t *rows[BATCH];
            size_t lens[BATCH];
            for (size_t b = 0; b < BATCH; b++) {
                size_t k = (size_t)(rng_random(&g.rng) * (double)train->count);
                rows[b] = train->rows[k];
                lens[b] = train->lens[k];
            }
            seqmodel_lm_loss(&m, rows, lens, BATCH, true);
            seqmodel_update(&m, &opt, 5.0);
            if (s % EVERY == 0)
                curve[kind * points + s / EVERY] = validation_loss(&m, val);
        }
        optim_free(&opt);
        seqmodel_free(&m);
    }
    printf("step\trnn\tlstm\tgru\n");
    for (size_t i = 0; i < points; i++)
        printf("%zu\t%.10g\t%.10g\t%.10g\n", i * EVERY, curve[i], curve[points + i],
               curve[2 * points + i]);
    const double *last = &curve[points - 1];
    for (size_t kind = 0; kind < CELL_KINDS; kind++) {
        char name[48];
        snprintf(name, sizeof name, "final_%s", CELL_NAMES[kind]);
        value_report(name, last[kind * points]);
    }
    value_report("rnn_gap_lstm", last[CELL_RNN * points] - last[CELL_LSTM * points]);
    value_report("rnn_gap_gru", last[CELL_RNN * points] - last[CELL_GRU * points]);
    value_report("symbols", (double)v->count);
    value_report("uniform_loss", log((double)v->count));
    value_report("steps", (double)steps);
    mem_free(curve);
}

/* --help prints this. */
static const char USAGE[] =
    "usage: gates_lm [--steps 2000]\n"
    "The validation loss of the RNN, the LSTM and the GRU as character models\n"
    "of the names (chapter 6), as TSV.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *prog = "gates_lm";
    const char *paths[2] = {"data/names-female.txt", "data/names-male.txt"};
    size_t steps = 2000, bad;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *value = cli_value(prog, argc, argv, &i);
        if (strcmp(opt, "--steps") == 0)
            steps = cli_size(prog, opt, value, 1, 1000000);
        else
            cli_usage_error(prog, "unknown option", opt, NULL);
    }
    NameList list;
    char why[TEXTFILE_WHY_SIZE];
    if (!names_read(paths, 2, &list, why, sizeof why, &bad))
        cli_usage_error(prog, why, "reading", paths[bad]);
    Rng rng;
    rng_seed_python(&rng, 0);
    shuffle(&rng, list.names, list.count, sizeof list.names[0]);
    if (list.count < 10)                /* a tenth of them for validation */
        cli_usage_error(prog, "fewer than 10 distinct names", "reading", "data/names-*.txt");
    size_t val_first = list.count - list.count / 10;
    Vocab v = vocab_new();
    vocab_add_text(&v, "\n", VOCAB_CHARS);
    for (size_t k = 0; k < val_first; k++)
        vocab_add_text(&v, list.names[k], VOCAB_CHARS);
    NameSeqs train = encode_names(&v, list.names, val_first);
    NameSeqs val = encode_names(&v, list.names + val_first, list.count - val_first);
    train_and_print(&v, &train, &val, steps);
    const NameSeqs *both[2] = {&train, &val};
    for (size_t i = 0; i < 2; i++) {
        mem_free(both[i]->ids);
        mem_free(both[i]->lens);
        mem_free(both[i]->rows);
    }
    vocab_free(&v);
    names_free(&list);
    return cli_finish("gates_lm");
}
