#!/bin/sh
# deps.sh: installs the Debian packages the book needs, if any are missing.
# When not root, prints the exact apt-get line to run and fails.
#   deps.sh           what building, testing and typesetting the book needs
#   deps.sh fixtures  what regenerating the reference fixtures needs
#   deps.sh bench     what the benchmarks' reference runs need
set -eu
case "${1:-book}" in
  book) PACKAGES="noweb cmake gcc clang libclang-rt-14-dev make valgrind python3 python3-yaml python3-hypothesis \
          gnuplot-nox pandoc opencc poppler-utils \
          texlive-xetex texlive-lang-cjk texlive-lang-chinese texlive-lang-spanish \
          texlive-lang-cyrillic lmodern \
          texlive-fonts-recommended fonts-noto-cjk fonts-dejavu-core fonts-dejavu-extra \
          chromium nodejs dataset-fashion-mnist" ;;
  fixtures) PACKAGES="python3 python3-mpmath python3-numpy python3-torch python3-sklearn libblas3 liblapack3" ;;
  bench) PACKAGES="python3 python3-numpy python3-torch libopenblas-dev" ;;
  *) echo "deps: error: unknown set '$1' (book, fixtures or bench)" >&2; exit 2 ;;
esac

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

line="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" != 0 ]; then
  echo "deps: error: missing packages; run as root: apt-get update && $line" >&2
  exit 1
fi
echo "deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends $missing >/dev/null
