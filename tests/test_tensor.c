/* test_tensor.c: what views promise (shared data, no copies, refused
   reshapes and broadcasts) and the overflow check of mem_try_alloc. */
#include "check.h"
#include "core/mem.h"
#include "core/tensor.h"

#include <stdint.h>

static void test_views(void)
{
    size_t shape[3] = {2, 3, 4}, flat[2] = {6, 4}, bad[2] = {5, 5};
    Tensor t = tensor_new(3, shape), tt, view, s;
    for (size_t q = 0; q < 24; q++)
        t.data[q] = (double)q;
    check_true("tensor_new", tensor_is_contiguous(&t) && t.strides[0] == 12 &&
               t.strides[1] == 4 && t.strides[2] == 1, "strides (12, 4, 1)");

    check_true("tensor_transpose", tensor_transpose(&t, 0, 2, &tt) &&
               tt.data == t.data && tt.shape[0] == 4 && tt.strides[0] == 1 &&
               tt.strides[2] == 12 && !tensor_is_contiguous(&tt),
               "shares data, shape (4, 3, 2), strides (1, 4, 12), not contiguous");
    size_t at[3] = {3, 1, 0}, orig[3] = {0, 1, 3};
    *tensor_at(&tt, at) = -1.0;
    check_true("write through a transposed view", *tensor_at(&t, orig) == -1.0,
               "t[0,1,3] changed");
    check_true("tensor_transpose out of range", !tensor_transpose(&t, 0, 3, &view),
               "refused");

    check_true("reshape of a non-contiguous view", !tensor_reshape(&tt, 2, flat, &view),
               "refused");
    check_true("reshape to a different size", !tensor_reshape(&t, 2, bad, &view),
               "refused");
    check_true("reshape of a contiguous tensor", tensor_reshape(&t, 2, flat, &view) &&
               view.data == t.data && view.strides[0] == 4 && view.strides[1] == 1,
               "a view with strides (4, 1)");

    check_true("tensor_select", tensor_select(&t, 1, 2, &s) && s.ndim == 2 &&
               s.offset == 8 && s.shape[0] == 2 && s.shape[1] == 4 &&
               s.strides[0] == 12 && !tensor_is_contiguous(&s),
               "t[:, 2, :] has offset 8, shape (2, 4), strides (12, 1)");
    check_true("tensor_select out of range", !tensor_select(&t, 1, 3, &s), "refused");
    tensor_free(&t);
}

static void test_broadcast(void)
{
    size_t sa[2] = {2, 3}, sb[1] = {4}, sc[1] = {3}, s0[1] = {0};
    Tensor a = tensor_new(2, sa), b = tensor_new(1, sb), c = tensor_new(1, sc);
    Tensor e = tensor_new(1, s0), out = {0};
    check_true("tensor_add (2, 3) + (4)", !tensor_add(&a, &b, &out) && out.data == NULL,
               "refused, out untouched");
    check_true("tensor_add (2, 3) + (3)", tensor_add(&a, &c, &out) && out.ndim == 2 &&
               out.shape[0] == 2 && out.shape[1] == 3, "shape (2, 3)");
    tensor_free(&out);
    check_true("tensor_add (0) + (3)", !tensor_add(&e, &c, &out), "refused");
    size_t s1[1] = {1};
    Tensor one = tensor_new(1, s1);
    check_true("tensor_add (0) + (1)", tensor_add(&e, &one, &out) && out.ndim == 1 &&
               out.shape[0] == 0 && tensor_size(&out) == 0, "empty shape (0)");
    tensor_free(&out);
    tensor_free(&a);
    tensor_free(&b);
    tensor_free(&c);
    tensor_free(&e);
    tensor_free(&one);
}

static void test_mem(void)
{
    check_true("mem_try_alloc(SIZE_MAX, 2)", mem_try_alloc(SIZE_MAX, 2) == NULL,
               "overflow reported as NULL");
    check_true("mem_try_alloc(2, SIZE_MAX / 2 + 1)",
               mem_try_alloc(2, SIZE_MAX / 2 + 1) == NULL, "overflow reported as NULL");
    double *p = mem_try_alloc(100, sizeof *p);
    int zero = p != NULL;
    for (size_t i = 0; zero && i < 100; i++)
        zero = p[i] == 0.0;
    check_true("mem_try_alloc(100, 8)", zero, "zeroed");
    mem_free(p);
    void *empty = mem_try_alloc(0, 8);
    check_true("mem_try_alloc(0, 8)", empty != NULL, "not NULL");
    mem_free(empty);
}

int main(void)
{
    test_views();
    test_broadcast();
    test_mem();
    return check_finish("ch01_tensor");
}
