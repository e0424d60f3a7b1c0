/* circle.c: the unit-circle target and its sampling grid. */
#include "data/circle.h"

double circle_target(double x, double y)
{
    return x * x + y * y < 1.0 ? 1.0 : 0.0;
}

size_t circle_count(size_t density)
{
    return (density + 1) * (density + 1);
}

void circle_grid(size_t density, double *xy, double *t)
{
    size_t q = 0;
    for (size_t i = 0; i <= density; i++)
        for (size_t j = 0; j <= density; j++, q++) {
            xy[2 * q] = -2.0 + (double)(4 * i) / (double)density;
            xy[2 * q + 1] = -2.0 + (double)(4 * j) / (double)density;
            t[q] = circle_target(xy[2 * q], xy[2 * q + 1]);
        }
}
