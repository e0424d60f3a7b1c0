/* test_ch07_email.c: the text of an e-mail (data/email), its words
   (data/words), the lexicon (data/lexicon) and the reader of the corpus
   (data/emails), on messages written here whose texts follow from the
   definitions of RFC 2045 (quoted-printable, base64, multipart), RFC 2047
   (encoded words) and HTML: each is compared with the text it must give;
   then the lexicon against a linear search, and the corpus reader on
   good and bad folders. */
#include "check.h"
#include "core/mem.h"
#include "data/email.h"
#include "data/emails.h"
#include "data/lexicon.h"
#include "data/vocab.h"
#include "data/words.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* Compares the text of msg with want. */
static void check_text(const char *what, const char *msg, const char *want)
{
    size_t len;
    char *text = email_text(msg, strlen(msg), &len);
    check_true(what, len == strlen(want) && memcmp(text, want, len) == 0, "\"%s\"", text);
    mem_free(text);
}

static void check_email_text(void)
{
    check_text("plain", "Subject: Hello\nFrom: a@b\n\nBody line\n", "Hello\nBody line\n\n");
    check_text("CRLF and a folded subject", "Subject: one\r\n two\r\n\r\nx\r\n",
               "one two\nx\r\n\n");
    check_text("no empty line: headers only", "Subject: s", "s\n\n");
    check_text("quoted-printable",
               "Subject: q\nContent-Transfer-Encoding: quoted-printable\n\n"
               "caf=E9 =3D soft=\nbreak=\r\nend =ZZ\n",
               "q\ncaf\xe9 = softbreakend =ZZ\n\n");
    check_text("base64",                                      /* "Hello, world!" */
               "Subject: b\nContent-Transfer-Encoding: BASE64\n\nSGVsbG8s\nIHdvcmxkIQ==\n",
               "b\nHello, world!\n");
    check_text("encoded words",
               "Subject: =?iso-8859-1?q?caf=E9_au_lait?= and =?utf-8?B?w6l0w6k=?=\n\nx",
               "caf\xe9 au lait and \xc3\xa9t\xc3\xa9\nx\n");
    check_text("HTML",
               "Subject: h\nContent-Type: text/html\n\n<p>Fish &amp; chips</p><!-- no -->"
               "<script>var a = 1;</script>&eacute;&#233;&#x263A;&nbsp;&bogus; &#0;",
               "h\n Fish & chips   \xc3\xa9\xc3\xa9\xe2\x98\xba &bogus; &#0;\n");
    check_text("multipart, nested, other parts skipped",
               "Subject: m\nContent-Type: multipart/mixed; boundary= \"XX\"\n\n"
               "preamble\n--XX\nContent-Type: text/plain\n\none\n"
               "--XX\nContent-Type: image/gif\nContent-Transfer-Encoding: base64\n\nR0lG\n"
               "--XX\nContent-Type: multipart/alternative; boundary=YY\n\n"
               "--YY\nContent-Type: text/html\n\n<b>two</b>\n--YY--\n"
               "--XX--\nepilogue\n",
               "m\none\n\n two \n\n");
    check_text("a boundary that never comes", "Content-Type: multipart/mixed; boundary=Q\n\nx",
               "\n");
    char deep[2048] = "Content-Type: multipart/mixed; boundary=B\n\n";
    for (int d = 0; d < EMAIL_MAX_DEPTH + 2; d++)
        strcat(deep, "--B\nContent-Type: multipart/mixed; boundary=B\n\n");
    check_text("parts nested too deep are not read", deep, "\n");
}

static void check_words(void)
{
    const char *text = "Hello, WORLD! it's 2002 caf\xe9 aaaaaaaaaaaaaaaaaaaaaaaaa x";
    const char *want[] = {"hello", "world", "it", "s", "2002", "caf\xe9", "x"};
    size_t at = 0, n = 0, len;
    char word[WORD_MAX_LEN + 1];
    bool same = true;
    while (word_next(text, strlen(text), &at, word, &len)) {
        same = same && n < 7 && strcmp(word, want[n]) == 0 && len == strlen(want[n]);
        n++;
    }
    check_true("words: letters, digits and high bytes, lower-cased, 25 bytes skipped",
               same && n == 7, "%zu words", n);
}

