/* image_classifier: trains a logistic regression, a multilayer perceptron
   or the source text's convolutional network on the digits or on
   Fashion-MNIST (chapter 7), and prints, as blocks of a data file, its
   learning curve, its confusion matrix on the test images, the first
   layer's filters, one image's feature maps and misclassified images. */
#include "core/cli.h"
#include "core/mem.h"
#include "core/shuffle.h"
#include "core/textfile.h"
#include "core/values.h"
#include "data/digits.h"
#include "data/fashion.h"
#include "models/image_nets.h"
#include "optim/epochs.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const PROG = "image_classifier";

enum { MAX_CLASSES = 10, SHOW_MAPS = 8, SHOW_WRONG = 8, CAPTION_ROWS = 9 };

/* --help prints this. */
static const char USAGE[] =
    "usage: image_classifier [--data digits|fashion] [--model logistic|mlp|cnn]\n"
    "                        [--epochs 5] [--batch 64] [--lr 0.001] [--seed 0]\n"
    "                        [--every 100] [--stop-after STEPS]\n"
    "                        [--fashion build/data/fashion-mnist]\n"
    "Trains a classifier of images (chapter 7) with Adam and prints its learning\n"
    "curve (the mean training loss of every --every steps, the test loss and\n"
    "accuracy after each epoch), then the confusion matrix of the test images,\n"
    "the first layer's filters, the feature maps of the first test image and\n"
    "the first misclassified test images, as blocks of a data file. The digits\n"
    "are split into 1437 for training and 360 for test; Fashion-MNIST has its\n"
    "own 60000 and 10000. --stop-after ends the program after that many steps,\n"
    "with the beginning of the full run's output.\n";

/* What a classifier does on a set of images. */
typedef struct {
    double loss, accuracy;
    size_t confusion[MAX_CLASSES][MAX_CLASSES];   /* [true class][predicted] */
    size_t wrong[SHOW_WRONG], guess[SHOW_WRONG], wrong_count;
} Measured;

/* The class of the largest of the k logits z. */
static size_t argmax(const double *z, size_t k)
{
    size_t best = 0;
    for (size_t c = 1; c < k; c++)
        best = z[c] > z[best] ? c : best;
    return best;
}

/* The mean loss, the accuracy, the confusion matrix and the first
   misclassified images of m on s, in batches of m->max_batch, with x and t
   as room for a batch. */
static void measure(Sequential *m, const Images *s, double *x, size_t *t, Measured *r)
{
    *r = (Measured){0};
    size_t which[4096], right = 0;
    for (size_t k = 0; k < s->count; k += m->max_batch) {
        size_t n = s->count - k < m->max_batch ? s->count - k : m->max_batch;
        for (size_t b = 0; b < n; b++)
            which[b] = k + b;
        images_batch(s, which, n, x, t);
        const double *z = sequential_forward(m, x, n);
        r->loss += sequential_loss(m, t, n, false) * (double)n / (double)s->count;
        for (size_t b = 0; b < n; b++) {
            size_t guess = argmax(&z[b * s->classes], s->classes);
            r->confusion[t[b]][guess]++;
            right += guess == t[b];
            if (guess != t[b] && r->wrong_count < SHOW_WRONG) {
                r->wrong[r->wrong_count] = k + b;
                r->guess[r->wrong_count++] = guess;
            }
        }
    }
    r->accuracy = (double)right / (double)s->count;
}

/* What image_classifier trains: a network, its images, room for a batch. */
typedef struct {
    Sequential *m;
    const Images *train, *test;
    double *x;                   /* (batch, height, width) */
    size_t *t;                   /* (batch) */
    Measured measured;           /* the last test */
} Training;

