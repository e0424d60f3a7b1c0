/* test_ch04_params.c: the table of a model's parameters. Without
   arguments it checks offsets, sizes, lookups and the two blocks; with an
   argument (twice, long, empty, dims, zero, full, late) it makes that
   mistake on purpose, which params_add must refuse with one line and exit
   status 1 (tests/ch04.cmake checks the messages). */
#include "check.h"
#include "core/params.h"

#include <stdio.h>
#include <string.h>

static void make_mistake(const char *which)
{
    Params p = {0};
    const size_t shape[2] = {2, 3}, empty[1] = {0};
    params_add(&p, "linear.weight", 2, shape);
    if (strcmp(which, "twice") == 0)
        params_add(&p, "linear.weight", 1, shape);
    else if (strcmp(which, "long") == 0)
        params_add(&p, "a.name.of.forty.eight.bytes.which.is.one.too.many", 1, shape);
    else if (strcmp(which, "empty") == 0)
        params_add(&p, "", 1, shape);
    else if (strcmp(which, "dims") == 0)
        params_add(&p, "conv.weight", 5, shape);
    else if (strcmp(which, "zero") == 0)
        params_add(&p, "linear.bias", 1, empty);
    else if (strcmp(which, "late") == 0) {
        params_alloc(&p);
        params_add(&p, "linear.bias", 1, shape);
    } else
        for (size_t i = 0; i <= PARAMS_MAX_PARTS; i++) {
            char name[16];
            snprintf(name, sizeof name, "part%zu", i);
            params_add(&p, name, 1, shape);
        }
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        make_mistake(argv[1]);
        return 0;
    }
    Params p = {0};
    size_t table = params_add(&p, "embedding.weight", 2, (size_t[]){5, 3});
    size_t w = params_add(&p, "linear.weight", 2, (size_t[]){1, 3});
    size_t b = params_add(&p, "linear.bias", 1, (size_t[]){1});
    size_t conv = params_add(&p, "conv.weight", 4, (size_t[]){2, 1, 3, 3});
    check_true("four parts, indices in order", p.count == 4 && table == 0 && w == 1 &&
               b == 2 && conv == 3, "count %zu", p.count);
    check_true("sizes 15, 3, 1, 18; 37 in all", p.part[0].size == 15 && p.part[1].size == 3 &&
               p.part[2].size == 1 && p.part[3].size == 18 && p.size == 37, "size %zu", p.size);
    check_true("offsets 0, 15, 18, 19", p.part[0].offset == 0 && p.part[1].offset == 15 &&
               p.part[2].offset == 18 && p.part[3].offset == 19, "");
    check_true("shape of conv.weight (2, 1, 3, 3)", p.part[3].ndim == 4 &&
               p.part[3].shape[0] == 2 && p.part[3].shape[3] == 3, "");
    check_true("params_find", params_find(&p, "linear.bias") == 2 &&
               params_find(&p, "linear") == 4 && params_find(&p, "") == 4, "");
    params_alloc(&p);
    bool zero = true;
    for (size_t i = 0; i < p.size; i++)
        zero = zero && p.data[i] == 0.0 && p.grad[i] == 0.0;
    check_true("both blocks start at zero", zero, "");
    check_true("params_at and params_grad_at", params_at(&p, b) == p.data + 18 &&
               params_grad_at(&p, conv) == p.grad + 19, "");
    for (size_t i = 0; i < p.size; i++)
        p.grad[i] = 1.0 + (double)i;
    params_zero_grad(&p);
    double sum = 0.0;
    for (size_t i = 0; i < p.size; i++)
        sum += p.grad[i] * p.grad[i];
    check_true("params_zero_grad", sum == 0.0, "sum of squares %g", sum);
    params_free(&p);
    check_true("params_free empties the table", p.count == 0 && p.size == 0 && !p.data, "");
    return check_finish("test_ch04_params");
}
