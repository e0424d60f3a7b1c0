/* values.h: the numbers a program reports for the book's prose to quote. */
#ifndef LITNN_VALUES_H
#define LITNN_VALUES_H

/* If the environment variable LITNN_VALUES names a file, appends the line
   "name x" to it, x as a whole number if it is one, else as cli_shortest
   writes it; otherwise does nothing. On a
   failure to write, prints "values: error: ..." on stderr and exits with
   status 1. */
void value_report(const char *name, double x);

#endif
