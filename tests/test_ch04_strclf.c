/* test_ch04_strclf.c: the string classifier against the same model in
   PyTorch (tests/fixtures/ch04_strclf.txt, written by
   tests/reference/ch04_strclf.py): logits, loss and every gradient for a
   batch of six strings (one empty, one with an unknown character), then the
   losses and parameters of five steps of Adam. */
#include "check.h"
#include "models/str_classifier.h"
#include "optim/optim.h"

#include <string.h>

enum { BATCH = 6, MAX_LEN = 10, VOCAB = 28, DIM = 5 };

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch04_strclf.txt");
    const size_t ids_shape[2] = {BATCH, MAX_LEN}, batch[1] = {BATCH};
    const size_t table_shape[2] = {VOCAB, DIM}, w_shape[2] = {1, DIM}, one[1] = {1};
    const double *ids_d = fixture_get(f, "ids", 2, ids_shape);
    const double *lens_d = fixture_get(f, "lens", 1, batch);
    const double *t = fixture_get(f, "t", 1, batch);
    size_t ids[BATCH * MAX_LEN], lens[BATCH];
    for (size_t k = 0; k < BATCH * MAX_LEN; k++)
        ids[k] = (size_t)ids_d[k];
    for (size_t k = 0; k < BATCH; k++)
        lens[k] = (size_t)lens_d[k];
    Randn g;
    randn_seed(&g, 0);
    StrClassifier m = str_classifier_new(VOCAB, DIM, MAX_LEN, BATCH, &g);
    memcpy(m.table, fixture_get(f, "table", 2, table_shape), VOCAB * DIM * sizeof(double));
    memcpy(m.w, fixture_get(f, "w", 2, w_shape), DIM * sizeof(double));
    memcpy(m.b, fixture_get(f, "b", 1, one), sizeof(double));

    double loss = str_classifier_loss(&m, ids, lens, t, BATCH, true);
    check_close("str_classifier_loss: logits", m.logits, fixture_get(f, "logits", 1, batch),
                BATCH, 1e-12);
    check_scalar("str_classifier_loss: loss", loss, *fixture_get(f, "loss", 0, NULL),
                 1e-12);
    check_close("str_classifier_loss: embedding.weight.grad", m.d_table,
                fixture_get(f, "table_grad", 2, table_shape), VOCAB * DIM, 1e-12);
    check_close("str_classifier_loss: linear.weight.grad", m.d_w,
                fixture_get(f, "w_grad", 2, w_shape), DIM, 1e-12);
    check_close("str_classifier_loss: linear.bias.grad", m.d_b,
                fixture_get(f, "b_grad", 1, one), 1, 1e-12);

    OptimConfig c;
    Optim opt;
    char why[OPTIM_WHY_SIZE];
    optim_config_parse("adam:lr=0.05", &c, why, sizeof why);
    optim_init(&opt, &c, m.params.size, why, sizeof why);
    double losses[5];
    for (size_t s = 0; s < 5; s++) {
        params_zero_grad(&m.params);
        losses[s] = str_classifier_loss(&m, ids, lens, t, BATCH, true);
        optim_step(&opt, m.params.data, m.params.grad);
    }
    const size_t five[1] = {5}, params[1] = {VOCAB * DIM + DIM + 1};
    check_close("5 steps of Adam(lr=0.05): loss", losses,
                fixture_get(f, "adam_loss", 1, five), 5, 1e-12);
    check_close("5 steps of Adam(lr=0.05): parameters", m.params.data,
                fixture_get(f, "adam_params", 1, params), m.params.size, 1e-12);
    optim_free(&opt);
    str_classifier_free(&m);
    fixture_free(f);
    return check_finish("test_ch04_strclf");
}
