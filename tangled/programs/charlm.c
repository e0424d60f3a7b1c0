/* charlm: a character-level RNN language model trained on names with
   truncated backpropagation through time; prints a report with samples,
   the validation curve for several truncation windows, or the norm of the
   gradient against the distance in time. */
#include "core/checkpoint.h"
#include "core/cli.h"
#include "core/mem.h"
#include "core/randn.h"
#include "core/shuffle.h"
#include "core/textfile.h"
#include "core/values.h"
#include "core/vec.h"
#include "data/names.h"
#include "data/vocab.h"
#include "models/char_rnn.h"
#include "nn/embedding.h"
#include "nn/linear.h"
#include "nn/softmax.h"
#include "optim/clip.h"
#include "optim/optim.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_CORPORA = 8, MAX_RUNS = 8, MAX_NAME = 24 };

typedef struct {
    const char *corpus[MAX_CORPORA];
    size_t corpora, embed, hidden, seq, batch, steps, eval_every, samples, runs;
    size_t bptt[MAX_RUNS];          /* the truncation windows, one run each */
    size_t seed;
    double clip;
    const char *optim, *print;
    const char *load, *save;        /* checkpoints to start from, to write */
} Options;

typedef struct {
    Vocab vocab;
    size_t *train, *val;            /* the two texts as ids */
    size_t train_len, val_len;
    NameList list;                  /* the distinct names, shuffled */
    size_t val_first;               /* names[val_first..count) are validation */
} Corpus;

static Corpus read_corpus(const Options *o, Rng *rng)
{
    const char *prog = "charlm";
    char why[TEXTFILE_WHY_SIZE];
    size_t bad;
    Corpus c = {vocab_new(), NULL, NULL, 0, 0, {NULL, NULL, 0}, 0};
    if (!names_read(o->corpus, o->corpora, &c.list, why, sizeof why, &bad))
        cli_usage_error(prog, why, "--corpus", o->corpus[bad]);
    const size_t count = c.list.count;
    if (count < 2)
        cli_usage_error(prog, "fewer than two names in the corpus", "--corpus",
                        o->corpus[0]);
    shuffle(rng, c.list.names, count, sizeof c.list.names[0]);
    c.val_first = count - (count / 10 > 0 ? count / 10 : 1);
    char *train = names_join(c.list.names, c.val_first);
    char *val = names_join(c.list.names + c.val_first, count - c.val_first);
    vocab_add_text(&c.vocab, train, VOCAB_CHARS);
    c.train = mem_alloc(strlen(train), sizeof(size_t));
    c.val = mem_alloc(strlen(val), sizeof(size_t));
    c.train_len = vocab_encode(&c.vocab, train, VOCAB_CHARS, c.train, strlen(train));
    c.val_len = vocab_encode(&c.vocab, val, VOCAB_CHARS, c.val, strlen(val));
    mem_free(train);
    mem_free(val);
    if (c.train_len / o->batch < o->seq + 1) {
        char what[128];
        snprintf(what, sizeof what, "the training text has %zu characters, "
                 "fewer than --batch stretches of --seq plus one", c.train_len);
        cli_usage_error(prog, what, "--seq", NULL);
    }
    return c;
}
/* ids is (len): the mean cross-entropy of predicting ids[1..len). */
static double text_loss(CharRnn *m, const size_t *ids, size_t len)
{
    double *state = mem_alloc(m->hidden, sizeof state[0]), sum = 0.0;
    for (size_t pos = 0; pos + 1 < len; pos += m->max_len) {
        size_t T = len - 1 - pos < m->max_len ? len - 1 - pos : m->max_len;
        const size_t *stretch = &ids[pos];
        sum += (double)T * char_rnn_loss(m, &stretch, 1, T, state, false, RNN_FULL);
    }
    mem_free(state);
    return sum / (double)(len - 1);
}
/* curve is (steps / eval_every + 1). Returns the trained model. */
static CharRnn train_model(const Options *o, const Corpus *c, size_t k,
                          double *curve)
{
    Randn g;
    randn_seed(&g, (uint32_t)o->seed);
    CharRnn m = char_rnn_new(c->vocab.count, o->embed, o->hidden, o->seq, o->batch, &g);
    char why[CHECKPOINT_WHY_SIZE];
    if (o->load && !checkpoint_load(&m.params, o->load, why, sizeof why))
        cli_usage_error("charlm", why, "--load", o->load);
    OptimConfig oc;
    Optim opt;
    optim_config_parse(o->optim, &oc, why, sizeof why);
    optim_init(&opt, &oc, m.params.size, why, sizeof why);
    double *state = mem_alloc(o->batch * o->hidden, sizeof state[0]);
    const size_t **lanes = mem_alloc(o->batch, sizeof lanes[0]);
    const size_t lane_len = c->train_len / o->batch;     /* lane b starts at b lane_len */
    curve[0] = text_loss(&m, c->val, c->val_len);
    for (size_t step = 1, pos = 0; step <= o->steps; step++, pos += o->seq) {
        if (pos + o->seq + 1 > lane_len) {
            pos = 0;
            memset(state, 0, o->batch * o->hidden * sizeof state[0]);
        }
        for (size_t b = 0; b < o->batch; b++)
            lanes[b] = &c->train[b * lane_len + pos];
        params_zero_grad(&m.params);
        char_rnn_loss(&m, lanes, o->batch, o->seq, state, true, k);
        clip_grad_norm(m.params.grad, m.params.size, o->clip);
        optim_step(&opt, m.params.data, m.params.grad);
        if (step % o->eval_every == 0) {
            curve[step / o->eval_every] = text_loss(&m, c->val, c->val_len);
            cli_check_finite("charlm", "the validation loss", curve[step / o->eval_every]);
        }
    }
    mem_free(state);
    mem_free(lanes);
    optim_free(&opt);
    if (o->save && !checkpoint_save(&m.params, o->save, why, sizeof why))
        cli_usage_error("charlm", why, "--save", o->save);
    return m;
}
/* Writes to name (MAX_NAME + 1) a name drawn from m, started and ended by
   a newline (cut at MAX_NAME bytes). */
