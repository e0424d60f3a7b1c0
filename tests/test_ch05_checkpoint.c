/* test_ch05_checkpoint.c: checkpoints written and read back bit for bit,
   in the documented byte layout, parts matched by name in any order, and
   every kind of file that does not fit the model refused with its reason
   and the model left as it was. The argument is a folder for the files. */
#include "check.h"
#include "core/checkpoint.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static char folder[512];

static const char *path_of(const char *name)
{
    static char path[600];
    snprintf(path, sizeof path, "%s/%s", folder, name);
    return path;
}

/* A model of two parts, "w" (2, 3) and "b" (3), filled with x0, x0 + 1, ... */
static Params small_model(double x0, bool reversed)
{
    Params p = {0};
    if (reversed)
        params_add(&p, "b", 1, (size_t[]){3});
    params_add(&p, "w", 2, (size_t[]){2, 3});
    if (!reversed)
        params_add(&p, "b", 1, (size_t[]){3});
    params_alloc(&p);
    for (size_t i = 0; i < p.size; i++)
        p.data[i] = x0 + (double)i;
    return p;
}

static size_t read_bytes(const char *path, unsigned char *bytes, size_t cap)
{
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(bytes, 1, cap, f) : 0;
    if (f)
        fclose(f);
    return n;
}

static void write_bytes(const char *path, const unsigned char *bytes, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(bytes, 1, n, f);
        fclose(f);
    }
}

/* Loading path into a fresh small model must fail with a reason that
   contains want, and leave the model's numbers as they were. */
static void check_refused(const char *what, const char *path, const char *want)
{
    Params p = small_model(100.0, false);
    char why[CHECKPOINT_WHY_SIZE] = "";
    bool loaded = checkpoint_load(&p, path, why, sizeof why);
    bool unchanged = true;
    for (size_t i = 0; i < p.size; i++)
        unchanged = unchanged && p.data[i] == 100.0 + (double)i;
    check_true(what, !loaded && strstr(why, want) != NULL && unchanged, "\"%s\"", why);
    params_free(&p);
}

int main(int argc, char **argv)
{
    snprintf(folder, sizeof folder, "%s", argc > 1 ? argv[1] : ".");
    char why[CHECKPOINT_WHY_SIZE] = "";

    /* Round trip, with the values a format could lose. */
    Params a = small_model(0.0, false);
    const double odd[9] = {-0.0, 4.9e-324, -INFINITY, NAN, 3.141592653589793, -1e308,
                           1.0, 0.1, 2.2250738585072014e-308};
    memcpy(a.data, odd, sizeof odd);
    bool saved = checkpoint_save(&a, path_of("good.ckpt"), why, sizeof why);
    Params b = small_model(7.0, false);
    bool loaded = checkpoint_load(&b, path_of("good.ckpt"), why, sizeof why);
    check_true("save, then load: the same bits, -0, subnormals, inf and nan included",
               saved && loaded && memcmp(a.data, b.data, sizeof odd) == 0, "%s", why);

    /* The layout of the documented format. */
    unsigned char good[256];
    size_t n = read_bytes(path_of("good.ckpt"), good, sizeof good);
    const unsigned char head[16] = {'l', 'i', 't', 'n', 'n', '-', 'c', 'k', 1, 0, 0, 0, 2, 0, 0, 0};
    const size_t header = 16 + (4 + 1 + 4 + 16) + (4 + 1 + 4 + 8);   /* w (2, 3), b (3) */
    const unsigned char one[8] = {0, 0, 0, 0, 0, 0, 0xF0, 0x3F};      /* 1.0, little-endian */
    check_true("the mark, version 1, two parts, then w's name and shape",
               n == header + 9 * 8 && memcmp(good, head, 16) == 0 &&
               good[16] == 1 && good[20] == 'w' && good[21] == 2 && good[25] == 2 &&
               good[33] == 3, "%zu bytes", n);
    check_true("the numbers follow the header, 1.0 as 00 .. F0 3F",
               memcmp(&good[header + 6 * 8], one, 8) == 0, "");

    /* Parts are matched by name, whatever their order in the file. */
    Params r = small_model(50.0, true);
    checkpoint_save(&r, path_of("reversed.ckpt"), why, sizeof why);
    Params c = small_model(0.0, false);
    loaded = checkpoint_load(&c, path_of("reversed.ckpt"), why, sizeof why);
    check_true("parts in another order go to their names", loaded &&
               c.data[0] == 53.0 && c.data[5] == 58.0 && c.data[6] == 50.0, "%s", why);

    /* Files that do not fit. */
    /* One byte of the good file changed: where, to what, and the reason. */
    static const struct {
        size_t at;
        unsigned char byte;
        const char *what, *why;
    } changes[] = {
        {0, 'L', "a wrong mark", "not a checkpoint"},
        {8, 2, "version 2", "a checkpoint of version 2, this program reads version 1"},
        {12, 3, "three parts for a model of two", "the file holds 3 parts, the model 2"},
        {20, 'v', "a part the model lacks", "the file's part v is not a part of the model"},
        {45, 'w', "a part listed twice", "the file's part w is listed twice"},
        {33, 4, "another shape, w (2, 4)", "the file's part w has another shape than the model's"},
        {16, 60, "a name of 60 bytes", "a part's name of 60 bytes, the most is 47"},
    };
    unsigned char bad[256];
    for (size_t i = 0; i < sizeof changes / sizeof changes[0]; i++) {
        memcpy(bad, good, n);
        bad[changes[i].at] = changes[i].byte;
        write_bytes(path_of("changed.ckpt"), bad, n);
        check_refused(changes[i].what, path_of("changed.ckpt"), changes[i].why);
    }
    write_bytes(path_of("header.ckpt"), good, 30);
    check_refused("a header cut short", path_of("header.ckpt"), "the file ends inside its header");
    write_bytes(path_of("numbers.ckpt"), good, n - 3);
    check_refused("numbers cut short", path_of("numbers.ckpt"), "the file ends inside its numbers");
    memcpy(bad, good, n);
    bad[n] = 0;
    write_bytes(path_of("extra.ckpt"), bad, n + 1);
    check_refused("a byte after the last number", path_of("extra.ckpt"), "the file goes on after its last number");
    check_refused("no such file", path_of("no-such.ckpt"), "cannot read the file (No such file or directory)");
    check_refused("a folder", folder, "not a checkpoint");

    /* Files that cannot be written. */
    bool wrote = checkpoint_save(&a, "/nonexistent-folder/x.ckpt", why, sizeof why);
    check_true("saving into a missing folder", !wrote &&
               strcmp(why, "cannot write the file (No such file or directory)") == 0, "\"%s\"", why);
    wrote = checkpoint_save(&a, "/dev/full", why, sizeof why);
    check_true("saving to a full device", !wrote &&
               strcmp(why, "cannot write the file (No space left on device)") == 0, "\"%s\"", why);

    Params *all[4] = {&a, &b, &r, &c};
    for (size_t i = 0; i < 4; i++)
        params_free(all[i]);
    return check_finish("test_ch05_checkpoint");
}
