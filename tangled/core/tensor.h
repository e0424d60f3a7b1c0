/* tensor.h: n-dimensional arrays as views (shape, strides, offset) of
   shared data. */
#ifndef LITNN_TENSOR_H
#define LITNN_TENSOR_H

#include <stdbool.h>
#include <stddef.h>

enum { TENSOR_MAX_DIMS = 8 };

/* Element (i0, ..., i(ndim-1)) is data[offset + sum of index[r] * strides[r]].
   Views share data with the tensor they were made from; only a tensor
   returned by tensor_new, tensor_contiguous or tensor_add owns its data. */
typedef struct {
    size_t ndim;
    size_t shape[TENSOR_MAX_DIMS];
    size_t strides[TENSOR_MAX_DIMS];  /* in elements, not bytes */
    size_t offset;
    double *data;
} Tensor;

/* Returns a zeroed contiguous tensor of shape[0..ndim), which owns its
   data; ndim <= TENSOR_MAX_DIMS. */
Tensor tensor_new(size_t ndim, const size_t *shape);
/* Frees the data of a tensor that owns it; never call it on a view. */
void tensor_free(Tensor *t);
/* The number of elements: the product of the shape (1 for ndim 0). */
size_t tensor_size(const Tensor *t);
/* True if t's elements are in row-major order without gaps. */
bool tensor_is_contiguous(const Tensor *t);
/* index is (t->ndim), each index[r] < shape[r]; the element's address. */
double *tensor_at(const Tensor *t, const size_t *index);
/* view = t with axes d0 and d1 swapped, sharing t's data; false if an
   axis is out of range. */
bool tensor_transpose(const Tensor *t, size_t d0, size_t d1, Tensor *view);
/* view = t[..., i, ...] with index i on axis dim, one axis fewer, sharing
   t's data; false if dim or i is out of range. */
bool tensor_select(const Tensor *t, size_t dim, size_t i, Tensor *view);
/* view = t with shape[0..ndim) and the same elements in row-major order,
   sharing t's data; false if t is not contiguous or the sizes differ. */
bool tensor_reshape(const Tensor *t, size_t ndim, const size_t *shape,
                    Tensor *view);
/* Returns a new contiguous tensor, which owns its data, with t's shape and
   elements. */
Tensor tensor_contiguous(const Tensor *t);
/* out = a + b with NumPy's broadcasting rules, as a new contiguous tensor
   that owns its data; false (out untouched) if the shapes are incompatible. */
bool tensor_add(const Tensor *a, const Tensor *b, Tensor *out);

#endif
