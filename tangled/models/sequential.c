/* sequential.c: networks as lists of layers. */
#include "models/sequential.h"

#include "core/mem.h"
#include "nn/linear.h"
#include "nn/relu.h"
#include "nn/softmax.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Sequential sequential_new(size_t channels, size_t height, size_t width)
{
    return (Sequential){.channels = channels, .height = height, .width = width};
}

/* Appends a layer of the given kind and output shape to m; who names the
   caller in a message. */
static Layer *sequential_push(Sequential *m, LayerKind kind, size_t channels,
                              size_t height, size_t width, const char *who)
{
    if (m->count == SEQUENTIAL_MAX_LAYERS || m->params.data) {
        if (m->params.data)
            fprintf(stderr, "litnn: error: %s: the network is already allocated\n", who);
        else
            fprintf(stderr, "litnn: error: %s: the network has its %d layers\n", who,
                    SEQUENTIAL_MAX_LAYERS);
        exit(EXIT_FAILURE);
    }
    Layer *l = &m->layer[m->count++];
    *l = (Layer){.kind = kind, .channels = channels, .height = height, .width = width,
                 .size = channels * height * width};
    return l;
}

/* The shape of what enters the next layer of m: *c channels of *h x *w. */
static void sequential_top(const Sequential *m, size_t *c, size_t *h, size_t *w)
{
    const Layer *l = m->count ? &m->layer[m->count - 1] : NULL;
    *c = l ? l->channels : m->channels;
    *h = l ? l->height : m->height;
    *w = l ? l->width : m->width;
}

/* Adds the parts "<index>.weight" (ndim dimensions of shape) and
   "<index>.bias" (shape[0]) for the layer just pushed. */
static void sequential_parts(Sequential *m, Layer *l, size_t ndim, const size_t *shape)
{
    char name[PARAMS_NAME_SIZE];
    snprintf(name, sizeof name, "%zu.weight", m->count - 1);
    l->weight = params_add(&m->params, name, ndim, shape);
    snprintf(name, sizeof name, "%zu.bias", m->count - 1);
    l->bias = params_add(&m->params, name, 1, shape);
}

void sequential_conv(Sequential *m, size_t out_channels, size_t kernel, size_t pad)
{
    size_t c, h, w;
    sequential_top(m, &c, &h, &w);
    Conv2d conv = conv2d_layer(c, out_channels,
                               window_along(h, kernel, 1, pad, 1, false, "sequential_conv"),
                               window_along(w, kernel, 1, pad, 1, false, "sequential_conv"));
    Layer *l = sequential_push(m, LAYER_CONV, out_channels, conv.h.out, conv.w.out,
                               "sequential_conv");
    l->conv = conv;
    sequential_parts(m, l, 4, (size_t[]){out_channels, c, kernel, kernel});
}

void sequential_relu(Sequential *m)
{
    size_t c, h, w;
    sequential_top(m, &c, &h, &w);
    sequential_push(m, LAYER_RELU, c, h, w, "sequential_relu");
}

void sequential_maxpool(Sequential *m, size_t kernel)
{
    size_t c, h, w;
    sequential_top(m, &c, &h, &w);
    Pool2d pool = pool2d_layer(
        window_along(h, kernel, kernel, 0, 1, false, "sequential_maxpool"),
        window_along(w, kernel, kernel, 0, 1, false, "sequential_maxpool"));
    sequential_push(m, LAYER_MAXPOOL, c, pool.h.out, pool.w.out, "sequential_maxpool")
        ->pool = pool;
}

void sequential_flatten(Sequential *m)
{
    size_t c, h, w;
    sequential_top(m, &c, &h, &w);
    sequential_push(m, LAYER_FLATTEN, c * h * w, 1, 1, "sequential_flatten");
}

void sequential_linear(Sequential *m, size_t out)
{
    size_t c, h, w;
    sequential_top(m, &c, &h, &w);
    if (h != 1 || w != 1 || out == 0) {
        fprintf(stderr, "litnn: error: sequential_linear: %zu outputs from %zu x %zu x %zu; "
                "a linear layer needs a flat input (flatten first) and outputs\n", out, c, h, w);
        exit(EXIT_FAILURE);
    }
    Layer *l = sequential_push(m, LAYER_LINEAR, out, 1, 1, "sequential_linear");
    sequential_parts(m, l, 2, (size_t[]){out, c});
}

/* Draws the count numbers at p uniformly in [-bound, bound). */
static void sequential_uniform(Rng *rng, double *p, size_t count, double bound)
{
    for (size_t k = 0; k < count; k++)
        p[k] = bound * (2.0 * rng_random(rng) - 1.0);
}

void sequential_alloc(Sequential *m, size_t max_batch, Rng *rng)
{
    params_alloc(&m->params);
    m->max_batch = max_batch;
    for (size_t i = 0; i < m->count; i++) {
        Layer *l = &m->layer[i];
        if (l->kind == LAYER_FLATTEN && i > 0) {      /* the same numbers, flat */
            l->y = m->layer[i - 1].y;
            l->dy = m->layer[i - 1].dy;
            continue;
        }
        l->y = mem_alloc(max_batch * l->size, sizeof(double));
        l->dy = mem_alloc(max_batch * l->size, sizeof(double));
        if (l->kind == LAYER_MAXPOOL)
            l->arg = mem_alloc(max_batch * l->size, sizeof(size_t));
        if (l->kind == LAYER_CONV || l->kind == LAYER_LINEAR) {
            const ParamPart *w = &m->params.part[l->weight];
            double bound = 1.0 / sqrt((double)(w->size / w->shape[0]));
            sequential_uniform(rng, params_at(&m->params, l->weight), w->size, bound);
            sequential_uniform(rng, params_at(&m->params, l->bias), w->shape[0], bound);
        }
    }
}

