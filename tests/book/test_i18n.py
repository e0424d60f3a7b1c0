#!/usr/bin/python3
"""test_i18n.py: the translation machinery. A translation whose code differs
is caught with file, line and chunk; sync-code repairs it without touching
the prose; status tells up to date, stale and missing apart; zh-Hant is
derived from zh-Hans with OpenCC and the book's overrides, prose only."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from litnn import english_prose_sha, load_book, parse_web  # noqa: E402
from sandbox import Sandbox, Verdict  # noqa: E402
import weave  # noqa: E402

EN = """# Sums {#ch:sums}

We add two numbers.

<<tangled/src/sum.c>>=
<<add>>
@

The sum itself:

<<add>>=
int add(int a, int b) { return a + b; }
@
"""

ES_BODY = """# Sumas {#ch:sums}

Sumamos dos números.

<<tangled/src/sum.c>>=
<<add>>
@

La suma misma:

<<add>>=
int add(int a, int b) { return a + b; }
@
"""


def front(sha):
    return f"---\nsource-prose-sha256: {sha}\n---\n"


def main():
    v = Verdict("i18n:machinery")
    box = Sandbox({"en/01-sums.nw": EN})
    sha = english_prose_sha(parse_web(box.path("chapters/en/01-sums.nw"), box.root))
    box.write("chapters/es/01-sums.nw", front(sha) + ES_BODY)
    status, out = box.tool("i18n", "check")
    v.check("an exact translation passes", status == 0, out)
    status, out = box.tool("i18n", "status")
    v.check("status: up to date", "up to date" in out.splitlines()[1] and "missing" in out, out)

    box.write("chapters/es/01-sums.nw",
              front(sha) + ES_BODY.replace("return a + b;", "return b + a;"))
    v.expect_error("changed code is named with file, line and chunk", box.tool("i18n", "check"),
                   "chapters/es/01-sums.nw:15: code chunk 2 <<add>> differs "
                   "from chapters/en/01-sums.nw:12")
    status, out = box.tool("i18n", "sync-code")
    synced = box.read("chapters/es/01-sums.nw")
    v.check("sync-code restores the English code", status == 0 and "return a + b;" in synced, out)
    v.check("sync-code keeps the prose", "Sumamos dos números." in synced and
            "La suma misma:" in synced and synced.startswith("---\nsource-prose-sha256"))
    v.check("after sync-code the check passes", box.tool("i18n", "check")[0] == 0)

    box.write("chapters/en/01-sums.nw", EN + "\n<<tangled/include/sum.h>>=\nint add(int, int);\n@\n")
    v.expect_error("a chunk English added is reported missing", box.tool("i18n", "check"),
                   "first missing: <<tangled/include/sum.h>>")
    box.tool("i18n", "sync-code")
    v.check("sync-code adds the new chunk",
            "int add(int, int);" in box.read("chapters/es/01-sums.nw")
            and box.tool("i18n", "check")[0] == 0)
    status, out = box.tool("i18n", "status")
    v.check("a code-only change does not make the translation stale",
            "up to date" in out.splitlines()[1], out)

    box.write("chapters/en/01-sums.nw", box.read("chapters/en/01-sums.nw").replace(
        "We add two numbers.", "We add two integers."))
    status, out = box.tool("i18n", "status")
    v.check("status: stale after the English prose changed", "stale" in out.splitlines()[1], out)

    box.write("chapters/es/01-sums.nw", ES_BODY)
    v.expect_error("a translation without front matter fails", box.tool("i18n", "check"),
                   "chapters/es/01-sums.nw:1: no front matter with source-prose-sha256")
    os.remove(box.path("chapters/es/01-sums.nw"))
    status, out = box.tool("i18n", "status")
    v.check("status: missing", out.splitlines()[1].split()[1] == "missing", out)
    box.close()

    # Chunks English added land where English has them, in the same section.
    en = ("# Two {#ch:two}\n\nIntro.\n\n## First\n\n<<tangled/src/a.c>>=\nint a;\n@ After a.\n\n"
          "## Second\n\nSecond text.\n\n<<tangled/src/b.c>>=\nint b;\n@ After b.\n\n"
          "## Third\n\nThird text.\n\n## Fourth\n\n<<tangled/src/d.c>>=\nint d;\n@\n")
    es = ("# Dos {#ch:two}\n\nIntro.\n\n## Primera\n\n<<tangled/src/a.c>>=\nint a;\n@ Tras a.\n\n"
          "## Segunda\n\nTexto.\n\n<<tangled/src/b.c>>=\nint b;\n@ Tras b.\n\n"
          "## Tercera\n\nTexto tercero.\n\n## Cuarta\n\n<<tangled/src/d.c>>=\nint d;\n@\n")
    box = Sandbox({"en/01-two.nw": en, "es/01-two.nw": front("0") + es})
    box.write("chapters/en/01-two.nw", en.replace(
        "@ After a.", "@ After a.\n\n<<tangled/src/a2.c>>=\nint a2;\n@ After a2.").replace(
        "Third text.\n", "Third text.\n\n<<tangled/src/c.c>>=\nint c;\n@ After c.\n"))
    status, out = box.tool("i18n", "sync-code")
    synced = box.read("chapters/es/01-two.nw")
    v.check("a chunk added after a chunk of its section follows that chunk, each closed by an @",
            "int a;\n@\n\n<<tangled/src/a2.c>>=\nint a2;\n@ Tras a." in synced, synced)
    v.check("a chunk alone in its section goes at the section's end",
            "Texto tercero.\n\n<<tangled/src/c.c>>=\nint c;\n@\n\n## Cuarta" in synced, synced)
    status, out = box.tool("i18n", "check")
    v.check("... and the translation's code then matches English", status == 0, out)
    box.close()

    zh = ("# 求和 {#ch:sums}\n\n这个函数计算两个数的和，软件里的程序。\n\n"
          "<<tangled/src/sum.c>>=\n<<add>>\n@\n\n说明：\n\n"
          "<<add>>=\nint add(int a, int b) { return a + b; } /* 这个函数 */\n@\n")
    box = Sandbox({"en/01-sums.nw": EN, "zh-Hans/01-sums.nw": front(sha) + zh})
    book = load_book(box.root)
    web = weave.derive(book, book.language("zh-Hant"),
                       parse_web(box.path("chapters/zh-Hans/01-sums.nw"), box.root))
    prose = web.prose()
    v.check("zh-Hant prose is converted with s2twp", "軟體" in prose and "計算" in prose, prose)
    v.check("the book's overrides apply (函數, not 函式)", "函數" in prose and "函式" not in prose, prose)
    code = "".join(p for c in web.code() for _, parts in c.body for p in parts if isinstance(p, str))
    v.check("code is not converted", "/* 这个函数 */" in code, code)
    box.close()
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())
