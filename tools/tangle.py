#!/usr/bin/python3
"""tangle.py: writes every root chunk of the English chapters to its path.

  tangle.py                 write tangled/ (as cpif would: unchanged files keep
                            their timestamps; files no root writes are removed)
  tangle.py --lines DIR     write DIR/tangled/ with #line directives in C files,
                            so compiler errors point into chapters/en/*.nw
  tangle.py --check         compare tangled/ with what the chapters give; exit 1
                            naming each stale, missing or extra file

Roots are the paths of the files they become (tangled/core/vec.c). A use of an
undefined chunk, a chunk that is neither used nor a tangled/ path, and a root
defined in two chapters are errors that name the file and line.
"""
import argparse
import filecmp
import os
import subprocess
import tempfile

from litnn import BookError, check_web, load_book, main, parse_web

C_SUFFIXES = (".c", ".h")


def collect_roots(book):
    """{root: (chapter path, line)} over all English chapters, each root once."""
    roots = {}
    for slug in book.slugs:
        web = parse_web(book.chapter_path("en", slug), book.root)
        check_web(web)
        for name in web.roots():
            line = web.first_definition(name).line
            if name in roots:
                other, other_line = roots[name]
                raise BookError(f"{web.path}:{line}: root <<{name}>> is already "
                                f"defined in {other}:{other_line}")
            roots[name] = (web.path, line)
    return roots


def write_if_changed(path, text):
    """What noweb's cpif does, for any path: an unchanged file keeps its timestamp."""
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def tangle_to(book, roots, out, lines):
    """Writes each root under out/; returns the set of paths written."""
    written = set()
    for name, (source, _) in roots.items():
        target = os.path.join(out, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        cmd = ["notangle", "-R" + name]
        if lines and name.endswith(C_SUFFIXES):
            cmd.append("-L")
        cmd.append(source)
        tangle = subprocess.run(cmd, cwd=book.root, capture_output=True, text=True)
        if tangle.returncode != 0 or tangle.stderr:
            raise BookError(f"notangle {name} from {source}: {tangle.stderr.strip()}")
        write_if_changed(target, tangle.stdout)
        written.add(os.path.normpath(target))
    return written


def files_under(directory):
    found = set()
    for dirpath, _, filenames in os.walk(directory):
        found.update(os.path.normpath(os.path.join(dirpath, f)) for f in filenames)
    return found


def remove_others(out, written):
    """Removes files under out/tangled that no root writes, and empty folders."""
    tangled = os.path.join(out, "tangled")
    for path in sorted(files_under(tangled) - written):
        os.remove(path)
    for dirpath, dirnames, filenames in sorted(os.walk(tangled), reverse=True):
        if not dirnames and not filenames and dirpath != tangled:
            os.rmdir(dirpath)


def check(book, roots):
    """Tangles into a scratch folder and compares it with tangled/."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = tangle_to(book, roots, scratch, lines=False)
        want = {os.path.relpath(p, scratch) for p in fresh}
        have = {os.path.relpath(p, book.root)
                for p in files_under(os.path.join(book.root, "tangled"))}
        problems = [f"{p}: missing (run make tangle)" for p in sorted(want - have)]
        problems += [f"{p}: no chapter defines it (run make tangle)" for p in sorted(have - want)]
        problems += [f"{p}: differs from its chunk in {roots[p][0]} (edit the chapter, "
                     f"then run make tangle)"
                     for p in sorted(want & have)
                     if not filecmp.cmp(os.path.join(scratch, p),
                                        os.path.join(book.root, p), shallow=False)]
    for problem in problems:
        print(f"tangle: stale: {problem}")
    print(f"tangle: {len(want)} files from {len(book.slugs)} chapters, "
          f"{len(problems)} stale")
    return 1 if problems else 0


def run():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=None, help="repository root (default: this one)")
    parser.add_argument("--lines", metavar="DIR", help="write DIR/tangled with #line directives")
    parser.add_argument("--check", action="store_true", help="compare tangled/ with the chapters")
    args = parser.parse_args()
    book = load_book(args.root) if args.root else load_book()
    roots = collect_roots(book)
    if args.check:
        return check(book, roots)
    out = os.path.abspath(args.lines) if args.lines else book.root
    remove_others(out, tangle_to(book, roots, out, lines=bool(args.lines)))
    return 0


if __name__ == "__main__":
    main("tangle", run)
