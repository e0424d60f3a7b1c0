/* fashion.h: Fashion-MNIST (Zalando Research, MIT licence): 28 x 28 grey
   images of clothes in ten classes, 60,000 for training and 10,000 for
   test, in the files that Debian's package dataset-fashion-mnist installs
   and `make deps` unpacks into build/data/fashion-mnist. */
#ifndef LITNN_FASHION_H
#define LITNN_FASHION_H

#include "data/images.h"

#include <stdbool.h>
#include <stddef.h>

enum { FASHION_SIDE = 28, FASHION_CLASSES = 10, FASHION_INK = 255 };

/* The classes' names, by label. */
extern const char *const FASHION_NAMES[FASHION_CLASSES];

/* Reads the images and labels of split ("train" or "t10k") from
   dir/<split>-images-idx3-ubyte and dir/<split>-labels-idx1-ubyte into
   *out. False, with the reason in why (size, naming the file), if a file
   cannot be read as IDX (see idx_read), the images are not 28 x 28, the
   labels not one dimension, their counts differ, or a label is above 9.
   Release the images with images_free. */
bool fashion_read(const char *dir, const char *split, Images *out, char *why,
                  size_t size);

#endif
