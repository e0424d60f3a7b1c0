/* idx.c: the reader of IDX files. */
#include "data/idx.h"

#include "core/mem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Reads the header of f into *a (without data); false with why otherwise. */
static bool idx_header(FILE *f, Idx *a, char *why, size_t size)
{
    unsigned char magic[4], dim[4];
    if (fread(magic, 1, 4, f) != 4) {
        snprintf(why, size, "the file ends inside its header");
        return false;
    }
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08) {
        snprintf(why, size, "not an IDX file of bytes (it starts with %02x %02x %02x)",
                 magic[0], magic[1], magic[2]);
        return false;
    }
    a->ndim = magic[3];
    if (a->ndim < 1 || a->ndim > IDX_MAX_DIMS) {
        snprintf(why, size, "%zu dimensions (1 to %d are read)", a->ndim, IDX_MAX_DIMS);
        return false;
    }
    a->size = 1;
    for (size_t d = 0; d < a->ndim; d++) {
        if (fread(dim, 1, 4, f) != 4) {
            snprintf(why, size, "the file ends inside its header");
            return false;
        }
        a->dims[d] = (size_t)dim[0] << 24 | (size_t)dim[1] << 16 | (size_t)dim[2] << 8
                   | (size_t)dim[3];
        if (a->dims[d] == 0) {
            snprintf(why, size, "dimension %zu is 0", d + 1);
            return false;
        }
        if (a->dims[d] > IDX_MAX_BYTES / a->size) {
            snprintf(why, size, "an array of more than %zu MiB, the most read",
                     IDX_MAX_BYTES >> 20);
            return false;
        }
        a->size *= a->dims[d];
    }
    return true;
}

bool idx_read(const char *path, Idx *out, char *why, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, size, "cannot read the file (%s)", strerror(errno));
        return false;
    }
    Idx a = {0};
    bool ok = idx_header(f, &a, why, size);
    if (ok) {
        a.data = mem_alloc(a.size, 1);
        size_t got = fread(a.data, 1, a.size, f);
        if (ferror(f)) {
            snprintf(why, size, "cannot read the file (read error)");
            ok = false;
        } else if (got < a.size) {
            snprintf(why, size, "the file ends after %zu of the %zu bytes its header "
                     "announces", got, a.size);
            ok = false;
        } else if (fgetc(f) != EOF) {
            snprintf(why, size, "the file holds more than the %zu bytes its header "
                     "announces", a.size);
            ok = false;
        }
    }
    fclose(f);
    if (!ok) {
        idx_free(&a);
        return false;
    }
    *out = a;
    return true;
}

void idx_free(Idx *a)
{
    mem_free(a->data);
    *a = (Idx){0};
}