void sequential_free(Sequential *m)
{
    for (size_t i = 0; i < m->count; i++) {
        Layer *l = &m->layer[i];
        if (l->kind == LAYER_FLATTEN && i > 0)
            continue;
        mem_free(l->y);
        mem_free(l->dy);
        mem_free(l->arg);
    }
    params_free(&m->params);
    *m = (Sequential){0};
}

/* Stops the program if n examples do not fit m's batches. */
static void sequential_check_batch(const Sequential *m, size_t n, const char *who)
{
    if (n == 0 || n > m->max_batch || m->count == 0) {
        fprintf(stderr, "litnn: error: %s: a batch of %zu for a network of %zu layers "
                "allocated for batches of 1 to %zu\n", who, n, m->count, m->max_batch);
        exit(EXIT_FAILURE);
    }
}

const double *sequential_forward(Sequential *m, const double *x, size_t n)
{
    sequential_check_batch(m, n, "sequential_forward");
    m->x = x;
    for (size_t i = 0; i < m->count; i++) {
        Layer *l = &m->layer[i];
        const double *in = i ? m->layer[i - 1].y : x;
        const bool learns = l->kind == LAYER_CONV || l->kind == LAYER_LINEAR;
        const double *w = learns ? params_at(&m->params, l->weight) : NULL;
        const double *b = learns ? params_at(&m->params, l->bias) : NULL;
        switch (l->kind) {
        case LAYER_CONV:
            conv2d_forward(&l->conv, n, in, w, b, l->y);
            break;
        case LAYER_RELU:
            relu_forward(in, n * l->size, l->y);
            break;
        case LAYER_MAXPOOL:
            pool2d_max_forward(&l->pool, n * l->channels, in, l->y, l->arg);
            break;
        case LAYER_FLATTEN:
            if (i == 0)
                memcpy(l->y, x, n * l->size * sizeof(double));
            break;
        case LAYER_LINEAR:
            linear_forward(in, w, b, n, m->layer[i - 1].size, l->size, l->y);
            break;
        }
    }
    return m->layer[m->count - 1].y;
}

/* Adds layer i's gradients for n examples, from its l->dy, into the
   parameters' gradients and into dx, the gradient of its input (NULL for
   the network's input), which starts at zero. */
static void sequential_layer_backward(Sequential *m, size_t i, size_t n, double *dx)
{
    Layer *l = &m->layer[i];
    const double *in = i ? m->layer[i - 1].y : m->x;
    const size_t in_size = i ? m->layer[i - 1].size : m->channels * m->height * m->width;
    const bool learns = l->kind == LAYER_CONV || l->kind == LAYER_LINEAR;
    const double *w = learns ? params_at(&m->params, l->weight) : NULL;
    double *dw = learns ? params_grad_at(&m->params, l->weight) : NULL;
    double *db = learns ? params_grad_at(&m->params, l->bias) : NULL;
    if (dx && l->kind != LAYER_FLATTEN)
        memset(dx, 0, n * in_size * sizeof(double));
    switch (l->kind) {
    case LAYER_CONV:
        conv2d_backward(&l->conv, n, in, w, l->dy, dx, dw, db);
        break;
    case LAYER_RELU:
        if (dx)
            relu_backward(l->y, l->dy, n * l->size, dx);
        break;
    case LAYER_MAXPOOL:
        if (dx)
            pool2d_max_backward(&l->pool, n * l->channels, l->dy, l->arg, dx);
        break;
    case LAYER_FLATTEN:                   /* dx is l->dy already */
        break;
    case LAYER_LINEAR:
        linear_backward(in, w, l->dy, n, in_size, l->size, dx, dw, db);
        break;
    }
}

double sequential_loss(Sequential *m, const size_t *t, size_t n, bool backward)
{
    sequential_check_batch(m, n, "sequential_loss");
    Layer *top = &m->layer[m->count - 1];
    const size_t K = top->size;
    double loss = 0.0;
    if (backward)
        memset(top->dy, 0, n * K * sizeof(double));
    for (size_t b = 0; b < n; b++) {
        if (t[b] >= K) {
            fprintf(stderr, "litnn: error: sequential_loss: class %zu of %zu logits\n",
                    t[b], K);
            exit(EXIT_FAILURE);
        }
        loss += backward
              ? softmax_cross_entropy_backward(&top->y[b * K], K, t[b], 1.0 / (double)n,
                                               &top->dy[b * K])
              : softmax_cross_entropy(&top->y[b * K], K, t[b]);
    }
    for (size_t i = m->count; backward && i-- > 0;)
        sequential_layer_backward(m, i, n, i ? m->layer[i - 1].dy : NULL);
    return loss / (double)n;
}
