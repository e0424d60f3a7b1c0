/* test_ch07_digits.c: the digits data set as the book ships it
   (data/digits.csv: 1797 images, between 174 and 183 of each digit, pixels
   0 to 16, as scikit-learn's load_digits gives them), and the reader's
   refusals of bad files, each with its reason. */
#include "check.h"
#include "core/textfile.h"
#include "data/digits.h"

#include <stdio.h>
#include <string.h>

/* Writes text to a file in build/ and checks that digits_read refuses it
   with a reason that starts with want. */
static void check_refused(const char *name, const char *text, const char *want)
{
    char path[96], why[TEXTFILE_WHY_SIZE] = "";
    snprintf(path, sizeof path, "build/ch07_digits_%s.csv", name);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    Images d;
    bool read = digits_read(path, &d, why, sizeof why);
    if (read)
        images_free(&d);
    char what[96];
    snprintf(what, sizeof what, "digits_read refuses %s", name);
    check_true(what, !read && strncmp(why, want, strlen(want)) == 0, "\"%s\"", why);
}

/* A line of 64 pixels of value pixel and the label, with a newline. */
static void line(char *out, size_t size, const char *pixel, const char *label)
{
    size_t n = 0;
    for (int i = 0; i < DIGITS_PIXELS && n < size; i++)
        n += (size_t)snprintf(out + n, size - n, "%s,", pixel);
    snprintf(out + n, size - n, "%s\n", label);
}

int main(void)
{
    Images d;
    char why[TEXTFILE_WHY_SIZE];
    bool read = digits_read("data/digits.csv", &d, why, sizeof why);
    if (!check_true("digits_read data/digits.csv", read, "%s", read ? "" : why))
        return check_finish("test_ch07_digits");
    size_t per_class[DIGITS_CLASSES] = {0}, low = 1000, high = 0;
    double ink_min = 99.0, ink_max = -1.0, first_sum = 0.0;
    for (size_t i = 0; i < d.count; i++)
        per_class[d.labels[i]]++;
    for (size_t c = 0; c < DIGITS_CLASSES; c++) {
        low = per_class[c] < low ? per_class[c] : low;
        high = per_class[c] > high ? per_class[c] : high;
    }
    for (size_t i = 0; i < d.count * DIGITS_PIXELS; i++) {
        ink_min = d.pixels[i] < ink_min ? d.pixels[i] : ink_min;
        ink_max = d.pixels[i] > ink_max ? d.pixels[i] : ink_max;
    }
    for (size_t i = 0; i < DIGITS_PIXELS; i++)
        first_sum += d.pixels[i];
    check_true("1797 images", d.count == 1797, "%zu", d.count);
    check_true("174 to 183 images of each digit", low == 174 && high == 183,
               "%zu to %zu", low, high);
    check_true("pixels from 0 to 16", ink_min == 0.0 && ink_max == 16.0, "%g to %g",
               ink_min, ink_max);
    check_true("the first image is a 0 with 294 units of ink", d.labels[0] == 0 &&
               first_sum == 294.0, "label %u, ink %g", d.labels[0], first_sum);
    images_free(&d);
    char good[400], bad[400], text[2 * 400 + 4];   /* two lines and a CRLF */
    line(good, sizeof good, "3", "7");
    check_refused("empty", "", "no images");
    line(bad, sizeof bad, "17", "1");
    check_refused("ink", bad, "line 1: a pixel of 17 (pixels are 0 to 16)");
    line(bad, sizeof bad, "2", "10");
    snprintf(text, sizeof text, "%s%s", good, bad);
    check_refused("label", text, "line 2: a digit of 10");
    line(bad, sizeof bad, "2", "1,0");
    check_refused("long", bad, "line 1: expected 65 whole numbers separated by commas");
    line(bad, sizeof bad, "2.5", "1");
    check_refused("decimal", bad, "line 1: expected 65");
    snprintf(text, sizeof text, "%s\n%s", good, good);
    check_refused("blank", text, "line 2: expected 65");
    check_refused("short", "1,2,3\n", "line 1: expected 65");
    read = digits_read("build/no-such-file.csv", &d, why, sizeof why);
    check_true("digits_read refuses a missing file", !read && strstr(why, "cannot") != NULL,
               "\"%s\"", why);
    /* a line ending in CRLF, and a last line without its newline */
    good[strlen(good) - 1] = '\0';
    snprintf(text, sizeof text, "%s\r\n%s", good, good);
    FILE *f = fopen("build/ch07_digits_crlf.csv", "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    read = digits_read("build/ch07_digits_crlf.csv", &d, why, sizeof why);
    check_true("digits_read takes CRLF and a last line without newline",
               read && d.count == 2 && d.labels[1] == 7 && d.pixels[127] == 3.0,
               "%s", read ? "" : why);
    if (read)
        images_free(&d);
    return check_finish("test_ch07_digits");
}
