/* spam_classifier: tells spam from ham in the SpamAssassin corpus
   (chapter 7) with the source text's TextCNN, the GRU of chapter 6 or a
   naive Bayes model of words, all reading the same first words of each
   e-mail, and prints their results on the held-out e-mails, the learning
   curve and the n-grams the TextCNN's filters answer most. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/values.h"
#include "data/emails.h"
#include "data/lexicon.h"
#include "data/vocab.h"
#include "data/words.h"
#include "models/seqmodel.h"
#include "models/textcnn.h"
#include "optim/epochs.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PROG = "spam_classifier";
static const char *const MODELS[] = {"textcnn", "gru", "bayes"};
enum { TEXTCNN, GRU, BAYES, SHOW_FILTERS = 8 };

/* --help prints this. */
static const char USAGE[] =
    "usage: spam_classifier [--model textcnn|gru|bayes] [--epochs 5] [--batch 32]\n"
    "                       [--lr 0.001] [--len 400] [--words 20000] [--embed 128]\n"
    "                       [--seed 0] [--every 25] [--stop-after STEPS]\n"
    "                       [--data build/data/spam-assassin]\n"
    "Tells spam from ham (chapter 7): every fifth e-mail of the corpus, in the\n"
    "order of its index, is held out for the test, the others train. An e-mail\n"
    "is its first --len words (data/words.h) as ids of the --words most frequent\n"
    "words of the training e-mails seen at least twice. TextCNN (widths 3, 4, 5\n"
    "of 100 filters, dropout 0.5) and the GRU (state 64) train with Adam; naive\n"
    "Bayes counts. Prints, as blocks of a data file, the test accuracy, spam's\n"
    "precision and recall, the confusion matrix, the learning curve, and the\n"
    "n-grams of the test e-mails that TextCNN's filters answer most.\n";

/* The corpus as the models read it: ids (count, len), lengths, labels. */
typedef struct {
    size_t count, len;
    size_t *ids, *lens, *spam;
    const size_t **rows;         /* (count): row k of ids, for the GRU */
} Encoded;

/* Encodes e-mails which[0..n) of e with the words of lex. */
static Encoded encode(const Emails *e, const size_t *which, size_t n, const Lexicon *lex,
                      size_t len)
{
    Encoded d = {n, len, mem_alloc(n * len, sizeof(size_t)), mem_alloc(n, sizeof(size_t)),
                 mem_alloc(n, sizeof(size_t)), mem_alloc(n, sizeof(size_t *))};
    for (size_t k = 0; k < n; k++) {
        const size_t i = which[k];
        size_t *row = &d.ids[k * len], at = 0, t = 0, word_len;
        char word[WORD_MAX_LEN + 1];
        while (t < len && word_next(e->texts[i], e->lens[i], &at, word, &word_len)) {
            size_t id = lexicon_find(lex, word, word_len);
            row[t++] = id == LEXICON_NONE ? VOCAB_UNK : id;
        }
        d.lens[k] = t > 0 ? t : 1;     /* a text without words reads as "<unk>" */
        row[0] = t > 0 ? row[0] : VOCAB_UNK;
        for (; t < len; t++)
            row[t] = VOCAB_PAD;
        d.spam[k] = e->spam[i];
        d.rows[k] = row;
    }
    return d;
}

static void encoded_free(Encoded *d)
{
    mem_free(d->ids);
    mem_free(d->lens);
    mem_free(d->spam);
    mem_free(d->rows);
}

/* What a model does on the test e-mails. */
typedef struct {
    double loss, accuracy, precision, recall;
    size_t confusion[2][2];      /* [true][predicted], 1 for spam */
} Result;

static void result_add(Result *r, size_t truth, size_t guess)
{
    r->confusion[truth][guess]++;
}

/* Fills in the rates from the confusion matrix of n e-mails. */
static void result_rates(Result *r, size_t n)
{
    const size_t (*c)[2] = (const size_t (*)[2])r->confusion;
    r->accuracy = (double)(c[0][0] + c[1][1]) / (double)n;
    r->precision = c[1][1] + c[0][1] ? (double)c[1][1] / (double)(c[1][1] + c[0][1]) : 0.0;
    r->recall = c[1][1] + c[1][0] ? (double)c[1][1] / (double)(c[1][1] + c[1][0]) : 0.0;
}

/* Naive Bayes: trains on train (the counts of each word in each class,
   add-one smoothed) and measures on test. */
