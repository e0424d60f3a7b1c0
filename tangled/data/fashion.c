/* fashion.c: Fashion-MNIST from its IDX files. */
#include "data/fashion.h"

#include "data/idx.h"

#include <stdio.h>

const char *const FASHION_NAMES[FASHION_CLASSES] = {
    "T-shirt/top", "trouser", "pullover", "dress", "coat",
    "sandal", "shirt", "sneaker", "bag", "ankle boot"};

/* Reads dir/<split>-<what> into *a, prefixing a reason with the file's name. */
static bool fashion_file(const char *dir, const char *split, const char *what, Idx *a,
                         char *why, size_t size)
{
    char path[512], reason[256];
    snprintf(path, sizeof path, "%s/%s-%s", dir, split, what);
    if (idx_read(path, a, reason, sizeof reason))
        return true;
    snprintf(why, size, "%s-%s: %s", split, what, reason);
    return false;
}

bool fashion_read(const char *dir, const char *split, Images *out, char *why,
                  size_t size)
{
    Idx pixels = {0}, labels = {0};
    bool ok = fashion_file(dir, split, "images-idx3-ubyte", &pixels, why, size)
           && fashion_file(dir, split, "labels-idx1-ubyte", &labels, why, size);
    if (ok && (pixels.ndim != 3 || pixels.dims[1] != FASHION_SIDE
               || pixels.dims[2] != FASHION_SIDE || labels.ndim != 1)) {
        snprintf(why, size, "%s: the images are not %d x %d or the labels not a list",
                 split, FASHION_SIDE, FASHION_SIDE);
        ok = false;
    }
    if (ok && pixels.dims[0] != labels.dims[0]) {
        snprintf(why, size, "%s: %zu images and %zu labels", split, pixels.dims[0],
                 labels.dims[0]);
        ok = false;
    }
    for (size_t i = 0; ok && i < labels.size; i++)
        if (labels.data[i] >= FASHION_CLASSES) {
            snprintf(why, size, "%s: image %zu has the label %u", split, i + 1,
                     labels.data[i]);
            ok = false;
        }
    if (!ok) {
        idx_free(&pixels);
        idx_free(&labels);
        return false;
    }
    *out = (Images){labels.size, FASHION_SIDE, FASHION_SIDE, FASHION_CLASSES, FASHION_INK,
                    pixels.data, labels.data};       /* the arrays, without a copy */
    return true;
}
