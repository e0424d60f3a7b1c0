#!/usr/bin/python3
"""test_config.py: a malformed or inconsistent book.yml is refused with a
message that says where, by every tool that reads it."""
import os
import re
import sys

from sandbox import BOOK_YML, Sandbox, Verdict

CHAPTER = "# One\n\n<<tangled/src/one.c>>=\nint one;\n@\n"


def refused(v, what, book_yml, *needles):
    box = Sandbox({"en/01-one.nw": CHAPTER}, book_yml=book_yml)
    for tool, args in (("tangle", ()), ("i18n", ("status",)), ("weave", ("--html",))):
        v.expect_error(f"{what} ({tool})", box.tool(tool, *args), *needles)
    box.close()


def with_chapters(lines):
    """book.yml with its chapter list replaced by lines."""
    return re.sub(r"^chapters:\n(  - .*\n)*", "chapters:\n" + lines, BOOK_YML, flags=re.M)


def main():
    v = Verdict("book:config")
    listed = with_chapters("  - 01-one\n  - 02-missing\n")
    refused(v, "a listed chapter that does not exist", listed,
            "error: book.yml: chapter 02-missing is listed but chapters/en/02-missing.nw does not exist")
    broken = with_chapters("  - 01-one\n    bad: [\n")
    refused(v, "malformed YAML", broken, "error: malformed YAML, book.yml:")
    no_chapters = re.sub(r"^chapters:\n(  - .*\n)*", "", BOOK_YML, flags=re.M)
    refused(v, "no chapters key", no_chapters, "error: book.yml: missing key 'chapters'")
    bad_slug = with_chapters("  - One Chapter\n")
    refused(v, "a chapter that is not a slug", bad_slug, "'chapters' must be a list of slugs")
    no_ui = with_chapters("  - 01-one\n").replace("      previous: Anterior\n", "")
    refused(v, "a language without a UI string", no_ui,
            "error: book.yml: language es: ui lacks previous")
    refused(v, "a book.yml that is not UTF-8", with_chapters("  - 01-one\n").replace(
        "Índice", "\udcff"), "error: book.yml is not UTF-8")
    typed = with_chapters("  - 01-one\n").replace('chapter: "Chapter {n}"', "chapter: 5")
    refused(v, "a UI string that is not text", typed,
            "error: book.yml: language en: ui chapter must be text")
    box = Sandbox({"en/01-one.nw": CHAPTER})
    os.makedirs(box.path("figures"))
    status, out = box.tool("weave", "--html", "--out", "/proc/litnn-cannot-write")
    v.check("an output folder that cannot be written: one line, no traceback",
            status == 1 and out.startswith("weave: error:") and "Traceback" not in out, out)
    box.close()
    two = "# Two\n\nText.\n"
    box = Sandbox({"en/01-one.nw": CHAPTER, "en/02-two.nw": two})
    os.makedirs(box.path("figures"))
    box.tool("weave", "--html", "--out", box.path("out"))
    before = box.read("out/en/01-one.html")
    box.write("chapters/en/01-one.nw", CHAPTER.replace("# One", "# One, changed"))
    box.write("chapters/en/02-two.nw", two + "\nSee [](#fig:none).\n")
    status, out = box.tool("weave", "--html", "--out", box.path("out"))
    v.check("a failed weave leaves the previous book as it was, not half a new one",
            status == 1 and box.read("out/en/01-one.html") == before
            and not [n for n in os.listdir(box.path("out")) if n.startswith(".weave-")], out)
    box.close()
    return v.finish()


if __name__ == "__main__":
    sys.exit(main())
