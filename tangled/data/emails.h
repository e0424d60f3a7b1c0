/* emails.h: the SpamAssassin public mail corpus as data/spam-assassin.py
   unpacks it: a folder of raw e-mails and index.txt, one line per e-mail,
   "ham" or "spam", a space, and its path in the folder. */
#ifndef LITNN_EMAILS_H
#define LITNN_EMAILS_H

#include <stdbool.h>
#include <stddef.h>

enum { EMAILS_MAX = 100000 };   /* the most e-mails an index may list */

typedef struct {
    size_t count;
    char **paths;            /* (count): as in the index, NUL-terminated */
    char **texts;            /* (count): each e-mail's text (email_text) */
    size_t *lens;            /* (count): their lengths in bytes */
    unsigned char *spam;     /* (count): 1 for spam, 0 for ham */
} Emails;

/* Reads the index of folder dir and the text of every e-mail it lists into
   *out. False, with the reason in why (size), if the index or an e-mail
   cannot be read (textfile_read), a line of the index is not "ham PATH"
   or "spam PATH" with a relative PATH, or the index lists no e-mail or
   more than EMAILS_MAX. Release the corpus with emails_free. */
bool emails_read(const char *dir, Emails *out, char *why, size_t size);
void emails_free(Emails *e);

#endif
