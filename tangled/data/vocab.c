/* vocab.c: symbols to ids by linear search; texts cut into UTF-8
   characters or white-space-separated words. */
#include "data/vocab.h"

#include "core/mem.h"

#include <stdbool.h>
#include <string.h>

Vocab vocab_new(void)
{
    Vocab v = {0, 0, NULL};
    vocab_add(&v, "<pad>", 5);
    vocab_add(&v, "<unk>", 5);
    return v;
}

void vocab_free(Vocab *v)
{
    for (size_t i = 0; i < v->count; i++)
        mem_free(v->tokens[i]);
    mem_free(v->tokens);
    *v = (Vocab){0, 0, NULL};
}

/* The id of token, or v->count if v does not hold it (the reserved ids
   stand for no symbol of a text). */
static size_t vocab_find(const Vocab *v, const char *token, size_t len)
{
    for (size_t i = VOCAB_UNK + 1; i < v->count; i++)
        if (strncmp(v->tokens[i], token, len) == 0 && v->tokens[i][len] == '\0')
            return i;
    return v->count;
}

size_t vocab_id(const Vocab *v, const char *token, size_t len)
{
    size_t id = vocab_find(v, token, len);
    return id < v->count ? id : VOCAB_UNK;
}

size_t vocab_add(Vocab *v, const char *token, size_t len)
{
    size_t id = vocab_find(v, token, len);
    if (id < v->count)
        return id;
    if (v->count == v->capacity) {
        size_t capacity = v->capacity ? 2 * v->capacity : 16;
        char **tokens = mem_alloc(capacity, sizeof tokens[0]);
        if (v->count)
            memcpy(tokens, v->tokens, v->count * sizeof tokens[0]);
        mem_free(v->tokens);
        v->tokens = tokens;
        v->capacity = capacity;
    }
    char *copy = mem_alloc(len + 1, 1);
    memcpy(copy, token, len);
    v->tokens[v->count] = copy;
    return v->count++;
}

size_t utf8_char_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len = u[0] < 0x80 ? 1 : (u[0] & 0xE0) == 0xC0 ? 2
               : (u[0] & 0xF0) == 0xE0 ? 3 : (u[0] & 0xF8) == 0xF0 ? 4 : 1;
    for (size_t i = 1; i < len; i++)
        if ((u[i] & 0xC0) != 0x80)    /* also stops at the NUL */
            return 1;
    return len;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The start of the next symbol of text and its length in *len; NULL if
   there is none. */
static const char *next_symbol(const char *text, VocabUnit unit, size_t *len)
{
    if (unit == VOCAB_WORDS)
        while (is_space(*text))
            text++;
    if (*text == '\0')
        return NULL;
    if (unit == VOCAB_CHARS) {
        *len = utf8_char_len(text);
    } else {
        *len = 0;
        while (text[*len] != '\0' && !is_space(text[*len]))
            (*len)++;
    }
    return text;
}

void vocab_add_text(Vocab *v, const char *text, VocabUnit unit)
{
    size_t len;
    while ((text = next_symbol(text, unit, &len)) != NULL) {
        vocab_add(v, text, len);
        text += len;
    }
}

size_t vocab_encode(const Vocab *v, const char *text, VocabUnit unit,
                    size_t *ids, size_t max_len)
{
    size_t count = 0, len;
    while (count < max_len && (text = next_symbol(text, unit, &len)) != NULL) {
        ids[count++] = vocab_id(v, text, len);
        text += len;
    }
    for (size_t t = count; t < max_len; t++)
        ids[t] = VOCAB_PAD;
    return count;
}
