/* digits_show: the digits data set (chapter 7): images per digit, and the
   first images drawn in characters. */
#include "core/cli.h"
#include "core/textfile.h"
#include "core/values.h"
#include "data/digits.h"

#include <stdio.h>
#include <string.h>

static const char *const PROG = "digits_show";

/* --help prints this. */
static const char USAGE[] =
    "usage: digits_show [--data data/digits.csv] [--show 4]\n"
    "Counts the images of each digit in the digits data set (chapter 7) and\n"
    "draws the first --show images in characters.\n";

/* Draws images 0 .. count-1 of d side by side, each under its label. */
static void draw_digits(const Images *d, size_t count)
{
    static const char SHADES[] = " .:o#";
    printf("\n");
    for (size_t k = 0; k < count; k++)
        printf("  %-*u", 2 * DIGITS_SIDE, d->labels[k]);
    printf("\n");
    for (size_t r = 0; r < DIGITS_SIDE; r++) {
        for (size_t k = 0; k < count; k++) {
            printf("  ");
            for (size_t q = 0; q < DIGITS_SIDE; q++) {
                double ink = d->pixels[k * DIGITS_PIXELS + r * DIGITS_SIDE + q];
                char c = SHADES[(size_t)(ink * 4.0 / DIGITS_INK + 0.5)];
                printf("%c%c", c, c);
            }
        }
        printf("\n");
    }
}

int main(int argc, char **argv)
{
    cli_help(argc, argv, USAGE);
    const char *path = "data/digits.csv";
    size_t show = 4;
    for (int i = 1; i < argc; i++) {
        const char *opt = argv[i], *arg = cli_value(PROG, argc, argv, &i);
        if (strcmp(opt, "--data") == 0)
            path = arg;
        else if (strcmp(opt, "--show") == 0)
            show = cli_size(PROG, opt, arg, 0, 12);
        else
            cli_usage_error(PROG, "unknown option", opt, NULL);
    }
    Images d;
    char why[TEXTFILE_WHY_SIZE];
    if (!digits_read(path, &d, why, sizeof why)) {
        fprintf(stderr, "%s: error: %s, %s\n", PROG, why, path);
        return 1;
    }
    size_t per_class[DIGITS_CLASSES] = {0};
    for (size_t i = 0; i < d.count; i++)
        per_class[d.labels[i]]++;
    printf("%zu images of %d x %d pixels\ndigit: ", d.count, DIGITS_SIDE, DIGITS_SIDE);
    for (size_t c = 0; c < DIGITS_CLASSES; c++)
        printf(" %4zu", c);
    printf("\nimages:");
    for (size_t c = 0; c < DIGITS_CLASSES; c++)
        printf(" %4zu", per_class[c]);
    printf("\n");
    value_report("count", (double)d.count);
    draw_digits(&d, show < d.count ? show : d.count);
    images_free(&d);
    return cli_finish(PROG);
}