/* The lexicon of 3000 words w0 ... w2999, word k added k % 7 + 1 times,
   against a linear search of the same words. */
static void check_lexicon(void)
{
    enum { N = 3000 };
    static char words[N][8];
    Lexicon x = lexicon_new();
    bool ids = true;
    for (size_t round = 0; round < 7; round++)
        for (size_t k = 0; k < N; k++) {
            snprintf(words[k], sizeof words[k], "w%zu", k);
            if (k % 7 >= round)
                ids = ids && lexicon_add(&x, words[k], strlen(words[k])) == k;
        }
    bool found = x.count == N;
    for (size_t k = 0; k < N; k++)
        found = found && lexicon_find(&x, words[k], strlen(words[k])) == k
                && x.counts[k] == k % 7 + 1 && strcmp(x.words[k], words[k]) == 0;
    check_true("lexicon: ids in the order added", ids, "");
    check_true("lexicon: every word found with its count", found, "%zu words, %zu slots",
               x.count, x.capacity);
    check_true("lexicon: a word not added", lexicon_find(&x, "w3000", 5) == LEXICON_NONE
               && lexicon_find(&x, "w1", 1) == LEXICON_NONE, "");
    Lexicon top = lexicon_top(&x, 6, 100);
    bool ranked = top.count == 100 && strcmp(top.words[VOCAB_PAD], "<pad>") == 0
                  && strcmp(top.words[VOCAB_UNK], "<unk>") == 0;
    for (size_t id = 2; ranked && id < top.count; id++) {   /* counts 7, then 6, words sorted */
        size_t prev = id > 2 ? top.counts[id - 1] : 7;
        ranked = top.counts[id] >= 6 && top.counts[id] <= prev
                 && (id == 2 || top.counts[id] != prev || strcmp(top.words[id - 1], top.words[id]) < 0);
    }
    check_true("lexicon_top: <pad>, <unk>, the most frequent in byte order", ranked,
               "first %s (%zu)", top.words[2], top.counts[2]);
    lexicon_free(&top);
    lexicon_free(&x);
}

/* Writes text to build/<dir>/<name>. */
static void write_file(const char *dir, const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "build/%s", dir);
    mkdir(path, 0777);
    snprintf(path, sizeof path, "build/%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* emails_read on build/<dir> must fail with why. */
static void check_refused(const char *dir, const char *why)
{
    char path[256], got[256] = "";
    Emails e;
    snprintf(path, sizeof path, "build/%s", dir);
    bool ok = emails_read(path, &e, got, sizeof got);
    check_true(why, !ok && strstr(got, why) == got, "\"%s\"", got);
}

static void check_corpus(void)
{
    write_file("emails-good", "a.txt", "Subject: hi\n\nham text\n");
    write_file("emails-good", "b.txt", "Subject: buy\n\nspam text\n");
    write_file("emails-good", "index.txt", "ham a.txt\nspam b.txt\n");
    Emails e;
    char why[256];
    bool ok = emails_read("build/emails-good", &e, why, sizeof why);
    check_true("corpus: two e-mails read", ok && e.count == 2 && e.spam[0] == 0
               && e.spam[1] == 1 && strcmp(e.texts[1], "buy\nspam text\n\n") == 0
               && strcmp(e.paths[0], "a.txt") == 0, "%s", ok ? "" : why);
    if (ok)
        emails_free(&e);
    check_refused("emails-none", "cannot read the file");
    write_file("emails-empty", "index.txt", "");
    check_refused("emails-empty", "index.txt lists 0 e-mails");
    write_file("emails-label", "a.txt", "Subject: hi\n\nham text\n");
    write_file("emails-label", "index.txt", "ham a.txt\neggs b.txt\n");
    check_refused("emails-label", "index.txt, line 2: expected \"ham PATH\" or \"spam PATH\"");
    write_file("emails-up", "index.txt", "spam ../secret.txt\n");
    check_refused("emails-up", "index.txt, line 1: expected");
    write_file("emails-missing", "index.txt", "ham gone.txt\n");
    check_refused("emails-missing", "gone.txt: cannot read the file");
}

int main(void)
{
    check_email_text();
    check_words();
    check_lexicon();
    check_corpus();
    return check_finish("test_ch07_email");
}
