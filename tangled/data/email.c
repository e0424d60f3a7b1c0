/* email.c: the text of an e-mail. */
#include "data/email.h"

#include "core/mem.h"

#include <stdbool.h>
#include <string.h>

/* A stretch of the message: (n) bytes at s. */
typedef struct {
    const char *s;
    size_t n;
} Span;

/* The text being written: (len) bytes at data, room for (cap). */
typedef struct {
    char *data;
    size_t len, cap;
} Text;

static void put(Text *t, char c)
{
    if (t->len < t->cap)
        t->data[t->len++] = c;
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Whether s (n bytes) starts with the NUL-terminated prefix, in any case. */
static bool starts_with(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    if (n < k)
        return false;
    for (size_t i = 0; i < k; i++)
        if (lower(s[i]) != lower(prefix[i]))
            return false;
    return true;
}

/* The length of the line at s (n bytes), without its "\n" or "\r\n"; the
   length with them in *next. */
static size_t line_at(const char *s, size_t n, size_t *next)
{
    const char *nl = memchr(s, '\n', n);
    size_t end = nl ? (size_t)(nl - s) : n;
    *next = nl ? end + 1 : n;
    return end > 0 && s[end - 1] == '\r' ? end - 1 : end;
}

/* Splits a message (or a part) at its first empty line into the headers
   before it and the body after it; without one, all of it is headers. */
static void split_message(Span m, Span *head, Span *body)
{
    for (size_t at = 0; at < m.n;) {
        size_t next, n = line_at(m.s + at, m.n - at, &next);
        if (n == 0) {
            *head = (Span){m.s, at};
            *body = (Span){m.s + at + next, m.n - at - next};
            return;
        }
        at += next;
    }
    *head = m;
    *body = (Span){m.s + m.n, 0};
}

/* The value of the first header called name in head, unfolded (each line
   break before a continuation line's blank removed) into out (size bytes,
   NUL-terminated, cut short if longer); an empty string if there is none. */
static void header_value(Span head, const char *name, char *out, size_t size)
{
    size_t k = strlen(name), len = 0;
    bool inside = false;
    for (size_t at = 0; at < head.n;) {
        size_t next, n = line_at(head.s + at, head.n - at, &next);
        const char *line = head.s + at;
        at += next;
        size_t from;
        if (inside && n > 0 && (line[0] == ' ' || line[0] == '\t'))
            from = 0;
        else if (inside)
            break;
        else if (starts_with(line, n, name) && n > k && line[k] == ':')
            from = k + 1, inside = true;
        else
            continue;
        for (size_t i = from; i < n && len + 1 < size; i++)
            out[len++] = line[i];
    }
    while (len > 0 && (out[len - 1] == ' ' || out[len - 1] == '\t'))
        len--;
    size_t lead = 0;
    while (lead < len && (out[lead] == ' ' || out[lead] == '\t'))
        lead++;
    memmove(out, out + lead, len - lead);
    out[len - lead] = '\0';
}

/* The value of parameter name (as in boundary="abc") of a header value, into
   out (size bytes), without its quotes; false if there is none. */
static bool header_param(const char *value, const char *name, char *out, size_t size)
{
    size_t k = strlen(name);
    for (const char *p = strchr(value, ';'); p; p = strchr(p + 1, ';')) {
        const char *q = p + 1;
        while (*q == ' ' || *q == '\t')
            q++;
        if (!starts_with(q, strlen(q), name))
            continue;
        q += k;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q++ != '=')
            continue;
        while (*q == ' ' || *q == '\t')
            q++;
        bool quoted = *q == '"';
        q += quoted;
        size_t len = 0;
        for (; *q && len + 1 < size; q++) {
            if (quoted ? *q == '"' : (*q == ';' || *q == ' ' || *q == '\t'))
                break;
            out[len++] = *q;
        }
        out[len] = '\0';
        return len > 0;
    }
    return false;
}

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Appends s (n bytes) to out, decoded from quoted-printable: "=XX" is the
   byte XX, "=" at the end of a line joins it to the next, and with
   underscores, as in a header's encoded words, "_" is a space. */
static void put_quoted_printable(Span s, bool underscores, Text *out)
{
    for (size_t i = 0; i < s.n; i++) {
        size_t next;
        int hi, lo;
        if (s.s[i] == '=' && line_at(s.s + i + 1, s.n - i - 1, &next) == 0 && next > 0)
            i += next;
        else if (s.s[i] == '=' && i + 2 < s.n && (hi = hex_digit(s.s[i + 1])) >= 0
                 && (lo = hex_digit(s.s[i + 2])) >= 0) {
            put(out, (char)(hi << 4 | lo));
            i += 2;
        } else
            put(out, underscores && s.s[i] == '_' ? ' ' : s.s[i]);
    }
}