static Result naive_bayes(const Encoded *train, const Encoded *test, size_t vocab)
{
    double *counts = mem_alloc(2 * vocab, sizeof counts[0]), total[2] = {0, 0};
    size_t docs[2] = {0, 0};
    for (size_t i = 0; i < 2 * vocab; i++)
        counts[i] = 1.0;                                      /* add-one */
    for (size_t k = 0; k < train->count; k++) {
        docs[train->spam[k]]++;
        for (size_t t = 0; t < train->lens[k]; t++)
            counts[train->spam[k] * vocab + train->ids[k * train->len + t]] += 1.0;
    }
    for (size_t c = 0; c < 2; c++)
        for (size_t id = 0; id < vocab; id++)
            total[c] += counts[c * vocab + id];
    Result r = {0};
    for (size_t k = 0; k < test->count; k++) {
        double score[2];
        for (size_t c = 0; c < 2; c++) {
            score[c] = log((double)docs[c] / (double)train->count);
            for (size_t t = 0; t < test->lens[k]; t++)
                score[c] += log(counts[c * vocab + test->ids[k * test->len + t]] / total[c]);
        }
        result_add(&r, test->spam[k], score[1] > score[0]);
    }
    result_rates(&r, test->count);
    mem_free(counts);
    return r;
}

/* A model that trains: TextCNN or the GRU, its e-mails, room for a batch. */
typedef struct {
    size_t kind;
    TextCnn cnn;
    SeqModel gru;
    Params *params;
    const Encoded *train, *test;
    size_t batch;
    Rng *rng;                    /* TextCNN's dropout */
    size_t *ids, *targets;       /* (batch, len), (batch) */
    const size_t **rows;         /* (batch) */
    size_t *lens;                /* (batch) */
    Result result;               /* the last test */
} Net;

/* The mean loss of net on e-mails which[0..n) of d, n <= the batch; with
   backward, its gradient added to net->params->grad (with rng, TextCNN
   drops out). The logits are left in *logits, (n, 2). */
static double net_loss(Net *net, const Encoded *d, const size_t *which, size_t n,
                       bool backward, Rng *rng, const double **logits)
{
    for (size_t b = 0; b < n; b++) {
        memcpy(&net->ids[b * d->len], &d->ids[which[b] * d->len], d->len * sizeof net->ids[0]);
        net->rows[b] = &net->ids[b * d->len];
        net->lens[b] = d->lens[which[b]];
        net->targets[b] = d->spam[which[b]];
    }
    if (net->kind == TEXTCNN) {
        *logits = textcnn_forward(&net->cnn, net->ids, n, rng);
        return textcnn_loss(&net->cnn, net->targets, n, backward);
    }
    double loss = seqmodel_class_loss(&net->gru, net->rows, net->lens, n, net->targets,
                                      backward);
    *logits = net->gru.logits;
    return loss;
}

/* The loss and the rates of net on all of d, in batches of size batch. */
static Result measure(Net *net, const Encoded *d, size_t batch)
{
    Result r = {0};
    size_t which[4096];
    for (size_t k = 0; k < d->count; k += batch) {
        const size_t n = d->count - k < batch ? d->count - k : batch;
        for (size_t b = 0; b < n; b++)
            which[b] = k + b;
        const double *z;
        r.loss += net_loss(net, d, which, n, false, NULL, &z) * (double)n / (double)d->count;
        for (size_t b = 0; b < n; b++)
            result_add(&r, d->spam[k + b], z[2 * b + 1] > z[2 * b]);
    }
    result_rates(&r, d->count);
    return r;
}

/* Prints word as a label: a byte from 0x80 up as "?", a quote as "'". */
static void print_word(const char *word)
{
    for (const unsigned char *p = (const unsigned char *)word; *p; p++)
        putchar(*p >= 0x80 ? '?' : *p == '"' ? '\'' : *p);
}

/* A filter and how much its maximum pushes towards spam. */
typedef struct {
    double score;
    size_t index;
} Ranked;

/* qsort's order of Ranked: the largest score first. */
static int by_score(const void *a, const void *b)
{
    const Ranked *p = a, *q = b;
    return p->score < q->score ? 1 : p->score > q->score ? -1 : 0;
}

/* For the SHOW_FILTERS filters of TextCNN whose maxima push most towards
   spam and the SHOW_FILTERS most towards ham (the difference of their two
   weights in the linear layer), the n-gram of the test e-mails each answers
   most: "rank weight activation width "words"" lines. */
