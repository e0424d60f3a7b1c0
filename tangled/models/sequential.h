/* sequential.h: a network as a list of layers applied one after the other,
   PyTorch's nn.Sequential: convolutions, rectifiers, max pools, flatten
   and linear layers over images, trained on the cross-entropy of the
   last layer's outputs, the logits. */
#ifndef LITNN_SEQUENTIAL_H
#define LITNN_SEQUENTIAL_H

#include "core/params.h"
#include "core/rng.h"
#include "nn/conv.h"
#include "nn/pool2d.h"

#include <stdbool.h>
#include <stddef.h>

enum { SEQUENTIAL_MAX_LAYERS = 16 };

typedef enum { LAYER_CONV, LAYER_RELU, LAYER_MAXPOOL, LAYER_FLATTEN, LAYER_LINEAR } LayerKind;

/* One layer and what it computes for a batch. */
typedef struct {
    LayerKind kind;
    size_t channels, height, width;   /* of one example's output (flat: size, 1, 1) */
    size_t size;                      /* channels height width */
    Conv2d conv;                      /* LAYER_CONV */
    Pool2d pool;                      /* LAYER_MAXPOOL */
    size_t weight, bias;              /* LAYER_CONV, LAYER_LINEAR: parts of params */
    double *y, *dy;                   /* (max_batch, size): output, dL/doutput */
    size_t *arg;                      /* LAYER_MAXPOOL: (max_batch, size) */
} Layer;

typedef struct {
    size_t channels, height, width;   /* of one input */
    size_t count, max_batch;          /* layers; examples in a batch */
    Layer layer[SEQUENTIAL_MAX_LAYERS];
    Params params;                    /* "0.weight", "0.bias", ...: PyTorch's keys */
    const double *x;                  /* the last batch given to the forward pass */
} Sequential;

/* A network without layers for inputs of channels x height x width. */
Sequential sequential_new(size_t channels, size_t height, size_t width);

/* Append a layer to m, which is not yet allocated: a convolution of
   kernel x kernel, stride 1 and the padding pad; the rectifier; a max pool
   of kernel x kernel and stride kernel; flatten; a linear layer to out
   numbers, whose input must be flat. Each stops the program with
   "litnn: error: ..." if the layer cannot follow the last one. */
void sequential_conv(Sequential *m, size_t out_channels, size_t kernel, size_t pad);
void sequential_relu(Sequential *m);
void sequential_maxpool(Sequential *m, size_t kernel);
void sequential_flatten(Sequential *m);
void sequential_linear(Sequential *m, size_t out);

/* Allocates the parameters and buffers of m for batches of up to max_batch
   examples and draws the parameters as PyTorch does: every weight and bias
   of a layer with fan_in inputs per output uniform in [-1/sqrt(fan_in),
   1/sqrt(fan_in)). Release m with sequential_free. */
void sequential_alloc(Sequential *m, size_t max_batch, Rng *rng);
void sequential_free(Sequential *m);

/* x is (n, channels, height, width), n <= max_batch: runs the layers and
   returns the logits, the last layer's output (n, size). m keeps x until
   the backward pass. */
const double *sequential_forward(Sequential *m, const double *x, size_t n);

/* After sequential_forward on n examples with the classes t (n): returns
   the mean cross-entropy of the logits; if backward, also adds its
   gradient to m->params.grad. */
double sequential_loss(Sequential *m, const size_t *t, size_t n, bool backward);

#endif