/* The value of a base64 character, or -1 for any other byte. */
static int base64_digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Appends s (n bytes) to out, decoded from base64: other bytes (line
   breaks) are skipped, and "=" ends the data. */
static void put_base64(Span s, Text *out)
{
    unsigned bits = 0, held = 0;
    for (size_t i = 0; i < s.n && s.s[i] != '='; i++) {
        int d = base64_digit(s.s[i]);
        if (d < 0)
            continue;
        bits = (bits << 6 | (unsigned)d) & 0xFFFFFF;
        held += 6;
        if (held >= 8) {
            held -= 8;
            put(out, (char)(bits >> held & 0xFF));
        }
    }
}

/* Appends a header value to out with its RFC 2047 encoded words
   (=?charset?Q?text?= and =?charset?B?text?=) decoded, bytes unchanged. */
static void put_header_text(const char *value, Text *out)
{
    for (const char *p = value; *p;) {
        const char *q1 = p[0] == '=' && p[1] == '?' ? strchr(p + 2, '?') : NULL;
        const char *end = q1 && q1[1] && q1[2] == '?' ? strstr(q1 + 3, "?=") : NULL;
        if (!end) {
            put(out, *p++);
            continue;
        }
        Span text = {q1 + 3, (size_t)(end - q1 - 3)};
        if (lower(q1[1]) == 'b')
            put_base64(text, out);
        else
            put_quoted_printable(text, true, out);
        p = end + 2;
    }
}

