/* conv.c: the convolution by its definition, and on gemm through im2col. */
#include "nn/conv.h"

#include "core/gemm.h"
#include "core/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Conv2d conv2d_layer(size_t in_channels, size_t out_channels, Window h,
                    Window w)
{
    if (in_channels == 0 || out_channels == 0) {
        fprintf(stderr, "litnn: error: conv2d_layer: %zu input and %zu output "
                "channels; a layer needs at least one of each\n", in_channels,
                out_channels);
        exit(EXIT_FAILURE);
    }
    return (Conv2d){in_channels, out_channels, h, w};
}

Conv2d conv1d_layer(size_t in_channels, size_t out_channels, Window w)
{
    return conv2d_layer(in_channels, out_channels,
                        window_along(1, 1, 1, 0, 1, false, "conv1d_layer"), w);
}

void conv2d_direct_forward(const Conv2d *c, size_t n, const double *x,
                           const double *weight, const double *bias,
                           double *y)
{
    const size_t C = c->in_channels, H = c->h.in, W = c->w.in;
    const size_t kh = c->h.kernel, kw = c->w.kernel;
    for (size_t e = 0; e < n; e++)
        for (size_t o = 0; o < c->out_channels; o++)
            for (size_t i = 0; i < c->h.out; i++)
                for (size_t j = 0; j < c->w.out; j++) {
                    double sum = 0.0;
                    for (size_t ch = 0; ch < C; ch++)
                        for (size_t u = 0; u < kh; u++)
                            for (size_t v = 0; v < kw; v++) {
                                size_t r, q;
                                if (window_tap(&c->h, i, u, &r) && window_tap(&c->w, j, v, &q))
                                    sum += weight[((o * C + ch) * kh + u) * kw + v]
                                         * x[((e * C + ch) * H + r) * W + q];
                            }
                    y[((e * c->out_channels + o) * c->h.out + i) * c->w.out + j] =
                        bias ? sum + bias[o] : sum;
                }
}

void conv2d_direct_backward(const Conv2d *c, size_t n, const double *x,
                            const double *weight, const double *dy,
                            double *dx, double *dweight, double *dbias)
{
    const size_t C = c->in_channels, H = c->h.in, W = c->w.in;
    const size_t kh = c->h.kernel, kw = c->w.kernel;
    for (size_t e = 0; e < n; e++)
        for (size_t o = 0; o < c->out_channels; o++)
            for (size_t i = 0; i < c->h.out; i++)
                for (size_t j = 0; j < c->w.out; j++) {
                    const double g = dy[((e * c->out_channels + o) * c->h.out + i) * c->w.out + j];
                    if (dbias)
                        dbias[o] += g;
                    for (size_t ch = 0; ch < C; ch++)
                        for (size_t u = 0; u < kh; u++)
                            for (size_t v = 0; v < kw; v++) {
                                size_t r, q;
                                if (!window_tap(&c->h, i, u, &r) || !window_tap(&c->w, j, v, &q))
                                    continue;
                                const size_t at = ((e * C + ch) * H + r) * W + q;
                                const size_t tap = ((o * C + ch) * kh + u) * kw + v;
                                if (dx)
                                    dx[at] += weight[tap] * g;
                                if (dweight)
                                    dweight[tap] += x[at] * g;
                            }
                }
}

void conv2d_im2col(const Conv2d *c, const double *x, double *cols, size_t ld)
{
    const size_t H = c->h.in, W = c->w.in, s = c->w.stride;
    for (size_t ch = 0; ch < c->in_channels; ch++)
        for (size_t u = 0; u < c->h.kernel; u++)
            for (size_t v = 0; v < c->w.kernel; v++, cols += ld) {
                size_t first, end, r;
                window_span(&c->w, v, &first, &end);
                for (size_t i = 0; i < c->h.out; i++) {
                    double *col = &cols[i * c->w.out];
                    if (!window_tap(&c->h, i, u, &r) || first == end) {
                        memset(col, 0, c->w.out * sizeof col[0]);
                        continue;
                    }
                    const double *row = &x[(ch * H + r) * W + first * s + v * c->w.dilation
                                           - c->w.pad];    /* tap v of window first */
                    for (size_t j = 0; j < first; j++)
                        col[j] = 0.0;
                    for (size_t j = first; j < end; j++)
                        col[j] = row[(j - first) * s];
                    for (size_t j = end; j < c->w.out; j++)
                        col[j] = 0.0;
                }
            }
}

