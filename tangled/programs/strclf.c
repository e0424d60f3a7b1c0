/* strclf: trains the string classifier to tell whether a string contains a
   letter; prints the learning curve, the characters' scores or a report. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/randn.h"
#include "core/shuffle.h"
#include "core/values.h"
#include "data/vocab.h"
#include "models/str_classifier.h"
#include "nn/activation.h"
#include "optim/optim.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

enum { MAX_LEN = 10 };

typedef struct {
    size_t count;
    char *texts;          /* (count, MAX_LEN + 1) */
    size_t *ids, *lens;   /* (count, MAX_LEN), (count) */
    double *t;            /* (count): 1 if the string contains the target */
} DataSet;

typedef struct {
    size_t epochs, dim, batch, train, test, seed;
    char target;
    const char *optim, *print;
} Options;

/* s is (MAX_LEN + 1): a string of 3 to MAX_LEN letters that contains the
   letter target if positive, and does not otherwise. */
static void draw_string(Rng *rng, char target, bool positive, char *s)
{
    for (;;) {
        size_t len = 3 + (size_t)(rng_random(rng) * (MAX_LEN - 2));
        for (size_t t = 0; t < len; t++)
            s[t] = (char)('a' + (int)(rng_random(rng) * 26));
        s[len] = '\0';
        if ((strchr(s, target) != NULL) == positive)
            return;
    }
}

/* texts is (count, MAX_LEN + 1), ids (count, MAX_LEN), lens and t (count):
   count strings, half of them (on average) positive, encoded with v. */
static void draw_data_set(Rng *rng, const Vocab *v, char target, size_t count,
                          char *texts, size_t *ids, size_t *lens, double *t)
{
    for (size_t k = 0; k < count; k++) {
        t[k] = rng_random(rng) < 0.5 ? 1.0 : 0.0;
        char *s = &texts[k * (MAX_LEN + 1)];
        draw_string(rng, target, t[k] == 1.0, s);
        lens[k] = vocab_encode(v, s, VOCAB_CHARS, &ids[k * MAX_LEN], MAX_LEN);
    }
}
static DataSet data_set_new(Rng *rng, const Vocab *v, char target, size_t count)
{
    DataSet d = {count, mem_alloc(count * (MAX_LEN + 1), 1),
                 mem_alloc(count * MAX_LEN, sizeof(size_t)),
                 mem_alloc(count, sizeof(size_t)),
                 mem_alloc(count, sizeof(double))};
    draw_data_set(rng, v, target, count, d.texts, d.ids, d.lens, d.t);
    return d;
}