static void print_ngrams(Net *net, const Encoded *test, const Lexicon *lex, size_t batch)
{
    TextCnn *m = &net->cnn;
    const size_t J = m->features, F = m->s.filters;
    double *best = mem_alloc(J, sizeof best[0]);
    size_t *where = mem_alloc(2 * J, sizeof where[0]), which[4096];
    for (size_t f = 0; f < J; f++)
        best[f] = -1.0;
    for (size_t k = 0; k < test->count; k += batch) {
        const size_t n = test->count - k < batch ? test->count - k : batch;
        for (size_t b = 0; b < n; b++)
            which[b] = k + b;
        const double *z;
        net_loss(net, test, which, n, false, NULL, &z);
        for (size_t b = 0; b < n; b++)
            for (size_t f = 0; f < J; f++)
                if (m->pooled[b * J + f] > best[f]) {
                    best[f] = m->pooled[b * J + f];
                    where[2 * f] = k + b;
                    where[2 * f + 1] = m->arg[f / F * m->max_batch * F + b * F + f % F];
                }
    }
    const double *w = params_at(&m->params, m->params.count - 2);   /* fc.weight (2, J) */
    Ranked *order = mem_alloc(J, sizeof order[0]);
    for (size_t f = 0; f < J; f++)
        order[f] = (Ranked){w[J + f] - w[f], f};
    qsort(order, J, sizeof order[0], by_score);
    printf("rank\tweight\tactivation\twidth\tngram\n");
    for (size_t r = 0; r < 2 * SHOW_FILTERS; r++) {
        const size_t f = order[r < SHOW_FILTERS ? r : J - 2 * SHOW_FILTERS + r].index;
        const size_t width = m->s.width[f / F];
        printf("%zu\t%.4f\t%.4f\t%zu\t\"", r + 1, w[J + f] - w[f], best[f], width);
        for (size_t t = 0; t < width; t++) {
            print_word(lex->words[test->ids[where[2 * f] * test->len + where[2 * f + 1] + t]]);
            printf(t + 1 < width ? " " : "\"\n");
        }
    }
    mem_free(order);
    mem_free(best);
    mem_free(where);
}

/* A Learner's step: e-mails which[0..n) of the training set; the GRU's
   update clips the gradient's norm to 5 first. */
static double train_step(void *model, const size_t *which, size_t n, Optim *opt)
{
    Net *net = model;
    const double *z;
    const double loss = net_loss(net, net->train, which, n, true, net->rng, &z);
    if (net->kind == GRU)
        seqmodel_update(&net->gru, opt, 5.0);
    else {
        optim_step(opt, net->params->data, net->params->grad);
        params_zero_grad(net->params);
    }
    return loss;
}

/* A Learner's test: measure on the test e-mails, keeping the result. */
static void test_step(void *model, double *loss, double *accuracy)
{
    Net *net = model;
    net->result = measure(net, net->test, net->batch);
    *loss = net->result.loss;
    *accuracy = net->result.accuracy;
}

