/* check.h: test comparisons that say what they compared and how far apart
 * the values are, and the reader of the reference fixtures in tests/fixtures.
 *
 * Every check prints one line, for example
 *   vec_dot: max |c - ref| = 2.2e-16, max rel = 1.1e-16 (tol 1e-12) OK
 * and check_finish() prints the verdict and returns the exit status. */
#ifndef LITNN_CHECK_H
#define LITNN_CHECK_H

#include "core/gradcheck.h"

#include <stdbool.h>
#include <stddef.h>

/* Compares got[0..n) with want[0..n): each |got - want| <= tol * max(1, |want|). */
bool check_close(const char *what, const double *got, const double *want,
                 size_t n, double tol);
/* Compares one scalar. */
bool check_scalar(const char *what, double got, double want, double tol);
/* Records a condition; detail is printed after the name (printf format). */
bool check_true(const char *what, bool ok, const char *detail_fmt, ...);
/* params and grad are (n): checks the analytic gradient grad of loss at
   params against central differences of step h (core/gradcheck.h), and
   passes if the relative error is below tol. */
bool check_gradient(const char *what, GradcheckLoss *loss, void *ctx,
                    double *params, const double *grad, size_t n, double h,
                    double tol);
/* Prints "<program>: N checks, N failed" and returns the exit status. */
int check_finish(const char *program);

/* A fixture file is a sequence of named tensors, each written as
 *   <name> <ndim> <d0> ... <d(ndim-1)>
 *   <v0> <v1> ... (product of the dims values, Python's repr of a float)
 * Lines starting with '#' are comments. See tests/reference/README.md. */
typedef struct Fixture Fixture;

/* Loads path; on a missing or malformed file prints the reason and exits 1. */
Fixture *fixture_load(const char *path);
/* The values of tensor name; its shape must be exactly dims[0..ndim), else exits 1. */
const double *fixture_get(const Fixture *f, const char *name, size_t ndim,
                          const size_t *dims);
/* The values of a tensor of any shape; *count receives its size. */
const double *fixture_values(const Fixture *f, const char *name, size_t *count);
/* The values of tensor "<prefix>_<name>" (a fixture's names for the parts
   of one case); *count, if not NULL, receives their number. */
const double *fixture_part(const Fixture *f, const char *prefix,
                           const char *name, size_t *count);
/* Compares got (n) with tensor "<prefix>_<name>", which must have n values,
   as check_close does; the line names what and the tensor. */
bool check_fixture(const char *what, const Fixture *f, const char *prefix,
                   const char *name, const double *got, size_t n, double tol);
void fixture_free(Fixture *f);

#endif
