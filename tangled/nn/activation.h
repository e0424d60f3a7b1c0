/* activation.h: the nonlinear functions that neurons apply to their sums. */
#ifndef LITNN_ACTIVATION_H
#define LITNN_ACTIVATION_H

/* The logistic sigmoid 1 / (1 + e^-z). */
double activation_sigmoid(double z);

#endif