/* Prints and reports the results on the test e-mails. */
static void report(const Result *r)
{
    printf("\n\naccuracy\tprecision\trecall\n%.6g\t%.6g\t%.6g\n", r->accuracy, r->precision,
           r->recall);
    printf("\n\ntrue\tpredicted\tcount\n");
    for (size_t t = 0; t < 2; t++)
        for (size_t p = 0; p < 2; p++)
            printf("%s\t%s\t%zu\n", t ? "spam" : "ham", p ? "spam" : "ham", r->confusion[t][p]);
    value_report("test_accuracy", r->accuracy);
    value_report("precision", r->precision);
    value_report("recall", r->recall);
    value_report("ham_as_spam", (double)r->confusion[0][1]);
    value_report("spam_as_ham", (double)r->confusion[1][0]);
}

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *dir = "build/data/spam-assassin";
    size_t model = TEXTCNN, epochs = 5, batch = 32, len = 400, words = 20000, embed = 128;
    size_t seed = 0, every = 25, stop_after = 0;
    double lr = 0.001;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *arg = cli_value(PROG, argc, argv, &i);
        const CliSizeOption sizes[] = {
            {"--epochs", &epochs, 1, 1000}, {"--batch", &batch, 1, 4096},
            {"--len", &len, 5, 4096}, {"--words", &words, 3, 1000000},
            {"--embed", &embed, 1, 1024}, {"--seed", &seed, 0, 4294967295u},
            {"--every", &every, 1, 1000000}, {"--stop-after", &stop_after, 1, 100000000}};
        if (cli_size_option(PROG, opt, arg, sizes, sizeof sizes / sizeof sizes[0]))
            continue;
        if (strcmp(opt, "--model") == 0)
            model = cli_choice(PROG, opt, arg, MODELS, 3);
        else if (strcmp(opt, "--lr") == 0)
            lr = cli_positive(PROG, opt, arg, 10.0);
        else if (strcmp(opt, "--data") == 0)
            dir = arg;
        else
            cli_usage_error(PROG, "unknown option", opt, NULL);
    }
    Emails e;
    char why[256];
    if (!emails_read(dir, &e, why, sizeof why)) {
        fprintf(stderr, "%s: error: %s, %s (make deps unpacks the corpus into "
                "build/data/spam-assassin)\n", PROG, why, dir);
        return 1;
    }
    size_t *which = mem_alloc(e.count, sizeof which[0]), n_test = 0, spam[2] = {0, 0};
    for (size_t i = 0; i < e.count; i++)                      /* the test ones last */
        n_test += i % 5 == 4;
    for (size_t i = 0, a = 0, b = e.count - n_test; i < e.count; i++) {
        which[i % 5 == 4 ? b++ : a++] = i;
        spam[i % 5 == 4] += e.spam[i];
    }
    const size_t n_train = e.count - n_test;
    Lexicon seen = lexicon_new();
    for (size_t k = 0; k < n_train; k++) {
        const size_t i = which[k];
        size_t at = 0, word_len;
        char word[WORD_MAX_LEN + 1];
        while (word_next(e.texts[i], e.lens[i], &at, word, &word_len))
            lexicon_add(&seen, word, word_len);
    }
    Lexicon lex = lexicon_top(&seen, 2, words);
    Encoded tr = encode(&e, which, n_train, &lex, len), te = encode(&e, which + n_train,
                                                                     n_test, &lex, len);
    printf("# %s on SpamAssassin: %zu training e-mails (%zu spam), %zu test (%zu spam), "
           "%zu words seen, %zu kept\n", MODELS[model], n_train, spam[0], n_test, spam[1],
           seen.count, lex.count);
    value_report("emails", (double)e.count);
    value_report("train", (double)n_train);
    value_report("test", (double)n_test);
    value_report("train_spam", (double)spam[0]);
    value_report("test_spam", (double)spam[1]);
    value_report("majority_accuracy", (double)(n_test - spam[1]) / (double)n_test);
    value_report("words_seen", (double)seen.count);
    value_report("words", (double)lex.count);
    Result r = {0};
    bool finished = true;
    Net net = {.kind = model, .train = &tr, .test = &te, .batch = batch};
    if (model == BAYES) {
        printf("step\tepoch\ttrain_loss\ttest_loss\ttest_accuracy\n");
        r = naive_bayes(&tr, &te, lex.count);
    } else {
        Randn g;
        randn_seed(&g, (uint32_t)seed);
        if (model == TEXTCNN) {
            const TextCnnShape shape = {lex.count, embed, 3, {3, 4, 5}, 100, 2, len, 0.5};
            net.cnn = textcnn_new(&shape, batch, &g);
            net.params = &net.cnn.params;
        } else {
            net.gru = seqmodel_new(CELL_GRU, lex.count, embed, 64, 2, len, batch, &g);
            net.params = &net.gru.params;
        }
        value_report("parameters", (double)net.params->size);
        net.ids = mem_alloc(batch * len, sizeof net.ids[0]);
        net.targets = mem_alloc(batch, sizeof net.targets[0]);
        net.lens = mem_alloc(batch, sizeof net.lens[0]);
        net.rows = mem_alloc(batch, sizeof net.rows[0]);
        net.rng = &g.rng;
        const Learner learner = {&net, net.params->size, tr.count, train_step, test_step};
        Schedule schedule = {PROG, optim_defaults(OPTIM_ADAM), epochs, batch, every, stop_after};
        schedule.optim.lr = lr;
        finished = epochs_train(&learner, &schedule, &g.rng);
        r = net.result;
    }
    if (finished) {
        value_report("epochs", (double)epochs);
        report(&r);
        if (model == TEXTCNN) {
            printf("\n\n");
            print_ngrams(&net, &te, &lex, batch);
        }
    }
    if (model == TEXTCNN)
        textcnn_free(&net.cnn);
    if (model == GRU)
        seqmodel_free(&net.gru);
    if (model != BAYES) {
        mem_free(net.ids);
        mem_free(net.targets);
        mem_free(net.lens);
        mem_free(net.rows);
    }
    encoded_free(&tr);
    encoded_free(&te);
    lexicon_free(&lex);
    lexicon_free(&seen);
    mem_free(which);
    emails_free(&e);
    return cli_finish(PROG);
}
