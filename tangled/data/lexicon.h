/* lexicon.h: the words of a corpus with their counts, found by hashing:
   FNV-1a into a table of slots whose size is a power of 2, a collision
   moving on to the next slot (open addressing, linear probing). */
#ifndef LITNN_LEXICON_H
#define LITNN_LEXICON_H

#include <stddef.h>

#define LEXICON_NONE ((size_t)-1)   /* the id of a word not in a lexicon */

typedef struct {
    size_t count, capacity;   /* words held; slots, at least twice count */
    char **words;             /* (count): each word, NUL-terminated; its id is
                                 its index */
    size_t *counts;           /* (count): how often each word was added */
    size_t *slots;            /* (capacity): 1 + the id of a word, 0 if empty */
} Lexicon;

/* An empty lexicon; release it with lexicon_free. */
Lexicon lexicon_new(void);
void lexicon_free(Lexicon *x);

/* word is (len) bytes: counts it once more, adding it with count 1 if it
   is new, and returns its id. */
size_t lexicon_add(Lexicon *x, const char *word, size_t len);

/* word is (len) bytes: its id, or LEXICON_NONE. */
size_t lexicon_find(const Lexicon *x, const char *word, size_t len);

/* A new lexicon: "<pad>" (id VOCAB_PAD) and "<unk>" (VOCAB_UNK), then the
   words of x added at least min_count times, the most frequent first (a
   tie in byte order), at most max_words in all, with their counts. */
Lexicon lexicon_top(const Lexicon *x, size_t min_count, size_t max_words);

#endif
