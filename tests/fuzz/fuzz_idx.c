/* fuzz_idx.c: idx_read on any bytes either fails with a reason or returns
   1 to 3 dimensions, none 0, whose product is the size of the array, and
   the file is exactly its header and that array. */
#include "data/idx.h"
#include "fuzz_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Idx a;
    char why[256];
    if (!idx_read(fuzz_file(data, size), &a, why, sizeof why)) {
        fuzz_require(why[0] != '\0', "a failure without a reason");
        return 0;
    }
    size_t product = 1;
    fuzz_require(a.ndim >= 1 && a.ndim <= IDX_MAX_DIMS, "a number of dimensions out of range");
    for (size_t d = 0; d < a.ndim; d++) {
        fuzz_require(a.dims[d] > 0, "a dimension of 0");
        product *= a.dims[d];
    }
    fuzz_require(product == a.size, "a size that is not the product of the dimensions");
    fuzz_require(size == 4 + 4 * a.ndim + a.size, "a file longer or shorter than its array");
    for (size_t i = 0; i < a.size; i++)
        fuzz_require(a.data[i] == data[4 + 4 * a.ndim + i], "a byte read wrong");
    idx_free(&a);
    return 0;
}
