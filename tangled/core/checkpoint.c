/* checkpoint.c: writing and reading checkpoints, byte by byte. */
#include "core/checkpoint.h"

#include "core/mem.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const char CHECKPOINT_MARK[8] = {'l', 'i', 't', 'n', 'n', '-', 'c', 'k'};

static bool put_uint(FILE *f, uint64_t value, int bytes)
{
    for (int b = 0; b < bytes; b++)
        if (fputc((int)((value >> (8 * b)) & 0xFF), f) == EOF)
            return false;
    return true;
}

static bool put_double(FILE *f, double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return put_uint(f, bits, 8);
}

static bool get_uint(FILE *f, int bytes, uint64_t *value)
{
    *value = 0;
    for (int b = 0; b < bytes; b++) {
        int c = fgetc(f);
        if (c == EOF)
            return false;
        *value |= (uint64_t)c << (8 * b);
    }
    return true;
}

static bool get_double(FILE *f, double *x)
{
    uint64_t bits;
    if (!get_uint(f, 8, &bits))
        return false;
    memcpy(x, &bits, sizeof bits);
    return true;
}

/* Why a read of f came up short: an error of the device, or the end. */
static void short_read(FILE *f, const char *where, char *why, size_t size)
{
    if (ferror(f))
        snprintf(why, size, "cannot read the file (%s)", strerror(errno));
    else
        snprintf(why, size, "the file ends inside %s", where);
}

bool checkpoint_save(const Params *p, const char *path, char *why, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        snprintf(why, size, "cannot write the file (%s)", strerror(errno));
        return false;
    }
    bool ok = fwrite(CHECKPOINT_MARK, 1, 8, f) == 8 &&
              put_uint(f, CHECKPOINT_VERSION, 4) && put_uint(f, p->count, 4);
    for (size_t i = 0; ok && i < p->count; i++) {
        const ParamPart *part = &p->part[i];
        size_t len = strlen(part->name);
        ok = put_uint(f, len, 4) && fwrite(part->name, 1, len, f) == len &&
             put_uint(f, part->ndim, 4);
        for (size_t d = 0; ok && d < part->ndim; d++)
            ok = put_uint(f, part->shape[d], 8);
    }
    for (size_t i = 0; ok && i < p->size; i++)
        ok = put_double(f, p->data[i]);
    int errnum = ok ? 0 : errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        errnum = errno;
    }
    if (!ok)
        snprintf(why, size, "cannot write the file (%s)", strerror(errnum));
    return ok;
}

/* Reads one part's name and shape from f and finds it in p: its index in
   p, or p->count with the reason in why. seen marks the parts read. */
static size_t read_part(FILE *f, const Params *p, const bool *seen, char *why,
                        size_t size)
{
    uint64_t len, ndim, dim;
    char name[PARAMS_NAME_SIZE];
    if (!get_uint(f, 4, &len)) {
        short_read(f, "its header", why, size);
        return p->count;
    }
    if (len == 0 || len >= PARAMS_NAME_SIZE) {
        snprintf(why, size, "a part's name of %llu bytes, the most is %d",
                 (unsigned long long)len, PARAMS_NAME_SIZE - 1);
        return p->count;
    }
    if (fread(name, 1, len, f) != len || !get_uint(f, 4, &ndim)) {
        short_read(f, "its header", why, size);
        return p->count;
    }
    name[len] = '\0';
    size_t i = params_find(p, name);
    if (i == p->count || seen[i]) {
        snprintf(why, size, "the file's part %s is %s", name,
                 i == p->count ? "not a part of the model" : "listed twice");
        return p->count;
    }
    bool same = ndim == p->part[i].ndim;
    for (uint64_t d = 0; d < ndim && d < PARAMS_MAX_DIMS; d++) {
        if (!get_uint(f, 8, &dim)) {
            short_read(f, "its header", why, size);
            return p->count;
        }
        same = same && dim == p->part[i].shape[d];
    }
    if (!same || ndim > PARAMS_MAX_DIMS) {
        snprintf(why, size, "the file's part %s has another shape than the model's",
                 name);
        return p->count;
    }
    return i;
}

static bool read_checkpoint(FILE *f, const Params *p, double *scratch, char *why,
                            size_t size)
{
    char mark[8];
    uint64_t version, count;
    if (fread(mark, 1, 8, f) != 8 || memcmp(mark, CHECKPOINT_MARK, 8) != 0) {
        snprintf(why, size, "not a checkpoint (the file does not start with litnn-ck)");
        return false;
    }
    if (!get_uint(f, 4, &version) || !get_uint(f, 4, &count)) {
        short_read(f, "its header", why, size);
        return false;
    }
    if (version != CHECKPOINT_VERSION) {
        snprintf(why, size, "a checkpoint of version %llu, this program reads "
                 "version %d", (unsigned long long)version, CHECKPOINT_VERSION);
        return false;
    }
    if (count != p->count) {
        snprintf(why, size, "the file holds %llu parts, the model %zu",
                 (unsigned long long)count, p->count);
        return false;
    }
    bool seen[PARAMS_MAX_PARTS] = {false};
    size_t order[PARAMS_MAX_PARTS];
    for (size_t k = 0; k < p->count; k++) {
        order[k] = read_part(f, p, seen, why, size);
        if (order[k] == p->count)
            return false;
        seen[order[k]] = true;
    }
    for (size_t k = 0; k < p->count; k++) {
        const ParamPart *part = &p->part[order[k]];
        for (size_t j = 0; j < part->size; j++)
            if (!get_double(f, &scratch[part->offset + j])) {
                short_read(f, "its numbers", why, size);
                return false;
            }
    }
    if (fgetc(f) != EOF) {
        snprintf(why, size, "the file goes on after its last number");
        return false;
    }
    return true;
}

bool checkpoint_load(Params *p, const char *path, char *why, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, size, "cannot read the file (%s)", strerror(errno));
        return false;
    }
    double *scratch = mem_alloc(p->size, sizeof scratch[0]);
    bool ok = read_checkpoint(f, p, scratch, why, size);
    fclose(f);
    if (ok)
        memcpy(p->data, scratch, p->size * sizeof scratch[0]);
    mem_free(scratch);
    return ok;
}