static void sample_name(CharRnn *m, const Vocab *v, Rng *rng, char *name)
{
    double *state = mem_alloc(m->hidden, sizeof state[0]);
    double *p = mem_alloc(m->vocab, sizeof p[0]);
    size_t newline = vocab_id(v, "\n", 1), id = newline, len = 0;
    for (;;) {
        char_rnn_step(m, id, state, p);
        double u = rng_random(rng), sum = 0.0;
        for (id = 0; id + 1 < m->vocab && (sum += p[id]) <= u; id++)
            ;
        size_t bytes = strlen(v->tokens[id]);
        if (id == newline || len + bytes > MAX_NAME)
            break;
        memcpy(name + len, v->tokens[id], bytes);
        len += bytes;
    }
    name[len] = '\0';
    mem_free(p);
    mem_free(state);
}
enum { REACH = 30, REACH_SAMPLES = 200 };

/* reach is (REACH): reach[d] += the mean over REACH_SAMPLES stretches of the
   validation text of |d loss / d x| at d steps before the last step,
   where loss is the cross-entropy of the last step's prediction only. */
static void gradient_reach(CharRnn *m, const Corpus *c, double *reach)
{
    const size_t V = m->vocab, E = m->embed, H = m->hidden;
    double *x = mem_alloc(REACH * E, sizeof x[0]), *dx = mem_alloc(REACH * E, sizeof dx[0]);
    double *h = mem_alloc(REACH * H, sizeof h[0]), *dh = mem_alloc(REACH * H, sizeof dh[0]);
    double *z = mem_alloc(V, sizeof z[0]), *dz = mem_alloc(V, sizeof dz[0]);
    const size_t stride = (c->val_len - REACH - 1) / REACH_SAMPLES;
    const SeqBatch stretch = seqbatch_one(REACH);
    for (size_t s = 0; s < REACH_SAMPLES; s++) {
        const size_t *ids = &c->val[s * stride];
        embedding_forward(m->table, V, E, ids, REACH, x);
        rnn_forward(&m->rnn, x, &stretch, E, NULL, h);
        linear_forward(&h[(REACH - 1) * H], m->w_out, m->b_out, 1, H, V, z);
        memset(dz, 0, V * sizeof dz[0]);
        memset(dh, 0, REACH * H * sizeof dh[0]);
        memset(dx, 0, REACH * E * sizeof dx[0]);
        softmax_cross_entropy_backward(z, V, ids[REACH], 1.0, dz);
        linear_backward(&h[(REACH - 1) * H], m->w_out, dz, 1, H, V,
                        &dh[(REACH - 1) * H], m->d_w_out, m->d_b_out);
        rnn_backward(&m->rnn, x, &stretch, NULL, h, dh, RNN_FULL, &m->d_rnn, dx, NULL);
        for (size_t d = 0; d < REACH; d++)
            reach[d] += vec_norm(&dx[(REACH - 1 - d) * E], E) / REACH_SAMPLES;
    }
    double *blocks[6] = {x, dx, h, dh, z, dz};
    for (size_t i = 0; i < 6; i++)
        mem_free(blocks[i]);
}
/* arg is a comma-separated list of windows, whole numbers or "full". */
static size_t read_windows(const char *arg, size_t *out)
{
    size_t count = 0;
    for (const char *s = arg;; s++) {
        char word[32];
        size_t len = strcspn(s, ",");
        if (count == MAX_RUNS || len == 0 || len >= sizeof word)
            cli_usage_error("charlm", "expected at most 8 windows, numbers or full",
                            "--bptt", arg);
        memcpy(word, s, len);
        word[len] = '\0';
        out[count++] = strcmp(word, "full") == 0
                     ? RNN_FULL : cli_size("charlm", "--bptt", word, 0, 100000);
        s += len;
        if (*s == '\0')
            return count;
    }
}

