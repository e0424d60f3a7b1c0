"""Reference values for chapter 4's feature normalization
(chapters/en/04-text-to-vectors.nw), computed with scikit-learn.

MinMaxScaler and StandardScaler are fitted on a training matrix (20, 4)
whose columns have very different scales (the last one constant), then
transform the training matrix and a test matrix (6, 4) that has values
outside the training range. Writes tests/fixtures/ch04_scaler.txt:
  train, test                      the two matrices
  minmax_train, minmax_test        MinMaxScaler().fit(train).transform(...)
  zscore_train, zscore_test        StandardScaler().fit(train).transform(...)
Run from the repository root: /usr/bin/python3 tests/reference/ch04_scaler.py
"""
import numpy as np
from sklearn.preprocessing import MinMaxScaler, StandardScaler

from _fixture import write_fixture

OUT = "tests/fixtures/ch04_scaler.txt"


def features(rng, n):
    """n rows: a length in characters, a count, an area in square metres, a constant."""
    return np.column_stack([rng.integers(3, 11, n).astype(float),
                            rng.normal(2.0, 0.5, n),
                            rng.normal(5000.0, 1500.0, n),
                            np.full(n, 7.0)])


def main():
    rng = np.random.default_rng(4)
    train, test = features(rng, 20), features(rng, 6)
    test[0] = [1.0, -1.0, 20000.0, 8.0]        # outside the training range
    values = [("train", train), ("test", test)]
    for name, scaler in (("minmax", MinMaxScaler()), ("zscore", StandardScaler())):
        scaler.fit(train)
        values += [(f"{name}_train", scaler.transform(train)),
                   (f"{name}_test", scaler.transform(test))]
    write_fixture(OUT, values, source=__file__,
                  about="chapter 4's feature normalization: scikit-learn's scalers")


if __name__ == "__main__":
    main()
