/* vmath.c: e^x as 2^k e^r, and tanh and the sigmoid from it. */
#include "core/vmath.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ln 2 in two parts, the first with 32 significant bits so that k LN2_HI
   is exact, and 1 / ln 2 (fdlibm's constants). */
static const double LN2_HI = 6.93147180369123816490e-01;
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.44269504088896338700e+00;
/* 1.5 * 2^52: added to a double below 2^51 in magnitude, rounds it to an
   integer, which then sits in the sum's low bits. */
static const double ROUND = 0x1.8p52;
/* 1/n! for n = 1 .. 13: the coefficients of (e^r - 1) / r. */
static const double INV_FACT[13] = {
    1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
    1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800,
    1.0 / 479001600, 1.0 / 6227020800};

/* For |x| <= 746: e^x = 2^k (1 + p), with k the integer nearest x / ln 2,
   stored in *k, and p = e^r - 1, r = x - k ln 2, returned. */
static inline double vmath_split(double x, int64_t *k)
{
    double t = x * INV_LN2 + ROUND, kd = t - ROUND;
    double r = (x - kd * LN2_HI) - kd * LN2_LO;
    double p = INV_FACT[12];
    for (int n = 11; n >= 0; n--)
        p = INV_FACT[n] + r * p;
    int64_t bits_t, bits_round;
    memcpy(&bits_t, &t, sizeof t);
    memcpy(&bits_round, &ROUND, sizeof ROUND);
    *k = bits_t - bits_round;
    return r * p;
}

/* 2^k for k in [-1022, 1023]: the double whose exponent bits hold k + 1023
   and whose fraction bits are 0. */
static inline double vmath_pow2(int64_t k)
{
    uint64_t bits = (uint64_t)(k + 1023) << 52;
    double s;
    memcpy(&s, &bits, sizeof s);
    return s;
}

/* 2^k in two halves, each a double: e^x overflows or underflows only in
   their product, as it should. */
void vmath_exp(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double a = x[i] < -746.0 ? -746.0 : x[i] > 710.0 ? 710.0 : x[i];
        int64_t k;
        double p = vmath_split(a, &k);
        y[i] = vmath_pow2(k / 2) * (vmath_pow2(k - k / 2) * (1.0 + p));
    }
}

void vmath_tanh(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double a = -2.0 * fabs(x[i]);
        a = a < -40.0 ? -40.0 : a;            /* beyond, tanh is 1 exactly */
        int64_t k;
        double p = vmath_split(a, &k), s = vmath_pow2(k);
        double u = s * p + (s - 1.0);         /* e^-2|x| - 1 */
        y[i] = copysign(-u / (u + 2.0), x[i]);
    }
}

void vmath_sigmoid(const double *x, double *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double a = -fabs(x[i]);
        a = a < -708.0 ? -708.0 : a;
        int64_t k;
        double p = vmath_split(a, &k), e = vmath_pow2(k) * (1.0 + p);   /* e^-|x| */
        y[i] = x[i] >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }
}