static void data_set_free(DataSet *d)
{
    mem_free(d->texts);
    mem_free(d->ids);
    mem_free(d->lens);
    mem_free(d->t);
}
static void evaluate(StrClassifier *m, const DataSet *d, double *loss,
                     double *accuracy)
{
    double sum = 0.0;
    size_t right = 0;
    for (size_t k = 0; k < d->count; k += m->max_batch) {
        size_t n = d->count - k < m->max_batch ? d->count - k : m->max_batch;
        sum += (double)n * str_classifier_loss(m, &d->ids[k * MAX_LEN], &d->lens[k],
                                       &d->t[k], n, false);
        for (size_t r = 0; r < n; r++)
            right += (m->logits[r] > 0.0) == (d->t[k + r] == 1.0);
    }
    *loss = sum / (double)d->count;
    *accuracy = (double)right / (double)d->count;
}
static void train_epoch(StrClassifier *m, Optim *opt, const DataSet *d, Rng *rng)
{
    size_t *order = mem_alloc(d->count, sizeof order[0]);
    size_t *ids = mem_alloc(m->max_batch * MAX_LEN, sizeof ids[0]);
    size_t *lens = mem_alloc(m->max_batch, sizeof lens[0]);
    double *t = mem_alloc(m->max_batch, sizeof t[0]);
    for (size_t k = 0; k < d->count; k++)
        order[k] = k;
    shuffle(rng, order, d->count, sizeof order[0]);
    for (size_t k = 0; k < d->count; k += m->max_batch) {
        size_t n = d->count - k < m->max_batch ? d->count - k : m->max_batch;
        for (size_t r = 0; r < n; r++) {
            size_t s = order[k + r];
            memcpy(&ids[r * MAX_LEN], &d->ids[s * MAX_LEN], MAX_LEN * sizeof ids[0]);
            lens[r] = d->lens[s];
            t[r] = d->t[s];
        }
        params_zero_grad(&m->params);
        str_classifier_loss(m, ids, lens, t, n, true);
        optim_step(opt, m->params.data, m->params.grad);
    }
    mem_free(order);
    mem_free(ids);
    mem_free(lens);
    mem_free(t);
}
static Options read_options(int argc, char **argv)
{
    const char *prog = "strclf", *prints[3] = {"report", "curve", "scores"};
    Options o = {20, 5, 32, 2000, 1000, 0, 'a', "adam:lr=0.02", "report"};
    const CliSizeOption sizes[6] = {
        {"--epochs", &o.epochs, 1, 10000}, {"--dim", &o.dim, 1, 1000},
        {"--batch", &o.batch, 1, 100000}, {"--train", &o.train, 1, 1000000},
        {"--test", &o.test, 1, 1000000}, {"--seed", &o.seed, 0, UINT32_MAX}};
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        const char *opt = argv[i], *value = cli_value(prog, argc, argv, &i);
        if (cli_size_option(prog, opt, value, sizes, 6))
            continue;
        if (strcmp(opt, "--target") == 0 && value[0] >= 'a' &&
                 value[0] <= 'z' && value[1] == '\0')
            o.target = value[0];
        else if (strcmp(opt, "--target") == 0)
            cli_usage_error(prog, "not one letter from a to z", opt, value);
        else if (strcmp(opt, "--optim") == 0)
            o.optim = value;
        else if (strcmp(opt, "--print") == 0)
            o.print = prints[cli_choice(prog, opt, value, prints, 3)];
        else
            cli_usage_error(prog, "unknown option", opt, NULL);
    }
    cli_data_arguments(prog, argc, argv, i);
    return o;
}
static void print_results(const Options *o, StrClassifier *m, const Vocab *v,
                          const DataSet *test, double (*curve)[4], int argc,
                          char **argv)
{
    if (strcmp(o->print, "curve") == 0) {
        printf("epoch\ttrain_loss\ttrain_accuracy\ttest_loss\ttest_accuracy\n");
        for (size_t e = 0; e <= o->epochs; e++)
            printf("%zu\t%.10g\t%.10g\t%.10g\t%.10g\n", e, curve[e][0],
                   curve[e][1], curve[e][2], curve[e][3]);
        return;
    }
    if (strcmp(o->print, "scores") == 0) {
        printf("id\tsymbol\tscore\n");
        for (size_t id = 0; id < v->count; id++)
            printf("%zu\t%s\t%.10g\n", id, v->tokens[id], str_classifier_score(m, id));
        return;
    }
    printf("epoch  train loss  train acc  test loss  test acc\n");
    for (size_t e = 0; e <= o->epochs; e++)
        if (e % 5 == 0 || e == o->epochs)
            printf("%5zu  %10.4f  %8.2f%%  %9.4f  %7.2f%%\n", e, curve[e][0],
                   100.0 * curve[e][1], curve[e][2], 100.0 * curve[e][3]);
    size_t right[MAX_LEN + 1] = {0}, total[MAX_LEN + 1] = {0};
    for (size_t k = 0; k < test->count; k++) {
        str_classifier_loss(m, &test->ids[k * MAX_LEN], &test->lens[k], &test->t[k], 1,
                            false);
        total[test->lens[k]]++;
        right[test->lens[k]] += (m->logits[0] > 0.0) == (test->t[k] == 1.0);
    }
    printf("\ntest accuracy by length:");
    for (size_t len = 3; len <= MAX_LEN; len++)
        printf(" %zu: %zu/%zu", len, right[len], total[len]);
    printf("\nb = %.4f\n", m->b[0]);
    int first = 1;
    while (first < argc && argv[first][0] == '-')
        first += 2;
    for (int i = first; i < argc; i++) {
        size_t ids[MAX_LEN], len = vocab_encode(v, argv[i], VOCAB_CHARS, ids, MAX_LEN);
        double t = 0.0;
        str_classifier_loss(m, ids, &len, &t, 1, false);
        printf("p(\"%s\") = %.4f\n", argv[i], activation_sigmoid(m->logits[0]));
        char name[48];
        snprintf(name, sizeof name, "p_%d", i - first + 1);
        value_report(name, activation_sigmoid(m->logits[0]));
    }
}
static void report_values(const Options *o, const StrClassifier *m, const Vocab *v,
                          double (*curve)[4])
{
    size_t last = o->epochs, fifteen = o->epochs < 15 ? o->epochs : 15;
    value_report("epochs", (double)o->epochs);
    value_report("train_count", (double)o->train);
    value_report("test_count", (double)o->test);
    value_report("steps_per_epoch", (double)((o->train + o->batch - 1) / o->batch));
    value_report("vocab_count", (double)v->count);
    value_report("loss_0", curve[0][0]);
    value_report("accuracy_1", curve[o->epochs >= 1][1]);
    value_report("train_loss_15", curve[fifteen][0]);
    value_report("train_loss_last", curve[last][0]);
    value_report("test_accuracy_last", curve[last][3]);
    double lo = 0.0, hi = 0.0, sum = 0.0;
    size_t others = 0, target = 0;
    for (size_t id = 0; id < v->count; id++) {
        const char *s = v->tokens[id];
        if (s[0] < 'a' || s[0] > 'z' || s[1] != '\0')
            continue;
        double score = str_classifier_score(m, id);
        if (s[0] == o->target) {
            target = id;
            continue;
        }
        lo = others == 0 || score < lo ? score : lo;
        hi = others == 0 || score > hi ? score : hi;
        sum += score;
        others++;
    }
    double mean = sum / (double)others, b = m->b[0];
    value_report("target_score", str_classifier_score(m, target));
    value_report("other_score_min", lo);
    value_report("other_score_max", hi);
    value_report("other_score_mean", mean);
    value_report("unk_score", str_classifier_score(m, VOCAB_UNK));
    value_report("b", b);
    value_report("typical_logit_without", mean + b);
    value_report("typical_logit_one_in_ten",
                 (str_classifier_score(m, target) + (MAX_LEN - 1) * mean) / MAX_LEN + b);
}

