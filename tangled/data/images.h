/* images.h: a set of labelled grey images, as the image readers of
   chapter 7 load them, and batches of them as numbers for a network. */
#ifndef LITNN_IMAGES_H
#define LITNN_IMAGES_H

#include <stddef.h>

typedef struct {
    size_t count, height, width;
    size_t classes;               /* labels are 0 .. classes-1 */
    unsigned ink;                 /* the largest pixel: all ink */
    unsigned char *pixels;        /* (count, height, width): 0 (none) to ink */
    unsigned char *labels;        /* (count) */
} Images;

/* An empty set of count images of height x width pixels, zeroed; release
   it with images_free. */
Images images_new(size_t count, size_t height, size_t width, size_t classes,
                  unsigned ink);
void images_free(Images *s);

/* which is (n) indices of images of s: a new set of those images, in that
   order. */
Images images_select(const Images *s, const size_t *which, size_t n);

/* which is (n) indices of images of s: writes their pixels divided by
   s->ink to x (n, height, width), numbers from 0 to 1, and their labels to
   t (n). */
void images_batch(const Images *s, const size_t *which, size_t n, double *x,
                  size_t *t);

#endif
