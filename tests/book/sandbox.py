"""sandbox.py: a throwaway copy of a book (book.yml and chapters) for the
tests of the book machine, and a way to run its tools on it."""
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYTHON = "/usr/bin/python3"

BOOK_YML = open(os.path.join(ROOT, "book.yml"), encoding="utf-8").read()


class Sandbox:
    """A temporary repository root holding only what a test writes into it."""

    def __init__(self, chapters, files=None, book_yml=None):
        self.root = tempfile.mkdtemp(prefix="litnn-test-")
        slugs = [path.split("/")[-1][:-3] for path in chapters if path.startswith("en/")]
        if book_yml is None:
            head, _, rest = BOOK_YML.partition("chapters:\n")
            _, _, tail = rest.partition("\n\n")
            tail = re.sub(r"(#.*\n)*appendices:\n(  - .*\n)*\n?", "", tail)
            appendices = [s for s in slugs if re.match(r"[a-z]-", s)]
            book_yml = (head + "chapters:\n" + "".join(f"  - {s}\n" for s in slugs
                                                        if s not in appendices) + "\n"
                        + ("appendices:\n" + "".join(f"  - {s}\n" for s in appendices) + "\n"
                           if appendices else "") + tail)
        self.write("book.yml", book_yml)
        for path, text in chapters.items():
            self.write(f"chapters/{path}", text)
        for path, text in (files or {}).items():
            self.write(path, text)

    def path(self, rel):
        return os.path.join(self.root, rel)

    def write(self, rel, text):
        """Writes text as UTF-8; a lone surrogate U+DCxx writes the byte xx."""
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        with open(self.path(rel), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8") as f:
            return f.read()

    def tool(self, name, *args):
        """Runs tools/<name>.py on this sandbox; returns (status, stdout + stderr)."""
        proc = subprocess.run([PYTHON, os.path.join(ROOT, "tools", name + ".py"),
                               "--root", self.root, *args],
                              capture_output=True, text=True, cwd=self.root)
        return proc.returncode, proc.stdout + proc.stderr

    def close(self):
        shutil.rmtree(self.root)


class Verdict:
    """Collects named checks and prints one line each, then a total."""

    def __init__(self, name):
        self.name, self.failed, self.count = name, 0, 0

    def check(self, what, ok, detail=""):
        self.count += 1
        self.failed += not ok
        print(f"{what}: {'OK' if ok else 'FAIL'}" + (f" ({detail})" if detail and not ok else ""))
        return ok

    def expect_error(self, what, result, *needles):
        status, text = result
        missing = [n for n in needles if n not in text]
        return self.check(what, status != 0 and not missing,
                          f"status {status}, missing {missing!r} in: {text.strip()}")

    def finish(self):
        print(f"{self.name}: {self.count} checks, {self.failed} failed")
        return 1 if self.failed else 0
