/* name_gender: classifies first names as female or male (the two name
   lists of data/, names in both left out) with a GRU, and compares it with
   three baselines: the majority class, the last letter and a naive Bayes
   model of character bigrams. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/randn.h"
#include "core/shuffle.h"
#include "core/textfile.h"
#include "core/values.h"
#include "data/names.h"
#include "data/vocab.h"
#include "models/seqmodel.h"
#include "nn/activation.h"
#include "optim/optim.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { MAX_LEN = 32, BYTES = 257,   /* byte 256 marks a name's start and end */
       BATCH = 32 };

typedef struct {
    const char *name;
    size_t label;                 /* 1 female, 0 male */
} Example;

/* Up to BATCH names, encoded, as a batch for the model. */
typedef struct {
    size_t ids[BATCH][MAX_LEN], lens[BATCH], labels[BATCH];
    const size_t *rows[BATCH];
} NameBatch;

/* Reads data/names-female.txt and data/names-male.txt into lists; returns
   the names in exactly one of them, labelled and shuffled, and their
   number in *count. */
static Example *read_examples(const char *prog, NameList *lists, size_t *count)
{
    const char *paths[2] = {"data/names-male.txt", "data/names-female.txt"};
    char why[TEXTFILE_WHY_SIZE];
    size_t bad;
    for (size_t label = 0; label < 2; label++)
        if (!names_read(&paths[label], 1, &lists[label], why, sizeof why, &bad))
            cli_usage_error(prog, why, "reading", paths[label]);
    Example *examples = mem_alloc(lists[0].count + lists[1].count, sizeof examples[0]);
    size_t n = 0;
    for (size_t label = 0; label < 2; label++)
        for (size_t k = 0; k < lists[label].count; k++)
            if (!names_contains(&lists[1 - label], lists[label].names[k]))
                examples[n++] = (Example){lists[label].names[k], label};
    Rng rng;
    rng_seed_python(&rng, 0);
    shuffle(&rng, examples, n, sizeof examples[0]);
    *count = n;
    return examples;
}
/* The more frequent label among e[0..n). */
static size_t majority(const Example *e, size_t n)
{
    size_t female = 0;
    for (size_t k = 0; k < n; k++)
        female += e[k].label;
    return 2 * female >= n;
}

/* The accuracy on test (n_test) of the majority label of the training
   names (n_train) that end in the same byte. */
static double last_letter_accuracy(const Example *train, size_t n_train,
                                   const Example *test, size_t n_test)
{
    size_t counts[256][2] = {{0}}, right = 0, fallback = majority(train, n_train);
    for (size_t k = 0; k < n_train; k++)
        counts[(unsigned char)train[k].name[strlen(train[k].name) - 1]][train[k].label]++;
    for (size_t k = 0; k < n_test; k++) {
        const size_t *c = counts[(unsigned char)test[k].name[strlen(test[k].name) - 1]];
        size_t guess = c[0] == c[1] ? fallback : c[1] > c[0];
        right += guess == test[k].label;
    }
    return (double)right / (double)n_test;
}

/* The byte pairs of name with the marker 256 before and after, each
   passed to visit(a, b, ctx). */
static void for_each_bigram(const char *name, void (*visit)(size_t, size_t, void *),
                            void *ctx)
{
    size_t prev = 256;
    for (const unsigned char *s = (const unsigned char *)name;; s++) {
        size_t next = *s ? *s : 256;
        visit(prev, next, ctx);
        if (!*s)
            return;
        prev = next;
    }
}

typedef struct {
    double *pairs;        /* (2, BYTES, BYTES): counts per class */
    double *firsts;       /* (2, BYTES): counts of each first byte of a pair */
    size_t label;
    double score;
} Bigrams;

static void count_pair(size_t a, size_t b, void *ctx)
{
    Bigrams *m = ctx;
    m->pairs[(m->label * BYTES + a) * BYTES + b] += 1.0;
    m->firsts[m->label * BYTES + a] += 1.0;
}

