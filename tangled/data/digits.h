/* digits.h: scikit-learn's 8 x 8 handwritten digits (data/digits.csv):
   one image per line, its 64 pixels row by row (0 to 16) and its digit. */
#ifndef LITNN_DIGITS_H
#define LITNN_DIGITS_H

#include "data/images.h"

#include <stdbool.h>
#include <stddef.h>

enum { DIGITS_SIDE = 8, DIGITS_PIXELS = 64, DIGITS_CLASSES = 10, DIGITS_INK = 16 };

/* Reads the file at path into *out, images of DIGITS_SIDE x DIGITS_SIDE
   pixels from 0 to DIGITS_INK in DIGITS_CLASSES classes. False, with the reason in why (size),
   if the file cannot be read (see textfile_read), holds no image, or has a
   line that is not 65 whole numbers separated by commas, a pixel above
   DIGITS_INK or a label above 9 (the reason names the line). Release the
   images with images_free. */
bool digits_read(const char *path, Images *out, char *why, size_t size);

#endif