/* A Learner's step: images which[0..n) of the training set. */
static double train_step(void *model, const size_t *which, size_t n, Optim *opt)
{
    Training *tr = model;
    images_batch(tr->train, which, n, tr->x, tr->t);
    sequential_forward(tr->m, tr->x, n);
    const double loss = sequential_loss(tr->m, tr->t, n, true);
    optim_step(opt, tr->m->params.data, tr->m->params.grad);
    params_zero_grad(&tr->m->params);
    return loss;
}

/* A Learner's test: measure on the test images. */
static void test_step(void *model, double *loss, double *accuracy)
{
    Training *tr = model;
    measure(tr->m, tr->test, tr->x, tr->t, &tr->measured);
    *loss = tr->measured.loss;
    *accuracy = tr->measured.accuracy;
}

/* Prints count panels of height x width cells, per_row in a row, one cell
   between them, as "x y value" lines (y downwards, every cell of the
   grid): panel p's cell (r, q) is pixel(p, r, q, ctx), 0 (drawn white)
   outside the panels. */
static void print_panels(size_t count, size_t per_row, size_t height, size_t width,
                         double (*pixel)(size_t, size_t, size_t, const void *),
                         const void *ctx)
{
    size_t rows = (count + per_row - 1) / per_row;
    for (size_t y = 0; y < rows * (height + 1) - 1; y++)
        for (size_t x = 0; x < per_row * (width + 1) - 1; x++) {
            size_t p = y / (height + 1) * per_row + x / (width + 1);
            size_t r = y % (height + 1), q = x % (width + 1);
            double v = p < count && r < height && q < width ? pixel(p, r, q, ctx) : 0.0;
            printf("%zu\t%zu\t%.6g\n", x, y, v);
        }
}

/* A first layer's filters, of height x width numbers each, with blank
   rows below each. */
typedef struct {
    const double *w;
    size_t height, width;
} Filters;

static double filter_pixel(size_t p, size_t r, size_t q, const void *ctx)
{
    const Filters *f = ctx;
    if (r >= f->height)                   /* the room for a caption */
        return 0.0;
    return f->w[(p * f->height + r) * f->width + q];
}

/* Images of a set, as numbers from 0 to 1: which[p] is panel p's image,
   with blank rows below it. */
typedef struct {
    const Images *s;
    const size_t *which;
} Shown;

static double image_pixel(size_t p, size_t r, size_t q, const void *ctx)
{
    const Shown *v = ctx;
    if (r >= v->s->height)                /* the room for a caption */
        return 0.0;
    size_t i = (v->which[p] * v->s->height + r) * v->s->width + q;
    return (double)v->s->pixels[i] / (double)v->s->ink;
}

/* An input image (panel 0) and the first of a layer's maps for it, each
   map scaled by its largest value. */
typedef struct {
    const double *x, *maps;
    size_t height, width, map_height, map_width;
    double top[SHOW_MAPS];
} Maps;

static double map_pixel(size_t p, size_t r, size_t q, const void *ctx)
{
    const Maps *v = ctx;
    if (p == 0)
        return v->x[r * v->width + q];
    if (r >= v->map_height || q >= v->map_width)
        return 0.0;
    double y = v->maps[((p - 1) * v->map_height + r) * v->map_width + q];
    return v->top[p - 1] > 0.0 ? y / v->top[p - 1] : 0.0;
}

/* Prints the first layer's filters of m: a convolution's kernels (at most
   32, 8 in a row), or a linear layer's rows (at most 10, 5 in a row, with
   room for captions) as images like those of s. */
static void print_filters(const Sequential *m, const Images *s)
{
    const Layer *first = m->layer;
    while (first->kind != LAYER_CONV && first->kind != LAYER_LINEAR)
        first++;
    const ParamPart *w = &m->params.part[first->weight];
    Filters f = {params_at(&m->params, first->weight), s->height, s->width};
    if (first->kind == LAYER_CONV)
        f.height = f.width = w->shape[2];
    const bool conv = first->kind == LAYER_CONV;
    size_t most = conv ? 32 : 10, count = w->shape[0];
    count = count < most ? count : most;
    printf("\n\n# filters: the first %zu of the first layer, %zu x %zu each\n", count,
           f.height, f.width);
    print_panels(count, conv ? 8 : 5, f.height + (conv ? 0 : CAPTION_ROWS), f.width,
                 filter_pixel, &f);
}

