/* test_ch07_textcnn.c: TextCNN (models/textcnn) against the source text's
   model in PyTorch float64 (tests/reference/ch07_textcnn.py): the logits,
   the loss and every parameter's gradient, without dropout and with the
   mask that Python's random draws; then the gradient with dropout against
   central differences. With an argument, makes a mistake that must stop
   the program: "wide" (a width longer than the texts), "batch" (a batch
   larger than allocated). */
#include "check.h"
#include "models/textcnn.h"

#include <stdio.h>
#include <string.h>

static const double TOL = 1e-12;

/* The reference's shape: 13 words of 5, widths 2, 3, 4 of 4 filters, 3
   classes, texts of 7 ids, dropout 0.5. */
static const TextCnnShape SHAPE = {13, 5, 3, {2, 3, 4}, 4, 3, 7, 0.5};
enum { BATCH = 3 };

typedef struct {
    TextCnn *m;
    const size_t *ids, *t;
} Batch;

/* GradcheckLoss: the loss with the dropout mask of random.seed(5). */
static double train_loss(void *ctx)
{
    Batch *b = ctx;
    Rng rng;
    rng_seed_python(&rng, 5);
    textcnn_forward(b->m, b->ids, BATCH, &rng);
    return textcnn_loss(b->m, b->t, BATCH, false);
}

/* Runs m forward (with dropout if rng) and backward and compares the
   logits, the loss and the gradients with those of run. */
static void check_run(const Fixture *f, const char *run, TextCnn *m, const size_t *ids,
                      const size_t *t, Rng *rng)
{
    char what[96], grad[PARAMS_NAME_SIZE + 8];
    params_zero_grad(&m->params);
    const double *logits = textcnn_forward(m, ids, BATCH, rng);
    snprintf(what, sizeof what, "%s: logits", run);
    check_fixture(what, f, run, "logits", logits, BATCH * SHAPE.classes, TOL);
    double loss = textcnn_loss(m, t, BATCH, true);
    snprintf(what, sizeof what, "%s: loss", run);
    check_fixture(what, f, run, "loss", &loss, 1, TOL);
    for (size_t i = 0; i < m->params.count; i++) {
        snprintf(grad, sizeof grad, "%s_grad", m->params.part[i].name);
        snprintf(what, sizeof what, "%s: d %s", run, m->params.part[i].name);
        check_fixture(what, f, run, grad, params_grad_at(&m->params, i),
                      m->params.part[i].size, TOL);
    }
}

int main(int argc, char **argv)
{
    Randn g;
    randn_seed(&g, 0);
    if (argc > 1) {
        TextCnnShape s = SHAPE;
        s.width[2] = strcmp(argv[1], "wide") == 0 ? 8 : 4;
        TextCnn m = textcnn_new(&s, 2, &g);
        size_t ids[BATCH * 7] = {0};
        textcnn_forward(&m, ids, BATCH, NULL);
        return 0;
    }
    Fixture *f = fixture_load("tests/fixtures/ch07_textcnn.txt");
    TextCnn m = textcnn_new(&SHAPE, BATCH, &g);
    for (size_t i = 0; i < m.params.count; i++) {
        size_t n;
        const double *want = fixture_values(f, m.params.part[i].name, &n);
        check_true(m.params.part[i].name, n == m.params.part[i].size, "%zu numbers, PyTorch %zu",
                   m.params.part[i].size, n);
        memcpy(params_at(&m.params, i), want, n * sizeof want[0]);
    }
    size_t ids[BATCH * 7], t[BATCH], n;
    const double *ids_f = fixture_values(f, "ids", &n), *t_f = fixture_values(f, "t", &n);
    for (size_t i = 0; i < BATCH * SHAPE.len; i++)
        ids[i] = (size_t)ids_f[i];
    for (size_t b = 0; b < BATCH; b++)
        t[b] = (size_t)t_f[b];
    check_run(f, "eval", &m, ids, t, NULL);
    Rng rng;
    rng_seed_python(&rng, 5);
    check_run(f, "train", &m, ids, t, &rng);
    check_close("dropout mask", m.mask, fixture_values(f, "mask", &n), BATCH * m.features, 0.0);
    Batch b = {&m, ids, t};
    const size_t E = SHAPE.embed;   /* row 0 pads: it has no gradient */
    check_gradient("gradient of the loss with dropout", train_loss, &b, m.params.data + E,
                   m.params.grad + E, m.params.size - E, 1e-6, 1e-7);
    textcnn_free(&m);
    fixture_free(f);
    return check_finish("test_ch07_textcnn");
}
