/* words.h: a text cut into words: the longest runs of ASCII letters and
   digits and of bytes from 0x80 up (the pieces of other characters, in
   whatever encoding), ASCII letters lower-cased. */
#ifndef LITNN_WORDS_H
#define LITNN_WORDS_H

#include <stdbool.h>
#include <stddef.h>

enum { WORD_MAX_LEN = 24 };   /* longer runs (encoded data, URLs) are skipped */

/* text is (len) bytes and *at a position in it: finds the next word of at
   most WORD_MAX_LEN bytes at or after *at, writes it to word (WORD_MAX_LEN + 1
   bytes, NUL-terminated) and its length to *word_len, and moves *at past
   it. False at the end of the text. */
bool word_next(const char *text, size_t len, size_t *at, char *word, size_t *word_len);

#endif