/* Prints test image 0 of s and its first SHOW_MAPS maps after m's first
   rectifier that follows a convolution (nothing without one), three in a
   row; x is room for one image. */
static void print_maps(Sequential *m, const Images *s, double *x)
{
    size_t i = 1, label;
    while (i < m->count && !(m->layer[i].kind == LAYER_RELU && m->layer[i - 1].kind == LAYER_CONV))
        i++;
    printf("\n\n# maps: test image 0 and its first %d maps after the first rectifier\n",
           SHOW_MAPS);
    if (i >= m->count)
        return;
    const Layer *l = &m->layer[i];
    images_batch(s, &(size_t){0}, 1, x, &label);
    sequential_forward(m, x, 1);
    Maps v = {x, l->y, s->height, s->width, l->height, l->width, {0}};
    for (size_t c = 0; c < SHOW_MAPS && c < l->channels; c++)
        for (size_t k = 0; k < l->height * l->width; k++)
            v.top[c] = fmax(v.top[c], l->y[c * l->height * l->width + k]);
    size_t count = 1 + (l->channels < SHOW_MAPS ? l->channels : SHOW_MAPS);
    print_panels(count, 3, s->height, s->width, map_pixel, &v);
}

/* Prints the blocks that follow the learning curve, each after two blank
   lines and a comment: the confusion matrix r of m on the test images s,
   the first layer's filters, an image's maps, and the first misclassified
   test images, then their true and predicted classes; x is room for one
   image. */
static void print_pictures(Sequential *m, const Images *s, const Measured *r, double *x)
{
    printf("\n\n# confusion: true class, predicted class, test images\n");
    for (size_t c = 0; c < s->classes; c++)
        for (size_t g = 0; g < s->classes; g++)
            printf("%zu\t%zu\t%zu\n", c, g, r->confusion[c][g]);
    print_filters(m, s);
    print_maps(m, s, x);
    Shown v = {s, r->wrong};
    printf("\n\n# wrong: the first %zu misclassified test images\n", r->wrong_count);
    if (r->wrong_count > 0)                 /* 4 in a row, with room for captions */
        print_panels(r->wrong_count, 4, s->height + CAPTION_ROWS, s->width, image_pixel, &v);
    printf("\n\n# classes: panel, test image, true class, predicted class\n");
    for (size_t p = 0; p < r->wrong_count; p++)
        printf("%zu\t%zu\t%u\t%zu\n", p, r->wrong[p], s->labels[r->wrong[p]], r->guess[p]);
}

/* Reports the class that r recognises worst, its accuracy, and the most
   frequent confusion of one class for another, of n classes. */
