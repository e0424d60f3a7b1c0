/* activation.c: the activation functions. */
#include "nn/activation.h"

#include <math.h>

double activation_sigmoid(double z)
{
    return 1.0 / (1.0 + exp(-z));
}
