/* test_ch04_vocab.c: the vocabulary: special ids, characters of one to
   three bytes, invalid UTF-8, words, unknown symbols, padding and cutting. */
#include "check.h"
#include "data/vocab.h"

#include <stdio.h>
#include <string.h>

/* Encodes text into max_len ids and compares them with want (max_len) and
   the returned count with want_count. */
static void check_encoding(const Vocab *v, const char *text, VocabUnit unit,
                           size_t max_len, const size_t *want,
                           size_t want_count)
{
    size_t ids[16], count = vocab_encode(v, text, unit, ids, max_len);
    bool same = count == want_count && memcmp(ids, want, max_len * sizeof ids[0]) == 0;
    char got[128] = "", what[80];
    for (size_t t = 0, used = 0; t < max_len && used < sizeof got; t++)
        used += (size_t)snprintf(got + used, sizeof got - used, " %zu", ids[t]);
    char shown[32];                     /* text with non-ASCII and controls as '.' */
    size_t k = 0;
    for (; text[k] != '\0' && k + 1 < sizeof shown; k++)
        shown[k] = text[k] >= 0x20 && text[k] < 0x7F ? text[k] : '.';
    shown[k] = '\0';
    snprintf(what, sizeof what, "vocab_encode(\"%s\", %zu)", shown, max_len);
    check_true(what, same, "%zu symbols, ids%s", count, got);
}

int main(void)
{
    Vocab v = vocab_new();
    check_true("vocab_new", v.count == 2 && strcmp(v.tokens[VOCAB_PAD], "<pad>") == 0 &&
               strcmp(v.tokens[VOCAB_UNK], "<unk>") == 0, "<pad> = 0, <unk> = 1");
    vocab_add_text(&v, "abcab", VOCAB_CHARS);
    check_true("vocab_add_text(\"abcab\")", v.count == 5 && vocab_id(&v, "c", 1) == 4,
               "3 new symbols, c = %zu", vocab_id(&v, "c", 1));
    Vocab reserved = vocab_new();
    vocab_add_text(&reserved, "a <unk> <pad>", VOCAB_WORDS);
    check_true("the words <unk> and <pad> of a text are not the reserved ids",
               reserved.count == 5 && vocab_id(&reserved, "<unk>", 5) == 3 &&
               vocab_id(&reserved, "<pad>", 5) == 4, "%zu symbols, <unk> = %zu",
               reserved.count, vocab_id(&reserved, "<unk>", 5));
    vocab_free(&reserved);
    vocab_add_text(&v, "é字", VOCAB_CHARS);
    check_true("two- and three-byte characters", v.count == 7 &&
               vocab_id(&v, "字", strlen("字")) == 6, "%zu symbols", v.count);
    check_true("utf8_char_len", utf8_char_len("a") == 1 && utf8_char_len("é") == 2 &&
               utf8_char_len("字") == 3 && utf8_char_len("\xF0\x9F\x98\x80") == 4 &&
               utf8_char_len("\xE5\xAD") == 1 && utf8_char_len("\x80") == 1 &&
               utf8_char_len("\xC3" "a") == 1, "1, 2, 3, 4; 1 for cut and stray bytes");

    const size_t abc[5] = {2, 3, 4, 0, 0}, empty[3] = {0, 0, 0};
    check_encoding(&v, "abc", VOCAB_CHARS, 5, abc, 3);
    check_encoding(&v, "", VOCAB_CHARS, 3, empty, 0);
    const size_t cut[2] = {2, 3};
    check_encoding(&v, "abcabc", VOCAB_CHARS, 2, cut, 2);
    const size_t mixed[6] = {2, 1, 5, 1, 6, 1};
    check_encoding(&v, "a?é\xFF字z", VOCAB_CHARS, 6, mixed, 6);
    const size_t truncated[4] = {2, 1, 1, 0};    /* a cut character: two bytes, two <unk> */
    check_encoding(&v, "a\xE5\xAD", VOCAB_CHARS, 4, truncated, 3);
    vocab_free(&v);

    Vocab words = vocab_new();
    vocab_add_text(&words, "the cat sat on the mat", VOCAB_WORDS);
    check_true("vocab_add_text, words", words.count == 7, "%zu symbols", words.count);
    const size_t dog[5] = {2, 1, 4, 0, 0};
    check_encoding(&words, "  the dog\tsat\r\n", VOCAB_WORDS, 5, dog, 3);
    vocab_free(&words);
    return check_finish("test_ch04_vocab");
}
