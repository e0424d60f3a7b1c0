/* linalg_tour: a small, deterministic walk through this chapter's modules. */
#include "core/cli.h"
#include "core/mat.h"
#include "core/rng.h"
#include "core/tensor.h"
#include "core/vec.h"

#include <stdio.h>

/* x is (n); prints "name = [x0 x1 ...]". */
static void print_vec(const char *name, const double *x, size_t n)
{
    printf("%s = [", name);
    for (size_t i = 0; i < n; i++)
        printf(i ? " %g" : "%g", x[i]);
    printf("]\n");
}

/* Prints "name (rows, cols):" and one row per line. */
static void print_mat(const char *name, const Mat *m)
{
    printf("%s (%zu, %zu):\n", name, m->rows, m->cols);
    for (size_t i = 0; i < m->rows; i++)
        print_vec("  row", mat_at(m, i, 0), m->cols);
}

/* Prints name, shape, strides, offset and contiguity of t. */
static void print_layout(const char *name, const Tensor *t)
{
    printf("%-16s shape (", name);
    for (size_t r = 0; r < t->ndim; r++)
        printf(r ? ", %zu" : "%zu", t->shape[r]);
    printf(")  strides (");
    for (size_t r = 0; r < t->ndim; r++)
        printf(r ? ", %zu" : "%zu", t->strides[r]);
    printf(")  offset %zu  %s\n", t->offset,
           tensor_is_contiguous(t) ? "contiguous" : "not contiguous");
}

/* --help prints this. */
static const char USAGE[] =
    "usage: linalg_tour\n"
    "A walk through chapter 1's modules on small numbers.\n";

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    cli_no_arguments("linalg_tour", argc, argv);
    double x[3] = {1, 2, 3}, y[3] = {4, -5, 6};
    printf("== vectors\n");
    print_vec("x", x, 3);
    print_vec("y", y, 3);
    printf("x . y = %g\n", vec_dot(x, y, 3));
    printf("|x| = %.6f (sqrt 14)\n", vec_norm(x, 3));
    vec_axpy(2.0, x, y, 3);
    print_vec("y + 2x", y, 3);
    vec_scale(0.5, y, 3);
    print_vec("(y + 2x) / 2", y, 3);
    printf("\n== a layer and a batch\n");
    Mat w = mat_new(2, 3), wt = mat_new(3, 2), batch = mat_new(2, 3),
        out = mat_new(2, 2);
    double w_values[6] = {1, 0, -1, 2, 1, 0}, x2[3] = {0, 1, 0}, wx[2];
    for (size_t q = 0; q < 6; q++)
        w.data[q] = w_values[q];
    for (size_t j = 0; j < 3; j++) {
        *mat_at(&batch, 0, j) = x[j];
        *mat_at(&batch, 1, j) = x2[j];
    }
    print_mat("W", &w);
    mat_vec(&w, x, wx);
    print_vec("W x", wx, 2);
    mat_transpose(&w, &wt);
    print_mat("W^T", &wt);
    mat_mul(&batch, &wt, &out);
    print_mat("X W^T", &out);
    mat_free(&w);
    mat_free(&wt);
    mat_free(&batch);
    mat_free(&out);
    printf("\n== tensor views\n");
    size_t shape[3] = {2, 3, 4}, flat[2] = {6, 4};
    Tensor t = tensor_new(3, shape), tt, r, s;
    for (size_t q = 0; q < 24; q++)
        t.data[q] = (double)q;
    print_layout("t", &t);
    tensor_transpose(&t, 0, 2, &tt);
    print_layout("t.transpose(0,2)", &tt);
    size_t at[3] = {3, 1, 0};
    printf("t.transpose(0,2)[3,1,0] = %g, the same memory as t[0,1,3]\n",
           *tensor_at(&tt, at));
    printf("reshape of t.transpose(0,2) to (6, 4): %s\n",
           tensor_reshape(&tt, 2, flat, &r) ? "view" : "refused (not contiguous)");
    Tensor copy = tensor_contiguous(&tt);
    tensor_reshape(&copy, 2, flat, &r);
    print_layout("copy, reshaped", &r);
    tensor_select(&t, 0, 1, &s);
    print_layout("t[1]", &s);
    tensor_free(&copy);
    tensor_free(&t);

    printf("\n== broadcasting\n");
    size_t col_shape[2] = {2, 1}, row_shape[1] = {3};
    Tensor col = tensor_new(2, col_shape), row = tensor_new(1, row_shape), sum;
    col.data[0] = 10;
    col.data[1] = 20;
    for (size_t q = 0; q < 3; q++)
        row.data[q] = (double)q;
    tensor_add(&col, &row, &sum);
    printf("(2, 1) [10; 20] + (3) [0 1 2] =\n");
    for (size_t i = 0; i < 2; i++)
        print_vec("  row", &sum.data[3 * i], 3);
    tensor_free(&col);
    tensor_free(&row);
    tensor_free(&sum);
    printf("\n== random.seed(0); random(), random(), random()\n");
    Rng rng;
    rng_seed_python(&rng, 0);
    for (int q = 0; q < 3; q++)
        printf("%.17g\n", rng_random(&rng));
    return cli_finish("linalg_tour");
}