void conv2d_col2im(const Conv2d *c, const double *cols, size_t ld, double *dx)
{
    const size_t H = c->h.in, W = c->w.in, s = c->w.stride;
    for (size_t ch = 0; ch < c->in_channels; ch++)
        for (size_t u = 0; u < c->h.kernel; u++)
            for (size_t v = 0; v < c->w.kernel; v++, cols += ld) {
                size_t first, end, r;
                window_span(&c->w, v, &first, &end);
                for (size_t i = 0; i < c->h.out; i++) {
                    if (!window_tap(&c->h, i, u, &r) || first == end)
                        continue;
                    const double *col = &cols[i * c->w.out];
                    double *row = &dx[(ch * H + r) * W + first * s + v * c->w.dilation
                                      - c->w.pad];
                    for (size_t j = first; j < end; j++)
                        row[(j - first) * s] += col[j];
                }
            }
}

/* The examples per group: enough for at least 512 columns, at most n. */
static size_t conv2d_group(const Conv2d *c, size_t n)
{
    const size_t plane = c->h.out * c->w.out, g = (512 + plane - 1) / plane;
    return g < n ? g : n;
}

void conv2d_forward(const Conv2d *c, size_t n, const double *x,
                    const double *weight, const double *bias, double *y)
{
    const size_t taps = c->in_channels * c->h.kernel * c->w.kernel;
    const size_t plane = c->h.out * c->w.out, C = c->out_channels;
    const size_t in_size = c->in_channels * c->h.in * c->w.in, group = conv2d_group(c, n);
    double *cols = mem_alloc_aligned((taps + C) * group * plane, sizeof cols[0]);
    double *out = cols + taps * group * plane;               /* (C, g plane) */
    for (size_t first = 0; first < n; first += group) {
        const size_t g = n - first < group ? n - first : group, ld = g * plane;
        for (size_t e = 0; e < g; e++)
            conv2d_im2col(c, &x[(first + e) * in_size], &cols[e * plane], ld);
        gemm(false, false, C, ld, taps, 1.0, weight, taps, cols, ld, 0.0, out, ld);
        for (size_t e = 0; e < g; e++)                        /* to (g, C, plane) */
            for (size_t o = 0; o < C; o++) {
                double *to = &y[((first + e) * C + o) * plane];
                const double *from = &out[o * ld + e * plane];
                for (size_t q = 0; q < plane; q++)
                    to[q] = bias ? from[q] + bias[o] : from[q];
            }
    }
    mem_free(cols);
}

void conv2d_backward(const Conv2d *c, size_t n, const double *x,
                     const double *weight, const double *dy, double *dx,
                     double *dweight, double *dbias)
{
    const size_t taps = c->in_channels * c->h.kernel * c->w.kernel;
    const size_t plane = c->h.out * c->w.out, C = c->out_channels;
    const size_t in_size = c->in_channels * c->h.in * c->w.in, group = conv2d_group(c, n);
    double *cols = mem_alloc_aligned((2 * taps + C) * group * plane, sizeof cols[0]);
    double *dcols = cols + taps * group * plane, *delta = dcols + taps * group * plane;
    for (size_t first = 0; first < n; first += group) {
        const size_t g = n - first < group ? n - first : group, ld = g * plane;
        for (size_t e = 0; e < g; e++)                        /* (g, C, plane) to (C, g plane) */
            for (size_t o = 0; o < C; o++) {
                const double *from = &dy[((first + e) * C + o) * plane];
                memcpy(&delta[o * ld + e * plane], from, plane * sizeof from[0]);
                for (size_t q = 0; dbias && q < plane; q++)
                    dbias[o] += from[q];
            }
        if (dweight) {
            for (size_t e = 0; e < g; e++)
                conv2d_im2col(c, &x[(first + e) * in_size], &cols[e * plane], ld);
            gemm(false, true, C, taps, ld, 1.0, delta, ld, cols, ld, 1.0, dweight,
                 taps);                                       /* += Delta X_col^T */
        }
        if (dx) {
            gemm(true, false, taps, ld, C, 1.0, weight, taps, delta, ld, 0.0, dcols,
                 ld);                                         /* W^T Delta */
            for (size_t e = 0; e < g; e++)
                conv2d_col2im(c, &dcols[e * plane], ld, &dx[(first + e) * in_size]);
        }
    }
    mem_free(cols);
}
