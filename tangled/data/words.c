/* words.c: the words of a text. */
#include "data/words.h"

static bool in_word(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || c >= 0x80;
}

bool word_next(const char *text, size_t len, size_t *at, char *word, size_t *word_len)
{
    for (size_t i = *at; i < len;) {
        if (!in_word((unsigned char)text[i])) {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && in_word((unsigned char)text[i]))
            i++;
        if (i - start > WORD_MAX_LEN)
            continue;
        for (size_t k = start; k < i; k++)
            word[k - start] = text[k] >= 'A' && text[k] <= 'Z' ? (char)(text[k] - 'A' + 'a')
                                                               : text[k];
        word[i - start] = '\0';
        *word_len = i - start;
        *at = i;
        return true;
    }
    *at = len;
    return false;
}
