#!/usr/bin/python3
"""test_properties.py: the book tools on generated webs, well and badly
formed (Hypothesis, derandomized, so that every run tries the same ones).
Whatever the web, tangle either writes its roots, all inside tangled/,
after which tangle --check passes, or stops with one line
'tangle: error: ...'; never a traceback, never a file outside tangled/.
And for a translation made from a good English web by random edits,
i18n sync-code either repairs it, after which i18n check passes, or stops
with one error line.
    test_properties.py [EXAMPLES]      (60 by default)"""
import os
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sandbox import Sandbox

NAMES = ["tangled/a.c", "tangled/b/c.h", "part one", "part two", "tangled/../escape.txt",
         "/tmp/abs.c", "tangled/dir/", "tangled/a.c "]
LINES = (["# Title", "## Section", "Prose with `code` and [[quote]].", "", "@", "@ then prose",
          "@ %def one", "int x = 1 << 2;", "<<", "<<part one", "}", "\udcff bad byte",
          "\ttabbed", "@@ escaped at"]
         + [f"<<{n}>>=" for n in NAMES] + [f"<<{n}>>" for n in NAMES])
GOOD = """# One {#ch:one}

Prose.

<<tangled/a.c>>=
<<part one>>
@

<<part one>>=
int one(void) { return 1; }
@
"""


def one_error_line(status, out, tool):
    lines = out.strip().splitlines()
    return status == 1 and "Traceback" not in out and len(lines) >= 1 \
        and lines[-1].startswith(f"{tool}: error: ")


def files_under(root):
    return {os.path.relpath(os.path.join(d, f), root)
            for d, _, names in os.walk(root) for f in names}


FAILURES = []


def tangle_property(lines):
    text = "\n".join(["# Generated"] + lines) + "\n"
    box = Sandbox({"en/01-one.nw": text})
    try:
        before = files_under(box.root)
        status, out = box.tool("tangle")
        outside = {p for p in files_under(box.root) - before if not p.startswith("tangled/")}
        if outside:
            FAILURES.append(f"tangle wrote outside tangled/: {sorted(outside)} for {text!r}")
        elif status == 0:
            status, out = box.tool("tangle", "--check")
            if status != 0:
                FAILURES.append(f"tangle --check fails right after tangle: {out!r} for {text!r}")
        elif not one_error_line(status, out, "tangle"):
            FAILURES.append(f"tangle: not one error line (status {status}): {out!r} for {text!r}")
    finally:
        box.close()


def i18n_property(edits):
    lines = GOOD.split("\n")
    for kind, at, line in edits:
        at %= len(lines) + 1
        if kind == "insert":
            lines.insert(at, line)
        elif kind == "delete" and at < len(lines):
            del lines[at]
        elif at < len(lines):
            lines[at] = line
    translation = "---\nsource-prose-sha256: 0\n---\n" + "\n".join(lines)
    box = Sandbox({"en/01-one.nw": GOOD, "es/01-one.nw": translation})
    try:
        status, out = box.tool("i18n", "sync-code")
        if status == 0:
            status, out = box.tool("i18n", "check")
            if status != 0:
                FAILURES.append(f"i18n check fails after sync-code: {out!r} for {translation!r}")
        elif not one_error_line(status, out, "i18n"):
            FAILURES.append(f"i18n: not one error line (status {status}): {out!r} "
                            f"for {translation!r}")
    finally:
        box.close()


def main():
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    common = settings(max_examples=examples, derandomize=True, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
    given(st.lists(st.sampled_from(LINES), max_size=14))(common(tangle_property))()
    edit = st.tuples(st.sampled_from(["insert", "delete", "replace"]), st.integers(0, 20),
                     st.sampled_from(LINES))
    given(st.lists(edit, max_size=4))(common(i18n_property))()
    for failure in FAILURES[:10]:
        print(failure)
    print(f"properties: {2 * examples} generated webs, {len(FAILURES)} broke a property")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
