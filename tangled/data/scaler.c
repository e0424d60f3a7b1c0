/* scaler.c: min-max and z-score normalization of columns. */
#include "data/scaler.h"

#include "core/mem.h"

#include <math.h>

static Scaler scaler_new(size_t dim)
{
    Scaler s = {dim, mem_alloc(dim, sizeof(double)), mem_alloc(dim, sizeof(double))};
    return s;
}

Scaler scaler_fit_minmax(const double *x, size_t n, size_t dim)
{
    Scaler s = scaler_new(dim);
    for (size_t j = 0; j < dim; j++) {
        double lo = x[j], hi = x[j];
        for (size_t i = 1; i < n; i++) {
            lo = fmin(lo, x[i * dim + j]);
            hi = fmax(hi, x[i * dim + j]);
        }
        s.shift[j] = lo;
        s.scale[j] = hi > lo ? hi - lo : 1.0;
    }
    return s;
}

Scaler scaler_fit_zscore(const double *x, size_t n, size_t dim)
{
    Scaler s = scaler_new(dim);
    for (size_t j = 0; j < dim; j++) {
        double sum = 0.0, squares = 0.0;
        for (size_t i = 0; i < n; i++)
            sum += x[i * dim + j];
        double mean = sum / (double)n;
        for (size_t i = 0; i < n; i++)
            squares += (x[i * dim + j] - mean) * (x[i * dim + j] - mean);
        double sd = sqrt(squares / (double)n);
        s.shift[j] = mean;
        s.scale[j] = sd > 0.0 ? sd : 1.0;
    }
    return s;
}

void scaler_apply(const Scaler *s, const double *x, size_t n, double *y)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < s->dim; j++)
            y[i * s->dim + j] = (x[i * s->dim + j] - s->shift[j]) / s->scale[j];
}

void scaler_free(Scaler *s)
{
    mem_free(s->shift);
    mem_free(s->scale);
    *s = (Scaler){0, NULL, NULL};
}
