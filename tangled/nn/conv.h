/* conv.h: PyTorch's nn.Conv2d and nn.Conv1d (cross-correlations), forward
   and backward, by their definition and through im2col and gemm. */
#ifndef LITNN_CONV_H
#define LITNN_CONV_H

#include "nn/window.h"

#include <stddef.h>

/* out_channels kernels over in_channels planes, with the windows h along
   the height and w along the width. In every function below, x is
   (N, C_in, H, W) with H = h.in and W = w.in, the weight is
   (C_out, C_in, h.kernel, w.kernel), the bias (C_out) or NULL for none,
   and y is (N, C_out, h.out, w.out). */
typedef struct {
    size_t in_channels, out_channels;
    Window h, w;
} Conv2d;

/* The layer; stops the program if a count of channels is 0. */
Conv2d conv2d_layer(size_t in_channels, size_t out_channels, Window h,
                    Window w);
/* nn.Conv1d as a Conv2d of height 1: x (N, C_in, L) is (N, C_in, 1, L) and
   a weight (C_out, C_in, k) is (C_out, C_in, 1, k). */
Conv2d conv1d_layer(size_t in_channels, size_t out_channels, Window w);

/* y = the cross-correlation of x with the weight, plus the bias; computed
   one output at a time: the reference. */
void conv2d_direct_forward(const Conv2d *c, size_t n, const double *x,
                           const double *weight, const double *bias,
                           double *y);
/* dy is (N, C_out, h.out, w.out): adds dL/dx into dx, dL/dweight into
   dweight and dL/dbias into dbias; each may be NULL when not wanted. */
void conv2d_direct_backward(const Conv2d *c, size_t n, const double *x,
                            const double *weight, const double *dy,
                            double *dx, double *dweight, double *dbias);

/* x is one example (C_in, H, W); cols is (C_in h.kernel w.kernel, ld) with
   ld >= h.out w.out: column i w.out + j holds the taps of window (i, j) in
   the weight's order, 0 where a tap falls on the padding. */
void conv2d_im2col(const Conv2d *c, const double *x, double *cols, size_t ld);
/* The transpose of conv2d_im2col: adds each entry of cols (as above) into
   the element of dx (C_in, H, W) it was read from. */
void conv2d_col2im(const Conv2d *c, const double *cols, size_t ld, double *dx);
/* The same as conv2d_direct_forward and conv2d_direct_backward, through
   im2col and gemm: the forward numbers and the weight's and bias's
   gradients are the direct ones bit for bit (up to the sign of a zero),
   dx equal to rounding. */
void conv2d_forward(const Conv2d *c, size_t n, const double *x,
                    const double *weight, const double *bias, double *y);
void conv2d_backward(const Conv2d *c, size_t n, const double *x,
                     const double *weight, const double *dy, double *dx,
                     double *dweight, double *dbias);

#endif