static void report_confusion(const Measured *r, size_t n)
{
    size_t worst = 0, most = 0, total[MAX_CLASSES] = {0};
    for (size_t c = 0; c < n; c++)
        for (size_t g = 0; g < n; g++) {
            total[c] += r->confusion[c][g];
            most = g != c && r->confusion[c][g] > most ? r->confusion[c][g] : most;
        }
    for (size_t c = 1; c < n; c++)
        if (r->confusion[c][c] * total[worst] < r->confusion[worst][worst] * total[c])
            worst = c;
    value_report("worst_class", (double)worst);
    value_report("worst_class_accuracy",
                 (double)r->confusion[worst][worst] / (double)total[worst]);
    value_report("most_confused", (double)most);
}

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    static const char *const DATA[] = {"digits", "fashion"};
    const char *fashion_dir = "build/data/fashion-mnist";
    size_t data = 0, model = IMAGE_NET_CNN, epochs = 5, batch = 64, seed = 0, every = 100;
    size_t stop_after = 0;
    double lr = 0.001;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *arg = cli_value(PROG, argc, argv, &i);
        const CliSizeOption sizes[] = {
            {"--epochs", &epochs, 1, 1000}, {"--batch", &batch, 1, 4096},
            {"--seed", &seed, 0, 4294967295u}, {"--every", &every, 1, 1000000},
            {"--stop-after", &stop_after, 1, 100000000}};
        if (cli_size_option(PROG, opt, arg, sizes, sizeof sizes / sizeof sizes[0]))
            continue;
        if (strcmp(opt, "--data") == 0)
            data = cli_choice(PROG, opt, arg, DATA, 2);
        else if (strcmp(opt, "--model") == 0)
            model = cli_choice(PROG, opt, arg, IMAGE_NET_NAMES, 3);
        else if (strcmp(opt, "--lr") == 0)
            lr = cli_positive(PROG, opt, arg, 10.0);
        else if (strcmp(opt, "--fashion") == 0)
            fashion_dir = arg;
        else
            cli_usage_error(PROG, "unknown option", opt, NULL);
    }
    Images train, test;
        char why[TEXTFILE_WHY_SIZE];
        if (data == 0) {
            Images all;
            if (!digits_read("data/digits.csv", &all, why, sizeof why)) {
                fprintf(stderr, "%s: error: %s, data/digits.csv\n", PROG, why);
                return 1;
            }
            size_t *order = mem_alloc(all.count, sizeof order[0]), n_test = (all.count + 4) / 5;
            Rng split;                    /* the same split for every --seed */
            rng_seed_python(&split, 0);
            for (size_t i = 0; i < all.count; i++)
                order[i] = i;
            shuffle(&split, order, all.count, sizeof order[0]);
            train = images_select(&all, order, all.count - n_test);
            test = images_select(&all, order + all.count - n_test, n_test);
            mem_free(order);
            images_free(&all);
        } else if (!fashion_read(fashion_dir, "train", &train, why, sizeof why)
                   || !fashion_read(fashion_dir, "t10k", &test, why, sizeof why)) {
            fprintf(stderr, "%s: error: %s, %s (make deps unpacks Fashion-MNIST into "
                    "build/data/fashion-mnist)\n", PROG, why, fashion_dir);
            return 1;
        }
    Rng rng;
    rng_seed_python(&rng, seed);
    Sequential m = image_net_new((ImageNetKind)model, train.height, train.width, train.classes);
    sequential_alloc(&m, batch, &rng);
    printf("# %s on %s: %zu training and %zu test images of %zu x %zu, %zu parameters\n",
           IMAGE_NET_NAMES[model], DATA[data], train.count, test.count, train.height, train.width,
           m.params.size);
    value_report("parameters", (double)m.params.size);
    value_report("train", (double)train.count);
    value_report("test", (double)test.count);
        size_t *t = mem_alloc(batch, sizeof t[0]);
        double *x = mem_alloc(batch * train.height * train.width, sizeof x[0]);
        Training tr = {.m = &m, .train = &train, .test = &test, .x = x, .t = t};
        const Learner learner = {&tr, m.params.size, train.count, train_step, test_step};
        Schedule schedule = {PROG, optim_defaults(OPTIM_ADAM), epochs, batch, every, stop_after};
        schedule.optim.lr = lr;
        const bool stopped = !epochs_train(&learner, &schedule, &rng);
        const Measured r = tr.measured;
        mem_free(t);
    if (!stopped) {
        value_report("epochs", (double)epochs);
        value_report("test_accuracy", r.accuracy);
        value_report("test_loss", r.loss);
        report_confusion(&r, test.classes);
        print_pictures(&m, &test, &r, x);
    }
    mem_free(x);
    sequential_free(&m);
    images_free(&train);
    images_free(&test);
    return cli_finish(PROG);
}
