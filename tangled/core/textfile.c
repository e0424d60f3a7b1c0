/* textfile.c: reading a whole text file, with the reason of any failure. */
#include "core/textfile.h"

#include "core/mem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

char *textfile_read(const char *path, size_t *len, char *why, size_t size)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, size, "cannot read the file (%s)", strerror(errno));
        return NULL;
    }
    size_t capacity = 4096, used = 0, got;
    char *text = mem_alloc(capacity, 1);
    const char *nul = NULL;
    while (!nul && used <= TEXTFILE_MAX_BYTES
           && (got = fread(text + used, 1, capacity - 1 - used, f)) > 0) {
        nul = memchr(text + used, '\0', got);
        used += got;
        if (used == capacity - 1) {
            char *bigger = mem_alloc(2 * capacity, 1);
            memcpy(bigger, text, used);
            nul = nul ? bigger + (nul - text) : NULL;
            mem_free(text);
            text = bigger;
            capacity *= 2;
        }
    }
    int failed = ferror(f);
    fclose(f);
    if (failed || nul || used > TEXTFILE_MAX_BYTES) {
        if (failed)
            snprintf(why, size, "cannot read the file (read error)");
        else if (nul)
            snprintf(why, size, "the file is not text (a NUL byte at offset %zu)",
                     (size_t)(nul - text));
        else
            snprintf(why, size, "the file holds more than %zu MiB, the most a text "
                     "file may hold", TEXTFILE_MAX_BYTES >> 20);
        mem_free(text);
        return NULL;
    }
    text[used] = '\0';
    *len = used;
    return text;
}
