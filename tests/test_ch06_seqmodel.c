/* test_ch06_seqmodel.c: the embedding-cell-linear model against the same
   model in PyTorch (tests/fixtures/ch06_seqmodel.txt, written by
   tests/reference/ch06_seqmodel.py), for each of the three cells, as a
   language model and as classifiers with one and with three outputs: the
   loss and the gradient of every parameter, on one sequence and on a batch
   of three of different lengths. */
#include "check.h"
#include "models/seqmodel.h"

#include <stdio.h>
#include <string.h>

enum { VOCAB = 7, EMBED = 4, HIDDEN = 5, LEN = 8, B = 3, ROW = 9 };

/* The B sequences of the batch case: rows of the fixture's batch_ids, with
   the lengths and targets of use u (0 the language model). */
typedef struct {
    size_t ids[B][ROW], lens[B], targets[B];
    const size_t *rows[B];
} Batch;

static void batch_load(const Fixture *f, size_t u, Batch *q)
{
    const size_t shape[2] = {B, ROW}, one[1] = {B};
    const double *ids = fixture_get(f, "batch_ids", 2, shape);
    const double *lens = fixture_get(f, u == 0 ? "batch_lens_lm" : "batch_lens_class", 1, one);
    const double *targets = u == 2 ? fixture_get(f, "batch_three", 1, one)
                                   : fixture_get(f, "batch_binary", 1, one);
    for (size_t b = 0; b < B; b++) {
        for (size_t t = 0; t < ROW; t++)
            q->ids[b][t] = (size_t)ids[b * ROW + t];
        q->lens[b] = (size_t)lens[b];
        q->targets[b] = (size_t)targets[b];
        q->rows[b] = q->ids[b];
    }
}

/* Loads case "<cell>_<use><suffix>" into m, runs it (one sequence, or the
   batch q when not NULL) and compares the loss and the gradients. */
static void check_case(const Fixture *f, SeqModel *m, size_t kind, size_t u,
                       const size_t *ids, const Batch *q)
{
    static const char *const uses[3] = {"lm", "binary", "three"};
    const char *suffix = q ? "_batch" : "";
    char name[48], what[96];
    const size_t n[1] = {m->params.size};
    snprintf(name, sizeof name, "%s_%s%s_params", CELL_NAMES[kind], uses[u], suffix);
    memcpy(m->params.data, fixture_get(f, name, 1, n), m->params.size * sizeof(double));
    const size_t len = u == 0 ? LEN - 1 : LEN, target = u == 1 ? 1 : 2;
    const size_t *const *rows = q ? q->rows : &ids;
    const size_t *lens = q ? q->lens : &len, *targets = q ? q->targets : &target;
    const size_t count = q ? B : 1;
    double loss = u == 0 ? seqmodel_lm_loss(m, rows, lens, count, true)
                         : seqmodel_class_loss(m, rows, lens, count, targets, true);
    snprintf(name, sizeof name, "%s_%s%s_loss", CELL_NAMES[kind], uses[u], suffix);
    snprintf(what, sizeof what, "seqmodel %s, %s%s: loss", CELL_NAMES[kind], uses[u],
             q ? " (batch of 3)" : "");
    check_scalar(what, loss, *fixture_get(f, name, 0, NULL), 1e-12);
    snprintf(name, sizeof name, "%s_%s%s_grad", CELL_NAMES[kind], uses[u], suffix);
    snprintf(what, sizeof what, "seqmodel %s, %s%s: all %zu gradients", CELL_NAMES[kind],
             uses[u], q ? " (batch of 3)" : "", m->params.size);
    check_close(what, m->params.grad, fixture_get(f, name, 1, n), m->params.size, 1e-12);
    params_zero_grad(&m->params);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch06_seqmodel.txt");
    const size_t len[1] = {LEN};
    const double *ids_d = fixture_get(f, "ids", 1, len);
    size_t ids[LEN];
    for (size_t t = 0; t < LEN; t++)
        ids[t] = (size_t)ids_d[t];
    const size_t outputs[3] = {VOCAB, 1, 3};
    Randn g;
    randn_seed(&g, 0);
    for (size_t kind = 0; kind < CELL_KINDS; kind++)
        for (size_t u = 0; u < 3; u++) {
            SeqModel m = seqmodel_new((CellKind)kind, VOCAB, EMBED, HIDDEN,
                                      outputs[u], LEN, B, &g);
            static Batch q;
            batch_load(f, u, &q);
            check_case(f, &m, kind, u, ids, NULL);
            check_case(f, &m, kind, u, ids, &q);
            seqmodel_free(&m);
        }
    fixture_free(f);
    return check_finish("test_ch06_seqmodel");
}
