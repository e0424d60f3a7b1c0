/* cli.c: strict option values, one-line usage errors, shortest doubles. */
#include "core/cli.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_usage_error(const char *prog, const char *what, const char *opt,
                     const char *arg)
{
    fprintf(stderr, "%s: error: %s, %s%s%s\n", prog, what, opt,
            arg ? " " : "", arg ? arg : "");
    exit(2);
}

void cli_help(int argc, char **argv, const char *usage)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0) {
            fputs(usage, stdout);
            exit(fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1);
        }
}

void cli_no_arguments(const char *prog, int argc, char **argv)
{
    if (argc > 1)
        cli_usage_error(prog, "this program takes no arguments", argv[1], NULL);
}

void cli_data_arguments(const char *prog, int argc, char **argv, int first)
{
    for (int i = first; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0)
            cli_usage_error(prog, "an option after the data", argv[i], NULL);
}

const char *cli_value(const char *prog, int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        cli_usage_error(prog, "missing value", argv[*i], NULL);
    return argv[++*i];
}

/* Reads a whole number in [min, max] at *s and moves *s past it; on
   anything else reports a usage error about opt and arg. */
static size_t cli_scan_size(const char **s, const char *prog, const char *opt,
                            const char *arg, size_t min, size_t max)
{
    char *end = NULL;
    unsigned long long v = 0;
    errno = 0;
    if (isdigit((unsigned char)**s))
        v = strtoull(*s, &end, 10);
    if (end == NULL || errno == ERANGE || v < min || v > max) {
        char what[80];
        snprintf(what, sizeof what, "expected whole numbers from %zu to %zu",
                 min, max);
        cli_usage_error(prog, what, opt, arg);
    }
    *s = end;
    return (size_t)v;
}

size_t cli_size(const char *prog, const char *opt, const char *arg,
                size_t min, size_t max)
{
    const char *s = arg;
    size_t v = cli_scan_size(&s, prog, opt, arg, min, max);
    if (*s != '\0')
        cli_usage_error(prog, "unexpected text after a number", opt, arg);
    return v;
}

size_t cli_sizes(const char *prog, const char *opt, const char *arg,
                 size_t min, size_t max, size_t *out, size_t max_count)
{
    const char *s = arg;
    size_t count = 0;
    for (;; s++) {                          /* s is at a ',' */
        if (count == max_count)
            cli_usage_error(prog, "too many numbers", opt, arg);
        out[count++] = cli_scan_size(&s, prog, opt, arg, min, max);
        if (*s != ',')
            break;
    }
    if (*s != '\0')
        cli_usage_error(prog, "unexpected text after a number", opt, arg);
    return count;
}

/* Moves s past a run of digits; returns how many there were. */
static size_t cli_skip_digits(const char **s)
{
    size_t n = 0;
    for (; isdigit((unsigned char)**s); (*s)++)
        n++;
    return n;
}

int cli_parse_decimal(const char *text, double *x)
{
    const char *s = text + (text[0] == '-');
    size_t digits = cli_skip_digits(&s);
    if (*s == '.') {
        s++;
        digits += cli_skip_digits(&s);
    }
    if (digits == 0)
        return 0;
    if (*s == 'e' || *s == 'E') {
        s++;
        s += *s == '+' || *s == '-';
        if (cli_skip_digits(&s) == 0)
            return 0;
    }
    if (*s != '\0')
        return 0;
    errno = 0;
    double v = strtod(text, NULL);
    if (errno == ERANGE)                /* beyond a double, or below its precision */
        return 0;
    *x = v;
    return 1;
}

double cli_positive(const char *prog, const char *opt, const char *arg,
                    double max)
{
    double v = 0.0;
    if (!cli_parse_decimal(arg, &v) || v <= 0.0 || v > max) {
        char what[80];
        snprintf(what, sizeof what, "expected a number above 0 and at most %g",
                 max);
        cli_usage_error(prog, what, opt, arg);
    }
    return v;
}

size_t cli_choice(const char *prog, const char *opt, const char *arg,
                  const char *const *names, size_t count)
{
    for (size_t q = 0; q < count; q++)
        if (strcmp(arg, names[q]) == 0)
            return q;
    cli_usage_error(prog, "unknown choice", opt, arg);
    return count;    /* not reached */
}

int cli_size_option(const char *prog, const char *opt, const char *arg,
                    const CliSizeOption *options, size_t count)
{
    for (size_t q = 0; q < count; q++)
        if (strcmp(opt, options[q].name) == 0) {
            *options[q].value = cli_size(prog, opt, arg, options[q].min,
                                         options[q].max);
            return 1;
        }
    return 0;
}

char *cli_shortest(char *buf, double x)
{
    for (int digits = 1; digits <= 17; digits++) {
        snprintf(buf, CLI_SHORTEST_SIZE, "%.*g", digits, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    return buf;
}

void cli_check_finite(const char *prog, const char *what, double x)
{
    if (isfinite(x))
        return;
    fprintf(stderr, "%s: error: %s is %s: the training diverged\n", prog, what,
            isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
    exit(1);
}

int cli_finish(const char *prog)
{
    if (fflush(stdout) == 0 && !ferror(stdout))
        return 0;
    fprintf(stderr, "%s: error: cannot write the output (%s)\n", prog, strerror(errno));
    return 1;
}