static Options read_options(int argc, char **argv)
{
    const char *prog = "charlm", *prints[3] = {"report", "curve", "reach"};
    Options o = {{"data/names-female.txt", "data/names-male.txt"}, 2, 16, 64, 32, 1,
                 8000, 250, 20, 1, {RNN_FULL}, 0, 5.0, "adam:lr=0.003", "report", NULL, NULL};
    const CliSizeOption sizes[8] = {
        {"--embed", &o.embed, 1, 1024}, {"--hidden", &o.hidden, 1, 1024},
        {"--seq", &o.seq, 1, 10000}, {"--batch", &o.batch, 1, 1024},
        {"--steps", &o.steps, 0, 10000000}, {"--eval-every", &o.eval_every, 1, 10000000},
        {"--samples", &o.samples, 0, 10000}, {"--seed", &o.seed, 0, UINT32_MAX}};
    size_t corpora = 0;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *value = cli_value(prog, argc, argv, &i);
        if (cli_size_option(prog, opt, value, sizes, 8))
            continue;
        if (strcmp(opt, "--corpus") == 0 && corpora < MAX_CORPORA)
            o.corpus[corpora++] = value;
        else if (strcmp(opt, "--corpus") == 0)
            cli_usage_error(prog, "too many corpus files", opt, value);
        else if (strcmp(opt, "--bptt") == 0)
            o.runs = read_windows(value, o.bptt);
        else if (strcmp(opt, "--clip") == 0)
            o.clip = cli_positive(prog, opt, value, 1e9);
        else if (strcmp(opt, "--optim") == 0)
            o.optim = value;
        else if (strcmp(opt, "--print") == 0)
            o.print = prints[cli_choice(prog, opt, value, prints, 3)];
        else if (strcmp(opt, "--load") == 0)
            o.load = value;
        else if (strcmp(opt, "--save") == 0)
            o.save = value;
        else
            cli_usage_error(prog, "unknown option", opt, NULL);
    }
    if ((o.load || o.save) && strcmp(o.print, "report") != 0)
        cli_usage_error(prog, "--load and --save go with --print report", "--print",
                        o.print);
    if (corpora > 0)
        o.corpora = corpora;
    OptimConfig c;
    char why[OPTIM_WHY_SIZE];
    if (!optim_config_parse(o.optim, &c, why, sizeof why))
        cli_usage_error(prog, why, "--optim", o.optim);
    return o;
}
static void report_gap(const Options *o, const double *curves, size_t points)
{
    double first = 0.0, others = 0.0;
    size_t from = points - 1 - (points - 1) / 4, n = points - from;
    for (size_t i = from; i < points; i++) {
        first += curves[i];
        for (size_t r = 1; r < o->runs; r++)
            others += curves[r * points + i];
    }
    if (o->runs > 1)
        value_report("first_window_gap",
                     first / (double)n - others / (double)(n * (o->runs - 1)));
}

static void report_reach(double reach[2][REACH])
{
    const char *names[2] = {"untrained", "trained"};
    for (int k = 0; k < 2; k++) {
        char name[48];
        snprintf(name, sizeof name, "decay_%s", names[k]);
        value_report(name, pow(reach[k][0] / reach[k][REACH - 1], 1.0 / (REACH - 1)));
        snprintf(name, sizeof name, "shrink_10_%s", names[k]);
        value_report(name, reach[k][0] / reach[k][10]);
        snprintf(name, sizeof name, "shrink_far_%s", names[k]);
        value_report(name, reach[k][0] / reach[k][REACH - 1]);
    }
    value_report("distance_far", REACH - 1);
}
static void print_curves(const Options *o, const double *curves, size_t points)
{
    printf("step");
    for (size_t r = 0; r < o->runs; r++)
        if (o->bptt[r] == RNN_FULL)
            printf("\tk=full");
        else
            printf("\tk=%zu", o->bptt[r]);
    printf("\n");
    for (size_t i = 0; i < points; i++) {
        printf("%zu", i * o->eval_every);
        for (size_t r = 0; r < o->runs; r++)
            printf("\t%.10g", curves[r * points + i]);
        printf("\n");
    }
    report_gap(o, curves, points);
}

/* Where name is among the distinct names: '*' training, '+' validation, ' ' neither. */
static char name_mark(const Corpus *c, const char *name)
{
    for (size_t k = 0; k < c->list.count; k++)
        if (strcmp(c->list.names[k], name) == 0)
            return k < c->val_first ? '*' : '+';
    return ' ';
}

