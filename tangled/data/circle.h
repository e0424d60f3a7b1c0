/* circle.h: the target function of chapter 2, 1 inside the unit circle and
   0 outside, and the grid of samples the network learns it from. */
#ifndef LITNN_CIRCLE_H
#define LITNN_CIRCLE_H

#include <stddef.h>

/* o(x, y): 1.0 if x^2 + y^2 < 1, else 0.0. */
double circle_target(double x, double y);
/* The number of samples of a grid of the given density: (density + 1)^2. */
size_t circle_count(size_t density);
/* xy is (circle_count(density), 2), t is (circle_count(density)): the points
   (-2 + 4 i / density, -2 + 4 j / density), i outer, j inner, and o there. */
void circle_grid(size_t density, double *xy, double *t);

#endif
