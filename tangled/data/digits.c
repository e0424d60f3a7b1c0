/* digits.c: the reader of the digits' CSV file. */
#include "data/digits.h"

#include "core/mem.h"
#include "core/textfile.h"

#include <stdio.h>
#include <string.h>

/* Reads the whole number at *p (at most 999) and moves *p past it; false
   if there is none. */
static bool digits_number(const char **p, size_t *value)
{
    size_t v = 0, n = 0;
    for (; **p >= '0' && **p <= '9' && n < 4; (*p)++, n++)
        v = 10 * v + (size_t)(**p - '0');
    *value = v;
    return n > 0 && n < 4;
}

/* Parses one line (without its newline) into 64 pixels and a label; on a
   mistake writes why and returns false. */
static bool digits_line(const char *line, unsigned char *pixels, unsigned char *label,
                        size_t number, char *why, size_t size)
{
    const char *p = line;
    for (size_t f = 0; f <= DIGITS_PIXELS; f++) {
        size_t v;
        char end = f < DIGITS_PIXELS ? ',' : '\0';
        if (!digits_number(&p, &v) || *p != end) {
            snprintf(why, size, "line %zu: expected %d whole numbers separated by commas",
                     number, DIGITS_PIXELS + 1);
            return false;
        }
        if (f < DIGITS_PIXELS && v > DIGITS_INK) {
            snprintf(why, size, "line %zu: a pixel of %zu (pixels are 0 to %d)", number, v,
                     DIGITS_INK);
            return false;
        }
        if (f == DIGITS_PIXELS && v >= DIGITS_CLASSES) {
            snprintf(why, size, "line %zu: a digit of %zu", number, v);
            return false;
        }
        if (f < DIGITS_PIXELS)
            pixels[f] = (unsigned char)v;
        else
            *label = (unsigned char)v;
        p++;
    }
    return true;
}

bool digits_read(const char *path, Images *out, char *why, size_t size)
{
    size_t len, lines = 0;
    char *text = textfile_read(path, &len, why, size);
    if (!text)
        return false;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n' || (i + 1 == len);
    Images d = images_new(lines, DIGITS_SIDE, DIGITS_SIDE, DIGITS_CLASSES, DIGITS_INK);
    d.count = 0;
    bool ok = true;
    for (char *line = text, *next; ok && *line; line = next) {
        char *end = strchr(line, '\n');               /* the line is line .. end */
        next = end ? end + 1 : line + strlen(line);
        end = end ? end : next;
        if (end > line && end[-1] == '\r')
            end--;
        *end = '\0';
        ok = digits_line(line, &d.pixels[d.count * DIGITS_PIXELS], &d.labels[d.count],
                         d.count + 1, why, size);
        d.count += ok;
    }
    mem_free(text);
    if (ok && d.count == 0) {
        snprintf(why, size, "no images");
        ok = false;
    }
    if (!ok) {
        images_free(&d);
        return false;
    }
    *out = d;
    return true;
}
