/* test_ch05_vmath.c: vmath_exp, vmath_tanh and vmath_sigmoid against the exact values
   rounded to doubles (tests/fixtures/ch05_vmath.txt, from mpmath to 50
   digits by tests/reference/ch05_vmath.py): at most MAX_ULPS units in the
   last place apart at every point, in place as out of place; and the
   special values: signed zeros, infinities, NaN, tiny arguments and the
   clamps. */
#include "check.h"
#include "core/mem.h"
#include "core/vmath.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

enum { MAX_ULPS = 4 };

/* The number of doubles between a and b, both finite and of one sign. */
static double ulps_apart(double a, double b)
{
    int64_t ia, ib;
    memcpy(&ia, &a, sizeof a);
    memcpy(&ib, &b, sizeof b);
    return (double)(ia > ib ? ia - ib : ib - ia);
}

/* f over the fixture's x, out of place and in place, against want. */
static void check_function(const char *what,
                           void (*f)(const double *, double *, size_t),
                           const double *x, const double *want, size_t n)
{
    double *y = mem_alloc(2 * n, sizeof y[0]), *inplace = y + n, worst = 0.0;
    f(x, y, n);
    memcpy(inplace, x, n * sizeof x[0]);
    f(inplace, inplace, n);
    for (size_t i = 0; i < n; i++) {
        double u = ulps_apart(y[i], want[i]);
        worst = u > worst ? u : worst;
    }
    check_true(what, worst <= MAX_ULPS, "worst %.0f ulps over %zu points (at most %d)",
               worst, n, MAX_ULPS);
    check_true(what, memcmp(y, inplace, n * sizeof y[0]) == 0, "in place, the same bits");
    mem_free(y);
}

/* bits_equal: a and b are the same double, signed zeros told apart. */
static bool bits_equal(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

static void check_special_values(void)
{
    const double x[] = {0.0, -0.0, INFINITY, -INFINITY, 1e-300, -1e-300, 25.0, -25.0,
                        -708.0, -710.0, -1e308};
    enum { N = sizeof x / sizeof x[0] };
    double t[N], s[N], nan_in = NAN, nan_t, nan_s;
    vmath_tanh(x, t, N);
    vmath_sigmoid(x, s, N);
    check_true("tanh(+-0)", bits_equal(t[0], 0.0) && bits_equal(t[1], -0.0), "= +0, -0");
    check_true("tanh(+-inf)", t[2] == 1.0 && t[3] == -1.0, "= 1, -1");
    check_true("tanh(+-1e-300)", t[4] == 1e-300 && t[5] == -1e-300, "= its argument");
    check_true("tanh(+-25)", t[6] == 1.0 && t[7] == -1.0, "= 1, -1 exactly (clamped)");
    check_true("sigmoid(+-0)", s[0] == 0.5 && s[1] == 0.5, "= 0.5");
    check_true("sigmoid(inf)", s[2] == 1.0, "= 1");
    check_true("sigmoid(-708)", s[8] > 0.0 && ulps_apart(s[8], exp(-708.0)) <= MAX_ULPS,
               "= e^-708 to %d ulps", MAX_ULPS);
    check_true("sigmoid below -708", s[3] == s[8] && s[9] == s[8] && s[10] == s[8],
               "= sigmoid(-708) (clamped)");
    vmath_tanh(&nan_in, &nan_t, 1);
    vmath_sigmoid(&nan_in, &nan_s, 1);
    const double e_x[] = {0.0, -0.0, -INFINITY, INFINITY, -746.0, -1e300, 710.0, 1e300};
    enum { NE = sizeof e_x / sizeof e_x[0] };
    double e[NE], nan_e;
    vmath_exp(e_x, e, NE);
    vmath_exp(&nan_in, &nan_e, 1);
    check_true("exp(+-0)", e[0] == 1.0 && e[1] == 1.0, "= 1");
    check_true("exp(-inf), exp(-746), exp(-1e300)", e[2] == 0.0 && e[4] == 0.0 && e[5] == 0.0,
               "= 0");
    check_true("exp(inf), exp(710), exp(1e300)", isinf(e[3]) && isinf(e[6]) && isinf(e[7]),
               "= infinity");
    check_true("NaN", isnan(nan_t) && isnan(nan_s) && isnan(nan_e), "gives NaN");
}

int main(void)
{
    Fixture *f = fixture_load("tests/fixtures/ch05_vmath.txt");
    size_t n, n_tanh, n_sigmoid;
    const double *x = fixture_values(f, "x", &n);
    const double *tanh_want = fixture_values(f, "tanh", &n_tanh);
    const double *sigmoid_want = fixture_values(f, "sigmoid", &n_sigmoid);
    size_t n_exp_x, n_exp;
    const double *exp_x = fixture_values(f, "exp_x", &n_exp_x);
    const double *exp_want = fixture_values(f, "exp", &n_exp);
    if (check_true("fixture", n_tanh == n && n_sigmoid == n, "%zu points", n)) {
        check_function("vmath_tanh", vmath_tanh, x, tanh_want, n);
        check_function("vmath_sigmoid", vmath_sigmoid, x, sigmoid_want, n);
    }
    if (check_true("fixture", n_exp == n_exp_x, "%zu points for exp", n_exp))
        check_function("vmath_exp", vmath_exp, exp_x, exp_want, n_exp);
    check_special_values();
    fixture_free(f);
    return check_finish("ch05_vmath");
}
