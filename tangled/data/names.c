/* names.c: reading, sorting, shuffling and joining lists of names. */
#include "data/names.h"

#include "core/mem.h"
#include "core/textfile.h"

#include <stdlib.h>
#include <string.h>

/* qsort's and bsearch's comparison of two names through pointers to them. */
static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool names_read(const char *const *paths, size_t files, NameList *out,
                char *why, size_t size, size_t *bad)
{
    size_t total = 1, len;
    char **parts = mem_alloc(files, sizeof parts[0]);
    for (size_t i = 0; i < files; i++) {
        if (!(parts[i] = textfile_read(paths[i], &len, why, size))) {
            *bad = i;
            while (i-- > 0)
                mem_free(parts[i]);
            mem_free(parts);
            return false;
        }
        total += len + 1;
    }
    NameList l = {mem_alloc(total, 1), mem_alloc(total / 2 + 1, sizeof(char *)), 0};
    for (size_t i = 0; i < files; i++) {
        strcat(strcat(l.text, parts[i]), "\n");
        mem_free(parts[i]);
    }
    mem_free(parts);
    for (char *line = strtok(l.text, "\n"); line; line = strtok(NULL, "\n")) {
        size_t n = strlen(line);
        while (n > 0 && line[n - 1] == '\r')      /* "Anna\r\r\n" is Anna too */
            line[--n] = '\0';
        if (n > 0)
            l.names[l.count++] = line;
    }
    qsort(l.names, l.count, sizeof l.names[0], compare_names);
    size_t distinct = 0;
    for (size_t k = 0; k < l.count; k++)
        if (distinct == 0 || strcmp(l.names[k], l.names[distinct - 1]) != 0)
            l.names[distinct++] = l.names[k];
    l.count = distinct;
    *out = l;
    return true;
}

void names_free(NameList *l)
{
    mem_free(l->text);
    mem_free(l->names);
    *l = (NameList){NULL, NULL, 0};
}

bool names_contains(const NameList *l, const char *name)
{
    return bsearch(&name, l->names, l->count, sizeof l->names[0], compare_names) != NULL;
}

char *names_join(char *const *names, size_t count)
{
    size_t total = 2;
    for (size_t k = 0; k < count; k++)
        total += strlen(names[k]) + 1;
    char *text = mem_alloc(total, 1), *end = text;
    *end++ = '\n';
    for (size_t k = 0; k < count; k++) {
        size_t len = strlen(names[k]);
        memcpy(end, names[k], len);
        end += len;
        *end++ = '\n';
    }
    return text;
}
