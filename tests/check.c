/* check.c: comparisons and the fixture reader declared in check.h. */
#include "check.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks_run, checks_failed;

static bool record(bool ok)
{
    checks_run++;
    if (!ok)
        checks_failed++;
    return ok;
}

bool check_close(const char *what, const double *got, const double *want,
                 size_t n, double tol)
{
    double max_abs = 0.0, max_rel = 0.0;
    size_t worst = 0;
    bool ok = true;
    for (size_t i = 0; i < n; i++) {
        double d = fabs(got[i] - want[i]);
        double rel = d / fmax(fabs(want[i]), 1e-300);
        if (!(d <= tol * fmax(1.0, fabs(want[i]))))   /* also catches NaN */
            ok = false;
        if (d > max_abs || isnan(d)) {
            max_abs = d;
            worst = i;
        }
        if (rel > max_rel)
            max_rel = rel;
    }
    printf("%s: max |c - ref| = %.3g, max rel = %.3g over %zu values (tol %.0e) %s\n",
           what, max_abs, max_rel, n, tol, ok ? "OK" : "FAIL");
    if (!ok)
        printf("  worst at [%zu]: c = %.17g, ref = %.17g\n", worst, got[worst],
               want[worst]);
    return record(ok);
}

bool check_gradient(const char *what, GradcheckLoss *loss, void *ctx,
                    double *params, const double *grad, size_t n, double h,
                    double tol)
{
    GradcheckResult r = gradcheck(loss, ctx, params, grad, n, h);
    return check_true(what, r.max_rel < tol,
                      "%zu values, normwise rel error %.3g, max abs error %.3g at value %zu "
                      "(h %g, tol %g)", n, r.max_rel, r.max_abs, r.worst, h, tol);
}

bool check_scalar(const char *what, double got, double want, double tol)
{
    return check_close(what, &got, &want, 1, tol);
}

bool check_true(const char *what, bool ok, const char *detail_fmt, ...)
{
    va_list ap;
    printf("%s: ", what);
    va_start(ap, detail_fmt);
    vprintf(detail_fmt, ap);
    va_end(ap);
    printf(" %s\n", ok ? "OK" : "FAIL");
    return record(ok);
}

int check_finish(const char *program)
{
    printf("%s: %d checks, %d failed\n", program, checks_run, checks_failed);
    return checks_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* ---- fixtures ---- */

enum { MAX_DIMS = 8 };

typedef struct {
    char *name;
    size_t ndim, dims[MAX_DIMS], count;
    double *values;
} Tensor;

struct Fixture {
    const char *path;
    size_t len, cap;
    Tensor *tensors;
};

static void fixture_fail(const char *path, const char *what, const char *name)
{
    fprintf(stderr, "fixture: error: %s%s%s, %s\n", what, name ? " " : "",
            name ? name : "", path);
    exit(EXIT_FAILURE);
}

/* Reads the next non-comment token; returns false at end of file. */
static bool next_token(FILE *in, char *buf, size_t size)
{
    int c;
    for (;;) {
        c = fgetc(in);
        while (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            c = fgetc(in);
        if (c != '#')
            break;
        while (c != '\n' && c != EOF)
            c = fgetc(in);
    }
    if (c == EOF)
        return false;
    size_t n = 0;
    while (c != EOF && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        if (n + 1 < size)
            buf[n++] = (char)c;
        c = fgetc(in);
    }
    buf[n] = '\0';
    return true;
}

static size_t parse_size(const char *tok, const char *path, const char *name)
{
    char *end;
    unsigned long v = strtoul(tok, &end, 10);
    if (*tok == '\0' || *end != '\0' || tok[0] == '-' || v > 100000000UL)
        fixture_fail(path, "bad dimension in", name);
    return (size_t)v;
}

Fixture *fixture_load(const char *path)
{
    FILE *in = fopen(path, "r");
    if (!in)
        fixture_fail(path, "cannot open (run `make fixtures`?)", NULL);
    Fixture *f = calloc(1, sizeof *f);
    if (!f)
        fixture_fail(path, "out of memory", NULL);
    f->path = path;
    char tok[256];
    while (next_token(in, tok, sizeof tok)) {
        if (f->len == f->cap) {
            f->cap = f->cap ? 2 * f->cap : 16;
            f->tensors = realloc(f->tensors, f->cap * sizeof *f->tensors);
            if (!f->tensors)
                fixture_fail(path, "out of memory", NULL);
        }
        Tensor *t = &f->tensors[f->len++];
        t->name = malloc(strlen(tok) + 1);
        if (!t->name)
            fixture_fail(path, "out of memory", NULL);
        strcpy(t->name, tok);
        if (!next_token(in, tok, sizeof tok))
            fixture_fail(path, "missing rank of", t->name);
        t->ndim = parse_size(tok, path, t->name);
        if (t->ndim > MAX_DIMS)
            fixture_fail(path, "too many dimensions in", t->name);
        t->count = 1;
        for (size_t d = 0; d < t->ndim; d++) {
            if (!next_token(in, tok, sizeof tok))
                fixture_fail(path, "missing dimension of", t->name);
            t->dims[d] = parse_size(tok, path, t->name);
            t->count *= t->dims[d];
        }
        t->values = malloc((t->count ? t->count : 1) * sizeof *t->values);
        if (!t->values)
            fixture_fail(path, "out of memory", NULL);
        for (size_t i = 0; i < t->count; i++) {
            char *end;
            if (!next_token(in, tok, sizeof tok))
                fixture_fail(path, "too few values in", t->name);
            t->values[i] = strtod(tok, &end);
            if (*end != '\0')
                fixture_fail(path, "malformed value in", t->name);
        }
    }
    fclose(in);
    return f;
}

static const Tensor *find(const Fixture *f, const char *name)
{
    for (size_t i = 0; i < f->len; i++)
        if (strcmp(f->tensors[i].name, name) == 0)
            return &f->tensors[i];
    fixture_fail(f->path, "no tensor named", name);
    return NULL;
}

const double *fixture_get(const Fixture *f, const char *name, size_t ndim,
                          const size_t *dims)
{
    const Tensor *t = find(f, name);
    bool same = t->ndim == ndim;
    for (size_t d = 0; same && d < ndim; d++)
        same = t->dims[d] == dims[d];
    if (!same)
        fixture_fail(f->path, "unexpected shape of", name);
    return t->values;
}

const double *fixture_values(const Fixture *f, const char *name, size_t *count)
{
    const Tensor *t = find(f, name);
    *count = t->count;
    return t->values;
}

const double *fixture_part(const Fixture *f, const char *prefix,
                           const char *name, size_t *count)
{
    char full[128];
    size_t n;
    snprintf(full, sizeof full, "%s_%s", prefix, name);
    const double *v = fixture_values(f, full, &n);
    if (count)
        *count = n;
    return v;
}

bool check_fixture(const char *what, const Fixture *f, const char *prefix,
                   const char *name, const double *got, size_t n, double tol)
{
    size_t count;
    const double *want = fixture_part(f, prefix, name, &count);
    char label[160];
    snprintf(label, sizeof label, "%s: %s_%s", what, prefix, name);
    if (!check_true(label, count == n, "%zu values, expected %zu", n, count))
        return false;
    return check_close(label, got, want, n, tol);
}

void fixture_free(Fixture *f)
{
    for (size_t i = 0; i < f->len; i++) {
        free(f->tensors[i].name);
        free(f->tensors[i].values);
    }
    free(f->tensors);
    free(f);
}
