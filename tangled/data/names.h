/* names.h: lists of names, one per line in text files: read, made distinct
   and sorted, and joined into one text for a language model. */
#ifndef LITNN_NAMES_H
#define LITNN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *text;         /* the files' contents, cut into lines */
    char **names;       /* (count): the distinct non-empty lines, sorted */
    size_t count;
} NameList;

/* Reads the files paths (files of them) and keeps their distinct non-empty
   lines (without carriage returns at their end), sorted by strcmp. False,
   with the reason in why (size) and the failing file's index in *bad, if a
   file cannot be read (see textfile_read). Release the list with names_free. */
bool names_read(const char *const *paths, size_t files, NameList *out,
                char *why, size_t size, size_t *bad);
void names_free(NameList *l);
/* True if name is in l. */
bool names_contains(const NameList *l, const char *name);
/* names is (count): "\n" followed by every name and a "\n" after each, as
   a new string; release it with mem_free. */
char *names_join(char *const *names, size_t count);

#endif
