/* email.h: what a reader of an e-mail sees of it: the subject and the text
   of the body, with MIME's parts and transfer encodings undone and HTML's
   markup removed. */
#ifndef LITNN_EMAIL_H
#define LITNN_EMAIL_H

#include <stddef.h>

enum { EMAIL_MAX_DEPTH = 8 };   /* how deep parts within parts are read */

/* msg is (len) bytes of an RFC 5322 message: header lines, an empty line,
   the body. Returns its text, NUL-terminated, its length in *text_len
   (release it with mem_free): the Subject header (its =?...?= words
   decoded), a line break, then the body; for a MIME message, the parts of
   type text/plain and text/html, down to EMAIL_MAX_DEPTH parts deep, each
   followed by a line break. A body is decoded from quoted-printable or
   base64 as its Content-Transfer-Encoding says; an HTML body loses its
   tags, comments, scripts and styles (each becomes a space), and its
   entities (&amp;, &#233;, ...) become the characters, in UTF-8. Never
   fails: any bytes give a text, perhaps empty, no longer than len + 2. */
char *email_text(const char *msg, size_t len, size_t *text_len);

#endif
