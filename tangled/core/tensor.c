/* tensor.c: views, contiguity, reshape, transpose and broadcasting. */
#include "core/tensor.h"

#include "core/mem.h"

#include <stdio.h>
#include <stdlib.h>

/* t->shape is set; sets t->strides to the row-major ones. */
static void tensor_set_contiguous_strides(Tensor *t)
{
    size_t stride = 1;
    for (size_t r = t->ndim; r-- > 0;) {
        t->strides[r] = stride;
        stride *= t->shape[r];
    }
}

Tensor tensor_new(size_t ndim, const size_t *shape)
{
    if (ndim > TENSOR_MAX_DIMS) {
        fprintf(stderr, "litnn: error: tensor_new: %zu dimensions, at most %d\n",
                ndim, TENSOR_MAX_DIMS);
        exit(EXIT_FAILURE);
    }
    Tensor t = {.ndim = ndim, .offset = 0};
    for (size_t r = 0; r < ndim; r++)
        t.shape[r] = shape[r];
    tensor_set_contiguous_strides(&t);
    t.data = mem_alloc(tensor_size(&t), sizeof t.data[0]);
    return t;
}

void tensor_free(Tensor *t)
{
    mem_free(t->data);
    t->data = NULL;
}

size_t tensor_size(const Tensor *t)
{
    size_t size = 1;
    for (size_t r = 0; r < t->ndim; r++)
        size *= t->shape[r];
    return size;
}

bool tensor_is_contiguous(const Tensor *t)
{
    size_t stride = 1;
    for (size_t r = t->ndim; r-- > 0;) {
        if (t->shape[r] != 1 && t->strides[r] != stride)
            return false;
        stride *= t->shape[r];
    }
    return true;
}

double *tensor_at(const Tensor *t, const size_t *index)
{
    size_t pos = t->offset;
    for (size_t r = 0; r < t->ndim; r++)
        pos += index[r] * t->strides[r];
    return &t->data[pos];
}

bool tensor_transpose(const Tensor *t, size_t d0, size_t d1, Tensor *view)
{
    if (d0 >= t->ndim || d1 >= t->ndim)
        return false;
    Tensor v = *t;
    v.shape[d0] = t->shape[d1];
    v.shape[d1] = t->shape[d0];
    v.strides[d0] = t->strides[d1];
    v.strides[d1] = t->strides[d0];
    *view = v;
    return true;
}

bool tensor_select(const Tensor *t, size_t dim, size_t i, Tensor *view)
{
    if (dim >= t->ndim || i >= t->shape[dim])
        return false;
    Tensor v = *t;
    v.offset += i * t->strides[dim];
    v.ndim--;
    for (size_t r = dim; r < v.ndim; r++) {
        v.shape[r] = t->shape[r + 1];
        v.strides[r] = t->strides[r + 1];
    }
    *view = v;
    return true;
}

bool tensor_reshape(const Tensor *t, size_t ndim, const size_t *shape,
                    Tensor *view)
{
    if (ndim > TENSOR_MAX_DIMS || !tensor_is_contiguous(t))
        return false;
    Tensor v = *t;
    v.ndim = ndim;
    for (size_t r = 0; r < ndim; r++)
        v.shape[r] = shape[r];
    if (tensor_size(&v) != tensor_size(t))
        return false;
    tensor_set_contiguous_strides(&v);
    *view = v;
    return true;
}

/* index is (ndim); moves it to the next index of shape in row-major order
   and returns true, or returns false (index all zero) after the last. */
static bool tensor_next_index(size_t *index, const size_t *shape, size_t ndim)
{
    for (size_t r = ndim; r-- > 0;) {
        if (++index[r] < shape[r])
            return true;
        index[r] = 0;
    }
    return false;
}

Tensor tensor_contiguous(const Tensor *t)
{
    Tensor out = tensor_new(t->ndim, t->shape);
    size_t index[TENSOR_MAX_DIMS] = {0};
    if (tensor_size(t) > 0)
        for (size_t q = 0; ; q++) {
            out.data[q] = *tensor_at(t, index);
            if (!tensor_next_index(index, t->shape, t->ndim))
                break;
        }
    return out;
}

/* Sets shape[0..*ndim) to the broadcast shape of a and b; false if the
   shapes are incompatible. */
static bool tensor_broadcast_shape(const Tensor *a, const Tensor *b,
                                   size_t *ndim, size_t *shape)
{
    size_t n = a->ndim > b->ndim ? a->ndim : b->ndim;
    for (size_t r = 0; r < n; r++) {           /* r counts from the right */
        size_t la = r < a->ndim ? a->shape[a->ndim - 1 - r] : 1;
        size_t lb = r < b->ndim ? b->shape[b->ndim - 1 - r] : 1;
        if (la != lb && la != 1 && lb != 1)
            return false;
        shape[n - 1 - r] = la == 1 ? lb : la;
    }
    *ndim = n;
    return true;
}

/* shape[0..ndim) is a broadcast shape of t; the view of t with that shape,
   stride 0 on the axes where t is padded or repeated. */
static Tensor tensor_broadcast_view(const Tensor *t, size_t ndim,
                                    const size_t *shape)
{
    Tensor v = *t;
    size_t pad = ndim - t->ndim;
    v.ndim = ndim;
    for (size_t r = 0; r < ndim; r++) {
        v.shape[r] = shape[r];
        v.strides[r] = r < pad || t->shape[r - pad] == 1
                       ? 0 : t->strides[r - pad];
    }
    return v;
}

bool tensor_add(const Tensor *a, const Tensor *b, Tensor *out)
{
    size_t ndim, shape[TENSOR_MAX_DIMS];
    if (!tensor_broadcast_shape(a, b, &ndim, shape))
        return false;
    Tensor va = tensor_broadcast_view(a, ndim, shape);
    Tensor vb = tensor_broadcast_view(b, ndim, shape);
    Tensor sum = tensor_new(ndim, shape);
    size_t index[TENSOR_MAX_DIMS] = {0};
    if (tensor_size(&sum) > 0)
        for (size_t q = 0; ; q++) {
            sum.data[q] = *tensor_at(&va, index) + *tensor_at(&vb, index);
            if (!tensor_next_index(index, shape, ndim))
                break;
        }
    *out = sum;
    return true;
}
