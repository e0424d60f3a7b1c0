"""Reference values for chapter 5's vmath (chapters/en/05-recurrent-networks.nw):
the exponential, tanh and the logistic sigmoid computed with mpmath to 50 digits, then
rounded to the nearest double, so the C test measures its error in units
in the last place against the exact values.

Writes tests/fixtures/ch05_vmath.txt:
  x         (N) the arguments: a third uniform in [-40, 40], a third in
            [-2, 2], a sixth in [-1e-3, 1e-3], a sixth in [-708, -40] and
            [40, 708] (random Python floats, seed 5)
  tanh      (N) tanh(x), correctly rounded
  sigmoid   (N) 1 / (1 + exp(-x)), correctly rounded
  exp_x     (N + 600) x and 600 arguments where e^x is subnormal (in
            [-745, -708]) or near the largest double ([708, 709.78])
  exp       (N + 600) exp(exp_x), correctly rounded
Run from the repository root: /usr/bin/python3 tests/reference/ch05_vmath.py
"""
import random

import mpmath

from _fixture import write_fixture

N = 9000


def arguments():
    """N arguments spread over the ranges where tanh and the sigmoid change."""
    rng = random.Random(5)
    xs = [rng.uniform(-40.0, 40.0) for _ in range(N // 3)]
    xs += [rng.uniform(-2.0, 2.0) for _ in range(N // 3)]
    xs += [rng.uniform(-1e-3, 1e-3) for _ in range(N // 6)]
    xs += [rng.choice((-1.0, 1.0)) * rng.uniform(40.0, 708.0) for _ in range(N - len(xs))]
    return xs


def extreme_arguments():
    """600 arguments at the ends of the exponential's range."""
    rng = random.Random(6)
    return [rng.uniform(-745.0, -708.0) for _ in range(300)] + \
        [rng.uniform(708.0, 709.78) for _ in range(300)]


def main():
    mpmath.mp.dps = 50
    xs = arguments()
    exp_xs = xs + extreme_arguments()
    exp = [float(mpmath.exp(mpmath.mpf(x))) for x in exp_xs]
    tanh = [float(mpmath.tanh(mpmath.mpf(x))) for x in xs]
    sigmoid = [float(1 / (1 + mpmath.exp(-mpmath.mpf(x)))) for x in xs]
    write_fixture("tests/fixtures/ch05_vmath.txt",
                  [("x", xs), ("tanh", tanh), ("sigmoid", sigmoid),
                   ("exp_x", exp_xs), ("exp", exp)], source=__file__,
                  about="exp, tanh and the sigmoid to 50 digits (mpmath), rounded to doubles")


if __name__ == "__main__":
    main()
