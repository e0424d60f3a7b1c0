/* pool2d.c: max and average pooling over the windows of planes. */
#include "nn/pool2d.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static void pool2d_check(const Window *a)
{
    if (a->dilation != 1 || 2 * a->pad > a->kernel) {
        fprintf(stderr, "litnn: error: pool2d_layer: a window of %zu with dilation "
                "%zu and padding %zu; pooling needs dilation 1 and padding at most "
                "half the kernel\n", a->kernel, a->dilation, a->pad);
        exit(EXIT_FAILURE);
    }
}

Pool2d pool2d_layer(Window h, Window w)
{
    pool2d_check(&h);
    pool2d_check(&w);
    return (Pool2d){h, w};
}

/* How many padded positions window o covers, cut at the padded input's end. */
static size_t pool2d_count(const Window *a, size_t o)
{
    const size_t start = o * a->stride, end = start + a->kernel;
    return (end < a->in + 2 * a->pad ? end : a->in + 2 * a->pad) - start;
}

void pool2d_max_forward(const Pool2d *p, size_t planes, const double *x,
                        double *y, size_t *arg)
{
    const size_t size = p->h.in * p->w.in;
    for (size_t e = 0; e < planes; e++, x += size)
        for (size_t i = 0; i < p->h.out; i++)
            for (size_t j = 0; j < p->w.out; j++, y++, arg++) {
                bool found = false;
                for (size_t u = 0; u < p->h.kernel; u++)
                    for (size_t v = 0; v < p->w.kernel; v++) {
                        size_t r, q;
                        if (!window_tap(&p->h, i, u, &r) || !window_tap(&p->w, j, v, &q))
                            continue;
                        const double value = x[r * p->w.in + q];
                        if (!found || value > *y || isnan(value)) {
                            *y = value;
                            *arg = r * p->w.in + q;
                            found = true;
                        }
                    }
            }
}

void pool2d_max_backward(const Pool2d *p, size_t planes, const double *dy,
                         const size_t *arg, double *dx)
{
    const size_t out = p->h.out * p->w.out, size = p->h.in * p->w.in;
    for (size_t e = 0; e < planes; e++)
        for (size_t o = 0; o < out; o++)
            dx[e * size + arg[e * out + o]] += dy[e * out + o];
}

void pool2d_avg_forward(const Pool2d *p, size_t planes, const double *x,
                        double *y)
{
    const size_t size = p->h.in * p->w.in;
    for (size_t e = 0; e < planes; e++, x += size)
        for (size_t i = 0; i < p->h.out; i++)
            for (size_t j = 0; j < p->w.out; j++) {
                double sum = 0.0;
                for (size_t u = 0; u < p->h.kernel; u++)
                    for (size_t v = 0; v < p->w.kernel; v++) {
                        size_t r, q;
                        if (window_tap(&p->h, i, u, &r) && window_tap(&p->w, j, v, &q))
                            sum += x[r * p->w.in + q];
                    }
                *y++ = sum / (double)(pool2d_count(&p->h, i) * pool2d_count(&p->w, j));
            }
}

void pool2d_avg_backward(const Pool2d *p, size_t planes, const double *dy,
                         double *dx)
{
    const size_t size = p->h.in * p->w.in;
    for (size_t e = 0; e < planes; e++, dx += size)
        for (size_t i = 0; i < p->h.out; i++)
            for (size_t j = 0; j < p->w.out; j++) {
                const double g = *dy++ / (double)(pool2d_count(&p->h, i) * pool2d_count(&p->w, j));
                for (size_t u = 0; u < p->h.kernel; u++)
                    for (size_t v = 0; v < p->w.kernel; v++) {
                        size_t r, q;
                        if (window_tap(&p->h, i, u, &r) && window_tap(&p->w, j, v, &q))
                            dx[r * p->w.in + q] += g;
                    }
            }
}
