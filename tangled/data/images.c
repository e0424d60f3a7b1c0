/* images.c: sets of labelled images. */
#include "data/images.h"

#include "core/mem.h"

#include <string.h>

Images images_new(size_t count, size_t height, size_t width, size_t classes,
                  unsigned ink)
{
    return (Images){count, height, width, classes, ink,
                    mem_alloc(count * height * width + 1, 1), mem_alloc(count + 1, 1)};
}

void images_free(Images *s)
{
    mem_free(s->pixels);
    mem_free(s->labels);
    *s = (Images){0};
}

Images images_select(const Images *s, const size_t *which, size_t n)
{
    const size_t size = s->height * s->width;
    Images out = images_new(n, s->height, s->width, s->classes, s->ink);
    for (size_t b = 0; b < n; b++) {
        memcpy(&out.pixels[b * size], &s->pixels[which[b] * size], size);
        out.labels[b] = s->labels[which[b]];
    }
    return out;
}

void images_batch(const Images *s, const size_t *which, size_t n, double *x,
                  size_t *t)
{
    size_t size = s->height * s->width;
    for (size_t b = 0; b < n; b++) {
        const unsigned char *p = &s->pixels[which[b] * size];
        for (size_t i = 0; i < size; i++)
            x[b * size + i] = (double)p[i] / (double)s->ink;
        t[b] = s->labels[which[b]];
    }
}