/* --help prints this. */
static const char USAGE[] =
    "usage: strclf [--epochs 20] [--dim 5] [--batch 32] [--train 2000] [--test 1000]\n"
    "              [--seed 0] [--target a] [--optim adam:lr=0.02]\n"
    "              [--print report|curve|scores] [STRING...]\n"
    "Trains the string classifier of chapter 4 to tell whether a string contains\n"
    "the target letter, then classifies the strings given.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    Options o = read_options(argc, argv);
    OptimConfig c;
    char why[OPTIM_WHY_SIZE];
    if (!optim_config_parse(o.optim, &c, why, sizeof why))
        cli_usage_error("strclf", why, "--optim", o.optim);
    Vocab v = vocab_new();
    vocab_add_text(&v, "abcdefghijklmnopqrstuvwxyz", VOCAB_CHARS);
    Randn g;
    randn_seed(&g, (uint32_t)o.seed);
    StrClassifier m = str_classifier_new(v.count, o.dim, MAX_LEN, o.batch, &g);
    DataSet train = data_set_new(&g.rng, &v, o.target, o.train);
    DataSet test = data_set_new(&g.rng, &v, o.target, o.test);
    Optim opt;
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    double (*curve)[4] = mem_alloc(o.epochs + 1, sizeof curve[0]);
    for (size_t e = 0; e <= o.epochs; e++) {
        if (e > 0)
            train_epoch(&m, &opt, &train, &g.rng);
        evaluate(&m, &train, &curve[e][0], &curve[e][1]);
        evaluate(&m, &test, &curve[e][2], &curve[e][3]);
        cli_check_finite("strclf", "the training loss", curve[e][0]);
    }
    print_results(&o, &m, &v, &test, curve, argc, argv);
    report_values(&o, &m, &v, curve);
    mem_free(curve);
    optim_free(&opt);
    data_set_free(&train);
    data_set_free(&test);
    str_classifier_free(&m);
    vocab_free(&v);
    return cli_finish("strclf");
}