/* Writes code point code as UTF-8 into utf8 (4 bytes); returns its length. */
static size_t utf8_put(unsigned long code, char *utf8)
{
    if (code < 0x80) {
        utf8[0] = (char)code;
        return 1;
    }
    if (code < 0x800) {
        utf8[0] = (char)(0xC0 | code >> 6);
        utf8[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        utf8[0] = (char)(0xE0 | code >> 12);
        utf8[1] = (char)(0x80 | (code >> 6 & 0x3F));
        utf8[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    utf8[0] = (char)(0xF0 | code >> 18);
    utf8[1] = (char)(0x80 | (code >> 12 & 0x3F));
    utf8[2] = (char)(0x80 | (code >> 6 & 0x3F));
    utf8[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

/* The code point of the named entity name (len bytes, between "&" and
   ";"): the five of XML and the 96 of HTML for U+00A0 to U+00FF; 0 for
   any other name. */
static unsigned long entity_named(const char *name, size_t len)
{
    static const char *const XML[] = {"amp", "lt", "gt", "quot", "apos"};
    static const char XML_CHARS[] = "&<>\"'";
    static const char *const LATIN1[] = {
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy",
        "ordf", "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3",
        "acute", "micro", "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14",
        "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring",
        "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc",
        "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
        "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave",
        "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave", "eacute",
        "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
        "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
        "uuml", "yacute", "thorn", "yuml"};
    for (size_t k = 0; k < sizeof XML / sizeof XML[0]; k++)
        if (strlen(XML[k]) == len && memcmp(XML[k], name, len) == 0)
            return (unsigned char)XML_CHARS[k];
    for (size_t k = 0; k < sizeof LATIN1 / sizeof LATIN1[0]; k++)
        if (strlen(LATIN1[k]) == len && memcmp(LATIN1[k], name, len) == 0)
            return 0xA0 + k;
    return 0;
}

/* The entity at s (n bytes, s[0] == '&'): "&name;", "&#233;" or "&#xE9;".
   Writes its character as UTF-8 into utf8 (4 bytes), a no-break space as
   a space, and its length to *utf8_len; returns the length of the entity,
   or 0 if s starts none this reader knows. */
static size_t entity_at(const char *s, size_t n, char *utf8, size_t *utf8_len)
{
    enum { LONGEST = 8 };   /* digits or letters between "&" or "&#" and ";" */
    bool number = n > 1 && s[1] == '#', hex = number && n > 2 && lower(s[2]) == 'x';
    const size_t start = (size_t)1 + number + hex;
    unsigned long code = 0;
    size_t i = start;
    for (; i < n && i - start < LONGEST; i++) {
        int d = hex ? hex_digit(s[i]) : s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1;
        bool letter = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z');
        if (number ? d < 0 : !letter && d < 0)
            break;
        if (number)
            code = code * (hex ? 16 : 10) + (unsigned long)d;
    }
    if (i >= n || s[i] != ';' || i == start)
        return 0;
    if (!number)
        code = entity_named(s + 1, i - 1);
    if (code == 0 || code > 0x10FFFF)
        return 0;
    *utf8_len = utf8_put(code == 0xA0 ? ' ' : code, utf8);
    return i + 1;
}

/* The position in s (n bytes) just past the first occurrence of the
   NUL-terminated needle, in any case; n if there is none. */
static size_t past(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (starts_with(s + i, n - i, needle))
            return i + k;
    return n;
}

/* Appends the HTML in s to out as text: a comment, a script, a style or a
   tag becomes one space, an entity its character. */
static void put_html(Span s, Text *out)
{
    for (size_t i = 0; i < s.n;) {
        const char *p = s.s + i;
        size_t rest = s.n - i, len, n;
        char utf8[4];
        if (*p == '<') {
            if (starts_with(p, rest, "<!--"))
                i += past(p, rest, "-->");
            else if (starts_with(p, rest, "<script"))
                i += past(p, rest, "</script>");
            else if (starts_with(p, rest, "<style"))
                i += past(p, rest, "</style>");
            else
                i += past(p, rest, ">");
            put(out, ' ');
        } else if (*p == '&' && (len = entity_at(p, rest, utf8, &n)) > 0) {
            for (size_t k = 0; k < n; k++)
                put(out, utf8[k]);
            i += len;
        } else {
            put(out, *p);
            i++;
        }
    }
}

enum { HEADER_SIZE = 1024 };   /* the longest header value read */

/* Appends the text of a message or part m to out, reading parts within
   parts while depth < EMAIL_MAX_DEPTH; scratch holds room for m's bytes. */
static void put_part(Span m, size_t depth, Text *out, char *scratch)
{
    Span head, body;
    split_message(m, &head, &body);
    char type[HEADER_SIZE], encoding[HEADER_SIZE], boundary[HEADER_SIZE];
    header_value(head, "Content-Type", type, sizeof type);
    header_value(head, "Content-Transfer-Encoding", encoding, sizeof encoding);
    if (starts_with(type, strlen(type), "multipart/")) {
        if (depth + 1 >= EMAIL_MAX_DEPTH || !header_param(type, "boundary", boundary + 2,
                                                          sizeof boundary - 2))
            return;
        boundary[0] = boundary[1] = '-';
        size_t k = strlen(boundary);
        const char *start = NULL;
        for (size_t at = 0; at < body.n;) {
            size_t next, n = line_at(body.s + at, body.n - at, &next);
            const char *line = body.s + at;
            if (n >= k && memcmp(line, boundary, k) == 0) {
                if (start)
                    put_part((Span){start, (size_t)(line - start)}, depth + 1, out, scratch);
                if (n >= k + 2 && line[k] == '-' && line[k + 1] == '-')
                    return;
                start = line + next;
            }
            at += next;
        }
        if (start)
            put_part((Span){start, (size_t)(body.s + body.n - start)}, depth + 1, out, scratch);
        return;
    }
    if (starts_with(type, strlen(type), "message/rfc822")) {
        if (depth + 1 < EMAIL_MAX_DEPTH)
            put_part(body, depth + 1, out, scratch);
        return;
    }
    bool html = starts_with(type, strlen(type), "text/html");
    if (type[0] && !html && !starts_with(type, strlen(type), "text/plain"))
        return;
    bool qp = starts_with(encoding, strlen(encoding), "quoted-printable");
    bool b64 = starts_with(encoding, strlen(encoding), "base64");
    Span text = body;
    if (qp || b64) {
        Text decoded = {scratch, 0, body.n};
        if (qp)
            put_quoted_printable(body, false, &decoded);
        else
            put_base64(body, &decoded);
        text = (Span){scratch, decoded.len};
    }
    if (html)
        put_html(text, out);
    else
        for (size_t i = 0; i < text.n; i++)
            put(out, text.s[i]);
    put(out, '\n');
}

char *email_text(const char *msg, size_t len, size_t *text_len)
{
    Text out = {mem_alloc(len + 3, 1), 0, len + 2};
    char *scratch = mem_alloc(len + 1, 1);
    Span head, body;
    split_message((Span){msg, len}, &head, &body);
    char subject[HEADER_SIZE];
    header_value(head, "Subject", subject, sizeof subject);
    put_header_text(subject, &out);
    put(&out, '\n');
    put_part((Span){msg, len}, 0, &out, scratch);
    mem_free(scratch);
    out.data[out.len] = '\0';
    *text_len = out.len;
    return out.data;
}
