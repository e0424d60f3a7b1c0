/* test_ch06_seqmodel.c: the embedding-cell-linear model against the same
   model in PyTorch (tests/fixtures/ch06_seqmodel.txt, written by
   tests/reference/ch06_seqmodel.py), for each of the three cells, as a
   language model and as classifiers with one and with three outputs: the
   loss and the gradient of every parameter. */
#include "check.h"
#include "models/seqmodel.h"

#include <stdio.h>
#include <string.h>

enum { VOCAB = 7, EMBED = 4, HIDDEN = 5, LEN = 8 };

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch06_seqmodel.txt");
    const size_t len[1] = {LEN};
    const double *ids_d = fixture_get(f, "ids", 1, len);
    size_t ids[LEN];
    for (size_t t = 0; t < LEN; t++)
        ids[t] = (size_t)ids_d[t];
    const char *uses[3] = {"lm", "binary", "three"};
    const size_t outputs[3] = {VOCAB, 1, 3};
    Randn g;
    randn_seed(&g, 0);
    for (size_t kind = 0; kind < CELL_KINDS; kind++)
        for (size_t u = 0; u < 3; u++) {
            SeqModel m = seqmodel_new((CellKind)kind, VOCAB, EMBED, HIDDEN,
                                      outputs[u], LEN, &g);
            char name[32], what[80];
            const size_t n[1] = {m.num_params};
            snprintf(name, sizeof name, "%s_%s_params", CELL_NAMES[kind], uses[u]);
            memcpy(m.params, fixture_get(f, name, 1, n), m.num_params * sizeof(double));
            double loss = u == 0 ? seqmodel_lm_loss(&m, ids, LEN - 1, true)
                                 : seqmodel_class_loss(&m, ids, LEN, u == 1 ? 1 : 2, true);
            snprintf(name, sizeof name, "%s_%s_loss", CELL_NAMES[kind], uses[u]);
            snprintf(what, sizeof what, "seqmodel %s, %s: loss", CELL_NAMES[kind], uses[u]);
            check_scalar(what, loss, *fixture_get(f, name, 0, NULL), 1e-12);
            snprintf(name, sizeof name, "%s_%s_grad", CELL_NAMES[kind], uses[u]);
            snprintf(what, sizeof what, "seqmodel %s, %s: all %zu gradients",
                     CELL_NAMES[kind], uses[u], m.num_params);
            check_close(what, m.grads, fixture_get(f, name, 1, n), m.num_params, 1e-12);
            seqmodel_free(&m);
        }
    fixture_free(f);
    return check_finish("test_ch06_seqmodel");
}
