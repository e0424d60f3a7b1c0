/* test_ch07_idx.c: the IDX reader (data/idx) and the Fashion-MNIST reader
   (data/fashion) on small files written here: a good one read back, and
   bad ones (not IDX, a wrong type, no or too many dimensions, a dimension
   of 0, an array too large, a truncated header or array, bytes after the
   array; images and labels that do not match), each refused with its
   reason. */
#include "check.h"
#include "data/fashion.h"
#include "data/idx.h"

#include <stdio.h>
#include <string.h>

/* Writes bytes[0..n) to build/<name>; returns the path in path (size). */
static const char *write_file(const char *name, const unsigned char *bytes, size_t n,
                              char *path, size_t size)
{
    snprintf(path, size, "build/%s", name);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(bytes, 1, n, f);
        fclose(f);
    }
    return path;
}

/* An IDX header of ndim dimensions dims at out; returns its length. */
static size_t header(unsigned char *out, unsigned char type, size_t ndim, const size_t *dims)
{
    size_t n = 0;
    out[n++] = 0;
    out[n++] = 0;
    out[n++] = type;
    out[n++] = (unsigned char)ndim;
    for (size_t d = 0; d < ndim; d++)
        for (int shift = 24; shift >= 0; shift -= 8)
            out[n++] = (unsigned char)(dims[d] >> shift);
    return n;
}

/* Checks that idx_read refuses bytes[0..n) with a reason starting with want. */
static void check_refused(const char *name, const unsigned char *bytes, size_t n,
                          const char *want)
{
    char path[96], file[64], why[160] = "", what[96];
    snprintf(file, sizeof file, "ch07_idx_%s", name);
    Idx a;
    bool read = idx_read(write_file(file, bytes, n, path, sizeof path), &a, why, sizeof why);
    if (read)
        idx_free(&a);
    snprintf(what, sizeof what, "idx_read refuses %s", name);
    check_true(what, !read && strncmp(why, want, strlen(want)) == 0, "\"%s\"", why);
}

/* Writes build/<split>-images-idx3-ubyte with count images of side x side
   and build/<split>-labels-idx1-ubyte with labels (n_labels). */
static void write_split(const char *split, size_t count, size_t side, const unsigned char *labels,
                        size_t n_labels)
{
    static unsigned char bytes[4096];
    char name[96], path[128];
    size_t n = header(bytes, 8, 3, (size_t[]){count, side, side});
    for (size_t i = 0; i < count * side * side; i++)
        bytes[n++] = (unsigned char)(i % 256);
    snprintf(name, sizeof name, "%s-images-idx3-ubyte", split);
    write_file(name, bytes, n, path, sizeof path);
    n = header(bytes, 8, 1, &n_labels);
    memcpy(bytes + n, labels, n_labels);
    snprintf(name, sizeof name, "%s-labels-idx1-ubyte", split);
    write_file(name, bytes, n + n_labels, path, sizeof path);
}

int main(void)
{
    unsigned char bytes[256];
    size_t n = header(bytes, 8, 2, (size_t[]){3, 5});
    for (size_t i = 0; i < 15; i++)
        bytes[n + i] = (unsigned char)(7 * i);
    char path[96], why[160] = "";
    Idx a;
    bool read = idx_read(write_file("ch07_idx_good", bytes, n + 15, path, sizeof path), &a,
                         why, sizeof why);
    check_true("idx_read reads a 3 x 5 array", read && a.ndim == 2 && a.dims[0] == 3 &&
               a.dims[1] == 5 && a.size == 15 && a.data[14] == 98, "%s", read ? "" : why);
    if (read)
        idx_free(&a);
    check_refused("truncated_array", bytes, n + 14,
                  "the file ends after 14 of the 15 bytes its header announces");
    bytes[n + 15] = 0;
    check_refused("long", bytes, n + 16, "the file holds more than the 15 bytes its header");
    check_refused("truncated_header", bytes, 6, "the file ends inside its header");
    check_refused("empty", bytes, 0, "the file ends inside its header");
    check_refused("text", (const unsigned char *)"3,5,7\n", 6,
                  "not an IDX file of bytes (it starts with 33 2c 35)");
    n = header(bytes, 0x0d, 1, (size_t[]){2});     /* 0x0d: floats */
    check_refused("floats", bytes, n + 8, "not an IDX file of bytes (it starts with 00 00 0d)");
    n = header(bytes, 8, 0, NULL);
    check_refused("no_dimension", bytes, n, "0 dimensions (1 to 3 are read)");
    n = header(bytes, 8, 4, (size_t[]){1, 1, 1, 1});
    check_refused("four_dimensions", bytes, n + 1, "4 dimensions (1 to 3 are read)");
    n = header(bytes, 8, 2, (size_t[]){4, 0});
    check_refused("zero", bytes, n, "dimension 2 is 0");
    n = header(bytes, 8, 3, (size_t[]){60000, 2000, 2000});
    check_refused("huge", bytes, n, "an array of more than 64 MiB, the most read");
    read = idx_read("build/no-such-file.idx", &a, why, sizeof why);
    check_true("idx_read refuses a missing file", !read &&
               strcmp(why, "cannot read the file (No such file or directory)") == 0, "\"%s\"", why);

    Images s;
    write_split("ch07_train", 2, 28, (const unsigned char[]){3, 9}, 2);
    read = fashion_read("build", "ch07_train", &s, why, sizeof why);
    check_true("fashion_read reads two images", read && s.count == 2 && s.labels[1] == 9 &&
               s.pixels[28 * 28 + 1] == (28 * 28 + 1) % 256 && s.ink == 255, "%s", read ? "" : why);
    if (read)
        images_free(&s);
    write_split("ch07_t10k", 2, 28, (const unsigned char[]){3, 9, 1}, 3);
    read = fashion_read("build", "ch07_t10k", &s, why, sizeof why);
    check_true("fashion_read refuses 2 images and 3 labels", !read &&
               strcmp(why, "ch07_t10k: 2 images and 3 labels") == 0, "\"%s\"", why);
    write_split("ch07_t10k", 2, 28, (const unsigned char[]){3, 10}, 2);
    read = fashion_read("build", "ch07_t10k", &s, why, sizeof why);
    check_true("fashion_read refuses a label of 10", !read &&
               strcmp(why, "ch07_t10k: image 2 has the label 10") == 0, "\"%s\"", why);
    write_split("ch07_t10k", 1, 8, (const unsigned char[]){3}, 1);
    read = fashion_read("build", "ch07_t10k", &s, why, sizeof why);
    check_true("fashion_read refuses images of 8 x 8", !read &&
               strcmp(why, "ch07_t10k: the images are not 28 x 28 or the labels not a list") == 0,
               "\"%s\"", why);
    read = fashion_read("build", "ch07_test", &s, why, sizeof why);
    check_true("fashion_read names the missing file", !read &&
               strncmp(why, "ch07_test-images-idx3-ubyte: cannot read the file", 49) == 0, "\"%s\"", why);
    return check_finish("test_ch07_idx");
}
