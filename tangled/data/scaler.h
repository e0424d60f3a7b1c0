/* scaler.h: feature normalization x' = (x - shift) / scale per column,
   fitted on training data (min-max or z-score) and applied to any data. */
#ifndef LITNN_SCALER_H
#define LITNN_SCALER_H

#include <stddef.h>

typedef struct {
    size_t dim;
    double *shift, *scale;   /* (dim) each */
} Scaler;

/* x is (n, dim), n >= 1: shift = the column minima, scale = maxima - minima
   (1 where that is 0). Release with scaler_free. */
Scaler scaler_fit_minmax(const double *x, size_t n, size_t dim);
/* x is (n, dim), n >= 1: shift = the column means, scale = the column
   standard deviations with divisor n (1 where that is 0). */
Scaler scaler_fit_zscore(const double *x, size_t n, size_t dim);
/* x and y are (n, s->dim) and may be the same array: y = (x - shift) / scale. */
void scaler_apply(const Scaler *s, const double *x, size_t n, double *y);
void scaler_free(Scaler *s);

#endif
