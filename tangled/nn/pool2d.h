/* pool2d.h: PyTorch's nn.MaxPool2d and nn.AvgPool2d (count_include_pad,
   the default) over the planes of (N, C, H, W). */
#ifndef LITNN_POOL2D_H
#define LITNN_POOL2D_H

#include "nn/window.h"

#include <stddef.h>

/* The windows along the height and along the width. In every function
   below, x is (planes, h.in, w.in), planes = N C, and y (planes, h.out,
   w.out). */
typedef struct {
    Window h, w;
} Pool2d;

/* The pooling; stops the program if a window has a dilation other than 1
   or a padding of more than half its kernel. */
Pool2d pool2d_layer(Window h, Window w);
/* y is the maximum of each window, arg (planes, h.out, w.out) its index
   r w.in + q in its plane (the first, on a tie; a NaN wins). */
void pool2d_max_forward(const Pool2d *p, size_t planes, const double *x,
                        double *y, size_t *arg);
/* dy and arg are (planes, h.out, w.out): adds each dy into dx at its
   window's maximum. */
void pool2d_max_backward(const Pool2d *p, size_t planes, const double *dy,
                         const size_t *arg, double *dx);
/* y is the sum of each window divided by its size within the padded
   input. */
void pool2d_avg_forward(const Pool2d *p, size_t planes, const double *x,
                        double *y);
/* dy is (planes, h.out, w.out): adds dy divided by that size into every
   position of its window in dx. */
void pool2d_avg_backward(const Pool2d *p, size_t planes, const double *dy,
                         double *dx);

#endif
