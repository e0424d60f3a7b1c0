/* cli.h: the command line of the book's programs: options read strictly,
   mistakes reported in one line with exit status 2, numbers printed the
   way Python prints them. */
#ifndef LITNN_CLI_H
#define LITNN_CLI_H

#include <stddef.h>

/* If an argument is --help, prints usage (lines, each ending in a newline)
   on stdout and exits with status 0. Every program calls it first. */
void cli_help(int argc, char **argv, const char *usage);
/* For a program that takes no arguments: any argument is a usage error. */
void cli_no_arguments(const char *prog, int argc, char **argv);
/* argv[first..argc) are a program's data, after its options: one that
   starts with "--" is an option given too late, a usage error. */
void cli_data_arguments(const char *prog, int argc, char **argv, int first);
/* Prints "prog: error: what, opt arg" (arg may be NULL) on stderr and exits
   with status 2. */
void cli_usage_error(const char *prog, const char *what, const char *opt,
                     const char *arg);
/* argv is (argc) and argv[*i] an option: returns its value argv[*i + 1]
   and advances *i, or reports that the value is missing. */
const char *cli_value(const char *prog, int argc, char **argv, int *i);
/* arg is a whole decimal number in [min, max]; returns it. */
size_t cli_size(const char *prog, const char *opt, const char *arg,
                size_t min, size_t max);
/* arg is at most max_count whole numbers in [min, max] separated by
   commas; stores them in out and returns how many there are. */
size_t cli_sizes(const char *prog, const char *opt, const char *arg,
                 size_t min, size_t max, size_t *out, size_t max_count);
/* text is a decimal number: an optional minus, digits with an optional
   point, an optional exponent, and nothing else (no blanks, hexadecimal,
   inf or nan), whose value is neither too large nor too small for a double
   (nor 0 unless written as 0): stores it in *x and returns 1, else 0. */
int cli_parse_decimal(const char *text, double *x);
/* arg is a finite decimal number in (0, max]; returns it. */
double cli_positive(const char *prog, const char *opt, const char *arg,
                    double max);
/* names is (count); returns the index of the name equal to arg. */
size_t cli_choice(const char *prog, const char *opt, const char *arg,
                  const char *const *names, size_t count);

/* A whole-number option: its name, where its value goes, and its range. */
typedef struct {
    const char *name;
    size_t *value;
    size_t min, max;
} CliSizeOption;
/* options is (count): if opt is one of their names, stores arg there (read
   as by cli_size) and returns 1; else returns 0. */
int cli_size_option(const char *prog, const char *opt, const char *arg,
                    const CliSizeOption *options, size_t count);

enum { CLI_SHORTEST_SIZE = 32 };
/* buf is (CLI_SHORTEST_SIZE); writes the shortest "%.<p>g" form of x that
   reads back as x (Python's repr for numbers that are not whole) and
   returns buf. */
char *cli_shortest(char *buf, double x);

/* x is a result of training: if it is not finite (the training diverged,
   for example with a huge learning rate), prints "prog: error: what is
   nan: the training diverged" and exits with status 1. */
void cli_check_finite(const char *prog, const char *what, double x);
/* Flushes stdout and returns 0, or, if anything written to it was lost (a
   full disk, a closed stream), prints "prog: error: cannot write the
   output (reason)" and returns 1. A program ends with
   return cli_finish(prog). */
int cli_finish(const char *prog);

#endif
