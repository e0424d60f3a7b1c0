/* fuzz_email.c: email_text on any bytes returns a NUL-terminated text no
   longer than the message plus two bytes, and every word word_next finds
   in it has 1 to WORD_MAX_LEN bytes. */
#include "core/mem.h"
#include "data/email.h"
#include "data/words.h"
#include "fuzz_input.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len, at = 0, word_len;
    char *text = email_text((const char *)data, size, &len), word[WORD_MAX_LEN + 1];
    fuzz_require(len <= size + 2 && text[len] == '\0', "a text longer than the bound");
    while (word_next(text, len, &at, word, &word_len))
        fuzz_require(word_len >= 1 && word_len <= WORD_MAX_LEN && strlen(word) == word_len,
                     "a word of the wrong length");
    mem_free(text);
    return 0;
}
