/* image_nets.h: chapter 7's three classifiers of grey images, as networks
   of layers: a logistic regression, a multilayer perceptron and the source
   text's convolutional network. */
#ifndef LITNN_IMAGE_NETS_H
#define LITNN_IMAGE_NETS_H

#include "models/sequential.h"

#include <stddef.h>

typedef enum { IMAGE_NET_LOGISTIC, IMAGE_NET_MLP, IMAGE_NET_CNN } ImageNetKind;

/* Their names, by kind: "logistic", "mlp", "cnn". */
extern const char *const IMAGE_NET_NAMES[3];

/* The network of kind for one-channel images of height x width in classes
   classes, not yet allocated (see sequential_alloc): Flatten and Linear;
   Flatten, Linear(128), ReLU and Linear; or three convolutions of 32, 64
   and 64 kernels of 3 x 3, each followed by ReLU and the first two by a
   max pool of 2, then Flatten, Linear(64), ReLU and Linear. The
   convolutions are padded by 1 on images smaller than 28 x 28. */
Sequential image_net_new(ImageNetKind kind, size_t height, size_t width, size_t classes);

#endif