static void score_pair(size_t a, size_t b, void *ctx)
{
    Bigrams *m = ctx;      /* log P(b | a, class), with one added to every count */
    m->score += log((m->pairs[(m->label * BYTES + a) * BYTES + b] + 1.0) /
                    (m->firsts[m->label * BYTES + a] + BYTES));
}

/* The accuracy on test of the naive Bayes model of bigrams counted on train. */
static double bigram_accuracy(const Example *train, size_t n_train,
                              const Example *test, size_t n_test)
{
    Bigrams m = {mem_alloc(2 * BYTES * BYTES, sizeof(double)),
                 mem_alloc(2 * BYTES, sizeof(double)), 0, 0.0};
    double prior[2] = {0.0, 0.0};
    for (size_t k = 0; k < n_train; k++) {
        m.label = train[k].label;
        prior[m.label] += 1.0;
        for_each_bigram(train[k].name, count_pair, &m);
    }
    size_t right = 0;
    for (size_t k = 0; k < n_test; k++) {
        double score[2];
        for (m.label = 0; m.label < 2; m.label++) {
            m.score = log(prior[m.label] / (double)n_train);
            for_each_bigram(test[k].name, score_pair, &m);
            score[m.label] = m.score;
        }
        right += (score[1] > score[0]) == (test[k].label == 1);
    }
    mem_free(m.pairs);
    mem_free(m.firsts);
    return (double)right / (double)n_test;
}
/* Encodes the names of e[0..n), n <= BATCH, into q. */
static void encode_batch(const Vocab *v, const Example *e, size_t n, NameBatch *q)
{
    for (size_t b = 0; b < n; b++) {
        q->lens[b] = vocab_encode(v, e[b].name, VOCAB_CHARS, q->ids[b], MAX_LEN);
        q->labels[b] = e[b].label;
        q->rows[b] = q->ids[b];
    }
}

/* The mean loss and the accuracy of m on e[0..n), BATCH names at a time. */
static void measure(SeqModel *m, const Vocab *v, const Example *e, size_t n,
                    double *loss, double *accuracy)
{
    static NameBatch q;
    size_t right = 0;
    *loss = 0.0;
    for (size_t k = 0; k < n; k += BATCH) {
        size_t count = n - k < BATCH ? n - k : BATCH;
        encode_batch(v, &e[k], count, &q);
        *loss += seqmodel_class_loss(m, q.rows, q.lens, count, q.labels, false)
               * (double)count / (double)n;
        for (size_t b = 0; b < count; b++)
            right += (m->logits[b] > 0.0) == (q.labels[b] == 1);
    }
    *accuracy = (double)right / (double)n;
}

static void train_and_report(CellKind kind, size_t hidden, size_t epochs,
                             Example *examples, size_t n_train, size_t count,
                             int argc, char **argv)
{
    Vocab v = vocab_new();
    for (size_t k = 0; k < n_train; k++)
        vocab_add_text(&v, examples[k].name, VOCAB_CHARS);
    Randn g;
    randn_seed(&g, 0);
    SeqModel m = seqmodel_new(kind, v.count, 16, hidden, 1, MAX_LEN, BATCH, &g);
    OptimConfig c;
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_config_parse("adam:lr=0.005", &c, why, sizeof why);
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    printf("%s (embedding 16, state %zu, %zu parameters)\n", CELL_NAMES[kind],
           hidden, m.params.size);
    printf("epoch  training loss  test loss  test accuracy\n");
    double train_loss = NAN, test_loss, train_acc, test_acc = NAN, best_loss = INFINITY;
    size_t best_epoch = 0;
    for (size_t epoch = 1; epoch <= epochs; epoch++) {
        shuffle(&g.rng, examples, n_train, sizeof examples[0]);
        for (size_t k = 0; k < n_train; k += BATCH) {
            static NameBatch q;
            size_t n = n_train - k < BATCH ? n_train - k : BATCH;
            encode_batch(&v, &examples[k], n, &q);
            seqmodel_class_loss(&m, q.rows, q.lens, n, q.labels, true);
            seqmodel_update(&m, &opt, 5.0);
        }
        measure(&m, &v, examples, n_train, &train_loss, &train_acc);
        measure(&m, &v, examples + n_train, count - n_train, &test_loss, &test_acc);
        printf("%5zu  %13.4f  %9.4f  %12.2f%%\n", epoch, train_loss, test_loss,
               100.0 * test_acc);
        if (test_loss < best_loss) {
            best_loss = test_loss;
            best_epoch = epoch;
        }
    }
    value_report("epochs", (double)epochs);
    value_report("test_accuracy", test_acc);
    value_report("train_loss", train_loss);
    value_report("best_test_loss", best_loss);
    value_report("best_epoch", (double)best_epoch);
    int first = 1;
    while (first < argc && argv[first][0] == '-')
        first += 2;
    for (int i = first; i < argc; i++) {
        size_t ids[MAX_LEN], T = vocab_encode(&v, argv[i], VOCAB_CHARS, ids, MAX_LEN);
        const size_t *row = ids, target = 1;
        if (T == 0)
            continue;
        seqmodel_class_loss(&m, &row, &T, 1, &target, false);
        printf("p(female | %s) = %.3f\n", argv[i], activation_sigmoid(m.logits[0]));
    }
    optim_free(&opt);
    seqmodel_free(&m);
    vocab_free(&v);
}

