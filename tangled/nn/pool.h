/* pool.h: pooling. The mean over the first rows of a sequence (a string's
   characters), and PyTorch's AvgPool1d and MaxPool1d over windows of the
   last axis. */
#ifndef LITNN_POOL_H
#define LITNN_POOL_H

#include <stdbool.h>
#include <stddef.h>

/* x is (T, dim) with T >= len, y is (dim): the mean of the first len rows
   of x, or zeros if len is 0. */
void pool_mean_forward(const double *x, size_t len, size_t dim, double *y);
/* dy is (dim), dx is (T, dim): adds dy / len to each of the first len rows. */
void pool_mean_backward(const double *dy, size_t len, size_t dim, double *dx);

/* Windows of kernel values, stride apart, over rows of len values. */
typedef struct {
    size_t len, kernel, stride;
    size_t out_len;         /* (len - kernel) / stride + 1 */
} Pool1d;

/* The windows for rows of len values; false if kernel or stride is 0 or
   kernel > len. */
bool pool1d_init(Pool1d *p, size_t len, size_t kernel, size_t stride);
/* x is (rows, p->len), y is (rows, p->out_len): the mean of each window.
   (rows is N C for PyTorch's (N, C, L).) */
void pool1d_avg_forward(const Pool1d *p, const double *x, size_t rows,
                        double *y);
/* dy is (rows, p->out_len), dx is (rows, p->len): adds dy / kernel to
   every position of each window. */
void pool1d_avg_backward(const Pool1d *p, const double *dy, size_t rows,
                         double *dx);
/* x and y as in pool1d_avg_forward, arg is (rows, p->out_len): y is the
   maximum of each window and arg its position in the row (the first, on
   a tie). */
void pool1d_max_forward(const Pool1d *p, const double *x, size_t rows,
                        double *y, size_t *arg);
/* dy and arg are (rows, p->out_len), dx is (rows, p->len): adds each dy
   to dx at the position of its window's maximum. */
void pool1d_max_backward(const Pool1d *p, const double *dy,
                         const size_t *arg, size_t rows, double *dx);

#endif
