#!/bin/sh
# fashion-mnist.sh: unpacks Fashion-MNIST from Debian's package
# dataset-fashion-mnist (the gzip files in /usr/share/datasets/fashion-mnist)
# into the folder given, and checks the four files against
# data/fashion-mnist.sha256 (see data/SOURCES.md). Does nothing when they
# are there and intact.
#   data/fashion-mnist.sh build/data/fashion-mnist     (make deps runs it)
set -eu
out=${1:?usage: data/fashion-mnist.sh FOLDER}
from=/usr/share/datasets/fashion-mnist
sums="$(cd "$(dirname "$0")" && pwd)/fashion-mnist.sha256"
if [ -d "$out" ] && (cd "$out" && sha256sum --quiet --status -c "$sums" 2>/dev/null); then
  exit 0
fi
mkdir -p "$out"
for f in train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte \
         t10k-labels-idx1-ubyte; do
  if [ ! -r "$from/$f.gz" ]; then
    echo "fashion-mnist: error: $from/$f.gz is missing (apt-get install dataset-fashion-mnist)" >&2
    exit 1
  fi
  gzip -dc "$from/$f.gz" > "$out/$f.part"
  mv "$out/$f.part" "$out/$f"
done
(cd "$out" && sha256sum --quiet -c "$sums")
echo "fashion-mnist: the 70000 images are in $out"