/* --help prints this. */
static const char USAGE[] =
    "usage: name_gender [--epochs 10] [--hidden 32] [--cell rnn|lstm|gru] [NAME...]\n"
    "Trains chapter 6's classifier of first names as female or male, against\n"
    "three baselines, then classifies the names given.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *prog = "name_gender", *cells[3] = {"rnn", "lstm", "gru"};
    size_t epochs = 10, hidden = 32, kind = CELL_GRU;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *opt = argv[i], *value = cli_value(prog, argc, argv, &i);
        if (strcmp(opt, "--epochs") == 0)
            epochs = cli_size(prog, opt, value, 1, 1000);
        else if (strcmp(opt, "--hidden") == 0)
            hidden = cli_size(prog, opt, value, 1, 1024);
        else if (strcmp(opt, "--cell") == 0)
            kind = cli_choice(prog, opt, value, cells, 3);
        else
            cli_usage_error(prog, "unknown option", opt, NULL);
    }
    cli_data_arguments(prog, argc, argv, i);
    NameList lists[2];
    size_t count;
    Example *examples = read_examples(prog, lists, &count);
    if (count < 5)                      /* a fifth of them for the test */
        cli_usage_error(prog, "fewer than 5 names in one list only", "reading",
                        "data/names-*.txt");
    size_t n_train = count - count / 5;
    const Example *test = examples + n_train;
    const size_t n_test = count - n_train;
    size_t female = 0;
    for (size_t k = 0; k < count; k++)
        female += examples[k].label;
    printf("%zu names in one list only (%zu female, %zu male): %zu for training, "
           "%zu for test\n\n", count, female, count - female, n_train, n_test);
    size_t guess = majority(examples, n_train), right = 0;
    for (size_t k = 0; k < n_test; k++)
        right += test[k].label == guess;
    double majority_acc = (double)right / (double)n_test;
    double last_letter_acc = last_letter_accuracy(examples, n_train, test, n_test);
    double bigram_acc = bigram_accuracy(examples, n_train, test, n_test);
    printf("test accuracy of the baselines\n");
    printf("  majority (%s)       %6.2f%%\n", guess ? "female" : "male",
           100.0 * majority_acc);
    printf("  last letter            %6.2f%%\n", 100.0 * last_letter_acc);
    printf("  character bigrams      %6.2f%%\n\n", 100.0 * bigram_acc);
    value_report("names", (double)count);
    value_report("female", (double)female);
    value_report("male", (double)(count - female));
    value_report("majority_accuracy", majority_acc);
    value_report("last_letter_accuracy", last_letter_acc);
    value_report("bigram_accuracy", bigram_acc);
    train_and_report((CellKind)kind, hidden, epochs, examples, n_train, count, argc, argv);
    mem_free(examples);
    names_free(&lists[0]);
    names_free(&lists[1]);
    return cli_finish("name_gender");
}