static void print_report(const Options *o, const Corpus *c, CharRnn *m,
                         const double *curve, size_t points, Rng *rng)
{
    printf("%zu names: %zu for training (%zu characters), %zu for validation "
           "(%zu characters); %zu symbols\n", c->list.count, c->val_first,
           c->train_len, c->list.count - c->val_first, c->val_len, c->vocab.count);
    printf("%zu parameters; %zu steps of %zu characters\n\n", m->params.size,
           o->steps, o->seq);
    printf(" step  validation loss  perplexity\n");
    for (size_t i = 0; i < points; i++)
        if (i * o->eval_every % 1000 == 0 || i + 1 == points)
            printf("%5zu  %15.4f  %10.3f\n", i * o->eval_every, curve[i],
                   exp(curve[i]));
    printf("\nsamples (* a training name, + a validation name):\n");
    size_t new_names = 0;
    for (size_t s = 0; s < o->samples; s++) {
        char name[MAX_NAME + 1];
        sample_name(m, &c->vocab, rng, name);
        printf("  %c %s\n", name_mark(c, name), name);
        new_names += name_mark(c, name) == ' ';
    }
    value_report("names", (double)c->list.count);
    value_report("train_names", (double)c->val_first);
    value_report("symbols", (double)c->vocab.count);
    value_report("parameters", (double)m->params.size);
    value_report("steps", (double)o->steps);
    value_report("samples", (double)o->samples);
    value_report("new_samples", (double)new_names);
    value_report("val_ppl_0", exp(curve[0]));
    size_t at_1000 = 1000 / o->eval_every < points ? 1000 / o->eval_every : 0;
    value_report("val_ppl_1000", exp(curve[at_1000]));
    value_report("val_ppl_final", exp(curve[points - 1]));
}

/* --help prints this. */
static const char USAGE[] =
    "usage: charlm [--corpus FILE]... [--embed 16] [--hidden 64] [--seq 32]\n"
    "              [--batch 1] [--steps 8000] [--eval-every 250] [--samples 20]\n"
    "              [--seed 0] [--bptt full|K,...] [--clip 5] [--optim adam:lr=0.003]\n"
    "              [--print report|curve|reach] [--load FILE] [--save FILE]\n"
    "Trains chapter 5's character-level RNN on names (data/names-*.txt) and\n"
    "prints a report with samples, the validation curve of each --bptt window,\n"
    "or how far back the gradient reaches. With --print report, --load starts\n"
    "from a checkpoint (written with the same --corpus, --seed and sizes) and\n"
    "--save writes the trained model to one.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    Options o = read_options(argc, argv);
    Randn g;
    randn_seed(&g, (uint32_t)o.seed);
    Corpus c = read_corpus(&o, &g.rng);
    const size_t points = o.steps / o.eval_every + 1;
    double *curves = mem_alloc(o.runs * points, sizeof curves[0]);
    if (strcmp(o.print, "curve") == 0) {
        for (size_t r = 0; r < o.runs; r++) {
            CharRnn m = train_model(&o, &c, o.bptt[r], &curves[r * points]);
            char_rnn_free(&m);
        }
        print_curves(&o, curves, points);
    } else if (strcmp(o.print, "reach") == 0) {
        if (c.val_len < REACH + 1) {        /* a stretch of REACH and its target */
            char what[96];
            snprintf(what, sizeof what, "the validation text has %zu characters, "
                     "fewer than %d", c.val_len, REACH + 1);
            cli_usage_error("charlm", what, "--print", "reach");
        }
        double reach[2][REACH] = {{0.0}};
        randn_seed(&g, (uint32_t)o.seed);
        CharRnn untrained = char_rnn_new(c.vocab.count, o.embed, o.hidden, o.seq, 1, &g);
        CharRnn trained = train_model(&o, &c, o.bptt[0], curves);
        gradient_reach(&untrained, &c, reach[0]);
        gradient_reach(&trained, &c, reach[1]);
        printf("distance\tuntrained\ttrained\n");
        for (size_t d = 0; d < REACH; d++)
            printf("%zu\t%.10g\t%.10g\n", d, reach[0][d], reach[1][d]);
        report_reach(reach);
        char_rnn_free(&untrained);
        char_rnn_free(&trained);
    } else {
        CharRnn m = train_model(&o, &c, o.bptt[0], curves);
        print_report(&o, &c, &m, curves, points, &g.rng);
        char_rnn_free(&m);
    }
    mem_free(curves);
    names_free(&c.list);
    mem_free(c.train);
    mem_free(c.val);
    vocab_free(&c.vocab);
    return cli_finish("charlm");
}
