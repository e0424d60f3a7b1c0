/* test_linalg.c: chapter 1's vector, matrix and tensor operations against
   numpy (tests/fixtures/ch01_linalg.txt, from tests/reference/ch01_linalg.py). */
#include "check.h"
#include "core/gemm.h"
#include "core/mat.h"
#include "core/tensor.h"
#include "core/vec.h"

#include <stdio.h>
#include <string.h>

enum { N = 7 };

/* Loads fixture tensor name of shape dims[0..ndim) into a new tensor. */
static Tensor load_tensor(const Fixture *f, const char *name, size_t ndim,
                          const size_t *dims)
{
    Tensor t = tensor_new(ndim, dims);
    memcpy(t.data, fixture_get(f, name, ndim, dims),
           tensor_size(&t) * sizeof t.data[0]);
    return t;
}

/* Loads fixture matrix name of shape (rows, cols) into a new Mat. */
static Mat load_mat(const Fixture *f, const char *name, size_t rows, size_t cols)
{
    size_t dims[2] = {rows, cols};
    Mat m = mat_new(rows, cols);
    memcpy(m.data, fixture_get(f, name, 2, dims), rows * cols * sizeof m.data[0]);
    return m;
}

/* Compares t, read in row-major order through its view, with fixture want. */
static void check_tensor(const char *what, const Tensor *t, const Fixture *f,
                         const char *want)
{
    Tensor c = tensor_contiguous(t);
    check_close(what, c.data, fixture_get(f, want, t->ndim, t->shape),
                tensor_size(&c), 1e-12);
    tensor_free(&c);
}

static void test_vectors(const Fixture *f)
{
    size_t n = N;
    const double *x = fixture_get(f, "x", 1, &n);
    const double *y = fixture_get(f, "y", 1, &n);
    double alpha = *fixture_get(f, "alpha", 0, NULL);
    check_scalar("vec_dot", vec_dot(x, y, N), *fixture_get(f, "dot", 0, NULL), 1e-12);
    check_scalar("vec_norm", vec_norm(x, N), *fixture_get(f, "norm", 0, NULL), 1e-12);
    double z[N];
    memcpy(z, y, sizeof z);
    vec_axpy(alpha, x, z, N);
    check_close("vec_axpy", z, fixture_get(f, "axpy", 1, &n), N, 1e-12);
    memcpy(z, x, sizeof z);
    vec_scale(alpha, z, N);
    check_close("vec_scale", z, fixture_get(f, "scale", 1, &n), N, 1e-12);
}

static void test_matrices(const Fixture *f)
{
    size_t n = N, dims_t[2] = {7, 5}, dims_ab[2] = {5, 3}, five = 5;
    Mat a = load_mat(f, "a", 5, 7), b = load_mat(f, "b", 7, 3);
    Mat t = mat_new(7, 5), c = mat_new(5, 3);
    mat_transpose(&a, &t);
    check_close("mat_transpose", t.data, fixture_get(f, "a_transpose", 2, dims_t),
                35, 1e-12);
    double ax[5];
    mat_vec(&a, fixture_get(f, "x", 1, &n), ax);
    check_close("mat_vec", ax, fixture_get(f, "a_x", 1, &five), 5, 1e-12);
    mat_mul(&a, &b, &c);
    check_close("mat_mul (5, 7) (7, 3)", c.data, fixture_get(f, "a_b", 2, dims_ab),
                15, 1e-12);
    mat_free(&a);
    mat_free(&b);
    mat_free(&t);
    mat_free(&c);
}

/* gemm with each transpose flag: a (5, 7) or its transpose (7, 5) stored,
   b (7, 3) or (3, 7); c = alpha op(a) op(b) + beta c0, against numpy. */
static void test_gemm(const Fixture *f)
{
    size_t dims_a[2] = {5, 7}, dims_at[2] = {7, 5}, dims_b[2] = {7, 3};
    size_t dims_bt[2] = {3, 7}, dims_c[2] = {5, 3};
    double alpha = *fixture_get(f, "alpha", 0, NULL);
    double beta = *fixture_get(f, "beta", 0, NULL);
    const double *c0 = fixture_get(f, "c0", 2, dims_c);
    const double *want = fixture_get(f, "gemm", 2, dims_c);
    const double *as[2] = {fixture_get(f, "a", 2, dims_a),
                           fixture_get(f, "a_transpose", 2, dims_at)};
    const double *bs[2] = {fixture_get(f, "b", 2, dims_b),
                           fixture_get(f, "b_transpose", 2, dims_bt)};
    for (int ta = 0; ta < 2; ta++)
        for (int tb = 0; tb < 2; tb++) {
            double c[15];
            char name[64];
            memcpy(c, c0, sizeof c);
            gemm(ta, tb, 5, 3, 7, alpha, as[ta], ta ? 5 : 7, bs[tb], tb ? 7 : 3,
                 beta, c, 3);
            snprintf(name, sizeof name, "gemm %s%s (5, 7) (7, 3), alpha, beta",
                     ta ? "T" : "N", tb ? "T" : "N");
            check_close(name, c, want, 15, 1e-13);
        }
}

static void test_tensors(const Fixture *f)
{
    size_t dims_t[3] = {2, 3, 4}, dims_p[3] = {2, 1, 4}, dims_q[2] = {3, 1};
    size_t flat[2] = {6, 4};
    Tensor t = load_tensor(f, "t", 3, dims_t);
    Tensor p = load_tensor(f, "p", 3, dims_p), q = load_tensor(f, "q", 2, dims_q);
    Tensor tt, view, copy, sum;

    tensor_transpose(&t, 0, 2, &tt);
    check_tensor("tensor_transpose(0, 2)", &tt, f, "t_transpose02");
    copy = tensor_contiguous(&tt);
    check_true("tensor_reshape of the contiguous copy",
               tensor_reshape(&copy, 2, flat, &view), "accepted");
    check_tensor("contiguous, reshape (6, 4)", &view, f, "t_transpose02_reshape64");
    tensor_free(&copy);
    tensor_reshape(&t, 2, flat, &view);
    check_tensor("tensor_reshape (6, 4)", &view, f, "t_reshape64");
    tensor_select(&t, 0, 1, &view);
    check_tensor("tensor_select(0, 1)", &view, f, "t_select0_1");

    tensor_add(&p, &q, &sum);
    check_tensor("tensor_add (2, 1, 4) + (3, 1)", &sum, f, "p_plus_q");
    tensor_free(&sum);
    tensor_add(&q, &t, &sum);
    check_tensor("tensor_add (3, 1) + (2, 3, 4)", &sum, f, "q_plus_t");
    tensor_free(&sum);

    tensor_free(&t);
    tensor_free(&p);
    tensor_free(&q);
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch01_linalg.txt");
    test_vectors(f);
    test_matrices(f);
    test_gemm(f);
    test_tensors(f);
    fixture_free(f);
    return check_finish("ch01_linalg");
}
