/* vocab.h: a vocabulary: the symbols (characters or words) a model knows,
   each with an id, and the encoding of a text as ids. */
#ifndef LITNN_VOCAB_H
#define LITNN_VOCAB_H

#include <stddef.h>

enum { VOCAB_PAD = 0, VOCAB_UNK = 1 };   /* the ids of "<pad>" and "<unk>" */

/* What a text is cut into: UTF-8 characters, or words between white space. */
typedef enum { VOCAB_CHARS, VOCAB_WORDS } VocabUnit;

typedef struct {
    size_t count, capacity;
    char **tokens;          /* (count): the symbol of each id, NUL-terminated */
} Vocab;

/* A vocabulary holding "<pad>" (id 0) and "<unk>" (id 1); release it with
   vocab_free. */
Vocab vocab_new(void);
void vocab_free(Vocab *v);
/* token is (len) bytes; returns its id, adding it first if it is new. */
size_t vocab_add(Vocab *v, const char *token, size_t len);
/* token is (len) bytes; returns its id, or VOCAB_UNK if v does not know it. */
size_t vocab_id(const Vocab *v, const char *token, size_t len);
/* Adds every symbol of the NUL-terminated text. */
void vocab_add_text(Vocab *v, const char *text, VocabUnit unit);
/* ids is (max_len): the ids of the first max_len symbols of text, then
   VOCAB_PAD up to max_len. Returns the number of symbols written. */
size_t vocab_encode(const Vocab *v, const char *text, VocabUnit unit,
                    size_t *ids, size_t max_len);
/* The length in bytes (1 to 4) of the UTF-8 character that starts at s, a
   non-empty string; 1 for a byte that does not start a valid character. */
size_t utf8_char_len(const char *s);

#endif
