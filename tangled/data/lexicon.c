/* lexicon.c: words by hashing. */
#include "data/lexicon.h"

#include "core/mem.h"
#include "data/vocab.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a, 64 bits, of (len) bytes. */
static uint64_t fnv1a(const char *s, size_t len)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

/* The slot of word: the one holding it, or the empty one where it goes. */
static size_t lexicon_slot(const Lexicon *x, const char *word, size_t len)
{
    size_t s = (size_t)fnv1a(word, len) & (x->capacity - 1);
    while (x->slots[s] != 0) {
        const char *w = x->words[x->slots[s] - 1];
        if (strncmp(w, word, len) == 0 && w[len] == '\0')
            break;
        s = (s + 1) & (x->capacity - 1);
    }
    return s;
}

Lexicon lexicon_new(void)
{
    Lexicon x = {0, 16, NULL, NULL, NULL};
    x.words = mem_alloc(x.capacity / 2, sizeof x.words[0]);
    x.counts = mem_alloc(x.capacity / 2, sizeof x.counts[0]);
    x.slots = mem_alloc(x.capacity, sizeof x.slots[0]);
    memset(x.slots, 0, x.capacity * sizeof x.slots[0]);
    return x;
}

void lexicon_free(Lexicon *x)
{
    for (size_t i = 0; i < x->count; i++)
        mem_free(x->words[i]);
    mem_free(x->words);
    mem_free(x->counts);
    mem_free(x->slots);
    *x = (Lexicon){0};
}

/* Doubles the table: every word moves to its slot in the larger one. */
static void lexicon_grow(Lexicon *x)
{
    Lexicon bigger = {x->count, 2 * x->capacity, NULL, NULL, NULL};
    bigger.words = mem_alloc(bigger.capacity / 2, sizeof bigger.words[0]);
    bigger.counts = mem_alloc(bigger.capacity / 2, sizeof bigger.counts[0]);
    bigger.slots = mem_alloc(bigger.capacity, sizeof bigger.slots[0]);
    memset(bigger.slots, 0, bigger.capacity * sizeof bigger.slots[0]);
    memcpy(bigger.words, x->words, x->count * sizeof x->words[0]);
    memcpy(bigger.counts, x->counts, x->count * sizeof x->counts[0]);
    for (size_t id = 0; id < x->count; id++)
        bigger.slots[lexicon_slot(&bigger, x->words[id], strlen(x->words[id]))] = id + 1;
    mem_free(x->words);
    mem_free(x->counts);
    mem_free(x->slots);
    *x = bigger;
}

size_t lexicon_add(Lexicon *x, const char *word, size_t len)
{
    size_t s = lexicon_slot(x, word, len);
    if (x->slots[s] != 0) {
        x->counts[x->slots[s] - 1]++;
        return x->slots[s] - 1;
    }
    if (2 * (x->count + 1) > x->capacity) {
        lexicon_grow(x);
        s = lexicon_slot(x, word, len);
    }
    char *copy = mem_alloc(len + 1, 1);
    memcpy(copy, word, len);
    copy[len] = '\0';
    x->words[x->count] = copy;
    x->counts[x->count] = 1;
    x->slots[s] = ++x->count;
    return x->count - 1;
}

size_t lexicon_find(const Lexicon *x, const char *word, size_t len)
{
    size_t s = lexicon_slot(x, word, len);
    return x->slots[s] ? x->slots[s] - 1 : LEXICON_NONE;
}

/* A word and its count, for sorting. */
typedef struct {
    size_t count;
    const char *word;
} Ranked;

/* qsort's order of Ranked: by count, most first, then by word. */
static int by_count(const void *a, const void *b)
{
    const Ranked *p = a, *q = b;
    if (p->count != q->count)
        return p->count > q->count ? -1 : 1;
    return strcmp(p->word, q->word);
}

Lexicon lexicon_top(const Lexicon *x, size_t min_count, size_t max_words)
{
    Ranked *r = mem_alloc(x->count + 1, sizeof r[0]);
    size_t n = 0;
    for (size_t id = 0; id < x->count; id++)
        if (x->counts[id] >= min_count)
            r[n++] = (Ranked){x->counts[id], x->words[id]};
    qsort(r, n, sizeof r[0], by_count);
    Lexicon top = lexicon_new();
    lexicon_add(&top, "<pad>", 5);
    lexicon_add(&top, "<unk>", 5);
    top.counts[VOCAB_PAD] = top.counts[VOCAB_UNK] = 0;
    for (size_t k = 0; k < n && top.count < max_words; k++) {
        size_t id = lexicon_add(&top, r[k].word, strlen(r[k].word));
        top.counts[id] = r[k].count;
    }
    mem_free(r);
    return top;
}
