/* twolayer.c: the numpy XOR program's network, with chapter 1's matrices. */
#include "models/twolayer.h"

#include "core/vec.h"
#include "nn/activation.h"

#include <math.h>

/* m is (rows, cols); fills it with normal numbers in row-major order. */
static void twolayer_randn(Mat *m, size_t rows, size_t cols, Randn *g)
{
    *m = mat_new(rows, cols);
    for (size_t q = 0; q < rows * cols; q++)
        m->data[q] = randn_next(g);
}

TwoLayer twolayer_new(size_t n_in, size_t n_hidden, size_t n_out, Randn *g)
{
    TwoLayer net = {0};
    twolayer_randn(&net.w1, n_in, n_hidden, g);
    twolayer_randn(&net.w2, n_hidden, n_out, g);
    twolayer_randn(&net.b1, 1, n_hidden, g);
    twolayer_randn(&net.b2, 1, n_out, g);
    return net;
}

void twolayer_free(TwoLayer *net)
{
    mat_free(&net->w1);
    mat_free(&net->b1);
    mat_free(&net->w2);
    mat_free(&net->b2);
    mat_free(&net->hidden);
    mat_free(&net->output);
}

/* m is (rows, cols), bias is (1, cols); m = sigmoid(m + bias), the bias
   added to every row. */
static void twolayer_bias_sigmoid(Mat *m, const Mat *bias)
{
    for (size_t i = 0; i < m->rows; i++)
        for (size_t j = 0; j < m->cols; j++)
            *mat_at(m, i, j) = activation_sigmoid(*mat_at(m, i, j) + bias->data[j]);
}

/* Makes m a (rows, cols) matrix, reallocating only if its shape differs. */
static void twolayer_reshape(Mat *m, size_t rows, size_t cols)
{
    if (m->rows != rows || m->cols != cols) {
        mat_free(m);
        *m = mat_new(rows, cols);
    }
}

const Mat *twolayer_forward(TwoLayer *net, const Mat *x)
{
    twolayer_reshape(&net->hidden, x->rows, net->w1.cols);
    twolayer_reshape(&net->output, x->rows, net->w2.cols);
    mat_mul(x, &net->w1, &net->hidden);
    twolayer_bias_sigmoid(&net->hidden, &net->b1);
    mat_mul(&net->hidden, &net->w2, &net->output);
    twolayer_bias_sigmoid(&net->output, &net->b2);
    return &net->output;
}

/* d is (rows, cols), b is (1, cols); b += (the column sums of d) * lr. */
static void twolayer_add_column_sums(Mat *b, const Mat *d, double lr)
{
    for (size_t j = 0; j < d->cols; j++) {
        double sum = 0.0;
        for (size_t i = 0; i < d->rows; i++)
            sum += *mat_at(d, i, j);
        b->data[j] += sum * lr;
    }
}

/* a is (n, k), d is (n, m), w is (k, m); w += (a^T d) * lr. */
static void twolayer_add_product(Mat *w, const Mat *a, const Mat *d, double lr)
{
    Mat at = mat_new(a->cols, a->rows), prod = mat_new(w->rows, w->cols);
    mat_transpose(a, &at);
    mat_mul(&at, d, &prod);
    vec_axpy(lr, prod.data, w->data, w->rows * w->cols);
    mat_free(&at);
    mat_free(&prod);
}

double twolayer_train_epoch(TwoLayer *net, const Mat *x, const Mat *y,
                            double lr)
{
    const Mat *out = twolayer_forward(net, x);
    size_t n = out->rows * out->cols;
    Mat d_output = mat_new(out->rows, out->cols);
    Mat w2t = mat_new(net->w2.cols, net->w2.rows);
    Mat d_hidden = mat_new(net->hidden.rows, net->hidden.cols);
    double abs_error = 0.0;
    for (size_t q = 0; q < n; q++) {
        double o = out->data[q], error = y->data[q] - o;
        d_output.data[q] = error * (o * (1.0 - o));
        abs_error += fabs(error);
    }
    mat_transpose(&net->w2, &w2t);
    mat_mul(&d_output, &w2t, &d_hidden);          /* error_hidden */
    for (size_t q = 0; q < d_hidden.rows * d_hidden.cols; q++) {
        double h = net->hidden.data[q];
        d_hidden.data[q] *= h * (1.0 - h);
    }
    twolayer_add_product(&net->w2, &net->hidden, &d_output, lr);
    twolayer_add_column_sums(&net->b2, &d_output, lr);
    twolayer_add_product(&net->w1, x, &d_hidden, lr);
    twolayer_add_column_sums(&net->b1, &d_hidden, lr);
    mat_free(&d_output);
    mat_free(&w2t);
    mat_free(&d_hidden);
    return abs_error / (double)n;
}
