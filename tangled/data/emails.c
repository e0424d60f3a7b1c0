/* emails.c: the reader of the mail corpus. */
#include "data/emails.h"

#include "core/mem.h"
#include "core/textfile.h"
#include "data/email.h"

#include <stdio.h>
#include <string.h>

void emails_free(Emails *e)
{
    for (size_t i = 0; i < e->count; i++) {
        mem_free(e->paths[i]);
        mem_free(e->texts[i]);
    }
    mem_free(e->paths);
    mem_free(e->texts);
    mem_free(e->lens);
    mem_free(e->spam);
    *e = (Emails){0};
}

/* Reads the e-mail of line number of the index (line, of n bytes, without
   its newline) into e-mail e->count of e; false with why otherwise. */
static bool emails_add(Emails *e, const char *dir, const char *line, size_t n,
                       size_t number, char *why, size_t size)
{
    size_t label = n > 4 && memcmp(line, "ham ", 4) == 0    ? 4
                 : n > 5 && memcmp(line, "spam ", 5) == 0 ? 5
                                                           : 0;
    if (label == 0 || line[label] == '/' || memchr(line + label, ' ', n - label)
        || strstr(line, "..")) {
        snprintf(why, size, "index.txt, line %zu: expected \"ham PATH\" or \"spam PATH\"",
                 number);
        return false;
    }
    size_t k = e->count, path_len = n - label, dir_len = strlen(dir);
    char *file = mem_alloc(dir_len + path_len + 2, 1);
    snprintf(file, dir_len + path_len + 2, "%s/%.*s", dir, (int)path_len, line + label);
    size_t len;
    char reason[TEXTFILE_WHY_SIZE];
    char *msg = textfile_read(file, &len, reason, sizeof reason);
    mem_free(file);
    if (!msg) {
        snprintf(why, size, "%.*s: %s", (int)path_len, line + label, reason);
        return false;
    }
    e->paths[k] = mem_alloc(path_len + 1, 1);
    memcpy(e->paths[k], line + label, path_len);
    e->paths[k][path_len] = '\0';
    e->texts[k] = email_text(msg, len, &e->lens[k]);
    e->spam[k] = label == 5;
    e->count++;
    mem_free(msg);
    return true;
}

bool emails_read(const char *dir, Emails *out, char *why, size_t size)
{
    size_t dir_len = strlen(dir), len, lines = 0;
    char *path = mem_alloc(dir_len + sizeof "/index.txt", 1);
    snprintf(path, dir_len + sizeof "/index.txt", "%s/index.txt", dir);
    char *index = textfile_read(path, &len, why, size);
    mem_free(path);
    if (!index)
        return false;
    for (size_t i = 0; i < len; i++)
        lines += index[i] == '\n' || i + 1 == len;
    if (lines == 0 || lines > EMAILS_MAX) {
        snprintf(why, size, "index.txt lists %zu e-mails (1 to %d are read)", lines,
                 EMAILS_MAX);
        mem_free(index);
        return false;
    }
    Emails e = {0, mem_alloc(lines, sizeof(char *)), mem_alloc(lines, sizeof(char *)),
                mem_alloc(lines, sizeof(size_t)), mem_alloc(lines, 1)};
    bool ok = true;
    for (size_t at = 0, number = 1; ok && at < len; number++) {
        const char *nl = memchr(index + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - index - at) : len - at;
        ok = emails_add(&e, dir, index + at, n, number, why, size);
        at += n + 1;
    }
    mem_free(index);
    if (!ok) {
        emails_free(&e);
        return false;
    }
    *out = e;
    return true;
}
