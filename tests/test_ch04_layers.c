/* test_ch04_layers.c: chapter 4's layers against PyTorch
   (tests/fixtures/ch04_layers.txt, written by tests/reference/ch04_layers.py):
   each layer's output for the fixture's input, and the gradients it sends
   back for the fixture's upstream gradient dy. */
#include "nn/bce.h"
#include "check.h"
#include "core/mem.h"
#include "nn/dropout.h"
#include "nn/embedding.h"
#include "nn/layernorm.h"
#include "nn/linear.h"
#include "nn/pool.h"

#include <stdio.h>

static const double TOL = 1e-12;
static const Fixture *fixture;

/* The fixture's tensor "<prefix>_<name>", and a comparison with it. */
static const double *get(const char *prefix, const char *name, size_t *count)
{
    return fixture_part(fixture, prefix, name, count);
}

static void compare(const char *what, const char *prefix, const char *name,
                    const double *got, size_t n)
{
    check_fixture(what, fixture, prefix, name, got, n, TOL);
}

static void test_embedding(const char *prefix, size_t padding_idx)
{
    size_t n, table_n;
    const double *ids_d = get(prefix, "ids", &n);
    const double *table = get(prefix, "table", &table_n);
    const size_t dim = 5, num = table_n / dim;
    size_t ids[6];
    for (size_t t = 0; t < n; t++)
        ids[t] = (size_t)ids_d[t];
    double out[6 * 5], d_table[6 * 5] = {0};
    embedding_forward(table, num, dim, ids, n, out);
    compare("embedding_forward", prefix, "out", out, n * dim);
    embedding_backward(ids, n, dim, padding_idx, get(prefix, "dy", NULL), d_table);
    compare("embedding_backward", prefix, "table_grad", d_table, table_n);
}

static void test_linear(const char *prefix, bool bias)
{
    const size_t n = 4, in = 5, out = 3;
    const double *x = get(prefix, "x", NULL), *w = get(prefix, "weight", NULL);
    const double *b = bias ? get(prefix, "bias", NULL) : NULL;
    double y[4 * 3], dx[4 * 5] = {0}, dw[3 * 5] = {0}, db[3] = {0};
    linear_forward(x, w, b, n, in, out, y);
    compare("linear_forward", prefix, "y", y, n * out);
    linear_backward(x, w, get(prefix, "dy", NULL), n, in, out, dx, dw,
                    bias ? db : NULL);
    compare("linear_backward", prefix, "x_grad", dx, n * in);
    compare("linear_backward", prefix, "weight_grad", dw, out * in);
    if (bias)
        compare("linear_backward", prefix, "bias_grad", db, out);
}

static void test_mean(void)
{
    const size_t batch = 3, max_len = 6, dim = 4;
    const double *lens = get("mean", "lens", NULL), *x = get("mean", "x", NULL);
    const double *dy = get("mean", "dy", NULL);
    double y[3 * 4], dx[3 * 6 * 4] = {0};
    for (size_t k = 0; k < batch; k++) {
        pool_mean_forward(&x[k * max_len * dim], (size_t)lens[k], dim, &y[k * dim]);
        pool_mean_backward(&dy[k * dim], (size_t)lens[k], dim, &dx[k * max_len * dim]);
    }
    compare("pool_mean_forward", "mean", "y", y, batch * dim);
    compare("pool_mean_backward", "mean", "x_grad", dx, batch * max_len * dim);
}

/* A pooling layer over rows of len values: max pooling if max, else average. */
static void test_pool(const char *prefix, size_t len, size_t kernel,
                      size_t stride, bool max)
{
    size_t n;
    const double *x = get(prefix, "x", &n);
    const size_t rows = n / len;
    Pool1d p;
    if (!check_true(prefix, pool1d_init(&p, len, kernel, stride), "windows accepted"))
        return;
    double *y = mem_alloc(rows * p.out_len, sizeof y[0]);
    double *dx = mem_alloc(n, sizeof dx[0]);
    size_t *arg = mem_alloc(rows * p.out_len, sizeof arg[0]);
    const double *dy = get(prefix, "dy", NULL);
    if (max) {
        pool1d_max_forward(&p, x, rows, y, arg);
        pool1d_max_backward(&p, dy, arg, rows, dx);
    } else {
        pool1d_avg_forward(&p, x, rows, y);
        pool1d_avg_backward(&p, dy, rows, dx);
    }
    compare(max ? "pool1d_max_forward" : "pool1d_avg_forward", prefix, "y", y,
            rows * p.out_len);
    compare(max ? "pool1d_max_backward" : "pool1d_avg_backward", prefix,
            "x_grad", dx, n);
    mem_free(y);
    mem_free(dx);
    mem_free(arg);
}

static void test_layernorm(void)
{
    const size_t n = 4, dim = 6;
    const double *x = get("layernorm", "x", NULL);
    const double *gamma = get("layernorm", "weight", NULL);
    double y[4 * 6], mean[4], rstd[4], dx[4 * 6] = {0}, dg[6] = {0}, db[6] = {0};
    layernorm_forward(x, gamma, get("layernorm", "bias", NULL), n, dim, 1e-5,
                      y, mean, rstd);
    compare("layernorm_forward", "layernorm", "y", y, n * dim);
    layernorm_backward(x, gamma, mean, rstd, get("layernorm", "dy", NULL), n,
                       dim, dx, dg, db);
    compare("layernorm_backward", "layernorm", "x_grad", dx, n * dim);
    compare("layernorm_backward", "layernorm", "weight_grad", dg, dim);
    compare("layernorm_backward", "layernorm", "bias_grad", db, dim);
}

/* PyTorch's mask is recovered from its output: 0 where y is 0, else 1/(1-p). */
static void test_dropout(const char *prefix)
{
    size_t n;
    const double *x = get(prefix, "x", &n), *y_torch = get(prefix, "y", NULL);
    const double p = *get(prefix, "p", NULL);
    double mask[24], y[24], dx[24] = {0};
    for (size_t k = 0; k < n; k++)
        mask[k] = y_torch[k] == 0.0 ? 0.0 : 1.0 / (1.0 - p);
    dropout_forward(x, mask, n, y);
    compare("dropout_forward, PyTorch's mask", prefix, "y", y, n);
    dropout_backward(get(prefix, "dy", NULL), mask, n, dx);
    compare("dropout_backward, PyTorch's mask", prefix, "x_grad", dx, n);
}

static void test_bce(void)
{
    size_t n;
    const double *z = get("bce", "z", &n), *t = get("bce", "t", NULL);
    double dz[10] = {0};
    double loss = bce_logits_forward(z, t, n);
    compare("bce_logits_forward", "bce", "loss", &loss, 1);
    bce_logits_backward(z, t, n, dz);
    compare("bce_logits_backward", "bce", "z_grad", dz, n);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch04_layers.txt");
    fixture = f;
    test_embedding("embedding", EMBEDDING_NO_PADDING);
    test_embedding("embedding_pad", 0);
    test_linear("linear", true);
    test_linear("linear_nobias", false);
    test_mean();
    test_pool("avgpool5", 5, 5, 5, false);
    test_pool("avgpool3s2", 8, 3, 2, false);
    test_pool("maxpool5", 5, 5, 5, true);
    test_pool("maxpool3s2", 8, 3, 2, true);
    test_pool("maxpool_ties", 7, 3, 2, true);
    test_layernorm();
    test_dropout("dropout9");
    test_dropout("dropout46");
    test_bce();
    fixture_free(f);
    return check_finish("test_ch04_layers");
}
